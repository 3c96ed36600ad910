/**
 * The sentence around a phrase hit, read as words: what comes before and after the hit,
 * who the sentence is about, whether it is the author's own voice. Phrasing rules decide
 * from this, not from the trigger word alone.
 */
import type { ProseBlock, SpecDocument, Token } from '../../engine/document.js';
import { firstIndex } from '../../engine/search.js';
import { sentenceEnd, sentenceStart } from '../../engine/fix-helpers.js';
import { FIRST_SINGULAR } from './words.js';

export interface Sentence {
  start: number;
  end: number;
  /** Lower-cased words of the sentence (straight apostrophes). */
  words: string[];
  /** Index in `words` of the hit's first and last word. */
  first: number;
  last: number;
  /** The masked text of the sentence (markup and code blanked). */
  masked: string;
  /** The words of the sentence after this one in the same block ([] when none). */
  next: string[];
  /** Punctuation closes the clause right after the hit ("should be easy, it is…"). */
  clauseEnds: boolean;
}

/** The sentence holding tokens `first..last` of `block`. */
export function sentenceOf(block: ProseBlock, first: number, last: number): Sentence {
  const tokens = block.tokens;
  const start = sentenceStart(block.masked, block.start, tokens[first]!.start);
  const end = sentenceEnd(block.masked, block.start, tokens[last]!.end).end;
  const a = firstIndex(tokens, (t) => t.start < start);
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= end) b++;
  const words = tokens.slice(a, b).map((t) => t.norm);
  const nextEnd = end < block.end ? sentenceEnd(block.masked, block.start, Math.min(block.end, end + 1)).end : end;
  let c = b;
  while (c < tokens.length && tokens[c]!.end <= nextEnd) c++;
  return {
    start,
    end,
    words,
    first: first - a,
    last: last - a,
    masked: block.masked.slice(start - block.start, end - block.start),
    next: tokens.slice(b, c).map((t: Token) => t.norm),
    clauseEnds: /^\s*[,.;:!?)—–]/.test(block.masked.slice(tokens[last]!.end - block.start)),
  };
}

/** The word `k` places from the hit (negative: before its first word, positive: after its last). */
export function wordAt(s: Sentence, k: number): string | undefined {
  return k < 0 ? s.words[s.first + k] : s.words[s.last + k];
}

/** True when the words `seq` occur in order, adjacent, anywhere in `words`. */
export function hasSeq(words: readonly string[], seq: readonly string[]): boolean {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let k = 0; k < seq.length; k++) if (words[i + k] !== seq[k]) continue outer;
    return true;
  }
  return false;
}

/** The hit lies inside quotation marks in its block: "…", “…” or ‘…’ quoted speech. */
export function insideQuotes(block: ProseBlock, offset: number): boolean {
  const before = block.masked.slice(0, Math.max(0, offset - block.start));
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && block.masked.indexOf('"', before.length) !== -1) return true;
  const open = before.lastIndexOf('“');
  if (open !== -1 && before.lastIndexOf('”') < open) return true;
  // ‘…’ only when the opening mark follows a space (a closing ’ is also an apostrophe).
  const sopen = before.search(/(?:^|[\s(])‘[^’]*$/);
  return sopen !== -1;
}

const GUIDANCE = [
  ["don't", 'say'], ['do', 'not', 'say'], ['avoid', 'saying'], ['never', 'say'], ['stop', 'saying'], ['instead', 'of', 'saying'],
  ['words', 'like'], ['phrases', 'like'], ['avoid', 'words'], ['avoid', 'phrases'], ['such', 'as'], ['never', 'tell'],
  ["don't", 'tell'], ['do', 'not', 'tell'],
];
const REPORTERS = new Set(['people', 'they', 'users', 'someone', 'customers', 'clients', 'managers', 'pms', 'stakeholders', 'everyone', 'somebody', 'you', 'he', 'she', 'others']);
const REPORTING = new Set(['say', 'said', 'says', 'note', 'noted', 'claim', 'claims', 'claimed', 'imagine', 'imagined', 'assume', 'assumed', 'assumes', 'tell', 'told', 'believe', 'believed', 'asked', 'naively', 'think', 'thought', 'expect', 'expected', 'insist', 'insisted']);

