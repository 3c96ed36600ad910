import {
  phraseRule, phraseOptionsSchema, engineersOwnDesign, asksForWork, sentenceTextBefore, denies, deniedOpinionAt, workVerbBase, hasSeq, wordsBefore, removeWordEdit, opensBlock, removalsSafeTogether, wordAt, offersOwnWork, ownEstimateReply, selfSubject, opensCapitalised,
  DEMAND_PHRASES, WORK_VERBS, ASKED_WORK_VERBS, MAINTAINER_VERBS, BUILD_VERBS, USER_VERBS, WORK_NOUNS, WORK_PARTICIPLES, WORK_SUBJECTS, FIRST_SINGULAR, OTHERS, MODALS, COPULAS,
  type Fix, type ReportDescriptor, type TextEdit, type ProseBlock, type Sentence,
} from '../kit/index.js';

/**
 * How a phrase minimises work, which decides what to read around it:
 * - `adverb`: "just", "simply", "merely" before the work ("you can just add…"); removable.
 * - `manner`: "easily", "quickly", "trivially" describing how the work gets done.
 * - `adjective`: "easy", "simple", "trivial", "straightforward", "quick" said of the work.
 * - `size`: "small change" and the like, asserted of the work ("it's a small change").
 * - `strong`: phrases that only ever minimise ("how hard can it be").
 * - `intensifier`: "obviously", only beside another minimiser in the sentence.
 * - `duration`: "maybe just 3 to 5 hours?", "2 to 3 hours tops": a guess at how long someone else's work takes.
 * - `minutes`: "about ten minutes of some engineer's time": someone else's work counted in minutes.
 * - `only`: "it's only a button": a unit of work called small (no fix: "only" carries meaning).
 * - `sizeword`: "small", "tiny" said of a unit of work ("a super tiny PR") or of what is asked for
 *   ("we need a small website").
 * - `basic`: "basic" said of a product someone is asked to build ("I just want a basic interface where…").
 * - `denied`: difficulty denied ("it wouldn't be too hard", "review is not difficult", "not a big task"): "easy" in other words.
 */
type How = 'duration' | 'minutes' | 'adverb' | 'only' | 'manner' | 'adjective' | 'sizeword' | 'size' | 'strong' | 'intensifier' | 'team' | 'basic' | 'denied';

const of = (how: How, list: string[]) => list.map((phrase) => ({ phrase, data: how }));
const PHRASES = [
  ...of('adverb', ['just', 'simply', 'merely']),
  ...of('only', ['only']),
  ...of('sizeword', ['small', 'tiny', 'little', 'minor']),
  ...of('manner', ['easily', 'quickly', 'trivially']),
  ...of('adjective', ['easy', 'simple', 'simplistic', 'trivial', 'straightforward', 'straight forward', 'quick']),
  ...of('size', ['small change', 'tiny change', 'minor change', 'small fix', 'small tweak', 'tiny fix', 'small task',
    // "It's a five minute job", "that's a two minute fix".
    ...['job', 'fix', 'change', 'task'].flatMap((u) => [`{num} minute ${u}`, ...['one', 'two', 'five', 'ten', '2', '5', '10'].map((n) => `${n}-minute ${u}`)])]),
  ...of('strong', [
    'only takes', 'should only take', 'would only take', 'a one-liner', 'one-line change', 'a one line fix', 'a one-line fix', 'a one line change', 'a few lines of code',
    'couple of lines', 'couple lines of code', 'no-brainer', 'piece of cake', 'how hard can it be', 'how hard could it be',
    "shouldn't be hard", 'should not be hard', "shouldn't be too hard", "can't be that hard", "can't be hard",
    "shouldn't take long", 'should not take long', 'not rocket science', "isn't rocket science", "shouldn't be difficult",
    'should not be difficult', "can't possibly take", "can't take more than", "shouldn't take more than", 'should not take more than',
    'should take no more than', "shouldn't take but", 'should not take but',
    "can't take longer than", "shouldn't take longer than", "shouldn't be a big deal", 'should not be a big deal', "shouldn't be a big obstacle",
    "shouldn't be that hard", "shouldn't be too difficult", "can't be too hard", "can't be that difficult", 'just a question of',
    'simply a question of', 'a question of changing', 'a matter of changing', 'a matter of adding', "minutes of a developer's time",
    "minutes of an engineer's time", "minutes of a developer's", "shouldn't take time", 'should not take time',
    "shouldn't take much time", "shouldn't take much", "won't take long", "won't take you long", "wouldn't take long",
    "won't take much", 'not be much work', 'not be much more work', "wouldn't be much work", "wouldn't be much more work",
    "shouldn't be much work", "isn't much work", 'how long could that take', 'how long could it take', 'how long can that take',
    'how long can it take', 'how long could this take', "surely it's simple", "surely it's easy", 'surely it is simple', 'surely it is easy',
    "surely that's simple", "surely that's easy", 'surely this is simple', 'surely this is easy',
    // "dev team would have to change one line of code", "It'll only take a few minutes", "This will only take you a minute".
    'change one line of code', 'change a single line', 'changing one line of code', 'would have to change one line',
    "it'll only take", 'it will only take', 'this will only take', "that'll only take", 'will only take you', 'only take you a',
    'not even that hard to', "it's not that hard to", "isn't that hard to", 'not that hard to make', 'not that hard to add',
    'not that hard to build', 'not that hard to implement', 'one if statement', 'a single if statement', 'one "if" statement',
    'no big thing', 'who knows what they are doing', "who knows what they're doing", 'who knows what they’re doing',
    // "any competent web developer can build a profile page": the work called trivial by who could do it.
    ...['competent', 'decent', 'half-decent', 'junior', 'halfway decent'].flatMap((q) =>
      ['developer', 'web developer', 'dev', 'programmer', 'engineer', 'coder', 'designer', 'web designer'].flatMap((who) => [`any ${q} ${who} can`, `any ${q} ${who} could`])), 'instamerged', 'instamerge', 'insta-merged', 'insta-merge', 'instamerging', 'not a lot of work', "shouldn't be a lot of work", 'not a big ask', 'not a huge ask', "isn't a big ask", 'not much to ask', 'a matter of minutes',
    // "Should not be a huge deal, right?", "How hard would this even be to implement?", "should not take much time to paint it",
    // "pull requests that require nothing but pressing 'Rebase and merge'".
    "shouldn't be a huge deal", 'should not be a huge deal', "shouldn't be a massive deal", 'should not take much time', 'should not take much effort',
    "shouldn't take much effort", "wouldn't take much time", 'would not take much time', "won't take much time", 'will not take much time',
    'how hard would this even be', 'how hard would it even be', 'how hard can this be', 'how hard could this be', 'how difficult can it be',
    'how difficult could it be', 'how difficult can this be', 'how complicated can it be', 'how complicated could it be',
    "shouldn't take so long", 'should not take so long',
    // The work set against a feat: "We're not putting men on Mars here", "it's not brain surgery".
    'rocket surgery', 'hardly rocket science', 'not putting men on mars', 'not putting a man on the moon', 'not putting a man on mars', 'not sending a rocket to the moon', 'not brain surgery',
    "isn't brain surgery", 'not exactly brain surgery', 'not exactly rocket science', "isn't exactly rocket science", "isn't exactly brain surgery", 'not building a rocket', 'not landing on the moon',
    // "a developer could build it in their sleep", "with their eyes closed".
    'in their sleep', 'in his sleep', 'in her sleep', 'in your sleep', 'with their eyes closed', 'with his eyes closed', 'with her eyes closed', 'with your eyes closed',
    // "Also what is hard about a revert?", "What's so complicated about adding a flag?": the work's difficulty waved away.
    ...['hard', 'difficult', 'complicated', 'complex'].flatMap((a) => [`what is so ${a} about`, `what's so ${a} about`, `what is ${a} about`, `what's ${a} about`, `whats so ${a} about`]),
    // "How hard is it to put in a checkbox?", "how hard could building an Edit button be?" (a work verb or a "be ?" must follow).
    'how hard is it to', 'how hard would it be to', 'how difficult is it to', 'how difficult would it be to', 'how hard could', 'how hard can', 'how hard would',
    // "Seriously guys, why is this so hard to fix?" (a work verb must follow, as above).
    'why is this so hard to', 'why is it so hard to', 'why is that so hard to',
    "doesn't sound too hard", 'does not sound too hard', "doesn't sound that hard", "doesn't seem too hard", "doesn't seem that hard", 'does not seem too hard',
    // Work done offhand: "any developer can knock this out", "someone to whip up a quick app".
    'knock this out', 'knock it out', 'knock that out', 'whip up', 'whip this up', 'whip it up', 'whipping out', 'whipping up',
    'throw together', 'throw it together', 'slap together', 'slap it together', 'bang out', 'bang it out', 'crank it out',
    'nothing but pressing', 'nothing but clicking', 'nothing more than pressing', 'nothing more than clicking', 'nothing but a click',
  ]),
  ...of('denied', ['hard', 'difficult', 'complicated', 'complex', 'tricky', 'big task', 'big job', 'big change', 'big deal', 'huge task', 'much work', 'lot of work', 'much effort']),
  ...of('intensifier', ['obviously']),
  ...of('basic', ['basic']),
  ...of('minutes', ['minutes of', 'minute of']),
  ...of('duration', [
    'just {num} hours', 'just {num} minutes', 'just {num} days', 'just {num} to {num} hours', 'just {num} to {num} days',
    'just a few hours', 'just a few minutes', 'just a couple of hours', 'just a couple hours', 'just an hour', 'just a day',
    'hours tops', 'hour tops', 'minutes tops', 'days tops', 'day tops', 'tops',
  ]),
];
/** Units of a chore's time before "a week", "per day": "10 minutes a week". */
const RECURRING_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days']);
/** Words of how a design looks, beside "simple": "simple and clean", "clean, simple". */
const LOOKS = new Set(['clean', 'elegant', 'minimal', 'minimalist', 'sleek', 'beautiful', 'intuitive', 'readable', 'stylish', 'tidy', 'uncluttered']);
/** "keep it simple", "keeping things small": an aim for the design. */
const KEEP = new Set(['keep', 'keeps', 'keeping', 'kept']);
/** Units a guess ends with before "tops": "a half hour, tops". */
const TOP_UNITS = new Set(['hour', 'hours', 'minute', 'minutes', 'day', 'days', 'week', 'weeks', 'month', 'months']);

/** Fixed phrases where the word does not minimise the work. */
const ALLOW = [
  // "They prefer to just throw more engineers at the problem": a complaint about managers, not work made small.
  'just throw more', 'just throw money', 'just throw people', 'just throw bodies', 'just throw engineers', 'just throw developers', 'just throw resources',
  'only a matter of time', 'a matter of time', 'just in time', 'just-in-time', 'just in case', 'simply put', 'put simply', 'quite simply', 'just as', 'just about', 'just under', 'just over', 'just now',
  'just like', 'just because', 'a quick look', 'a quick overview', 'a quick summary', 'a quick start', 'quick start',
  'a quick reference', 'quick reference', 'a quick question', 'quick question', 'a quick note', 'quick note',
  // "can't you just…" is the no-demands rule's, with a better fix than removing "just".
  ...DEMAND_PHRASES,
];

/** People who use the product: what they do quickly or easily is an outcome, not work asked of engineers. */
const USERS = new Set(['user', 'users', 'customer', 'customers', 'people', 'visitors', 'readers', 'admins', 'members', 'them', 'anyone', 'everyone', 'operators', 'clients', 'player', 'players', 'you']);
/** "easy to just…", "hard to simply…": a general remark about a task, not a request. */
const ADJ_BEFORE_TO = new Set(['easy', 'easier', 'hard', 'harder', 'tempting', 'possible', 'impossible', 'difficult', 'enough']);
const NEGATIONS = new Set(['not', "isn't", "wasn't", "aren't", "won't", 'never', 'no', "doesn't", "don't", 'hardly', 'nothing', "it's not", "that's not"]);
const DEGREE = new Set(['pretty', 'fairly', 'quite', 'really', 'very', 'super', 'relatively', 'extremely', 'rather', 'so', 'trivially', 'reasonably', 'dead', 'incredibly', 'totally']);
/** Where the word before the hit stands, past degree words ("is *really very* easy"), counted as `wordAt` counts. */
function pastDegree(s: Sentence): number {
  let k = -1;
  while (DEGREE.has(wordAt(s, k) ?? '')) k--;
  return k;
}
/** After the hit, these say the work is hard after all: "easy to add and easy to get wrong". */
const CONTRAST = new Set(['hard', 'harder', 'difficult', 'tricky', 'complex', 'complicated', 'wrong', 'but']);
/** "…but hard to make it look good": the sentence goes on to say the work is hard. */
const hardAfter = (s: Sentence) => s.words.slice(s.last + 1).some((x) => CONTRAST.has(x) && x !== 'but');
/**
 * After "but", these praise the work rather than weigh its difficulty: "easy to implement, but extremely useful",
 * "trivial to fix, but impacts a large number of users" (how much it matters).
 */
