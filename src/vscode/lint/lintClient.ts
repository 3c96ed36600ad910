/**
 * Runs lints in a worker so that no document can block the extension host (which every
 * extension shares). No `vscode` import: the same client drives a Node worker thread on the
 * desktop and a Web Worker on the web, and is unit-tested in Node.
 *
 * - Two lanes, each one worker started on first use: "main" for ordinary documents and
 *   "heavy" for large documents and for documents whose last lint was slow. A monster file
 *   therefore never sits in front of a brief someone just opened.
 * - Stale work is dropped: a newer request for the same document replaces one still waiting
 *   (the superseded one resolves as `superseded`). A lint already running finishes; its
 *   caller checks the document version before publishing.
 * - A time budget per request: past it the worker is terminated (the only way to stop a
 *   synchronous lint) and a fresh one is started for the requests still waiting. The caller
 *   gets `timeout` and tells the user.
 * - A config object travels to a worker once and is named by id afterwards, so the engine's
 *   per-config memos keep working and a lint message carries only the text.
 */
import type { LintResult, MarkableLine, ResolvedConfig, TextEdit } from '../../engine/index.js';
import type { WorkerReply, WorkerRequest } from '../worker/protocol.js';

/** The transport to one worker: a Node worker thread or a Web Worker. */
export interface WorkerPort {
  post(msg: WorkerRequest): void;
  onMessage(cb: (msg: WorkerReply) => void): void;
  /** The worker failed to load, threw outside a request, or exited. */
  onFailure(cb: (message: string) => void): void;
  terminate(): void;
}
export type SpawnWorker = () => WorkerPort;

export type Outcome<T> =
  | { ok: true; value: T; ms: number }
  | { ok: false; reason: 'timeout'; ms: number }
  | { ok: false; reason: 'superseded' }
  | { ok: false; reason: 'failed'; message: string };

export interface FixAllValue {
  edits: TextEdit[];
  applied: number;
}

export interface LintJob {
  /** The open document (its parse cache in the worker); undefined for a one-off lint. */
  key?: string;
  text: string;
  config: ResolvedConfig;
  filePath?: string;
  /**
   * Requests replace a waiting one with the same key and queue. A lint to publish and a lint a
   * code action waits for use different queues, so neither drops the other.
   */
  queue?: string;
}

/** The default of `speclint.maxLintTime` (package.json says the same). */
export const DEFAULT_MAX_LINT_TIME = 3000;
/** Documents longer than this go to the heavy lane from the start. */
export const HEAVY_CHARS = 256 * 1024;
/** A lint slower than this moves its document to the heavy lane. */
export const SLOW_MS = 250;
/** How long a new worker may take to load before it counts as failed. */
export const STARTUP_MS = 30_000;
/** Configs a worker remembers; must equal the worker's own limit (worker/handler.ts). */
const MAX_CONFIGS = 64;

type Reply = Extract<WorkerReply, { id: number }>;

interface Job {
  queueKey: string;
  docKey?: string;
  config: ResolvedConfig;
  make(id: number, ref: { configId: number; config?: ResolvedConfig }): WorkerRequest & { id: number };
  settle(outcome: Outcome<Reply>): void;
}

class Lane {
  private port: WorkerPort | undefined;
  private ready = false;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly queue = new Map<string, Job>();
  private busy: { job: Job; id: number; started: number; timer: ReturnType<typeof setTimeout> } | undefined;
  /** Config ids this worker holds, in the order it stored them (mirrors its eviction). */
  private sent = new Set<number>();
  private nextId = 1;
  /** Workers started so far (tests and the bench read it). */
  starts = 0;

  constructor(
    private readonly spawn: SpawnWorker,
    private readonly budget: () => number,
    private readonly configId: (c: ResolvedConfig) => number,
    private readonly now: () => number,
  ) {}

  submit(job: Job): void {
    const prev = this.queue.get(job.queueKey);
    if (prev) {
      this.queue.delete(job.queueKey);
      prev.settle({ ok: false, reason: 'superseded' });
    }
    this.queue.set(job.queueKey, job);
    this.pump();
  }

  forget(key: string): void {
    if (this.port && this.ready) this.port.post({ type: 'forget', key });
  }

  get started(): boolean {
    return this.port !== undefined;
  }

  private pump(): void {
    if (this.busy || !this.queue.size) return;
    if (!this.port) this.start();
    if (!this.ready) return;
    const [queueKey, job] = this.queue.entries().next().value!;
    this.queue.delete(queueKey);
    const configId = this.configId(job.config);
    let config: ResolvedConfig | undefined;
    if (!this.sent.has(configId)) {
      if (this.sent.size >= MAX_CONFIGS) this.sent.delete(this.sent.values().next().value!);
      this.sent.add(configId);
      config = job.config;
    }
    const id = this.nextId++;
    const msg = job.make(id, { configId, config });
    const started = this.now();
    const timer = setTimeout(() => this.timedOut(id), this.budget());
    this.busy = { job, id, started, timer };
    this.port!.post(msg);
  }

