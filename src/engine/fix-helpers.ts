/** Small helpers rules use to build minimal, text-preserving edits. */
import type { TextEdit } from './types.js';

/** "resources" → "engineers", keeping the original's capitalisation. */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{L}/u.test(original)) return replacement.toUpperCase();
  const first = original[0];
  if (first && first !== first.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * True when `offset` starts a sentence. Reads the block's masked text, so markup, HTML
 * comments and code spans before the word are skipped like whitespace.
 */
export function startsSentence(masked: string, base: number, offset: number): boolean {
  for (let i = offset - base - 1; i >= 0; i--) {
    const c = masked[i]!;
    if (/[\s*_>#\-+(\["“‘\uFFFC]/.test(c)) continue;
    return c === '.' || c === '!' || c === '?' || c === ':';
  }
  return true;
}

export interface BlockText {
  start: number;
  end: number;
  masked: string;
}

/**
 * Removes the word at `[start, end)` with exactly the whitespace that separated it, so
 * "can simply do" becomes "can do", "is simply." becomes "is." and "done, obviously." becomes
 * "done.". When the word opened a sentence, the next word is capitalised ("Just add it" →
 * "Add it"). Emphasis wrapped around the word alone goes with it. Nothing else is touched.
 */
export function removeWordEdit(text: string, start: number, end: number, block: BlockText): TextEdit {
  // "*just*" or "**simply**": remove the emphasis markers with the word, not leave "****".
  let k = 0;
  while (start - k - 1 >= block.start && end + k < block.end && /[*_~]/.test(text[start - k - 1]!) && text[start - k - 1] === text[end + k]) k++;
  start -= k;
  end += k;
  const after = text[end];
  const before = text[start - 1];
  if (after === ' ' || after === '\t') {
    const e = end + 1;
    const first = text.slice(start, end).replace(/^[*_~]+/, '')[0] ?? '';
    const capital = first !== first.toLowerCase() && startsSentence(block.masked, block.start, start);
    if (capital && e < block.end && /\p{Ll}/u.test(text[e]!)) {
      return { start, end: e + 1, text: text[e]!.toUpperCase() };
    }
    return { start, end: e, text: '' };
  }
  if (start > block.start && before !== undefined && /\s/.test(before)) {
    // Walk back over all the whitespace (a line break too) to the previous word or comma.
    let s = start - 1;
    while (s > block.start && /\s/.test(text[s - 1]!)) s--;
    if (after !== undefined && /[.!?;:]/.test(after) && text[s - 1] === ',') s--;
    return { start: s, end, text: '' };
  }
  if (after === ',' && text[end + 1] === ' ') return { start, end: end + 2, text: '' };
  return { start, end, text: '' };
}

/** "a" before a replacement that starts with a vowel becomes "an", and the reverse. */
export function withArticle(text: string, start: number, end: number, replacement: string): TextEdit {
  const m = /(^|[^\p{L}])(a|an|A|An)(\s+)$/u.exec(text.slice(Math.max(0, start - 6), start));
  if (m) {
    const vowel = /^[aeiou]/i.test(replacement);
    const article = m[2]!;
    const want = vowel ? (article[0] === 'A' ? 'An' : 'an') : article[0] === 'A' ? 'A' : 'a';
    if (want !== article) {
      const aStart = start - m[3]!.length - article.length;
      return { start: aStart, end, text: want + m[3]! + replacement };
    }
  }
  return { start, end, text: replacement };
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
