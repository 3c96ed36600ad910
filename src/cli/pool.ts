/**
 * Lints many files on worker threads. Parsing is CPU-bound, so on a machine with more than
 * two cores the files are shared out; each worker gets a larger young generation, which cuts
 * the garbage collection remark's many small objects cause. Small runs stay on the main
 * thread (starting a worker costs more than linting a few files).
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import os from 'node:os';
import { lintFile, type FileJob } from './lint-file.js';
import type { FileResult } from './formats.js';
import type { ResolvedConfig } from '../engine/index.js';

const MIN_FILES_PER_WORKER = 8;
const MAX_WORKERS = 8;

export function workerCount(files: number): number {
  // Only the bundled CLI can start itself as a worker (not the TypeScript sources under test).
  if (!__filename.endsWith('.js') || process.env.SPECLINT_WORKERS === '0') return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // On two cores, workers lost to the main thread once parsing became cheap (3.1 s against
  // 2.7 s on the 996-file corpus): each warms up its own JIT, and the main thread idles.
  const wanted = Number(process.env.SPECLINT_WORKERS) || (cores > 2 ? Math.min(MAX_WORKERS, cores) : 0);
  return Math.min(wanted, Math.floor(files / MIN_FILES_PER_WORKER));
}

export async function lintAll(jobs: FileJob[]): Promise<FileResult[]> {
  const n = workerCount(jobs.length);
  if (n < 2) {
    const out: FileResult[] = [];
    for (const j of jobs) out.push(lintFile(j));
    return out;
  }
  const results = new Array<FileResult>(jobs.length);
  // Each distinct config goes to a worker once, with the worker's start: a config cloned into
  // every job would be a new object per file, and what the engine builds per config (heading
  // matchers, the piece filter) would be rebuilt for every file.
  const configs: ResolvedConfig[] = [];
  const configIds = new Map<ResolvedConfig, number>();
  const messages: WorkerJob[] = jobs.map(({ config, ...rest }) => {
    let id = configIds.get(config);
    if (id === undefined) {
      id = configs.length;
      configs.push(config);
      configIds.set(config, id);
    }
    return { ...rest, configId: id };
  });
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(__filename, { workerData: { speclintWorker: true, configs }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) {
          void w.terminate().then(() => resolve());
          return;
        }
        current = next++;
        w.postMessage(messages[current]);
      };
      w.on('message', (r: FileResult) => {
        results[current] = r;
        feed();
      });
      w.on('error', reject);
      w.on('exit', (code) => {
        if (next < jobs.length || (current >= 0 && !results[current])) reject(new Error(`a lint worker stopped (exit code ${code})`));
      });
      feed();
    });
  await Promise.all(Array.from({ length: n }, runWorker));
  return results;
}

type WorkerJob = Omit<FileJob, 'config'> & { configId: number };

/** True when this thread was started by `lintAll`: serve lint jobs instead of running the CLI. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as { speclintWorker?: boolean } | null)?.speclintWorker === true;
}

export function serveLintJobs(): void {
  const { configs } = workerData as { configs: ResolvedConfig[] };
  parentPort!.on('message', ({ configId, ...job }: WorkerJob) => {
    parentPort!.postMessage(lintFile({ ...job, config: configs[configId]! }));
  });
}
