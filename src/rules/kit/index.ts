/**
 * The kit phrasing rules are written with: one import for the phrase matching, the sentence
 * around a hit, the shared word lists and the fix helpers. A rule lists its phrases once;
 * `phraseRule` derives its triggers (for partial parses) from that list.
 */
import type { ProseBlock, Token } from '../../engine/document/document.js';
import type { PhraseMatch } from '../../engine/language/phrases.js';
import type { Rule, RuleContext, RuleMeta } from '../../engine/types.js';
import { findPhrases, type PhraseOptions } from './phrases.js';
import { authorsVoice, sentenceOf, type Sentence } from './sentence.js';

export { defineRule } from '../define.js';
export { findPhrases, phraseOptionsSchema, tokensBetween, lintableBlocks, type PhraseOptions } from './phrases.js';
export * from './sentence.js';
export * from './words.js';
export { engineersOwnDesign, asksForWork, callForBids } from './genre.js';
export { PhraseMatcher, type PhraseMatch } from '../../engine/language/phrases.js';
export {
  matchCase, removeWordEdit, opensBlock, removalsSafeTogether, withArticle, sentenceEnd, sentenceStart, sentenceBefore, startsSentence,
} from '../../engine/fix/fix-helpers.js';
export type { Fix, ReportDescriptor, TextEdit, RuleContext } from '../../engine/types.js';
export type { ProseBlock, SpecDocument } from '../../engine/document/document.js';

/** One phrase hit, with its block and its sentence, in the author's own voice. */
export interface Hit<D> {
  block: ProseBlock;
  match: PhraseMatch<D>;
  sentence: Sentence;
  /** The hit's text as written. */
  text: string;
}

export interface PhraseRuleSpec<D, O extends PhraseOptions> {
  id: string;
  meta: RuleMeta;
  /** The built-in phrases, each with what the rule needs to know about it. Listed once. */
  phrases: readonly { phrase: string; data: D }[];
  /** Fixed phrases where a trigger means something harmless ("just in time"). */
  allow?: readonly string[];
  /**
   * The words a text must hold for a phrase to matter, when that is more than the phrase itself
   * ("only" matters only before "a": ["only a", "only an"]). They decide which blocks are parsed
   * (partial parses), so every hit the rule can report must hold all words of one of them.
   */
  needs?: (phrase: string, data: D) => string[];
  /** Data for a phrase a team adds with the `extra` option. */
  extraData: (phrase: string) => D;
  /**
   * A cheap look at the block's tokens around a hit (`first`/`last` index `tokens`), before the
   * sentence is read: return false to drop a common word that cannot matter here ("only" not
   * followed by "a"). Keeps common triggers from costing a sentence analysis each.
   */
  worth?: (tokens: readonly Token[], first: number, last: number, data: D) => boolean;
  /** Reports what the rule finds among the hits (quoted speech and FAQ objections are already left out). */
  check(ctx: RuleContext<O>, hits: Hit<D>[]): void;
}

/** A phrasing rule whose triggers are its phrase list plus the team's `extra` phrases. */
export function phraseRule<D, O extends PhraseOptions = PhraseOptions>(spec: PhraseRuleSpec<D, O>): Rule<O> {
  const owner = {};
  return {
    id: spec.id,
    meta: spec.meta,
    triggers: (o) => [...spec.phrases.flatMap((p) => (spec.needs ? spec.needs(p.phrase, p.data) : [p.phrase])), ...(o.extra ?? [])],
    check(ctx) {
      const hits: Hit<D>[] = [];
      for (const { block, match } of findPhrases(ctx, owner, spec.phrases, spec.allow ?? [], spec.extraData)) {
        if (spec.worth && !spec.worth(block.tokens, match.first, match.last, match.data)) continue;
        const sentence = sentenceOf(block, match.first, match.last, ctx.text);
        if (!authorsVoice(ctx.doc, block, sentence, match.start)) continue;
        hits.push({ block, match, sentence, text: ctx.text.slice(match.start, match.end) });
      }
      spec.check(ctx, hits);
    },
  };
}
