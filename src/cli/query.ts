// `newsgraph query [QUERY] [-f FILE]`: one SPARQL query (or graph command) answered to stdout,
// formatted by the same code as the shell. Exit 0 ok, 1 query error, 2 usage.
import { readFileSync } from 'node:fs';
import { text as readAll } from 'node:stream/consumers';
import type { Command } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { runCommand } from '../query/commands/index.js';
import { openEngine, SparqlSyntaxError } from '../query/engine.js';
import { FORMATS, isFormat } from '../query/format.js';
import { DEFAULT_QUERIES_DIR } from '../query/questions.js';
import { Session, terminalColumns } from '../query/session.js';
import { caretLines } from '../query/sparql-text.js';
import type { EngineOptions, QueryEngine } from '../query/types.js';

export interface EngineFlags {
  graph: string;
  endpoint?: string;
  graphIri?: string;
  user?: string;
  password?: string;
  timeout?: string;
}

export function timeoutMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const s = Number(value);
  if (!(s > 0)) throw new UsageError(`--timeout ${value}: expected a positive number of seconds`);
  return Math.round(s * 1000);
}

/** The local graph, or the remote endpoint when --endpoint is given. */
export function engineOptions(flags: EngineFlags): EngineOptions {
  const limit = timeoutMs(flags.timeout);
  if (flags.endpoint) {
    return {
      endpoint: flags.endpoint,
      graph: flags.graphIri,
      user: flags.user,
      password: flags.password,
      timeoutMs: limit,
    };
  }
  if (flags.graphIri)
    throw new UsageError('--graph-iri needs --endpoint (a local graph has no named graphs)');
  return { graphDir: flags.graph, timeoutMs: limit };
}

/** Adds the options that choose the engine, shared by `query` and `repl`. */
export function engineFlags(command: Command): Command {
  return command
    .option('--graph <dir>', 'the built graph to query', 'out')
    .option('--endpoint <url>', 'query a SPARQL 1.1 endpoint instead of a built graph')
    .option('--graph-iri <iri>', 'with --endpoint: the named graph holding the data')
    .option('--user <name>', 'with --endpoint: user name')
    .option('--password <secret>', 'with --endpoint: password')
    .option('--timeout <seconds>', 'time limit of each query', '30');
}

async function readQuery(query: string | undefined, file: string | undefined): Promise<string> {
  if (query !== undefined && file !== undefined)
    throw new UsageError('give either a QUERY or -f FILE, not both');
  if (file !== undefined) {
    try {
      return readFileSync(file, 'utf8');
    } catch (err) {
      throw new InputError(
        file,
        `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      );
    }
  }
  if (query !== undefined) return query;
  if (process.stdin.isTTY) throw new UsageError('no query: give QUERY, -f FILE, or pipe it on stdin');
  return readAll(process.stdin);
}

export function registerQuery(program: Command): void {
  engineFlags(
    program
      .command('query')
      .description(
        'answer one SPARQL query (or :command) over a built graph; reads stdin when no QUERY or -f',
      )
      .argument('[query]', 'SPARQL, or a shell command such as ":accusations China"')
      .option('-f, --file <file>', 'read the query from a file (e.g. ontology/queries/who-accused-whom.rq)')
      .option('--format <format>', `${FORMATS.join('|')}`, 'table'),
  ).action(async (query: string | undefined, opts: EngineFlags & { file?: string; format: string }) => {
    if (!isFormat(opts.format))
      throw new UsageError(`--format ${opts.format}: expected one of ${FORMATS.join(', ')}`);
    const options = engineOptions(opts);
    const text = (await readQuery(query, opts.file)).trim().replace(/;$/, '');
    if (!text) throw new UsageError('the query is empty');
    const engine: QueryEngine = await openEngine(options);
    const session = new Session({
      engine,
      queriesDir: DEFAULT_QUERIES_DIR,
      format: opts.format,
      timeoutMs: options.timeoutMs,
      print: (t) => void process.stdout.write(t),
      columns: terminalColumns(process.stdout),
    });
    try {
      if (text.startsWith(':')) await runCommand(session, text);
      else await session.runSparql(text);
    } catch (err) {
      // The caret goes under the message, so it travels in it.
      if (err instanceof SparqlSyntaxError && err.position) {
        throw new SparqlSyntaxError(`${err.message}\n${caretLines(text, err.position)}`, err.position);
      }
      throw err;
    } finally {
      await engine.close();
    }
  });
}
