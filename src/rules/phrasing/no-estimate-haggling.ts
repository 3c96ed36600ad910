import { wordsBefore, phraseRule, asksForWork, phraseOptionsSchema, sentenceEnd, sentenceStart, sentenceTextBefore, hasSeq, wordAt, offersOwnWork, COPULAS, ownEstimateReply, engineersOwnDesign, type ProseBlock, type Sentence } from '../kit/index.js';

/** `strong`: always about bargaining an estimate. Weak phrases count only beside estimate words. */
interface Haggle {
  strong: boolean;
  /** "I could have taught myself CSS in that amount of time": the estimate set against what the author could have done. */
  couldHave?: boolean;
  /** "What do you mean you need two weeks…?": incredulity that counts only when a duration follows. */
  duration?: boolean;
  /**
   * "should actually take only 3 weeks": a lower figure, which in engineers' own design proposal is the
   * authors' forecast ("migrating should take only a few minutes"), not someone's estimate pushed down.
   */
  lower?: boolean;
}
const INCREDULITY = [
  'what do you mean you need', 'what do you mean it takes', 'what do you mean it will take', 'what do you mean it would take',
  // A ceiling put on someone else's estimate: "That shouldn't take more than a week, tops!", "when it actually takes 6 hours".
  "shouldn't take more than", 'should not take more than', "can't take more than", 'cannot take more than', "shouldn't take longer than",
  // …and the same ceiling said the other way round: "the last 10 % should take no more than two weeks", "shouldn't take but an hour".
  'should take no more than', "shouldn't take but", 'should not take but',
  "can't possibly take", 'it actually takes', 'it really takes',
  // "What app can take two months to code?"
  'what app can take', 'what app could take', 'what website can take', 'what feature can take', 'how can an app take', 'how can a website take', 'how can a feature take',
  // "Why should it take so long and cost so much?"
  'why should it take', 'why should this take', 'why should that take',
  // "Why does this need three sprints?", "Why do you need two weeks for a settings page?"
  'why does this need', 'why does it need', 'why would this need', 'why would it need', 'why do you need', 'why do they need', 'why does that need',
  'should have been able to', 'should be able to do it in', 'could be done in', 'can be done in',
];
const LOWER = [
  // A lower figure set against someone's: "the tasks should actually take only 3 weeks", "Features take weeks when they should take days"
  // ("should only take" is no-minimizers'.)
  'should actually take', 'should really take', 'should take only', 'should take just',
  'when they should take', 'when it should take',
];
const UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'sprint', 'sprints']);
/** A duration right after the hit: "two weeks", "2 days", "a whole month", "that long". */
const durationFollows = (s: Sentence) => {
  const next = [1, 2, 3].map((k) => wordAt(s, k) ?? '');
  if (['that', 'so'].includes(next[0]!) && ['long', 'much'].includes(next[1]!)) return true;
  // ("…when they should take days": a unit right after "take".)
  return next.some((w, i) => UNITS.has(w) && (i > 0 || s.words[s.last] === 'take'));
};
/** After "…do it in": a duration ("two days", "half the time", "a weekend"). */
const timeFollows = (s: Sentence) => [1, 2, 3, 4].some((k) => { const w = wordAt(s, k) ?? ''; return UNITS.has(w) || ['half', 'third', 'quarter', 'fifth', 'tenth', 'fraction', 'weekend', 'afternoon', 'morning', 'evening', 'night', 'no', 'less'].includes(w); });
/** "not unreasonable", "wouldn't be unreasonable" (not "isn't that ridiculous?", which asks for agreement). */
const negatedBefore = (s: Sentence) => { const p1 = wordAt(s, -1) ?? ''; const p2 = wordAt(s, -2) ?? ''; return p1 === 'not' || p1 === 'never' || (p1 === 'be' && (p2 === 'not' || p2.endsWith("n't"))); };
/** "change the 55 SP estimate to 8 SP", "cut their estimate to two days": a verb of cutting before the estimate. */
const CUT = new Set(['change', 'changed', 'changing', 'cut', 'cutting', 'reduce', 'reduced', 'reducing', 'lower', 'lowered', 'lowering', 'drop', 'dropped', 'bring', 'brought', 'knock', 'knocked', 'slash', 'slashed', 'trim', 'trimmed', 'shrink', 'force', 'forced', 'push', 'pushed']);
const cutBefore = (s: Sentence) => wordsBefore(s, 6).some((w) => CUT.has(w));
const COULD_HAVE = ['in that amount of time', 'in that much time', 'in less time than that', 'in that time'];
/** "I could have…", "I could've…", "we could have…": a counterfactual by the author, measured against the quoted time. */
const couldHaveDone = (s: Sentence) => s.words.slice(0, s.first).some((w, i, a) => (w === 'i' || w === 'we') && ((a[i + 1] === 'could' && a[i + 2] === 'have') || a[i + 1] === "could've"));

