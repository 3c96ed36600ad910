import { defineRule } from '../define.js';
import { findPhrases, phraseOptionsSchema, matchCase, startsSentence, sentenceStart, sentenceEnd, type PhraseOptions } from '../kit/index.js';

/** What follows "I wrote" when the author wrote about the work: "about it", "a blog post", "this article". */
const WROTE_ABOUT = /^\s+(?:about|up\b|(?:a|an|this|that|the|my)\s+(?:(?:short|long|blog|previous|recent)\s+)?(?:posts?|blogs?|articles?|essays?|pieces?|threads?|newsletters?|write-?ups?)\b)/i;
const VERBS = ['shipped', 'built', 'launched', 'delivered', 'created', 'made', 'developed', 'designed and built', 'released', 'implemented', 'wrote'];
const OWN = ['feature', 'features', 'project', 'launch', 'product', 'release', 'work', 'idea', 'roadmap'];
const OWNER = {};
const SOLO = /\b(?:(?:by |all by )?myself|on my own|(?:side|personal|hobby|pet|solo) projects?)\b/i;
const DEFAULTS = [
  ...VERBS.map((v) => ({ phrase: `i ${v}`, data: { from: 'I', to: 'we' } })),
  ...VERBS.flatMap((v) => ['single-handedly', 'recently', 'just', 'finally', 'have', 'ever'].map((a) => ({ phrase: `i ${a} ${v}`, data: { from: 'I', to: 'we' } }))),
  ...VERBS.map((v) => ({ phrase: `i've ${v}`, data: { from: "I've", to: "we've" } })),
  ...OWN.map((o) => ({ phrase: `my ${o}`, data: { from: 'my', to: 'our' } })),
  ...OWN.map((o) => ({ phrase: `my new ${o}`, data: { from: 'my', to: 'our' } })),
];

