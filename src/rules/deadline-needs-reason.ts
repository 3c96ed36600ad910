import { defineRule } from './define.js';
import { findPhrases, phraseOptionsSchema, tokensBetween, type PhraseOptions } from './phrasing.js';
import { PhraseMatcher } from '../engine/phrases.js';
import { sentenceEnd, sentenceStart } from '../engine/fix-helpers.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'today', 'tonight'];
const PERIODS = ['end of day', 'end of week', 'end of the week', 'end of month', 'end of the month', 'end of quarter', 'end of the quarter', 'end of sprint', 'end of the sprint', 'eod', 'eow', 'eom', 'eoq', 'next week', 'this week', 'next sprint', 'this sprint'];
const DEADLINES = [
  'asap', 'a.s.a.p', 'as soon as possible', 'urgently', 'urgent', 'right away', 'immediately', 'yesterday',
  'hard deadline', 'the deadline is', 'deadline is', 'must ship by', 'must be done by', 'must launch by', 'needs to ship by',
  'need to ship by', 'needs to be done by', 'need it by', 'needed by', 'due by', 'no later than',
  ...DAYS.flatMap((d) => [`by ${d}`, `by next ${d}`, `before ${d}`]),
  ...PERIODS.map((p) => `by ${p}`),
];
const REASONS = [
  'because', 'since', 'so that', 'so we', 'so the', 'so customers', 'so users', 'due to', 'in order to', 'ahead of',
  'driven by', 'to meet', 'to hit', 'to match', 'to catch', 'to align', 'to make', 'to support', 'to unblock',
  'otherwise', 'why', 'reason', 'the reason', 'as part of', 'for the', 'for our', 'when the', 'launch', 'conference',
  'contract', 'regulation', 'regulatory', 'compliance', 'renewal', 'customer commitment', 'committed',
];
const reasonMatcher = new PhraseMatcher(REASONS.map((p) => ({ phrase: p, data: null })));
const DEFAULTS = DEADLINES.map((p) => ({ phrase: p, data: null }));
const ASK = ' Why this date: <reason>. What would we need to cut or change to hit it?';

export default defineRule<PhraseOptions>({
  id: 'deadline-needs-reason',
  meta: {
    description: 'Flags "ASAP", "urgent" and dates ("by Friday") given without the reason for them.',
    rationale:
      'A date without a reason is pressure without context: the team cannot judge what to cut, and "ASAP" says every other priority loses. When a deadline is real, sharing why it exists and asking what would need to change to meet it puts the tradeoff in the hands of the people who know the work.',
    category: 'phrasing',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    optionsSchema: phraseOptionsSchema('"urgent"'),
    defaultOptions: {},
    examples: {
      bad: [{ markdown: 'We need this ASAP.' }, { markdown: 'This must ship by Friday.' }],
      good: [
        { markdown: 'This must ship by Friday because the pricing change goes live on Monday.' },
        { markdown: 'We need this by end of quarter. The reason: the contract renewal on 1 April depends on it.' },
      ],
    },
  },
  triggers: (o) => [...DEADLINES, ...(o.extra ?? [])],
  check(ctx) {
    for (const { block, match } of findPhrases(ctx, DEFAULTS, DEFAULTS, [], () => null)) {
      const sStart = sentenceStart(block.masked, block.start, match.start);
      const first = sentenceEnd(block.masked, block.start, match.end);
      // The reason may be in the same sentence or the next one ("We need it Friday. The reason: …").
      const second = sentenceEnd(block.masked, block.start, Math.min(block.end, first.end + 1));
      const around = tokensBetween(block.tokens, sStart, second.end);
      if (reasonMatcher.match(around).length) continue;
      const phrase = ctx.text.slice(match.start, match.end);
      ctx.report({
        message: `"${phrase}" sets a date without its reason. Say why the date matters, then ask what would need to be cut or changed to hit it.`,
        start: match.start,
        end: match.end,
        fixes: [{ title: 'Add the reason and the tradeoff question after this sentence', edits: [{ start: first.end, end: first.end, text: ASK }], safe: false }],
      });
    }
  },
});
