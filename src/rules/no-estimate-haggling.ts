import { defineRule } from './define.js';
import { findPhrases, phraseOptionsSchema, tokensBetween, type PhraseOptions } from './phrasing.js';
import { PhraseMatcher } from '../engine/phrases.js';
import { sentenceEnd, sentenceStart } from '../engine/fix-helpers.js';

/** `strong`: always about negotiating an estimate. Weak phrases count only next to estimate words. */
interface Haggle {
  strong: boolean;
}

const STRONG = [
  'sandbagging', 'sandbagged', 'sandbag', 'padded estimate', 'padded estimates', 'padding the estimate',
  'padding their estimate', 'padding your estimate', 'padding estimates', 'estimate is padded', 'estimates are padded',
  'estimate looks padded', 'estimates look padded', 'estimate seems padded', 'get it down to', 'get that down to',
  'bring it down to', 'bring that down to', 'cut the estimate', 'cut that estimate', 'negotiate the estimate',
  "shouldn't take that long", 'should not take that long', "can't take that long", 'cannot take that long',
  "that's too long", 'that is too long', 'way too long', 'too long for this', 'inflated estimate', 'inflated estimates',
  'estimate is inflated', 'push back on the estimate', 'in half the time',
];
const WEAK = ['padded', 'padding', 'inflated', 'too long', 'too slow', 'too much time', 'cut it down', 'shave', 'shave off', 'buffer'];
const ESTIMATE_WORDS = [
  'estimate', 'estimates', 'estimated', 'estimation', 'timeline', 'timelines', 'week', 'weeks', 'day', 'days', 'sprint',
  'sprints', 'story points', 'points', 'months', 'month', 'quote', 'eta', 'deadline', 'take',
];
const estimateMatcher = new PhraseMatcher(ESTIMATE_WORDS.map((p) => ({ phrase: p, data: null })));

const QUESTIONS =
  'Can you walk me through what makes this take that long? What would a smaller first version need? What are the biggest risks or unknowns in the estimate?';

const DEFAULTS = [...STRONG.map((p) => ({ phrase: p, data: { strong: true } })), ...WEAK.map((p) => ({ phrase: p, data: { strong: false } }))];

export default defineRule<PhraseOptions>({
  id: 'no-estimate-haggling',
  meta: {
    description: 'Flags estimates treated as negotiable ("padded", "sandbagging", "get it down to two weeks") and suggests questions instead.',
    rationale:
      'An estimate is an engineer\'s professional judgement. Calling it padded, or bargaining it down, says you distrust that judgement and teaches the team to hide risk. Asking what drives the estimate, what a smaller first version would need and where the risks are gets you the same room to plan while keeping the estimate honest.',
    category: 'phrasing',
    defaultSeverity: 'warning',
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
  triggers: (o) => [...STRONG, ...WEAK, ...(o.extra ?? [])],
  check(ctx) {
    for (const { block, match } of findPhrases(ctx, DEFAULTS, DEFAULTS, [], () => ({ strong: true }))) {
      const sStart = sentenceStart(block.masked, block.start, match.start);
      const { end: sEnd } = sentenceEnd(block.masked, block.start, match.end);
      if (!match.data.strong) {
        const sentenceTokens = tokensBetween(block.tokens, sStart, sEnd);
        if (!estimateMatcher.match(sentenceTokens).length) continue;
      }
      const phrase = ctx.text.slice(match.start, match.end);
      ctx.report({
        message: `"${phrase}" treats the estimate as negotiable. Ask what drives it instead: what makes it take that long, what a smaller first version needs, what the biggest risks are.`,
        start: match.start,
        end: match.end,
        fixes: [
          {
            title: 'Add questions about the estimate after this sentence',
            edits: [{ start: sEnd, end: sEnd, text: ` ${QUESTIONS}` }],
            safe: false,
          },
          {
            title: 'Replace this sentence with questions about the estimate',
            edits: [{ start: sStart, end: sEnd, text: QUESTIONS }],
            safe: false,
          },
        ],
      });
    }
  },
});