const VALUE = new Set(['useful', 'usefull', 'valuable', 'helpful', 'handy', 'important', 'powerful', 'worthwhile', 'impacts', 'affects']);
const contrasted = (s: Sentence) => {
  const rest = s.words.slice(s.last + 1);
  return rest.some((x, i) => CONTRAST.has(x) && !(x === 'but' && rest.slice(i + 1, i + 3).some((w) => VALUE.has(w)) && !rest.some((w) => CONTRAST.has(w) && w !== 'but')));
};
/** "Make it easy to add…": what users or a tool can do, not work asked of someone. */
const madeEasy = (s: Sentence) =>
  (['make', 'makes', 'making', 'made'].includes(wordAt(s, -2) ?? '') && ['it', 'this', 'that'].includes(wordAt(s, -1) ?? '')) ||
  // "create the gc service so that it's easy to add new clean up functions": what a design is for, a quality it aims at.
  /\bso that (?:it's|it is|it will be|they're|they are|we're) (?:\w+ )?$/i.test(s.lead);
const WORKAROUND = [['is', 'to'], ['would', 'be'], ['for', 'this'], ['is', 'this'], ['here'], ['is', 'available'], ['exists']];
const HOW_TO = new Set(['way', 'ways', 'solution', 'example', 'examples', 'explanation', 'answer', 'guide', 'tutorial', 'workaround', 'method', 'approach', 'question', 'questions', 'test', 'demo', 'repro', 'reproduction', 'case', 'setup', 'ui', 'interface', 'design', 'layout', 'flow', 'api', 'syntax', 'format', 'language', 'message', 'rule', 'name', 'view', 'page', 'screen', 'experience']);

/** The word after the hit, skipping degree words ("just *really* need"). */
function after(s: Sentence, from = 1): { word: string | undefined; k: number } {
  let k = from;
  while (wordAt(s, k) === 'really' || wordAt(s, k) === 'quickly') k++;
  return { word: wordAt(s, k), k };
}

function looksButIsNot(s: Sentence): boolean {
  const before = wordsBefore(s, 6);
  // ("might initially seem", "may at first appear": an adverb between.)
  const modalBefore = (i: number) => ['might', 'may', 'can', 'could'].includes(before[i - 1] ?? '') || (['initially', 'first', 'perhaps', 'probably'].includes(before[i - 1] ?? '') && ['might', 'may', 'can', 'could', 'at'].includes(before[i - 2] ?? ''));
  const looks = before.some((w, i) => ['look', 'looks', 'seem', 'seems', 'appear', 'appears', 'sound', 'sounds'].includes(w) && (before[i + 1] === 'like' || modalBefore(i)));
  // The truth follows ("…but the process involves a number of steps"), or the appearance is conceded first
  // ("While making the logo bigger may seem like a simple task, designers face…").
  const after = s.words.slice(s.last + 1);
  // ("It costs millions for what might initially seem to be an easy change": the appearance named by "what", after the truth.)
  return looks && (after.includes('but') || after.includes('yet') || s.words.slice(0, s.first).some((w) => ['while', 'whilst', 'although', 'though'].includes(w)) || s.words.slice(0, s.first).includes('what'));
}
/** "does not necessarily mean the issue is trivial": the size denied, further back than a plain "not". */
// ("…is not something that can easily be changed": the ease denied of a thing, further back still.)
const DENIALS = [['not', 'something', 'that'], ['not', 'something', 'you'], ['not', 'something', 'we'], ['not', 'anything', 'that'], ['nothing', 'that'], ['not', 'necessarily'], ["doesn't", 'mean'], ['does', 'not', 'mean'], ["doesn't", 'necessarily'], ["don't", 'mean'], ['not', 'mean'], ['unlikely', 'to', 'be'], ['not', 'likely', 'to', 'be']];
function negated(s: Sentence): boolean {
  // A denial in an earlier clause ("It is not something we planned, but it can easily be added") denies something else.
  const before = s.words.slice(0, s.first);
  const clause = before.slice(Math.max(...['but', 'yet', 'however', 'although', 'though'].map((w) => before.lastIndexOf(w))) + 1);
  if (DENIALS.some((d) => hasSeq(clause, d))) return true;
  for (let k = 1; k <= 3; k++) {
    const w = wordAt(s, -k);
    if (w && (NEGATIONS.has(w) || w.endsWith("n't"))) return true;
    if (w && !DEGREE.has(w) && w !== 'a' && w !== 'an' && w !== 'be' && w !== 'just' && w !== 'only' && w !== 'even' && !COPULAS.has(w)) break;
  }
  return false;
}

/** Capitalised words before a modal that are not a name: "It could just…", "This would simply…". */
const NOT_NAMES = new Set(['it', 'this', 'that', 'there', 'which', 'what', 'who', 'we', 'i', 'one', 'he', 'she', 'they', 'you', 'everyone', 'anyone', 'nobody', 'users', 'user', 'people', 'customers', 'these', 'those', 'then', 'so', 'and', 'but', 'if', 'or']);
/** Work a named company or project is asked for ("Apple could easily *integrate*"), not what a system does ("Redis could just *store*"). */
const NAMED_WORK = new Set(['implement', 'add', 'integrate', 'build', 'fix', 'include', 'ship', 'release', 'create', 'port', 'patch', 'change', 'update']);
/** `word`, right before `modal`, is written with a capital in the sentence: a name ("Apple could…", "if Google would…"). */
function namedSubject(s: Sentence, word: string, modal: string): boolean {
  if (NOT_NAMES.has(word) || !/^[a-z][a-z0-9]+$/.test(word) || !NAMED_WORK.has(after(s).word ?? '')) return false;
  const m = new RegExp(`(?:^|[^\\p{L}])(${word})\\s+${modal}\\b`, 'iu').exec(s.masked);
  return !!m && /^\p{Lu}/u.test(m[1]!);
}

/** "you", "engineering", "devs" right before, or a modal right after them: the work is someone else's. */
function othersDo(s: Sentence, withWe: boolean): boolean {
  const p1 = wordAt(s, -1);
  const p2 = wordAt(s, -2);
  // "you can simply swap it for \`Array#slice\`": a reader's directions, with code to follow.
  // Not "you could just add a \`--force\` flag": a suggestion to whoever does the work.
  const directions = s.hasCode && !['could', 'should', 'would', "couldn't", "can't", 'cannot'].includes(p1 ?? '');
  const subject = (w: string | undefined) => !!w && ((OTHERS.has(w) && !['it', 'this', 'that', 'who'].includes(w) && !(directions && w.startsWith('you'))) || (withWe && (w === 'we' || w === "let's" || w === 'lets')));
  if (subject(p1)) return true;
  if (p1 && MODALS.has(p1)) {
    if (p1 === "you'll" || (withWe && p1 === "we'll")) return true;
    // "Now you can just pass an array of hashes", "then you can just put the revocation on the chain", "you can
    // just add yourself to the admin table if you want to": what the reader may now do, or may if they like, not
    // work asked of them. (Not "You can simply reuse the old component": that tells someone how small their work is.)
    if (p1 === 'can' && p2 === 'you' && !/\?/.test(s.masked) && (['now', 'then'].includes(wordAt(s, -3) ?? '') || youLike(s))) return false;
    // "…providing a command in the documentation so they can just copy and paste": what the author's work lets
    // others do, a purpose, not work asked of them.
    if (p1 === 'can' && (wordAt(s, -3) === 'so' || (wordAt(s, -3) === 'that' && wordAt(s, -4) === 'so'))) return false;
    if (subject(p2)) return withWe || p2 !== 'we';
    // "Apple could easily integrate this", "if Google would just add folders": a named company or project asked
    // for work (the callers have checked that work follows).
    if (['could', 'should', 'would'].includes(p1) && p2 && namedSubject(s, p2, p1)) return true;
    // "can't you just", "could you simply": the subject follows the modal in a question.
    if (p2 === undefined || p2 === 'why' || p2 === 'so' || p2 === 'and') return false;
  }
  if (p1 === 'to') {
    // "need to just add", "have to simply" — unless the author is the one who needs to, or
    // users are ("allow the user to quickly create"), or it is said of anyone ("easy to just switch").
    for (let k = 2; k <= 4; k++) if (FIRST_SINGULAR.has(wordAt(s, -k) ?? '')) return false;
    // "If you would like to just do the refactoring part, check out…": an option offered to the reader, not work pressed.
    if ([-3, -4, -5, -6].some((k) => wordAt(s, k) === 'if' && wordAt(s, k + 1) === 'you')) return false;
    // "the default is to just display an error", "the plan is to simply reuse…": a description or the author's plan.
    if (['is', 'was', 'are'].includes(wordAt(s, -2) ?? '')) return false;
    // "limited to just update notifications": "to" is a preposition; "\`diffArrays\` overrides this to simply…": code described.
    if (['limited', 'restricted', 'similar', 'compared', 'related', 'due', 'thanks', 'according'].includes(wordAt(s, -2) ?? '') || s.hasCode) return false;
    if (USERS.has(wordAt(s, -2) ?? '') || ADJ_BEFORE_TO.has(wordAt(s, -2) ?? '')) return false;
    if (wordAt(s, -2) === 'able') {
      // "ensure that users are able to quickly fix data inconsistency": what users will be able to do, an outcome.
      // ("I should be able to easily develop a new application…": a user story's own wish, the writer's ability.)
      if ([-3, -4, -5, -6].some((j) => { const w = wordAt(s, j) ?? ''; return (USERS.has(w) && w !== 'you' && w !== 'them') || FIRST_SINGULAR.has(w) || w === 'we'; })) return false;
      // ("The reason they want to be able to quickly change it…": an ability its subject wishes for itself, not work pressed on another.)
      if (wordAt(s, -3) === 'be' && wordAt(s, -4) === 'to' && ['want', 'wants', 'wanted', 'like'].includes(wordAt(s, -5) ?? '') && wordAt(s, -6) !== 'you') return false;
    }
    // "a new endpoint to just return the slug": what a thing is for, not work someone is told to do.
    const p2 = wordAt(s, -2) ?? '';
    if (/^[a-z]+$/.test(p2) && !TO_VERBS.has(p2)) return false;
    return true;
  }
  return false;
}

/** "… if you want to look at it", "if you like": the reader's choice, after the hit. */
function youLike(s: Sentence): boolean {
  const after = s.words.slice(s.last + 1);
  return after.some((w, i) => w === 'if' && after[i + 1] === 'you' && ['want', 'like', 'wish', 'prefer', 'need'].includes(after[i + 2] ?? ''));
}

/** Who, named right before the hit (or before its modal), does the work: "you could just…", "engineering can simply…". */
const DOERS = new Set([
  'you', "you'll", "you'd", 'engineering', 'engineers', 'engineer', 'devs', 'dev', 'developers', 'developer', 'team',
  'someone', 'somebody', 'maintainers', 'backend', 'frontend',
]);
/**
 * In engineers' own design proposal, a minimiser counts only when it is pressed on someone named as
 * doing the work ("you could just add…"): "this is a trivial change to the parser" or "we just store
 * the name" is the authors' judgement of their own design.
 */
function pressedOnOthers(s: Sentence): boolean {
  if (s.hasCode) return false;
  const p1 = wordAt(s, -1);
  const p2 = wordAt(s, -2);
  // Not "you can just pass the options object": what a reader of the design can do with it.
  // "we just need engineering to reuse…": the doer named after the hit.
  const after = s.words.slice(s.last + 1, s.last + 5);
  if (after.some((w, i) => DOERS.has(w) && !w.startsWith('you') && after[i + 1] === 'to')) return true;
  return DOERS.has(p1 ?? '') || (MODALS.has(p1 ?? '') && p1 !== 'can' && DOERS.has(p2 ?? ''));
}

/** Words before "to just…" that put work on someone: "need to just add", "have to simply", "asked to quickly". */
const TO_VERBS = new Set([
  'need', 'needs', 'needed', 'have', 'has', 'had', 'want', 'wants', 'wanted', 'going', 'got', 'gotta', 'like', 'able', 'try', 'trying',
  'asked', 'ask', 'asking', 'expect', 'expected', 'expects', 'supposed', 'told', 'tell', 'ought', 'request', 'requested', 'want',
  'decided', 'plan', 'planning', 'allowed', 'required', 'requires', 'require', 'prefer', 'rather', 'love', "i'd", "we'd", 'used',
  'meant', 'easier', 'better', 'faster', 'quicker', 'cheaper', 'simpler', 'enough', 'wish', 'hope', 'afford', 'just', 'simply',
  'them', 'him', 'her', 'you', 'engineering', 'engineers', 'developers', 'devs', 'team', 'someone',
]);

/** Verbs of moving code off what a release took away: "simply replace …", "you can now just use `model_validate`". */
const MIGRATION_VERBS = new Set(['replace', 'update', 'change', 'rename', 'swap', 'switch', 'use', 'migrate', 'import', 'call', 'register', 'copy', 'move', 'drop', 'remove', 'set', 'access', 'return']);
/** What a breaking release or a migration guide names: the old thing going, the new one to use instead. */
const RELEASE_TOOK = new Set(['deprecated', 'deprecation', 'renamed', 'removed', 'migrate', 'migrating', 'migration', 'upgrade', 'upgrading', 'instead']);
/**
 * "If you have any of those definitions in your scripts, simply replace them with `def --env`", "Simply replace
 * `react-query-devtools` imports with `react-query/devtools`", "The `from_orm` method has been deprecated; you can now
 * just use `model_validate`": a migration the reader is forced into by a release, called nothing. Readers labelled
 * these problems in upgrade notes (round test-ba and after); a tip the reader may take ("Simply add `x` to your
 * config") names no old thing replaced and stays alone.
 */
function forcedMigration(s: Sentence): boolean {
  const verb = after(s).word;
  if (!verb || !(WORK_VERBS.has(verb) || MIGRATION_VERBS.has(verb)) || selfSubject(s)) return false;
  // ("but now, we can remove all that code and simply use jobs instead!": the authors' own code, shown.)
  if (s.words.slice(0, s.first).some((w, i, a) => (w === 'we' || w === 'i') && MODALS.has(a[i + 1] ?? ''))) return false;
  // (The reader's own code: in backticks, "your …", or "If you're using ToCommand, …".)
  if (!s.hasCode && !s.words.some((w) => w === 'your') && !/\bif you(?:['’]re| are)? us(?:e|ing)\b/i.test(s.masked)) return false;
  // ("If you want to skip the details and just migrate your project, head over to our migration guide": a path the
  // reader may choose, not one a release forces.)
  if (/^\W*if you (?:want|wish|would like|'d like|prefer) to\b/i.test(s.masked)) return false;
  const replaced = (verb === 'replace' || verb === 'swap') && s.words.slice(s.last + 1).some((w) => w === 'with' || w === 'by');
  // ("Just set \`bulkActionButtons\` to \`false\` to have the same behavior": keeping what a release changed.)
  const keeps = ['same', 'old', 'previous', 'former'].some((w) => ['behavior', 'behaviour'].some((b) => hasSeq(s.words, [w, b])));
  return replaced || keeps || s.words.some((w) => RELEASE_TOOK.has(w));
}

/** Words that open an order as an exclamation ("pls", "plz" already open one wherever they stand). */
const INTERJECTIONS = new Set(['ffs', 'seriously', 'honestly', "c'mon"]);
/** An imperative aimed at someone else: "Just add it to the header." (not "Simply add `x` to your config"). */
function imperative(s: Sentence): boolean {
  const p1 = wordAt(s, -1);
  const joined = afterStatement(s);
  // ("Maybe just add a button 'Show lobby'.": an order softened by the word that opens it; not as a question,
  // "Perhaps just vendor our own copy for now?", which weighs an option.)
  const softened = (p1 === 'maybe' || p1 === 'perhaps') && s.first === 1 && !/\?\s*$/.test(s.masked);
  // ("Ffs just release it already please!!!", "Seriously just add a flag.": an order after an exclamation.)
  const called = INTERJECTIONS.has(p1 ?? '') && s.first === 1;
  if (p1 !== undefined && !softened && !called && !['please', 'so', 'then', 'and', 'or', 'but', 'pls', 'plz', 'just', 'look', 'ok', 'okay', 'hey', 'now'].includes(p1) && !joined) return false;
  // "we can always use more testing, … or just write a blog post", "do we ship them, or just make them available?": one
  // more option after a modal or a question, not an order.
  if ((p1 === 'or' || p1 === 'and') && s.words.slice(0, s.first - 1).some((w) => ['can', 'could', 'may', 'might'].includes(w) || (w === 'we' && /\?\s*$/.test(s.masked)))) return false;
  // "Simply pass the streams you want to pipe together": directions for what the reader wants done.
  // (Only the clause counts: "just fix it, I know you are online" is still an order.)
  // (After a statement, the first clause that opens with the order's word too: "Nice library, simply add the plugin to
  // your config" directs a reader.)
  const clauses = s.masked.toLowerCase().split(/[,;:—–]|\s-\s/);
  const own = joined ? clauses.find((c) => new RegExp(String.raw`^\s*${s.words[s.first]}\b`).test(c)) ?? '' : '';
  return !/\byou(?:r|rself)?\b/.test(`${clauses[0]} ${own}`) && !s.hasCode;
}

/**
 * "It's a nice app, just fix the crashing errors": an order joined to a statement by a comma (not after a
 * condition, "If it breaks, just fix the config", which gives directions).
 */
function afterStatement(s: Sentence): boolean {
  const hit = s.words[s.first]!, n1 = s.words[s.last + 1];
  if (!n1) return false;
  // (Words are letters, digits, apostrophes and hyphens: nothing to escape.)
  const masked = s.masked.toLowerCase();
  const at = masked.search(new RegExp(String.raw`,\s*${hit}\s+${n1}\b`));
  if (at === -1) return false;
  const lead = masked.slice(0, at);
  // (Nor after a purpose, "To update a ticket, simply add a comment", the author's own thinking, "I thought it would
  // be easy, just add a bool", or advice, "no need for separate pull requests, just add them", to anyone who reads.)
  return !/\b(?:if|when|whenever|once|after|before|unless|until|while|since|because|as|where|otherwise|instead|i|we|no need|anybody|anyone)\b|^\s*to\b/.test(lead) && !/[,;:]/.test(lead);
}

/** Words that end the noun phrase after "just a…": the unit of work is named before them. */
const CLAUSE_WORDS = new Set(['since', 'if', 'because', 'that', 'which', 'to', 'for', 'of', 'and', 'but', 'with', 'when', 'where', 'as', 'so']);

/** "Sometimes it really is just a few changes", "Often interfaces are just a matter of wiring": a general remark. */
const FREQUENCY = new Set(['sometimes', 'often', 'usually', 'occasionally', 'typically', 'generally', 'frequently', 'mostly', 'rarely']);

/** Size words that make "just a … request" the work called small. */
const SIZED_UP = new Set(['small', 'tiny', 'quick', 'simple', 'minor', 'little', 'easy', 'trivial', 'short', 'one-line', 'basic']);

/** "it's just a button", "should just be a flag", "simply a matter of adding". */
function justAUnitOfWork(s: Sentence, before?: () => string | undefined): boolean {
  if (s.words.slice(0, s.first).some((w) => FREQUENCY.has(w))) return false;
  // ("It's basically just a new column": an adverb between the verb and "just".)
  let b = -1;
  if (['basically', 'essentially', 'literally', 'really', 'actually', 'probably', 'mostly'].includes(wordAt(s, b) ?? '')) b--;
  const p1 = wordAt(s, b);
  let k = 1;
  if (wordAt(s, 1) === 'be') k = 2;
  else if (!p1 || !(COPULAS.has(p1) || (['it', 'this', 'that'].includes(p1) && ['is', "isn't", 'was'].includes(wordAt(s, b - 1) ?? '')))) return false;
  // "Right now there is only a button to remove the picture": what exists today, described.
  if (p1 === "there's" || (['is', 'are', 'was', 'were'].includes(p1 ?? '') && wordAt(s, b - 1) === 'there')) return false;
  const art = wordAt(s, k);
  if (art !== 'a' && art !== 'an' && art !== 'one' && art !== 'two' && art !== 'few' && art !== 'some') return false;
  // "It doesn't need to be an extension and can just be a script", "it would basically just be an installer
  // script": a possible form of the thing, offered as "only" that, not its size pressed ("should just be a flag"
  // is). A size word still sizes it: "it would just be a small change", and so does "nothing fancy" just before
  // ("The registry doesn't have to be anything fancy. It could simply be a page…").
  if (k === 2 && ['can', 'could', 'would', 'may', 'might', "it'd", "that'd"].includes(p1 ?? '') && !s.words.slice(s.last + 3, s.last + 7).some((x) => SIZED_UP.has(x)) && !/\bfancy\b/i.test(`${before?.() ?? ''} ${s.masked}`)) return false;
  // "Would this just be an API, or is there a UI for this as well?": which of two scopes is meant, asked ("only").
  if (/\?\s*$/.test(s.masked) && ['would', 'will', 'is', 'does', 'should', 'could'].includes(s.words[0] ?? '') && s.words.slice(s.last + k + 1).includes('or')) return false;
  if ((wordAt(s, k + 1) === 'matter' || wordAt(s, k + 1) === 'question') && wordAt(s, k + 2) === 'of') return true;
  for (let j = k + 1; j <= k + 4; j++) {
    const w = wordAt(s, j);
    if (!w || CLAUSE_WORDS.has(w)) return false;
    // ("This is just a stabilization request": what kind of ask it is, "only", unless its size is named: "just a small request".)
    if (w === 'request' && !s.words.slice(s.last + k + 1, s.last + j).some((x) => SIZED_UP.has(x))) return false;
    if (WORK_NOUNS.has(w)) return !WORKAROUND.some((seq) => seq.every((x, i) => wordAt(s, j + 1 + i) === x)) && !meansFollows(s, j);
  }
  return false;
}

/**
 * "this is just a quick fix by whitelisting the deployment endpoints": the change told with how it was made, as a
 * pull request describes its own (the word at `j`, counted as `wordAt` counts, is the work noun).
 */
const meansFollows = (s: Sentence, j: number) => wordAt(s, j + 1) === 'by' && /^[a-z]{3,}ing$/.test(wordAt(s, j + 2) ?? '') && !/\?\s*$/.test(s.masked);

/** "we can't just turn it off", "this cannot easily be done": the author says why a plan fails. */
function ownPlanRefused(s: Sentence): boolean {
  const p1 = wordAt(s, -1) ?? '';
  const p2 = wordAt(s, -2) ?? '';
  // "This cannot easily be done in one step": said of any subject, a reason the work is hard.
  return p1 === 'cannot' || p1 === "can't" || p1 === "couldn't" || p1 === "won't" || (p1 === 'not' && (p2 === 'we' || p2 === 'i' || p2 === 'can' || p2 === 'could'));
}

/** "developers should not assume they can simply generate…": the ease is what nobody should assume. */
const ASSUMPTION_DENIED = [['not', 'assume'], ["don't", 'assume'], ['never', 'assume'], ["shouldn't", 'assume'], ["can't", 'assume'], ['cannot', 'assume']];

/**
 * Words that open a purpose, a cause or a moment: after them "just" or "simply" means only or right ("added
 * just to ensure…", "can this be updated just after leaving the settings?").
 */
const CLAUSE_FOCUSED = new Set(['to', 'because', 'so', 'since', 'for', 'if', 'when', 'as', 'after', 'before', 'once', 'until']);

/** Parts of a user interface, whose purpose is what a user does with them. */
const CONTROLS = new Set(['button', 'buttons', 'option', 'options', 'setting', 'settings', 'toggle', 'switch', 'checkbox', 'link', 'shortcut', 'shortcuts', 'menu', 'command', 'hotkey', 'keybinding', 'key']);
function adverbMinimises(s: Sentence, word: string, before?: () => string | undefined): boolean {
  const p1 = wordAt(s, -1);
  // ("to investigate the old database or just delete it to reclaim space": after "or", one choice among others offered, not
  // the size of anyone's work; 1 labelled sentence and 1 design doc's, none of the labelled problems read so.)
  if (p1 === 'not' || p1 === 'as' || p1 === 'or' || ownPlanRefused(s) || wayAsked(s) || (readerDirected(s) && !forcedMigration(s))) return false;
  // "Just update to the latest version": an upgrade a user makes, not work asked of engineers.
  if (['update', 'upgrade'].includes(wordAt(s, 1) ?? '') && s.words.slice(s.last + 2, s.last + 6).some((w) => ['latest', 'newest', 'version', 'release'].includes(w)) && !forcedMigration(s)) return false;
  // "no button to simply delete the picture", "an option to just hide it": what a control lets a user do.
  if (p1 === 'to' && CONTROLS.has(wordAt(s, -2) ?? '')) return false;
  if (ASSUMPTION_DENIED.some((seq) => hasSeq(s.words.slice(0, s.first), seq))) return false;
  const { word: n1, k } = after(s);
  // "can be done simply", "can simply be added". (Not "the CSS must be added just to ensure…", "won't be removed
  // just because…": there the word singles out the purpose or the cause that follows, as "only" would.)
  if (p1 && WORK_PARTICIPLES.has(p1) && wordAt(s, -2) === 'be') return !(CLAUSE_FOCUSED.has(n1 ?? '') || (n1 === 'in' && ['case', 'order'].includes(wordAt(s, k + 1) ?? '')));
  if (!n1) return false;
  // "now someone just has to push a button": work put on someone named.
  if ((n1 === 'has' || n1 === 'have') && wordAt(s, k + 1) === 'to' && (DOERS.has(p1 ?? '') || p1 === 'they' || p1 === 'maintainer')) {
    const v = wordAt(s, k + 2) ?? '';
    // ("someone just has to go through it": a list of work looked through, item by item.)
    const through = (v === 'go' || v === 'look') && ['through', 'into', 'over'].includes(wordAt(s, k + 3) ?? '');
    return (WORK_VERBS.has(v) || MAINTAINER_VERBS.has(v) || v === 'push' || v === 'click' || v === 'press' || through) && !offersOwnWork(s);
  }
  if (n1 === 'need' || n1 === 'needs') {
    if (selfSubject(s) || (p1 && FIRST_SINGULAR.has(p1))) return false;
    // "users simply need to enable CodeFlare in the DSC": what users get to do, not work pressed on anyone.
    if (USERS.has(p1 ?? '') && p1 !== 'you' && p1 !== 'them') return false;
    const n2 = wordAt(s, k + 1);
    if (n2 === 'to') {
      const n3 = wordAt(s, k + 2);
      // "we'll just need to make sure…": checking, not work.
      if (n3 === 'make' && wordAt(s, k + 3) === 'sure') return false;
      return !!n3 && (WORK_VERBS.has(n3) || (n3 === 'be' && WORK_PARTICIPLES.has(wordAt(s, k + 3) ?? '')));
    }
    if (p1 === 'we' || p1 === "we'll" || p1 === 'all') return true;
    for (let j = k + 1; j <= k + 4; j++) if (WORK_NOUNS.has(wordAt(s, j) ?? '')) return true;
    return false;
  }
  if (WORK_VERBS.has(n1) || MIGRATION_VERBS.has(n1)) {
    if (selfSubject(s) || (p1 && FIRST_SINGULAR.has(p1))) return false;
    // "we'll just need to make sure…": checking, not work.
    if (n1 === 'make' && wordAt(s, k + 1) === 'sure') return false;
    if (forcedMigration(s)) return true;
    if (!WORK_VERBS.has(n1)) return false;
    // "if it does not exist, we just create the table under the given name": a design telling its own steps, in the present,
    // with no need or order in it. (A question, "can't we just add it?", still asks.)
    if (p1 === 'we' && !/\?/.test(s.masked)) return false;
    // "Or just create a PR directly!", "just create an issue": an invitation to report or contribute, as "just
    // open an issue" is, not someone's work played down.
    if (['create', 'make', 'write', 'file'].includes(n1) && [1, 2, 3].some((j) => CONTRIBUTIONS.has(wordAt(s, k + j) ?? ''))) return false;
    if (othersDo(s, word === 'just')) return !(p1 === 'to' && (offersOwnWork(s) || hardAfter(s)));
    return imperative(s) && !offersOwnWork(s);
  }
  if (justAUnitOfWork(s, before)) return !offersOwnWork(s);
  if (n1 === 'be' && WORK_PARTICIPLES.has(wordAt(s, k + 1) ?? '')) return !selfSubject(s);
  return false;
}

/**
 * "In case you're adding new requirements, you simply need to build the container": directions for a case the
 * reader is in, told to the reader who does the step (a condition on "you", then "you" or an order).
 */
function readerDirected(s: Sentence): boolean {
  const before = s.words.slice(0, s.first);
  const cond = before.findIndex((w, i) => (['if', 'when', 'once', 'whenever'].includes(w) || (w === 'case' && before[i - 1] === 'in')) && ['you', "you're", "you've", 'your'].includes(before[i + 1] ?? ''));
  return cond !== -1 && (wordAt(s, -1) === 'you' || /[,;]\s*$/.test(s.lead));
}

/** "How could you easily do <card>.<var>.get()…?": a way asked for, not work presumed small. */
function wayAsked(s: Sentence): boolean {
  const how = s.words.lastIndexOf('how', s.first - 1);
  return how !== -1 && s.first - how <= 4 && /\?\s*$/.test(s.masked);
}

/** Verbs by which a product or a change gives someone a power: "allows developers to…", "lets you…". */
const ENABLING = new Set(['allow', 'allows', 'allowing', 'let', 'lets', 'letting', 'enable', 'enables', 'enabling', 'help', 'helps', 'helping', 'permit', 'permits', 'empower', 'empowers']);

function mannerMinimises(s: Sentence, word: string): boolean {
  if (offersOwnWork(s) || s.words.includes('your') || ownPlanRefused(s) || wayAsked(s)) return false;
  // "With GitHub for Visual Studio, you can easily create gists": what a product lets its users do.
  if (/^\s*with\s[^,]{2,60},\s*you can (?:now )?$/i.test(s.lead)) return false;
  // "This interface allows developers to easily incorporate voice search": what a product lets someone do.
  if (wordAt(s, -1) === 'to' && wordsBefore(s, 5).slice(0, -1).some((w) => ENABLING.has(w))) return false;
  const p1 = wordAt(s, -1);
  const p2 = wordAt(s, -2);
  const n1 = wordAt(s, 1);
  const n2 = wordAt(s, 2);
  // "Regressions are more easily made", "so users can find it more easily": a comparison of two ways, not work called small.
  if (p1 === 'more' || p1 === 'less' || p1 === 'most') return false;
  // "something you could quickly take on": taking on a task is doing the work.
  if (n1 && (BUILD_VERBS.has(n1) || (n1 === 'take' && n2 === 'on'))) return othersDo(s, true);
  if (word === 'quickly') return false; // "fixed quickly" asks for speed, not for less work.
  // "so easily fixed", "could easily be added" — said of the work itself, not of users' apps.
  if (n1 && WORK_PARTICIPLES.has(n1) && p1 !== 'be') return !negated(s) && !contrasted(s);
  // The subject must be the work asked for ("this could easily be added"), not a kind of thing a
  // design leaves room for ("new patterns can be easily added").
  if (n1 === 'be' && n2 && WORK_PARTICIPLES.has(n2)) return !negated(s) && workIsSubject(s, -1);
  if (p1 && WORK_PARTICIPLES.has(p1) && (p2 === 'be' || p2 === 'been')) return !negated(s) && workIsSubject(s, -3);
  if (p1 === 'be' && n1 && WORK_PARTICIPLES.has(n1)) return !negated(s) && workIsSubject(s, -2);
  return false;
}

/** The subject a few words before the hit is the work itself ("this could easily be added"). */
function workIsSubject(s: Sentence, from: number): boolean {
  for (let j = from; j >= from - 3; j--) {
    const w = wordAt(s, j);
    if (!w) return false;
    if (WORK_SUBJECTS.has(w)) return true;
    if (!MODALS.has(w) && !['be', 'probably', 'also', 'really', 'then', 'the', 'very'].includes(w)) return false;
  }
  return false;
}

/**
 * Words that put the work on someone else, or press for it: an addressee ("you", "the devs"), a
 * modal or a want ("should", "need"), a plea, a question or an exclamation.
 */
const PRESSING = new Set([
  'you', 'your', "you're", "you'd", "you'll", 'youre', 'u', 'ur', 'ya', 'yourself', 'they', 'them', "they're", "they'd", 'someone', 'somebody',
  'anyone', 'anybody', 'dev', 'devs', 'developer', 'developers', 'engineer', 'engineers', 'engineering', 'team', 'maintainer', 'maintainers',
  'guys', 'folks', 'should', "shouldn't", 'would', "wouldn't", "it'd", 'could', "couldn't", 'must', 'can', "can't", 'cannot',
  'need', 'needs', 'needed', 'want', 'wants', 'wanted', 'looking', 'hire', 'hiring', 'seeking', 'require', 'requires', 'request',
  'please', 'pls', 'plz', 'kindly', 'surely', 'obviously', 'just', 'only', 'merely', 'simply',
]);
/**
 * "It's a pretty straightforward fix", "this is a trivial change", "it is only one line of code":
 * the work called small as a plain statement, with nothing that puts it on someone else. Maintainers
 * write this of their own changes as often as others write it of someone's work, so it is a question
 * (info), not a verdict: unseen rounds d–k showed such statements right less than half the time.
 */
function plainClaim(s: Sentence): boolean {
  if (/[?!]/.test(s.masked)) return false;
  // ("To you or I, it seems simple": "you" as anyone, not an addressee.)
  return !s.words.some((w, i) => i !== s.first && PRESSING.has(w) && !(w === 'you' && ['or', 'and'].includes(s.words[i + 1] ?? '')));
}
/**
 * A size or ease asserted of the work: a warning when pressed on someone, else 'claim', which the
 * check reads against the sentence before ("Why doesn't X just add this? It seems so simple.").
 */
const sizeClaim = (s: Sentence): true | 'claim' => (plainClaim(s) ? 'claim' : true);
type Verdict = boolean | 'question' | 'claim';
/** The sentence before ends in a question or an exclamation: what follows continues the plea. */
function pressedBefore(block: ProseBlock, s: Sentence): boolean {
  return /[?!]\s*$/.test(sentenceTextBefore(block, s.start) ?? '');
}

/** Words between a negation and the difficulty it denies: "isn't *that* hard", "wouldn't *be too* hard", "not *a* big task". */
const DENIAL_GAP = new Set(['be', 'that', 'too', 'so', 'very', 'a', 'something', 'anything', 'really', 'all', 'particularly', 'overly', 'terribly', 'super', 'especially', 'exactly', 'even', 'actually', 'such', 'any']);
/** Verbs after "not hard to" that are a reader's, not work: "not hard to see why", "not difficult to understand". */
const NOT_WORK_AFTER = new Set(['see', 'imagine', 'understand', 'find', 'tell', 'guess', 'believe', 'say', 'follow', 'read', 'learn', 'get', 'use', 'spot', 'notice', 'figure', 'picture', 'argue', 'grasp', 'come', 'make']);
/** Where the negation of a denied difficulty sits (index in words), or -1. */
function denialAt(s: Sentence): number {
  for (let k = 1; k <= 5; k++) {
    const w = wordAt(s, -k);
    if (!w) break;
    if (denies(w)) return s.first - k;
    if (!DENIAL_GAP.has(w) && !COPULAS.has(w)) break;
  }
  // "I don't feel this would be too difficult", "I don't think it'd be hard": the denial moved onto the opinion.
  const lead = wordsBefore(s, 8);
  const i = deniedOpinionAt(lead);
  if (i !== -1 && lead.slice(i + 2).some((w) => w === 'be' || COPULAS.has(w) || w === "it'd" || w === "it'll")) return s.first - lead.length + i + 1;
  return -1;
}
/** Words before a subject: "and", "I think", "probably"… */
const LEAD_IN = new Set(['and', 'but', 'so', 'i', 'imagine', 'think', 'guess', 'believe', 'bet', 'suppose', 'also', 'really', 'then', 'probably', 'surely', 'hopefully', 'maybe', 'perhaps']);
/** …and, when looking past the first word for the subject, determiners and a denied opinion ("I don't feel this…"). */
const SUBJECT_SKIP = new Set(['the', 'these', 'those', 'feel', "don't", 'do', 'not']);
/**
 * "It wouldn't be too hard", "Review of this PR is not difficult at all", "It's not hard to do": the
 * work called easy by denying it is hard. Said of the work (a work subject, a gerund naming work, or
 * "to" and a work verb after), not of understanding ("it's not hard to see why") nor of what users do.
 */
function difficultyDenied(s: Sentence): Verdict {
  const at = denialAt(s);
  if (at < 0 || offersOwnWork(s) || contrasted(s) || s.words.some((w) => MYTH.has(w))) return false;
  const neg = s.words[at]!;
  // "not hard" needs a verb of being: "isn't hard", "wouldn't be too hard", "is not difficult"; not "no hard feelings", "not complex numbers".
  const copular = (neg.endsWith("n't") && (COPULAS.has(neg.slice(0, -3)) || COPULAS.has(neg) || wordAt(s, -1) === 'be' || s.words.slice(at + 1, s.first).includes('be'))) ||
    COPULAS.has(s.words[at - 1] ?? '') || s.words.slice(at + 1, s.first).includes('be') ||
    // "this seems to me not so very complicated to implement": an opinion between the verb and the denial.
    (['me', 'us'].includes(s.words[at - 1] ?? '') && s.words[at - 2] === 'to' && COPULAS.has(s.words[at - 3] ?? ''));
  if (!copular) return false;
  if (s.words.slice(Math.max(0, at - 6), at).some((w) => w === 'if' || w === 'whether' || w === 'unless')) return false;
  if (s.words.slice(s.last + 1, s.last + 5).some((w) => HAZARDS.has(w))) return false;
  // "not a hard timeline", "no hard limits": "hard" as firm, said of a noun that is not a piece of work.
  const n1 = wordAt(s, 1);
  // "it isn't a big deal for most users": what it costs the people it reaches, not the work.
  // (Not "it wouldn't be hard for you to add a flag": work for them to do.)
  if (n1 === 'for' && !s.words.slice(s.last + 2, s.last + 6).includes('to') && [2, 3].some((k) => ['users', 'user', 'people', 'customers', 'customer', 'everyone', 'anyone', 'us', 'me', 'them', 'you'].includes(wordAt(s, k) ?? ''))) return false;
  // ("too difficult a feature to implement": the unit of work after "a".)
  const unitAfter = (n1 === 'a' || n1 === 'an') && [2, 3].some((k) => WORK_NOUNS.has(wordAt(s, k) ?? ''));
  if (n1 && !s.clauseEnds && !unitAfter && !WORK_NOUNS.has(n1) && !['to', 'at', 'for', 'and', 'but', 'or', 'since', 'because', 'as', 'though', 'anyway', 'really', 'either', 'now', 'then', 'so', 'if', 'once', 'task', 'job', 'problem', 'thing', 'one', 'enough'].includes(n1)) return false;
  const rest = s.words.slice(s.last + 1, s.last + 7);
  const to = rest.indexOf('to');
  if (to !== -1) {
    const v = rest[to + 1] ?? '';
    if (NOT_WORK_AFTER.has(v) || (USER_VERBS.has(v) && !BUILD_VERBS.has(v) && v !== 'review')) return false;
    if (!BUILD_VERBS.has(v) && !WORK_VERBS.has(v) && v !== 'review') return false;
  } else {
    // The subject is the work: "Review … is not difficult", "Writing tests … is not hard", "it wouldn't be too hard".
    const subject = s.words.slice(0, at).find((w) => !LEAD_IN.has(w));
    // (The subject may stand a word or two in: "the changes are not that complex", "this would be…".)
    const subjects = s.words.slice(0, at).filter((w) => !LEAD_IN.has(w) && !SUBJECT_SKIP.has(w));
    const work = !!subject && [subject, subjects[0], subjects[subjects.length - 2]].some((w) => !!w && (WORK_SUBJECTS.has(w) || WORK_NOUNS.has(w) || !!workVerbBase(w) || w === 'review'));
    if (!work) return false;
  }
  const mine = s.words.some((w) => FIRST_PERSON.has(w)) && !askedInSentence(s);
  return mine ? 'question' : sizeClaim(s);
}

/** Words that make the sentence about a belief, not a claim: "the myth that it's easy". */
const MYTH = new Set(['myth', 'myths', 'belief', 'believe', 'misconception', 'misconceptions', 'assumption', 'assumptions', 'fallacy', 'illusion', 'pretend', 'pretends', 'pretending', 'pretended']);

/** A belief discussed ("the myth that…", "people believe it's easy"), not the author's own "I believe it should be an easy port". */
const myth = (w: string, i: number, words: readonly string[]) => MYTH.has(w) && !(w === 'believe' && ['i', 'we'].includes(words[i - 1] ?? ''));

/** What is easy to do by accident: "easy to make mistakes", "easy to introduce bugs". */
const HAZARDS = new Set(['mistake', 'mistakes', 'error', 'errors', 'bug', 'bugs', 'wrong', 'accidentally', 'typo', 'typos', 'regressions', 'regression']);

/** A changelog's or commit's opening verb: what the author did ("Added …", "Implemented …"). */
const CHANGE_LOGGED = new Set(['added', 'implemented', 'introduced', 'implement', 'add']);
/** A commit subject's verb, third person: what the change does ("Moves jobs to…", "Adds a flag…"). */
const COMMIT_VERBS = new Set(['adds', 'moves', 'fixes', 'updates', 'removes', 'replaces', 'bumps', 'switches', 'renames', 'refactors', 'introduces', 'implements', 'drops', 'allows', 'enables', 'disables']);

/** True when the adjective minimises; 'question' when it may, as the reader is left to judge ("should be easy to implement"). */
/**
 * "would be a quick win to broaden signal", "an easy win": the value of an opportunity, not a size pressed on
 * someone (in the corpus every "quick/easy win" is harmless by the readers' labels); "a quick fix for now": a
 * stopgap the author offers, named as one.
 */
function valueOrStopgap(s: Sentence): boolean {
  const n1 = wordAt(s, 1);
  if (n1 === 'win' || n1 === 'wins') return true;
  if (!['fix', 'fixes', 'workaround', 'hack', 'patch', 'solution'].includes(n1 ?? '')) return false;
  if (hasSeq(s.words.slice(s.last + 2, s.last + 6), ['for', 'now'])) return true;
  // "This is a quick fix for the site, which had been broken…", "it's a quick fix for a reported issue", "this is a
  // quick fix, which probably needs some further adjustment": a change described as a stopgap, with what it is for
  // or what it leaves undone. (Not "given it's a quick fix." nor "it should be a quick fix": the size, judged.)
  // ("an" only before a word that takes it: "this is an easy fix to…".)
  // ("this is just a quick fix by…": "just" may come between.)
  const told = toldSo(s);
  const n2 = wordAt(s, 2);
  // ("This is a quick fix to avoid polluting stdout": what the change is for, as a pull request describes its own.)
  const goesOn = meansFollows(s, 1) || (n2 === 'for' && !['you', 'your', 'someone', 'anyone', 'somebody'].includes(wordAt(s, 3) ?? '')) || n2 === 'so' ||
    (n2 === 'to' && ['avoid', 'stop', 'prevent', 'keep', 'unblock', 'restore', 'silence', 'suppress'].includes(wordAt(s, 3) ?? '')) || /\bquick\s+fix\s*,\s*(?:which|and|but)\b/i.test(s.masked);
  // "this is a simple fix to issue #1440", "this is an easy fix to a performance regression": the change a pull
  // request makes, named by the fault it fixes. (Not "it should be an easy fix to include…": judged, and asked.)
  const n3 = wordAt(s, 3) ?? '';
  const fixesFault = n1 === 'fix' && n2 === 'to' && (['a', 'an', 'the', 'issue', 'bug', 'regression'].includes(n3) || /^#?\d+$/.test(n3));
  const asked = askedHere(s);
  if (told && fixesFault && !asked && ['quick', 'easy', 'simple', 'small', 'trivial'].includes(s.words[s.first] ?? '')) return true;
  // "While this is a simple fix and addresses the linked issue, …": the change described by what it does.
  if (told && !asked && n1 === 'fix' && n2 === 'and' && ['addresses', 'fixes', 'resolves', 'closes', 'solves', 'handles', 'removes', 'keeps'].includes(wordAt(s, 3) ?? '')) return true;
  return s.words[s.first] === 'quick' && told && goesOn;
}

/**
 * "This is a quick fix to make things work", "This is a trivial change to the parser": a commit or pull request telling
 * the change it makes by what it is for or what it touches (every such sentence in the corpus is harmless by the
 * readers' labels). Not "this is a trivial change to implement", the work itself judged; not asked for; and, read by
 * the caller, not in a brief or ticket, where "This is a trivial change to the search page" sizes the work asked for.
 */
function changeToldByPurpose(s: Sentence): boolean {
  const [n1, to, what, then] = [wordAt(s, 1), wordAt(s, 2), wordAt(s, 3) ?? '', wordAt(s, 4)];
  if (s.words[0] !== 'this' || !['is', 'was'].includes(s.words[1] ?? '') || !toldSo(s) || askedHere(s)) return false;
  if (!['fix', 'change', 'patch', 'tweak'].includes(n1 ?? '')) return false;
  // ("This is a simple change that aligns the token name with our naming conventions": what it does, in the present.)
  if ((to === 'that' || to === 'which') && /^[a-z]{3,}s$/.test(what) && !['is', 'was', 'has', 'needs', 'requires'].includes(what)) return true;
  if (to !== 'to') return false;
  return ['the', 'our', 'this', 'these', 'its'].includes(what) || (/^[a-z]+$/.test(what) && what !== 'a' && what !== 'an' && !!then && !PURPOSE_STOPS.has(then));
}

/** "this is a …", "it's a …", "that's (just) a …" right before the hit: a change told of, as `valueOrStopgap` reads it. */
function toldSo(s: Sentence): boolean {
  const o = ['just', 'only'].includes(wordAt(s, -2) ?? '') ? -1 : 0;
  return ['is', "it's", "that's"].includes(wordAt(s, o - 2) ?? '') && ['a', 'an'].includes(wordAt(s, -1) ?? '') && (wordAt(s, o - 2) !== 'is' || ['this', 'it', 'that'].includes(wordAt(s, o - 3) ?? ''));
}
/** A question, a plea or "can you": the sentence asks for the work. */
const askedHere = (s: Sentence) => /\?\s*$/.test(s.masked) || s.words.includes('please') || hasSeq(s.words, ['can', 'you']) || hasSeq(s.words, ['could', 'you']);
/** After "a quick fix to <verb>", words that leave the verb without an object of its own: "a trivial change to implement for you". */
const PURPOSE_STOPS = new Set(['for', 'and', 'or', 'in', 'on', 'at', 'with', 'but', 'if', 'since', 'because', 'so', 'though', 'right', 'anyway', 'too', 'as']);

/**
 * "The dark mode is a simple dark screen with no option to customize", "the login page is a simple form": a thing
 * that exists, named as the subject, described as it is. (Not "the fix is a simple change": the work itself as the
 * subject; nor "What the customer wants is a simple scheduling system": something asked for.)
 */
function thingDescribed(s: Sentence): boolean {
  const k = pastDegree(s);
  if (!['a', 'an'].includes(wordAt(s, k) ?? '') || !['is', 'are'].includes(wordAt(s, k - 1) ?? '')) return false;
  for (let d = k - 3; d >= k - 4; d--) {
    if (!['the', 'our', 'their', 'its', 'my'].includes(wordAt(s, d) ?? '')) continue;
    const subject = s.words.slice(s.first + d + 1, s.first + k - 1);
    const lead = s.words.slice(0, s.first + d);
    return !subject.some((w) => WORK_SUBJECTS.has(w)) && !lead.some((w) => ['what', 'want', 'wants', 'need', 'needs', 'if'].includes(w));
  }
  return false;
}

/** "want X to be", "expects things to be", "would like it to be" right before the hit (degree words aside). */
function wantedToBe(s: Sentence): boolean {
  const k = pastDegree(s);
  if (wordAt(s, k) !== 'be' || wordAt(s, k - 1) !== 'to') return false;
  for (let j = k - 2; j >= k - 6; j--) {
    const w = wordAt(s, j);
    if (!w) return false;
    if (['want', 'wants', 'wanted', 'expect', 'expects', 'expected'].includes(w)) return true;
    // ("would like it to be easy", not "it looks like it has to be quick".)
    if (w === 'like' && /^(?:would|.+'d)$/.test(wordAt(s, j - 1) ?? '')) return true;
  }
  return false;
}

/** Words that may stand between a verb of fixing and the adjective: "fixes *some* trivial issues", "fix *a* small bug". */
const FIXED_GAP = new Set(['a', 'an', 'the', 'some', 'few', 'several', 'couple', 'of', 'these', 'those', 'two', 'three', 'many', 'very', 'really', 'pretty', 'quite']);
/**
 * "This pull request fixes some trivial issues", "fixing minor bugs": the adjective sizes the faults a change
 * fixes, not the work of fixing them (every such sentence in the corpus is harmless by the readers' labels).
 */
function faultsFixed(s: Sentence): boolean {
  for (let k = -1; k >= -5; k--) {
    const w = wordAt(s, k);
    if (!w) return false;
    if (/^(?:fix|fixes|fixed|fixing|resolves?|resolved|resolving)$/.test(w)) return true;
    if (!FIXED_GAP.has(w)) return false;
  }
  return false;
}

/** Someone with the skill, after "for": "someone who knows PHP", "a programmer who knows what they are doing", "someone of your expertise". */
const SKILLED_ONE = new Set(['someone', 'somebody', 'anyone', 'anybody', 'developer', 'developers', 'dev', 'devs', 'programmer', 'programmers', 'coder', 'coders', 'engineer', 'engineers', 'freelancer', 'professional', 'expert']);
/**
 * Where the words after "for" start when "for" follows the size word, maybe past "enough" and a unit of work ("a
 * very quick project for…", "easy one for…", "simple enough for…"); -1 when no "for" follows it.
 */
function forAfterSize(s: Sentence): number {
  let k = 1;
  if (wordAt(s, k) === 'enough') k++;
  const unit = wordAt(s, k);
  if (unit && (WORK_NOUNS.has(unit) || ['project', 'job', 'task', 'one', 'thing'].includes(unit))) k++;
  return wordAt(s, k) === 'for' ? k + 1 : -1;
}

/**
 * "It should be very simple for someone who knows PHP programming", "a very quick project for someone who has
 * done this before", "trivial for someone of your expertise": the work called small for whoever takes it on,
 * the measure of those sought to do it. (Not "easy for someone with limited domain knowledge to pick up", a
 * first issue's label; not a user's ease: "easy for someone to exchange their payment pointer" has no skill.)
 */
function smallForSkilled(s: Sentence): boolean {
  let k = forAfterSize(s);
  if (k < 0) return false;
  if (['a', 'an', 'any'].includes(wordAt(s, k) ?? '')) k++;
  if (!SKILLED_ONE.has(wordAt(s, k) ?? '')) return false;
  const next = wordAt(s, k + 1);
  // ("… for a developer who knows what they are doing" has its own finding, on those words.)
  if (next === 'who' && wordAt(s, k + 2) === 'knows' && wordAt(s, k + 3) === 'what') return false;
  if (next === 'who' || next === 'that') return !['wants', 'want', 'needs', 'need', 'uses', 'use'].includes(wordAt(s, k + 2) ?? '');
  return next === 'of' && ['your', 'his', 'her', 'their', 'moderate', 'average', 'basic', 'any'].includes(wordAt(s, k + 2) ?? '');
}

/**
 * "Easy one for you.", "an easy fix for you", "should be easy for you guys to add": the work called small, said to
 * the one who is to do it. (Not "easy for you to use", what a user gets; not "What's easy for you may not be easy
 * for others", ease compared.)
 */
function smallForAddressee(s: Sentence): boolean {
  let k = forAfterSize(s);
  if (k < 0 || !['you', 'u', 'ya'].includes(wordAt(s, k) ?? '')) return false;
  k++;
  if (['guys', 'all', 'folks'].includes(wordAt(s, k) ?? '')) k++;
  const next = wordAt(s, k);
  if (next === undefined) return true;
  const v = wordAt(s, k + 1) ?? '';
  return next === 'to' && (BUILD_VERBS.has(v) || (WORK_VERBS.has(v) && !USER_VERBS.has(v)));
}

function adjectiveMinimises(s: Sentence, inParagraph: boolean): Verdict {
  // (First: a negation later in the sentence, "may already exist but doesn't appear to be in 3.x", leaves the label.)
  if (requestSizedAtOpening(s)) return true;
  if (negated(s) || offersOwnWork(s) || contrasted(s) || madeEasy(s) || valueOrStopgap(s) || whyChosen(s) || ownMeansGiven(s) || faultsFixed(s)) return false;
  // "useful for users who need to generate a simple document": what the users do, in a clause about them.
  if (/\b(?:users?|customers?|people|visitors|readers|admins|members|players|clients|anyone|everyone)\s+(?:who|that)\s[^,;:]*$/i.test(s.lead)) return false;
  if (smallForSkilled(s) && (wordsBefore(s, 6).some((w) => MODALS.has(w) || COPULAS.has(w) || w.endsWith("'s")))) return true;
  if (smallForAddressee(s)) return true;
  // "could be very simple": a design that may be small, not work presumed small.
  if (wordAt(s, -1) === 'too' || ['might', 'may', 'could'].includes(wordAt(s, -2) ?? '') || ['might', 'may', 'could'].includes(wordAt(s, -3) ?? '')) return false;
  // ("might actually be a fairly straightforward implementation": the same, with fillers between.)
  for (let k = -1; k >= -6; k--) {
    const w = wordAt(s, k) ?? '';
    if (['might', 'may', 'could'].includes(w)) return false;
    if (!(DEGREE.has(w) || ['a', 'an', 'be', 'actually', 'also', 'probably', 'even', 'well'].includes(w))) break;
  }
  // "the belief that if the work is simple to describe, it's easy": a myth discussed, not a claim;
  // "more straightforward to clone the repositories": options compared.
  if (s.words.some(myth) || ['more', 'less', 'most', 'least'].includes(wordAt(s, -1) ?? '')) return false;
  // "Turns out it's incredibly easy to build arm64 images under WSL": the author's own finding, reported.
  if (hasSeq(s.words.slice(0, s.first), ['turns', 'out']) || hasSeq(s.words.slice(0, s.first), ['turned', 'out'])) return false;
  // "This is meant to be easy to backport, so…": a design goal the author set, not someone's work presumed small.
  const goal = wordsBefore(s, 5);
  if (['meant', 'designed', 'intended'].some((w) => hasSeq(goal, [w, 'to', 'be']))) return false;
  // "we want tests to be easy to write", "we want it to be easy to understand", "the boss still expects things to
  // be quick": a quality wished for or expected of something, not work called small (all 6 such sentences in the
  // corpus are harmless by the readers' labels).
  if (wantedToBe(s)) return false;
  // "If all you want to propose is a simple addition…, you can just open an issue", "If it's a simple change, a
  // sentence or two is probably sufficient": the size inside a condition that opens the sentence, supposed,
  // not claimed (in the corpus, 3 of 34 such sentences are problems by the readers' labels).
  if (s.words[0] === 'if' && !/[,;:]/.test(s.lead)) return false;
  // "Added \`.awayFromZero\`, which is trivial to implement": a changelog entry, the author's own change reported.
  if (CHANGE_LOGGED.has(s.words[0] ?? '') && s.first > 1) return false;
  // "Moves ironic-standalone jobs to use 32GB nodes which is a relatively simple change": a commit message's
  // subject, the change it makes, in the third person (not "Fixes should be easy", a noun before a modal).
  if (COMMIT_VERBS.has(s.words[0] ?? '') && s.first > 3 && !/[,;:]/.test(s.lead) && opensCapitalised(s) && !MODALS.has(s.words[1] ?? '') && !COPULAS.has(s.words[1] ?? '') && !['to', 'for', 'of', 'like'].includes(s.words[1] ?? '')) return false;
  // "Seems simple and straightforward, right?", "will find this extremely quick and easy": the work judged easy.
  if (COPULAS.has(s.words[0] ?? '') && s.words[0]!.startsWith('s') && s.first <= 2) return sizeClaim(s);
  if (wordsBefore(s, 5).some((w, i, a) => w === 'find' && ['this', 'it', 'that'].includes(a[i + 1] ?? ''))) return true;
  // "if it's easy, then…", "in a way where it can be easily modified": a condition, or a design property.
  // ("I do not care if your request is very simple": the condition may open a few words back.)
  const lead = wordsBefore(s, 6);
  if (lead.some((w) => w === 'if' || w === 'whether' || w === 'unless') || wordsBefore(s, 7).includes('way')) return false;
  // "easy to make mistakes", "simpler to implement compared to the others": a hazard, or options weighed.
  if (s.words.slice(s.last + 1, s.last + 5).some((w) => HAZARDS.has(w)) || s.words.slice(s.last + 1).some((w) => w === 'compared' || w === 'than')) return false;
  const n1 = wordAt(s, 1);
  // "a method that is quick and easy to use": joined to a second adjective, it says what users do with it too.
  // (Said of it, after "is": "a simple and easy to use dashboard" may still be a product asked for.)
  const said = COPULAS.has(wordAt(s, -1) ?? '') || (DEGREE.has(wordAt(s, -1) ?? '') && COPULAS.has(wordAt(s, -2) ?? ''));
  if (said && (n1 === 'and' || n1 === 'or') && wordAt(s, 3) === 'to' && USER_VERBS.has(wordAt(s, 4) ?? '') && !BUILD_VERBS.has(wordAt(s, 4) ?? '')) return false;
  // ("It is trivially easy and obvious to add a new task": paired with a word only an experience has, it is how
  // the product feels to its users, whatever the verb.)
  if (said && n1 === 'and' && ['obvious', 'intuitive', 'discoverable', 'natural', 'pleasant', 'fun', 'painless', 'seamless', 'convenient'].includes(wordAt(s, 2) ?? '') && wordAt(s, 3) === 'to') return false;
  // "easy to add", "trivial for a developer to implement", "simple enough to build".
  for (let k = 1; k <= 5; k++) {
    const w = wordAt(s, k);
    if (w === 'to') {
      const v = wordAt(s, k + 1);
      if (!v) return false;
      // "those are only 100-300 loc each, and thus should be easy to review", "PR ready to go now, should be quick to
      // review now": the reviewer's work judged small before it is done (not "that should make it easy to review",
      // a change made for the reviewer). A question: a change's author says it of their own work too.
      const lead4 = wordsBefore(s, 4);
      if (v === 'review' && k === 1 && !lead4.some((w) => w === 'make' || w === 'makes') && lead4.some((w) => w === 'should' || w === 'would')) return 'question';
      if (USER_VERBS.has(v) && !BUILD_VERBS.has(v)) return false;
      if (BUILD_VERBS.has(v)) {
        const between = s.words.slice(s.last + 1, s.last + k);
        if (between.some((x) => ['users', 'user', 'customers', 'people', 'admins', 'readers', 'them', 'anyone', 'contributors', 'plugins'].includes(x))) return false;
        if (!judgedEasy(s, inParagraph)) return false;
        // "At least add a dark theme for now, should be quick to implement": said right after asking someone for it;
        // "They'd be easy to implement", "This page will be easy to build": nobody's own work is named.
        // Engineers say it of their own work as often as others say it of someone else's: with "I" or "we", a question.
        return askedInSentence(s) || !s.words.some((w) => FIRST_PERSON.has(w)) ? true : 'question';
      }
      return false;
    }
    // ("an easy one to add": "one" stands for the work.)
    // ("easy for the team to add", "easy for you guys to fix", "trivial for the maintainers to merge": those who do the work.)
    if (w !== 'enough' && w !== 'for' && w !== 'a' && w !== 'the' && w !== 'an' && w !== 'you' && w !== 'us' && !WHO_WORKS.has(w ?? '') && !(k === 1 && w === 'one')) break;
  }
  // "A simple toggle to remove it from the sidebar would improve usability": a feature wished for, called small.
  if (wishedAtOpening(s)) return true;
  // "the service I need written is a single page that hits a simple mysql database".
  if (askedProduct(s)) return true;
  // "the bug was so simple that…": the work called trivial, in any tense.
  if (soThat(s)) return true;
  // "a simple login and record management system": asking for something, presuming it small.
  if (askedFor(s)) {
    if (n1 && !HOW_TO.has(n1) && !HOW_TO.has(wordAt(s, 2) ?? '') && !(s.words.slice(0, s.first).includes('i') && (n1 === 'way' || n1 === 'fix'))) return true;
  }
  // "It's a REALLY simple app", "this is a very simple site": a product to build, its size stressed.
  if ((PRODUCTS.has(n1 ?? '') || PRODUCTS.has(wordAt(s, 2) ?? '')) && DEGREE.has(wordAt(s, -1) ?? '') && unitAsserted(s) && ['it', "it's", 'this', 'its'].includes(s.words[0] ?? '')) return true;
  // "the devs won't add such a simple feature": the work asked for called small by "such".
  if (wordAt(s, -1) === 'a' && wordAt(s, -2) === 'such' && n1 && (WORK_NOUNS.has(n1) || PRODUCTS.has(n1) || n1 === 'thing') && !offersOwnWork(s)) return true;
  // "a simple change", "an easy fix": the work is called small.
  if (n1 && (WORK_NOUNS.has(n1) || WORK_NOUNS.has(wordAt(s, 2) ?? '')) && unitAsserted(s)) {
    if (thingDescribed(s)) return false;
    const j = WORK_NOUNS.has(n1) ? 1 : 2;
    if (offeredForMerge(s, j)) return false;
    // ("An easy fix for this is to…" offers a workaround; "This should be an easy fix for this case" judges the work.)
    const judged = wordsBefore(s, 4).some((w) => MODALS.has(w));
    return WORKAROUND.some((seq) => seq.every((x, i) => wordAt(s, j + 1 + i) === x) && !(judged && seq[0] === 'for')) ? false : sizeClaim(s);
  }
  // "this should be easy", "it's trivial", "the change seems straightforward".
  let k = -1;
  while (DEGREE.has(wordAt(s, k) ?? '') || wordAt(s, k) === 'actually') k--;
  const cop = wordAt(s, k);
  if (cop && COPULAS.has(cop) && cop !== 'was' && cop !== 'were' && (n1 === undefined || s.clauseEnds || ['and', 'since', 'because', 'as', 'enough', 'now', 'right', 'anyway', 'though', 'obviously', 'really', 'so', 'then'].includes(n1) || (n1 === 'with' && MODALS.has(wordAt(s, k - 1) ?? '')) || s.words.length === s.last + 1)) {
    if (cop === "it's" || cop === "that's" || cop === 'its' || cop === 'thats' || s.words.slice(0, s.first).includes('surely')) return sizeClaim(s);
    // "Upgrading from v9 to v10 is straightforward": the upgrade a release asks of its users, named by its verb.
    if (['upgrading', 'migrating'].includes(s.words[0] ?? '') && s.first <= 8 && !s.words.slice(0, s.first).some((w) => FIRST_PERSON.has(w))) return sizeClaim(s);
    for (let j = k - 1; j >= k - 4; j--) {
      const w = wordAt(s, j);
      // "Should be simple." with no subject: said of the work just asked for.
      if (!w) return j < k - 1 && MODALS.has(wordAt(s, j + 1)!);
      // "needs fixing, should be easy": the same, after a clause that asks for the work.
      if (j < k - 1 && MODALS.has(wordAt(s, j + 1)!) && ['needs', 'need', 'please'].some((x) => s.words.slice(0, j + 1).includes(x)) && new RegExp(`[,;:]\\s*${wordAt(s, j + 1)}\\s+be\\b`, 'i').test(s.masked)) return true;
      // "The reason for this is simple": "this" is the object of "for"; the subject is the noun before it,
      // which is the work only when it is one ("the fix for this is simple").
      if (PRONOUNS_OF_WORK.has(w) && OF_PREPOSITIONS.has(wordAt(s, j - 1) ?? '')) return WORK_NOUNS.has(wordAt(s, j - 2) ?? '') ? sizeClaim(s) : false;
      if (WORK_SUBJECTS.has(w)) return sizeClaim(s);
      // "Publishing the app on Flathub should be easy": the work named by its verb, opening the sentence.
      if (j === k - 1 && MODALS.has(w) && workVerbBase(s.words[0] ?? '') && s.words[0]!.endsWith('ing')) return sizeClaim(s);
      // ("Although it only supports enwiki, making it support other wikis should be trivial": the same, opening the clause.)
      if (j === k - 1 && MODALS.has(w) && gerundOpensClause(s, j)) return sizeClaim(s);
      // "The app is relatively simple: a lunch list…", "the script will be quite simple.": the size of a product
      // to build, stated as its scope. (Not a quality required of it: "should be simple, reliable and light".)
      if (BUILT_SUBJECTS.has(w)) return (['is', 'seems', 'sounds', 'looks'].includes(cop) || (cop === 'be' && wordAt(s, k - 1) === 'will')) && (n1 === undefined || (s.clauseEnds && ['a', 'an', 'the', 'just', 'only', 'it', 'we', 'i', 'you', 'basically', 'there', 'nothing'].includes(n1)));
      // ("this should hopefully be easy": a hedge between the modal and "be" changes nothing.)
      if (!MODALS.has(w) && !['the', 'should', 'be', 'probably', 'also', 'then', 'really', 'think', 'i', 'end', 'actually', 'hopefully', 'definitely', 'certainly'].includes(w)) return false;
    }
  }
  return false;
}

/**
 * A work verb's "-ing" form opening the clause whose modal stands at `k` (counted back from the hit, as
 * `wordAt` counts), after a comma or a semicolon and within six words: the work named by its verb,
 * as the clause's subject.
 */
function gerundOpensClause(s: Sentence, k: number): boolean {
  for (let g = k - 1; g >= k - 6 && s.first + g > 0; g--) {
    const w = wordAt(s, g);
    if (!w || !w.endsWith('ing') || !workVerbBase(w)) continue;
    // (Not after a condition: "if they have the knowledge…, migrating to ours should be simple enough".)
    return !s.words.slice(0, s.first + g).some((x) => x === 'if' || x === 'unless') && new RegExp(`[,;]\\s*${w}\\b`, 'i').test(s.masked);
  }
  return false;
}

/**
 * "Simple feature request, it'd be nice for the app to have a dark theme", "Minor/trivial feature request, may
 * already exist…": the requester opens by labelling what they ask for as small, before anyone has sized it.
 * Only as the sentence's opening label, set off by a mark (not "Small requests are typically completed within
 * 24 hours", a policy, nor "I found a simple request", a story).
 */
function requestSizedAtOpening(s: Sentence): boolean {
  if (!s.words.slice(0, s.first).every((w) => SIZED_UP.has(w))) return false;
  const j = ['feature', 'enhancement', 'change', 'ui'].includes(wordAt(s, 1) ?? '') ? 2 : 1;
  if (wordAt(s, j) !== 'request' || (j === 1 && s.first > 0)) return false;
  return /\brequest\s*[,:;!—–-]/i.test(s.masked);
}

/** What a sentence may open with that is no feature wished for: a workaround, a glance, a note. */
const NOT_WISHED = new Set(['fix', 'workaround', 'hack', 'look', 'glance', 'search', 'mock-up', 'mockup', 'note', 'reminder', 'request', 'one', 'example', 'test']);

/**
 * "A simple setting that allows users to list folders to ignore would be a perfect solution", "A simple
 * improvement would also be auto-saving…": the sentence opens with the feature it wishes for, sized by the
 * hit, and says what it would do. (Not "A simple search and replace would have prevented this", a past that
 * did not happen, nor "A quick fix would be to…", a workaround.)
 */
function wishedAtOpening(s: Sentence): boolean {
  const k = pastDegree(s);
  if (s.first + k !== 0 || !['a', 'an'].includes(wordAt(s, k) ?? '')) return false;
  const n1 = wordAt(s, 1);
  if (!n1 || HOW_TO.has(n1) || NOT_WISHED.has(n1)) return false;
  const would = s.words.indexOf('would', s.last + 1);
  if (would === -1) return false;
  const v = s.words[would + 1];
  return v !== 'have' && !(v === 'be' && s.words[would + 2] === 'to');
}

/**
 * "However, this is a trivial fix, so please merge when you're happy!": the author's own change, done,
 * offered for a merge or a review. The size describes what they did; the maintainer is asked only to
 * look. (Not "a tiny PR that takes 3 seconds to review", which sizes the reviewer's work, nor "it's a
 * trivial fix, can you add it?", which asks for the fix itself.)
 */
function offeredForMerge(s: Sentence, noun: number): boolean {
  if (!['fix', 'change', 'patch', 'tweak'].includes(wordAt(s, noun) ?? '')) return false;
  const before = s.words.slice(0, s.first);
  if (!before.some((w) => w === 'this' || w === "it's" || w === 'it') || before.some((w) => w === 'you' || w === 'your')) return false;
  const after = s.words.slice(s.last + noun + 1);
  const at = after.findIndex((w) => ['merge', 'review', 'approve'].includes(w));
  return at > 0 && after[at - 1] !== 'to' && !after.slice(0, at).some((w) => ['takes', 'take', 'seconds', 'minutes', 'add', 'do', 'implement'].includes(w));
}

/**
 * "It should be very easy to implement since we have the underlying logic": the reason names what the
 * writer's own side already has, so the work judged easy is theirs, reasoned, not pressed on others.
 */
function ownMeansGiven(s: Sentence): boolean {
  const after = s.words.slice(s.last + 1);
  return after.some((w, i) => {
    if (!['since', 'because', 'as'].includes(w)) return false;
    const who = after[i + 1] ?? '';
    return who === "we've" || who === "i've" || ((who === 'we' || who === 'i') && ['have', 'already', 'got'].includes(after[i + 2] ?? ''));
  });
}

/** What a reader is invited to open: "create a PR", "file an issue". */
const CONTRIBUTIONS = new Set(['pr', 'prs', 'pull', 'issue', 'issues', 'ticket', 'tickets', 'discussion']);

/** Verbs of choosing or using a product. */
const CHOOSING = new Set(['use', 'uses', 'used', 'using', 'like', 'likes', 'love', 'loves', 'prefer', 'prefers', 'preferred', 'chose', 'choose', 'chooses', 'picked', 'recommend', 'recommends', 'switched']);
/**
 * "Many people use alacritty thanks to it being simple", "I picked it because it's simple": why a product is
 * chosen, its quality described, not work presumed small.
 */
function whyChosen(s: Sentence): boolean {
  const before = s.words.slice(0, s.first);
  const chose = before.findIndex((w) => CHOOSING.has(w));
  return chose !== -1 && before.slice(chose + 1).some((w, i, a) => w === 'because' || w === 'since' || (w === 'thanks' && a[i + 1] === 'to'));
}

/** Who does the work, between "easy for" and "to": "easy for a developer to implement", "for the team to add". */
const WHO_WORKS = new Set(['developer', 'developers', 'engineer', 'engineers', 'dev', 'devs', 'someone', 'somebody', 'team', 'guys', 'maintainer', 'maintainers', 'engineering', 'eng']);
const PRONOUNS_OF_WORK = new Set(['this', 'that', 'it']);
const OF_PREPOSITIONS = new Set(['for', 'of', 'behind', 'about']);
const FIRST_PERSON = new Set(['i', 'we', "i'll", "we'll", "i'm", "we're", "i'd", "we'd", 'my', 'our', 'me', 'us']);
/** A request before the hit in the same sentence: "Please add…, should be easy", "At least add X, should be quick to implement". */
function askedInSentence(s: Sentence): boolean {
  const before = s.words.slice(0, s.first);
  if (before.some((w) => w === 'i' || w === 'we' || w === 'my' || w === 'our' || w === 'if')) return false;
  const opener = before[0] === 'please' || before[0] === 'pls' ? before[1] : hasSeq(before.slice(0, 2), ['at', 'least']) ? before[2] : before[0];
  return (!!opener && WORK_VERBS.has(opener)) || hasSeq(before, ['can', 'you']) || hasSeq(before, ['could', 'you']) || before.includes('please');
}
/**
 * "should be easy to add", "it's trivial to implement": the work is judged easy. Not a property
 * listed without a verb ("- Extensible: easy to update patterns"), nor a tip to the reader
 * ("it's easy to add a sleep; this way, when you run the tests…", "easy to adapt your styles").
 */
function judgedEasy(s: Sentence, inParagraph: boolean): boolean {
  let k = -1;
  // ("This is an easy one to add": the article before the judgement.)
  if ((wordAt(s, k) === 'a' || wordAt(s, k) === 'an') && wordAt(s, 1) === 'one') k--;
  while (DEGREE.has(wordAt(s, k) ?? '') || wordAt(s, k) === 'actually') k--;
  const cop = wordAt(s, k);
  const modal = wordsBefore(s, 6).some((w) => MODALS.has(w) || w.endsWith("'ll") || w.endsWith("'d"));
  // "Pretty simple to implement because…", "Easy enough to put a sounds option in settings.": the judgement
  // opens the sentence, its subject and verb left out. (In running text: a list item "- Straightforward to
  // implement" is a property weighed among pros and cons.)
  if (!modal && !(cop && COPULAS.has(cop)) && !(cop === undefined && inParagraph)) return false;
  // "Fortunately, this was actually quite easy to fix", "it was surprisingly simple to reproduce": work
  // already done, reported (all 10 such sentences in the corpus are harmless).
  if (cop === 'was' || cop === 'were') return false;
  // ("Since you tag your releases it should be fairly easy to do": the reader's own work named before the judgement
  // is the reason it is easy for them; "easy to adapt your styles" after it is a tip.)
  const yours = (w: string) => w === 'your' || w === "you're";
  if (s.words.slice(s.last + 1).some(yours) || (!modal && s.words.some(yours))) return false;
  if (!modal && (cop === "it's" || cop === 'is') && (s.next.includes('you') || s.next.includes('your'))) return false;
  return true;
}

/** Products someone is hired to build, as the subject of "is simple" (see adjectiveMinimises). */
const BUILT_SUBJECTS = new Set(['app', 'apps', 'application', 'website', 'site', 'webapp', 'widget', 'script', 'program', 'bot', 'game', 'project', 'job', 'gig']);
/** Things someone is asked to build, named right after "simple", "basic", "small" ("a simple mysql *database*"). */
const PRODUCTS = new Set([
  'website', 'site', 'webpage', 'page', 'app', 'application', 'database', 'db', 'interface', 'system', 'form', 'dashboard',
  'portal', 'crm', 'service', 'backend', 'plugin', 'store', 'shop', 'program', 'webapp', 'web-app', 'platform', 'cms',
  'ap', 'apps', 'websites', 'sites', 'tool', 'script', 'bot', 'extension', 'game', 'e-commerce', 'ecommerce', 'landing', 'widget',
]);
/** Nouns that make "basic"/"simple" + product talk about a kind of thing, not something to build ("basic page layout"). */
const NOT_BUILT = new Set(['layout', 'layouts', 'structure', 'level', 'knowledge', 'understanding', 'example', 'examples', 'usage', 'setup', 'template', 'templates', 'test', 'tests', 'auth', 'authentication', 'settings', 'information', 'info', 'details', 'concepts', 'functionality', 'requirements']);
/** "I need", "we want", "I'm looking for" before the hit, with no "if"/"how" turning it into a question about use. */
function firstPersonAsk(before: readonly string[]): boolean {
  if (before.some((w) => ['if', 'how', 'whether', 'your', 'you'].includes(w))) return false;
  // "this needs to be a very basic webpage": what is asked for, said of it.
  if (before.some((w, i) => (w === 'this' || w === 'it') && ['needs', 'must', 'should'].includes(before[i + 1] ?? '') && before.slice(i + 2, i + 4).includes('be'))) return true;
  for (let i = 0; i < before.length; i++) {
    const w = before[i]!;
    const n = before[i + 1];
    const m = before[i + 2];
    if ((w === 'i' || w === 'we') && (['need', 'want', 'require'].includes(n ?? '') || (['just', 'only', 'really', 'simply'].includes(n ?? '') && ['need', 'want'].includes(m ?? '')))) return true;
    if ((w === "i'm" || w === "we're") && n === 'looking' && m === 'for') return true;
    // "we are seeking a very simple webcast site", "we're after a basic app".
    if (w === 'seeking' || w === 'seek' || ((w === "we're" || w === "i'm") && n === 'after')) return true;
    // "I would like to hire someone to code a fairly simple widget".
    if ((w === 'hire' || w === 'hiring') && (before[i - 1] === 'to' || before[i - 1] === 'are' || before[i - 1] === 'am')) return true;
    if ((w === 'i' || w === 'we') && (n === 'am' || n === 'are') && m === 'looking' && before[i + 3] === 'for') return true;
  }
  return false;
}
/** "I just want a basic interface where…", "what I need is a simple database": a product asked for, presumed small. */
function askedProduct(s: Sentence): boolean {
  if (negated(s) || s.hasCode) return false;
  for (let j = 1; j <= 3; j++) {
    const w = wordAt(s, j);
    if (!w) return false;
    if (PRODUCTS.has(w)) return !NOT_BUILT.has(wordAt(s, j + 1) ?? '') && firstPersonAsk(s.words.slice(0, s.first)) && !offersOwnWork(s);
    if (CLAUSE_WORDS.has(w) || w === 'a' || w === 'the') return false;
  }
  return false;
}
/** Nouns that, as the subject of "so simple that", are work someone else does. */
const WORK_ITSELF = new Set(['bug', 'typo', 'fix', 'change', 'issue', 'feature', 'patch', 'problem', 'task', 'request', 'update']);
/** "the bug … was so simple that I was sure somebody else would get around to correcting it". */
function soThat(s: Sentence): boolean {
  if (wordAt(s, -1) !== 'so' || wordAt(s, 1) !== 'that') return false;
  const rest = s.words.slice(s.last + 2);
  if (rest.some((w) => ['anyone', 'everyone', 'users', 'people', 'beginners', 'kids', 'you', 'even'].includes(w))) return false;
  return s.words.slice(Math.max(0, s.first - 9), s.first - 1).some((w) => WORK_ITSELF.has(w));
}

const ASKING = new Set(['need', 'needs', 'want', 'wants', 'looking', 'build', 'require', 'requesting', 'request', 'suggest', 'adding']);
/** "we need a simple website", "I suggest adding these simple features": asking for something, presumed small. */
function askedFor(s: Sentence): boolean {
  const det = wordAt(s, -1);
  if (!['a', 'an', 'these', 'this', 'some'].includes(det ?? '')) return false;
  const asking = s.words.slice(Math.max(0, s.first - 5), s.first - 1);
  if (asking.includes('if')) return false;
  // "And add a simple leaderboard.", "Please build a simple export": an order for something, presumed small.
  const verb = wordAt(s, -2) ?? '';
  // (An order opens the sentence; not "…download the pages and then create a small app": an approach described.)
  const opens = s.first - 2 === 0 || (s.first - 3 === 0 && ['and', 'please', 'pls', 'plz', 'just', 'so', 'then', 'also'].includes(wordAt(s, -3) ?? '')) || ['please', 'pls', 'plz'].includes(wordAt(s, -3) ?? '');
  if (['add', 'build', 'make', 'create', 'implement', 'code', 'write', 'develop'].includes(verb) && opens && !s.hasCode && !s.words.includes('your')) return true;
  return asking.some((w) => ASKING.has(w));
}

/** Nouns a size word makes small: "a tiny PR", "a small feature", "a minor tweak". */
const SIZED = new Set(['change', 'changes', 'fix', 'tweak', 'pr', 'patch', 'feature', 'task', 'job', 'ask', 'request', 'thing', 'addition', 'update', 'edit', 'website', 'site', 'app', 'form', 'bit']);

/** "a super tiny PR", "a small but useful feature", "we need a small website". */
function sizeWordMinimises(s: Sentence): Verdict {
  // "whether it's a minor update or a new page": a kind of change named, not a size asserted.
  if (negated(s) || wordsBefore(s, 5).some((w) => w === 'whether' || w === 'if')) return false;
  if (valueOrStopgap(s)) return false;
  // "Is it that big a problem to implement such a small feature?": the work asked for called small by "such".
  if (wordAt(s, -1) === 'a' && wordAt(s, -2) === 'such' && WORK_NOUNS.has(wordAt(s, 1) ?? '') && !offersOwnWork(s)) return true;
  // "Please merge; tiny PR", "a super tiny PR that takes 3 seconds to review": one's own change
  // called tiny to press a maintainer, whose work (review, merge) is what is minimised.
  // Not a size asked of contributors ("split it into a small PR for the parser, easier to review").
  if (['pr', 'patch', 'commit'].some((n) => [1, 2, 3].some((j) => wordAt(s, j) === n)) && s.words.some((w) => MAINTAINER_WORK.has(w))) {
    if (s.words.includes('please') || s.words.slice(0, s.first).some((w) => COPULAS.has(w))) return true;
  }
  if (askedProduct(s)) return true;
  if (offersOwnWork(s)) return false;
  let noun = -1;
  for (let j = 1; j <= 4; j++) {
    const w = wordAt(s, j);
    if (!w) break;
    if (SIZED.has(w)) {
      noun = j;
      break;
    }
    if (!['but', 'and', 'useful', 'little', 'small', 'tiny', 'simple', 'quick', 'extra', 'new', 'ui', 'code', 'config', 'css', 'text', 'one-line'].includes(w)) break;
  }
  if (noun === -1) return false;
  // "a little bit more complicated": "a little bit" is "somewhat"; only "a little bit of work" sizes the work.
  if (wordAt(s, noun) === 'bit' && wordAt(s, noun + 1) !== 'of') return false;
  if (WORKAROUND.some((seq) => seq.every((x, i) => wordAt(s, noun + 1 + i) === x))) return false;
  const product = ['website', 'site', 'app', 'form'].includes(wordAt(s, noun)!);
  // Asserted of the work by a copula ("it's a tiny PR"), not a fragment naming one's own ("Just a minor patch to…").
  const asserted = unitAsserted(s) && s.words.slice(0, s.first).some((w) => COPULAS.has(w) || MODALS.has(w));
  return askedFor(s) ? true : !product && asserted ? sizeClaim(s) : false;
}

/** A maintainer's work on someone's change, in any form: "tiny PR, please *merge*", "why such a delay in *merging*". */
const MAINTAINER_WORK = new Set(['merge', 'merged', 'merging', 'review', 'reviewed', 'reviewing', 'approve', 'approving', 'land', 'landing', 'accept', 'accepting']);

const ENGINEERS = /^(?:engineer|engineers|developer|developers|dev|devs|programmer|programmers|coder|coders)(?:'s|s')?$/;
/** "ten minutes of some software engineer's time", "five minutes of a developer's work". */
function minutesOfEngineering(s: Sentence): boolean {
  if (offersOwnWork(s) || negated(s)) return false;
  const after = s.words.slice(s.last + 1, s.last + 6);
  return after.some((w) => ENGINEERS.test(w)) && after.some((w) => ['time', 'work', 'effort', 'coding'].includes(w));
}

/**
 * "What are we talking, maybe just 3 to 5 hours?", "I'm thinking 2 to 3 hours tops": a duration
 * guessed for the work, asked or hedged. Not "it took just 3 hours" (a report) nor "sign up in
 * just 5 minutes" (what a user spends).
 */
function guessedDuration(s: Sentence, phrase: string): boolean {
  if (offersOwnWork(s) || s.hasCode) return false;
  const rest = s.words.slice(s.last + 1);
  if (rest[0] === 'to' && USER_VERBS.has(rest[1] ?? '') && !BUILD_VERBS.has(rest[1] ?? '')) return false;
  if (['took', 'takes', 'spent', 'in', 'after', 'within', 'every', 'for', 'ago', 'last', 'only'].includes(wordAt(s, -1) ?? '')) return false;
  if (phrase.endsWith('tops')) return true;
  const before = s.words.slice(0, s.first);
  return /\?\s*$/.test(s.masked) ? before.some((w) => ['maybe', 'talking', 'like', 'about', 'what'].includes(w)) : before.some((w) => ['maybe', 'probably', 'thinking', 'guess'].includes(w));
}

/** "it's only a button", "it's only a config change". */
function onlyAUnitOfWork(s: Sentence): Verdict {
  // "why such a long delay in merging, and that only for formatting changes?": the change to review called small.
  if (wordAt(s, 1) === 'for' && (/\?\s*$/.test(s.masked) || s.words.some((w) => ['why', 'delay', 'waiting', 'still'].includes(w))) && [2, 3, 4].some((j) => ['change', 'changes', 'fix', 'fixes', 'tweak', 'tweaks'].includes(wordAt(s, j) ?? '')) && s.words.some((w) => MAINTAINER_WORK.has(w))) return !negated(s);
  return !offersOwnWork(s) && ['a', 'an', 'one'].includes(wordAt(s, 1) ?? '') && justAUnitOfWork(s) ? sizeClaim(s) : false;
}

/** "it's a small change", "should be a quick fix", "just a tiny tweak": the size is asserted, not discussed. */
function unitAsserted(s: Sentence): boolean {
  const k = pastDegree(s);
  const art = wordAt(s, k);
  if (art !== 'a' && art !== 'an' && art !== 'some' && art !== 'such') return false;
  const before = wordAt(s, k - 1);
  // "there's an easy fix": a workaround exists, nobody is asked for work.
  if (before === "there's" || (before === 'is' && wordAt(s, k - 2) === 'there')) return false;
  return !!before && (COPULAS.has(before) || ['just', 'only', 'merely', 'simply', 'like', 'be', 'probably', 'to', 'is'].includes(before));
}

/** Idioms of work done offhand ("knock it out", "whip up"): minimising only when someone else is to do it. */
const OFFHAND = /^(?:knock|whip|throw|slap|bang|crank)/;
/** How long work takes or how big it is: "only takes a minute", "only takes two lines". */
const MEASURES = new Set(['second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'sprint', 'sprints', 'afternoon', 'morning', 'evening', 'weekend', 'line', 'lines']);
const OFFHAND_DOERS = new Set([...DOERS, 'anyone', 'anybody', 'programmer', 'programmers', 'coder', 'coders', 'freelancer', 'intern', 'they', 'he', 'she', 'guy', 'kid', 'nephew', 'student']);
function strongMinimises(s: Sentence, phrase: string): boolean {
  if (offersOwnWork(s)) return false;
  // "This should be a no-brainer. Can we get it done by end of Aug?": work still to do, predicted obvious. Not a choice
  // judged ("this patch is a no-brainer", "it seems like a no-brainer", "We agreed this was a no-brainer"), nor the
  // writers' own ("We'll probably want … while this much should be a no-brainer"): in the corpus, 7 of 9 sentences with
  // the word are harmless by the readers' labels, and both problems put "should" or "will" before it.
  // ("…to build what would be classified as a no-brainer website?": a product to build, called trivial.)
  // (Not "a no-brainer table stakes kind of thing we must do": a choice called obvious.)
  if (phrase === 'no-brainer' && PRODUCTS.has(wordAt(s, 1) ?? '')) return true;
  if (phrase === 'no-brainer') return wordsBefore(s, 4).some((w) => w === 'should' || w === 'will') && !s.words.some((w) => FIRST_PERSON.has(w) || ["we'll", "i'll"].includes(w));
  // "a task that only takes 10 minutes a week": a chore's recurring time, not work made small.
  if (/takes?$/.test(phrase) && s.words.slice(s.last + 1, s.last + 6).some((w, i, a) => RECURRING_UNITS.has(w) && ['a', 'per', 'each', 'every'].includes(a[i + 1] ?? '') && ['day', 'week', 'month', 'year', 'time', 'run'].includes(a[i + 2] ?? ''))) return false;
  if (OFFHAND.test(phrase) && !s.words.slice(0, s.first).some((w) => OFFHAND_DOERS.has(w))) return false;
  // "for a programmer who knows what they are doing" presumes the work small only beside a word of size.
  if (phrase.includes('knows what') && !s.words.some((w) => ['simple', 'easy', 'quick', 'trivial', 'handful', 'minutes', 'minute', 'hour', 'straightforward', 'basic'].includes(w))) return false;
  if (!phrase.includes('rocket') && negated(s)) return false;
  // "This is not rocket science, but still, the time was short": conceded, then the difficulty told.
  // (Not "…is not rocket science, but at least be honest": the "but" must tell of effort.)
  if (/rocket|science|surgery/.test(phrase)) {
    const rest = s.words.slice(s.last + 1);
    const but = rest.indexOf('but');
    if (but !== -1 && rest.slice(but + 1, but + 7).some((w) => ['still', 'takes', 'took', 'time', 'hard', 'work', 'effort', 'tricky', 'tedious', 'long', 'difficult', 'complicated', 'lot', 'short'].includes(w))) return false;
    // "…it's not rocket science. It is harder, far harder.": the next sentence says the work is harder than that.
    if (s.next.slice(0, 5).some((w) => ['harder', 'hard', 'difficult', 'tricky', 'complicated', 'complex'].includes(w))) return false;
  }
  // "just drop a few lines of code into your model and you're good to go": setup a reader does in their own code.
  if (phrase.includes('line') && s.words.slice(s.last + 1, s.last + 6).includes('your')) return false;
  // "It was a goddamn one-line change": a past change told, not work asked for.
  if (wordsBefore(s, 4).some((w) => w === 'was' || w === 'were')) return false;
  // (It opens the sentence, or follows an interjection: not a manager's question told, "my manager asks, 'Hey, how hard would it be…'".)
  // Or it opens a later clause of the author's own ("Seriously, aside from flipping the icon, how hard is it to
  // add a dislike button?"), with no one asking or told before it.
  // (Also after a call to those addressed: "Seriously guys, why is this so hard to fix?", "Come on folks, how hard…".)
  const opener = s.words.slice(0, s.first).filter((w) => !['guys', 'folks', 'people', 'come', 'on'].includes(w));
  const opens = opener.length === 0 || (opener.length === 1 && ['indeed', 'so', 'and', 'but', 'seriously', 'honestly', 'really', 'like', 'ok', 'okay', 'now'].includes(opener[0]!)) ||
    (/[,;:—–]\s*how (?:hard|difficult)\b/i.test(s.masked) && !s.words.slice(0, s.first).some((w) => REPORTING.has(w)));
  if (/^(?:how (?:hard|difficult) (?:is it|would it be)|why is (?:this|it|that) so hard) to$/.test(phrase)) {
    // ("How hard is it to just expose a new API?": the "just" presses the point.)
    const v = (['just', 'simply'].includes(wordAt(s, 1) ?? '') ? wordAt(s, 2) : wordAt(s, 1)) ?? '';
    return opens && /\?\s*$/.test(s.masked) && (BUILD_VERBS.has(v) || WORK_VERBS.has(v) || ASKED_WORK_VERBS.has(v));
  }
  // ("how hard could it be" is listed whole; here the work is named between: "how hard could building X be?")
  if (/^how hard (?:could|can|would)$/.test(phrase)) return opens && /\?\s*$/.test(s.masked) && s.words.slice(s.last + 1).includes('be') && !['it', 'this', 'that'].includes(wordAt(s, 1) ?? '');
  if (phrase.includes('take')) {
    // "It only takes a minute to sign up": what a user spends, not the work.
    const to = s.words.indexOf('to', s.last + 1);
    if (to !== -1 && USER_VERBS.has(s.words[to + 1] ?? '') && !BUILD_VERBS.has(s.words[to + 1] ?? '')) return false;
    if (phrase === 'only takes' && (s.hasCode || !['it', 'this', 'that', 'change', 'fix', 'which'].includes(wordAt(s, -1) ?? ''))) return false;
    // "The JavaScript code for this only takes about 5-10ms": a machine's time, under a second, not work.
    if (s.words.slice(s.last + 1, s.last + 5).some((w) => /^(?:\d[\d.,-]*)?(?:ms|µs|ns|milliseconds?|microseconds?|nanoseconds?)$/.test(w))) return false;
    // "it only takes one or two poor estimates before they learn…": one event is enough for an outcome, not a time.
    if (phrase.endsWith('take') || phrase.endsWith('takes')) {
      const rest = s.words.slice(s.last + 1, s.last + 11);
      if (['one', 'a', 'an', 'two', 'few'].includes(rest[0] ?? '') && !rest.some((w) => MEASURES.has(w)) && rest.some((w) => w === 'before' || w === 'for')) return false;
      // "It only takes one PR to introduce a new API, but it may take a thousand to remove it": a maxim, the cheap
      // side set against the dear one.
      const but = s.words.indexOf('but', s.last + 1);
      if (but !== -1 && s.words.slice(but + 1, but + 5).some((w) => w === 'take' || w === 'takes')) return false;
    }
  }
  return true;
}

function sizeMinimises(s: Sentence): Verdict {
  // ("It was a five minute job for me": the author's own.)
  if (negated(s) || offersOwnWork(s) || hasSeq(s.words.slice(s.last + 1, s.last + 3), ['for', 'me'])) return false;
  const k = ['a', 'an', 'such'].includes(wordAt(s, -1) ?? '') ? (wordAt(s, -1) === 'a' && wordAt(s, -2) === 'such' ? -3 : -2) : -1;
  const before = wordAt(s, k);
  if (!before || !(COPULAS.has(before) || ['just', 'only', 'merely', 'simply', 'like', 'be', 'probably'].includes(before))) return false;
  return WORKAROUND.some((seq) => seq.every((x, i) => wordAt(s, 1 + i) === x)) ? false : sizeClaim(s);
}

/** Verbs of building on a part, said of the part as its quality: "easy to extend", "easy to integrate with". */
const EXTENDING = new Set(['extend', 'integrate', 'customize', 'customise', 'configure', 'expand', 'adapt']);
/** Subjects that name work, not a part: "the changes are easy to adapt". */
const WORK_NAMED = new Set(['it', 'this', 'that', 'these', 'those', 'change', 'changes', 'migration', 'upgrade', 'update', 'fix', 'work', 'task', 'tasks', 'step', 'steps', 'process', 'and', 'or', 'but']);
/** "<part> is/should be easy to extend", with nothing but a preposition, a conjunction or the end after the verb. */
function propertyOfAPart(s: Sentence): boolean {
  if (s.words[s.first] !== 'easy' || wordAt(s, 1) !== 'to' || !EXTENDING.has(wordAt(s, 2) ?? '')) return false;
  const next = wordAt(s, 3);
  if (next !== undefined && !['for', 'with', 'and', 'or', 'by', 'in', 'to', 'as', 'when', 'if'].includes(next)) return false;
  // (Past degree words, "is *fairly* easy", as pastDegree reads them.)
  let k = pastDegree(s);
  if (!['is', 'are', 'be', 'remains', 'remain', 'stays'].includes(wordAt(s, k) ?? '')) return false;
  k--;
  while (['should', 'will', 'must', 'would', 'can', 'could', 'shall', 'also', 'still', 'always'].includes(wordAt(s, k) ?? '')) k--;
  const subject = wordAt(s, k);
  return !!subject && /^[a-z][a-z0-9-]*$/.test(subject) && !WORK_NAMED.has(subject);
}

/** "we can", "we could easily", "we should be able to just": the author's team and what it can do, right before the hit. */
function weCan(s: Sentence): boolean {
  let k = 1;
  while (['probably', 'also', 'then', 'actually', 'always', 'still', 'surely', 'certainly'].includes(wordAt(s, -k) ?? '')) k++;
  if (wordAt(s, -k) === 'to' && wordAt(s, -k - 1) === 'able' && wordAt(s, -k - 2) === 'be') k += 3;
  if (!['can', 'could', 'should', 'might', 'may'].includes(wordAt(s, -k) ?? '')) return false;
  return wordAt(s, -k - 1) === 'we';
}

/** Those who might be asked for the work, named after "we just need": "we simply need a volunteer to do this". */
const HELPERS = new Set([...DOERS, 'volunteer', 'volunteers', 'help', 'contributor', 'contributors', 'reviewer', 'reviewers', 'people']);
/**
 * "We just need to set up environment to test it out", "we just need to publish it somewhere": the writers' own next
 * step, stated (on the labelled sentences, none of 6 such findings was right). Not a question ("Can we just change the
 * button?"), and not with someone else named to do it ("we simply need a volunteer to do this").
 */
function weJustNeed(s: Sentence): boolean {
  // (Asked as well as told: "We just need to create the yml file?" checks the next step with the team.)
  if (!['we', "we'll", "we'd"].includes(wordAt(s, -1) ?? '')) return false;
  const { word: n1, k } = after(s);
  // (Only a step told by its verb: "we just need a toggle here" names a thing to be built for them.)
  if (!((n1 === 'need' || n1 === 'have') && wordAt(s, k + 1) === 'to')) return false;
  return !s.words.slice(s.last + 1, s.last + 8).some((w) => HELPERS.has(w));
}

/**
 * "Usually, we just put the spillover item into the next sprint", "we just pick something off the list and do it":
 * how the writers' own team works, told in the present. (Not asked, "we just add a filter?", nor a step needed:
 * weJustNeed reads those.)
 */
const HOW_OFTEN = new Set(['usually', 'often', 'always', 'normally', 'generally', 'typically', 'sometimes', 'mostly']);
function ourPractice(s: Sentence): boolean {
  const p1 = wordAt(s, -1) ?? '';
  if (!(p1 === 'we' || (HOW_OFTEN.has(p1) && wordAt(s, -2) === 'we'))) return false;
  if (/\?\s*$/.test(s.masked)) return false;
  const n1 = wordAt(s, 1) ?? '';
  return /^[a-z]+$/.test(n1) && !/ed$/.test(n1) && !['need', 'needs', 'have', 'want', 'got', 'gotta', 'wanna', 'let'].includes(n1);
}

/** Words that tell someone else's question or words: "my manager asks, how hard would it be…". */
const REPORTING = new Set(['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering', 'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'question', 'questions', 'ponder', 'ponders', 'pondered']);

/** Words that may stand between "was" and the hit: "was a simple change", "were such little changes", "was just". */
const PAST_FILLERS = new Set(['basically', 'essentially', 'literally', 'mostly', 'a', 'an', 'the', 'really', 'very', 'pretty', 'so', 'such', 'only', 'just', 'quite', 'relatively', 'fairly', 'too']);

/** The hit tells what something was ("it was a simple change", "were such little changes"). */
function toldInPast(s: Sentence): boolean {
  for (let k = 1; k <= 4; k++) {
    const w = wordAt(s, -k);
    if (w === 'was' || w === 'were' || w === "wasn't" || w === "weren't") return true;
    if (!w || !PAST_FILLERS.has(w)) return false;
  }
  return false;
}

export default phraseRule<How>({
  id: 'no-minimizers',
  meta: {
    description: 'Flags words that make work asked of others sound trivial ("we just need", "should be easy to build").',
    rationale:
      'Calling someone else\'s work easy tells them you think their craft is trivial and their estimate is suspect, and it closes the conversation about how hard the work really is. The rule reads the sentence: "just" meaning only or recently, "easy" describing what users get, "simply" describing what a system does, quoted speech, directions to a reader and the author\'s own plan are left alone. Its findings are questions (info) by default: on real sentences nobody here wrote, about half of them were right, because whether the work is someone else\'s often shows only in the thread around a sentence. A team that wants them as warnings sets the rule to "warning"; even then, what the author may say of their own work ("I think this should be easy to implement") and a size only stated ("it\'s a pretty straightforward fix", "it is only one line") stay one level softer, and what something was, told in the past ("it was a simple change"), is left alone, while a size pressed on someone (an addressee, "should", a plea, or a question just before it) takes the rule\'s level. In engineers\' own design proposals (an RFC, ADR, KEP, PEP or design doc, or a proposal full of code), only what is pressed on someone named as doing the work is reported: there the authors judge their own design. Removing the word is offered as a quick fix a person picks, never applied by --fix: where the word means only or merely, removing it would change what the author said. A phrase the team lists with `extra` is one it never wants, so --fix, Fix all and fix on save remove it. If the work might be small, ask how big it is.',
    category: 'phrasing',
    // A question by default: on ten blind rounds of real sentences, measured before any change for each, half of
    // its findings were right (39 of 78), and no kind of reading reached the 90 % a warning needs (eval/README.md).
    defaultSeverity: 'info',
    // Removing a built-in word is a suggestion; a phrase the team lists with `extra` is removed by --fix.
    fixable: 'suggestion',
    optionsSchema: phraseOptionsSchema('"just"'),
    defaultOptions: {},
    examples: {
      bad: [
        { markdown: 'We just need a button on the settings page.' },
        { markdown: 'This should be easy since the API exists.' },
        { markdown: 'Can you *simply* reuse the old flow?' },
      ],
      good: [
        { markdown: 'We need a button on the settings page. How big is this?' },
        { markdown: 'I just upgraded to 3.2, and it is not just for admins: saved carts make it easy to find old orders.', note: '"just" meaning recently or only, and "easy" describing what users get.' },
        { markdown: 'Run `just build` and open https://example.com/just-simply.' },
      ],
    },
  },
  phrases: PHRASES,
  allow: ALLOW,
  // "only", "small" and "minutes" are everywhere: parse a block for them only when it holds what they need.
  needs(phrase, how) {
    if (how === 'only') return ['only a', 'only an', 'only one', 'only for merge', 'only for merging', 'only for review', 'only for reviewing'];
    if (how === 'basic') return [...PRODUCTS].map((n) => `${phrase} ${n}`);
    if (how === 'sizeword') return [...SIZED, ...PRODUCTS].map((n) => `${phrase} ${n}`);
    if (how === 'minutes') return ['engineer', 'developer', 'dev', 'programmer', 'coder'].flatMap((e) => [`${phrase} ${e}`, `${phrase} ${e}s`]);
    // "a half hour, tops": "tops" alone, after a unit of time (\`worth\` checks the unit).
    return [phrase];
  },
  // …and read the sentence only when a unit of work can follow.
  worth(tokens, first, last, how) {
    if (how === 'duration' && tokens[first]!.norm === 'tops' && first === last) return TOP_UNITS.has(tokens[first - 1]?.norm ?? '');
    if (how === 'only') return ['a', 'an', 'one', 'for'].includes(tokens[last + 1]?.norm ?? '');
    if (how === 'denied') {
      for (let j = first - 1; j >= Math.max(0, first - 8); j--) {
        const n = tokens[j]!.norm;
        if (denies(n) || n === 'dont') return true;
      }
      return false;
    }
    if (how === 'basic') {
      for (let j = last + 1; j <= last + 3 && j < tokens.length; j++) if (PRODUCTS.has(tokens[j]!.norm)) return true;
      return false;
    }
    if (how === 'sizeword') {
      for (let j = last + 1; j <= last + 4 && j < tokens.length; j++) if (SIZED.has(tokens[j]!.norm) || PRODUCTS.has(tokens[j]!.norm)) return true;
      return false;
    }
    return true;
  },
  // A phrase the team adds with `extra` is flagged wherever it stands, and removing it is a safe fix:
  // the team has said it never wants it ("basically"). It overrides the built-in reading of a word.
  extraData: () => 'team',
  check(ctx, hits) {
    const reports: ReportDescriptor[] = [];
    const removals = new Map<ProseBlock, { edit: TextEdit; fix: Fix }[]>();
    const flaggedSentences = new Set<number>();
    const intensifiers: typeof hits = [];
    for (const hit of hits) {
      const { match, sentence: s, block } = hit;
      const word = hit.text.toLowerCase();
      const how = match.data;
      // A launch note asks no one for work (a team's own phrase is flagged wherever it stands).
      // (Except a migration a release forces on its readers: "simply replace them with `def --env`" in its upgrade notes.)
      if (how !== 'team' && !asksForWork(ctx.kind) && !(how === 'adverb' && forcedMigration(s))) continue;
      // "this might look like a small, simple change but the process involves a number of steps": an appearance, then the truth.
      // (A team's own phrase is flagged wherever it stands.)
      if (how !== 'team' && looksButIsNot(s)) continue;
      // "Just do whatever is fun", "you can also just do whatever you like": leave given, no work played down.
      if (word === 'just' && wordAt(s, 1) === 'do' && ['whatever', 'anything'].includes(wordAt(s, 2) ?? '')) continue;
      // "Not that I thought it would be easy": an expectation the author disowns.
      if (how !== 'team' && s.words[0] === 'not' && s.words[1] === 'that') continue;
      // "it should be simple and clean", "a clean, simple look": how a design looks, not the size of the work.
      if (how !== 'team' && /^simple/.test(word) && ((wordAt(s, 1) === 'and' && LOOKS.has(wordAt(s, 2) ?? '')) || (wordAt(s, -1) === 'and' && LOOKS.has(wordAt(s, -2) ?? '')))) continue;
      // "We want to keep this simple and flexible": a design aim, not the size of someone's work.
      if (how !== 'team' && KEEP.has(wordAt(s, -2) ?? '') && ['it', 'this', 'that', 'things', 'everything', 'them'].includes(wordAt(s, -1) ?? '')) continue;
      // "To replicate this is simple:", "Steps to reproduce are easy": how to see a bug, not work asked for.
      if (how !== 'team' && s.words.slice(0, s.first).some((w, i, a) => ['reproduce', 'replicate', 'repro'].includes(w) && a[i - 1] === 'to')) continue;
      // "It was a simple change really", "was just a matter of not getting in the car": what something was,
      // told in the past, not work asked of anyone (on the labelled sentences, 7 of 9 such findings were wrong).
      if (how !== 'team' && toldInPast(s)) continue;
      // "We can easily make a branch…", "we can just ship it": the author's own team weighing what it can do
      // (on the labelled sentences, all 5 such findings were wrong).
      if ((how === 'adverb' || how === 'manner') && weCan(s)) continue;
      // "Or should we just add the additional fields to the manifest spec?", "Should we just store it … or in a database?":
      // the writers weighing an option for their own work (all 3 such sentences in the corpus are harmless). Not "can we
      // just", which asks others as often.
      if (how === 'adverb' && wordAt(s, -1) === 'we' && ['should', 'shall'].includes(wordAt(s, -2) ?? '') && /\?/.test(s.masked)) continue;
      // "This is a quick fix to make things work": a change told by its purpose, outside a brief or ticket.
      if (how === 'adjective' && ctx.kind !== 'brief' && ctx.kind !== 'ticket' && changeToldByPurpose(s)) continue;
      // "the framework is easy to extend for creating new tests", "oCIS should be easy to integrate with …", "the modules
      // should be easy to extend.": a quality of a named part, what it offers those who build on it, with no work named
      // after the verb. (Not "the changes are easy to adapt": work, named; nor "It should be easy to extend the script".)
      if (how === 'adjective' && propertyOfAPart(s)) continue;
      // "let's just do it step by step", "Let's just add an icon button…": a plan the writer takes part in (all 6 such
      // sentences in the corpus are harmless by the readers' labels).
      if (how === 'adverb' && (["let's", 'lets'].includes(wordAt(s, -1) ?? '') || (wordAt(s, -1) === 'us' && wordAt(s, -2) === 'let'))) continue;
      // "We just need to set up environment to test it out": the writers' own next step, outside a brief or ticket
      // (there "we" takes in the engineers asked for the work).
      if (how === 'adverb' && ctx.kind !== 'brief' && ctx.kind !== 'ticket' && (weJustNeed(s) || ourPractice(s))) continue;
      if (how === 'intensifier') {
        intensifiers.push(hit);
        continue;
      }
      // "Shouldn't take more than a minute.", "Yes, shouldn't take much time": a reply's own estimate, with no subject.
      if (how === 'strong' && ownEstimateReply(s, word) && !pressedBefore(block, s)) continue;
      const verdict: Verdict =
        how === 'adverb' ? adverbMinimises(s, word, () => sentenceTextBefore(block, s.start))
        : how === 'manner' ? mannerMinimises(s, word)
        // "simplistic" minimises only a product asked for ("a simplistic e-commerce site"); "it's simplistic now" describes.
        : how === 'adjective' ? (word === 'simplistic' ? askedProduct(s) : adjectiveMinimises(s, block.type === 'paragraph' && !block.inListItem))
        : how === 'size' ? sizeMinimises(s)
        : how === 'sizeword' ? sizeWordMinimises(s)
        : how === 'only' ? onlyAUnitOfWork(s)
        : how === 'basic' ? askedProduct(s)
        : how === 'minutes' ? minutesOfEngineering(s)
        : how === 'duration' ? guessedDuration(s, word)
        : how === 'team' ? true
        : how === 'denied' ? difficultyDenied(s)
        : strongMinimises(s, word);
      if (!verdict) continue;
      // A plain claim that the work is small follows up a plea or a question ("Why doesn't X just add this? It seems so simple."),
      // or is only stated, which a reader may take either way.
      const yes = verdict === 'claim' ? (pressedBefore(block, s) ? true : 'question') : verdict;
      // (Read only once a hit would be reported: most lints, keystrokes included, have none.)
      // (Not a launch note's: its code is the readers' migration, not a design its authors weigh, "Just remove it from
      // your dependencies and use the following snippet instead" among a release's breaking changes.)
      if (how !== 'team' && !pressedOnOthers(s) && ctx.kind !== 'launch' && engineersOwnDesign(ctx.doc, ctx.kind)) continue;
      // "a small change" is one finding, not one for "small" and one for the phrase.
      if (reports.some((r) => r.start < match.end && match.start < r.end)) continue;
      flaggedSentences.add(s.start);
      const fixes: Fix[] = [];
      if (how === 'adverb' || how === 'manner' || how === 'team') {
        const edit = removeWordEdit(ctx.text, match.start, match.end, block);
        // Removal is a suggestion a person picks: where "just" means only ("Would this just be an API?") or
        // "simply" means merely, removing it changes what the author said. A reader judged 31 of the 80
        // removals offered on the labelled real sentences to change it (eval/README.md). Only a phrase the
        // team has said it never wants (\`extra\`) is removed by --fix, Fix all and fix on save, and then
        // only when words are left and no new block is made ("Just # 1").
        const wordsLeft = /[\p{L}\p{N}]/u.test(block.masked.slice(0, edit.start - block.start) + block.masked.slice(edit.end - block.start));
        const fix: Fix = { title: `Remove "${hit.text}"`, edits: [edit], safe: how === 'team' && wordsLeft && !opensBlock(ctx.text, edit) };
        fixes.push(fix);
        if (fix.safe) {
          const list = removals.get(block) ?? [];
          list.push({ edit, fix });
          removals.set(block, list);
        }
      }
      reports.push({
        message: how === 'adverb' || how === 'manner' || how === 'team'
          ? `Is "${hit.text}" said of work someone else will do? It makes that work sound small: remove it, or ask how big the work is.`
          : `Is "${hit.text}" said of work someone else will do? It presumes the work is small: describe the outcome and ask engineering how big it is.`,
        start: match.start,
        end: match.end,
        fixes,
        ...(yes === 'question' ? { softer: true } : {}),
      });
    }
    for (const hit of intensifiers) {
      if (!flaggedSentences.has(hit.sentence.start)) continue;
      reports.push({ message: `Is "${hit.text}" said of work someone else will do? It presumes the work is small: describe the outcome and ask engineering how big it is.`, start: hit.match.start, end: hit.match.end, fixes: [] });
    }
    // "Fix all" applies every safe removal of a block in one pass: they must be safe together too
    // ("just*simply*" loses both words). If not, each is left for a person to pick.
    for (const [block, list] of removals) {
      if (list.length > 1 && !removalsSafeTogether(ctx.text, block, list.map((x) => x.edit))) for (const x of list) x.fix.safe = false;
    }
    reports.sort((a, b) => a.start - b.start);
    for (const r of reports) ctx.report(r);
  },
});
