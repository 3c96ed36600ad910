import { defineRule } from './define.js';
import { findPhrases, phraseOptionsSchema, type PhraseOptions } from './phrasing.js';
import { opensBlock, removalsSafeTogether, removeWordEdit } from '../engine/fix-helpers.js';
import type { Fix, ReportDescriptor, TextEdit } from '../engine/types.js';
import type { ProseBlock } from '../engine/document.js';
import { DEMAND_PHRASES } from './no-demands.js';

/** `remove`: the word can go without changing the sentence's meaning ("just", "simply"). */
interface Minimizer {
  remove: boolean;
}

const REMOVABLE = ['just', 'simply', 'merely', 'obviously', 'clearly', 'basically', 'easily', 'trivially', 'quickly'];
const PHRASES = [
  'easy', 'trivial', 'only takes', 'should only take', 'only a small', 'only a few', 'quick fix', 'quick change',
  'a quick', 'should be simple', 'should be easy', 'should be straightforward', 'should be trivial', 'small change',
  'tiny change', 'minor change', 'simple change', 'a one-liner', 'one-line change', 'a few lines', 'no-brainer',
  'piece of cake', 'how hard can it be', 'how hard could it be', 'shouldn\'t be hard', 'should not be hard',
  'shouldn\'t take long', 'should not take long', 'straightforward',
];
/** Fixed phrases where the word does not minimise the work. */
const ALLOW = [
  'just in time', 'just-in-time', 'just in case', 'just as', 'just about', 'just under', 'just over', 'just now',
  'just before', 'just after', 'just below', 'just above', 'just launched', 'just shipped', 'just released',
  'easy to use', 'easy to understand', 'easy to find', 'easy to read', 'easy to learn', 'easily find',
  'easily understand', 'easy for users', 'easy for customers', 'quickly find', 'quickly see', 'quickly understand',
  'a quick look', 'a quick overview', 'a quick summary', 'a quick start', 'a quick reference', 'quickly and',
  'clearly state', 'clearly stated', 'clearly defined', 'clearly explain', 'clearly communicate',
  // "can't you just…" is the no-demands rule's, with a better fix than removing "just".
  ...DEMAND_PHRASES,
];

const DEFAULTS = [
  ...REMOVABLE.map((p) => ({ phrase: p, data: { remove: true } as Minimizer })),
  ...PHRASES.map((p) => ({ phrase: p, data: { remove: false } as Minimizer })),
];

const letterSpans = new WeakMap<ProseBlock, { first: number; last: number }>();
/** Index (in the block's masked text) of its first and last letter or digit; computed once per block. */
function letterSpan(block: ProseBlock): { first: number; last: number } {
  let span = letterSpans.get(block);
  if (!span) {
    const first = block.masked.search(/[\p{L}\p{N}]/u);
    let last = block.masked.length - 1;
    // Whole code points: an astral letter ends in a low surrogate.
    while (last >= 0 && !/[\p{L}\p{N}]/u.test(String.fromCodePoint(block.masked.codePointAt(last > 0 && /[\uDC00-\uDFFF]/.test(block.masked[last]!) ? last - 1 : last)!))) last--;
    span = { first: first === -1 ? Infinity : first, last };
    letterSpans.set(block, span);
  }
  return span;
}

export default defineRule<PhraseOptions>({
  id: 'no-minimizers',
  meta: {
    description: 'Flags words that make engineering work sound trivial ("just", "simply", "should be easy").',
    rationale:
      'Calling someone else\'s work easy tells them you think their craft is trivial and their estimate is suspect, and it closes the conversation about how hard the work really is. Engineers hear "just" as condescension. Removing the word costs the author nothing; if the work might be small, ask how big it is.',
    category: 'phrasing',
    defaultSeverity: 'warning',
    fixable: 'safe',
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
        { markdown: 'Deliveries arrive just in time. Please adjust and justify the budget, then simplify the form.' },
        { markdown: 'Run `just build` and open https://example.com/just-simply.' },
      ],
    },
  },
  triggers: (o) => [...REMOVABLE, ...PHRASES, ...(o.extra ?? [])],
  check(ctx) {
    const reports: ReportDescriptor[] = [];
    const removals = new Map<ProseBlock, { edit: TextEdit; fix: Fix }[]>();
    for (const { block, match } of findPhrases(ctx, DEFAULTS, DEFAULTS, ALLOW, () => ({ remove: false }))) {
      const word = ctx.text.slice(match.start, match.end);
      const fixes: Fix[] = [];
      if (match.data.remove) {
        const edit = removeWordEdit(ctx.text, match.start, match.end, block);
        // When the word is all the block says ("- just"), removing it empties the list item or
        // heading; when it leaves a block marker at the start of a line ("Just # 1"), it makes a
        // new block. Either changes the document's structure: leave that to a person.
        const { first, last } = letterSpan(block);
        const wordsLeft = first < edit.start - block.start || last >= edit.end - block.start;
        const fix: Fix = { title: `Remove "${word}"`, edits: [edit], safe: wordsLeft && !opensBlock(ctx.text, edit) };
        fixes.push(fix);
        if (fix.safe) {
          const list = removals.get(block) ?? [];
          list.push({ edit, fix });
          removals.set(block, list);
        }
      }
      reports.push({
        message: match.data.remove
          ? `"${word}" makes the work sound trivial. Remove it, or ask how big the work is.`
          : `"${word}" presumes the work is small. Describe the outcome and ask engineering how big it is.`,
        start: match.start,
        end: match.end,
        fixes,
      });
    }
    // "Fix all" applies every safe removal of a block in one pass: they must be safe together too
    // ("just*simply*" loses both words). If not, each is left for a person to pick.
    for (const [block, list] of removals) {
      if (list.length > 1 && !removalsSafeTogether(ctx.text, block, list.map((x) => x.edit))) for (const x of list) x.fix.safe = false;
    }
    for (const r of reports) ctx.report(r);
  },
});
