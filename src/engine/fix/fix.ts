/**
 * Applying fixes. Edits are offset ranges; a fix's edits apply together or not at all.
 * Overlapping fixes are skipped (the next pass picks them up after a re-lint), and nothing
 * outside an accepted edit's range is ever changed.
 */
import { firstIndex } from '../search.js';
import type { Diagnostic, Fix, TextEdit } from '../types.js';

export interface ApplyResult {
  output: string;
  applied: Fix[];
  skipped: Fix[];
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict (their order would be a guess); so does any shared character.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Checks that a fix's edits are in range and do not overlap each other. */
export function isWellFormed(fix: Fix, length: number): boolean {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end >= e.start && e.end <= length)) return false;
    if (typeof e.text !== 'string') return false;
    if (i > 0 && overlaps(edits[i - 1]!, e)) return false;
  }
  return edits.length > 0;
}

/** Accepted edits kept sorted by start, so an overlap check is a binary search, not a scan. */
class EditSet {
  readonly edits: TextEdit[] = [];

  private lowerBound(start: number): number {
    return firstIndex(this.edits, (e) => e.start < start);
  }

  overlapsAny(e: TextEdit): boolean {
    // Accepted edits never overlap each other, so only the neighbours around e.start can
    // overlap e, plus any that start inside it.
    let i = this.lowerBound(e.start);
    if (i > 0 && overlaps(this.edits[i - 1]!, e)) return true;
    for (; i < this.edits.length && this.edits[i]!.start <= e.end; i++) if (overlaps(this.edits[i]!, e)) return true;
    return false;
  }

  add(e: TextEdit): void {
    const i = this.lowerBound(e.start);
    // Keep equal starts in insertion order after zero-width edits (an insertion before a replacement at one point).
    let k = i;
    while (k < this.edits.length && this.edits[k]!.start === e.start && (this.edits[k]!.end === this.edits[k]!.start || e.end !== e.start)) k++;
    this.edits.splice(k, 0, e);
  }
}

export function applyFixList(text: string, fixes: Fix[]): ApplyResult {
  const accepted = new EditSet();
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    if (!isWellFormed(fix, text.length) || fix.edits.some((e) => accepted.overlapsAny(e))) {
      skipped.push(fix);
      continue;
    }
    // A no-op fix changes nothing; do not count it as applied.
    if (fix.edits.every((e) => text.slice(e.start, e.end) === e.text)) continue;
    for (const e of fix.edits) accepted.add(e);
    applied.push(fix);
  }
  const parts: string[] = [];
  let at = 0;
  for (const e of accepted.edits) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return { output: parts.join(''), applied, skipped };
}

/** The fix "fix all" applies for a diagnostic: its first safe fix. */
export function preferredSafeFix(d: Diagnostic): Fix | undefined {
  return d.fixes.find((f) => f.safe);
}

/** One pass: applies the first safe fix of every diagnostic, skipping overlaps. */
export function applyFixes(text: string, diagnostics: Diagnostic[]): ApplyResult {
  const fixes: Fix[] = [];
  for (const d of diagnostics) {
    const f = preferredSafeFix(d);
    if (f) fixes.push(f);
  }
  return applyFixList(text, fixes);
}

/**
 * Lints, applies safe fixes and repeats until nothing changes (at most `maxPasses`).
 * Returns the final text and how many fixes were applied in all.
 */
export function fixUntilStable(
  text: string,
  lintFn: (text: string) => Diagnostic[],
  maxPasses = 10,
): { output: string; applied: number; passes: number; diagnostics: Diagnostic[] } {
  let current = text;
  let applied = 0;
  let diagnostics = lintFn(current);
  let passes = 0;
  while (passes < maxPasses) {
    const r = applyFixes(current, diagnostics);
    if (r.applied.length === 0 || r.output === current) break;
    passes++;
    applied += r.applied.length;
    current = r.output;
    diagnostics = lintFn(current);
  }
  return { output: current, applied, passes, diagnostics };
}
