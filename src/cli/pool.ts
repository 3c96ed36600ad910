/**
 * Lints files on worker threads, each file within a time budget (`--max-file-time`).
 *
 * A lint is synchronous and CPU-bound, so the only way to stop one that runs too long is to
 * run it on another thread and end that thread: with a budget, every file is linted on a
 * worker while the main thread keeps time. A file past its budget gets one `skipped-content`
 * note, its worker is ended and a fresh one takes the next file. Workers only lint; the main
 * thread writes fixed files, so a worker is never ended halfway through a write.
 *
 * On a machine with more than two cores the files are also shared out to several workers; each
 * gets a larger young generation, which cuts the garbage collection remark's many small objects
 * cause. Without a budget, small runs stay on the main thread (starting a worker costs more than
 * linting a few files).
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import os from 'node:os';
import { FILE_ERROR, fileDiagnostic, lintJob, timedOut, writeOutcome, type FileJob, type FileOutcome } from './lint-file.js';
import type { FileResult } from './output/formats.js';
import type { ResolvedConfig } from '../engine/index.js';

const MIN_FILES_PER_WORKER = 8;
const MAX_WORKERS = 8;
/**
 * Files sent ahead to a worker: it starts the next file as soon as it has posted one, instead of
 * waiting for the main thread's answer (on a busy machine that round trip left it idle a tenth
 * of a corpus run).
 */
const IN_FLIGHT = 4;

/** Only the bundled CLI can start itself as a worker (not the TypeScript sources under test). */
export function canUseWorkers(): boolean {
  return __filename.endsWith('.js') && process.env.SPECLINT_WORKERS !== '0';
}

export function workerCount(files: number): number {
  if (!canUseWorkers()) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // On two cores, workers lost to the main thread once parsing became cheap (3.1 s against
  // 2.7 s on the 996-file corpus): each warms up its own JIT, and the main thread idles.
  const wanted = Number(process.env.SPECLINT_WORKERS) || (cores > 2 ? Math.min(MAX_WORKERS, cores) : 0);
  return Math.min(wanted, Math.floor(files / MIN_FILES_PER_WORKER));
}

export interface PoolOptions {
  /** Milliseconds a file may take (0: no limit). Needs the bundled CLI; the sources lint in process without it. */
  maxFileTimeMs: number;
}

/** Lints (or fixes) every job and writes fixed files; results in the order of `jobs`. */
export async function lintAll(jobs: FileJob[], opts: PoolOptions = { maxFileTimeMs: 0 }): Promise<FileResult[]> {
  const outcomes = await lintOutcomes(jobs, opts);
  return outcomes.map((o, i) => writeOutcome(jobs[i]!, o));
}

/** Lints every job without writing anything: with --fix, each outcome carries the fixed text. */
export async function lintOutcomes(jobs: FileJob[], opts: PoolOptions): Promise<FileOutcome[]> {
  const budget = opts.maxFileTimeMs > 0 && canUseWorkers() ? opts.maxFileTimeMs : 0;
  const n = budget ? Math.max(1, workerCount(jobs.length)) : workerCount(jobs.length);
  if (n < 1 || (!budget && n < 2)) return jobs.map((j) => lintJob(j));
  const results = new Array<FileOutcome>(jobs.length);
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
  /** Jobs handed back by a worker that was ended (it was past the budget on an earlier job): done first. */
  const retry: number[] = [];
  const take = () => (retry.length ? retry.shift()! : next < jobs.length ? next++ : -1);
  /** Runs one worker until the jobs run out (true) or a file passes its budget (false: start another). */
  const runWorker = () =>
    new Promise<boolean>((resolve, reject) => {
      const w = new Worker(__filename, { workerData: { speclintWorker: true, configs }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      /**
       * The jobs sent and not yet answered, in order: the worker lints the first while the
       * others wait in its queue, so it never sits idle waiting for the main thread.
       */
      const inFlight: number[] = [];
      let timer: ReturnType<typeof setTimeout> | undefined;
      let done = false;
      const finish = (value: boolean) => {
        done = true;
        if (timer) clearTimeout(timer);
        // A worker ended early: the jobs it had not started go to the next one.
        retry.unshift(...inFlight.splice(0));
        void w.terminate().then(() => resolve(value));
      };
      const feed = () => {
        while (inFlight.length < IN_FLIGHT) {
          const index = take();
          if (index < 0) break;
          inFlight.push(index);
          w.postMessage(messages[index]);
        }
        if (!inFlight.length) return finish(true);
        if (timer) clearTimeout(timer);
        timer = undefined;
        if (budget) {
          // The first job in flight is the one being linted now: its budget starts here.
          const index = inFlight[0]!;
          timer = setTimeout(() => {
            if (done || results[index]) return;
            inFlight.shift();
            results[index] = { result: timedOut(jobs[index]!.file, budget, jobs[index]!.fix) };
            finish(false);
          }, budget);
        }
      };
      w.on('message', (m: FileOutcome | 'ready') => {
        if (done) return;
        // The budget starts once the worker is up (loading the CLI in a new thread is not the file's time).
        if (m !== 'ready') results[inFlight.shift()!] = m;
        feed();
      });
      // A worker that dies on a file (out of memory, a crash) fails that file, not the run.
      const died = (why: string) => {
        if (done) return;
        const current = inFlight.shift();
        if (current === undefined) return reject(new Error(`a lint worker stopped: ${why}`));
        results[current] = { result: { file: jobs[current]!.file, kind: null, diagnostics: [fileDiagnostic(FILE_ERROR, 'error', `SpecLint stopped while linting this file: ${why}`)] } };
        finish(false);
      };
      w.on('error', (e) => died(e.message));
      w.on('exit', (code) => died(`exit code ${code}`));
    });
  const slot = async () => {
    while (!(await runWorker()));
  };
  await Promise.all(Array.from({ length: Math.min(n, jobs.length) }, slot));
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
    parentPort!.postMessage(lintJob({ ...job, config: configs[configId]! }));
  });
  parentPort!.postMessage('ready');
}
