// The interactive shell: SPARQL and graph commands over a query engine, with completion, history,
// multi-line input, Ctrl-C to stop a query, and errors that never end the session.
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { NewsgraphError } from '../errors.js';
import type { ActorIndex } from '../query/actors.js';
import { runCommand } from '../query/commands/index.js';
import { SparqlSyntaxError } from '../query/engine.js';
import { DEFAULT_QUERIES_DIR } from '../query/questions.js';
import { Session, terminalColumns } from '../query/session.js';
import { caretLines } from '../query/sparql-text.js';
import { prefixed } from '../query/terms.js';
import type { QueryEngine } from '../query/types.js';
import { complete } from './completer.js';
import { historyPath, HISTORY_SIZE, loadHistory, saveHistory } from './history.js';
import { entry } from './input.js';

export interface ReplOptions {
  engine: QueryEngine;
  /** Shown in the greeting. */
  graphDir?: string;
  input?: Readable;
  output?: Writable;
  queriesDir?: string;
  timeoutMs?: number;
}

const PROMPT = 'newsgraph> ';
const MORE = '       ... ';

/** Prefixed names of the classes and properties the graph uses (valid SPARQL local names only). */
async function graphVocabulary(session: Session): Promise<string[]> {
  const { result } = await session.query('SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }');
  if (result.kind !== 'bindings') return [];
  return result.rows
    .map((r) => prefixed(r.t!.value))
    .filter((n): n is string => !!n && /^\w+:[\w-]+$/.test(n));
}

export async function startRepl(opts: ReplOptions): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const terminal = Boolean((input as { isTTY?: boolean }).isTTY && (output as { isTTY?: boolean }).isTTY);
  const print = (text: string) => void output.write(text);
  const session = new Session({
    engine: opts.engine,
    queriesDir: opts.queriesDir ?? DEFAULT_QUERIES_DIR,
    timeoutMs: opts.timeoutMs,
    print,
    columns: terminalColumns(output),
  });
  const histFile = historyPath();

  let actors: ActorIndex | undefined;
  let vocabulary: string[] = [];
  let buffer = '';
  let running = false;

  const rl: Interface = createInterface({
    input,
    output,
    terminal,
    prompt: PROMPT,
    history: terminal ? loadHistory(histFile) : [],
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
    completer: (line: string) => {
      let c: ReturnType<typeof complete>;
      try {
        c = complete(line, actors, vocabulary, buffer.trimStart().startsWith(':'));
      } catch {
        // Completion is a convenience: a failure in it must never take the shell down.
        return [[], line];
      }
      if (c.replaceWith) {
        // readline only appends; replace the typed name with the IRI once it has finished.
        const iri = c.replaceWith;
        setImmediate(() => {
          for (let i = 0; i < c.partial.length; i++) rl.write(null, { name: 'backspace' });
          rl.write(iri);
        });
        return [[], c.partial];
      }
      return [c.candidates, c.partial];
    },
  });
  // Prompts only at a terminal: piped input gets clean output.
  const prompt = () => terminal && rl.prompt();
  // Lines piped in before the loop below starts must wait for it, not be dropped: the iterator
  // buffers from the moment it exists.
  const lines = rl[Symbol.asyncIterator]();
  if (terminal) rl.on('history', (h: string[]) => saveHistory(histFile, h));

  rl.on('SIGINT', () => {
    if (running) {
      print('\n');
      void session.engine.cancel?.();
      return;
    }
    if (buffer || rl.line) print('^C\n');
    else print('\n(Ctrl-D or :quit to leave)\n');
    buffer = '';
    rl.setPrompt(PROMPT);
    // Deleting the typed line redraws the prompt on the fresh row below the message.
    rl.write(null, { ctrl: true, name: 'u' });
  });

  const loaded =
    'ready' in session.engine
      ? await (session.engine as { ready(): Promise<{ triples: number; ms: number }> }).ready()
      : undefined;
  print(
    `newsgraph shell${opts.graphDir ? ` on ${opts.graphDir}` : ''}` +
      (loaded ? `: ${loaded.triples} triples loaded in ${Math.round(loaded.ms)} ms` : '') +
      '\nSPARQL ends with ; or a blank line. :help lists the commands, :questions the named questions.\n',
  );
  try {
    actors = await session.actors();
    vocabulary = await graphVocabulary(session);
  } catch (err) {
    print(`warning: completion of names unavailable: ${(err as Error).message}\n`);
  }

  const run = async (kind: 'command' | 'sparql', text: string) => {
    running = true;
    try {
      if (kind === 'command') await runCommand(session, text);
      else await session.runSparql(text);
      if (session.lastSparql !== undefined && kind === 'sparql') actors = await session.actors();
    } catch (err) {
      print(describeError(err, text));
    } finally {
      running = false;
    }
  };

  prompt();
  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    const e = entry(buffer, line);
    if (e.kind === 'incomplete') {
      buffer = buffer ? `${buffer}\n${line}` : line;
      rl.setPrompt(MORE);
    } else {
      buffer = '';
      rl.setPrompt(PROMPT);
      if (e.kind === 'command' && /^:(quit|exit|q)$/.test(e.text)) break;
      if (e.kind !== 'empty') await run(e.kind, e.text);
    }
    prompt();
  }
  rl.close();
  if (buffer.trim()) print('(unfinished input dropped)\n');
}

/** One line for the user (with a caret under a syntax error), never a stack trace. */
export function describeError(err: unknown, text: string): string {
  if (err instanceof SparqlSyntaxError && err.position)
    return `error: ${err.message}\n${caretLines(text, err.position)}\n`;
  if (err instanceof NewsgraphError) return `error: ${err.message}\n`;
  return `internal error: ${err instanceof Error ? err.message : String(err)}\n`;
}