const STRONG = [
  'sandbagging', 'sandbagged', 'sandbag', 'sandbaggers', 'sandbagger', 'padded estimate', 'padded estimates', 'padding the estimate',
  'padding their estimate', 'padding their estimates', 'padding your estimate', 'padding your estimates', 'padding estimates',
  'pad timelines', 'pad their timelines', 'pad the timeline', 'padding timelines', 'padding their timelines', 'padded timelines', 'padded timeline',
  'pad their hours', 'padding their hours',
  'padding their numbers', 'padding the numbers', 'padding your numbers', 'pad their estimates', 'pad the estimate',
  'pad estimates', 'pad their numbers', 'estimate is padded', 'estimates are padded', 'estimate looks padded',
  'estimates look padded', 'estimate seems padded', 'get it down to', 'get that down to', 'bring it down to',
  'bring that down to', 'cut the estimate', 'cut the estimates', 'cut your estimate', 'cut that estimate',
  'can it not be done in', "can't it be done in", "couldn't it be done in", 'can you do it in', 'you can do it in', "can't you do it in",
  'can do this in', 'could do this in', 'can do that in', 'could do that in',
  'could you do it in', 'get it done in half', 'could do it in', 'can do it in', 'could have it done in', 'negotiate the estimate', 'negotiate estimates',
  'inflated estimate', 'inflated estimates', 'inflating estimates', 'inflating their estimates', 'inflate their estimates',
  'estimate is inflated', 'estimates are inflated', 'push back on the estimate', 'in half the time',
  'any developer can do it', 'any developer could do it', 'any dev can do it', 'any programmer can do it',
  'a good developer can do it', 'a good developer could do it', 'could do it in a weekend', 'can do it in a weekend',
  'estimation inflation', 'estimate inflation', 'scope this down to', 'scope it down to', 'scope that down to', 'get this down to', 'bring this down to', 'cut this down to', 'cut it down to', 'your estimate is wrong', 'your estimates are wrong', 'your estimate is way off', 'your estimates are way off',
  // "Why does such a small change take so long?": the time questioned against the size of the work.
  'small change take so long', 'simple change take so long', 'small feature take so long', 'simple feature take so long',
  'small change taking so long', 'simple change taking so long', 'small fix take so long', 'simple fix take so long',
  'do it in a couple of hours', 'do it in a couple hours', 'done in a couple of hours', 'done in a couple hours',
  'so much time to do so little', 'that much time to do so little', 'bloated estimate', 'bloated estimates', 'inflate their invoice',
  'inflate the invoice', 'inflate their hours', 'inflating their hours', 'worth their salt can', 'worth their salt could',
  'worth his salt can', 'worth her salt can', 'in a matter of minutes', 'estimate down to', 'estimates down to',
  'enormous estimate', 'enormous estimates', 'huge estimate', 'huge estimates', 'massive estimate', 'massive estimates', 'such enormous estimates',
  'do it in an afternoon', 'done in an afternoon', 'do it in a day', 'done in a day',
  // "Many programmers could build this in a day", "a motivated engineer could build in a weekend": someone's work timed by
  // the author (a duration must follow; the author's own "I could build it in a day" is left alone).
  ...['could', 'can'].flatMap((m) => ['build', 'fix', 'code', 'write', 'make', 'implement', 'finish', 'create'].flatMap((v) => ['this', 'it', 'that'].map((o) => `${m} ${v} ${o} in`).concat(`${m} ${v} in`))),
];
const WEAK = [
  // "Even if you have hundreds of files, it shouldn't take that long", "They shouldn't take that long": said of a
  // process's time as often as of someone's estimate, so an estimate word must be near ("three weeks? That
  // shouldn't take that long").
  "shouldn't take that long", 'should not take that long', "can't take that long", 'cannot take that long',
  'padded', 'padding', 'inflated', 'too long', 'way too long', 'too much time', 'cut it down', 'shave', 'shave off', 'overestimated',
  'overestimate', 'too high', 'ridiculous', 'absurd', 'outrageous', 'unreasonable', 'unrealistic',
  // Incredulity at a duration: "Are you saying it will take you a year to develop the website?"
  'are you saying it will take', 'are you telling me it will take', 'why would it take', 'why does it take', 'why will it take',
  'how can it take', 'how could it take', 'why is it taking', 'why is this taking', 'why has it taken', 'why has this taken',
  'why did it take', 'why did this take',
  // "Two weeks? You've got to be kidding me!": disbelief at a duration (an estimate word must be near).
  "you've got to be kidding", 'you have got to be kidding', "you've gotta be kidding", 'you must be kidding', 'are you kidding me', 'are you serious',
  'seemed so simple take', 'seems so simple take', 'so simple take', 'overestimating', 'overestimates', 'should be half', 'should take half',
  // "change the 55 SP estimate to 8 SP": an estimate cut by someone else.
  'estimate to', 'estimates to',
];
const ESTIMATE_WORDS = [
  'estimate', 'estimates', 'estimated', 'estimation', 'timeline', 'timelines', 'week', 'weeks', 'day', 'days', 'sprint',
  'sprints', 'points', 'months', 'month', 'quote', 'eta', 'hours', 'numbers', 'year', 'years',
];
/** The words for an estimate itself (not bare units of time, which also measure plans and aspirations). */
const ESTIMATE_NOUNS = new Set(['estimate', 'estimates', 'estimation', 'estimations', 'timeline', 'timelines', 'quote', 'quotes', 'eta', 'etas']);
/** Beside these, "too long" is about a text, a name or a wait, not an estimate. */
const NOT_ESTIMATE = ['name', 'names', 'line', 'lines', 'title', 'message', 'string', 'path', 'url', 'text', 'log', 'wait', 'timeout', 'video', 'list', 'build', 'builds', 'test', 'tests', 'ci', 'startup', 'compile', 'load', 'loading', 'response', 'query', 'request', 'process', 'command', 'file', 'filename', 'label', 'description', 'column', 'key', 'value', 'css', 'px', 'margin', 'border'];

