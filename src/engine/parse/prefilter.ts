/**
 * Which pieces of a document must be parsed (see ARCHITECTURE.md, "Partial parses").
 *
 * Most of a document can never produce a diagnostic: phrasing rules report only inside prose
 * blocks that contain one of their phrases, and section rules read only headings. So a piece
 * (the text between two safe cuts, see chunks.ts) is parsed only when it may hold:
 * - a heading (an ATX line, or a line underlined with `=` or `-`);
 * - a `speclint-` directive;
 * - every word of at least one trigger phrase (as whole words, in any order).
 * Everything else is left out of the tree. The test is conservative on purpose: it reads the
 * raw text, so markup can only make it say "parse" more often, never less.
 */
import { tokenize, BARE_CONTRACTIONS } from '../language/tokens.js';

/**
 * A heading line, a line that may underline a setext heading, or an inline directive. Only lines
 * are tried (a pattern that also tested the line above at every character cost twice as much);
 * `structure` checks the line above an underline.
 */
const STRUCTURE = /^[ \t]{0,3}(?:#{1,6}(?:[ \t]|\r?$)|(?:=+|-+)[ \t]*\r?$)|speclint-/gm;

/** True when `piece` holds a heading line, a setext underline below a non-blank line, or a directive. */
function structure(piece: string): boolean {
  STRUCTURE.lastIndex = 0;
  for (let m = STRUCTURE.exec(piece); m; m = STRUCTURE.exec(piece)) {
    const c = m[0].trimStart()[0];
    if (c !== '=' && c !== '-') return true;
    // An underline counts below a line that ends in a non-space (before spaces, tabs and a CR).
    let i = m.index - 1;
    if (piece[i] !== '\n') continue;
    i--;
    if (piece[i] === '\r') i--;
    while (i >= 0 && (piece[i] === ' ' || piece[i] === '\t')) i--;
    if (i >= 0 && /\S/.test(piece[i]!)) return true;
  }
  return false;
}
/** Letters and digits: the atoms a phrase's words are made of (apostrophes and hyphens split them). */
const ATOM = /[\p{L}\p{N}]+/gu;
/** Words too common to say anything about a piece: never used as a phrase's anchor if it has another word. */
const COMMON = new Set(
  'a an the to be is it its of in on by for we you i can should do does have has need needs all my this that and or not no as with at so our your they them he she'.split(' '),
);

/** "can't" → "cant": the word as typed without its apostrophe, which the tokenizer reads as the contraction. */
const TYPED_BARE = new Map(Object.entries(BARE_CONTRACTIONS).map(([bare, full]) => [full, bare]));
const split = (w: string) => w.replace(/ς/g, 'σ').match(ATOM) ?? [];
/**
 * The atoms of a phrase, normalised like the tokens it is matched against (lower case, one sigma);
 * for a phrase with a contraction, also its atoms as typed without apostrophes ("shouldnt be hard").
 */
function atomLists(phrase: string): string[][] {
  const words = tokenize(phrase.replace(/\{num\}/g, ' '), 0).map((t) => t.norm);
  const lists = [words.flatMap(split)];
  if (words.some((w) => TYPED_BARE.has(w))) lists.push(words.flatMap((w) => TYPED_BARE.get(w) ?? split(w)));
  return lists;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** Whether the code point at `i` is a letter or digit (ASCII answered without a regex). */
function wordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c !== c) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(s.slice(i, i + 2));
}

/** Whether the code point that ends just before `i` is a letter or digit. */
function wordBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
  return LETTER_OR_DIGIT.test(s.slice(pair ? i - 2 : i - 1, i));
}

/** Whether `atom` occurs in `s` as a whole atom: not part of a longer run of letters and digits (as ATOM splits text). */
function hasAtom(s: string, atom: string): boolean {
  for (let i = s.indexOf(atom); i !== -1; i = s.indexOf(atom, i + 1)) {
    if (!wordBefore(s, i) && !wordAt(s, i + atom.length)) return true;
  }
  return false;
}

export class Prefilter {
  /** Phrases by their anchor (their least common atom), each as the list of all its atoms. */
  private readonly byAnchor = new Map<string, string[][]>();
  /** A phrase with no letters or digits ("{num}" alone) could match anywhere: parse everything. */
  private always = false;
  /** Any anchor as a whole atom (one regular expression is much faster than a lookup per word). */
  private readonly anchorRe: RegExp;

  constructor(phrases: Iterable<string>) {
    const seen = new Set<string>();
    for (const p of phrases) for (const found of atomLists(p)) {
      const atoms = [...new Set(found)];
      const key = atoms.slice().sort().join(' ');
      if (!atoms.length) this.always = true;
      if (!atoms.length || seen.has(key)) continue;
      seen.add(key);
      const rare = atoms.filter((a) => !COMMON.has(a));
      const anchor = (rare.length ? rare : atoms).reduce((a, b) => (b.length > a.length ? b : a));
      const list = this.byAnchor.get(anchor);
      if (list) list.push(atoms);
      else this.byAnchor.set(anchor, [atoms]);
    }
    const alternatives = [...this.byAnchor.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&'));
    this.anchorRe = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : /(?!)/gu;
  }

  /** True when `text.slice(start, end)` may hold a heading, a directive or a trigger phrase. */
  readonly needs = (text: string, start: number, end: number): boolean => {
    if (this.always) return true;
    const piece = text.slice(start, end);
    if (structure(piece)) return true;
    if (!this.byAnchor.size) return false;
    let low = piece.toLowerCase();
    if (low.includes('ς')) low = low.replace(/ς/g, 'σ');
    const re = this.anchorRe;
    re.lastIndex = 0;
    let m = re.exec(low);
    if (!m) return false;
    // Each anchor found is tried once; the other atoms of its phrases are looked up as whole
    // atoms, each at most once per piece (most phrases are one word: the anchor decides).
    const tried = new Set<string>();
    let atoms: Map<string, boolean> | undefined;
    const has = (x: string) => {
      atoms ??= new Map();
      let v = atoms.get(x);
      if (v === undefined) atoms.set(x, (v = hasAtom(low, x)));
      return v;
    };
    for (; m; m = re.exec(low)) {
      const a = m[0];
      if (tried.has(a)) continue;
      tried.add(a);
      for (const phrase of this.byAnchor.get(a)!) if (phrase.every((x) => x === a || has(x))) return true;
    }
    return false;
  };
}
