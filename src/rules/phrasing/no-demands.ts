import { wordsBefore, phraseRule, asksForWork, phraseOptionsSchema, engineersOwnDesign, matchCase, sentenceEnd, wordAt, WORK_VERBS, ASKED_WORK_VERBS, BUILD_VERBS, MAINTAINER_VERBS, workVerbBase, DEMANDS_STRONG as STRONG, DEMANDS_WEAK as WEAK, type Fix } from '../kit/index.js';

/**
 * `strong`: always a demand ("can't you just…"). Otherwise a demand only when what follows is
 * engineering work ("can you just *add*…"), not a small ask of a reader ("can you just *try*
 * the new version?") nor directions ("all you have to do is *open* a PR").
 */
interface Demand {
  strong: boolean;
}


const PHRASES = [...STRONG.map((phrase) => ({ phrase, data: { strong: true } })), ...WEAK.map((phrase) => ({ phrase, data: { strong: false } }))];
/** Phrases after which the rest of the sentence is something to do ("reuse the old flow"). */
const INVITE = 'is there a simpler way to achieve this outcome?';

/** Right after a demand, verbs that ask for a feeling or a manner, not for work ("Why can't you just relax?"). */
const NOT_WORK = new Set(['relax', 'calm', 'chill', 'be', 'enjoy', 'accept', 'admit', 'apologize', 'apologise', 'listen', 'breathe', 'smile', 'wait', 'believe', 'trust', 'go', 'quit', 'sleep', 'rest', 'laugh', 'forgive', 'agree',
  // Words asked for, not work: "can't you just say 'they think they're .com'?", "why don't you just say you don't care".
  'say', 'tell', 'mention', 'answer', 'reply', 'respond']);

