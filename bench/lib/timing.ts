/**
 * Timing helpers: warm, in-process medians with an adaptive number of runs.
 * Nothing here asserts anything about time; the bench only reports.
 */
import { performance } from 'node:perf_hooks';

const gc = (globalThis as { gc?: () => void }).gc;

/** Whether `--expose-gc` is on (the heap is then collected before each cell). */
export const hasGc = typeof gc === 'function';

/** Values the optimiser cannot prove unused. */
let sink = 0;
export function consume(v: unknown): void {
  if (typeof v === 'number') sink = (sink + v) | 0;
  else if (typeof v === 'string') sink = (sink + v.length) | 0;
  else if (v && typeof v === 'object') sink = (sink + 1) | 0;
}
export function sinkValue(): number {
  return sink;
}

export interface Sample {
  /** Median wall time of the timed runs, ms. */
  median: number;
  min: number;
  max: number;
  /** 90th percentile (nearest rank). */
  p90: number;
  runs: number;
}

export interface MeasureOptions {
  /** Untimed runs of `fn` first (the inputs before this one have usually warmed the tool already). */
  warmup?: number;
  /** Untimed runs of something cheaper than `fn` after the heap is collected (see `collect`). */
  prime?: () => unknown;
  primeRuns?: number;
  /** Stop after this many timed runs. */
  maxRuns: number;
  /** ...or once this much time has gone into timed runs, after at least `minRuns`. */
  budgetMs: number;
  minRuns?: number;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(xs: readonly number[]): Sample {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: median(s),
    min: s[0] ?? NaN,
    max: s[s.length - 1] ?? NaN,
    p90: s.length ? s[Math.min(s.length - 1, Math.ceil(0.9 * s.length) - 1)]! : NaN,
    runs: s.length,
  };
}

/**
 * Runs a full GC if the process has one exposed (not timed). A forced full GC also shrinks the
 * young generation, which makes the next two or three runs of a parse 1.5–2.5× slower than
 * steady state (measured: remark-parse on the spec 242, 169, then 119 ms); so every
 * collection here is followed by untimed priming runs before anything is timed.
 */
export function collect(): void {
  if (gc) gc();
}

/** Times one call of `fn`, ms. */
export function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  consume(fn());
  return performance.now() - t0;
}

/**
 * Median of repeated runs of `fn`. The heap is collected once before the cell, so garbage left
 * by another tool is not charged to this one; priming and warm-up runs then bring the heap
 * back to steady state. No collection between timed runs.
 */
export function measure(fn: () => unknown, o: MeasureOptions): Sample {
  collect();
  if (o.prime) for (let i = 0; i < (o.primeRuns ?? 3); i++) consume(o.prime());
  for (let i = 0; i < (o.warmup ?? 0); i++) consume(fn());
  const times: number[] = [];
  let spent = 0;
  const minRuns = o.minRuns ?? 1;
  while (times.length < o.maxRuns && (spent < o.budgetMs || times.length < minRuns)) {
    const t = timeOnce(fn);
    times.push(t);
    spent += t;
  }
  return summarize(times);
}

export function nowMs(): number {
  return performance.now();
}
