/** The desktop lint worker: a Node worker thread (dist/worker.js) started by the extension host. */
import { parentPort } from 'node:worker_threads';
import { LintWorkerState } from './handler.js';
import type { WorkerRequest } from './protocol.js';

const state = new LintWorkerState();
const port = parentPort!;
port.on('message', (req: WorkerRequest) => {
  const reply = state.handle(req);
  if (reply) port.postMessage(reply);
});
port.postMessage({ type: 'ready' });
