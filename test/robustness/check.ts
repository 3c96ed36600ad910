/**
 * The robustness properties, as plain functions that throw an AssertionError naming the
 * input: used by the fast-check properties, the corpus test and `npm run fuzz`.
 */
import assert from 'node:assert/strict';
import type { Root, Nodes } from 'mdast';
import {
  lint, applyFixList, applyFixes, fixUntilStable, defaultConfig, mergeConfig, INTERNAL_RULE, CONFIG_RULE, SKIPPED_RULE,
  type Diagnostic, type Fix, type LintOptions, type ResolvedConfig,
} from '../../src/engine/index.js';
import { parseMarkdown } from '../../src/engine/parse/parse.js';
import { rules } from '../../src/rules/index.js';

/** Rules whose diagnostics anchor on headings (or the document start), not on phrases. */
export const SECTION_RULES = new Set(rules.filter((r) => r.meta.category === 'sections').map((r) => r.id));
const META_RULES = new Set([INTERNAL_RULE, CONFIG_RULE, SKIPPED_RULE]);
export const isPhrasing = (ruleId: string) => !SECTION_RULES.has(ruleId) && !META_RULES.has(ruleId);

export interface CheckOptions {
  config?: ResolvedConfig;
  filePath?: string;
  /** Regions known (by construction) to hold no prose. */
  protectedRanges?: { start: number; end: number; what: string }[];
  /** Also check against the parser's own view of code, HTML, links and quotes. */
  mdastRegions?: boolean;
  /** Check that applying each safe phrasing fix leaves the block structure alone. */
  structure?: boolean;
  /** Check every single fix (not only the ones "fix all" applies). */
  everyFix?: boolean;
  /** Also run the public fixUntilStable twice and compare (costs more lints). */
  harness?: boolean;
}

export interface CheckStats {
  diagnostics: number;
  byRule: Record<string, number>;
  fixesApplied: number;
  fixesChecked: number;
}

export function newStats(): CheckStats {
  return { diagnostics: 0, byRule: {}, fixesApplied: 0, fixesChecked: 0 };
}

/** A config with the team phrases and launch-only rules switched on for every kind. */
export function teamConfig(phrases: { phrase: string; replace?: string; message?: string }[]): ResolvedConfig {
  return mergeConfig(defaultConfig(), {
    rules: {
      'team-phrases': { options: { phrases } },
      'credit-the-team': { options: { kinds: ['brief', 'ticket', 'launch'] } },
      // Flag these wherever they stand, so the fix helpers meet every odd neighbour the generators make.
      'no-minimizers': { options: { extra: ['just', 'simply', 'easily', 'basically', 'merely'] } },
    },
  });
}

/** Line starts under the CommonMark/vfile convention: `\r\n`, `\r` and `\n` each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function expectedPoint(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `offset` falls inside a surrogate pair or a CRLF. */
export function splitsUnit(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const a = text.charCodeAt(offset - 1);
  const b = text.charCodeAt(offset);
  return (isHigh(a) && isLow(b)) || (a === 13 && b === 10);
}

