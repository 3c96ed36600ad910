/**
 * As you type: one-character edits in the middle of paragraphs of a 100 KB spec, each followed
 * by a re-lint, timed with the engine's ParseCache (when the engine exports one) and as a full
 * lint of the same text. Both passes must give identical diagnostics; mismatches are counted.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes } from 'mdast';
import * as engine from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';
import { collect, summarize, timeOnce, type Sample } from './timing.js';

export interface TypingResult {
  /** Whether `ParseCache` is exported by src/engine/index.ts (else "incremental" is a full lint). */
  cacheAvailable: boolean;
  edits: number;
  incremental: Sample;
  full: Sample;
  /** The same full lint with every block parsed (`fullParse`): what a re-lint cost before partial parses. */
  fullParse: Sample;
  /** Versions linted both ways, and how many of them gave different diagnostics. */
  compared: number;
  mismatches: number;
  /** Median chunks parsed / reused per incremental lint, when the cache reports them. */
  parsed?: number;
  reused?: number;
  positions: number[];
}

type CacheCtor = new () => object;

function parseCacheCtor(): CacheCtor | undefined {
  const exported = (engine as unknown as Record<string, unknown>)['ParseCache'];
  return typeof exported === 'function' ? (exported as CacheCtor) : undefined;
}

/** Offsets in the middle of text-only paragraphs, near 1/3 and 2/3 of the document. */
export function editPositions(text: string): [number, number] {
  const tree = unified().use(remarkParse).parse(text);
  const spots: number[] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'paragraph') {
      for (const c of n.children) {
        const p = c.position;
        if (c.type !== 'text' || !p || c.value.length < 80) continue;
        const s = p.start.offset!;
        const e = p.end.offset!;
        if (text.slice(s, e) !== c.value) continue;
        // The start of a word near the middle of the text run.
        const mid = text.indexOf(' ', s + Math.floor((e - s) / 2));
        if (mid !== -1 && mid + 1 < e && /\p{L}/u.test(text[mid + 1]!)) spots.push(mid + 1);
      }
      return;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  visit(tree);
  if (spots.length < 2) throw new Error('the spec has no prose paragraph to type into');
  const near = (target: number) => spots.reduce((best, s) => (Math.abs(s - target) < Math.abs(best - target) ? s : best));
  const a = near(text.length / 3);
  let b = near((2 * text.length) / 3);
  if (b === a) b = spots[spots.length - 1] === a ? spots[0]! : spots[spots.length - 1]!;
  return a < b ? [a, b] : [b, a];
}

/** The document after each of `count` edits: a letter typed alternately at two places. */
export function typedVersions(text: string, count: number): { versions: string[]; positions: [number, number] } {
  const positions = editPositions(text);
  let [a, b] = positions;
  const letters = 'specification';
  const versions: string[] = [];
  let cur = text;
  for (let i = 0; i < count; i++) {
    const ch = letters[i % letters.length]!;
    const at = i % 2 === 0 ? a : b;
    cur = cur.slice(0, at) + ch + cur.slice(at);
    // Each place keeps typing after its last letter; the later place moves right by one.
    if (i % 2 === 0) {
      a++;
      b++;
    } else b++;
    versions.push(cur);
  }
  return { versions, positions };
}

export function typingBench(spec: string, edits: number, fullEvery = 1): TypingResult {
  const Ctor = parseCacheCtor();
  const { versions, positions } = typedVersions(spec, edits);
  const key = (r: engine.LintResult) => JSON.stringify(r.diagnostics);

  // Incremental: one cache for the document's whole editing session, primed by opening it.
  const cache = Ctor ? new Ctor() : undefined;
  const withCache = { rules, ...(cache ? { cache } : {}) } as unknown as engine.LintOptions;
  collect();
  for (let i = 0; i < 3; i++) engine.lint(spec, { rules });
  engine.lint(spec, withCache);
  const inc: number[] = [];
  const seen: string[] = [];
  const parsed: number[] = [];
  const reused: number[] = [];
  for (const v of versions) {
    let r: engine.LintResult | undefined;
    inc.push(timeOnce(() => (r = engine.lint(v, withCache))));
    seen.push(key(r!));
    const stats = (cache as { lastStats?: { parsed?: unknown; reused?: unknown } } | undefined)?.lastStats;
    if (stats && typeof stats.parsed === 'number' && typeof stats.reused === 'number') {
      parsed.push(stats.parsed);
      reused.push(stats.reused);
    }
  }

  // Full: what a keystroke costs without the cache (as today, and parsing every block), on
  // every `fullEvery`-th version (it is slow, and steady); the diagnostics of those versions
  // must equal the incremental ones.
  let mismatches = 0;
  let compared = 0;
  const timeFull = (options: engine.LintOptions): number[] => {
    const times: number[] = [];
    collect();
    for (let i = 0; i < 3; i++) engine.lint(spec, options);
    versions.forEach((v, i) => {
      if (i % fullEvery !== 0) return;
      let r: engine.LintResult | undefined;
      times.push(timeOnce(() => (r = engine.lint(v, options))));
      compared++;
      if (key(r!) !== seen[i]) mismatches++;
    });
    return times;
  };
  const full = timeFull({ rules });
  const fullParse = timeFull({ rules, fullParse: true } as unknown as engine.LintOptions);

  return {
    cacheAvailable: !!Ctor,
    edits,
    incremental: summarize(inc),
    full: summarize(full),
    fullParse: summarize(fullParse),
    mismatches,
    compared,
    ...(parsed.length ? { parsed: summarize(parsed).median, reused: summarize(reused).median } : {}),
    positions,
  };
}
