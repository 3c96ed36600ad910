/**
 * Word lists the phrasing rules share: what counts as engineering work, what counts as
 * using a product, who "we" and "you" are. Each list has this one home.
 */

/** Base-form verbs that name building or changing software: "just *add* a flag". */
export const WORK_VERBS = new Set([
  'add', 'build', 'implement', 'change', 'fix', 'update', 'reuse', 're-use', 'expose', 'hook', 'wire', 'plug', 'swap',
  'tweak', 'rewrite', 'refactor', 'make', 'create', 'put', 'remove', 'rename', 'hardcode', 'hard-code', 'ship',
  'deploy', 'patch', 'port', 'extend', 'support', 'allow', 'include', 'enable', 'disable', 'toggle', 'return', 'store',
  'cache', 'pass', 'merge', 'write', 'code', 'integrate', 'migrate', 'replace', 'convert', 'switch', 'modify',
  'adjust', 'edit', 'duplicate', 'clone', 'display', 'render', 'expose', 'accept', 'handle', 'wrap',
  'bump', 'increase', 'raise', 'lower', 'provide', 'develop', 'redesign', 'redo', 'release', 'publish', 'backport',
  'upgrade', 'split', 'combine', 'append', 'insert', 'delete', 'flip', 'automate', 'generate', 'compute', 'calculate',
  'validate', 'parse', 'override', 'sync', 'embed', 'bundle', 'compile', 'translate', 'localize', 'localise',
  'optimize', 'optimise', 'slap', 'bolt', 'tack', 'whip', 'knock', 'spin', 'stand', 'do', 'implement', 'fork',
  'expose', 'emit', 'log', 'throw', 'catch', 'wrap', 'drop', 'turn', 'mark', 'restrict', 'limit', 'prevent',
  'filter', 'sort', 'expand', 'collapse', 'reorder', 'resize', 'reword', 'rebuild', 'rework',
  'redirect', 'route', 'pipe', 'forward', 'copy', 'tweak', 'adapt', 'adopt', 'incorporate', 'introduce',
  'roll', 'annotate',
]);
/** Work when asked of someone ("can't we just *move* the line"), directions when told to a reader ("just move the icon"). */
export const ASKED_WORK_VERBS = new Set(['move', 'connect', 'relocate']);

/**
 * Verbs that, after "easy to", "simple to" or "quickly", describe what a user or reader does
 * with the product, not work asked of engineers: "easy to *find*".
 */
export const USER_VERBS = new Set([
  'use', 'find', 'read', 'understand', 'learn', 'navigate', 'follow', 'see', 'spot', 'scan', 'grasp', 'remember',
  'search', 'browse', 'discover', 'access', 'reach', 'get', 'go', 'come', 'start', 'sign', 'log', 'share', 'compare',
  'switch', 'unsubscribe', 'cancel', 'pay', 'buy', 'book', 'order', 'contact', 'apply', 'install', 'run', 'try',
  'reproduce', 'verify', 'test', 'debug', 'review', 'audit', 'reason', 'maintain', 'explain', 'tell', 'say',
  'miss', 'overlook', 'forget', 'misuse', 'misunderstand', 'confuse', 'break', 'get', 'work', 'onboard', 'recover',
  'return', 'track', 'monitor', 'pick', 'choose', 'select', 'click', 'tap', 'type', 'enter', 'fill', 'complete',
  'drill', 'filter', 'configure', 'customize', 'customise', 'deploy', 'host', 'self-host', 'integrate', 'embed',
]);

/** Verbs that "easy to…" and "simple to…" use for engineering work (more specific than WORK_VERBS). */
export const BUILD_VERBS = new Set([
  'add', 'build', 'implement', 'change', 'fix', 'update', 'reuse', 'expose', 'hook', 'wire', 'plug', 'swap', 'tweak',
  'rewrite', 'refactor', 'make', 'create', 'code', 'patch', 'port', 'extend', 'support', 'write', 'develop', 'do',
  'modify', 'adjust', 'migrate', 'integrate', 'remove', 'rename', 'hardcode', 'ship', 'backport', 'solve', 'knock',
  'whip', 'put', 'automate', 'design', 'tack', 'bolt', 'slap', 'spin', 'adapt', 'accommodate', 'provide', 'enable',
  'allow', 'expose', 'handle', 'introduce', 'incorporate', 'include',
  // Packaging asked of maintainers: "it should be fairly easy to push an Apple Silicon build", "easy to produce an AppImage".
  'push', 'produce', 'package', 'publish', 'release', 'compile',
  'prevent', 'protect', 'bring', 'merge', 'disable',
]);

/** Past participles of work verbs: "can be *done* simply", "could easily be *added*". */
export const WORK_PARTICIPLES = new Set([
  'done', 'fixed', 'added', 'implemented', 'built', 'changed', 'solved', 'handled', 'achieved', 'updated', 'resolved',
  'addressed', 'supported', 'extended', 'patched', 'ported', 'exposed', 'hooked', 'wired', 'modified', 'adjusted',
  'made', 'created', 'coded', 'written', 'integrated', 'migrated', 'replaced', 'swapped', 'tweaked', 'refactored',
  'enabled', 'accommodated', 'provided', 'introduced', 'backported', 'remedied', 'worked',
]);

