/**
 * Starting the lint worker: a Node worker thread on the desktop, a Web Worker on the web.
 * No `vscode` import. `node:worker_threads` is required lazily so the browser bundle (where
 * it is external and never reached) has no Node dependency.
 */
import type { SpawnWorker, WorkerPort } from './lintClient.js';
import type { WorkerReply, WorkerRequest } from '../worker/protocol.js';

/** True in a Node extension host (desktop, code-server, remote); false in a web worker. */
export function isNode(): boolean {
  return typeof process === 'object' && typeof process?.versions?.node === 'string';
}

/** Worker threads running the bundle at `file` (an absolute path to dist/worker.js). */
export function nodeWorker(file: string, execArgv?: string[]): SpawnWorker {
  return (): WorkerPort => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const w = new Worker(file, execArgv ? { execArgv } : undefined);
    // A lint worker must never keep the extension host (or a test process) alive.
    w.unref();
    return {
      post: (m: WorkerRequest) => w.postMessage(m),
      onMessage: (cb) => w.on('message', (m: WorkerReply) => cb(m)),
      onFailure: (cb) => {
        w.on('error', (e: Error) => cb(`the lint worker failed: ${e.message}`));
        w.on('exit', (code: number) => cb(`the lint worker exited (code ${code})`));
      },
      terminate: () => void w.terminate(),
    };
  };
}

/** Web Workers running the script at `url` (dist/web/worker.js). */
export function webWorker(url: string): SpawnWorker {
  return (): WorkerPort => {
    const w = new Worker(url);
    return {
      post: (m: WorkerRequest) => w.postMessage(m),
      onMessage: (cb) => w.addEventListener('message', (e: MessageEvent<WorkerReply>) => cb(e.data)),
      onFailure: (cb) => {
        w.addEventListener('error', (e: ErrorEvent) => {
          e.preventDefault();
          cb(`the lint worker failed: ${e.message || 'it could not be loaded'}`);
        });
        w.addEventListener('messageerror', () => cb('the lint worker sent a message that could not be read'));
      },
      terminate: () => w.terminate(),
    };
  };
}
