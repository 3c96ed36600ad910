import { wordsBefore, callForBids, phraseRule, asksForWork, phraseOptionsSchema, tokensBetween, sentenceEnd, sentenceStart, sentenceBefore, PhraseMatcher, hasSeq, denies, deniedOpinionAt, opensCapitalised, type Sentence, type Hit } from '../kit/index.js';

/**
 * `urgency`: "ASAP", "urgent", "immediately": a deadline only when something is asked for
 * ("we need this immediately"), not when a system is described ("the callback runs immediately").
 * `date`: "by Friday", "by March 15", "by end of Q3": a deadline when something must be done by it.
 */
interface Deadline {
  what: 'urgency' | 'date';
  /** The phrase asks by itself ("need it by", "due Sept 24", "needed it yesterday"): no asking word is looked for. */
  always: boolean;
  /** What else must hold for this phrase to be a deadline (see GUARDS), chosen once from its words. */
  guards: Guard[];
}
type Guard = (hit: Hit<Deadline>, text: string) => boolean;

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'today', 'tonight'];
const SEASONS = ['summer', 'spring', 'fall', 'autumn', 'winter'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
/** Words that hedge a span: "within about a week". */
const HEDGES = ['about', 'around', 'roughly', 'approximately'];
/** A phrase that ends in a span to come: "ready within {num}", "done within about a". */
const WITHIN_SPAN = new RegExp(String.raw` within (?:(?:${HEDGES.join('|')}) )?(?:\{num\}|the|a)$`);
/** Work finished, in the words people set a time for it with ("*done* by Friday", "*ready* within 30 days"). */
const FINISHED = ['ready to go', 'good to go', 'ready for launch', 'ready for release', 'done', 'finished', 'ready', 'completed', 'complete', 'delivered', 'submitted', 'shipped', 'fixed', 'deployed', 'live', 'merged', 'released', 'published', 'landed', 'implemented', 'wrapped up', 'out the door', 'in place', 'sorted', 'sorted out', 'turned around', 'up and running'];
/** A phrase that opens with finished work ("done by", "ready within {num}"). */
const finishedPhrase = (p: string) => FINISHED.some((c) => p.startsWith(c + ' '));
const PERIODS = ['day', 'week', 'month', 'quarter', 'year', 'sprint', 'q1', 'q2', 'q3', 'q4', 'the day', 'the week', 'the month', 'the quarter', 'the year', 'the sprint', 'this day', 'this week', 'this month', 'this quarter', 'this year', 'this sprint', ...MONTHS];
const PACE_ASKED = ['be faster', 'make it fast', 'make it faster', 'make it quick', 'make it quickly', 'speed it up', 'get cranking', 'pick up the pace'];
const URGENCY = [
  'asap', 'a.s.a.p', 'as soon as possible', 'as fast as you can', 'as quickly as you can', 'as soon as you can', 'urgently', 'urgent', 'right away', 'immediately', 'needed it yesterday', 'need it yesterday',
  'needed this yesterday', 'need this yesterday', 'to me yesterday', 'done yesterday', 'hard deadline', 'top priority', 'highest priority', 'the deadline is', 'deadline is', 'at the latest', 'need it now',
  'need this now', 'need it today', 'need this today', 'need this done today', 'need it done today',
  'need it tomorrow', 'need this tomorrow', 'need this done tomorrow', 'need it done tomorrow',
  // "Please hurry up and release the version", "I need it fast".
  'hurry up', 'need it fast', 'need this fast', 'needed fast', 'need it quickly', 'need this quickly',
  // "When is the next release? I CANT WAIT ANYMORE": impatience, not excitement ("can't wait to try it").
  "can't wait anymore", "can't wait any longer", 'cannot wait anymore', 'cannot wait any longer', "can't wait any more",
  // "pls be faster", "Please make it fast", "If you're a developer, make it quickly.", "get cranking!": pace pressed on people.
  ...PACE_ASKED,
  // "Gotta get fixed and deployed pronto", "I need this pronto".
  'pronto',
  // "Approve and merge now!", "Please release now.": an order for a delivery, now (see GUARDS: the sentence ends there).
  ...['merge', 'release', 'ship', 'deploy', 'publish', 'approve', 'fix', 'push', 'update'].map((v) => `${v} now`),
];
/** Pace pressed on people (see GUARDS: said to someone, not "the cache must be faster"); all but "hurry up" ask by themselves. */
const PACE = new Set(['hurry up', ...PACE_ASKED]);
const DATES = [
  ...DAYS.flatMap((d) => [`by ${d}`, `by next ${d}`, `by this ${d}`, `before ${d}`]),
  // "Please submit comments by end of Thursday", "we need it by Wed/Thurs".
  ...DAYS.slice(0, 7).flatMap((d) => [`by end of ${d}`, `by the end of ${d}`]), ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri'].map((d) => `by ${d}`),
  'deadline for this is', 'deadline for it is', 'deadline for this one is',
  ...MONTHS.filter((m) => m !== 'may' && m !== 'mar').flatMap((m) => [`by ${m}`, `by ${m} {num}`, `by {num} ${m}`, `before ${m} {num}`]),
  // "by mid November", "by early March", "by mid-June".
  ...MONTHS.filter((m) => m.length > 3 && m !== 'may').flatMap((m) => [`by mid ${m}`, `by mid-${m}`, `by early ${m}`, `by late ${m}`]),
  'by may {num}', 'by {num} may', 'due may {num}', 'due {num} may',
  ...PERIODS.flatMap((p) => [`by end of ${p}`, `by the end of ${p}`, `before the end of ${p}`, `before end of ${p}`]),
  ...['day', 'week', 'month', 'quarter', 'year', 'sprint'].flatMap((p) => [`by end of next ${p}`, `by the end of next ${p}`, `before the end of next ${p}`]),
  'before noon', 'before midnight', 'before eod', 'before cob', 'before end of day', 'before the end of the day',
  // "Can't wait too long! release it now": an order with "now".
  ...['release', 'ship', 'merge', 'fix', 'deploy', 'publish', 'push'].flatMap((v) => [`${v} it now`, `${v} this now`, `${v} it already`, `${v} this already`]),
  'by day after tomorrow', 'by the day after tomorrow',
  // "Target end of week.": a date set as a label, in minutes.
  ...PERIODS.flatMap((p) => [`target end of ${p}`, `target the end of ${p}`]), 'target eow', 'target eod',
  'by eod', 'by eow', 'by eom', 'by eoq', 'by eoy', 'by cob', 'by q1', 'by q2', 'by q3', 'by q4', 'by next week', 'by next month',
  // A sprint named by its number: "raise our velocity to 70 points per week by sprint 41".
  'by sprint {num}', 'by end of sprint {num}', 'by the end of sprint {num}',
  'by next sprint', 'by the next sprint', 'in the next sprint', 'next sprint', 'by this week', 'no later than', 'must ship by',
  'must be done by', 'must launch by', 'needs to ship by', 'need to ship by', 'needs to be done by', 'need it by', 'needed by', 'due by',
  // A duration set for someone's work: "We need it in an hour", "Make sure you complete it in 6 days", "You are given 6 days to complete this".
  ...['need it', 'need this', 'need that', 'want it', 'want this', 'complete it', 'complete this', 'finish it', 'finish this', 'have it done', 'get it done', 'deliver it', 'fix it', 'fix this', 'make it happen', 'make this happen', 'get this done', 'have this done', 'have it ready', 'have this ready'].flatMap((v) =>
    [`${v} in an hour`, `${v} in a day`, `${v} in {num} hours`, `${v} in {num} days`, `${v} in {num} minutes`, `${v} within {num} days`, `${v} within {num} hours`, `${v} within the hour`]),
  // "It must be done in 2 days", "should be finished within 3 days": a span set for work (only with a word that asks).
  ...['be done', 'be finished', 'be completed', 'be delivered', 'be fixed', 'be ready'].flatMap((v) => [`${v} in {num} days`, `${v} in {num} hours`, `${v} in {num} weeks`, `${v} in a day`, `${v} in an hour`, `${v} in a week`]),
  'given {num} days to', 'given {num} hours to', 'have {num} days to complete', 'have {num} hours to complete',
  'should already be out by now', 'should be out by now', 'should be done by now', 'should have shipped by now', 'should be ready by now',
  ...SEASONS.flatMap((x) => [`by ${x}`, `by the ${x}`, `before ${x}`]),
  // "It should be implemented or removed entirely by now" (see GUARDS: work that should be done already).
  'by now',
  'by noon', 'by midnight', 'by first thing', 'by close of business', 'by end of business', 'by the end of business',
  // "Due Sept 24!": a due date is a deadline by itself.
  ...MONTHS.filter((m) => m !== 'may' && m !== 'mar').flatMap((m) => [`due ${m} {num}`, `due {num} ${m}`, `due on ${m} {num}`, `due by ${m} {num}`]), ...DAYS.map((d) => `due ${d}`),
  // "To go live Friday", "Please push live Friday": the day a change goes out (see GUARDS: an order or an ask).
  ...DAYS.filter((d) => !['today', 'tonight'].includes(d)).flatMap((d) => [`go live ${d}`, `go live on ${d}`, `push live ${d}`, `push live on ${d}`]),
  // "Merge on the 6th January", "release this on March 3": a date set for a delivery (see GUARDS: "on" after a delivery).
  ...MONTHS.filter((m) => m !== 'may' && m !== 'mar').flatMap((m) => [`on the {num} ${m}`, `on the {num} of ${m}`, `on {num} ${m}`, `on ${m} {num}`]),
  // "please submit your backlog by 12/11": "by" and a date in figures (see GUARDS).
  'by {num}',
  // "Please release this on Monday, June 29": a day set for a delivery (see GUARDS).
  ...DAYS.filter((d) => !['today', 'tonight', 'tomorrow'].includes(d)).map((d) => `on ${d}`),
  // Work to be finished by a time, in any words: "have it done by Thursday afternoon", "could you have this
  // finished by next Tuesday?", "needs to be ready within 30 days" (see GUARDS: a date or a span must follow).
  ...FINISHED.flatMap((c) => [`${c} by`, `${c} before`, `${c} no later than`, `${c} within {num}`, `${c} within the`, `${c} within a`, `${c} today`, `${c} tonight`, `${c} tomorrow`,
    // ("finished within about a week": a span hedged is still a span set.)
    ...HEDGES.flatMap((h) => [`${c} within ${h} {num}`, `${c} within ${h} a`])]),
  // "The project needs to be finished friday the 27th" (see GUARDS: asked, not forecast).
  ...['done', 'finished', 'completed', 'delivered', 'ready', 'live', 'shipped', 'released', 'fixed'].flatMap((c) => DAYS.filter((d) => !['today', 'tonight', 'tomorrow'].includes(d)).map((d) => `${c} ${d}`)),
  // "I have set the deadline to be 9/22" (a date must follow), "Deadline: March 8, 2026".
  'set the deadline to', 'deadline to be',
  // "can you get something to me by 10am tomorrow?"
  'to me by', 'to us by', 'back to me by', 'back to us by', 'to me before', 'to us before', ...MONTHS.filter((m) => m !== 'may' && m !== 'mar').map((m) => `deadline ${m} {num}`),
  // "he wants to have coding done on 12/10".
  ...['done', 'finished', 'completed', 'delivered', 'ready', 'live', 'shipped', 'released'].map((c) => `${c} on`),
  // A field that sets the date: "**Deadline:** March 8, 2026", "Due on: March 1st", "Due 20.11.2020" (see GUARDS).
  'deadline', 'due', 'due on', 'due date',
];
const REASONS = [
  'because', 'since', 'so that', 'so we', 'so the', 'so customers', 'so users', 'due to', 'in order to', 'ahead of',
  'driven by', 'to meet', 'to hit', 'to match', 'to catch', 'to align', 'to line up', 'to lineup', 'to make', 'to support', 'to unblock',
  'otherwise', 'why', 'reason', 'the reason', 'as part of', 'when the', 'launch', 'conference',
  'contract', 'regulation', 'regulatory', 'compliance', 'renewal', 'customer commitment', 'committed', 'security',
  'vulnerability', 'vulnerabilities', 'cve', 'exploit', 'outage', 'production', 'prod', 'blocking', 'blocked', 'blocker',
  'blocks', 'crash', 'crashes', 'crashing', 'data loss', 'legal', 'in time for', 'demo', 'broken', 'breaking', 'breaks',
  'release', 'deadline for', 'as we', 'as the', 'given', 'after which', 'else', 'or we', 'or the', 'we lose', 'expires',
  'about to', 'to allow', 'to give', 'to leave', 'critical bug', 'critical bugs', 'critical issue', 'critical vulnerability', 'incident', 'sev1', 'p0', 'traffic', 'stop working', 'might stop', 'will stop', 'fail', 'fails', 'failing', 'risk',
  'coming up', 'trade show', 'expo', 'event',
  // "We have an upcoming short deadline - would be good to have feedback ASAP": what is coming is the reason.
  ...['deadline', 'release', 'launch', 'demo', 'meeting', 'conference', 'holiday', 'review', 'audit'].flatMap((e) => [`upcoming ${e}`, `upcoming short ${e}`, `upcoming tight ${e}`]), 'earliest', 'holiday', 'holidays', 'black friday', 'christmas', 'board meeting',
  'investors', 'audit', 'fiscal', 'season', 'critical defect', 'regression', 'following which', 'presentation',
  'impacting', 'impacts', 'affecting', 'affects', 'hurting', 'prevents', 'prevented', 'preventing', 'affect', 'impact',
  // Time running out before an event: "there is only 8 days left before the HF".
  'days left', 'left before',
  // A hold-up named: "please review this asap. This is becoming a huge bottleneck for me."
  'bottleneck',
  // Something broken is a reason: "New version doesn't work and the old one is not supported. Fix it now!"
  "doesn't work", "don't work", 'does not work', 'not work', 'do not work', 'dont work', 'dont works', "doesn't works", 'not working', 'stopped working', 'no longer works', 'not supported',
  'no longer supported', 'behind schedule', 'unusable', 'offline',
  // A slip already suffered: "Finding the right venues took longer than expected, start scouting asap."
  'longer than expected', 'longer than planned', 'longer than anticipated', 'running late', 'running behind', 'fallen behind', 'falling behind',
  // Down as broken ("the site is down"), not "get it down to three".
  'is down', 'was down', 'are down', 'were down', "it's down", 'went down', 'goes down', 'been down', 'down for',
  // "…by April 16 for review prior to the next meeting": what the date serves.
  'prior to', 'for review', 'in preparation for', 'in advance of', 'as it', "as it's", 'as this', 'as they', 'as our', 'as there',
  // Someone about to be away: "Clancy is going on sabbatical soon, need her input ASAP" (round bd).
  'sabbatical', 'vacation', 'out of office',
  // What is at risk: "User adding documents with confidential information… needs to be stopped ASAP."
  'confidential', 'abstracts',
  // "this file contains PII and … it is deleted ASAP": personal data at risk is its own reason.
  'pii', 'personal data', 'personally identifiable', 'sensitive data',
  // Something changed or closing that the date follows: "it's postponed to 19 January! We need to reflect that asap",
  // "as the contribution period is closing soon".
  'postponed', 'rescheduled', 'moved to', 'is closing', 'are closing', 'closes on', 'closing soon', 'closes soon', 'ends soon',
  // A consequence: "…by November 14, or that employee may not receive their award"; the date an event falls on.
  'or that', 'or they', 'or you', 'or it', 'or else', 'as a consequence', 'consequently', 'coincide', 'launch date', 'release date', 'go-live', 'no working',
  // What the date makes possible or waits on: "That gives people a chance to install…", "supervisor needs access",
  // "The team will start rolling out the new switches on 4/24".
  'that gives', 'this gives', 'which gives', 'a chance to', 'needs access', 'need access', 'will start', 'will begin', 'rolling out',
  // An emergency is its own reason ("This is a emergency fix or change, it should be merged ASAP"); the team's own
  // plan kept ("just complete all of our work by Thursday night as originally planned").
  'emergency', 'as planned', 'originally planned',
  // What the work is needed for: "urgent changes which are needed for the grace period updates".
  'needed for the', 'needed for our', 'required for the', 'required for our',
  // What the date serves, as a purpose: "merge this as soon as possible, to maximise the pre-release testing time".
  'to maximise', 'to maximize', 'to minimise', 'to minimize', 'to avoid', 'to prevent',
  // A removal announced: "Removal of Docker* API resources will happen in CAPI v1.15. … migrate … ASAP."
  'removal of', 'will be removed', 'are being removed', 'is being removed',
  // The platform going away: "Ubuntu18 is going to be deprecated soon, better move to 20 asap".
  // ("…know that the etcd is depreciating and that they should consider switching … as soon as possible": the common
  // slip for "deprecating" as well.)
  'be deprecated', 'is deprecated', 'are deprecated', 'being deprecated', 'end of life', 'end-of-life', 'is deprecating', 'are deprecating', 'is depreciating', 'are depreciating',
  // What the work is needed for, named: "This is required for FIL-RetroPGF-2 in the coming days, we should get this into master ASAP".
  'required for', 'needed for',
  // A fault whose harm is plain: "High-confidence stack buffer overrun. **MUST be fixed immediately.**"
  'buffer overrun', 'buffer overflow', 'memory corruption', 'use-after-free', 'use after free',
  // How bad the fault is: "The method has a serious bug, and it leads to serious errors. We should fix it ASAP."
  'serious bug', 'serious bugs', 'serious error', 'serious errors', 'serious issue', 'serious issues', 'serious problem', 'serious problems',
  // Someone held up by it: "please try this ASAP, we are waiting for this to tag the official release".
  'we are waiting', "we're waiting", 'waiting on this', 'waiting for this to',
  // What would happen first: "fixes the rest ASAP (before the KDE proofreaders have to do the job themselves)".
  'before the',
  // What the date spares everyone: "fix the issues before the end of the month and make a release instead of
  // waiting another year".
  'instead of waiting', 'rather than waiting', 'instead of having to wait',
  // What the delay costs whoever asks: "I am unable to test against…", "as I can't upgrade to 5.9 if I can't use
  // this feature", "…is seriously costing us revenue, please fix ASAP", "many plugins depend on this one".
  'i am unable to', "i'm unable to", 'we are unable to', "we're unable to", "can't use", 'cannot use', "can't upgrade", 'cannot upgrade',
  'costing us', 'costs us', 'costing', 'revenue',
  'depend on this', 'depends on this', 'depend on it', 'depends on it', 'rely on this', 'relies on this', 'rely on it', 'relies on it',
];
/**
 * A causal "as" with a subject of its own: "as Greg is off today", "as infra isn't interested in adding more
 * jobs". (Pronoun subjects are REASONS' own "as we", "as it"…, which know when they only restate the ask;
 * "as soon as", "as well as" and the like are no cause.)
 */
const CAUSAL_AS = /\bas (?!(?:soon|well|far|long|much|many|quickly|fast|possible|usual|always|needed|required|planned|before|of|a|an|per|such|if|though|it|this|that|we|they|he|she|i|you|there)\b)\p{L}[\p{L}-]* (?:is|was|are|were|has|had|will|isn't|wasn't|aren't|won't|can't|cannot|doesn't|don't|didn't|hasn't|haven't)\b/iu;
/** A reminder the author leaves in code or a list ("# FIXME: remove this asap; …", "TODO: …"): their own work. */
const OWN_REMINDER = /^\s*(?:[#/*-]+\s*)?(?:fixme|todo|xxx|hack)\b/i;
/** After "before the", a time rather than an event: "before the end of the week" sets a date, it gives no reason. */
const TIME_AFTER_BEFORE = new Set(['end', 'weekend', 'deadline', 'start', 'beginning', 'close', 'day', 'week', 'month', 'quarter', 'year', 'morning', 'afternoon', 'evening', 'night', 'next']);
const reasonMatcher = new PhraseMatcher(REASONS.map((p) => ({ phrase: p, data: null })));
/** Words that make the sentence ask for something. */
const ASKING = new Set(['hopefully', 'hope', 'gotta', "let's", 'aim', 'like', 'need', 'needs', 'needed', 'must', 'please', 'pls', 'plz', 'required', 'require', 'requires', 'want', 'wants', 'expect', 'expected', 'should', 'asap', 'urgent', 'urgently', 'demand', 'deliver', 'ship', 'fix', 'critical']);
/** What a candidate or a student is set, whose time limit is the test's own: "this challenge", "the exercise". */
const TESTS = new Set(['challenge', 'exercise', 'exercises', 'test', 'exam', 'quiz', 'assessment', 'kata', 'assignment', 'interview', 'take-home']);

/** Verbs that open an order: "Submit the complete SRS before Tuesday midnight." */
const IMPERATIVES = new Set(['submit', 'approve', 'launch', 'send', 'finish', 'complete', 'deliver', 'ship', 'fix', 'get', 'have', 'deploy', 'release', 'merge', 'update', 'finalize', 'finalise', 'publish', 'hand', 'turn', 'wrap', 'land', 'resolve', 'identify', 'check', 'ensure', 'make', 'prepare', 'provide', 'review',
  'notify', 'create', 'draft', 'write', 'share', 'schedule', 'build', 'implement', 'test', 'confirm', 'upload', 'post', 'try', 'request']);
/**
 * Verbs that give an order only when they open the sentence ("Solve five issues by Sunday"): joined by
 * "and" they describe a plan as often ("aiming to switch it off (and remove the code) before Q1").
 */
const OPENING_ORDERS = new Set(['solve', 'revise', 'add', 'close', 'remove', 'migrate', 'document', 'translate', 'refactor', 'upgrade', 'install', 'configure', 'port', 'rewrite']);
/** Verbs whose "to" completes them rather than opening a purpose: "try to make", "need to support". */
/**
 * Reasons that are things ("the contract", "the demo"): the object of the very work asked for ("start
 * implementing the v1beta2 contract ASAP", "prepare the demo by Friday") says what is wanted, not why.
 */
const THING_REASONS = new Set(['contract', 'demo', 'presentation', 'audit', 'regulation', 'compliance', 'renewal']);
// (Verbs only: "draft", "update" or "support" may be a noun before it, "your draft contract", "the support contract".)
const OBJECT_OF = new Set(['implement', 'implementing', 'prepare', 'preparing', 'sign', 'signing', 'finish', 'finishing', 'deliver', 'send', 'submit', 'write', 'writing', 'reviewing', 'renew', 'updating', 'drafting', 'building', 'adopt', 'adopting', 'supporting', 'migrate', 'migrating']);
const TAKES_TO = new Set(['try', 'tries', 'trying', 'need', 'needs', 'want', 'wants', 'have', 'has', 'going', 'able', 'plan', 'like', 'love', 'hope', 'ought', 'supposed', 'asked', 'told', 'remember', 'forget', "don't", 'please']);
/** Words that open a sentence and take "to", yet name no one: "Time to…", "How to…" (not an action item such as "Katie to create…"). */
const NOT_ASSIGNEES = new Set(['how', 'time', 'what', 'where', 'when', 'why', 'steps', 'ways', 'things', 'need', 'needs', 'want', 'wants', 'plan', 'plans', 'goal', 'aim', 'going', 'nice', 'good', 'hard', 'easy', 'able', 'up', 'due', 'back', 'welcome', 'thanks', 'reply', 'respond', 'go', 'ok', 'okay', 'yes', 'no', 'used', 'i', 'we', 'you', 'they', 'it', 'this', 'that']);
/**
 * An action item: a name, then "to" and the work ("Katie to create an outline by 9/11", "Eng to deliver
 * the API by March 3"), as meeting notes assign work.
 */
function actionItem(s: Sentence): boolean {
  // ("ACTION: CRob to get the thoughts in by EOD": after a label.)
  const k = ['action', 'todo', 'ai'].includes(s.words[0] ?? '') && /^[\s\uFFFC]*[\p{L}]+\s*:/u.test(s.masked) ? 1 : 0;
  const who = s.words[k] ?? '';
  // "Proposal against libs repo to be compiled by Jun 19": the work itself named, then what is to be done with it.
  const j = s.words.indexOf('to');
  if (j > k && j <= k + 5 && j + 2 < s.first && s.words[j + 1] === 'be' && (/ed$/.test(s.words[j + 2] ?? '') || DONE.has(s.words[j + 2] ?? '')) && opensCapitalised(s) &&
    !s.words.slice(k, j).some((w) => TAKES_TO.has(w) || NOT_ASSIGNEES.has(w) || ['is', 'are', 'was', 'were', 'be', 'been', 'seems', 'appears', 'expected', 'scheduled', 'due', 'set', 'going', 'about', 'yet'].includes(w))) return true;
  // "Mateusz - Share theming refactor ideas by next week": a name, a dash, and the work it is given.
  if (k === 0 && /^[\s\uFFFC]*\p{Lu}[\p{L}.]*\s+[-–—]\s+\p{Lu}/u.test(s.masked) && IMPERATIVES.has(s.words[1] ?? '') && !NOT_ASSIGNEES.has(who) && s.first > 2) return true;
  if (s.words[k + 1] !== 'to' || NOT_ASSIGNEES.has(who) || !/^[a-z]+$/.test(who) || s.first < k + 3) return false;
  return (k === 1 || opensCapitalised(s)) && (IMPERATIVES.has(s.words[k + 2] ?? '') || DELIVER.has(s.words[k + 2] ?? ''));
}
/** What the author did, told in the past, where the past tense does not end in "-ed" ("I began", "we sent it"). */
const OWN_DONE = new Set(['began', 'had', 'did', 'made', 'sent']);
/** Past tenses that ask, say or think rather than do the work: "we needed this ASAP", "as I suggested in my PR". */
const PAST_NOT_WORK = new Set([
  'needed', 'wanted', 'required', 'expected', 'asked', 'hoped', 'wished', 'demanded', 'requested', 'insisted', 'promised', 'agreed',
  'decided', 'planned', 'intended', 'aimed', 'suggested', 'proposed', 'mentioned', 'noted', 'stated', 'explained', 'reported',
  'noticed', 'assumed', 'guessed', 'believed', 'figured', 'learned', 'learnt', 'realized', 'realised', 'discussed', 'talked',
]);
/** The author promising their own work: "I'll fix it ASAP", "we will release as soon as possible". */
function ownPromise(s: Sentence, lead: string): boolean {
  if (hasSeq(s.words, ['please', 'expect']) || hasSeq(s.words, ['you', 'can', 'expect'])) return true;
  // A reply with its "I" left out, unless it asks (a question ends it).
  if (!/\?\s*$/.test(s.masked)) {
    // "Will do asap", "Don't worry, will publish asap": opening the sentence or a clause.
    // ("Hard stuck on this, hopefully will finish this by monday": the plan hoped for is the author's.)
    if (((s.words[0] === 'will' || (s.words[0] === 'hopefully' && s.words[1] === 'will')) && s.first > 1) || /[,;:—–]\s*(?:hopefully\s+)?will\s+[a-z]+[^,;:—–]*$/i.test(lead)) return true;
    // "I agree this is severe and will try to fix it ASAP": the author's "I" carried into a joined clause.
    // ("I'm still investigating and will raise them asap": the subject contracted.)
    if (/\band\s+will\s+[a-z]+[^,;:—–]*$/i.test(lead) && s.words.slice(0, s.first).some((x) => ['i', 'we', "i'm", 'im', "we're", "i've", "we've"].includes(x))) return true;
    // "Mostly working, want to clean up and post PR asap", "…, promise to tackle it asap", "Lee: Hopefully
    // looking at getting this done by the end of this week": the reply's own plan.
    if (/(?:^|[,;:—–]\s*)(?:(?:want|going|plan|hope|hoping|intend|promise)\s+to|(?:hopefully\s+)?(?:looking\s+at|working\s+on|aiming\s+to|planning\s+to))\s+[a-z]+[^,;:—–]*$/i.test(lead.trim())) return true;
  }
  // "Got an app I need to integrate it with quite urgently": the author's own task (not "I need this fixed").
  if (s.words.slice(0, s.first).some((x, i) => x === 'i' && ['need', 'have'].includes(s.words[i + 1] ?? '') && s.words[i + 2] === 'to' && !['get', 'have', 'see'].includes(s.words[i + 3] ?? ''))) return true;
  // "I started to work on it ASAP", "we fixed it right away", "We commented out that call and redeployed the
  // code ASAP": the author's own work, told (any deed in the past, not a need, a word or a thought).
  if (s.words.slice(0, s.first).some((x, i) => (x === 'i' || x === 'we') && (OWN_DONE.has(s.words[i + 1] ?? '') || (/^[a-z]{3,}ed$/.test(s.words[i + 1] ?? '') && !PAST_NOT_WORK.has(s.words[i + 1]!))))) return true;
  // ("I am going to…", "we are working on…", not "I am weary of a poor finish".)
  // ("We are branching Kolla asap": any deed under way, but not a wait or an ask, "we are expecting it asap".)
  const doing = (j: number) => ['going', 'working', 'planning', 'about', 'on', 'aiming', 'trying', 'hoping', 'releasing', 'shipping', 'fixing'].includes(s.words[j] ?? '') ||
    (/^[a-z]{3,}ing$/.test(s.words[j] ?? '') && !WAITING.has(s.words[j]!));
  // ("I hope you release it soon" hopes for someone else's work; "I thought I'd be done by July" forecasts one's own.)
  const hopesOthers = (i: number) => s.words[i + 1] === 'hope' && ['you', 'they', 'he', 'she', 'someone', 'somebody', 'the', 'devs', 'developers', 'this', 'it'].includes(s.words[i + 2] ?? '');
  if (s.words.some((x, i) => (x === "i'd" || x === "we'd") && ['be', 'have'].includes(s.words[i + 1] ?? ''))) return true;
  // ("Im working on it": the apostrophe left out.)
  // ("We'll need 1.0.2 asap": a need, not a promise.)
  // ("We estimate it to be completed by February 4th": a forecast of the team's own work. Not "expect": "As a paying
  // customer, I expect this to be sorted out within 24 hours" demands.)
  // ("I expect to release 0.5.5 by the end of July": the author's own work expected, "expect to" and a verb; not
  // "I expect this to be sorted out", someone else's work.)
  // ("We aim to publish a first draft by the end of Q2": the writers' own aim; not "Should we aim to have it by end
  // of week?", which asks.)
  const forecasts = (j: number) => ['estimate', 'anticipate', 'predict', 'forecast'].includes(s.words[j] ?? '') || (['expect', 'aim'].includes(s.words[j] ?? '') && s.words[j + 1] === 'to' && !['should', 'shall', 'can', 'could', 'must'].includes(s.words[j - 2] ?? ''));
  return s.words.some((x, i) => ((x === "i'll" || x === "we'll") && !['need', 'want', 'require', 'expect'].includes(s.words[i + 1] ?? '')) || ((x === "i'm" || x === 'im' || x === "we're") && doing(i + 1)) || ((x === 'i' || x === 'we') && !hopesOthers(i) && (['will', 'plan', "'ll", 'can', 'hope', 'try', 'intend'].includes(s.words[i + 1] ?? '') || forecasts(i + 1) || (['am', 'are'].includes(s.words[i + 1] ?? '') && doing(i + 2)))) || (x === 'let' && s.words[i + 1] === 'me'));
}

/**
 * Urgency denied: "it isn't urgent", "it's not very urgent", "I just don't think it's very urgent" (the
 * denial moved onto the opinion).
 */
function urgencyDenied(s: Sentence): boolean {
  // ("This doesn't seem like a super urgent bug": the denial a few words back, through a comparison.)
  for (let k = 1; k <= 5; k++) {
    const w = s.words[s.first - k];
    if (!w) break;
    if (denies(w)) return true;
    if (!PREDICATE.has(w) && !['that', 'too', 'all', 'so', 'a', 'an', 'like', 'seem', 'look', 'sound', 'feel'].includes(w)) break;
  }
  return deniedOpinionAt(wordsBefore(s, 7)) !== -1;
}

/** Effort described, not asked for: "Everyone is working hard to deliver The Merge as soon as possible". */
function effortDescribed(s: Sentence): boolean {
  const b = s.words.slice(0, s.first);
  return b.some((w, i) => ['working', 'striving', 'racing', 'scrambling'].includes(w) && ['is', 'are', "we're", "they're", "everyone's", 'been'].includes(b[i - 1] ?? '') && b.slice(i + 1, i + 4).includes('to'));
}

/** The practice discussed: "Expecting all but the tiniest customizations to be done today or tomorrow is probably unrealistic". */
const practiceDiscussed = (s: Sentence) => ['expecting', 'demanding', 'requiring', 'setting', 'imposing'].includes(s.words[0] ?? '') && s.words.slice(s.last + 1).some((w) => w === 'is' || w === 'was' || w === "isn't");

/** What a program does, not a person: verbs of running code ("send", "init", "flush") and its parts ("thread", "buffer"). */
const RUNS = new Set(['start', 'starts', 'launch', 'write', 'read', 'init', 'initialize', 'initialise', 'load', 'flush', 'save', 'free', 'send', 'sent', 'trigger', 'fire', 'emit', 'spawn', 'schedule', 'notify', 'released', 'default', 'handled', 'transmitted', 'break', 'print', 'exit', 'abort']);
const PROGRAM_PARTS = new Set(['thread', 'threads', 'buffer', 'buffers', 'output', 'stdout', 'stderr', 'log', 'disk', 'memory', 'cache', 'queue', 'callback', 'callbacks', 'worker', 'workers', 'stream', 'streams', 'socket', 'sockets', 'packet', 'packets', 'flag', 'flags', 'scheduler', 'handler', 'listener', 'irq', 'timer', 'task', 'function', 'execution']);
/**
 * "Send JpegStreams to the main thread ASAP", "init `isCollaborating` flag asap", "Empty buffers should be
 * released ASAP": how soon a program acts, not a delivery asked of people (a verb of running code with a
 * part of a program or an identifier before the hit; "please" or "fix" still ask).
 */
function programPaced(s: Sentence, lead: string): boolean {
  const b = s.words.slice(0, s.first);
  if (b.some((w) => w === 'please' || w === 'fix' || w === 'fixed')) return false;
  const code = s.hasCode || /\b\p{Ll}+\p{Lu}\w*|\b\p{Lu}\p{Ll}+\p{Lu}\w*|\b\w+_\w+/u.test(lead);
  const part = b.some((w) => PROGRAM_PARTS.has(w));
  return (b.some((w) => RUNS.has(w)) && (code || part)) || (code && part);
}

/** Those a product serves: when they get something, a product's behaviour is told, not a delivery date. */
const SERVED = new Set(['user', 'users', 'customer', 'customers', 'people', 'patients', 'members', 'visitors', 'subscribers', 'buyers', 'shoppers', 'drivers', 'riders', 'applicants', 'citizens']);
const RECEIVING = new Set(['receive', 'receives', 'get', 'gets', 'see', 'sees', 'want', 'wants', 'notified', 'shown', 'alerted', 'informed', 'told', 'warned', 'redirected']);
const SERVING = new Set(['deliver', 'delivers', 'delivered', 'show', 'shows', 'shown', 'notify', 'notifies', 'notified', 'alert', 'alerts', 'display', 'displays', 'send', 'sends', 'sent', 'inform', 'informs', 'refund', 'refunds']);
/**
 * "Customers should receive the refund as soon as possible", "deliver information about breaches to users as soon
 * as possible": how soon a product serves its users, a requirement of its behaviour, not a date asked of the team.
 */
function servesUsers(s: Sentence): boolean {
  const b = s.words.slice(0, s.first);
  // ("Please send the report to the customer asap": a person asked.)
  if (b.some((w) => ['please', 'pls', 'plz', 'you', 'can', 'could'].includes(w))) return false;
  const subject = b.findIndex((w) => SERVED.has(w));
  if (subject !== -1 && subject <= 2 && b.slice(subject + 1).some((w) => RECEIVING.has(w))) return true;
  // "the user would like to recover the database … as soon as possible": what users want to do themselves, quickly.
  if (b.some((w, i) => SERVED.has(w) && (hasSeq(b.slice(i + 1, i + 4), ['would', 'like', 'to']) || (['want', 'wants', 'need', 'needs'].includes(b[i + 1] ?? '') && b[i + 2] === 'to')))) return true;
  return b.some((w) => SERVING.has(w)) && b.some((w, i) => SERVED.has(w) && ['to', 'the'].includes(b[i - 1] ?? ''));
}

/** Words that may follow a deadline's "at the latest" in its own clause ("…at the latest so we can demo it"). */
const LATEST_ENDS = new Set(['so', 'and', 'but', 'because', 'as', 'since', 'if', 'when', 'or', 'please', 'pls', 'to', 'for', 'then', 'ok', 'okay', 'thanks', 'thank']);

/** Who may be expected to do work: "each engineer is expected to…", "the team is expected to…". */
const PEOPLE_SUBJECTS = new Set(['engineering', 'engineer', 'engineers', 'developer', 'developers', 'dev', 'devs', 'team', 'teams', 'everyone', 'everybody', 'each', 'member', 'members', 'contributor', 'contributors', 'maintainer', 'maintainers', 'reviewer', 'reviewers', 'he', 'she', 'they', 'we', 'i', 'designer', 'designers', 'staff', 'vendor', 'vendors', 'contractor', 'contractors', 'owner', 'owners', 'lead', 'leads', 'assignee', 'assignees', 'participants', 'students', 'candidates']);
/** `lead`: the sentence's masked text before the hit. */
function asks(s: Sentence, what: Deadline['what'], phrase: string, always: boolean, lead: string): boolean {
  if (ownPromise(s, lead) || effortDescribed(s) || practiceDiscussed(s)) return false;
  // "users will be looking at the latest master commit": "latest" describes what comes after it, no date is set.
  // (A deadline's "at the latest" ends its clause: "by Friday at the latest", "…at the latest, so we can…".)
  if (phrase.toLowerCase() === 'at the latest' && !s.clauseEnds && s.words[s.last + 1] !== undefined && !LATEST_ENDS.has(s.words[s.last + 1]!)) return false;
  // "declare \`project()\` ASAP after \`cmake_minimum_required()\`": how soon one step follows another.
  if (what === 'urgency' && s.words[s.last + 1] === 'after' && s.hasCode) return false;
  // "in the interest of getting a fix out ASAP, this is just a simple revert": the hurry is the purpose of
  // what the sentence reports, not a date asked of anyone.
  if (hasSeq(wordsBefore(s, 8), ['interest', 'of'])) return false;
  if (what === 'urgency' && (programPaced(s, lead) || servesUsers(s))) return false;
  // "Please fill out the application form before Friday, Nov 7", "RSVP by May 1": a date for
  // applicants or attendees, not a delivery asked of someone's work.
  // ("Proposals must be submitted by 8th July": a call for proposals' closing date, for those who bid.)
  // ("FOSDEM submission deadline is Dec 1st": a conference's call for talks closing; "The application deadline is
  // March 31": a programme's.)
  if (s.words.some((w) => APPLYING.has(w)) || hasSeq(s.words, ['application', 'form']) || hasSeq(s.words, ['sign', 'up']) || (s.words[0] === 'proposals' && s.words.slice(1, 4).includes('submitted')) || ['submission', 'application', 'applications'].some((w) => hasSeq(s.words, [w, 'deadline'])) || s.words.includes('cfp')) return false;
  // "Expect to see the branch merge into main by end of week": a forecast told to the reader, not a demand.
  if (s.words[0] === 'expect' && s.first > 1) return false;
  // "I want to have a meeting on Thursday instead": when people meet, not when work is delivered.
  // (Not "meet the requirements": a standard met, not people meeting.)
  const meeting = (w: string, i: number) => MEETINGS.has(w) && !(w === 'meet' && /^(?:the\s+|our\s+|their\s+|its\s+|all\s+)?(?:requirements?|needs|criteria|deadlines?|expectations|standards?|goals?|targets?|conditions)\b/.test(s.words.slice(i + 1, i + 3).join(' ')));
  if (s.words.some(meeting) && !s.words.some((w) => DONE.has(w) || (IMPERATIVES.has(w) && !['have', 'get', 'make'].includes(w)))) return false;
  if (statesPossible(s)) return false;
  // "React 19 is expected to have advanced support, likely due in 2024": a date guessed, not asked for.
  if (['likely', 'probably', 'possibly', 'tentatively', 'expected', 'estimated', 'projected', 'scheduled', 'slated'].includes(s.words[s.first - 1] ?? '')) return false;
  // "The new website is expected to land by the end of January", "A stable release is scheduled to be released
  // before…": a thing's schedule told. (Not "each engineer is expected to provide their estimates by EOD Friday": a
  // person expected to do work is asked.)
  const told = s.words.findIndex((w, i) => ['is', 'are'].includes(w) && ['expected', 'scheduled', 'slated', 'planned', 'set', 'due', 'estimated', 'projected'].includes(s.words[i + 1] ?? '') && s.words[i + 2] === 'to');
  if (told > 0 && told < s.first && !s.words.slice(0, told).some((w) => w === 'you' || PEOPLE_SUBJECTS.has(w))) return false;
  // "This issue will be fixed asap": a forecast of work done, not a demand for it; "is being replaced asap": work under way.
  const doneBefore = DONE.has(s.words[s.first - 1] ?? '') || /ed$/.test(s.words[s.first - 1] ?? '');
  // ("Hope it will be committed ASAP": a forecast hoped for is an ask.)
  const hoped = s.words.slice(0, s.first).some((w) => ['hope', 'hopefully', 'hoping'].includes(w));
  if (doneBefore && !hoped && !['needed', 'wanted', 'required'].includes(s.words[s.first - 1]!) && s.words[s.first - 2] === 'be' && ['will', "'ll", 'shall'].includes(s.words[s.first - 3] ?? '')) return false;
  // "JP will get one file done ASAP": a named person's own commitment, as minutes record it.
  if (s.words[1] === 'will' && !['need', 'needs', 'require', 'want', 'expect', 'have'].includes(s.words[2] ?? '') && !NOT_ASSIGNEES.has(s.words[0] ?? '') && !['they', 'he', 'she', 'someone', 'somebody', 'everyone'].includes(s.words[0] ?? '') && opensCapitalised(s)) return false;
  if (doneBefore && s.words[s.first - 2] === 'being' && ['is', 'are', "it's"].includes(s.words[s.first - 3] ?? '')) return false;
  const p = phrase.toLowerCase();
  if (always) return true;
  if (what === 'urgency' && urgencyDenied(s)) return false;
  // "…contacting Akamai when a certificate is revoked and fresh OCSP responses need to be served ASAP": the hurry
  // belongs to a situation described in a "when" clause; "To receive urgent support you must file…": to an aim
  // opening the sentence. Neither asks for a date.
  // (A "when" clause with a verb of its own, not "When in doubt push forward and go public ASAP"; an aim followed by
  // the main clause's subject and modal, not "To publish the process and start it ASAP", an action item.)
  if (/\b(?:when|whenever)\s+(?!in\b)[^,;:—–]*\b(?:is|are|was|were|need|needs|has|have|gets|becomes)\b[^,;:—–]*$/i.test(s.lead)) return false;
  if (s.words[0] === 'to' && !/[,;:—–]/.test(s.lead) && s.words.slice(s.last + 1).some((w, i, a) => ['you', 'we', 'they', 'users', 'customers'].includes(w) && ['must', 'should', 'need', 'can', 'have', 'will'].includes(a[i + 1] ?? ''))) return false;
  // "Please do not merge immediately", "Don't ship this ASAP": the hurry itself is refused, in one clause.
  // (Not "Don't forget to send it by Friday", "don't wait…": a double negative that asks.)
  if (/^[\s\uFFFC]*(?:please\s+)?(?:do\s+not|don't|don’t|never)\s+(?!forget|hesitate|wait|delay|fail|miss)[^,;:.!?]*$/i.test(s.lead)) return false;
  // ("not enough that we definitely need to fix it asap": the need itself denied; "Doesn't mean we'll need it
  // right away": the hurry denied.)
  const beforeHit = s.words.slice(0, s.first);
  if (hasSeq(beforeHit, ['not', 'enough', 'that']) || hasSeq(beforeHit, ["doesn't", 'mean']) || hasSeq(beforeHit, ['does', 'not', 'mean'])) return false;
  const p1 = s.words[s.first - 1];
  // "not urgent", "if it's urgent", "none of these is particularly urgent".
  // ("If you could fix it ASAP, that would be much appreciated": a request put politely, not a condition.)
  if (p1 === 'not' || p1 === 'particularly' || s.words.slice(0, s.first).some((x, i, w) => (x === 'if' && !politeIf(w, i)) || x === 'none' || x === 'unless')) return false;
  // ("like" only as "would like", and not "we would like to get testing up to speed": one's own aim,
  // unless it is work done by others: "he would like to have them completed by March".)
  const likes = (i: number) => {
    const prev = s.words[i - 1] ?? '';
    if (!['would', "i'd", "we'd", "he'd", "she'd", "they'd"].includes(prev)) return false;
    const who = prev === 'would' ? s.words[i - 2] : prev.slice(0, -2);
    return !(who === 'we' || who === 'i') || s.words.slice(i + 1, s.first).some((w) => DONE.has(w));
  };
  if (what === 'urgency' && (p === 'urgent' || p === 'asap' || p === 'a.s.a.p')) {
    // "Please contact me asap if…", "reach out asap": an invitation to get in touch, not work to deliver.
    if (['me', 'us'].includes(s.words[s.first - 1] ?? '') && ['contact', 'call', 'email', 'message', 'text', 'ping'].includes(s.words[s.first - 2] ?? '')) return false;
    // "This means the old key should be revoked ASAP": the hurry follows from what was just said, its reason.
    if (['this', 'that', 'which'].includes(s.words[0] ?? '') && ['means', 'meant'].includes(s.words[1] ?? '')) return false;
    // "It is urgent", "please fix ASAP", "Try to make the changes asap": urgency words are a demand unless a system is described.
    // ("We'd like to transition to main ASAP": one's own aim, as below; not "we would like to have it asap", which
    // waits on someone else's work.)
    if (s.words.slice(0, s.first).some((x, i) => x === 'like' && s.words[i + 1] === 'to' && !RECEIVE.has(s.words[i + 2] ?? '') && !likes(i) && ['would', "i'd", "we'd"].includes(s.words[i - 1] ?? ''))) return false;
    return s.words.some((x) => ASKING.has(x) || x === 'is' || x === "it's" || x === 'very') || (IMPERATIVES.has(s.words[0] ?? '') && s.first > 1);
  }
  // "immediately", "as soon as possible", dates: only with a word that asks for something, or
  // an imperative ("Submit the report before Tuesday").
  // An order: a verb opening the sentence, or one joined to it ("Identify and finish the feature by end of day").
  // ("@john3 Solve five issues by Sunday": an order addressed to someone by their handle.)
  // ("Goal: Complete the criteria by end of January", "WNP81: Write final approved copy by EOD": an order after
  // the label of a list item or a note, one to three words and a colon.)
  const label = /^\s*((?:[\p{L}\d][\p{L}\d.\-]*\s+){0,2}[\p{L}\d][\p{L}\d.\-]*)\s*:\s+\S/u.exec(s.masked);
  const addressed = /^\s*@[\w-]+/.test(s.masked) ? 1 : label ? (label[1]!.match(/[\p{L}\d]+/gu) ?? []).length : 0;
  const order =
    OPENING_ORDERS.has(s.words[addressed] ?? '') ||
    s.words.slice(0, s.first).some((x, i) => IMPERATIVES.has(x) && (i <= addressed || ['and', 'then', 'please', 'pls', 'just', 'so', 'now'].includes(s.words[i - 1]!)));
  // "Could a new release be made by end of next week?", "Can this be merged before noon?": a request put as a question.
  const question = ['could', 'can', 'would', 'will'].includes(s.words[0] ?? '') && /\?\s*$/.test(s.masked) && !['i', 'we'].includes(s.words[1] ?? '');
  // "Everything has to be perfect by the end of the month": an obligation put on someone (not "I have to…",
  // nor "it does not have to be implemented immediately", nor a policy's "will have to be reported").
  const mustDo = s.words.some((x, i) => (x === 'has' || x === 'have') && s.words[i + 1] === 'to' && i + 1 < s.first && !['i', 'we', "i'll", "we'll", 'will', 'would', 'may', 'might'].includes(s.words[i - 1] ?? '') && !denies(s.words[i - 1] ?? ''));
  // "would be great to have that by the end of the week!", "It would be nice if we could get all the retros by next
  // week": a wish put to others, an ask as polite as "please".
  const wish = /\b(?:would|it'd|that'd|'d)\s+be\s+(?:really\s+|very\s+|so\s+|super\s+)?(?:great|good|nice|awesome|helpful|ideal|lovely|fantastic|amazing)\s+(?:to|if)\b/i.test(s.masked);
  const ask = question || mustDo || wish || actionItem(s) || s.words.some((x, i) => ASKING.has(x) && s.words[i - 1] !== 'the' && i !== s.first && (x !== 'like' || likes(i))) || (s.first > 0 && order);
  if (!ask) return false;
  // "Users need to be notified immediately": what the system must do, not a delivery date.
  // ("needs to be fixed right away" asks for a delivery: a work participle right before.)
  if (p === 'immediately' || p === 'right away') {
    // "High Priority: Critical issues that should be fixed immediately": what a priority means, defined; "tasks that
    // you can start right away": what someone is able to do, not a date asked (not "Can you fix it immediately?",
    // nor a job post's "someone who can begin immediately").
    if (s.words.includes('priority') || ableNow(s)) return false;
    return (!hasSeq(s.words, ['to', 'be']) || DONE.has(s.words[s.first - 1] ?? '')) && !s.words.includes('when') && !s.words.includes('after') && !s.words.includes('once');
  }
  // "By October 31 of each year, each member … will be asked": a date that recurs, a calendar, not a delivery.
  if (/\b(?:of each year|each year|every year|annually)\b/i.test(s.masked)) return false;
  return true;
}

/** "you can start right away", "they could begin immediately": someone able to, told (not asked: "Can you fix it immediately?"). */
function ableNow(s: Sentence): boolean {
  if (/\?\s*$/.test(s.masked)) return false;
  return [-2, -3].some((k) => ['can', 'could'].includes(s.words[s.first + k] ?? '') && ['you', 'they', 'we', 'i'].includes(s.words[s.first + k - 1] ?? ''));
}

/**
 * "This is a 1 and can be done today", "you can have it working ASAP": what is possible, stated, not
 * asked (not a question, no word that asks; "Can you get it done by Friday?" asks).
 */
function statesPossible(s: Sentence): boolean {
  if (/\?\s*$/.test(s.masked) || s.words.some((w) => ASKING.has(w))) return false;
  return s.words.slice(0, s.first).some((w, i) => {
    const prev = s.words[i - 1] ?? '';
    const next = s.words[i + 1] ?? '';
    // "it can be done", "this could be fixed"; "you can have it working".
    return ((w === 'can' || w === 'could') && ['be', 'have'].includes(next) && !['you', 'we', 'i', 'they', 'he', 'she'].includes(prev)) || (w === 'can' && prev === 'you' && next === 'have');
  });
}

/** Words of people meeting: a date for them is when people talk, not when work is due. */
const MEETINGS = new Set(['meeting', 'meetings', 'call', 'calls', 'standup', 'stand-up', 'sync', 'catch-up', 'lunch', 'coffee', 'interview', 'chat', 'meet']);
/** Words of people applying or signing up ("application" alone is as often software, "apply" a patch). */
const APPLYING = new Set(['applicants', 'rsvp', 'nominate', 'nominations', 'enrol', 'enroll', 'enrollment', 'enrolment', 'submissions', 'applications']);

/** Words that can follow "by" in a date: "needed by *Friday*", "due by *the end of* Q3", "by *next* sprint". */
const DATE_WORDS = new Set([
  ...DAYS, ...MONTHS, 'day', 'week', 'month', 'quarter', 'year', 'sprint', 'weekend', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
  'eod', 'eow', 'eom', 'eoq', 'eoy', 'cob', 'eob', 'noon', 'midnight', 'morning', 'afternoon', 'evening', 'then', 'now',
  'launch', 'release', 'deadline', 'date', 'time', 'mid-year', 'year-end', 'mid-week', 'midweek', 'mid-month', 'midday',
]);
const DATE_LEAD = new Set(['the', 'this', 'next', 'early', 'mid', 'late', 'end', 'of', 'close', 'start', 'beginning', 'latest', 'very', 'at', 'first', 'thing', 'in']);
/** A phrase ending in "by" ("needed by", "due by") names a date only when one follows: not "needed by the compiler". */
function dateFollows(tokens: readonly { norm: string }[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 5); j++) {
    const w = tokens[j]!.norm;
    if (DATE_WORDS.has(w) || /^\d/.test(w)) return true;
    if (!DATE_LEAD.has(w)) return false;
  }
  return false;
}
/** What, done "immediately", is a delivery asked for: "we need this *fixed* immediately", "*ship* it right away". */
const DELIVER = new Set([
  'need', 'needs', 'needed', 'want', 'wants', 'fix', 'fixed', 'ship', 'shipped', 'deploy', 'deployed', 'release', 'released',
  'merge', 'merged', 'done', 'addressed', 'resolved', 'closed', 'patched', 'updated', 'implemented', 'changed', 'removed',
  'added', 'sent', 'submitted', 'delivered', 'start', 'started', 'begin', 'look', 'handled', 'finished', 'completed',
  'prioritized', 'prioritised', 'investigated', 'escalated', 'rolled', 'reverted', 'revert', 'deliver', 'finish', 'complete',
]);
/** The deliveries as work done: "fixed", "merged", "done" ("needs to be fixed immediately", "he would like to have them completed"). */
const DONE = new Set([...DELIVER].filter((w) => w.endsWith('ed') || w === 'done'));
/** Words that may stand between the delivery and "immediately": "fix *this* immediately", "need *it done* right away". */
const BETWEEN = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'to', 'be', 'on', 'at', 'into', 'out', 'back', 'up', 'please', 'asap', 'now', 'done', 'fixed', 'in']);
/**
 * "immediately" and "right away" ask for a delivery only after a word that asks for one ("we need
 * this immediately", "should be fixed immediately"), and not before another verb they qualify
 * ("is immediately run", "immediately display a banner"): there they describe what a system does.
 */
function deliveryNow(s: Sentence): boolean {
  const n1 = s.words[s.last + 1];
  if (n1 && !['and', 'or', 'so', 'please', 'because', 'since', 'as', 'otherwise', 'if', 'before', 'but'].includes(n1)) return false;
  // "Please unblock immediately.", "Please restore it immediately": a plea's own verb, whatever the work is.
  if (s.words[s.first] !== 'urgently' && ['please', 'pls', 'plz'].includes(s.words[0] ?? '') && (s.first === 2 || (s.first === 3 && BETWEEN.has(s.words[2]!)))) return true;
  for (let j = s.first - 1; j >= Math.max(0, s.first - 4); j--) {
    const w = s.words[j]!;
    if (DELIVER.has(w)) return true;
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}

/** What "we are …ing" may be that is no deed of one's own: a wait or an ask ("we are expecting this asap"). */
const WAITING = new Set(['expecting', 'waiting', 'needing', 'asking', 'requesting', 'counting', 'looking', 'relying', 'depending', 'wanting', 'begging', 'urging', 'demanding', 'pushing', 'pressing', 'being', 'getting', 'having', 'still']);
/** Verbs before a date that tell of the past: "joined before Jan 1 2020". */
const PAST_EVENTS = new Set(['joined', 'started', 'began', 'hired', 'born', 'signed', 'registered', 'enrolled', 'arrived', 'existed', 'founded', 'happened', 'occurred', 'created', 'opened', 'was', 'were', 'had']);
/** "urgent" said of the work: "this is urgent", "very urgent", "URGENT: need…", "we need an urgent fix". */
const PREDICATE = new Set(['is', "it's", 'its', "that's", 'are', 'be', 'been', 'seems', 'very', 'extremely', 'really', 'super', 'so', 'quite', 'most', 'somewhat', 'fairly', 'rather', 'pretty', 'kinda', 'sorta']);
const URGENT_WORK = new Set(['fix', 'fixes', 'patch', 'change', 'review', 'help', 'attention', 'response', 'request', 'update', 'release', 'hotfix', 'action', 'support', 'answer', 'reply', 'feedback']);
/**
 * Not a label in a list of priorities ("Urgent, High, Normal", "L1 (Urgent) - 1 hour", "P1: Urgent and
 * important") nor an adjective of someone's needs ("customers' urgent needs", "urgent dot releases").
 */
function urgencyAsked(s: Sentence, masked: string, at: number, end: number): boolean {
  const p1 = s.words[s.first - 1];
  const n1 = s.words[s.last + 1];
  const needs = (w?: string) => ['need', 'needs', 'needed'].includes(w ?? '');
  /** The nearest "need" before the hit (-1 if none), read by two checks below. */
  let needAt = s.first - 1;
  while (needAt >= 0 && !needs(s.words[needAt])) needAt--;
  // "This does not need to be fixed urgently", "not really an issue that needs to be urgently fixed": the need denied.
  // (Not "it doesn't work and needs to be fixed urgently": the denial belongs to another verb.)
  if (needAt > 0 && s.first - needAt <= 5) {
    const between = s.words.slice(Math.max(0, needAt - 5), needAt);
    let denial = between.length - 1;
    while (denial >= 0 && !denies(between[denial]!)) denial--;
    if (denial !== -1 && !between.slice(denial + 1).some((w) => ['and', 'but', 'or', 'so'].includes(w))) return false;
  }
  // "This is an urgent requirement", "…, and this is an urgent need": the work at hand called urgent, opening its
  // clause (not "As it is an urgent issue, you can start", a reason given).
  const opener = s.words[s.first - 4];
  if (p1 === 'an' && s.words[s.first - 2] === 'is' && ['this', 'it'].includes(s.words[s.first - 3] ?? '') && (opener === undefined || ['and', 'but', 'so', 'however'].includes(opener))) return true;
  // "more urgent updates", "such an urgent need that", "less urgent": a comparison, not a demand.
  if (['more', 'less', 'most', 'least', 'as', 'too', 'such', 'an'].includes(p1 ?? '')) return false;
  // "issues that are urgent for release": a kind of item described, not a demand.
  if (['are', 'is'].includes(p1 ?? '') && ['that', 'which', 'who'].includes(s.words[s.first - 2] ?? '')) return false;
  // "I have urgent fix, but…", "we got urgent reports": something urgent the author has or was given, told.
  if (['have', 'had', 'got'].includes(p1 ?? '') && ['i', 'we'].includes(s.words[s.first - 2] ?? '')) return false;
  // "there are likely to be urgent jobs that have to be done during a sprint": urgent work said to exist, a kind of
  // work described, not this work pressed.
  const there = s.words.lastIndexOf('there', s.first - 1);
  const opens = there === 0 || ['that', 'if', 'when', 'because', 'since', 'and', 'but', 'so', 'though', 'although', 'while', 'where'].includes(s.words[there - 1] ?? '');
  if (there !== -1 && opens && s.words[s.first] === 'urgent' && s.first - there <= 5 && ['is', 'are', 'will', 'may', 'might', 'can', 'could'].includes(s.words[there + 1] ?? '') && /^[a-z]{3,}$/.test(s.words[s.last + 1] ?? '') && !['that', 'and', 'but', 'because', 'enough', 'now', 'for'].includes(s.words[s.last + 1]!)) return false;
  // "[URGENT] Fix cloud front access…", "#sort-of-urgent Add phone numbers…": a pull request or ticket tagged
  // urgent, which asks; not "Please add [URGENT] to the title", which tells how to tag.
  const tagged = (/\[\s*$/.test(masked.slice(Math.max(0, at - 2), at)) && /^\s*\]/.test(masked.slice(end, end + 2))) || /#[\w-]*$/.test(masked.slice(Math.max(0, at - 20), at));
  // (Not a list of tags: "Priorities: [urgent], [high], [low]".)
  if (tagged) return !s.words.slice(0, s.first).some((w) => TAGGING.has(w)) && !/^\s*\]\s*[,;/|]/.test(masked.slice(end, end + 4));
  if (/[(|*]\s*$/.test(masked.slice(Math.max(0, at - 3), at)) || /^\s*[,)|*]/.test(masked.slice(end, end + 3))) return false;
  // ("Kinda urgent :)", "kind of urgent": hedged, still pressed.)
  if (p1 && (PREDICATE.has(p1) || (p1 === 'of' && ['kind', 'sort'].includes(s.words[s.first - 2] ?? '')))) return true;
  // "please need urgent sir", "I need this urgent!": the word closing a plea for the thing needed.
  if ((needs(p1) || (['it', 'this', 'that', 'them'].includes(p1 ?? '') && needs(s.words[s.first - 2]))) && (n1 === undefined || s.clauseEnds || ['sir', 'please', 'pls', 'plz', 'madam', 'guys', 'bro', 'asap'].includes(n1))) return true;
  // "[Bugfix:InstructorUI] URGENT Bugfix Bulk upload": urgency shouted in capitals labels the work it heads.
  // (Not "Story 0.1: URGENT - SDK migration": a title's label, whose reason the story gives.)
  if (masked.slice(at, end) === 'URGENT' && /^ +[A-Za-z]/.test(masked.slice(end, end + 3)) && !hasSeq(s.words, ['not', 'urgent'])) return true;
  if (n1 && URGENT_WORK.has(n1)) return s.words.some((x) => ASKING.has(x) && x !== 'urgent' && x !== 'urgently');
  // "URGENT: status report needed", "Urgently — critical that this is addressed today": a shout, then the ask.
  // (Not a headline about urgency: "Urgent: That Work Thing Is Probably Not Urgent".)
  if (s.first === 0) return /^\s*[:!—–-]/.test(masked.slice(end)) && !hasSeq(s.words, ['not', 'urgent']);
  // "I need a client test program urgently!!!", "Need a replacement urgently.": a thing asked for, and nothing after
  // it, where a reason would stand ("I need it urgently for my project" gives one; "I need to integrate it … urgently"
  // is the writer's own work).
  if (s.words[s.first] === 'urgently' && n1 === undefined && needAt !== -1 && s.first - needAt <= 6 &&
    s.words[needAt + 1] !== 'to' && (needAt === 0 || ['i', 'we'].includes(s.words[needAt - 1] ?? ''))) return true;
  // "we urgently need…": an adverb on an ask; "please fix this urgently", "I need this fixed urgently": on a delivery.
  return s.words[s.first] === 'urgently' && (ASKING.has(n1 ?? '') || deliveryNow(s));
}

/** Words that talk about a tag rather than use it: "add [URGENT] to the title", "mark it #urgent". */
const TAGGING = new Set(['add', 'adding', 'use', 'using', 'mark', 'marked', 'label', 'labelled', 'labeled', 'tag', 'tagged', 'apply', 'put', 'include', 'prefix']);

/** What one would like to get from someone else's work: "we would like to have it asap". */
const RECEIVE = new Set(['have', 'get', 'see', 'receive']);

/** "if you could …", "if you would …": the polite form of a request, not a condition ("if you would like to help" is one). */
function politeIf(words: string[], i: number): boolean {
  // "It would be nice if we could get all the retros by next week": a wish, put as a condition.
  if (['nice', 'great', 'good', 'awesome', 'helpful', 'ideal', 'appreciated', 'lovely'].includes(words[i - 1] ?? '') && words[i - 2] === 'be' && ['would', "it'd", "that'd"].includes(words[i - 3] ?? '') && ['you', 'we', 'they', 'someone', 'somebody', 'anyone'].includes(words[i + 1] ?? '') && ['could', 'can', 'would'].includes(words[i + 2] ?? '')) return true;
  if (words[i + 1] === 'you' && (words[i + 2] === 'could' || (words[i + 2] === 'would' && !['like', 'love', 'prefer', 'want', 'rather'].includes(words[i + 3] ?? '')))) return true;
  // "If you object, please raise them by end of day": the condition names who is asked; the ask after "please" stands.
  // (Not "If you would like to help, please reply ASAP": an offer to whoever wants it.)
  const please = words.indexOf('please', i + 2);
  return please !== -1 && !words.slice(i + 1, please).some((w) => OFFERED.has(w));
}
/** What makes an "if" clause an offer to whoever wants it: "if you would like to", "if you want to give feedback". */
const OFFERED = new Set(['like', 'love', 'want', 'wish', 'prefer', 'interested', 'keen']);

/** What a page says of its own next revision: "Next update due June 2026", "Next review due: 1 May". */
const PAGE_REVISIONS = new Set(['update', 'review', 'revision', 'refresh', 'edition']);

/** Past-tense and process words before a date or a deadline: "joined before Jan 1 2020", "once the deadline is reached". */
const PROCESS = ['once', 'when', 'after', 'until', 'if', 'before', 'whether'];

/**
 * The checks a phrase needs besides asking, each chosen by the phrase's own words (a team's
 * \`extra\` phrases get them the same way).
 */
const GUARDS: [applies: (p: string, what: Deadline['what']) => boolean, guard: Guard][] = [
  // "replaced by Spring MVC and JPA", "migrate by Spring Boot 3": a season capitalised before another name is a product.
  [(p) => SEASONS.some((x) => p === x || p.endsWith(` ${x}`)), ({ block, match }, text) => {
    const season = text.slice(block.tokens[match.last]!.start, block.tokens[match.last]!.end);
    const next = block.tokens[match.last + 1];
    return !(/^\p{Lu}/u.test(season) && next && /^\p{Lu}/u.test(text.slice(next.start, next.end)));
  }],
  // "Last updated 3 March. Next update due June 2026": a page's own schedule for its next revision, not work asked of anyone.
  [(p) => p === 'due' || p.startsWith('due '), ({ sentence: s }) => !(wordsBefore(s, 2)[0] === 'next' && PAGE_REVISIONS.has(wordsBefore(s, 1)[0] ?? ''))],
  // "I have 3 days to complete the job": the author's own time, not a span set for someone else.
  [(p) => p.startsWith('have {num}'), ({ sentence: s }) => !['i', 'we', 'still'].includes(s.words[s.first - 1] ?? '')],
  // "You have 3 hours to complete this challenge": a test's own time limit, part of what it tests, as a call for
  // proposals' closing date is part of the call. (Not "You are given 6 days to complete this": an issue's work.)
  [(p) => p.startsWith('have {num}') || p.startsWith('given {num}'), ({ sentence: s }) => !s.words.slice(s.last + 1, s.last + 5).some((w) => TESTS.has(w))],
  // "needed by the compiler", a "Needed by" column: a date must follow.
  [(p) => p.endsWith(' by') || p.endsWith('no later than') || (p.endsWith(' before') && finishedPhrase(p)), ({ block, match }) => dateFollows(block.tokens, match.last + 1)],
  // "ready within 30 days", "fixed within the hour": a span of time must follow.
  [(p) => WITHIN_SPAN.test(p), ({ block, match, sentence }) => spanFollows(block.tokens, match.last, sentence.words.some((w) => ['need', 'needs', 'want', 'wants'].includes(w)))],
  // "have it done by Friday", not "it will be done by Q3" (a forecast) nor "was completed before March".
  [(p) => finishedPhrase(p), ({ sentence, block, match }) => finishedAsked(sentence) && !referredDate(block.tokens, match.last + 1)],
  // "should be implemented by now", not "By now you should have installed Node": work that should already be done.
  [(p) => p === 'by now', ({ sentence: s }) => s.first > 0 && wordsBefore(s, s.first).includes('should') && wordsBefore(s, 4).some((w) => w === 'done' || /ed$/.test(w)) && !wordsBefore(s, s.first).some((w) => ['i', 'we', 'you'].includes(w))],
  // "done on 12/10", "ready on Monday", "live on the 2nd of June": a day or a date right after "on", or "the" and a day
  // of the month (not "done on time", "done on the server", "done on the 2 servers").
  [(p) => / on$/.test(p), ({ block, match }) => {
    const n = block.tokens[match.last + 1]?.norm ?? '';
    return /^\d/.test(n) || DAYS.includes(n) || MONTHS.includes(n) || (n === 'the' && /^\d{1,2}(?:st|nd|rd|th)$/.test(block.tokens[match.last + 2]?.norm ?? ''));
  }],
  // "returns immediately": only a delivery asked for "immediately".
  [(p) => p === 'immediately' || p === 'right away', ({ sentence }) => deliveryNow(sentence)],
  // "the deadline is Friday", not "each subchannel's deadline is set to a random value" (an RPC deadline).
  [(p) => /deadline (?:for (?:this|it|this one) )?(?:is|to be|to)$/.test(p), ({ block, match }) => dateFollows(block.tokens, match.last + 1) || (block.tokens[match.last + 1]?.norm === 'be' && dateFollows(block.tokens, match.last + 2))],
  // "Please hurry up and release", "Hurry up!": said to people; not "needs the function to hurry up and finish".
  // ("If you're a developer, make it quickly.": an order after a clause.)
  [(p) => PACE.has(p), ({ sentence: s, block, match }) => s.first === 0 || ['please', 'pls', 'plz', 'and', 'just', 'so', 'you', 'guys', 'now', 'ok', 'okay', 'then'].includes(s.words[s.first - 1] ?? '') || /[,;:!–—-]\s*$/.test(block.masked.slice(Math.max(0, match.start - block.start - 3), match.start - block.start))],
  // "Approve and merge now!": "now" ends the order (not "merge now-stale branches", "release now includes…").
  [(p) => / now$/.test(p) && !/ (?:it|this) now$/.test(p), ({ block, match }) => /^\s*(?:[.!?]|$)/.test(block.masked.slice(match.end - block.start))],
  // "ASAP Labs": a name.
  // "Inform PD ASAP after new peers are not pending any more (#2786)": a commit subject, which says when the code acts
  // (every such subject in the corpus is harmless by the readers' labels; "[URGENT] Fix … (#810)" is still read).
  // ("…from Source Sans Pro to Asap": "Asap" after a preposition or an article is a name (a font), not "ASAP".)
  [(p) => p === 'asap', ({ match, sentence }, text) => !/^\s+[A-Z]/.test(text.slice(match.end, match.end + 3)) && !/\(#\d+\)\s*$/.test(sentence.masked) &&
    !(text.slice(match.start, match.end) === 'Asap' && ['to', 'from', 'the', 'with', 'of', 'use', 'using'].includes(sentence.words[sentence.first - 1] ?? ''))],
  // "by 12/11", "by 5/22/2013", "by 20.11.2020": a date in figures, not "by 2.5 points" or "by 10 %".
  [(p) => p === 'by {num}', ({ match }, text) => /^by\s+(?:\d{1,4}[/-]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4})\b/i.test(text.slice(match.start, match.start + 16))],
  // "on Monday" is a deadline only for a delivery: "release this on Monday", not "we meet on Monday".
  // ("my hand in date is on Monday": "hand" after "my" is a noun, and the date the author's own.)
  // ("**Update on November 22 2025:** The macOS version has been revised": a post's dated note, labelled by the day it was
  // added, not an update asked for by then.)
  [(p) => p.startsWith('on '), ({ sentence: s, match }, text) => s.words.slice(0, s.first).some((w, i) => i >= s.first - 4 && (DELIVER.has(w) || IMPERATIVES.has(w)) && !POSSESSIVES.has(s.words[i - 1] ?? '')) &&
    !(s.first === 1 && ['update', 'updated', 'edit', 'edited'].includes(s.words[0]!) && /^(?:,?\s*\d{4})?[*_\s]*:/.test(text.slice(match.end, match.end + 12)))],
  // "top priority" asks only when the work is named: "This is top priority to have done by noon".
  [(p) => p.endsWith('priority'), ({ sentence: s }) => s.words.slice(s.last + 1).some((w) => DELIVER.has(w) || w === 'done')],
  // "those who joined before Jan 1 2020": a date in the past, not a delivery.
  [(_, what) => what === 'date', ({ sentence }) => !PAST_EVENTS.has(wordsBefore(sentence, 1)[0] ?? '')],
  [(p) => p === 'urgent' || p === 'urgently', ({ block, match, sentence }) => urgencyAsked(sentence, block.masked, match.start - block.start, match.end - block.start)],
  // "Deadline: March 8", "Due date: 3/30": a field naming a date. "Due 20.11.2020", "documents due 3/30": a
  // date right after "due", not "reports are due 3/30" (a report) nor "due to" (a cause).
  [(p) => ['deadline', 'due', 'due on', 'due date'].includes(p), ({ block, match, sentence: s }, text) => {
    const next = block.tokens[match.last + 1]?.norm ?? '';
    // (A date itself: not "Due date: the date that the post is set to go live", a field described.)
    const dated = /^\d/.test(next) || (dateFollows(block.tokens, match.last + 1) && !block.tokens.slice(match.last + 1, match.last + 4).some((t) => ['date', 'time', 'deadline', 'then', 'now', 'launch', 'release'].includes(t.norm)));
    // ("Content Deadline: Friday, August 20": the field's name may be two words.)
    if (/^[*_]*[ \t]*:/.test(text.slice(match.end, match.end + 8))) return dated && (s.first === 0 || (s.first === 1 && match.phrase === 'deadline'));
    // "Deadline 4 p.m.", "Deadline End of January to move forward…": a sentence that opens with the word and a time or date.
    if (match.phrase === 'deadline' && s.first === 0 && (/^\d/.test(next) || dated)) return true;
    // "- Deadline until 2023-12-11", "Deadline by March 8": a preposition, then the date.
    if (match.phrase === 'deadline' && s.first === 0 && ['until', 'by', 'on', 'before'].includes(next)) {
      const after = block.tokens[match.last + 2]?.norm ?? '';
      if (/^\d/.test(after) || (dateFollows(block.tokens, match.last + 2) && !['then', 'now', 'today'].includes(after))) return true;
    }
    const p = match.phrase;
    return (p === 'due' || p === 'due on') && dated && block.tokens[match.last + 1]!.joined && !['is', 'are', 'was', 'were', 'be', 'been', 'not', 'supposedly', "it's", "they're"].includes(s.words[s.first - 1] ?? '');
  }],
  // "Anything bigger should be pushed to the next sprint", "let's defer it to next sprint": work put off, not pressed;
  // "discussed at the next sprint planning": a meeting named, not a date for work.
  [(p) => p.endsWith('next sprint'), ({ sentence: s }) => {
    const b = wordsBefore(s, 5);
    const into = (w: string | undefined) => ['to', 'into', 'until', 'till'].includes(w ?? '');
    const putOff = b.some((w) => DEFERRING.has(w)) && (into(b.at(-1)) || (b.at(-1) === 'the' && into(b.at(-2))));
    return !putOff && !SPRINT_MEETINGS.has(s.words[s.last + 1] ?? '');
  }],
  // "Once the deadline is reached you may merge": a process described, not a date set.
  [(p) => p.includes('deadline'), ({ sentence }) => !wordsBefore(sentence, sentence.first).some((w) => PROCESS.includes(w))],
];

/** Verbs that put work off to a later sprint: "pushed to the next sprint", "defer it to next sprint". */
const DEFERRING = new Set(['push', 'pushed', 'move', 'moved', 'defer', 'deferred', 'postpone', 'postponed', 'punt', 'punted', 'bump', 'bumped', 'slip', 'slipped', 'shift', 'shifted', 'carry', 'carried', 'spill', 'spilled', 'roll', 'rolled', 'bleed', 'bleeds']);
/** A sprint's meetings: "at the next sprint planning" names when people meet. */
const SPRINT_MEETINGS = new Set(['planning', 'meeting', 'retro', 'retrospective', 'review', 'demo', 'kickoff', 'kick-off', 'standup', 'stand-up']);

/** Before a verb, words that make it a noun: "my hand in date", "the check". */
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'the', 'a', 'an', 'this', 'that']);

/** A span of time after "within": "within 30 days", "within the hour". */
const SPANS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'business', 'working', 'calendar', 'sprint', 'sprints']);
/**
 * Not a span counted from an event, which a process sets for anyone it applies to ("within 5 business
 * days after your laptop was received", "within 14 days of disclosure").
 */