/** Nouns for a unit of engineering work: "it's just a config *change*", "a quick *fix*". */
export const WORK_NOUNS = new Set([
  'change', 'changes', 'fix', 'fixes', 'tweak', 'tweaks', 'button', 'flag', 'toggle', 'field', 'column', 'line',
  'lines', 'one-liner', 'checkbox', 'endpoint', 'query', 'script', 'patch', 'update', 'refactor', 'rename', 'migration',
  'wrapper', 'switch', 'if', 'if-statement', 'setting', 'option', 'parameter', 'param', 'config', 'addition', 'task',
  'job', 'feature', 'pr', 'commit', 'implementation', 'request', 'modification', 'adjustment', 'edit', 'win', 'hack',
  'form', 'page', 'screen', 'label', 'dropdown', 'link', 'modal', 'popup', 'banner', 'tab', 'filter', 'css',
  'table', 'call', 'check', 'test', 'variable', 'function', 'method', 'property', 'attribute', 'api', 'features',
  'chart', 'charts', 'graph', 'graphs', 'widget', 'widgets', 'icon', 'icons', 'dashboard', 'report', 'email', 'notification',
  'enhancement', 'enhancements', 'port', 'merge',
]);

/** Nouns that, as a subject, name the work itself: "the *change* should be easy". */
export const WORK_SUBJECTS = new Set([
  'it', 'this', 'that', "it's", "that's", 'change', 'fix', 'implementation', 'feature', 'work', 'task', 'update',
  'migration', 'part', 'addition', 'request', 'patch', 'ticket', 'story', 'job', 'one', 'integration', 'result', 'bug',
  'issue', 'ask', 'thing', 'review', 'reviewing',
  // What a release asks of its users: "this upgrade should be straightforward", "migrating should be simple".
  'upgrade', 'upgrading', 'migrating',
]);

/** What a maintainer is asked to do with someone's change: "all you need to do is *review* and *merge* it". */
export const MAINTAINER_VERBS = new Set(['review', 'merge', 'approve', 'accept', 'release', 'publish', 'land', 'backport']);

/** The base form of a work verb written as a gerund ("just *updating* the page" → "update"), or undefined. */
export function workVerbBase(w: string): string | undefined {
  if (WORK_VERBS.has(w)) return w;
  if (!w.endsWith('ing') || w.length < 5) return undefined;
  const stem = w.slice(0, -3);
  for (const c of [stem, stem + 'e', stem.slice(0, -1)]) if (WORK_VERBS.has(c)) return c;
  // The work done again: "readding them should be trivial", "re-enabling it".
  const again = /^re-?(.{5,})$/.exec(w);
  return again ? workVerbBase(again[1]!) : undefined;
}

/** First person singular: the author speaking of their own work. */
export const FIRST_SINGULAR = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'myself', 'im', 'ive', 'id']);

/** Words that, right before an adverb like "just", make the sentence about others' work. */
export const OTHERS = new Set([
  'you', "you'll", "you'd", 'ya', 'u', 'they', "they'll", 'engineering', 'engineers', 'engineer', 'devs', 'dev',
  'developers', 'developer', 'team', 'someone', 'somebody', 'maintainers', 'backend', 'frontend', 'it', 'that',
  'this', 'who',
]);

export const MODALS = new Set([
  'can', 'could', 'should', 'would', 'will', 'must', 'might', "can't", 'cannot', "couldn't", "shouldn't", "wouldn't",
  "won't", "you'll", "we'll", "they'll", "it'll",
]);

/** Forms of "to be" and contractions holding it: "it's just a", "should be easy". */
export const COPULAS = new Set([
  'is', 'are', 'be', "it's", "that's", "this's", "there's", "what's", 'its', 'thats', "they're", "we're", "you're",
  'seems', 'sounds', 'looks', 'feels', 'seem', 'sound', 'look', 'being', "isn't", "aren't", 'was', 'were',
]);

/** Demands that are always demands (no-demands); no-minimizers leaves them to that rule. */
export const DEMANDS_STRONG = [
  "can't you just", 'cannot you just', 'can you not just', "couldn't you just", "why don't you just", "why can't you just",
  'why not just', 'surely you can', "all i'm asking", 'all i am asking', 'all i ask',
  // The same, with the addressees named: "Why don't you guys just support it?", "can't you all just…".
  ...['guys', 'all', 'folks', 'people'].flatMap((w) => [`can't you ${w} just`, `why don't you ${w} just`, `why can't you ${w} just`, `couldn't you ${w} just`]),
];
/** Demands only when engineering work follows ("can you just *add*…"). */
export const DEMANDS_WEAK = [
  // "We" includes the author: "why can't we just reuse the picker?" weighs an idea as often as it presses one (right
  // on 0 of 2 first findings in rounds r and t), so it is a demand only before work, and a question.
  'can you just', 'could you just', 'can we just', "can't we just", "couldn't we just", "why can't we just", "why don't we just", 'all you have to do is',
  'all you need to do is', 'all we have to do is', 'all we need to do is', 'all you have to do', 'all you need to do',
  // The same said of nobody in particular: "All that needs to be done is to add a button…", "all that needs to happen is replacing that line".
  'all that needs to be done is', 'all that has to be done is', 'all that needs to happen is', 'all that has to happen is', 'all that needs doing is',
  "you'll just need to", 'you just need to', 'you just have to', 'can they just', 'could they just',
  // Said of a third party, this may be about users ("why can't they just use that?"): a demand only before work.
  "why can't they just", "why don't they just", 'would you mind just', 'could you please just', 'can you please just',
  // Without "just", still a demand before work: "So can't you make a GUI for adding slots?", "why not merge that?", "why just bump the version?".
  "can't you", "couldn't you", "why can't you", "why don't you", 'why not', 'why not to', 'why just',
];
export const DEMAND_PHRASES = [...DEMANDS_STRONG, ...DEMANDS_WEAK];
