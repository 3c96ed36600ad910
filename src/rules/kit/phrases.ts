/**
 * Shared plumbing for phrasing rules: which prose blocks to read, and a matcher that
 * honours a rule's `allow` and `extra` options.
 */
import { firstIndex } from '../../engine/search.js';
import type { ProseBlock, SpecDocument, Token } from '../../engine/document/document.js';
import type { JsonSchema, RuleContext } from '../../engine/types.js';
import { PhraseMatcher, type PhraseMatch } from '../../engine/language/phrases.js';
import { stringList } from '../../engine/config/schema.js';

export interface PhraseOptions extends Record<string, unknown> {
  allow?: string[];
  extra?: string[];
}

export const phraseOptionsSchema = (what: string): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  properties: {
    allow: stringList(`Phrases never flagged by this rule (matched as whole words), e.g. a product name containing ${what}.`),
    extra: stringList(`More phrases that this rule flags, as plain words (no regular expressions).`),
  },
});

/** The prose a phrasing rule reads: everything but quoted material (unless the config says otherwise). */
export function lintableBlocks(doc: SpecDocument): ProseBlock[] {
  return doc.config.quotes.ignore ? doc.prose.filter((b) => !b.quoted) : doc.prose;
}

const cache = new WeakMap<object, Map<string, PhraseMatcher<unknown>>>();
/** Hits per matcher per prose block (token indices, so they survive the block moving). */
const hitMemo = new WeakMap<object, WeakMap<ProseBlock, unknown>>();

/** Matcher per (rule, options) pair, built once and reused across lints. */
export function cachedMatcher<T>(owner: object, key: string, build: () => PhraseMatcher<T>): PhraseMatcher<T> {
  let m = cache.get(owner);
  if (!m) {
    m = new Map();
    cache.set(owner, m);
  }
  let hit = m.get(key) as PhraseMatcher<T> | undefined;
  if (!hit) {
    hit = build();
    if (m.size > 50) m.clear();
    m.set(key, hit as PhraseMatcher<unknown>);
  }
  return hit;
}

/**
 * Finds phrase matches in every lintable block, minus those inside an allowed phrase.
 * `defaults` are the rule's built-in phrases; options add `extra` and remove by `allow`.
 */
export function findPhrases<T>(
  ctx: RuleContext<PhraseOptions>,
  owner: object,
  defaults: readonly { phrase: string; data: T }[],
  builtInAllow: readonly string[],
  extraData: (phrase: string) => T,
): { block: ProseBlock; match: PhraseMatch<T> }[] {
  const extra = ctx.options.extra ?? [];
  const allow = [...builtInAllow, ...(ctx.options.allow ?? [])];
  const key = JSON.stringify([extra, allow]);
  const matcher = cachedMatcher(owner, 'm' + key, () => new PhraseMatcher<T>([...extra.map((p) => ({ phrase: p, data: extraData(p) })), ...defaults]));
  const allowMatcher = cachedMatcher(owner, 'a' + key, () => new PhraseMatcher<null>(allow.map((p) => ({ phrase: p, data: null }))));
  const out: { block: ProseBlock; match: PhraseMatch<T> }[] = [];
  let memo = hitMemo.get(matcher);
  if (!memo) hitMemo.set(matcher, (memo = new WeakMap()));
  for (const block of lintableBlocks(ctx.doc)) {
    if (!block.tokens.length || onlyLinkText(block)) continue;
    // Blocks of unchanged chunks are reused objects (ParseCache): their hits are kept as token
    // indices, and offsets are read from the block's tokens, which move with the block.
    let kept = memo.get(block) as Omit<PhraseMatch<T>, 'start' | 'end'>[] | undefined;
    if (!kept) {
      const hits = matcher.match(block.tokens);
      const allowed = hits.length && allowMatcher.size ? allowMatcher.match(block.tokens) : [];
      // An allowed phrase that overlaps the hit wins: "just in time", "easy to use".
      kept = hits.filter((h) => !allowed.some((a) => a.first <= h.last && a.last >= h.first)).map(({ first, last, data, phrase }) => ({ first, last, data, phrase }));
      memo.set(block, kept);
    }
    for (const k of kept) {
      const h: PhraseMatch<T> = { ...k, start: block.tokens[k.first]!.start, end: block.tokens[k.last]!.end };
      // A combining mark right before or after makes it part of a longer word ("just\u0301"): not this phrase.
      if (/\p{M}/u.test(codePointAt(ctx.text, h.end)) || /\p{M}/u.test(codePointBefore(ctx.text, h.start))) continue;
      out.push({ block, match: h });
    }
  }
  return out;
}

/**
 * A block whose words are all one link's text ("* [know it's urgent](#adding-urgency)"): a table of
 * contents entry or a linked title, another page's words rather than the author's sentence.
 */
function onlyLinkText(block: ProseBlock): boolean {
  if (block.links.length !== 1) return false;
  const [start, end] = block.links[0]!;
  return block.tokens[0]!.start >= start && block.tokens[block.tokens.length - 1]!.end <= end;
}

/** The whole code point starting at `i` ('' at the end). */
function codePointAt(text: string, i: number): string {
  const c = text.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/** The whole code point ending just before `i` ('' at the start). */
function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  const hi = text.charCodeAt(i - 2);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? text.slice(i - 2, i) : text[i - 1]!;
}

/** The tokens lying inside `[start, end)`, found by binary search (tokens are in document order). */
export function tokensBetween(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = firstIndex(tokens, (t) => t.start < start); i < tokens.length && tokens[i]!.start < end; i++) if (tokens[i]!.end <= end) out.push(tokens[i]!);
  return out;
}
