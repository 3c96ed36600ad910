/**
 * One fingerprint per problem, shared by the baseline, GitLab Code Quality and SARIF
 * `partialFingerprints`. It is made of what the problem is about, never where it is:
 * the rule id, the flagged text and the sentence (or heading) around it, whitespace
 * collapsed. So a problem keeps its fingerprint when lines are added above it or its
 * paragraph is re-wrapped, and changes when its own sentence is rewritten.
 * Section findings ("no Why section") are identified by the section and its state.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../engine/index.js';

/** How far the context may reach on each side of the flagged text, in characters. */
const MAX_CONTEXT = 400;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

export function fingerprint(d: Diagnostic, text: string): string {
  const parts = [d.ruleId];
  const { start, end } = { start: d.range.start.offset, end: d.range.end.offset };
  if (d.data?.sectionId) parts.push('section', d.data.sectionId, d.data.state ?? '');
  else if (end > start && end <= text.length) parts.push(normalize(text.slice(start, end)), normalize(sentenceAround(text, start, end)));
  else parts.push(d.message);
  return hash(parts.join('\u0000'));
}

/**
 * A fingerprint unique within one report: the file, the problem's fingerprint and its
 * occurrence (the second identical problem in a file gets 2). GitLab and code scanning
 * need one fingerprint per issue.
 */
export function issueFingerprint(file: string, fp: string, occurrence: number): string {
  return hash(`${file}\u0000${fp}\u0000${occurrence}`);
}

/** Occurrence numbers (1, 2, …) of each fingerprint in a file's list, in order. */
export function occurrences(fps: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return fps.map((fp) => {
    const n = (seen.get(fp) ?? 0) + 1;
    seen.set(fp, n);
    return n;
  });
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 32);
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The sentence holding [start, end): bounded by its block (paragraph or heading line), then by . ! ? */
export function sentenceAround(text: string, start: number, end: number): string {
  const lineStart = (i: number) => text.lastIndexOf('\n', i - 1) + 1;
  const lineEnd = (i: number) => {
    const e = text.indexOf('\n', i);
    return e < 0 ? text.length : e;
  };
  const lineAt = (s: number) => text.slice(s, lineEnd(s));
  const blank = (s: number) => !lineAt(s).trim();
  let from = lineStart(start);
  let to = lineEnd(end);
  if (!HEADING.test(lineAt(from))) {
    // Widen to the paragraph: up and down to a blank line or a heading.
    while (from > 0 && start - from < MAX_CONTEXT) {
      const prev = lineStart(from - 1);
      if (blank(prev) || HEADING.test(lineAt(prev))) break;
      from = prev;
    }
    while (to < text.length && to - end < MAX_CONTEXT) {
      const next = to + 1;
      if (next >= text.length || blank(next) || HEADING.test(lineAt(next))) break;
      to = lineEnd(next);
    }
  }
  from = Math.max(from, start - MAX_CONTEXT);
  to = Math.min(to, end + MAX_CONTEXT);
  // The sentence: after the last stop before the flagged text, up to the first stop after it.
  const block = text.slice(from, to);
  const stop = /[.!?]["'”’)\]]*(?=\s)/g;
  let s = 0;
  let e = block.length;
  for (let m = stop.exec(block); m; m = stop.exec(block)) {
    const after = m.index + m[0].length;
    if (after <= start - from) s = after;
    else if (m.index >= end - from) {
      e = after;
      break;
    }
  }
  return block.slice(s, Math.max(e, end - from));
}
