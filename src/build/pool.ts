// Worker threads for extraction, started only when a document needs extracting (a fully cached
// rebuild starts none), one document at a time per worker.
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../ingest/index.js';
import type { DocSettings } from './context.js';
import type { DocOutcome } from './document.js';

export interface Task {
  source: SourceFile;
  bytes: Uint8Array;
}

export type Reply = { outcome: DocOutcome } | { crash: string };

interface Pending {
  resolve: (o: DocOutcome) => void;
  reject: (e: Error) => void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];
  /** The document each busy worker is on. */
  private readonly pending = new Map<Worker, Pending>();

  constructor(
    private readonly size: number,
    private readonly settings: DocSettings,
  ) {}

  async extract(source: SourceFile, bytes: Uint8Array): Promise<DocOutcome> {
    const worker = await this.acquire();
    try {
      return await new Promise<DocOutcome>((resolve, reject) => {
        this.pending.set(worker, { resolve, reject });
        worker.postMessage({ source, bytes } satisfies Task);
      });
    } finally {
      this.release(worker);
    }
  }

  /** A worker is idle or can still be started: a document sent now would not wait. */
  get free(): boolean {
    return this.idle.length > 0 || this.workers.length < this.size;
  }

  /** How many workers were started (none when every document came from the cache). */
  get started(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private acquire(): Promise<Worker> {
    const idle = this.idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.workers.length < this.size) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.settings });
    this.workers.push(worker);
    const settle = (how: (p: Pending) => void) => {
      const pending = this.pending.get(worker);
      this.pending.delete(worker);
      if (pending) how(pending);
    };
    worker.on('message', (reply: Reply) =>
      settle((p) => ('crash' in reply ? p.reject(new Error(reply.crash)) : p.resolve(reply.outcome))),
    );
    worker.on('error', (err) => settle((p) => p.reject(err)));
    worker.on('exit', (code) =>
      settle((p) => p.reject(new Error(`a build worker stopped (exit code ${code})`))),
    );
    return worker;
  }
}