/** Words as a reader sees them: letters/digits with their combining marks, joined by apostrophes; a stray mark is a word of its own. */
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’ʼ][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|\p{M}+/gu;
const norm = (w: string) => w.toLowerCase().replace(/[’ʼ]/g, "'");
export function words(text: string): string[] {
  return (text.match(WORD_RE) ?? []).map(norm);
}
/** Words with their offsets. */
function wordSpans(text: string): { start: number; end: number; w: string }[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, w: norm(m[0]) }));
}
/** The words a diagnostic targets: every word that overlaps its range (whole words, as this file splits them). */
function targetWords(spans: { start: number; end: number; w: string }[], start: number, end: number): string[] {
  return spans.filter((s) => s.start < Math.max(end, start + 1) && start < s.end).map((s) => s.w);
}
function multiset(ws: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
/** Words in `a` and not in `b` (as multisets). */
function minus(a: string[], b: string[]): string[] {
  const mb = multiset(b);
  const out: string[] = [];
  for (const w of a) {
    const n = mb.get(w) ?? 0;
    if (n > 0) mb.set(w, n - 1);
    else out.push(w);
  }
  return out;
}

function show(text: string, max = 400): string {
  const s = JSON.stringify(text);
  return s.length > max ? `${s.slice(0, max)}… (${text.length} chars)` : s;
}

function describeDiag(d: Diagnostic, text: string): string {
  return `${d.ruleId} [${d.range.start.offset}, ${d.range.end.offset}) ${show(text.slice(d.range.start.offset, d.range.end.offset), 80)}: ${d.message.slice(0, 120)}`;
}

/** Lints and checks every property. Returns the first lint's diagnostics. */
export function checkDocument(text: string, opts: CheckOptions = {}, stats?: CheckStats): Diagnostic[] {
  const lintOpts: LintOptions = { rules, config: opts.config, filePath: opts.filePath };
  const run = (t: string) => lint(t, lintOpts).diagnostics;
  let diags: Diagnostic[];
  try {
    diags = run(text);
  } catch (e) {
    assert.fail(`lint threw ${(e as Error).stack ?? e}\n  on ${show(text)}`);
  }
  const ctx = (extra: string) => `${extra}\n  on ${show(text)}`;
  if (stats) {
    stats.diagnostics += diags.length;
    for (const d of diags) stats.byRule[d.ruleId] = (stats.byRule[d.ruleId] ?? 0) + 1;
  }

  // 1. No rule crashed.
  const internal = diags.find((d) => d.ruleId === INTERNAL_RULE);
  assert.equal(internal, undefined, ctx(`internal error: ${internal?.message}`));

  // 2. Ranges lie inside the document, on whole characters, with line/column matching the offset.
  const starts = lineStarts(text);
  const checkRange = (r: Diagnostic['range'], what: string) => {
    const { start, end } = r;
    assert.ok(Number.isInteger(start.offset) && Number.isInteger(end.offset), ctx(`${what}: non-integer offsets`));
    assert.ok(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length, ctx(`${what}: range [${start.offset}, ${end.offset}) outside 0..${text.length}`));
    for (const p of [start, end]) {
      const want = expectedPoint(starts, p.offset);
      assert.deepEqual({ line: p.line, column: p.column }, want, ctx(`${what}: offset ${p.offset} reported at ${p.line}:${p.column}, expected ${want.line}:${want.column}`));
      assert.ok(!splitsUnit(text, p.offset), ctx(`${what}: offset ${p.offset} splits a surrogate pair or a CRLF`));
    }
  };
  for (const d of diags) {
    const what = describeDiag(d, text);
    checkRange(d.range, what);
    for (const r of d.related ?? []) checkRange(r.range, `${what} (related)`);
    const slice = text.slice(d.range.start.offset, d.range.end.offset);
    if (isPhrasing(d.ruleId)) {
      // The range names the words it flags: starts and ends on a word, whole words only.
      assert.match(slice, /^[\p{L}\p{N}][\s\S]*$/u, ctx(`${what}: range does not start on a word`));
      assert.match(slice, /[\p{L}\p{N}]$/u, ctx(`${what}: range does not end on a word`));
      const before = text.slice(Math.max(0, d.range.start.offset - 2), d.range.start.offset);
      const after = text.slice(d.range.end.offset, d.range.end.offset + 2);
      assert.doesNotMatch(before, /[\p{L}\p{N}]$/u, ctx(`${what}: range starts inside a word`));
      assert.doesNotMatch(after, /^[\p{L}\p{N}\p{M}]/u, ctx(`${what}: range ends inside a word`));
    } else if (SECTION_RULES.has(d.ruleId) && d.range.end.offset > d.range.start.offset) {
      assert.doesNotMatch(slice, /^[\r\n]/, ctx(`${what}: heading range starts on a line break (offsets shifted?)`));
    }
    for (const f of d.fixes) {
      for (const e of f.edits) {
        assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length, ctx(`${what}: fix "${f.title}" edit out of range`));
        assert.ok(!splitsUnit(text, e.start) && !splitsUnit(text, e.end), ctx(`${what}: fix "${f.title}" edit [${e.start}, ${e.end}) splits a surrogate pair or a CRLF`));
      }
    }
  }

  // 3. Deterministic: the same input twice gives the same answer.
  assert.deepEqual(run(text), diags, ctx('linting twice gave different results'));

  // 4. Nothing flagged inside code, URLs, link targets, HTML, front matter or quotes: a phrasing
  //    diagnostic neither starts nor ends in such a region (a phrase may run across a link,
  //    "[two](…) resources"), and no safe fix edits one.
  const phr = diags.filter((d) => isPhrasing(d.ruleId));
  const regions = [...(opts.protectedRanges ?? [])];
  if (opts.mdastRegions && phr.length) regions.push(...mdastRegions(text, opts.config?.quotes.ignore ?? true).map((r) => ({ ...r, what: `${r.what} (per mdast)` })));
  for (const p of regions) {
    const inside = (o: number) => o >= p.start && o < p.end;
    for (const d of phr) {
      const { offset: s } = d.range.start;
      const { offset: e } = d.range.end;
      const where = `a ${p.what} at [${p.start}, ${p.end}) ${show(text.slice(p.start, p.end), 80)}`;
      assert.ok(!inside(s) && !inside(e - 1), ctx(`${describeDiag(d, text)} starts or ends inside ${where}`));
      for (const f of d.fixes) {
        if (!f.safe) continue;
        for (const ed of f.edits) {
          const touches = ed.start === ed.end ? ed.start > p.start && ed.start < p.end : ed.start < p.end && p.start < ed.end;
          assert.ok(!touches, ctx(`${describeDiag(d, text)}: safe fix "${f.title}" edits [${ed.start}, ${ed.end}) inside ${where}`));
        }
      }
    }
  }

  // 5. Each fix on its own changes only its edit ranges, keeps the text well formed, and a
  //    safe fix drops no word it did not target.
  const wasWellFormed = isWellFormedUtf16(text);
  const textWords = words(text);
  const textSpans = wordSpans(text);
  for (const d of diags) {
    d.fixes.forEach((f, i) => {
      if (!opts.everyFix && !(f.safe && d.fixes.findIndex((x) => x.safe) === i)) return;
      if (stats) stats.fixesChecked++;
      const label = `${describeDiag(d, text)} fix "${f.title}"`;
      const r = applyFixList(text, [f]);
      assert.equal(r.skipped.length, 0, ctx(`${label}: rejected as malformed by applyFixList`));
      assert.equal(r.output, manualApply(text, f), ctx(`${label}: changed text outside its edits`));
      if (wasWellFormed) assert.ok(isWellFormedUtf16(r.output), ctx(`${label}: left a lone surrogate`));
      if (!f.safe) return;
      const target = targetWords(textSpans, d.range.start.offset, d.range.end.offset);
      const dropped = minus(minus(textWords, words(r.output)), [...target, 'a', 'an']);
      assert.deepEqual(dropped, [], ctx(`${label}: dropped or changed words it did not target: ${dropped.join(', ')} → ${show(r.output)}`));
      // New words may come from the edits' text, be what is left of a targeted word, or be an
      // edit's word still joined by an apostrophe to the text after it ("ninja’s" → "expert’s").
      const editWords = f.edits.flatMap((e) => words(e.text));
      const added = minus(minus(words(r.output), textWords), editWords).filter(
        (w) => !target.some((t) => t.includes(w)) && !editWords.some((e) => w.startsWith(`${e}'`) || w.endsWith(`'${e}`)),
      );
      assert.deepEqual(added, [], ctx(`${label}: made words that are not in its edits (words glued together?): ${added.join(', ')} → ${show(r.output)}`));
    });
  }

  // 5b. The safe phrasing fixes leave the block structure alone (one parse for all of them;
  //     on a difference, find the fix that did it).
  if (opts.structure) {
    const phrasingDiags = diags.filter((d) => isPhrasing(d.ruleId));
    const all = applyFixes(text, phrasingDiags);
    if (all.applied.length) {
      const before = skeleton(text);
      if (skeleton(all.output) !== before) {
        for (const d of phrasingDiags) {
          const f = d.fixes.find((x) => x.safe);
          if (!f) continue;
          const out = applyFixList(text, [f]).output;
          assert.equal(skeleton(out), before, ctx(`${describeDiag(d, text)} fix "${f.title}": changed the document's block structure → ${show(out)}`));
        }
        assert.equal(skeleton(all.output), before, ctx(`the safe phrasing fixes together changed the document's block structure → ${show(all.output)}`));
      }
    }
  }

  // 6. "Fix all" converges; each pass drops only targeted words; a second run changes nothing.
  const fixDiags = new Map<Fix, Diagnostic>();
  let current = text;
  let currentDiags = diags;
  let passes = 0;
  let applied = 0;
  for (; passes < 10; passes++) {
    fixDiags.clear();
    for (const d of currentDiags) for (const f of d.fixes) fixDiags.set(f, d);
    const r = applyFixes(current, currentDiags);
    if (r.applied.length === 0 || r.output === current) break;
    const spans = wordSpans(current);
    const targets = r.applied.flatMap((f) => {
      const d = fixDiags.get(f)!;
      return targetWords(spans, d.range.start.offset, d.range.end.offset);
    });
    // Each fix may also turn its "a" into "an" (or back).
    const dropped = minus(minus(words(current), words(r.output)), [...targets, ...r.applied.flatMap(() => ['a', 'an'])]);
    assert.deepEqual(dropped, [], ctx(`fix-all pass ${passes + 1} dropped words no fix targeted: ${dropped.join(', ')}\n  from ${show(current)}\n  to ${show(r.output)}`));
    applied += r.applied.length;
    current = r.output;
    try {
      currentDiags = run(current);
    } catch (e) {
      assert.fail(ctx(`lint threw on the fixed text ${show(current)}: ${(e as Error).message}`));
    }
    const bad = currentDiags.find((x) => x.ruleId === INTERNAL_RULE);
    assert.equal(bad, undefined, ctx(`internal error after fix pass ${passes + 1}: ${bad?.message} on ${show(current)}`));
  }
  // The loop stops when a lint of the fixed text offers nothing more to apply: that is the
  // "second fix-all changes nothing" property (lint is deterministic, checked above).
  assert.ok(passes < 10, ctx(`fix-all did not converge in 10 passes; last text ${show(current)}`));
  if (opts.harness) {
    const viaHarness = fixUntilStable(text, run);
    assert.equal(viaHarness.output, current, ctx('fixUntilStable disagrees with a pass-by-pass fix'));
    assert.equal(fixUntilStable(current, run).applied, 0, ctx(`a second fix-all still applied fixes to ${show(current)}`));
  }
  if (stats) stats.fixesApplied += applied;
  return diags;
}

