/** The web lint worker: a Web Worker (dist/web/worker.js) started by the web extension host. */
import { LintWorkerState } from './handler.js';
import type { WorkerRequest } from './protocol.js';

const state = new LintWorkerState();
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const reply = state.handle(e.data);
  if (reply) scope.postMessage(reply);
};
scope.postMessage({ type: 'ready' });
