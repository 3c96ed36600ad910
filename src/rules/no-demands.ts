import { defineRule } from './define.js';
import { findPhrases, phraseOptionsSchema, type PhraseOptions } from './phrasing.js';
import { matchCase, sentenceEnd } from '../engine/fix-helpers.js';
import type { Fix } from '../engine/types.js';

export const DEMAND_PHRASES = [
  "can't you just", 'cannot you just', 'can you not just', 'can you just', "couldn't you just", 'could you just',
  "why don't you just", "why can't you just", "why can't we just", "why don't we just", 'why not just',
  'can we just', "can't we just", "couldn't we just", 'all you have to do is', 'all you need to do is',
  'all we have to do is', 'all we need to do is', 'all you have to do', 'all you need to do',
  "you'll just need to", 'you just need to', 'you just have to', 'surely you can',
];
const PHRASES = DEMAND_PHRASES;
/** Phrases after which the rest of the sentence is something to do ("reuse the old flow"). */
const INVITE = 'is there a simpler way to achieve this outcome?';

export default defineRule<PhraseOptions>({
  id: 'no-demands',
  meta: {
    description: 'Rewrites "can\'t you just…", "why don\'t you just…" and "all you have to do is…" into questions.',
    rationale:
      '"Can\'t you just…" is a demand dressed as a question: it assumes the answer, waves away the work, and leaves no room for the engineer\'s judgement. Asking whether the idea works, and whether there is a simpler way to reach the same outcome, gets the same information and invites the alternatives engineers often see first.',
    category: 'phrasing',
    defaultSeverity: 'warning',
    fixable: 'safe',
    optionsSchema: phraseOptionsSchema('"just"'),
    defaultOptions: {},
    examples: {
      bad: [
        { markdown: "Can't you just reuse the old checkout flow?" },
        { markdown: 'All you have to do is add a toggle to the settings page.' },
        { markdown: 'Why don’t you just cache the results?', note: 'Curly apostrophes are caught too.' },
      ],
      good: [
        { markdown: 'Could we reuse the old checkout flow, or is there a simpler way to achieve this outcome?' },
        { markdown: 'What would it take to add a toggle to the settings page?' },
      ],
    },
  },
  triggers: (o) => [...PHRASES, ...(o.extra ?? [])],
  check(ctx) {
    const hits = findPhrases(ctx, PHRASES, PHRASES.map((p) => ({ phrase: p, data: null })), [], () => null);
    // Sentences already given their closing question: a second demand in the same sentence only
    // rewrites its own words, so "fix all" rewrites every one in one pass instead of one per pass.
    const closed = new Set<number>();
    for (const { block, match } of hits) {
      const phrase = ctx.text.slice(match.start, match.end);
      const { end: sEnd, punct, capped } = sentenceEnd(block.masked, block.start, match.end);
      // What the author asked for: from after the phrase to the sentence's end punctuation.
      let restStart = match.end;
      while (restStart < sEnd && /\s/.test(ctx.text[restStart]!)) restStart++;
      const restEnd = sEnd - punct.length;
      const rest = ctx.text.slice(restStart, restEnd).trim();
      const fixes: Fix[] = [];
      const restProse = block.masked.slice(restStart - block.start, restEnd - block.start);
      // No rewrite when the sentence has no end in sight (a run-on line): the "question" would end mid-text.
      if (rest && !capped && /[\p{L}\p{N}]/u.test(restProse) && !/\n\s*\n/.test(rest)) {
        const lead = matchCase(phrase, 'could we ');
        const question = (tail: string): Fix['edits'] => [
          { start: match.start, end: restStart, text: lead },
          { start: restEnd, end: sEnd, text: tail },
        ];
        if (closed.has(sEnd)) {
          fixes.push({ title: `Rewrite as a question: "${lead}${rest}"`, edits: [{ start: match.start, end: restStart, text: lead }], safe: true });
        } else {
          closed.add(sEnd);
          fixes.push({
            title: `Rewrite as a question: "${lead}${rest}, or ${INVITE}"`,
            edits: question(`, or ${INVITE}`),
            safe: true,
          });
        }
        const what = matchCase(phrase, 'what would it take to ');
        fixes.push({
          title: `Rewrite as a question: "${what}${rest}?"`,
          edits: [{ start: match.start, end: restStart, text: what }, { start: restEnd, end: sEnd, text: '?' }],
          safe: false,
        });
      }
      ctx.report({
        message: `"${phrase}" turns a request into a demand and assumes the work is small. Ask it as a question that leaves room for a better idea.`,
        start: match.start,
        end: match.end,
        fixes,
      });
    }
  },
});
