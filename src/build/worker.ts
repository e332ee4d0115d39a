// A build worker: ingests and extracts one document per message, with its own knowledge base.
import { parentPort, workerData } from 'node:worker_threads';
import { createDocContext, type DocSettings } from './context.js';
import { extractedOutcome } from './document.js';
import type { Reply, Task } from './pool.js';

const port = parentPort!;
const ctx = await createDocContext(workerData as DocSettings);
port.on('message', (task: Task) => {
  extractedOutcome(task.source, task.bytes, ctx).then(
    (outcome) => port.postMessage({ outcome } satisfies Reply),
    (err: unknown) =>
      port.postMessage({
        crash: err instanceof Error ? (err.stack ?? err.message) : String(err),
      } satisfies Reply),
  );
});
