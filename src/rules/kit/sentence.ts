/**
 * The sentence around a phrase hit, read as words: what comes before and after the hit,
 * who the sentence is about, whether it is the author's own voice. Phrasing rules decide
 * from this, not from the trigger word alone.
 */
import type { ProseBlock, SpecDocument, Token } from '../../engine/document/document.js';
import { firstIndex } from '../../engine/search.js';
import { sentenceBefore, sentenceEnd, sentenceStart } from '../../engine/fix/fix-helpers.js';
import { FIRST_SINGULAR, WORK_VERBS } from './words.js';

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
  /** The masked text of the sentence before the hit's first word. */
  lead: string;
  /** The words of the sentence after this one in the same block ([] when none). */
  next: string[];
  /** Punctuation closes the clause right after the hit ("should be easy, it is…"). */
  clauseEnds: boolean;
  /**
   * The sentence holds inline code ("Simply pass a stream to \`eos\`"): technical directions to a
   * reader, who does the work themselves, rather than work asked of engineering.
   */
  hasCode: boolean;
}

/** The sentence holding tokens `first..last` of `block` (`text`: the document, to see its inline code). */
export function sentenceOf(block: ProseBlock, first: number, last: number, text?: string): Sentence {
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
    lead: block.masked.slice(start - block.start, tokens[first]!.start - block.start),
    next: tokens.slice(b, c).map((t: Token) => t.norm),
    clauseEnds: /^\s*[,.;:!?)—–]/.test(block.masked.slice(tokens[last]!.end - block.start)),
    hasCode: text !== undefined && /`[^`\n]+`/.test(text.slice(start, end)),
  };
}

/** The masked text of the sentence before the one starting at `start` in `block`, or undefined when none. */
export function sentenceTextBefore(block: ProseBlock, start: number): string | undefined {
  const prev = sentenceBefore(block.masked, block.start, start);
  return prev && block.masked.slice(prev.start - block.start, prev.end - block.start);
}

/** The word `k` places from the hit (negative: before its first word, positive: after its last). */
export function wordAt(s: Sentence, k: number): string | undefined {
  return k < 0 ? s.words[s.first + k] : s.words[s.last + k];
}

/** The (up to) `n` words just before the hit, nearest last. */
export function wordsBefore(s: Sentence, n: number): string[] {
  return s.words.slice(Math.max(0, s.first - n), s.first);
}

/** True when the words `seq` occur in order, adjacent, anywhere in `words`. */
export function hasSeq(words: readonly string[], seq: readonly string[]): boolean {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let k = 0; k < seq.length; k++) if (words[i + k] !== seq[k]) continue outer;
    return true;
  }
  return false;
}

/** The sentence opens with a capital letter, past any masked markup: a name ("Katie to create…", "JP will…"). */
export const opensCapitalised = (s: Sentence) => /^[\s\uFFFC]*\p{Lu}/u.test(s.masked);

/** A word that denies what follows: "not", "never", "hardly", "no", or any "n't" contraction. */
export const denies = (w: string) => w === 'not' || w === 'never' || w === 'hardly' || w === 'no' || w.endsWith("n't");

/** Verbs of opinion a denial can move onto: "I don't think it's urgent", "I don't feel this would be too difficult". */
const OPINION = new Set(['think', 'feel', 'believe', 'expect', 'imagine', 'suppose', 'reckon', 'consider', 'find']);
/** Index in `words` of a denied opinion ("don't think", "do not feel"), or -1. */
export function deniedOpinionAt(words: readonly string[]): number {
  return words.findIndex((w, j) => (w === "don't" || w === 'dont' || (w === 'not' && words[j - 1] === 'do')) && OPINION.has(words[j + 1] ?? ''));
}

/** The hit lies inside quotation marks in its block: "…", “…” or ‘…’ quoted speech. */
export function insideQuotes(block: ProseBlock, offset: number): boolean {
  const before = block.masked.slice(0, Math.max(0, offset - block.start));
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && block.masked.indexOf('"', before.length) !== -1) return true;
  // A paragraph that opens a quotation and never closes it is quoted to its end (a quotation running on, as
  // "\"We typically look for developer resources but overlook…" does).
  if (straight === 1 && /^\s*"/.test(before)) return true;
  // “…” and the low-high pair „…“ / „…” (German, Polish and other typesetting).
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('„'));
  const close = Math.max(before.lastIndexOf('”'), before.includes('„') ? before.lastIndexOf('“') : -1);
  if (open !== -1 && (before[open] === '„' ? close < open : before.lastIndexOf('”') < open)) return true;
  // ‘…’ only when the opening mark follows a space (a closing ’ is also an apostrophe).
  const sopen = before.search(/(?:^|[\s(])‘[^’]*$/);
  if (sopen !== -1) return true;
  // '…' in straight marks ("a button that says 'Assign Resource'"): the opening mark follows a space and the
  // closing one a letter, with no letter right after it; an apostrophe inside a word ("don't") is neither.
  return straightSingleQuoted(block.masked, offset - block.start);
}

/** `at` lies inside a pair of straight single quotes in `text`. */
function straightSingleQuoted(text: string, at: number): boolean {
  if (!text.includes("'")) return false;
  for (const m of text.matchAll(/(?<=^|[\s(])'(?=[^\s'])(?:[^'\n]|(?<=\p{L})'(?=\p{L}))*?(?<=[^\s'])'(?![\p{L}\p{N}])/gu)) {
    if (m.index! < at && at < m.index! + m[0].length) return true;
  }
  return false;
}

/** Advice about what to say: always talk about wording, quoted or not ("Never tell a developer it should be easy"). */
const ADVICE = [
  ["don't", 'say'], ['do', 'not', 'say'], ['avoid', 'saying'], ['never', 'say'], ['stop', 'saying'], ['instead', 'of', 'saying'],
  ['never', 'tell'], ["don't", 'tell'], ['do', 'not', 'tell'], ['stop', 'telling'], ['avoid', 'telling'],
  // "Tip: Don't just put ASAP!", "don't write 'urgent'": advice on what to write.
  ["don't", 'put'], ["don't", 'just', 'put'], ["don't", 'write'], ["don't", 'just', 'write'], ["don't", 'just', 'say'], ['never', 'write'], ['avoid', 'writing'],
];
/** Words that introduce examples of wording: talk about wording only when the example is marked (quotes, emphasis). */
const GUIDANCE = [['words', 'like'], ['phrases', 'like'], ['avoid', 'words'], ['avoid', 'phrases'], ['such', 'as']];
const LISTED = [['terms', 'like'], ['words', 'like'], ['phrases', 'like'], ['terms', 'such', 'as'], ['words', 'such', 'as']];
/** Words named as words: "the words urgent, asap imply a deadline", "the word 'just'". */
const MENTION = [['the', 'words'], ['the', 'word'], ['words', 'such', 'as'], ['terms', 'like'], ['the', 'term']];
const REPORTERS = new Set(['people', 'they', 'users', 'someone', 'customers', 'clients', 'managers', 'pms', 'stakeholders', 'everyone', 'somebody', 'you', 'he', 'she', 'others']);
/** Capitalised words opening "X said…" that name no one person: pronouns, and teams that speak for their work. */
const NOT_PERSON_NAMES = new Set(['i', 'we', 'it', 'this', 'that', 'he', 'she', 'they', 'engineering', 'product', 'design', 'sales', 'marketing', 'legal', 'finance', 'management', 'leadership', 'support', 'ops', 'operations', 'security', 'qa', 'hr', 'research', 'data', 'everyone', 'someone', 'nobody']);
/** One person named by role, reporting with "that": "The client mentioned that…" (not "my boss told me we needed…", told as the author's own account). */
const ROLE_REPORTERS = new Set(['client', 'customer', 'manager', 'boss', 'stakeholder', 'lead', 'pm', 'sponsor', 'owner']);
const REPORTING = new Set(['say', 'said', 'says', 'note', 'noted', 'claim', 'claims', 'claimed', 'imagine', 'imagined', 'assume', 'assumed', 'assumes', 'tell', 'told', 'believe', 'believed', 'asked', 'naively', 'think', 'thought', 'expect', 'expected', 'insist', 'insisted', 'expressed', 'stated', 'mentioned', 'argued', 'felt', 'figured']);
/** A belief opening the sentence: "Believing that it was just a simple addition of pages, he took the job". */
const BELIEVING = new Set(['believing', 'thinking', 'assuming', 'figuring', 'imagining']);

/** Reported speech: "people note that a feature should be easy", "they naively imagine that it is just…". */
export function reported(s: Sentence): boolean {
  // (Not "Figuring out what data to store…": working something out, not a belief.)
  if (BELIEVING.has(s.words[0] ?? '') && s.first > 1 && s.words[1] !== 'out') return true;
  for (let i = 0; i + 1 < s.first; i++) {
    // ("As a paying customer, I expect…": the reporter is the author, speaking in the first person.)
    // (Not an obligation put in the passive: "You are expected to finish by Friday", "they are asked to…".)
    const obliged = ['is', 'are', 'was', 'were'].includes(s.words[i + 1]!) && ['expected', 'asked'].includes(s.words[i + 2] ?? '') && s.words[i + 3] === 'to';
    if (REPORTERS.has(s.words[i]!) && (REPORTING.has(s.words[i + 1]!) || (REPORTING.has(s.words[i + 2] ?? '') && !['i', 'we'].includes(s.words[i + 1]!) && !obliged))) return true;
    if (ROLE_REPORTERS.has(s.words[i]!) && REPORTING.has(s.words[i + 1]!) && s.words[i + 2] === 'that') return true;
  }
  // "Mr. Golf said the schedule needs…": a person named, then what they said.
  // (Not a team: "Engineering said six weeks, so get it down to three" goes on in the author's voice.)
  if (/^[\s\uFFFC]*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+\s+(?:said|says|stated|noted|mentioned|added|explained)\b/u.test(s.masked) && !NOT_PERSON_NAMES.has(s.words[0] ?? '')) return true;
  return false;
}

/** Nouns for a word named as a word, after the hit: "ASAP is a very vague term", "'just' is a filler word". */
const WORD_NOUNS = new Set(['term', 'terms', 'word', 'words', 'phrase', 'phrases', 'acronym', 'abbreviation', 'expression']);
/** The sentence talks about wording ("don't say 'just'") rather than using it. */
export function aboutWording(s: Sentence): boolean {
  // The hit opens the sentence and is called a word: "ASAP is a very vague term".
  if (s.first === 0 && ['is', 'means', 'was'].includes(s.words[s.last + 1] ?? '') && s.words.slice(s.last + 2, s.last + 6).some((w) => WORD_NOUNS.has(w))) return true;
  // A list of words named ("Avoid gendered terms like *chairman* (use *chair*) or *manpower*…"): "terms like" may
  // stand further back, with the emphasis that marks each word masked away.
  if (LISTED.some((g) => hasSeq(wordsBefore(s, 10), g)) && /\)\s*(?:,|or|and)\s/.test(s.lead)) return true;
  return ADVICE.some((g) => hasSeq(s.words, g)) || MENTION.some((g) => hasSeq(wordsBefore(s, 4), g)) || (GUIDANCE.some((g) => hasSeq(s.words, g)) && /["“‘'*_]/.test(s.masked));
}

/** After "I'll", "I can": words that are not the work itself ("I'll explain", "I can pay"). */
const NOT_OWN_WORK = new Set([
  'think', 'guess', 'assume', 'imagine', 'say', 'need', 'explain', 'show', 'describe', 'clarify', 'elaborate', 'answer', 'pay',
  'tell', 'see', 'understand', 'wait', 'sorry', 'afraid', 'sure', 'surprised', 'confused', 'curious', 'wondering', 'asking',
  'not', 'told', 'seen', 'heard', 'thinking', 'guessing', 'assuming', 'hoping', 'looking', 'seeking', 'interested', 'after',
  'glad', 'pleased', 'grateful', 'thankful', 'disappointed', 'frustrated', 'annoyed', 'tired',
]);
/** Past tenses of having been at the work ("I downloaded the code and…", "I tested it"). */
const DID_WORK = new Set([
  'implemented', 'added', 'opened', 'submitted', 'tried', 'started', 'looked', 'checked', 'investigated', 'fixed',
  'downloaded', 'tested', 'compiled', 'cloned', 'forked', 'debugged', 'profiled', 'prototyped', 'patched', 'changed',
  'modified', 'updated', 'pushed', 'rebased', 'refactored', 'created', 'coded', 'hacked', 'worked', 'experimented',
  'benchmarked', 'measured', 'reproduced', 'traced', 'dug', 'played',
  // "I chose this fix because it's easy": the author picked the work they did.
  'chose', 'picked', 'opted',
]);

const REPORT_VERBS = new Set(['filed', 'reported', 'raised', 'logged', 'opened', 'submitted', 'file', 'report', 'raise', 'log', 'open', 'submit']);
const REPORTS = new Set(['bug', 'issue', 'ticket', 'report', 'request']);
/** "filed the bug myself", "opened an issue myself": `words[i]` ends a clause about reporting the work. */
function reportedIt(words: readonly string[], i: number): boolean {
  const before = words.slice(Math.max(0, i - 4), i);
  return before.some((w) => REPORT_VERBS.has(w)) && before.some((w) => REPORTS.has(w));
}

/**
 * A time guessed in a reply with no subject ("Shouldn't take more than 30 minutes.", "Yes, shouldn't take
 * much time"): the writer's own estimate, as readers took every such sentence of the labelled corpus. Not
 * when it presses the time on someone ("…, right?", "tops", "surely", "you").
 */
export function ownEstimateReply(s: Sentence, phrase: string): boolean {
  if (!/^(?:shouldn'?t|should not|won'?t|will not|wouldn'?t|would not) take\b/i.test(phrase.replace(/’/g, "'"))) return false;
  const before = s.words.slice(0, s.first);
  if (!before.every((w) => REPLY_OPENERS.has(w))) return false;
  return !s.words.some((w) => w === 'right' || w === 'tops' || w === 'surely' || w === 'you' || w === 'your');
}
const REPLY_OPENERS = new Set(['yes', 'yeah', 'yep', 'ok', 'okay', 'sure', 'well', 'and', 'but', 'so', 'hopefully', 'probably']);

/**
 * The author offers to do the work themselves ("I think this is easy to fix; I'll send a
 * PR"): calling one's own work easy is a plan, not pressure on someone else.
 */
/** Where work is planned: "added it to the board", "moved it to the next milestone". */
const PLANS = new Set(['board', 'milestone', 'backlog', 'sprint', 'roadmap', 'column', 'queue', 'iteration', 'cycle']);
export function offersOwnWork(s: Sentence): boolean {
  // "Merging with 1 approval since this is a trivial change": the author's own action, as a gerund.
  if (['merging', 'landing', 'approving', 'closing', 'reverting', 'releasing', 'pushing', 'shipping'].includes(s.words[0] ?? '') && s.first > 1) return true;
  for (const words of [s.words, s.next]) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const n = words[i + 1];
      if (w === "i'll" || w === "i'd" || w === "i'm" || w === "i've") {
        // ("I'm so glad that…": a feeling, one degree word in.)
        const m = ['so', 'very', 'really', 'quite', 'pretty'].includes(n ?? '') ? words[i + 2] : n;
        if (m && !NOT_OWN_WORK.has(m)) return true;
      }
      if (w === 'i' && n && ['will', 'can', 'could', 'would'].includes(n)) {
        // "I would like to hire someone to…", "I would like a simple app": wanting it built by others.
        if (['like', 'love'].includes(words[i + 2] ?? '') && (words[i + 3] !== 'to' || ['hire', 'have', 'get', 'see', 'request', 'ask', 'find', 'suggest', 'propose', 'know'].includes(words[i + 4] ?? ''))) continue;
        // "I will send out a patch shortly": sending the work itself is doing it.
        if (['send', 'post', 'submit', 'push'].includes(words[i + 2] ?? '') && words.slice(i + 3, i + 7).some((x) => ['patch', 'pr', 'fix', 'commit', 'pull'].includes(x))) return true;
        // "I can explain more": offering words, not the work.
        if (!['explain', 'show', 'describe', 'clarify', 'elaborate', 'answer', 'pay', 'tell', 'send', 'appreciate', 'agree', 'understand', 'see', 'imagine', 'guess', 'assure'].includes(words[i + 2] ?? '')) return true;
      } else if (w === 'i' && (n === 'am' || n === 'was') && NOT_OWN_WORK.has(words[i + 2] ?? '')) {
        // "I am thinking 2 to 3 hours tops": an opinion, not the author at work.
      } else if (w === 'i' && (n === 'want' || n === 'plan') && (words[i + 2] !== 'to' || NOT_OWN_WORK.has(words[i + 3] ?? ''))) {
        // "the feature I want", "I want to know": wanting something built is not doing it ("I want to fix it" is).
      } else if (w === 'i' && n === 'took' && words[i + 2] === 'a') {
        // "I took a close look at this work": looking at the work is not doing it.
      } else if (w === 'i' && n && ['am', 'have', "haven't", 'already', 'made', 'wrote', 'did', 'plan', 'want', 'built', 'gave', 'took', 'ran', 'found', 'began', 'got', 'put', 'set', 'hit'].includes(n)) return true;
      // "I added it to the 7.0.15 board since this should be pretty quick": the work put on a plan, not done.
      else if (w === 'i' && (n === 'added' || n === 'moved' || n === 'put') && words.slice(i + 4, i + 10).some((x) => PLANS.has(x)) && ['it', 'this', 'that'].includes(words[i + 2] ?? '') && words[i + 3] === 'to') continue;
      // "I downloaded the code and…", "I tested it": the author has been at the work already.
      else if (w === 'i' && n && DID_WORK.has(n)) return true;
      // "should take me a few moments": the author's own estimate of their own work.
      if ((w === 'take' || w === 'takes') && n === 'me') return true;
      // Not "I filed the bug myself": reporting the work is not doing it.
      if ((w === 'themselves' || w === 'ourselves' || w === 'myself' || w === 'yourself') && !reportedIt(words, i)) return true;
      if (w === 'happy' && n === 'to') return true;
      // "I cannot promise a time frame…", "we promise to…": only the one doing the work promises it.
      if ((w === 'i' || w === 'we') && (n === 'promise' || (['cannot', "can't", 'can', "won't"].includes(n ?? '') && words[i + 2] === 'promise'))) return true;
      // "I think we can do it soon": the author's team takes the work on.
      if (w === 'think' && words[i + 1] === 'we' && ['can', 'will', 'could'].includes(words[i + 2] ?? '')) return true;
      if (w === 'willing' && n === 'to') return true;
      // "because we already pause the video in most loading methods": the author's team runs the code in question.
      if (w === 'we' && n === 'already' && words[i + 2] && !['have', 'had', 'asked', 'requested', 'told', 'know', 'knew'].includes(words[i + 2]!)) return true;
      // "let me fix it", not "let me know" or "just let me keep it where I want it".
      if (w === 'let' && n === 'me' && (WORK_VERBS.has(words[i + 2] ?? '') || ['try', 'look', 'send', 'open', 'submit', 'check'].includes(words[i + 2] ?? ''))) return true;
      if ((w === 'my' || w === 'this') && (n === 'pr' || n === 'patch' || n === 'commit')) return true;
      // "It only takes a few lines of code to parse remotes on our end": the work is the author's side's.
      if (w === 'on' && (n === 'our' || n === 'my') && ['end', 'side'].includes(words[i + 2] ?? '')) return true;
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
  // The author asks and answers at once: "Why not just use a normal dropdown? Because it needs to do 20 things."
  if (s.next[0] === 'because') return true;
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
/** Who speaks a line of dialogue: a role, or initials ("Client:", "Managers:", "KWY:"). Labels such as "Note:" or "Goal:" are not speakers. */
const SPEAKERS = new Set([
  'client', 'customer', 'manager', 'director', 'boss', 'friend', 'father', 'mother', 'dad', 'mom', 'wife', 'husband',
  'dev', 'developer', 'engineer', 'programmer', 'designer', 'pm', 'po', 'product', 'sales', 'ceo', 'cto', 'cfo', 'vp',
  'stakeholder', 'me', 'him', 'her', 'interviewer', 'recruiter', 'exec', 'executive', 'marketing',
  'lady', 'woman', 'man', 'guy', 'caller', 'colleague', 'coworker', 'co-worker', 'teammate', 'founder', 'investor', 'contractor', 'freelancer',
]);
/** Words that label a line rather than name who speaks it ("Note:", "Goal:", "Deadline:"). */
const LABELS = new Set([
  'note', 'notes', 'update', 'updates', 'edit', 'todo', 'tip', 'tips', 'hint', 'warning', 'important', 'reminder', 'example', 'examples',
  'goal', 'goals', 'problem', 'solution', 'question', 'answer', 'context', 'background', 'summary', 'status', 'result', 'results',
  'decision', 'outcome', 'action', 'actions', 'next', 'proposal', 'fix', 'bug', 'feature', 'task', 'idea', 'suggestion', 'request',
  'ask', 'why', 'what', 'how', 'when', 'where', 'who', 'impact', 'reason', 'priority', 'deadline', 'timeline', 'scope', 'description',
  'steps', 'expected', 'actual', 'workaround', 'pros', 'cons', 'option', 'requirement', 'requirements', 'conclusion', 'resolution',
  'error', 'subject', 'title', 'also', 'then', 'given', 'and', 'but', 'so', 'urgent', 'deliverables', 'risk', 'risks', 'issue',
  'issues', 'comment', 'comments', 'feedback', 'response', 'reply', 'agenda', 'topic', 'discussion', 'nit', 'nb', 'ps', 'tldr',
  'estimate', 'effort', 'owner', 'assignee', 'date', 'time', 'cost', 'budget', 'dependencies', 'blockers', 'blocker', 'done', 'pending',
  'unhelpful', 'helpful', 'bad', 'good', 'better', 'best', 'wrong', 'right', 'do', "don't", 'avoid', 'instead', 'before', 'after',
  'now', 'today', 'tomorrow', 'yesterday', 'first', 'second', 'third', 'finally', 'step', 'phase', 'stage', 'frontpage', 'small',
  'medium', 'large', 'high', 'low', 'critical', 'casualties', 'takeaway', 'takeaways', 'lesson', 'lessons', 'learning', 'learnings',
  'responsibility', 'responsibilities', 'questions', 'answers', 'notice', 'caveat', 'caveats', 'assumption', 'assumptions',
  // Teams a line is addressed to, in a brief's list of asks ("Engineering: just add a toggle"), not speakers.
  'engineering', 'design', 'backend', 'frontend', 'infra', 'infrastructure', 'platform', 'team', 'everyone', 'all', 'eng', 'ops', 'support',
]);
/** Endings of abstract nouns, which no first name or surname has: a line led by one is labelled, not spoken. */
const ABSTRACT_NOUN = /(?:[ts]ion|ment|ness|ity|ology|ism)s?$/;
const NOT_SPEAKERS = new Set(['FYI', 'ETA', 'TBD', 'PS', 'NB', 'TL', 'DR', 'TODO', 'EOD', 'EOB', 'ASAP', 'MVP', 'KPI', 'OKR', 'QA', 'UX', 'UI', 'API']);

/**
 * The hit sits in a line of dialogue: "Client: It's a simple project", "– But you can do it
 * in 50, no?". A script of who said what reports someone else's words, as quotes do.
 */
export function spokenLine(block: ProseBlock, offset: number): boolean {
  const rel = Math.max(0, offset - block.start);
  const line = block.masked.slice(block.masked.lastIndexOf('\n', rel - 1) + 1, rel);
  if (/^\s*[–—]\s/.test(line)) return true;
  // A named person with a role or an affiliation in brackets, as minutes and transcripts write them:
  // "Gaurav Bhattacharya (Unlicensed): …", "Jane Doe (PM): …".
  if (/^\s*[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2}\s*\([^()\n]{1,40}\)\s*:\s/u.test(line)) return true;
  // ("Business user: …", "Project manager: …", "Business Client Director: …": a speaker named in up to three words.)
  const m = /^\s*(?:[A-Za-z]+\s+){0,2}([A-Za-z]+)\s*:\s/.exec(line);
  if (!m) return false;
  const who = m[1]!;
  if (/\s/.test(m[0].trim()) && ['user', 'owner', 'lead'].includes(who.toLowerCase())) return true;
  if (/^[A-Z]{2,3}$/.test(who)) return !NOT_SPEAKERS.has(who);
  const w = who.toLowerCase();
  if (SPEAKERS.has(w) || (w.endsWith('s') && SPEAKERS.has(w.slice(0, -1)))) return true;
  // A person's name alone, as minutes write who said what ("Wolf: why not just post…"): capitalised, not a label,
  // and not an abstract noun, which names a label however it is spelt ("Explanation:", "Requirement:", "Awareness:").
  return m[0].trim().split(/\s+/).length === 1 && /^[A-Z][a-z]+$/.test(who) && !LABELS.has(w) && !ABSTRACT_NOUN.test(w);
}

export function authorsVoice(doc: SpecDocument, block: ProseBlock, s: Sentence, offset: number): boolean {
  return !insideQuotes(block, offset) && !spokenLine(block, offset) && !aboutWording(s) && !reported(s) && !faqQuestion(doc, block, s);
}