function spanFollows(tokens: readonly { norm: string }[], from: number, asked: boolean): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
    if (!SPANS.has(tokens[j]!.norm)) continue;
    const k = SPANS.has(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
    // (Unless someone says they need it: "need this delivered within one week from job acceptance".)
    return asked || !['after', 'of', 'from', 'following', 'since', 'upon', 'once', 'when', 'before', 'prior'].includes(tokens[k]?.norm ?? '');
  }
  return false;
}
/** "completed by this date", "done by the deadline": a date named before, set by a schedule, not a new one. */
function referredDate(tokens: readonly { norm: string }[], from: number): boolean {
  // "…file their reports on Oct. 10, meaning the site must be ready before then": the date of an event told first.
  if (tokens[from]?.norm === 'then') return true;
  return ['this', 'that', 'the', 'said', 'such'].includes(tokens[from]?.norm ?? '') && ['date', 'deadline', 'time', 'day'].includes(tokens[from + 1]?.norm ?? '');
}
/** Before finished work and its time, words that set it for someone: "have it done by", "needs to be ready within". */
const SETS_TIME = new Set([...ASKING, 'have', 'get', 'got', 'told', 'asked', 'make', 'sure', 'expecting', 'be', 'submit', 'send']);
/** Before it, words that forecast or report instead: "it will be ready by Q3", "was done before March", "is done by the build". */
const FORECAST = new Set(['will', "'ll", "it'll", "we'll", "i'll", "they'll", 'would', 'was', 'were', 'been', 'is', 'are', "it's", 'being', 'probably', 'hopefully', 'likely', 'may', 'might', 'once', 'when', 'if', 'until', 'after', 'whether']);
/** "done by Friday" is set for someone only after a word that sets it, and not in a forecast or a report. */
function finishedAsked(s: Sentence): boolean {
  const before4 = wordsBefore(s, 4);
  // ("would" forecasts, but "would like to have it completed by" asks; "you are expected to finish by Friday" is set
  // for someone, and a thing's schedule told so is left to asks().)
  const sets = (w: string, next: string) => (w === 'would' && ['like', 'love', 'prefer', 'appreciate'].includes(next)) || (['is', 'are'].includes(w) && ['expected', 'required', 'supposed', 'asked', 'told'].includes(next));
  if (before4.some((w, i) => FORECAST.has(w) && !sets(w, before4[i + 1] ?? ''))) return false;
  // "assess whether the project can be completed by 20th March": whether the date can be met is the question.
  if (wordsBefore(s, 8).includes('whether')) return false;
  return s.words.slice(0, s.first).some((w) => SETS_TIME.has(w));
}

