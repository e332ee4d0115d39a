// The query engine: oxigraph over <graphDir>/graph.ttl in a worker thread, or a remote endpoint.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Parser } from 'n3';
import { GraphError, QueryError } from '../errors.js';
import { resultFromJson, type SparqlJson } from './sparql-json.js';
import {
  cleanSyntaxMessage,
  queryForm,
  syntaxPosition,
  withPrefixes,
  type SyntaxPosition,
} from './sparql-text.js';
import {
  DEFAULT_TIMEOUT_MS,
  type EngineOptions,
  type LocalEngineOptions,
  type QueryEngine,
  type QueryOptions,
  type QueryResult,
} from './types.js';
import type { WorkerReply, WorkerRequest } from './engine-worker.js';

export type * from './types.js';

/** A SPARQL syntax error, with the position in the text the user wrote (not the prefixed one). */
export class SparqlSyntaxError extends QueryError {
  override name = 'SparqlSyntaxError';
  constructor(
    message: string,
    readonly position: SyntaxPosition | undefined,
  ) {
    super(message);
  }
}

export async function openEngine(opts: EngineOptions): Promise<QueryEngine> {
  if ('endpoint' in opts) {
    // Imported lazily: the remote client is only loaded by those who ask for an endpoint.
    const { createRemoteEngine } = await import('./remote-engine.js');
    return createRemoteEngine(opts);
  }
  const engine = new LocalEngine(opts);
  try {
    await engine.ready();
  } catch (err) {
    await engine.close();
    throw err;
  }
  return engine;
}

/** Turns an engine's error message into a QueryError, locating syntax errors in the user's text. */
export function queryErrorFrom(message: string): QueryError {
  if (/error at \d+:\d+/.test(message)) {
    const pos = syntaxPosition(message);
    return new SparqlSyntaxError(cleanSyntaxMessage(message, pos), pos);
  }
  return new QueryError(message.replace(/\s+/g, ' ').trim());
}

type OkReply = Extract<WorkerReply, { ok: true }>;

interface Pending {
  resolve(reply: OkReply): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * The worker beside this module: engine-worker.js from dist/; from the .ts sources (vitest, tsx)
 * a bootstrap that registers tsx in the thread first, since workers do not inherit loader hooks.
 */
function spawnWorker(ttlPath: string): Worker {
  const script = new URL(
    import.meta.url.endsWith('.ts') ? './engine-worker.ts' : './engine-worker.js',
    import.meta.url,
  );
  if (script.pathname.endsWith('.js')) return new Worker(script, { workerData: { ttlPath } });
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { ttlPath } });
}

export class LocalEngine implements QueryEngine {
  readonly ttlPath: string;
  private worker!: Worker;
  private loaded!: Promise<{ triples: number; ms: number }>;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private readonly timeoutMs: number;

  constructor(opts: LocalEngineOptions) {
    this.ttlPath = join(opts.graphDir, 'graph.ttl');
    if (!existsSync(this.ttlPath)) {
      throw new GraphError(
        `${this.ttlPath}: no built graph here (run \`newsgraph build <corpus> --out ${opts.graphDir}\`)`,
      );
    }
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.start();
  }

  /** Resolves when the store is loaded: triple count and load time. */
  ready(): Promise<{ triples: number; ms: number }> {
    return this.loaded;
  }

  private start(): void {
    const worker = spawnWorker(this.ttlPath);
    this.worker = worker;
    this.loaded = new Promise((resolve, reject) => {
      worker.on('message', (msg: WorkerReply) => {
        if ('type' in msg) {
          if (msg.type === 'ready') resolve({ triples: msg.triples, ms: msg.ms });
          else reject(new GraphError(`${this.ttlPath}: cannot load: ${msg.message}`));
          return;
        }
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        clearTimeout(p.timer);
        if (msg.ok) p.resolve(msg);
        else p.reject(queryErrorFrom(msg.message));
      });
      worker.on('error', (err) => {
        reject(new GraphError(`query engine failed: ${err.message}`));
        this.failAll(new QueryError(`query engine failed: ${err.message}`));
      });
    });
    // A load failure surfaces through ready(); keep it from being an unhandled rejection meanwhile.
    // Once loaded, an idle store must not keep the process alive.
    this.loaded.then(
      () => this.pending.size === 0 && worker.unref(),
      () => undefined,
    );
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }

  /** Stops whatever runs: terminate the thread, fail the calls, load the store again. */
  private async restart(reason: Error): Promise<void> {
    const old = this.worker;
    this.failAll(reason);
    // The new thread starts loading at once, so calls made from here on wait for it, not the old one.
    if (!this.closed) this.start();
    await old.terminate();
  }

  private async call(req: Omit<WorkerRequest, 'id'>, opts?: QueryOptions): Promise<OkReply> {
    if (this.closed) throw new QueryError('the query engine is closed');
    await this.loaded;
    const id = this.nextId++;
    const timeoutMs = opts?.timeoutMs ?? this.timeoutMs;
    const worker = this.worker;
    worker.ref();
    try {
      return await new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          void this.restart(
            new QueryError(
              `query exceeded the time limit of ${formatSeconds(timeoutMs)} (change it with :timeout or --timeout)`,
            ),
          );
        }, timeoutMs);
        this.pending.set(id, { resolve, reject, timer });
        worker.postMessage({ ...req, id } satisfies WorkerRequest);
      });
    } finally {
      if (this.pending.size === 0 && worker === this.worker) worker.unref();
    }
  }

  async query(sparql: string, opts?: QueryOptions): Promise<QueryResult> {
    const form = queryForm(sparql);
    if (form === 'UPDATE')
      throw new QueryError('this is an update; use update() (in the shell: `:write on` first)');
    const graphForm = form === 'CONSTRUCT' || form === 'DESCRIBE';
    const reply = await this.call(
      { op: 'query', sparql: withPrefixes(sparql), resultsFormat: graphForm ? 'nt' : 'json' },
      opts,
    );
    const text = reply.text ?? '';
    if (graphForm) return { kind: 'quads', quads: new Parser({ format: 'N-Triples' }).parse(text) };
    return resultFromJson(JSON.parse(text) as SparqlJson);
  }

  async update(sparql: string, opts?: QueryOptions): Promise<{ changed: number }> {
    const reply = await this.call({ op: 'update', sparql: withPrefixes(sparql) }, opts);
    return { changed: reply.changed ?? 0 };
  }

  async cancel(): Promise<void> {
    if (this.pending.size === 0) return;
    await this.restart(new QueryError('query cancelled'));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failAll(new QueryError('the query engine is closed'));
    await this.worker.terminate();
  }
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
