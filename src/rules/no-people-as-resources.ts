import { defineRule } from './define.js';
import { findPhrases, phraseOptionsSchema, type PhraseOptions } from './phrasing.js';
import { matchCase } from '../engine/fix-helpers.js';

/** `replace`: the words to put instead of the matched phrase's last word(s). `keep`: leading words kept as written. */
interface PeopleWord {
  keep: number;
  replace: string | null;
}

const w = (phrase: string, keep: number, replace: string | null) => ({ phrase, data: { keep, replace } as PeopleWord });

const VERBS = ['need', 'needs', 'needed', 'get', 'add', 'ask for', 'want', 'request', 'hire', 'borrow', 'allocate', 'assign', 'bring in', 'with', 'without', 'throw', 'put'];
const MORE = ['more', 'extra', 'additional', 'dedicated', 'two', 'three', 'four', 'five'];
const keepOf = (p: string) => p.split(' ').length - 1;

const DEFAULTS = [
  ...VERBS.flatMap((v) => MORE.flatMap((m) => [w(`${v} ${m} resources`, keepOf(`${v} ${m} resources`), 'engineers'), w(`${v} ${m} bodies`, keepOf(`${v} ${m} bodies`), 'people')])),
  w('{num} resources', 1, 'engineers'), w('{num} more resources', 2, 'engineers'), w('{num} extra resources', 2, 'engineers'),
  w('{num} additional resources', 2, 'engineers'), w('another resource', 1, 'engineer'), w('one more resource', 2, 'engineer'),
  w('engineering resources', 0, 'engineers'), w('engineering resource', 0, 'engineer'), w('dev resources', 0, 'developers'),
  w('dev resource', 0, 'developer'), w('developer resources', 0, 'developers'), w('development resources', 0, 'developers'),
  w('backend resources', 1, 'engineers'), w('frontend resources', 1, 'engineers'), w('front-end resources', 1, 'engineers'),
  w('back-end resources', 1, 'engineers'), w('mobile resources', 1, 'engineers'), w('qa resources', 1, 'testers'),
  w('design resources', 1, 'designers'), w('technical resources', 1, 'engineers'),
  w('engineering headcount', 0, 'engineers'), w('headcount', 0, 'people'), w('warm bodies', 0, 'people'), w('extra bodies', 1, 'people'), w('more bodies', 1, 'people'),
  w('code monkeys', 0, 'engineers'), w('code monkey', 0, 'engineer'), w('code-monkeys', 0, 'engineers'),
  w('man-hours', 0, 'person-hours'), w('man hours', 0, 'person-hours'), w('manpower', 0, 'people'),
];

export default defineRule<PhraseOptions>({
  id: 'no-people-as-resources',
  meta: {
    description: 'Flags people called "resources", "headcount", "bodies" or "code monkeys", and offers "engineers" or "people".',
    rationale:
      'Calling engineers resources treats them as interchangeable units to allocate, and they notice. Naming people as people (engineers, designers, the team) keeps the conversation about who does the work and what they need, and it is the respectful default in a document the team will read.',
    category: 'phrasing',
    defaultSeverity: 'warning',
    fixable: 'safe',
    optionsSchema: phraseOptionsSchema('"resources"'),
    defaultOptions: {},
    examples: {
      bad: [
        { markdown: 'We need two more resources to hit the date.' },
        { markdown: 'Ask for more headcount next quarter.' },
        { markdown: 'We will borrow engineering resources from Payments.' },
      ],
      good: [
        { markdown: 'We need two more engineers to hit the date.' },
        { markdown: 'See the Resources section for links, and the API resources list.' },
      ],
    },
  },
  triggers: (o) => [...DEFAULTS.map((d) => d.phrase), ...(o.extra ?? [])],
  check(ctx) {
    for (const { block, match } of findPhrases(ctx, DEFAULTS, DEFAULTS, [], () => ({ keep: 0, replace: null }))) {
      const phrase = ctx.text.slice(match.start, match.end);
      const { keep, replace } = match.data;
      // Skip the kept leading words ("two more "), replace only the people-word. Counted in
      // tokens, not spaces: a phrase may run across a link ("[two](… "title") resources").
      const start = keep > 0 ? (block.tokens[Math.min(match.first + keep, match.last)]?.start ?? match.start) : match.start;
      const original = ctx.text.slice(start, match.end);
      const fixes = replace
        ? [{ title: `Replace "${original}" with "${matchCase(original, replace)}"`, edits: [{ start, end: match.end, text: matchCase(original, replace) }], safe: true }]
        : [];
      ctx.report({
        message: `"${phrase}" talks about people as a quantity to allocate. Say who they are${replace ? ` ("${replace}")` : ' (engineers, the team)'}.`,
        start: match.start,
        end: match.end,
        fixes,
      });
    }
  },
});