export default defineRule<PhraseOptions & { kinds?: string[] }>({
  id: 'credit-the-team',
  meta: {
    description: 'In launch notes, flags solo credit ("I shipped", "my feature") and offers "we" and "our".',
    rationale:
      'A launch is the team\'s work. A note that says "I shipped" or "my feature" takes the credit from the engineers and designers who built it, and they will remember. Saying "we" and naming who built it costs nothing and is the best way to celebrate the win together. A solo project\'s author may rightly write "I built", so those are asked as questions, and a sentence that says the work was the author\'s alone ("I wrote it myself", "a side project") is left alone; "I single-handedly shipped" is stated. Its findings are info by default: only 2 of its 13 first findings on unseen launch sentences were right (nearly all the others a solo author announcing their own work). A team that wants them as warnings sets the rule to "warning"; then "single-handedly" warns and the questions stay one level softer.',
    category: 'phrasing',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ...phraseOptionsSchema('"I shipped"').properties,
        kinds: { type: 'array', items: { type: 'string', enum: ['brief', 'ticket', 'launch'] }, maxItems: 3, description: 'Kinds of document to check (default: launch notes only).' },
      },
    },
    defaultOptions: { kinds: ['launch'] },
    examples: {
      bad: [{ markdown: '---\ntype: launch\n---\n# Launch: saved carts\n\nI shipped my feature today!\n\n## Thanks\n\nThanks to the Carts team.\n' }],
      good: [{ markdown: '---\ntype: launch\n---\n# Launch: saved carts\n\nWe shipped saved carts today. Thanks to the Carts team.\n' }],
    },
  },
  triggers: (o) => [...DEFAULTS.map((d) => d.phrase), ...(o.extra ?? [])],
  check(ctx) {
    const kinds = ctx.options.kinds ?? ['launch'];
    if (!ctx.kind || !kinds.includes(ctx.kind)) return;
    // "`core-js` is my own hobby project": said anywhere in the note, the author's "I made" takes no team's credit.
    const soloProject = /\bmy (?:own )?(?:hobby|side|personal|pet|solo) project\b|\b(?:one-person|one-man|one-woman) project\b/i.test(ctx.text);
    for (const { block, match } of findPhrases(ctx, OWNER, DEFAULTS, [], () => ({ from: '', to: '' }))) {
      // "Originally, I built it as…", "Back in 2019 I wrote…": the project's history, not credit for this launch.
      const sStart = sentenceStart(block.masked, block.start, match.start);
      const lead = ctx.text.slice(sStart, match.start).toLowerCase();
      // ("My idea at the time was to support plugins": the same, said after the phrase.)
      // ("Some time ago, I implemented an advanced system for controlling the camera…": the same.)
      // ("A little more than two months ago I launched Gimlet CLI", in GimletD's post: an earlier launch, told as history.)
      const HISTORY = /\b(?:originally|initially|back in|back then|at the time|(?:months|years) ago|(?:some time|a while|a long time|long) ago|at first|in the beginning|when i (?:first|started))\b|\b(?:19|20)\d\d\b/;
      if (HISTORY.test(lead) || /^\s+(?:at the time|back then|at first|originally|initially)\b/i.test(ctx.text.slice(match.end, match.end + 30))) continue;
      // "I wrote about it here", "I wrote a blog post on it": writing about the work, not building it.
      if (/\bwrote$/i.test(ctx.text.slice(match.start, match.end)) && WROTE_ABOUT.test(ctx.text.slice(match.end, match.end + 40))) continue;
      // "I made sure to update our TypeScript bindings": the author saw to something, not built the release.
      if (/\bmade$/i.test(ctx.text.slice(match.start, match.end)) && /^\s+sure\b/i.test(ctx.text.slice(match.end, match.end + 10))) continue;
      // "Along with my co-lead …, I released 4.9": the credit is already shared.
      if (/\b(?:along with|together with|alongside|with (?:my|our) (?:co-?|team|colleagues?|friends?)|with (?:the )?help (?:of|from))\b/i.test(lead)) continue;
      // "[Kevin](https://github.com/kvz) and I wrote a script", "Ana and I built…": shared with someone named.
      if (/(?:\]\([^)]*\)|\b[A-Z][a-z]+)\s+and\s+$/.test(ctx.text.slice(sStart, match.start))) continue;
      // "Massoud for reviewing my work on LTR", "thanks to Ana for testing my feature": the work is the author's, and
      // the sentence credits someone else's part in it.
      if (/\bfor\s+[a-z]+ing\b(?:\s+\S+){0,2}\s*$/i.test(lead) || /\bthank/i.test(lead)) continue;
      // "i created this by myself", "So I wrote a couple myself", "a long running side project": the author says the
      // work was theirs alone, so "I" takes no one's credit.
      if (SOLO.test(block.masked.slice(sStart - block.start, sentenceEnd(block.masked, block.start, match.end).end - block.start))) continue;
      // "it will make my project look cleaner", "use shortcuts in my project": the author's own project as one the
      // product works on, the writer speaking as its user.
      if (/^my\b/i.test(ctx.text.slice(match.start, match.end)) && /\b(?:in|into|for|across|make|makes|keep|keeps)\s+$/i.test(ctx.text.slice(sStart, match.start))) continue;
      // "[I built a Rust toolchain for Svelte](https://…) by …": the title of someone's post, linked from the note.
      if (block.links.some(([s, e]) => s <= match.start && match.end <= e)) continue;
      const phrase = ctx.text.slice(match.start, match.end);
      const { from, to } = match.data;
      const word = ctx.text.slice(match.start, match.start + from.length);
      const replacement = word === 'I' ? (startsSentence(block.masked, block.start, match.start) ? matchCase('W', to) : to) : matchCase(word, to);
      const fixes = from && word.toLowerCase() === from.toLowerCase()
        ? [{ title: `Replace "${word}" with "${replacement}"`, edits: [{ start: match.start, end: match.start + from.length, text: replacement }], safe: false }]
        : [];
      // Only "single-handedly" says outright that no one else took part. "I built", "my project" is as often a
      // solo project's honest note as a team's work claimed (right on 3 of 5 labelled sentences, 0 of 2 unseen):
      // a question (info), not a verdict.
      const alone = /single-handedly/i.test(phrase);
      if (!alone && soloProject) continue;
      ctx.report({
        message: alone
          ? `"${phrase}" takes the credit alone. Credit the team that built it ("we", "our") and name the people.`
          : `Did a team build this? If so, "${phrase}" takes the credit alone: say "we" or "our" and name the people.`,
        start: match.start,
        end: match.end,
        fixes,
        ...(alone ? {} : { softer: true }),
      });
    }
  },
});