/** A team's working rhythm: "a 3 week sprint is too long" judges the cadence, not an estimate. */
const CADENCE = new Set(['sprint', 'sprints', 'iteration', 'iterations', 'cycle', 'cycles', 'meeting', 'meetings', 'standup', 'standups', 'retro', 'retros']);
const COUNTING = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|few|several|many|more|extra)$/;
/**
 * "perhaps a 3 week Sprint is too long", "our sprints are way too long": a cadence judged too long, its subject
 * a sprint or a meeting (not a count of them: "3 sprints is too long" disputes an estimate).
 */
function cadenceJudged(s: Sentence): boolean {
  let k = -1;
  while (k >= -3 && !COPULAS.has(wordAt(s, k) ?? '')) k--;
  const subject = wordAt(s, k - 1);
  if (k < -3 || !subject || !CADENCE.has(subject)) return false;
  const counted = wordAt(s, k - 2) ?? '';
  return !(subject.endsWith('s') && COUNTING.test(counted));
}

/** The sentence before is a duration thrown back as a question: "Two weeks? You've got to be kidding me!" */
const DURATION_ECHO = /^(?:[\p{L}\d-]+\s+){0,3}(?:minutes?|hours?|days?|weeks?|months?|years?|sprints?)\s*[?!][?!\s]*$/iu;
function durationJustBefore(block: ProseBlock, start: number): boolean {
  const prev = sentenceTextBefore(block, start);
  return prev !== undefined && DURATION_ECHO.test(prev.trim());
}

const QUESTIONS =
  'Can you walk me through what makes this take that long? What would a smaller first version need? What are the biggest risks or unknowns in the estimate?';

