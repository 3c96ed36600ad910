/** Small helpers rules use to build minimal, text-preserving edits. */
import type { TextEdit } from './types.js';

/** "resources" → "engineers", keeping the original's capitalisation. */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{L}/u.test(original)) return replacement.toUpperCase();
  const first = original[0];
  if (first && first !== first.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** True when `offset` starts a sentence: only whitespace/markup back to the block start or a sentence end. */
export function startsSentence(text: string, offset: number, blockStart: number): boolean {
  for (let i = offset - 1; i >= blockStart; i--) {
    const c = text[i]!;
    if (/[\s*_>#\-+(\["“‘]/.test(c)) continue;
    return c === '.' || c === '!' || c === '?' || c === ':';
  }
  return true;
}

/**
 * Removes the word at `[start, end)` and exactly one neighbouring space, so "can simply do"
 * becomes "can do" and "is simply." becomes "is.". When the word opened a sentence, the next
 * word's first letter is capitalised ("Just add it" → "Add it"). Nothing else is touched.
 */
export function removeWordEdit(text: string, start: number, end: number, blockStart: number, blockEnd: number): TextEdit {
  const after = text[end];
  const before = text[start - 1];
  if (after === ' ' || after === '\t') {
    let e = end + 1;
    const capital = text[start] !== text[start]!.toLowerCase() && startsSentence(text, start, blockStart);
    if (capital && e < blockEnd && /\p{Ll}/u.test(text[e]!)) {
      return { start, end: e + 1, text: text[e]!.toUpperCase() };
    }
    return { start, end: e, text: '' };
  }
  if (start > blockStart && (before === ' ' || before === '\t')) return { start: start - 1, end, text: '' };
  if (after === ',' && text[end + 1] === ' ') return { start, end: end + 2, text: '' };
  return { start, end, text: '' };
}

/** End offset of the sentence containing `offset` inside a masked block (exclusive, after its punctuation). */
export function sentenceEnd(masked: string, base: number, offset: number): { end: number; punct: string } {
  for (let i = offset - base; i < masked.length; i++) {
    const c = masked[i]!;
    if (c === '.' || c === '!' || c === '?') {
      let j = i;
      while (j + 1 < masked.length && /[.!?]/.test(masked[j + 1]!)) j++;
      const next = masked[j + 1];
      if (next === undefined || /\s/.test(next) || next === '"' || next === '”' || next === ')') {
        return { end: base + j + 1, punct: masked.slice(i, j + 1) };
      }
      i = j;
    }
    if (c === '\n' && i + 1 < masked.length && masked[i + 1] === '\n') return { end: base + i, punct: '' };
  }
  let e = masked.length;
  while (e > 0 && /\s/.test(masked[e - 1]!)) e--;
  return { end: base + e, punct: '' };
}

/** Start offset of the sentence containing `offset`. */
export function sentenceStart(masked: string, base: number, offset: number): number {
  for (let i = offset - base - 1; i >= 0; i--) {
    const c = masked[i]!;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(masked[i + 1] ?? ' ')) {
      let j = i + 1;
      while (j < masked.length && /\s/.test(masked[j]!)) j++;
      return base + j;
    }
  }
  let j = 0;
  while (j < masked.length && /\s/.test(masked[j]!)) j++;
  return base + j;
}
