/**
 * Phrase matching without regular expressions: phrases are word sequences, matched on the
 * tokens of a prose block. Matching is linear in the number of tokens times the few phrases
 * that share a first word, so no phrase list (built-in or from a team's config) can hang it.
 */
import { tokenize, type Token } from './tokens.js';

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'couple', 'dozen',
]);

/** `{num}` in a phrase matches a number, an ordinal or a number word ("2", "22nd", "two", "dozen"). */
function tokenMatches(pattern: string, token: string): boolean {
  if (pattern === '{num}') return /^\d+(?:st|nd|rd|th)?$/.test(token) || NUMBER_WORDS.has(token);
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

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Set when a phrase ends here. The first phrase added wins for duplicates. */
  end?: { data: T; phrase: string; length: number };
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map() });

/**
 * A word trie: matching walks it from each token, so the cost per token is bounded by the
 * longest phrase, whatever the number of phrases (a team list of thousands included).
 */
export class PhraseMatcher<T> {
  private readonly root = newNode<T>();
  private count = 0;

  constructor(specs: Iterable<{ phrase: string; data: T }>) {
    for (const { phrase, data } of specs) {
      const words = phrase.includes('{num}')
        ? phrase.split(/\s+/).flatMap((w) => (w === '{num}' ? [w] : tokenize(w, 0).map((t) => t.norm)))
        : tokenize(phrase, 0).map((t) => t.norm);
      if (!words.length) continue;
      let node = this.root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = newNode<T>()));
        node = child;
      }
      if (!node.end) {
        node.end = { data, phrase, length: words.length };
        this.count++;
      }
    }
  }

  get size(): number {
    return this.count;
  }

  /** Non-overlapping matches, the longest phrase at each position, left to right. */
  match(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (!this.count) return out;
    for (let i = 0; i < tokens.length; i++) {
      const best = this.longestAt(tokens, i, this.root, 0);
      if (best) {
        const last = i + best.length - 1;
        out.push({ start: tokens[i]!.start, end: tokens[last]!.end, first: i, last, data: best.data, phrase: best.phrase });
        i = last;
      }
    }
    return out;
  }

  private longestAt(tokens: Token[], i: number, node: TrieNode<T>, depth: number): TrieNode<T>['end'] {
    if (i >= tokens.length) return undefined;
    const tok = tokens[i]!;
    if (depth > 0 && !tok.joined) return undefined;
    let best: TrieNode<T>['end'];
    for (const child of [node.next.get(tok.norm), tokenMatches('{num}', tok.norm) ? node.next.get('{num}') : undefined]) {
      if (!child) continue;
      const deeper = this.longestAt(tokens, i + 1, child, depth + 1) ?? child.end;
      if (deeper && (!best || deeper.length > best.length)) best = deeper;
    }
    return best;
  }
}