export default phraseRule<Demand>({
  id: 'no-demands',
  meta: {
    description: 'Flags "can\'t you just…", "why don\'t you just…" and "all you have to do is…" asked of engineering, and offers a question instead.',
    rationale:
      '"Can\'t you just…" is a demand dressed as a question: it assumes the answer, waves away the work, and leaves no room for the engineer\'s judgement. Asking whether the idea works, and whether there is a simpler way to reach the same outcome, gets the same information and invites the alternatives engineers often see first. Directions to a reader ("all you have to do is open a pull request") are not demands and are left alone. Its findings are info by default: on unseen real sentences the strong forms ("can\'t you just", "why don\'t you just", "why not just") were right on 52 of 74 first findings (rounds d to cs), short of the 90 % a warning needs. A team that wants them as warnings sets the rule to "warning"; then the strong forms warn, and the weaker forms ("you just need to", "why not", "all you have to do is"), as often directions or a suggestion, stay questions one level softer.',
    category: 'phrasing',
    defaultSeverity: 'info',
    fixable: 'suggestion',
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
        { markdown: 'To contribute, all you have to do is open a pull request.', note: 'Directions to a reader, not a demand of engineering.' },
      ],
    },
  },
  phrases: PHRASES,
  extraData: () => ({ strong: true }),
  check(ctx, hits) {
    if (!asksForWork(ctx.kind)) return;
    // Sentences already given their closing question: a second demand in the same sentence only
    // rewrites its own words.
    const closed = new Set<number>();
    const title = ctx.doc.sections.find((s) => s.isTitle);
    const titled = (at: number) => !!title && at >= title.start && at < title.headingEnd;
    for (const { block, match, sentence, text: phrase } of hits) {
      const lower = phrase.toLowerCase();
      // "### Why not just use X?", "### Why don't you just use HTML instead of a custom protocol?": a heading
      // that opens the discussion of an alternative, or an FAQ's objection, not a demand (a ticket's title
      // "Why can't you just add dark mode?", or a document's own title asking "you", still is one).
      if (block.type === 'heading' && ctx.kind !== 'ticket' && lower.startsWith('why') && (!/\byou\b/.test(lower) || !titled(block.start))) continue;
      // In engineers' own design proposal, "why not just…" and "can't we just…" weigh an alternative
      // the authors could build themselves; only a demand on someone else ("can't you just") counts.
      if (!/\byou\b|\bthey\b/.test(lower) && engineersOwnDesign(ctx.doc, ctx.kind)) continue;
      // "If you just need to support Node 12, use…": the reader's own need, in directions.
      if (/need|have/.test(phrase.toLowerCase()) && wordsBefore(sentence, 2).includes('if')) continue;
      // Without "just": "if you have ideas, why not add them to the handbook" invites; "why not do it ourselves" is a plan.
      if (!/just/.test(lower) && (wordsBefore(sentence, 8).includes('if') || sentence.words.some((w) => ['we', 'ourselves', 'us', 'i', 'myself', "let's"].includes(w)))) continue;
      // "Why can't you just relax?": a feeling or a manner asked for, not work.
      if (match.data.strong && NOT_WORK.has(wordAt(sentence, 1) ?? '')) continue;
      if (!match.data.strong) {
        // "you just need to increase the \`maxLength\` limit": directions to a reader, with code to follow.
        if (sentence.hasCode && !/^(?:can|could|can't|couldn't)\b/.test(phrase.toLowerCase())) continue;
        let v = wordAt(sentence, 1);
        let k = 1;
        if (v === 'just' || v === 'simply' || v === 'quickly') v = wordAt(sentence, ++k);
        // ("All that needs to be done is to add a button…": the work after "to".)
        if (v === 'to' && lower.endsWith(' is')) v = wordAt(sentence, ++k);
        const maintainer = MAINTAINER_VERBS.has(v ?? '');
        // ("You just need to rebuild your project to port it": the reader's own project, in directions.)
        const yours = /^you/.test(lower) && sentence.words.slice(sentence.last + 1, sentence.last + 5).includes('your');
        const directions = yours || (phrase.toLowerCase().startsWith('all') && (sentence.words.includes('your') || !(BUILD_VERBS.has(workVerbBase(v ?? '') ?? v ?? '') || maintainer)));
        if (!v || !(workVerbBase(v) || maintainer || ASKED_WORK_VERBS.has(v)) || directions) continue;
      }
      const { end: sEnd, punct, capped } = sentenceEnd(block.masked, block.start, match.end);
      // What the author asked for: from after the phrase to the sentence's end punctuation.
      let restStart = match.end;
      while (restStart < sEnd && /\s/.test(ctx.text[restStart]!)) restStart++;
      const restEnd = sEnd - punct.length;
      const rest = ctx.text.slice(restStart, restEnd).trim();
      const fixes: Fix[] = [];
      const restProse = block.masked.slice(restStart - block.start, restEnd - block.start);
      // No rewrite when the sentence has no end in sight (a run-on line): the "question" would end mid-text.
      // Each rewrite changes who is asked and adds words, so it is a suggestion a person picks.
      if (rest && !capped && /[\p{L}\p{N}]/u.test(restProse) && !/\n\s*\n/.test(rest)) {
        const lead = matchCase(phrase, 'could we ');
        if (closed.has(sEnd)) {
          fixes.push({ title: `Rewrite as a question: "${lead}${rest}"`, edits: [{ start: match.start, end: restStart, text: lead }], safe: false });
        } else {
          closed.add(sEnd);
          fixes.push({
            title: `Rewrite as a question: "${lead}${rest}, or ${INVITE}"`,
            edits: [{ start: match.start, end: restStart, text: lead }, { start: restEnd, end: sEnd, text: `, or ${INVITE}` }],
            safe: false,
          });
        }
        const what = matchCase(phrase, 'what would it take to ');
        fixes.push({
          title: `Rewrite as a question: "${what}${rest}?"`,
          edits: [{ start: match.start, end: restStart, text: what }, { start: restEnd, end: sEnd, text: '?' }],
          safe: false,
        });
      }
      // "Can't you just…", "why not just…" read as demands wherever they stand (52 of 74 first findings right over rounds d–cs, eval/first-sight.json); the
      // weaker forms ("you just need to", "why not", "all you have to do is") were right on 2 of 6: a question.
      ctx.report({
        message: match.data.strong
          ? `"${phrase}" turns a request into a demand and assumes the work is small. Could it be asked as a question that leaves room for a better idea?`
          : `Is "${phrase}" pressed on someone to do work? Then it turns a request into a demand: could it be asked as a question that leaves room for a better idea?`,
        start: match.start,
        end: match.end,
        fixes,
        ...(match.data.strong ? {} : { softer: true }),
      });
    }
  },
});
