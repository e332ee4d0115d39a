// The state a shell (or one `newsgraph query` run) keeps between commands, and how results leave it.
import { writeFileAtomic } from '../graph/atomic.js';
import { InputError, QueryError } from '../errors.js';
import { ActorIndex } from './actors.js';
import { formatResult, type Format } from './format.js';
import { projectActors, type ActorGraph } from './projection.js';
import { queryForm } from './sparql-text.js';
import { DEFAULT_TIMEOUT_MS, type QueryEngine, type QueryResult } from './types.js';

export interface SessionOptions {
  engine: QueryEngine;
  /** Where `:questions` look for named queries. */
  queriesDir: string;
  format?: Format;
  timeoutMs?: number;
  /** Results and messages for the user. */
  print: (text: string) => void;
  /** Table width: the terminal's; none when output is not a terminal. */
  columns?: number;
}

export class Session {
  readonly engine: QueryEngine;
  readonly queriesDir: string;
  format: Format;
  timeoutMs: number;
  writeEnabled = false;
  /** Results go here instead of the screen (each answer replaces the file, atomically). */
  outputPath: string | undefined;
  /** The SPARQL of the last query or command, for `:sparql`. */
  lastSparql: string | undefined;
  readonly print: (text: string) => void;
  columns: number;
  private actorIndex: Promise<ActorIndex> | undefined;
  private projection: Promise<ActorGraph> | undefined;

  constructor(opts: SessionOptions) {
    this.engine = opts.engine;
    this.queriesDir = opts.queriesDir;
    this.format = opts.format ?? 'table';
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.print = opts.print;
    // Not a terminal (piped, a file): no screen to fit, only the per-cell limit applies.
    this.columns = opts.columns ?? 240;
  }

  /** Labels and aliases of the graph's entities, loaded once and again after updates. */
  actors(): Promise<ActorIndex> {
    this.actorIndex ??= ActorIndex.load(this.engine);
    this.actorIndex.catch(() => (this.actorIndex = undefined));
    return this.actorIndex;
  }

  /** The actors as a graphology graph (see projection.ts), built once and again after updates. */
  actorGraph(): Promise<ActorGraph> {
    this.projection ??= projectActors(this.engine, this.timeoutMs);
    this.projection.catch(() => (this.projection = undefined));
    return this.projection;
  }

  async query(sparql: string): Promise<{ result: QueryResult; ms: number }> {
    this.lastSparql = sparql;
    const t0 = performance.now();
    const result = await this.engine.query(sparql, { timeoutMs: this.timeoutMs });
    return { result, ms: performance.now() - t0 };
  }

  /** Runs SPARQL typed by the user: a query is shown, an update needs `:write on`. */
  async runSparql(sparql: string): Promise<void> {
    if (queryForm(sparql) === 'UPDATE') {
      if (!this.writeEnabled)
        throw new QueryError(
          'updates are off: the graph is read-only (in the shell, `:write on` allows them for the session)',
        );
      this.lastSparql = sparql;
      const { changed } = await this.engine.update(sparql, { timeoutMs: this.timeoutMs });
      this.actorIndex = undefined;
      this.projection = undefined;
      this.print(`${changed} triple${changed === 1 ? '' : 's'} changed\n`);
      return;
    }
    const { result, ms } = await this.query(sparql);
    await this.show(result, ms);
  }

  /** Formats a result in the session's format and sends it to the screen or the output file. */
  async show(result: QueryResult, ms?: number): Promise<void> {
    // Labels only make a table nicer: an answer is still shown when they cannot be had.
    const labels =
      this.format === 'table'
        ? await this.actors().then(
            (a) => a.labels,
            () => undefined,
          )
        : undefined;
    const text = formatResult(result, this.format, { labels, elapsedMs: ms, width: this.columns });
    if (this.outputPath) {
      await writeFileAtomic(this.outputPath, text).catch((err: NodeJS.ErrnoException) => {
        throw new InputError(this.outputPath!, `cannot write: ${err.code ?? err.message}`);
      });
      this.print(`${countOf(result)} written to ${this.outputPath}\n`);
    } else {
      this.print(text);
    }
  }
}

function countOf(result: QueryResult): string {
  if (result.kind === 'boolean') return 'answer';
  const n = result.kind === 'bindings' ? result.rows.length : result.quads.length;
  return `${n} ${result.kind === 'bindings' ? 'row' : 'triple'}${n === 1 ? '' : 's'}`;
}

/** The width to fit tables to: the terminal's, or $COLUMNS when output is piped; none otherwise. */
export function terminalColumns(output: unknown, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const columns = (output as { columns?: number }).columns;
  if (columns) return columns;
  const fromEnv = Number(env.COLUMNS);
  return fromEnv > 0 ? fromEnv : undefined;
}