function manualApply(text: string, f: Fix): string {
  const edits = [...f.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

function isWellFormedUtf16(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c)) {
      if (!isLow(s.charCodeAt(i + 1))) return false;
      i++;
    } else if (isLow(c)) return false;
  }
  return true;
}

/** Block structure: the block node types in document order, with nesting depth. */
export function skeleton(text: string): string {
  const out: string[] = [];
  const visit = (n: Nodes, depth: number) => {
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'code' || n.type === 'html' || n.type === 'thematicBreak' || n.type === 'yaml' || n.type === 'definition') {
      out.push(`${depth}:${n.type}${n.type === 'heading' ? n.depth : ''}`);
      return;
    }
    if (n.type === 'blockquote' || n.type === 'list' || n.type === 'listItem' || n.type === 'table' || n.type === 'tableRow' || n.type === 'root') {
      if (n.type !== 'root') out.push(`${depth}:${n.type}`);
      for (const c of n.children as Nodes[]) visit(c, depth + 1);
    }
  };
  visit(parseMarkdown(text), 0);
  return out.join(' ');
}

/**
 * Regions the parser itself says hold no prose: code, HTML, front matter, link targets,
 * autolinks and (when quotes are ignored) blockquotes. A second opinion on the masking.
 */
export function mdastRegions(text: string, quotesIgnored: boolean): { start: number; end: number; what: string }[] {
  const out: { start: number; end: number; what: string }[] = [];
  const tree: Root = parseMarkdown(text);
  const visit = (n: Nodes) => {
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    if (s === undefined || e === undefined) return;
    switch (n.type) {
      case 'code':
      case 'inlineCode':
      case 'html':
      case 'yaml':
      case 'definition':
        out.push({ start: s, end: e, what: n.type });
        return;
      case 'blockquote':
        if (quotesIgnored) {
          out.push({ start: s, end: e, what: 'blockquote' });
          return;
        }
        break;
      case 'link': {
        const last = n.children[n.children.length - 1];
        const kidsEnd = last?.position?.end.offset;
        const isUrlText = n.children.length === 1 && last?.type === 'text' && (n.url === last.value || n.url.endsWith(last.value));
        if (isUrlText || kidsEnd === undefined) out.push({ start: s, end: e, what: 'autolink' });
        else if (kidsEnd < e) out.push({ start: kidsEnd, end: e, what: 'link target' });
        break;
      }
    }
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  visit(tree);
  return out;
}
