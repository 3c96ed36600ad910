/**
 * The lint worker's state and message handling, apart from the transport so it is unit-tested
 * in Node directly. It keeps one ParseCache per open document (so typing re-parses only the
 * edited chunk, as it did on the host) and each config object it was sent, by id (so the
 * engine's per-config memo of trigger phrases keeps working across messages).
 */
import { lint, markableLinesIn, ParseCache, type ResolvedConfig } from '../../engine/index.js';
import { rules } from '../../rules/index.js';
import { composeFixAll } from './editCompose.js';
import { MAX_SENT_DIAGNOSTICS, type ConfigRef, type WorkerReply, type WorkerRequest } from './protocol.js';

/** How many configs a worker remembers (a workspace rarely has more than a few). */
const MAX_CONFIGS = 64;

export class LintWorkerState {
  private readonly caches = new Map<string, ParseCache>();
  private readonly configs = new Map<number, ResolvedConfig>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Answers one request; `undefined` for requests that need no answer. Never throws. */
  handle(req: WorkerRequest): WorkerReply | undefined {
    if (req.type === 'forget') {
      this.caches.delete(req.key);
      return undefined;
    }
    const t0 = this.now();
    try {
      const config = this.configOf(req);
      if (req.type === 'lint') {
        const result = lint(req.text, { rules, config, cache: this.cacheOf(req.key), filePath: req.filePath });
        const omitted = Math.max(0, result.diagnostics.length - MAX_SENT_DIAGNOSTICS);
        if (omitted) result.diagnostics = result.diagnostics.slice(0, MAX_SENT_DIAGNOSTICS);
        return { type: 'lint', id: req.id, result, omitted, ms: this.now() - t0 };
      }
      if (req.type === 'markable') {
        return { type: 'markable', id: req.id, lines: markableLinesIn(req.text, this.cacheOf(req.key)), ms: this.now() - t0 };
      }
      // Fix all: the first pass on the document's own text can reuse its cache; later passes lint new text.
      const cache = this.cacheOf(req.key);
      const r = composeFixAll(req.text, (t) =>
        lint(t, { rules, config, cache: t === req.text ? cache : undefined, filePath: req.filePath }).diagnostics,
      );
      return { type: 'fixAll', id: req.id, edits: r.edits, applied: r.applied, ms: this.now() - t0 };
    } catch (e) {
      return { type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) };
    }
  }

  private configOf(ref: ConfigRef): ResolvedConfig {
    if (ref.config) {
      if (this.configs.size >= MAX_CONFIGS && !this.configs.has(ref.configId)) {
        this.configs.delete(this.configs.keys().next().value!);
      }
      this.configs.set(ref.configId, ref.config);
      return ref.config;
    }
    const c = this.configs.get(ref.configId);
    if (!c) throw new Error(`the worker was not sent config ${ref.configId}`);
    return c;
  }

  private cacheOf(key: string | undefined): ParseCache | undefined {
    if (key === undefined) return undefined;
    let c = this.caches.get(key);
    if (!c) this.caches.set(key, (c = new ParseCache()));
    return c;
  }
}
