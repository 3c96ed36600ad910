import { defineRule } from '../define.js';
import { findPhrases, matchCase, withArticle } from '../kit/index.js';
import type { JsonSchema } from '../../engine/types.js';

interface TeamPhrase {
  phrase: string;
  message?: string;
  replace?: string;
}

const MAX = 2000;

const schema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    phrases: {
      type: 'array',
      maxItems: MAX,
      description: 'Your team\'s own phrases to flag: plain words (no regular expressions), an optional message and an optional replacement.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['phrase'],
        properties: {
          phrase: { type: 'string', maxLength: 200, description: 'Words to match, case-insensitive, across line breaks.' },
          message: { type: 'string', maxLength: 500, description: 'What to tell the author.' },
          replace: { type: 'string', maxLength: 200, description: 'Replacement offered as a fix.' },
        },
      },
    },
  },
};

export default defineRule<{ phrases?: TeamPhrase[] }>({
  id: 'team-phrases',
  meta: {
    description: "Flags your team's own phrases, configured as plain words with a message and an optional replacement.",
    rationale:
      'Every team has its own words that land badly ("rockstar", "ninja", a nickname for a legacy system that the team who owns it dislikes). Listing them in the shared config lets the linter carry the team\'s agreements into every brief, without anyone having to write a regular expression.',
    category: 'phrasing',
    defaultSeverity: 'warning',
    fixable: 'safe',
    optionsSchema: schema,
    defaultOptions: { phrases: [] },
    examples: {
      bad: [{ markdown: '<!-- speclint-configure-file {"rules":{"team-phrases":{"options":{"phrases":[{"phrase":"rockstar","replace":"engineer"}]}}}} -->\n\nWe are hiring a rockstar.\n' }],
      good: [{ markdown: 'We are hiring an engineer.' }],
    },
  },
  triggers: (o) => (o.phrases ?? []).map((p) => p.phrase),
  check(ctx) {
    const list = ctx.options.phrases ?? [];
    if (!list.length) return;
    const defaults = list.map((p) => ({ phrase: p.phrase, data: p }));
    for (const { block, match } of findPhrases({ ...ctx, options: {} }, list, defaults, [], (): TeamPhrase => ({ phrase: '' }))) {
      const found = ctx.text.slice(match.start, match.end);
      const p = match.data;
      ctx.report({
        message: p.message ?? `"${found}" is on your team's list of phrases to avoid.${p.replace !== undefined ? ` Use "${p.replace}".` : ''}`,
        start: match.start,
        end: match.end,
        fixes: p.replace !== undefined ? [{ title: `Replace with "${p.replace}"`, edits: [withArticle(ctx.text, match.start, match.end, matchCase(found, p.replace), block)], safe: true }] : [],
      });
    }
  },
});