/** The author's own, beside the padding: "I always pad my estimates", "we pad ours". */
const OWN = new Set(['i', 'we', 'my', 'our', 'mine', 'ours', 'myself', 'ourselves', "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll"]);
/** "padding their estimates" said of others, not the practice discussed or one's own estimate. */
const PAD = /^(?:pad|padded|padding|inflate|inflating|inflated)$/;
function accuses(s: Sentence, phrase: string): boolean {
  const first = phrase.toLowerCase().split(/\s+/)[0]!;
  // "inflate their invoice": whose numbers are said in the phrase itself.
  if (!PAD.test(first) || (/^inflat/.test(first) && /\b(?:their|his|her)\b/i.test(phrase))) return true;
  // "they will start padding those estimates": why people pad, not an accusation.
  if (['start', 'starts', 'begin', 'begins', 'started'].includes(wordAt(s, -1) ?? '') || wordsBefore(s, 3).includes('will')) return false;
  // "I always pad my estimates", "we pad ours": the author's own. (First person further off is someone else
  // speaking of another's estimate: "I know the estimate is 3 sprints, but it feels padded".)
  if (s.words.slice(Math.max(0, s.first - 4), s.last + 4).some((x) => OWN.has(x))) return false;
  const p1 = wordAt(s, -1);
  const before = wordsBefore(s, 4);
  // "whether the estimates … were accurate or padded", "Three weeks seems padded": an estimate called padded.
  if (first === 'padded' && s.words.slice(0, s.first).some((x) => ESTIMATE_WORDS.includes(x) && x !== 'numbers')) return true;
  // "developers need to pad estimates to protect themselves": why people pad, not an accusation.
  if (before.some((x) => ['need', 'needs', 'forced', 'have', 'has', 'must'].includes(x))) return false;
  // "they're padding", "the team pads", "they add this padding": others' estimates called padded.
  return ['are', "they're", "you're", 'is', 'been', 'keep', 'always', 'seems', 'seem', 'looks', 'look', 'feels', 'sounds'].includes(p1 ?? '') || before.some((x) => ['they', 'you', 'team', 'devs', 'developers', 'engineers', 'engineering', 'freelancer', 'freelancers', 'contractor', 'contractors', 'agency', 'agencies', 'vendor', 'vendors', 'dev', 'developer'].includes(x));
}
function aboutAnEstimate(s: Sentence): boolean {
  if (s.words.some((x) => NOT_ESTIMATE.includes(x))) return false;
  // "numbers" are an estimate when they are someone's ("padding their numbers"), not "all the numbers will be padded".
  // Near the hit, and not the past ("years ago"): an estimate is what the judgement is about.
  if (s.words.some((x, i) => Math.abs(i - s.first) <= 10 && s.words[i + 1] !== 'ago' && ESTIMATE_WORDS.includes(x) && (x !== 'numbers' || ['their', 'your', 'his', 'her', 'the', 'these'].includes(s.words[i - 1] ?? '') && s.words[i - 2] !== 'all'))) return true;
  // "Six weeks? That's too long for a settings page.": the estimate is in the sentence before.
  return (wordAt(s, -1) === "that's" && s.first === 1) || (s.first === 2 && hasSeq(s.words.slice(0, 2), ['that', 'is']));
}