/** A phrase's data, from its words: which guards apply, and whether it asks by itself. */
function deadline(phrase: string, what: Deadline['what']): Deadline {
  const p = phrase.toLowerCase();
  const always = / (?:it|this) (?:now|already)$/.test(p) || /^(?:make|get|have) (?:it|this) (?:happen|done|ready) (?:in|within) /.test(p) || finishedPhrase(p) || ((p === 'due' || p.startsWith('due ')) && !p.startsWith('due by')) || p.includes('yesterday') || PACE_ASKED.includes(p) || /wait any ?(?:more|longer)$/.test(p) || p.includes('deadline') || p.startsWith('need') || p.startsWith('target ') || p === 'at the latest' || /^(?:back )?to (?:me|us) by$/.test(p) || /^(?:given|have) \S+ (?:days|hours) to/.test(p);
  return { what, always, guards: GUARDS.filter(([applies]) => applies(p, what)).map(([, guard]) => guard) };
}

const ASK = ' Why this date: <reason>. What would we need to cut or change to hit it?';
/** Words after "to" that make it no purpose: "due to the client", "by Friday to me", "ASAP to be honest". */
const NOT_PURPOSE = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'me', 'us', 'you', 'him', 'them', 'it', 'all', 'any', 'some', 'every', 'each', 'be', 'do', 'date', 'production', 'prod', 'main', 'master']);

