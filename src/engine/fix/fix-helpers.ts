/** Small helpers rules use to build minimal, text-preserving edits. */
import { firstIndex } from '../search.js';
import type { TextEdit } from '../types.js';

/** "resources" → "engineers", keeping the original's capitalisation. */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{L}/u.test(original)) return replacement.toUpperCase();
  const first = original[0];
  if (first && first !== first.toLowerCase() && replacement) return replacement[0]!.toUpperCase() + replacement.slice(1);
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
  // The neighbouring characters as whole code points: an astral letter ("𐐷") is two UTF-16 units.
  const afterCp = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : undefined;
  const hi = text.charCodeAt(start - 2);
  const beforeCp = start >= 2 && hi >= 0xd800 && hi <= 0xdbff ? text.slice(start - 2, start) : before;
  const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
  // Back over the whitespace before the word (a line break too) to the previous word or comma.
  const backward = (): TextEdit | undefined => {
    if (!(start > block.start && before !== undefined && /\s/.test(before)) || wordChar(afterCp)) return undefined;
    let s = start - 1;
    while (s > block.start && /\s/.test(text[s - 1]!)) s--;
    // Keep the space after a heading or list marker ("# just;" must not become "#;").
    let ls = s;
    while (ls > 0 && s - ls <= LINE_WINDOW && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
    if (s - ls <= LINE_WINDOW && /^[ \t>]*(?:#{1,6}|[-+*]|\d{1,9}[.)])?$/.test(text.slice(ls, s))) return undefined;
    if (after !== undefined && /[.!?;:]/.test(after) && text[s - 1] === ',') s--;
    // "So **simply**’it": without the space, "So" would join "’it".
    if (wouldGlue(text.slice(Math.max(0, s - 4), s), text.slice(end, end + 4))) return undefined;
    return { start: s, end, text: '' };
  };
  if ((after === ' ' || after === '\t') && !wordChar(beforeCp)) {
    // The whole run of spaces and tabs goes: a tab left at the start of a line would make it code.
    let e = end;
    while (e < block.end && (text[e] === ' ' || text[e] === '\t')) e++;
    const atLineEnd = e >= block.end || text[e] === '\n' || text[e] === '\r';
    // "‘single’_easily_ code": without the space, the closing quote would join "single’code".
    if (!atLineEnd && !wouldGlue(text.slice(Math.max(0, start - 4), start), text.slice(e, e + 4))) {
      const first = text.slice(start, end).replace(/^[*_~]+/, '')[0] ?? '';
      const capital = first !== first.toLowerCase() && startsSentence(block.masked, block.start, start);
      const next = text[e]!;
      let edit: TextEdit = { start, end: e, text: '' };
      // Capitalise the next word only if it is prose (not a code span, URL or e-mail address).
      const prose = block.masked[e - block.start] === next;
      if (capital && prose && /\p{Ll}/u.test(next) && next.toUpperCase().length === 1) edit = { start, end: e + 1, text: next.toUpperCase() };
      // "foo\njust # bar": do not leave a block marker at the start of the line; join the lines instead.
      if (opensBlock(text, edit)) return backward() ?? edit;
      return edit;
    }
  }
  const back = backward();
  if (back) return back;
  if (after === ',' && text[end + 1] === ' ') return { start, end: end + 2, text: '' };
  // "x**simply**y", "it’*just*the": removing the word must not glue its neighbours into one word.
  if (wouldGlue(text.slice(Math.max(0, start - 4), start), text.slice(end, end + 4))) return { start, end, text: ' ' };
  return { start, end, text: '' };
}

/** True when `left + right` joins the word ending `left` to the word starting `right` ("x" + "y", "it’" + "s"). */
function wouldGlue(left: string, right: string): boolean {
  return (
    (/[\p{L}\p{N}\p{M}]$/u.test(left) && /^['’ʼ\-]?[\p{L}\p{N}]/u.test(right)) ||
    (/[\p{L}\p{N}\p{M}]['’ʼ\-]$/u.test(left) && /^[\p{L}\p{N}]/u.test(right)) ||
    // A combining mark after the removed text would land on the previous letter.
    (/^\p{M}/u.test(right) && left !== '' && !/\s$/.test(left)) ||
    // Two lone surrogate halves would meet and make one character the author never wrote.
    (/[\uD800-\uDBFF]$/.test(left) && /^[\uDC00-\uDFFF]/.test(right))
  );
}

const CONTAINER_PREFIX = /^(?:[ \t]|>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))*$/;
const BLOCK_START = /^(?:[ \t]|#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$|(?:[-*_][ \t]*){3,}$|`{3,}|~{3,}|<|\||\[[^\]]*\]:)/;

/**
 * True when applying `edit` leaves, at the start of a line's content, text that opens a new
 * block (a heading, list item, quote, code, HTML, setext underline): "foo\njust # bar" → "# bar";
 * or leaves that line empty ("* just\n  more" → an empty item line that no longer starts a list item).
 */
export function opensBlock(text: string, edit: TextEdit): boolean {
  return opensBlockAt(text, edit.start, edit.text, edit.end);
}

/** Lines are read at most this far around an edit (a container prefix or a block marker is short). */
const LINE_WINDOW = 256;

/** `text` with `[at, resume)` replaced by `inserted`: does the line's content now open a block (or vanish)? */
function opensBlockAt(text: string, at: number, inserted: string, resume: number): boolean {
  let ls = at;
  while (ls > 0 && at - ls <= LINE_WINDOW && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
  if (at - ls > LINE_WINDOW || !CONTAINER_PREFIX.test(text.slice(ls, at))) return false;
  let le = resume;
  while (le < text.length && le - resume <= LINE_WINDOW && text[le] !== '\n' && text[le] !== '\r') le++;
  // A longer line cannot be a setext underline or a thematic break made only of markers.
  const rest = inserted + text.slice(resume, le) + (le - resume > LINE_WINDOW ? 'x' : '');
  return rest.trim() === '' || BLOCK_START.test(rest);
}

/**
 * Whether a set of word removals in one block is safe to apply together ("fix all" applies
 * them in one pass): words are left in the block, no two words are glued together, and no
 * line is left empty or opening a new block. Each removal may be fine alone while two
 * together empty the line ("just*simply*"). Linear in the block's length.
 */
export function removalsSafeTogether(text: string, block: BlockText, edits: TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let ls = block.start;
  while (ls > 0 && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
  // The block's lines with the removals applied, and its masked prose likewise.
  let out = '';
  let masked = '';
  let at = Math.max(ls, 0);
  const positions: number[] = [];
  for (const e of sorted) {
    if (e.start < at || e.start < block.start || e.end > block.end) continue; // overlapping ones are skipped by applyFixes too
    out += text.slice(at, e.start);
    masked += block.masked.slice(Math.max(0, at - block.start), e.start - block.start);
    positions.push(out.length);
    out += e.text;
    masked += e.text;
    at = e.end;
  }
  out += text.slice(at, block.end);
  masked += block.masked.slice(Math.max(0, at - block.start));
  if (!/[\p{L}\p{N}]/u.test(masked)) return false;
  // Two removals side by side may glue their neighbours ("padded_easily_*just*padded").
  return !positions.some((p) => opensBlockAt(out, p, '', p) || wouldGlue(out.slice(Math.max(0, p - 4), p), out.slice(p, p + 4)));
}

/**
 * "a" before a replacement that starts with a vowel becomes "an", and the reverse. With the
 * block, only an article that is prose of the same block counts (not the end of an HTML
 * comment on the line before).
 */
export function withArticle(text: string, start: number, end: number, replacement: string, block?: BlockText): TextEdit {
  // The article must be a word of its own, not the end of "it’a", "x-a" or "data" (however much space stands
  // between it and the phrase: a window that starts inside a word must not pass for the start of one).
  const from = Math.max(0, start - 200);
  const m = /(^|[^\p{L}\p{N}\p{M}'’ʼ\-])(a|an|A|An)(\s+)$/u.exec(text.slice(from, start));
  if (m && m.index === 0 && m[1] === '' && from > 0 && /[\p{L}\p{N}\p{M}'’ʼ\-]/u.test(text[from - 1]!)) return { start, end, text: replacement };
  if (m) {
    const vowel = /^[aeiou]/i.test(replacement);
    const article = m[2]!;
    const want = vowel ? (article[0] === 'A' ? 'An' : 'an') : article[0] === 'A' ? 'A' : 'a';
    const aStart = start - m[3]!.length - article.length;
    const inBlock = !block || (aStart >= block.start && block.masked.slice(aStart - block.start, aStart - block.start + article.length) === article);
    if (want !== article && inBlock) return { start: aStart, end, text: want + m[3]! + replacement };
  }
  return { start, end, text: replacement };
}

/**
 * Where sentences end in a masked block, computed once per block (the last block's index is
 * kept): every call below is then a binary search, so a block with 200,000 "ASAP"s and no full
 * stop costs no more than one with 200.
 */
interface SentenceIndex {
  masked: string;
  /** Sentence-ending events in order: a run of `.!?` (or a blank line) covering `[from, to]`, ending the sentence at `end`. */
  events: { from: number; to: number; end: number; punctFrom: number }[];
  /** Positions of `.`, `!` or `?` followed by whitespace (or the end), in order. */
  stops: number[];
}
let lastIndex: SentenceIndex | undefined;

function sentenceIndex(masked: string): SentenceIndex {
  if (lastIndex && lastIndex.masked === masked) return lastIndex;
  const events: SentenceIndex['events'] = [];
  const stops: number[] = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i]!;
    if (c === '.' || c === '!' || c === '?') {
      let j = i;
      while (j + 1 < masked.length && /[.!?]/.test(masked[j + 1]!)) j++;
      for (let k = i; k <= j; k++) if (/\s/.test(masked[k + 1] ?? ' ')) stops.push(k);
      const next = masked[j + 1];
      if (next === undefined || /\s/.test(next) || next === '"' || next === '”' || next === ')') events.push({ from: i, to: j, end: j + 1, punctFrom: i });
      i = j;
      continue;
    }
    if (c === '\n' && i + 1 < masked.length && masked[i + 1] === '\n') events.push({ from: i, to: i, end: i, punctFrom: i });
  }
  lastIndex = { masked, events, stops };
  return lastIndex;
}

/**
 * How far the sentence helpers read from an offset. Longer "sentences" are not prose (a list
 * of words with no full stop, a pasted log line).
 */
export const MAX_SENTENCE = 1000;

/**
 * End offset of the sentence containing `offset` inside a masked block (exclusive, after its
 * punctuation). `capped` when no end was found within MAX_SENTENCE characters: then `end` is
 * the last word boundary before that limit.
 */
export function sentenceEnd(masked: string, base: number, offset: number): { end: number; punct: string; capped?: boolean } {
  const from = offset - base;
  const limit = Math.min(masked.length, from + MAX_SENTENCE);
  const { events } = sentenceIndex(masked);
  // The first event that reading forward from `from` reaches: the first one ending at or after it.
  const ev = events[firstIndex(events, (e) => e.to < from)];
  if (ev && Math.max(from, ev.from) < limit) {
    // Read from inside a run of "?!", the punctuation starts where the reading did.
    const p = Math.max(from, ev.punctFrom);
    return { end: base + ev.end, punct: ev.end > p ? masked.slice(p, ev.end) : '' };
  }
  if (limit < masked.length) {
    let e = limit;
    while (e > from && !/\s/.test(masked[e - 1]!)) e--;
    while (e > from && /\s/.test(masked[e - 1]!)) e--;
    return { end: base + (e > from ? e : limit), punct: '', capped: true };
  }
  let e = masked.length;
  while (e > 0 && /\s/.test(masked[e - 1]!)) e--;
  return { end: base + e, punct: '' };
}

/**
 * The sentence right before the one starting at `start` in the same block (offsets into the
 * document), or undefined when that sentence opens the block. Whitespace, and markup blanked in
 * `masked`, between the two is skipped.
 */
export function sentenceBefore(masked: string, base: number, start: number): { start: number; end: number } | undefined {
  let end = start;
  while (end > base && /\s/.test(masked[end - base - 1]!)) end--;
  return end > base ? { start: sentenceStart(masked, base, end - 1), end } : undefined;
}

/** Start offset of the sentence containing `offset` (read back at most MAX_SENTENCE characters). */
export function sentenceStart(masked: string, base: number, offset: number): number {
  const from = offset - base;
  const bound = Math.max(0, from - MAX_SENTENCE);
  const { stops } = sentenceIndex(masked);
  // The last full stop before `from`.
  const before = firstIndex(stops, (s) => s <= from - 1);
  const stop = before > 0 ? stops[before - 1]! : -1;
  if (stop >= bound) {
    let j = stop + 1;
    while (j < masked.length && /\s/.test(masked[j]!)) j++;
    return base + j;
  }
  let j = bound;
  if (bound > 0) {
    // Capped: start at the first word boundary after the limit, not in the middle of a word.
    while (j < from && !/\s/.test(masked[j]!)) j++;
    while (j < from && /\s/.test(masked[j]!)) j++;
    return base + j;
  }
  while (j < masked.length && /\s/.test(masked[j]!)) j++;
  return base + j;
}
