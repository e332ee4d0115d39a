// Runs oxigraph off the main thread: its calls are synchronous and cannot be interrupted, so the
// only way to stop a runaway query is to terminate this thread (see engine.ts).
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';

export interface WorkerRequest {
  id: number;
  op: 'query' | 'update';
  sparql: string;
  /** 'json' for SELECT/ASK, 'nt' for CONSTRUCT/DESCRIBE. */
  resultsFormat?: 'json' | 'nt';
}

export type WorkerReply =
  | { type: 'ready'; triples: number; ms: number }
  | { type: 'load-error'; message: string }
  | { id: number; ok: true; text?: string; changed?: number }
  | { id: number; ok: false; message: string };

const port = parentPort!;
const { ttlPath } = workerData as { ttlPath: string };
const store = new oxigraph.Store();

try {
  const t0 = performance.now();
  store.load(readFileSync(ttlPath, 'utf8'), { format: 'text/turtle', no_transaction: true });
  port.postMessage({ type: 'ready', triples: store.size, ms: performance.now() - t0 } satisfies WorkerReply);
} catch (err) {
  port.postMessage({ type: 'load-error', message: (err as Error).message } satisfies WorkerReply);
}

port.on('message', (req: WorkerRequest) => {
  try {
    if (req.op === 'update') {
      const before = store.size;
      store.update(req.sparql);
      port.postMessage({
        id: req.id,
        ok: true,
        changed: Math.abs(store.size - before),
      } satisfies WorkerReply);
    } else {
      const text = store.query(req.sparql, { results_format: req.resultsFormat ?? 'json' }) as string;
      port.postMessage({ id: req.id, ok: true, text } satisfies WorkerReply);
    }
  } catch (err) {
    port.postMessage({ id: req.id, ok: false, message: (err as Error).message } satisfies WorkerReply);
  }
});