/** "to" and a verb right after a date: what the date is for. A capitalised word after "to" is a name ("to Tom"). */
function purposeAfter(tokens: readonly { norm: string; start: number; end: number }[], from: number, text: string): boolean {
  // The date may follow the word that names it ("DUE 09/18/18 to have time…"): look a few words on.
  for (let i = from; i < from + 5 && i + 1 < tokens.length; i++) {
    // (Only the date's own clause: "…by Friday, to be honest" has a comma, "…by Friday to have time" none.)
    if (/[,;:.!?()]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
    if (tokens[i]!.norm !== 'to') continue;
    // (Not the complement of another verb: "fix them ASAP and try to make sure…" names a second ask, no purpose.)
    if (i > from && TAKES_TO.has(tokens[i - 1]!.norm)) return false;
    const next = tokens[i + 1]!;
    return !NOT_PURPOSE.has(next.norm) && /^[a-z]+$/.test(text.slice(next.start, next.end));
  }
  return false;
}

const PURPOSE_MODALS = new Set(['can', 'could', 'will', 'would', "can't", "won't", 'may', 'might', 'have', 'get']);
/** "so members can inspect", "so the auditors have time": a purpose after the date (the next few words hold a modal). */
function soPurpose(tokens: readonly { norm: string; end: number }[], from: number, end: number): boolean {
  for (let i = from; i < tokens.length && tokens[i]!.end <= end; i++) {
    if (tokens[i]!.norm !== 'so') continue;
    if (['that', 'far', 'much', 'many', 'long'].includes(tokens[i + 1]?.norm ?? '')) continue;
    for (let j = i + 2; j <= i + 4 && j < tokens.length; j++) if (PURPOSE_MODALS.has(tokens[j]!.norm)) return true;
  }
  return false;
}

export default phraseRule<Deadline>({
  id: 'deadline-needs-reason',
  meta: {
    description: 'Flags "ASAP", "urgent" and dates ("by Friday", "by March 15", "by end of Q3") asked for without the reason for them.',
    rationale:
      'A date without a reason is pressure without context: the team cannot judge what to cut, and "ASAP" says every other priority loses. When a deadline is real, sharing why it exists and asking what would need to change to meet it puts the tradeoff in the hands of the people who know the work. Words like "immediately" that describe what a system does are not deadlines, and a promise about one\'s own work is not a demand. Its findings are questions (info) by default: on real sentences nobody here wrote, about six in ten were right, since the reason for a date is often given elsewhere in the thread. Set it to "warning" to make them warnings.',
    category: 'phrasing',
    // A question by default: on ten blind rounds, measured before any change for each, 41 of its 66 findings were
    // right (62 %), below the 90 % a warning needs (eval/README.md).
    defaultSeverity: 'info',
    fixable: 'suggestion',
    optionsSchema: phraseOptionsSchema('"urgent"'),
    defaultOptions: {},
    examples: {
      bad: [{ markdown: 'We need this ASAP.' }, { markdown: 'This must ship by Friday.' }, { markdown: 'We need this by March 15.' }],
      good: [
        { markdown: 'This must ship by Friday because the pricing change goes live on Monday.' },
        { markdown: 'We need this by end of quarter. The reason: the contract renewal on 1 April depends on it.' },
        { markdown: 'A new goroutine is spawned and immediately executed.', note: 'Runtime behaviour, not a deadline.' },
      ],
    },
  },
  phrases: [...URGENCY.map((phrase) => ({ phrase, data: deadline(phrase, 'urgency') })), ...DATES.map((phrase) => ({ phrase, data: deadline(phrase, 'date') }))],
  extraData: (phrase) => deadline(phrase, 'urgency'),
  check(ctx, hits) {
    if (!asksForWork(ctx.kind)) return;
    // One finding per sentence: "Can't wait any longer, release it now!" asks for one date, not two.
    const told = new Set<number>();
    for (const hit of hits) {
      const { block, match, sentence, text } = hit;
      if (told.has(sentence.start)) continue;
      if (!match.data.guards.every((guard) => guard(hit, ctx.text))) continue;
      // An RFP's or a call for proposals' dates close the steps of that process for whoever applies.
      if (match.data.what === 'date' && callForBids(ctx.doc)) continue;
      if (!asks(sentence, match.data.what, text, match.data.always, block.masked.slice(sentence.start - block.start, match.start - block.start))) continue;
      const sStart = sentenceStart(block.masked, block.start, match.start);
      const first = sentenceEnd(block.masked, block.start, match.end);
      const second = sentenceEnd(block.masked, block.start, Math.min(block.end, first.end + 1));
      // The reason may come in the sentence before ("We're about to get a ton of traffic. We need this ASAP."), this one or the next.
      const prevStart = sentenceBefore(block.masked, block.start, sStart)?.start ?? sStart;
      // (Not the deadline's own words: "You are *given* 6 days to…".)
      // ("release" and "launch" give a reason as events, "for the release", not as orders: "Please release this".)
      const around = tokensBetween(block.tokens, prevStart, second.end);
      // (Not "the next release notes": a document, not the event.)
      const event = (r: { first: number; last: number; phrase: string }) => !['release', 'launch'].includes(r.phrase) || (['the', 'a', 'our', 'this', 'next', 'upcoming', 'its', 'their', 'your', 'final', 'first', 'public', 'big', 'official'].includes(around[r.first - 1]?.norm ?? '') && !['notes', 'note'].includes(around[r.last + 1]?.norm ?? ''));
      // ("as we need to be live by Oct 15th" restates the ask: "as we" gives a reason only when it says something else.)
      // ("…today as it is urgent!" restates the urgency: "as it" gives a reason only when it says something else.)
      const restates = (r: { last: number; end: number; phrase: string }) => (r.phrase === 'as we' && r.end <= match.start && ['need', 'must', 'have', 'want', 'require'].includes(around[r.last + 1]?.norm ?? '')) ||
        (['as it', 'as this'].includes(r.phrase) && ['is', "'s"].includes(around[r.last + 1]?.norm ?? '') && ['urgent', 'important', 'critical', 'pressing'].includes(around[r.last + 2]?.norm ?? ''));
      // ("Why is this fix not merged yet? Please merge ASAP!": "why" asks, it gives no reason.)
      const asksWhy = (r: { end: number; phrase: string }) => r.phrase === 'why' && /^[^.!?]*\?/.test(ctx.text.slice(r.end, second.end));
      // ("Try to make the changes asap": "to make" completes "try", it names no purpose.)
      const complement = (r: { first: number; phrase: string }) => r.phrase.startsWith('to ') && TAKES_TO.has(around[r.first - 1]?.norm ?? '');
      // ("…no later than 21 business days after the signing of the contract": a preposition between, so not its object.)
      const objectOfAsk = (r: { first: number; phrase: string }) => THING_REASONS.has(r.phrase) &&
        [1, 2, 3].some((k) => OBJECT_OF.has(around[r.first - k]?.norm ?? '') && !around.slice(r.first - k + 1, r.first).some((t) => ['of', 'for', 'after', 'before', 'with', 'to', 'under'].includes(t.norm)));
      // ("…still fine due to temporary overrides, but this should be merged ASAP anyway": the reason is the other clause's.)
      const contrasted = (r: { start: number; end: number }) => r.start >= sStart && r.end <= match.start && /\bbut\b/i.test(block.masked.slice(r.end - block.start, match.start - block.start));
      const timeAfter = (r: { last: number; phrase: string }) => r.phrase === 'before the' && TIME_AFTER_BEFORE.has(around[r.last + 1]?.norm ?? '');
      // ("…and notify the data team as soon as it is resolved": the "as" that closes "as soon as" gives a time, no cause.)
      const comparative = (r: { first: number; phrase: string }) => r.phrase.startsWith('as ') && around[r.first - 2]?.norm === 'as' && ['soon', 'long', 'well', 'far', 'much', 'quickly', 'fast', 'early'].includes(around[r.first - 1]?.norm ?? '');
      if (reasonMatcher.match(around).some((r) => (r.end <= match.start || r.start >= match.end) && event(r) && !restates(r) && !asksWhy(r) && !complement(r) && !objectOfAsk(r) && !contrasted(r) && !timeAfter(r) && !comparative(r))) continue;
      // A reason told before a consequence: "we are in string freeze, so it needs to be reverted ASAP" (not a
      // bare order after it: "Finished working with curriculum, so get slides done by Monday!"); a
      // causal "as" with a subject of its own: "Pulling in merge now as Greg is off today and this is urgent";
      // the author's own reminder: "# FIXME: remove this asap".
      const before = block.masked.slice(sStart - block.start, match.start - block.start);
      if (/\S(?:\s+\S+){3,},\s+so\s+(?!(?:that|far|much|many|get|go|make|do|send|finish|hurry)\b)\S/i.test(before) || CAUSAL_AS.test(block.masked.slice(sStart - block.start, first.end - block.start)) || OWN_REMINDER.test(before)) continue;
      // "…done ASAP so members can inspect it before the AGM": "so" opening a purpose, with a subject and a modal.
      if (soPurpose(block.tokens, match.last + 1, second.end)) continue;
      // "…DUE 09/18/18 to have time for L10N", "by Friday to give QA a day": a purpose right after the date.
      if (purposeAfter(block.tokens, match.last + 1, ctx.text)) continue;
      // A purpose opening the sentence is its reason: "To facilitate same day orders, they should be submitted
      // before 1:00 pm" (not "To be clear, …", "To sum up, …").
      if (sentence.words[0] === 'to' && !['be', 'sum', 'summarize', 'summarise', 'recap', 'clarify', 'reiterate', 'repeat', 'conclude', 'put', 'start', 'begin', 'me', 'us'].includes(sentence.words[1] ?? '') && block.masked.slice(sentence.start - block.start, match.start - block.start).includes(',')) continue;
      told.add(sentence.start);
      ctx.report({
        message: `Why "${text}"? A date without its reason is pressure without context: say why the date matters, then ask what would need to be cut or changed to hit it.`,
        start: match.start,
        end: match.end,
        fixes: [{ title: 'Add the reason and the tradeoff question after this sentence', edits: [{ start: first.end, end: first.end, text: ASK }], safe: false }],
      });
    }
  },
});