export default phraseRule<Haggle>({
  id: 'no-estimate-haggling',
  meta: {
    description: 'Flags estimates treated as negotiable ("padded", "sandbagging", "any developer can do it in a couple of hours") and suggests questions instead.',
    rationale:
      'An estimate is an engineer\'s professional judgement. Calling it padded, or bargaining it down, says you distrust that judgement and teaches the team to hide risk. Asking what drives the estimate, what a smaller first version would need and where the risks are gets you the same room to plan while keeping the estimate honest. Its findings are questions (info) by default: on real sentences nobody here wrote, about half were right, since advice about estimates and one\'s own estimates use the same words. Set it to "warning" to make them warnings.',
    category: 'phrasing',
    // A question by default: on ten blind rounds, measured before any change for each, about half of its findings
    // were right (8 of 16), below the 90 % a warning needs (eval/README.md).
    defaultSeverity: 'info',
    fixable: 'suggestion',
    optionsSchema: phraseOptionsSchema('"padding"'),
    defaultOptions: {},
    examples: {
      bad: [
        { markdown: 'Three weeks seems padded; get it down to one.' },
        { markdown: 'I think the team is sandbagging this.' },
        { markdown: "Six weeks? That's too long for a settings page." },
      ],
      good: [
        { markdown: 'Can you walk me through what makes this take three weeks?' },
        { markdown: 'Add 8px of padding around the button.', note: '"padding" with no estimate in sight is about layout.' },
      ],
    },
  },
  phrases: [
    ...STRONG.map((phrase) => ({ phrase, data: { strong: true } })), ...WEAK.map((phrase) => ({ phrase, data: { strong: false } })),
    ...COULD_HAVE.map((phrase) => ({ phrase, data: { strong: false, couldHave: true } })),
    ...INCREDULITY.map((phrase) => ({ phrase, data: { strong: true, duration: true } })),
    ...LOWER.map((phrase) => ({ phrase, data: { strong: true, duration: true, lower: true } })),
  ],
  extraData: () => ({ strong: true }),
  check(ctx, hits) {
    if (!asksForWork(ctx.kind)) return;
    for (const { block, match, sentence, text } of hits) {
      if (match.data.couldHave ? !couldHaveDone(sentence) : !match.data.strong && !aboutAnEstimate(sentence) && !durationJustBefore(block, sentence.start)) continue;
      if (match.data.duration && !durationFollows(sentence)) continue;
      // "employers force their employees to work unreasonable hours": the hours people are made to work, not an estimate.
      if (/^(?:unreasonable|ridiculous|absurd|outrageous|unrealistic)$/i.test(text) && wordAt(sentence, 1) === 'hours' && ['work', 'works', 'working', 'worked', 'put', 'putting', 'keep', 'keeping'].some((w) => wordsBefore(sentence, 3).includes(w))) continue;
      // "unrealistic timelines", "their estimates are unrealistic"; not "an unrealistic aspiration within a year".
      if (/^unrealistic$/i.test(text) && ![wordAt(sentence, 1), ...wordsBefore(sentence, 4)].some((w) => !!w && ESTIMATE_NOUNS.has(w))) continue;
      // "It should actually take me a day": the author's own estimate.
      if (match.data.duration && (['me', 'us'].includes(wordAt(sentence, 1) ?? '') || offersOwnWork(sentence))) continue;
      // "Shouldn't take more than 30 minutes.": a reply's own estimate, with no subject.
      if (ownEstimateReply(sentence, text)) continue;
      if (/^estimates? to$/i.test(text) && !cutBefore(sentence)) continue;
      // "the tests should only take a minute": a ceiling on a machine's time, not on someone's estimate.
      if (match.data.duration && match.data.strong && sentence.words.some((x) => NOT_ESTIMATE.includes(x))) continue;
      // "it can't take that long to run": a machine's time.
      if (wordAt(sentence, 1) === 'to' && ['run', 'execute', 'load', 'compile', 'build', 'start', 'boot', 'process'].includes(wordAt(sentence, 2) ?? '')) continue;
      // "can do it in two places": a duration, or a time of day or week, must follow "…do it in".
      if (/\sin$/i.test(text) && !timeFollows(sentence)) continue;
      // "It is not unreasonable to…", "wouldn't be unreasonable": said to agree, not to haggle.
      if (!match.data.strong && negatedBefore(sentence)) continue;
      // "If the timeline is too long, you can't just tell them to code faster": a condition, not a judgement.
      if (!match.data.strong && sentence.words.slice(0, sentence.first).includes('if')) continue;
      // "the presentations took too long": what something took, not an estimate disputed.
      // ("…was taking too long for a service with a lot of data", "Avoid caching for too long": a process's time, a duration.)
      if (!match.data.strong && ['took', 'ran', 'lasted', 'taking', 'running', 'for'].includes(wordAt(sentence, -1) ?? '')) continue;
      if (/too long$/i.test(text) && cadenceJudged(sentence)) continue;
      if (!accuses(sentence, text)) continue;
      // "Don't cut the estimates down without…": advice against haggling.
      if (/^cut /i.test(text) && ['don\'t', 'never', 'not'].includes(wordAt(sentence, -1) ?? '')) continue;
      // "Don't expect any good developer to do it in half the time": advice against the haggling, not haggling.
      if (sentence.words.slice(0, sentence.first).some((w, i, a) => w === 'expect' && (["don't", 'never', 'not', "shouldn't", "can't"].includes(a[i - 1] ?? '')))) continue;
      if (match.data.lower && engineersOwnDesign(ctx.doc, ctx.kind)) continue;
      // "I can do it in a day": the author's own estimate.
      if (/\bdo it in\b|\bdone in\b/i.test(text) && offersOwnWork(sentence)) continue;
      // "I could build this in a day", "you can build it in a day with this template", "if a developer can fix it in an hour…".
      if (/^(?:could|can) \S+(?: \S+)? in$/i.test(text) && (offersOwnWork(sentence) || ['i', 'we', 'you', "i'd", "we'd"].includes(wordAt(sentence, -1) ?? '') || sentence.words.slice(0, sentence.first).includes('if'))) continue;
      const sStart = sentenceStart(block.masked, block.start, match.start);
      const { end: sEnd } = sentenceEnd(block.masked, block.start, match.end);
      ctx.report({
        message: `Is "${text}" said of someone's estimate? It treats the estimate as negotiable. Ask what drives it instead: what makes it take that long, what a smaller first version needs, what the biggest risks are.`,
        start: match.start,
        end: match.end,
        fixes: [
          { title: 'Add questions about the estimate after this sentence', edits: [{ start: sEnd, end: sEnd, text: ` ${QUESTIONS}` }], safe: false },
          { title: 'Replace this sentence with questions about the estimate', edits: [{ start: sStart, end: sEnd, text: QUESTIONS }], safe: false },
        ],
      });
    }
  },
});