  private start(): void {
    const port = this.spawn();
    this.port = port;
    this.ready = false;
    this.sent = new Set();
    this.starts++;
    this.startTimer = setTimeout(() => fail(`the lint worker did not start within ${STARTUP_MS / 1000} s`), STARTUP_MS);
    const fail = (message: string) => {
      if (this.port !== port) return; // an old worker we already replaced
      this.stop();
      const busy = this.busy;
      this.busy = undefined;
      if (busy) {
        clearTimeout(busy.timer);
        busy.job.settle({ ok: false, reason: 'failed', message });
      } else {
        // It never got going: fail what waits rather than spawn workers in a loop.
        const waiting = [...this.queue.values()];
        this.queue.clear();
        for (const j of waiting) j.settle({ ok: false, reason: 'failed', message });
      }
      this.pump();
    };
    port.onFailure(fail);
    port.onMessage((msg) => {
      if (this.port !== port) return;
      if (msg.type === 'ready') {
        this.ready = true;
        clearTimeout(this.startTimer);
        this.pump();
        return;
      }
      const busy = this.busy;
      if (!busy || busy.id !== msg.id) return;
      clearTimeout(busy.timer);
      this.busy = undefined;
      if (msg.type === 'error') busy.job.settle({ ok: false, reason: 'failed', message: msg.message });
      else busy.job.settle({ ok: true, value: msg, ms: msg.ms });
      this.pump();
    });
  }

  private timedOut(id: number): void {
    const busy = this.busy;
    if (!busy || busy.id !== id) return;
    this.busy = undefined;
    this.stop();
    busy.job.settle({ ok: false, reason: 'timeout', ms: this.now() - busy.started });
    this.pump(); // a fresh worker for whatever waits
  }

  private stop(): void {
    clearTimeout(this.startTimer);
    const port = this.port;
    this.port = undefined;
    this.ready = false;
    port?.terminate();
  }

  dispose(): void {
    if (this.busy) {
      clearTimeout(this.busy.timer);
      this.busy.job.settle({ ok: false, reason: 'superseded' });
      this.busy = undefined;
    }
    for (const j of this.queue.values()) j.settle({ ok: false, reason: 'superseded' });
    this.queue.clear();
    this.stop();
  }
}

export interface LintClientOptions {
  /** The per-request time budget in ms, read at each request. */
  budget: () => number;
  now?: () => number;
  heavyChars?: number;
  slowMs?: number;
}

export class LintClient {
  private readonly main: Lane;
  private readonly heavy: Lane;
  private readonly ids = new WeakMap<ResolvedConfig, number>();
  private nextConfigId = 1;
  /** Open documents whose last lint was slow (or timed out): they run in the heavy lane. */
  private readonly slow = new Set<string>();
  private readonly laneOf = new Map<string, Lane>();
  private oneOff = 0;
  private readonly heavyChars: number;
  private readonly slowMs: number;

  constructor(spawn: SpawnWorker, private readonly options: LintClientOptions) {
    const now = options.now ?? (() => performance.now());
    const configId = (c: ResolvedConfig) => {
      let id = this.ids.get(c);
      if (id === undefined) this.ids.set(c, (id = this.nextConfigId++));
      return id;
    };
    this.main = new Lane(spawn, options.budget, configId, now);
    this.heavy = new Lane(spawn, options.budget, configId, now);
    this.heavyChars = options.heavyChars ?? HEAVY_CHARS;
    this.slowMs = options.slowMs ?? SLOW_MS;
  }

  /** Workers started so far, per lane. */
  get starts(): { main: number; heavy: number } {
    return { main: this.main.starts, heavy: this.heavy.starts };
  }

  /** A lint's result; `omitted` counts the diagnostics past MAX_SENT_DIAGNOSTICS that were not sent. */
  lint(job: LintJob): Promise<Outcome<LintResult & { omitted: number }>> {
    return this.run('lint', job).then((o) => {
      if (!o.ok) return o;
      const v = o.value as Extract<Reply, { type: 'lint' }>;
      return { ok: true, value: { ...v.result, omitted: v.omitted }, ms: o.ms };
    });
  }

  fixAll(job: LintJob): Promise<Outcome<FixAllValue>> {
    return this.run('fixAll', job).then((o) => {
      if (!o.ok) return o;
      const v = o.value as Extract<Reply, { type: 'fixAll' }>;
      return { ok: true, value: { edits: v.edits, applied: v.applied }, ms: o.ms };
    });
  }

  /** The lines where a `speclint-section` marker may go. */
  markable(job: LintJob): Promise<Outcome<MarkableLine[]>> {
    return this.run('markable', job).then((o) => {
      if (!o.ok) return o;
      return { ok: true, value: (o.value as Extract<Reply, { type: 'markable' }>).lines, ms: o.ms };
    });
  }

  /** A document closed: its worker drops its cache. */
  forget(key: string): void {
    this.slow.delete(key);
    this.laneOf.get(key)?.forget(key);
    this.laneOf.delete(key);
  }

  private pick(job: LintJob): Lane {
    const lane = job.text.length > this.heavyChars || (job.key !== undefined && this.slow.has(job.key)) ? this.heavy : this.main;
    if (job.key !== undefined) {
      const before = this.laneOf.get(job.key);
      if (before && before !== lane) before.forget(job.key);
      this.laneOf.set(job.key, lane);
    }
    return lane;
  }

  private run(type: 'lint' | 'fixAll' | 'markable', job: LintJob): Promise<Outcome<Reply>> {
    const lane = this.pick(job);
    const queueKey = job.key !== undefined ? `${type}:${job.queue ?? ''}:${job.key}` : `once:${this.oneOff++}`;
    return new Promise((resolve) => {
      lane.submit({
        queueKey,
        docKey: job.key,
        config: job.config,
        make: (id, ref) => ({ type, id, key: job.key, text: job.text, filePath: job.filePath, ...ref }),
        settle: (o) => {
          if (job.key !== undefined && type === 'lint') {
            if (!o.ok && o.reason === 'timeout') this.slow.add(job.key);
            else if (o.ok && o.ms > this.slowMs) this.slow.add(job.key);
            else if (o.ok && o.ms < this.slowMs / 4) this.slow.delete(job.key);
          }
          resolve(o);
        },
      });
    });
  }

  dispose(): void {
    this.main.dispose();
    this.heavy.dispose();
  }
}
