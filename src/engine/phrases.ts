/**
 * Phrase matching without regular expressions: phrases are word sequences, matched on the
 * tokens of a prose block. Matching is linear in the number of tokens times the few phrases
 * that share a first word, so no phrase list (built-in or from a team's config) can hang it.
 */
import { tokenize, type ProseBlock, type Token } from './document.js';

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'couple', 'dozen',
]);

/** `{num}` in a phrase matches a number or a number word ("2", "two", "dozen"). */
function tokenMatches(pattern: string, token: string): boolean {
  if (pattern === '{num}') return /^\d+$/.test(token) || NUMBER_WORDS.has(token);
  return pattern === token;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** Index of the first and last matched token in the block. */
  first: number;
  last: number;
  data: T;
  phrase: string;
}

interface Compiled<T> {
  words: string[];
  data: T;
  phrase: string;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();
  private readonly numFirst: Compiled<T>[] = [];

  constructor(specs: Iterable<{ phrase: string; data: T }>) {
    for (const { phrase, data } of specs) {
      const words = phrase.includes('{num}')
        ? phrase.split(/\s+/).flatMap((w) => (w === '{num}' ? [w] : tokenize(w, 0).map((t) => t.norm)))
        : tokenize(phrase, 0).map((t) => t.norm);
      if (!words.length) continue;
      const c = { words, data, phrase };
      if (words[0] === '{num}') this.numFirst.push(c);
      else {
        const list = this.byFirst.get(words[0]!) ?? [];
        list.push(c);
        this.byFirst.set(words[0]!, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.numFirst.sort((a, b) => b.words.length - a.words.length);
  }

  get size(): number {
    let n = this.numFirst.length;
    for (const l of this.byFirst.values()) n += l.length;
    return n;
  }

  /** Non-overlapping matches, longest first at each position. */
  match(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const cands = this.byFirst.get(t.norm);
      let hit: Compiled<T> | undefined;
      for (const list of [cands, this.numFirst.length && tokenMatches('{num}', t.norm) ? this.numFirst : undefined]) {
        if (!list) continue;
        for (const c of list) {
          if (hit && hit.words.length >= c.words.length) break;
          if (this.fits(c.words, tokens, i)) {
            hit = c;
            break;
          }
        }
      }
      if (hit) {
        const last = i + hit.words.length - 1;
        out.push({ start: t.start, end: tokens[last]!.end, first: i, last, data: hit.data, phrase: hit.phrase });
        i = last;
      }
    }
    return out;
  }

  private fits(words: string[], tokens: Token[], i: number): boolean {
    if (i + words.length > tokens.length) return false;
    for (let k = 0; k < words.length; k++) {
      const tok = tokens[i + k]!;
      if (k > 0 && !tok.joined) return false;
      if (!tokenMatches(words[k]!, tok.norm)) return false;
    }
    return true;
  }

  /** True if the block contains any of the phrases. */
  test(block: ProseBlock): boolean {
    return this.match(block.tokens).length > 0;
  }
}