/** Reported speech: "people note that a feature should be easy", "they naively imagine that it is just…". */
export function reported(s: Sentence): boolean {
  for (let i = 0; i + 1 < s.first; i++) if (REPORTERS.has(s.words[i]!) && (REPORTING.has(s.words[i + 1]!) || REPORTING.has(s.words[i + 2] ?? ''))) return true;
  return false;
}

/** The sentence talks about wording ("don't say 'just'") rather than using it. */
export function aboutWording(s: Sentence): boolean {
  return GUIDANCE.some((g) => hasSeq(s.words, g)) && /["“‘'*_]/.test(s.masked);
}

/**
 * The author offers to do the work themselves ("I think this is easy to fix; I'll send a
 * PR"): calling one's own work easy is a plan, not pressure on someone else.
 */
export function offersOwnWork(s: Sentence): boolean {
  for (const words of [s.words, s.next]) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const n = words[i + 1];
      if (w === "i'll" || w === "i'd" || w === "i'm" || w === "i've") {
        if (n && n !== 'think' && n !== 'guess' && n !== 'assume' && n !== 'imagine' && n !== 'say' && n !== 'need') return true;
      }
      if (w === 'i' && n && ['will', 'can', 'could', 'would', 'am', 'have', 'already', 'implemented', 'added', 'made', 'opened', 'submitted', 'wrote', 'tried', 'did', 'plan', 'want', 'started', 'looked', 'checked', 'found', 'investigated', 'fixed', 'built'].includes(n)) return true;
      if (w === 'themselves' || w === 'ourselves' || w === 'myself' || w === 'yourself') return true;
      if (w === 'happy' && n === 'to') return true;
      if (w === 'willing' && n === 'to') return true;
      if (w === 'let' && n === 'me') return true;
      if ((w === 'my' || w === 'this') && (n === 'pr' || n === 'patch' || n === 'commit')) return true;
    }
  }
  return false;
}

/** Only the author is the subject right before the hit ("I just need to know"). */
export function selfSubject(s: Sentence): boolean {
  for (let k = 1; k <= 3; k++) {
    const w = wordAt(s, -k);
    if (w === undefined) return false;
    if (FIRST_SINGULAR.has(w)) return true;
    if (!['really', 'also', 'still', 'only', 'do', "don't", 'kind', 'of', 'sort', 'think', 'want', 'wanted', 'to', 'need'].includes(w)) return false;
  }
  return false;
}

/** The block's section is an FAQ and the sentence is a question someone else asks. */
export function faqQuestion(doc: SpecDocument, block: ProseBlock, s: Sentence): boolean {
  if (!/\?\s*$/.test(s.masked) && block.type !== 'heading') return false;
  // The block's section and the sections that hold it (each a lower heading level).
  const parent = sectionParents(doc);
  for (let i = block.section; i >= 0; i = parent[i]!) {
    if (/\b(?:faqs?|frequently asked|objections|q\s*&\s*a)\b/.test(doc.sections[i]!.title.toLowerCase())) return true;
  }
  return false;
}

const parents = new WeakMap<SpecDocument, Int32Array>();
/**
 * For each section, the nearest earlier one of a lower heading level (-1: none), computed once
 * per document: walking back section by section made a document of 100,000 headings quadratic.
 */
function sectionParents(doc: SpecDocument): Int32Array {
  let p = parents.get(doc);
  if (p && p.length === doc.sections.length) return p;
  p = new Int32Array(doc.sections.length);
  const stack: number[] = [];
  for (let i = 0; i < doc.sections.length; i++) {
    const depth = doc.sections[i]!.depth;
    while (stack.length && doc.sections[stack[stack.length - 1]!]!.depth >= depth) stack.pop();
    p[i] = stack.length ? stack[stack.length - 1]! : -1;
    stack.push(i);
  }
  parents.set(doc, p);
  return p;
}

/** The author's own voice: not quoted speech, not talk about wording, not an FAQ objection. */
export function authorsVoice(doc: SpecDocument, block: ProseBlock, s: Sentence, offset: number): boolean {
  return !insideQuotes(block, offset) && !aboutWording(s) && !reported(s) && !faqQuestion(doc, block, s);
}
