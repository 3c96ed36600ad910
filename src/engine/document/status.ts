/**
 * Which required sections a spec has: the shared answer behind the require-sections rule,
 * the status bar ("Brief 4/6") and the CLI's summary.
 */
import type { DocKind } from '../types.js';
import { isPromptText, withoutIssuePrompts, onlyStandIns, skipLeadingComments, type SpecDocument, type Section } from './document.js';
import { PhraseMatcher } from '../language/phrases.js';
import { sectionMarker } from './directives.js';
import { type SectionDef, NUMBER_TARGET, USER_STORY_WISH, USER_STORY_ASK, GENERIC_SUCCESS_HEADS, METADATA_LINE, METADATA_ROW, OPENING_HEADING, headingWords, isMeasurable, statesOutcome, comparedToToday, OPTION_HEADING, HEADING_LEADS, runningWords, TASK_ITEM_LINE } from './sections.js';

export type SectionState = 'present' | 'placeholder' | 'missing';

export interface SectionStatusEntry {
  id: string;
  title: string;
  missing: string;
  /** Set for sections found with less certainty: the message asks it rather than states a verdict. */
  question?: string;
  state: SectionState;
  /** The heading that holds it (present or placeholder). */
  section?: Section;
  /** Satisfied by a phrase in the text rather than a heading. */
  byPhrase?: { start: number; end: number };
  /** Satisfied by the author's `speclint-section` marker (then byPhrase is the marker). */
  marked?: boolean;
}

export interface SectionStatus {
  kind: DocKind;
  entries: SectionStatusEntry[];
  present: number;
  required: number;
}

export function sectionStatus(doc: SpecDocument, kind: DocKind): SectionStatus {
  const ids = doc.config.kinds[kind].sections;
  const entries: SectionStatusEntry[] = [];
  for (const id of ids) {
    const def = doc.config.sections[id];
    if (!def) continue;
    const matches = doc.sections.filter((s) => s.ids.includes(id));
    const filled = filledSection(doc, id, matches);
    let entry: SectionStatusEntry = { id, title: def.title, missing: def.missing, state: 'missing', ...(def.question ? { question: def.question } : {}) };
    const marker = filled ? undefined : sectionMarker(doc.tree, doc.text, id);
    if (filled) entry = { ...entry, state: 'present', section: filled };
    // The author's word outranks SpecLint's reading of the prose, and a placeholder heading.
    else if (marker) entry = { ...entry, state: 'present', byPhrase: { start: marker.start, end: marker.end }, marked: true };
    else {
      // A template's standing invitation to push back still invites; other prompts state nothing.
      const phrase = def.satisfiedBy?.length ? findPhrase(doc, def.satisfiedBy, def.satisfiedIn, id === 'success' ? statesTarget : undefined, id !== 'alternatives', id === 'credits' ? creditsTheWorkIn(doc) : undefined) : undefined;
      const told = phrase ? undefined : toldOtherwise(doc, id, kind, matches);
      const label = phrase || told ? undefined : labelledSection(doc, id);
      if (phrase) entry = { ...entry, state: 'present', byPhrase: phrase };
      else if (told) entry = { ...entry, state: 'present', byPhrase: told };
      else if (label) entry = { ...entry, state: 'present', byPhrase: label };
      else if (matches.some((s) => s.placeholderOnly)) entry = { ...entry, state: 'placeholder', section: matches.find((s) => s.placeholderOnly) };
    }
    entries.push(entry);
  }
  return { kind, entries, present: entries.filter((e) => e.state === 'present').length, required: entries.length };
}

/**
 * A section told without a heading or phrase for it: a user story's "so that" (the why), options weighed
 * under headings of their own (alternatives), a Gherkin scenario (acceptance), a ticket's or brief's own
 * description (its problem, unless the author's own problem heading still holds a placeholder).
 */
function toldOtherwise(doc: SpecDocument, id: string, kind: DocKind, matches: Section[]): { start: number; end: number } | undefined {
  if (id === 'why') return storyReason(doc);
  if (id === 'audience') return storyRole(doc) ?? statedAudience(doc);
  if (id === 'alternatives') return optionsWeighed(doc);
  if (id === 'acceptance') return gherkin(doc) ?? checklist(doc) ?? (kind === 'ticket' ? ticketRequirements(doc) ?? statedBehaviour(doc) : undefined);
  if (id === 'success') return hypothesis(doc) ?? consequencesGained(doc) ?? gherkin(doc) ?? nfrTargets(doc);
  if (id === 'credits') return thanked(doc);
  if (id === 'problem' && kind !== 'launch' && !matches.some((s) => s.placeholderOnly)) return ownDescription(doc);
  return undefined;
}

/** The heading that fills section `id` (of those that mean it), if any. */
function filledSection(doc: SpecDocument, id: string, matches: Section[]): Section | undefined {
  // "Goals" that list only features ("Provide a flag …") do not say what success is.
  // A ticket's bare "Description" that opens by ordering the work ("Your task is to implement…", "Replace the
  // current registration with…") tells what to build, not the problem, as the same words opening the ticket do.
  return matches.find((s) => !s.placeholderOnly && (id !== 'success' || !genericSuccess(s.title) || successStated(doc.text.slice(s.headingEnd, s.end))) &&
    (id !== 'problem' || !ordersWorkUnder(doc, s)));
}

/**
 * The required sections of `kind` that no heading fills and that a phrase may satisfy: those
 * for which `sectionStatus` reads the prose. It reads only headings and the text, so the engine
 * asks it before deciding whether a partial parse must also keep the section phrases' pieces.
 */
export function sectionsByPhrase(doc: SpecDocument, kind: DocKind): string[] {
  const out: string[] = [];
  for (const id of doc.config.kinds[kind].sections) {
    const def = doc.config.sections[id];
    if (!def || !phrasesRead(def).length) continue;
    if (filledSection(doc, id, doc.sections.filter((s) => s.ids.includes(id)))) continue;
    if (sectionMarker(doc.tree, doc.text, id)) continue;
    out.push(id);
  }
  return out;
}

const matchers = new WeakMap<string[], PhraseMatcher<string>>();

/** The section ids (and `#opening`) that hold a block, its own section and those around it. */
function holds(doc: SpecDocument, index: number, where: string[]): boolean {
  if (index < 0) return where.includes('#opening');
  let depth = Infinity;
  for (let i = index; i >= 0; i--) {
    const s = doc.sections[i]!;
    if (s.depth >= depth) continue;
    depth = s.depth;
    if (s.isTitle) return where.includes('#opening') && i === index;
    // The first heading names the document even when more level-1 headings follow ("# Apollos States" … "# Still
    // in progress"): what it holds before any sub-section opens the document, as under a title.
    if (i === 0 && i === index && s.depth === 1 && !s.ids.length && !s.solution && where.includes('#opening')) return true;
    if (s.ids.some((id) => where.includes(id)) || (where.includes('#opening') && OPENING_HEADING.test(s.title))) return true;
  }
  return false;
}

/**
 * A user story's "so that" clause ("As a security engineer, I want …, so that they can set passwords
 * they remember") is the reason the story is worth doing: the why, wherever the story is told.
 */
const STORY_REASON = new RegExp(`${USER_STORY_ASK.source}[^.]{0,300}?\\b(so that)\\b`, 'gi');

/**
 * The phrases the status may read in the prose for a section: what a partial parse must keep. The
 * why also reads a user story's "so that".
 */
export function phrasesRead(def: SectionDef): string[] {
  return def.id === 'why' ? [...(def.satisfiedBy ?? []), 'so that'] : def.satisfiedBy ?? [];
}

/**
 * Options weighed under headings of their own: two or more headings that number them leave the
 * solution open as an "Alternatives" heading does (every brief of the corpus with them: eval/RESULTS.md).
 */
function optionsWeighed(doc: SpecDocument): { start: number; end: number } | undefined {
  const options = doc.sections.filter((s) => !s.isTitle && !s.quote && OPTION_HEADING.test(s.title.trim()));
  return options.length >= 2 ? { start: options[0]!.start, end: options[0]!.headingEnd } : undefined;
}

/** A Gherkin scenario's steps ("Given …", "When …", "Then …"), bulleted, bold or in a code block. */
const GHERKIN = /^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?Given\b[^\n]*\n(?:[^\n]*\n){0,6}?[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?Then\b/m;

/** Acceptance criteria written as a Gherkin scenario: what a tester checks, step by step. */
const GHERKIN_ALL = new RegExp(GHERKIN.source, 'gm');

/**
 * The same steps in one sentence, as a user story's criteria often put them: "- Acceptance criteria: Given the
 * landing page, when the user clicks on the login link, then they are redirected to it." (A list item or a
 * label opens it: an ADR's decision put as "Given the need for…, when deploying…, then we bundle…" is prose.)
 */
const GHERKIN_INLINE = /^[ \t>]*(?:[-*+][ \t]+(?:[^\n:]{0,40}:[ \t]*)?|[^\n:]{0,40}:[ \t]*)(?:\*\*|__)?Given\b[^\n]{3,200}?,[ \t]*when\b[^\n]{3,200}?,?[ \t]*then\b/gim;

function gherkin(doc: SpecDocument): { start: number; end: number } | undefined {
  if (!/given/i.test(doc.text)) return undefined;
  for (const m of doc.text.matchAll(GHERKIN_INLINE)) {
    const line = doc.text.slice(m.index, m.index + m[0].length);
    if (!onlyStandIns(line)) return { start: m.index, end: m.index + m[0].length };
  }
  if (!doc.text.includes('Given')) return undefined;
  for (const m of doc.text.matchAll(GHERKIN_ALL)) {
    // ("Given <some context>\nWhen <some action>\nThen <some outcome>": a template's scenario, not yet written.)
    const eol = doc.text.indexOf('\n', m.index + m[0].length);
    const steps = doc.text.slice(m.index, eol === -1 ? undefined : eol).split('\n');
    if (steps.every((l) => !l.trim() || onlyStandIns(l))) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * A Lean hypothesis told in prose: "We believe this would: - Increase sign ups…", "We believe that renaming
 * the roles / Will reduce the number of support requests", "**As it will** allow them to…". It names the
 * outcome the change is for, which is what readers take as success: every brief of the corpus that states
 * one has success, by their labels (eval/RESULTS.md). "We believe LuaJIT would be a good target" names
 * no outcome. Read from the source, up to the next heading, so a partial parse gives the same answer.
 */
const BELIEVE = /\bwe believe\b/gi;
/** "will reduce", "would help", "will speed up": an outcome after the hypothesis' "will". */
const WILL_OUTCOME = /\b(?:will|would)\b[*_]*\s+(?:reduce|increase|improve|enable|allow|help|speed up|cut|lower|raise|decrease|shorten|save)\b/i;

function hypothesis(doc: SpecDocument): { start: number; end: number } | undefined {
  const text = doc.text;
  for (const m of text.matchAll(BELIEVE)) {
    const window = text.slice(m.index, m.index + 400).split(/\n {0,3}#{1,6}\s/)[0]!;
    // "we believe we can achieve 95% auto-analysis of iterations": a target the change is to reach.
    const sentence = window.split(/(?<=[.!?])\s/)[0]!;
    if (/\b(?:can|will|could|would)\s+(?:achieve|reach|hit|get to)\b/i.test(sentence) && isMeasurable(sentence)) return { start: m.index, end: m.index + m[0].length };
    const will = /\b(?:will|would)\b[*_:]*[ \t]*/i.exec(window);
    if (!will) continue;
    if (WILL_OUTCOME.test(window) || statesOutcome(window.slice(will.index + will[0].length))) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * A decision record's "Consequences" that name what the change gains, in two ways or more ("will be
 * able to", "makes it easier", "reduces", "Positive"), state the outcome it is judged by. (In the corpus,
 * readers found success in all 8 specs whose consequences say so twice, and in 4 of 8 that say it once.)
 */
const GAINED = /\b(?:will be able to|are able to|can now|makes? it (?:easier|possible|simpler|clear)|easier to|positive|benefits?|good, because|we (?:will )?gain|reduc(?:e|es|ed|ing|tion)|improv(?:e|es|ed|ing|ement|ements)|faster|no longer|allow(?:s|ing)? (?:us|users|developers|the)|enabl(?:e|es|ed|ing))\b/gi;
const CONSEQUENCES = /^(?:positive )?consequences\b/i;

const consequencesGained = (doc: SpecDocument) => headingHolding(doc, CONSEQUENCES, GAINED, 2);

/**
 * Non-functional requirements that set a number ("Time to process a claim | 10 days", "99% uptime", "< 200 ms"): the
 * targets the service is judged by, which readers take as its success. All 7 briefs of the corpus with such a heading
 * have success by their labels, and in 4 of them nothing else told it.
 */
const NFR_HEADING = /^(?:\*\*|__)?(?:\d+(?:\.\d+)*\.?\s+)?(?:non[- ]?functional(?: requirements)?|nfrs?|service levels?|performance (?:targets|requirements))\b/i;
/** (And what a service counts: "10 working days", "40,000 claims per year".) */
const TARGET = new RegExp(`${NUMBER_TARGET.source}|\\d+(?:[.,]\\d+)?\\s*(?:working days|claims)\\b`, 'gi');
const nfrTargets = (doc: SpecDocument) => headingHolding(doc, NFR_HEADING, TARGET, 1);

/**
 * The first section whose heading matches `title` and whose body holds at least `min` matches of `body`
 * (a global pattern): the heading, as where the section is stated. Read from the source.
 */
function headingHolding(doc: SpecDocument, title: RegExp, body: RegExp, min: number): { start: number; end: number } | undefined {
  for (const s of doc.sections) {
    if (s.isTitle || s.quote || !title.test(s.title.trim())) continue;
    if ((doc.text.slice(s.headingEnd, s.end).match(body)?.length ?? 0) >= min) return { start: s.start, end: s.headingEnd };
  }
  return undefined;
}

/**
 * A contributor thanked by handle, as release notes do line by line: "Thanks, @vishalkuo!", "(thanks @jfcg)",
 * "thank you [Aditya1404Sal](https://github.com/Aditya1404Sal)!", "Thanks a lot to @Apakovtac, @EthicalRobot…", or a
 * project by its name, "thanks [Yet another AOSP project](https://github.com/yaap)!": the link to a GitHub profile
 * names who is thanked. Read from the source.
 */
const THANKED = /\bthank(?:s|\s+you)(?:\s+(?:a lot|so much|very much|again))?(?:\s+to)?\s*,?\s*(?:@[\w-]+|\[@?[^\]\n]{1,60}\]\(https?:\/\/(?:www\.)?github\.com\/[\w-]+\/?\))/gi;

/**
 * Work named as a person's, through a link to their GitHub profile: "[Dennis Kobert](https://github.com/truedoctor)'s
 * Google Summer of Code project". Two or more name the people who built a release, as a progress report does.
 */
const PROFILE_OWNS = /\[[^\]\n]{1,60}\]\(https?:\/\/(?:www\.)?github\.com\/[\w-]+\/?\)['’]s\b/g;
/** Works a post needs to name so to credit the people who built it, not one helper. */
const PROFILES_OWNING = 2;

/**
 * A list item that opens with the handle of who did it: "- [@nv95](https://github.com/nv95) brings you…",
 * "- @Stypox made it so that…". Release posts of volunteer teams credit each change so.
 */
const CREDITED_ITEM = /^[ \t]*[-*+][ \t]+(?:\[@[\w.-]+\]\([^)\s]+\)|@[\w-]+)(?:\s*(?:,|and|&)\s*(?:\[@[\w.-]+\]\([^)\s]+\)|@[\w-]+))*\s+(?:also\s+)?(?:[a-z]+(?:ed|s)|made|built|wrote|brought|did|gave|took|put|set|led|ran|drew|found)\b/gm;
/** Items a post needs to credit so to name the people who built it, not one helper. */
const CREDITED_ITEMS = 2;

/**
 * A list item that opens with its author's handle in parentheses, as ioBroker's news and changelogs credit each change:
 * "- (bluefox) Door lock widget has been added.", "- (Apollon77) Update Alexa2 adapter…". (Not a label such as "(optional)".)
 */
const PAREN_CREDITED_ITEM = /^[ \t]*[-*+][ \t]+\((@?[A-Za-z][\w.-]{1,38})\)[ \t]+\S/gm;
/** Words in that place that label a change rather than name who made it: "(optional)", "(breaking)". */
const PAREN_LABELS = /^(?:optional|required|deprecated|experimental|beta|alpha|new|breaking|internal|fixed|fix|wip|todo|done|draft|note|updated?|added|removed|changed|security|minor|major|patch)$/i;
/** Changes a post needs to credit so, by at least two people, to name the people who built it. */
const PAREN_CREDITED = 3;

/**
 * The handle of who made a change, closing a list item: "- fix: override the permalink [@SukkaW] [#4359]", "* View
 * unplayed episodes in Android Auto (@tonytamsf)", "- Add retries by @jane in #123", "* Support for fuzzy search
 * ([#117](…), @cleverhu)", "(@pinheadmz - Matthew Zipkin & @nodech - Nodari Chkuaselidze)". A changelog that credits
 * each change so names the people who built the release. (Found at the line's end, then checked to be a list item.)
 */
const CHANGE_BY = /(?:\[@[\w.-]+\](?:\([^)\s]+\))?|\(@[\w.-]+(?:\s+-\s+[^()\n]{1,60}?(?:\s+&\s+@[\w.-]+\s+-\s+[^()\n]{1,60}?)*)?\)|(?:,\s*@[\w.-]+)+\)|\bby @[\w-]+)(?:\s+in\s+(?:https?:\/\/\S+|#\d+))?[^\n\p{L}]*$/gmu;
const LIST_ITEM_START = /^[ \t]*[-*+][ \t]+\S/;
/** Changes a post needs to credit so to name the people who built it, not one helper. */
const CHANGES_BY = 3;

/**
 * A change closed by its author's name linked to their GitHub profile, as Gleam's changelog closes each entry:
 * "([Giacomo Cavalieri](https://github.com/giacomocavalieri))". (All 5 release notes of the corpus that close their
 * entries so credit their builders, by the readers.)
 */
const CHANGE_BY_NAME = /\(\[[\p{L}][^\]\n]{1,60}\]\(https?:\/\/(?:www\.)?github\.com\/([\w-]+)\/?\)\)[^\n\p{L}]*$/gmu;

/**
 * The people who built a release, counted: "There were over 150 changes by 19 contributors", "This release includes
 * 300 commits from 45 contributors", "over 250 pull requests, from more than 20 contributors".
 */
// (Or the people counted first: "50+ developers contributing minor and major parts", "We had 28 contributors this update!")
const CONTRIBUTORS_COUNTED = /\b(?:changes|commits|pull requests|PRs|contributions|patches),?\s+(?:from|by)\s+(?:(?:over|more than|nearly|almost|some|about)\s+)?\d[\d,]*\s+(?:(?:different|unique|new|individual|amazing|awesome)\s+)?(?:contributors|people|developers|authors|committers)\b|\b\d[\d,]*\+?\s+(?:contributors|developers|people)\s+contribut(?:ing|ed)\b|\b\d[\d,]*\+?\s+(?:(?:new|different|unique)\s+)?contributors\s+(?:(?:to|in|for|on)\s+)?(?:this|the)\s+(?:update|release|version)\b/gi;

/**
 * A changelog grouped by author, as \`git shortlog\` prints it and Bitcoin-derived projects keep it in their release
 * notes: "Jack Grigg (53):" over that author's commits. (A line of its own, a name and a count of commits.)
 */
const SHORTLOG_AUTHOR = /^[\p{L}][\p{L}\d .'’-]{0,60} \(\d+\):[ \t]*$/gmu;
/** Authors a changelog needs to name so to credit the people who built the release, not one helper. */
const SHORTLOG_AUTHORS = 2;

/** The first of `items` as a span, when there are at least `least` of them: items that say something only together. */
function firstOfSeveral(items: RegExpMatchArray[], least: number): { start: number; end: number } | undefined {
  const first = items[0];
  return items.length >= least && first ? { start: first.index!, end: first.index! + first[0].length } : undefined;
}

/**
 * Read from the source, outside fenced code: a post that shows its tool's output ("@someone made their first
 * contribution in #360" in a sample changelog) credits no one by it.
 */
function thanked(doc: SpecDocument): { start: number; end: number } | undefined {
  const text = doc.text;
  const m = matchOutsideFences(text, THANKED) ?? matchOutsideFences(text, CONTRIBUTORS_COUNTED);
  if (m) return { start: m.index, end: m.index + m[0].length };
  const all = (re: RegExp) => [...matchesOutsideFences(text, re)];
  const changes = () => all(CHANGE_BY).filter((c) => LIST_ITEM_START.test(text.slice(text.lastIndexOf('\n', c.index) + 1, c.index)));
  const byParen = () => bySeveral(all(PAREN_CREDITED_ITEM).filter((m) => !PAREN_LABELS.test(m[1]!.replace(/^@/, ''))), PAREN_CREDITED);
  return firstOfSeveral(all(CREDITED_ITEM), CREDITED_ITEMS) ?? firstOfSeveral(changes(), CHANGES_BY) ?? firstOfSeveral(all(PROFILE_OWNS), PROFILES_OWNING) ?? byParen() ??
    bySeveral(all(CHANGE_BY_NAME), CHANGES_BY) ?? firstOfSeveral(all(SHORTLOG_AUTHOR), SHORTLOG_AUTHORS);
}

/**
 * firstOfSeveral for changes each credited to someone (the first group of each match), when two people or more made
 * them: one helper's changes do not name the team.
 */
function bySeveral(items: RegExpMatchArray[], least: number): { start: number; end: number } | undefined {
  return new Set(items.map((m) => m[1]!.toLowerCase())).size >= 2 ? firstOfSeveral(items, least) : undefined;
}

const TASK_ITEMS = new RegExp(TASK_ITEM_LINE.source, 'gm');
/** Items a checklist needs to stand for the work's end rather than one reminder. */
const CHECKLIST_ITEMS = 3;

/**
 * A ticket's checklist ("## Sub-tasks" with "- [ ] port fs.open", "- [ ] port fs.close", …): what must be
 * ticked off for it to be done. Readers took it as acceptance in 26 of the 28 tickets of the corpus with
 * one (eval/RESULTS.md). Read from the source, so a partial parse gives the same answer.
 */
function checklist(doc: SpecDocument): { start: number; end: number } | undefined {
  return firstOfSeveral([...doc.text.matchAll(TASK_ITEMS)], CHECKLIST_ITEMS);
}

/**
 * A work item's own list of what it must do, under "Requirements", "Functional requirements",
 * "Action required" or "Expected output": in a ticket, that list is what gets checked. (In the
 * corpus every ticket with such a heading has acceptance criteria, by the readers' labels.) In a
 * brief, "Requirements" is the solution, so this is read for tickets only.
 */
const TICKET_REQUIREMENTS = /^(?:[\p{L}-]+\s+){0,2}requirements?\s*:?$|^action(?:s)? required\s*:?$|^expected (?:output|outcome)s?\b|^work acceptance criteria$/iu;
const LIST_ITEM_LINE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S/gm;

const ticketRequirements = (doc: SpecDocument) => headingHolding(doc, TICKET_REQUIREMENTS, LIST_ITEM_LINE, 2);

/**
 * What a ticket must do, told without a heading for it: list items that each state a behaviour with
 * "should", "must" or "shall" ("- The status of an added credit transfer should be \"Approved\"", "- Types
 * must cover every module"), or a line naming the expected result ("Expected: `build/consumer` prints 42",
 * "**Expected behaviour:** …"). Either is something a tester checks. In the corpus, 18 tickets hold two or
 * more such items and 7 an "Expected …:" line; readers found acceptance criteria in every one of them.
 */
const MODAL_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+[^\n]*\b(?:should|must|shall)\b/gim;
/** Items a ticket needs to state its behaviours as a list rather than one passing remark. */
const MODAL_ITEMS = 2;
const EXPECTED_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?expected(?:[ \t]+(?:behaviou?rs?|results?|outputs?|outcomes?))?[ \t]*(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)?[ \t]*:)[ \t]*\S/gim;

function statedBehaviour(doc: SpecDocument): { start: number; end: number } | undefined {
  const expected = matchOutsideFences(doc.text, EXPECTED_LINE);
  if (expected) return { start: expected.index, end: expected.index + expected[0].length };
  const items: RegExpExecArray[] = [];
  for (const m of matchesOutsideFences(doc.text, MODAL_ITEM)) if (items.push(m) >= MODAL_ITEMS) break;
  return firstOfSeveral(items, MODAL_ITEMS);
}

function storyReason(doc: SpecDocument): { start: number; end: number } | undefined {
  for (const b of doc.prose) {
    if (b.quoted || b.type === 'heading') continue;
    STORY_REASON.lastIndex = 0;
    const m = STORY_REASON.exec(b.masked);
    if (m) {
      const at = b.start + m.index + m[0].length - m[1]!.length;
      return { start: at, end: at + m[1]!.length };
    }
  }
  return listedStoryReason(doc) ?? reasonFirstStory(doc);
}

/**
 * The first match of a global `re` in `text` outside fenced code: for what is read from the source, where
 * a story's parts may be paragraphs or list items of their own.
 */
function matchOutsideFences(text: string, re: RegExp): RegExpExecArray | undefined {
  for (const m of matchesOutsideFences(text, re)) return m;
  return undefined;
}

/** Each match of a global `re` in `text` outside fenced code, in order. */
function* matchesOutsideFences(text: string, re: RegExp): Generator<RegExpExecArray> {
  // The fence lines' ends, found once and walked with the matches, so a long changelog costs one pass.
  let fences: number[] | undefined;
  let before = 0;
  for (const m of text.matchAll(re)) {
    fences ??= [...text.matchAll(FENCE_LINE)].map((f) => f.index + f[0].length);
    while (before < fences.length && fences[before]! <= m.index) before++;
    if (before % 2) continue;
    yield m as RegExpExecArray;
  }
}

const FENCE_LINE = /^[ \t]*(?:```|~~~)/gm;

/**
 * The audience named as such, under any heading: "Our main audience target are organisations…" (an ADR's
 * decision drivers), "Target audience: Kubernetes administrators." Not a question a template asks ("Who is
 * the target audience?").
 */
const STATED_AUDIENCE = /\b(?:our|the|main|primary|target|intended|key)\s+(?:target\s+)?audiences?(?:\s+target)?\s*(?:is|are|includes?|consists of|:)\s+(?!a separate\b)[\p{L}]/giu;

function statedAudience(doc: SpecDocument): { start: number; end: number } | undefined {
  if (!/audience/i.test(doc.text)) return undefined;
  const m = matchOutsideFences(withoutEmphasis(doc.text), STATED_AUDIENCE);
  return m ? { start: m.index, end: m.index + m[0].length - 1 } : undefined;
}

/** The source with emphasis marks as spaces ("**_As a_** …"), so offsets stay those of the source. */
const withoutEmphasis = (text: string) => text.replace(/[*_]/g, ' ');

/**
 * A user story names who it is for ("As a member of the marketing team, I'd like to…", "As a cluster admin,
 * I want…"; not "As a repository owner, I need…", a requirement): in 27 of the 28 briefs of the corpus
 * with an "As a …, I want/need…" story, readers found the audience stated.
 */
const STORY_ROLE = new RegExp(USER_STORY_WISH.source, 'gi');

/**
 * A heading that names a role as a story does, over that role's needs: "## As a service assessor, I need...", "## As a
 * service team, we need...". The headings sort the document by who it is for.
 */
const ROLE_HEADING = /^\s*As an?\s+[^,.\n]{1,60},\s*(?:I|we)\b/i;

function storyRole(doc: SpecDocument): { start: number; end: number } | undefined {
  if (!/\bas an?\b/i.test(doc.text)) return undefined;
  const m = matchOutsideFences(withoutEmphasis(doc.text), STORY_ROLE);
  if (m) return { start: m.index, end: m.index + m[0].length };
  const heading = doc.sections.find((x) => !x.isTitle && !x.quote && ROLE_HEADING.test(x.title));
  return heading ? { start: heading.start, end: heading.headingEnd } : undefined;
}

/**
 * A story told reason first, as feature-injection stories are ("**_In order_** that the patient can confirm
 * what is booked\n\n**_As a_** 111 call handler\n\n**_I want_** to retrieve…"): the "in order" clause is the
 * why. Each part may be a paragraph of its own, so it is read from the source, outside code fences.
 */
const REASON_FIRST_STORY = new RegExp(String.raw`\bin order\s+(?:that|to)\b[^#]{0,400}?` + USER_STORY_ASK.source, 'gi');

function reasonFirstStory(doc: SpecDocument): { start: number; end: number } | undefined {
  if (!/in order/i.test(doc.text)) return undefined;
  const m = matchOutsideFences(withoutEmphasis(doc.text), REASON_FIRST_STORY);
  return m ? { start: m.index, end: m.index + 'in order'.length } : undefined;
}

/**
 * A story told as a list, one part per item ("- **As a** Marketing Manager,\n- **I want to** …,\n- **so
 * that** we avoid spamming."): each item is a block of its own, so it is read from the source, up to
 * the next heading, outside code fences and quotes, and a partial parse gives the same answer.
 */
const LISTED_STORY = new RegExp(`^[ \\t]*[-*+][ \\t]+[*_]*${USER_STORY_ASK.source.replace(/^\\b/, '')}[^.#]{0,300}?\\n[ \\t]*[-*+][ \\t]+[*_]*(so that)\\b`, 'gim');

function listedStoryReason(doc: SpecDocument): { start: number; end: number } | undefined {
  if (!/so that/i.test(doc.text)) return undefined;
  const m = matchOutsideFences(doc.text, LISTED_STORY);
  if (!m) return undefined;
  const at = m.index + m[0].length - m[1]!.length;
  return { start: at, end: at + m[1]!.length };
}

/** Words of running text a description needs to tell what is wrong: more than a one-line request. */
const DESCRIPTION_WORDS = 25;

/**
 * A description that opens by ordering the work ("Implement an expenses list…", "Check for module updates
 * on app resume…", "We need to design and build a new bulk uploader…") tells what to build, not the problem.
 * (In the corpus, readers found no problem stated in any of the 3 descriptions that open so.)
 */
// (Also a description that opens with the plan itself, "The idea is to craft…", "I'm thinking we could…", "Replace the
// current registration with…", or that describes the document, "This document describes the features…".)
const ORDERS_WORK = /^(?:implement|build|create|check for|develop|set up|replace|your task is to|we need to (?:design|build|create|implement|develop)|the idea is to|i['’]m thinking (?:we|of|about)|this (?:document|doc|documentation|post|page) (?:describes|contains|outlines|is about))\b/i;
/**
 * …or by stating what the product must do, as a requirements list opens: "* App must be able to upload readings to the
 * server", "The web app should support exporting readings".
 */
const REQUIRED_FIRST = /^(?:[-*+][ \t]+)?(?:the |a |an )?(?:[\p{L}"“”-]+ ){1,4}(?:must|shall|should)(?: not)? (?:be able to|be|support|allow|provide)\b/iu;
const opensWithWork = (text: string) => ORDERS_WORK.test(text) || REQUIRED_FIRST.test(text);

/** A bare "Description" heading whose text, past comments and sub-headings, opens by ordering the work. */
function ordersWorkUnder(doc: SpecDocument, s: Section): boolean {
  if (headingWords(s.title).join(' ') !== 'description') return false;
  let at = skipLeadingComments(doc.text, s.headingEnd, s.end);
  // (Past a sub-heading that opens it: "## Description\n\n### Background\n\n…".)
  while (/^#{1,6}[ \t]/.test(doc.text.slice(at, at + 7))) {
    const eol = doc.text.indexOf('\n', at);
    if (eol === -1 || eol >= s.end) return false;
    at = skipLeadingComments(doc.text, eol + 1, s.end);
  }
  return opensWithWork(doc.text.slice(at, at + 80));
}

/** Heads of headings that tell the project's plan or state, never its users' problem. */
const PLANNING_HEADS = new Set(['priorities', 'timeline', 'roadmap', 'milestones', 'schedule', 'status', 'team', 'phases', 'sprints']);

/**
 * A ticket or brief that describes itself in a paragraph or more, before any solution, tells the problem
 * it is about, whatever its heading ("What we're after", "Introduction", the defect's own name). Nearly
 * every real one does: readers found no problem in 6 of the 110 tickets and briefs of the blind rounds,
 * and the "problem missing" claims made there on first sight were right 4 times in 26 (eval/RESULTS.md),
 * each wrong one told in prose with no problem heading or phrase. So only a document with no running
 * text before its solution, or a one-line request ("Add dark mode."), is said to lack it. Sections that
 * state other context (who it is for, success, constraints…) do not count. Read from the source, so a
 * partial parse gives the same answer.
 */
function ownDescription(doc: SpecDocument): { start: number; end: number } | undefined {
  const secs = doc.sections;
  const title = secs.findIndex((s) => s.isTitle);
  const first = secs.findIndex((s) => !s.isTitle);
  // The opening: after the title (or the front matter) and before the first section.
  const openStart = title >= 0 ? secs[title]!.headingEnd : doc.frontMatter?.end ?? 0;
  const openEnd = first >= 0 ? secs[first]!.start : doc.text.length;
  // (An issue template's labels and prompts left as they are describe nothing: "**Describe the bug**\nA clear and
  // concise description of what the bug is.")
  const opening = openStart < openEnd ? withoutIssuePrompts(doc.text.slice(openStart, openEnd)) : '';
  if (opening && runningWords(opening, 0, opening.length, true) >= DESCRIPTION_WORDS) {
    // (Points at the first line of the description, past comments left for tools: "<!-- markdownlint-disable MD033 -->".)
    const at = skipLeadingComments(doc.text, openStart, openEnd);
    if (opensWithWork(doc.text.slice(at, at + 80))) return undefined;
    const eol = doc.text.indexOf('\n', at);
    return { start: at, end: eol === -1 ? openEnd : Math.min(eol, openEnd) };
  }
  for (let i = 0; i < secs.length; i++) {
    const s = secs[i]!;
    if (s.isTitle) continue;
    if (s.solution) break;
    if (s.placeholderOnly || s.ids.some((id) => id !== 'why')) continue;
    // ("Ongoing priorities", "Timeline", "Team": where the project stands, not what its users need.)
    if (PLANNING_HEADS.has(headingWords(s.title).at(-1) ?? '')) continue;
    if (runningWords(doc.text, s.headingEnd, secs[i + 1]?.start ?? doc.text.length, true) >= DESCRIPTION_WORDS) {
      if (opensWithWork(doc.text.slice(s.headingEnd, s.headingEnd + 80).trimStart())) return undefined;
      return { start: s.start, end: s.headingEnd };
    }
  }
  return undefined;
}

/**
 * A line that labels what follows in bold instead of a heading, as tickets and Jira exports do:
 * "**Expected results:**", "***Acceptance Criteria***", "**Customer Impact:** Longer troubleshooting…".
 * The label stands alone on its line, or ends with a colon before what it labels.
 */
const LABEL_LINE = /^ {0,3}(?:[-*+] +)?(\*{2,3}|_{2,3})(?=\S)([^*_\n]{2,60}?)(:?)\1(:?)[ \t]*(.*)$/;
/**
 * A plain label alone on its line, as design notes kept in plain text write them ("Background:",
 * "Requirements:", followed by a list): the same as a bold one.
 */
const PLAIN_LABEL_LINE = /^ {0,3}([A-Z][A-Za-z/&' -]{1,40}):[ \t]*$/;
/** The same, looked for anywhere in a text: whether a document has any plain label at all. */
const PLAIN_LABEL_ANYWHERE = new RegExp(PLAIN_LABEL_LINE.source, 'm');
/** Words a label must be followed by to say something: "**Expected results:** TBD" says nothing. */
const LABEL_WORDS = 3;

/**
 * A section stated under a bold label whose words mean it ("**Expected results:**" for acceptance
 * criteria), with at least a few words after it, up to the next label or heading. Read from the
 * source, so a partial parse gives the same answer.
 */
function labelledSection(doc: SpecDocument, id: string): { start: number; end: number } | undefined {
  for (const l of labelsOf(doc)) {
    if (!l.ids.includes(id)) continue;
    if (id === 'success' && genericSuccess(l.label) && !l.statesSuccess) continue;
    return { start: l.start, end: l.end };
  }
  return undefined;
}

interface Label { label: string; ids: string[]; start: number; end: number; statesSuccess: boolean }
const labelCache = new WeakMap<SpecDocument, Label[]>();

/** The document's bold labels that mean a section and have words after them, read once per document. */
function labelsOf(doc: SpecDocument): Label[] {
  let found = labelCache.get(doc);
  if (found) return found;
  found = [];
  labelCache.set(doc, found);
  const text = doc.text;
  if (!text.includes('**') && !text.includes('__') && !PLAIN_LABEL_ANYWHERE.test(text)) return found;
  const lines = text.split('\n');
  let offset = 0;
  let fence = false;
  for (let n = 0; n < lines.length; offset += lines[n]!.length + 1, n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (/^ {0,3}(?:```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const plain = PLAIN_LABEL_LINE.exec(line);
    const m = plain ? ([line, '', plain[1]!, ':', '', ''] as const) : LABEL_LINE.exec(line);
    if (!m) continue;
    const [, , raw, colonIn, colonOut, rest] = m;
    // Bold words inside a sentence are emphasis: a label stands alone or ends with a colon.
    if (rest!.trim() && !colonIn && !colonOut) continue;
    const label = raw!.trim();
    const ids = doc.sectionIdsOf(label);
    if (!ids.length) continue;
    // What it labels: the rest of its line and the lines after it, up to the next label or a heading.
    let end = offset + lines[n]!.length;
    for (let k = n + 1; k < lines.length; k++) {
      const next = lines[k]!.replace(/\r$/, '');
      if (/^ {0,3}#{1,6}(?:\s|$)/.test(next) || LABEL_LINE.test(next) || PLAIN_LABEL_LINE.test(next)) break;
      end += lines[k]!.length + 1;
    }
    const body = `${rest!}\n${text.slice(offset + lines[n]!.length, end)}`;
    // (A template's stand-in after the label, "**Goals**: [What they want to achieve]", is not written yet.)
    // ("**Expected behavior**" over "A clear and concise description of what you expected to happen.": an issue
    // template's prompt; "**Goals**: [What they want to achieve]": a template's stand-in. Neither is written yet.)
    const written = withoutIssuePrompts(body.replace(/\[[^\]\n]*\](?![([:])|\{\{[^{}\n]*\}\}/g, ' '));
    if (runningWords(written, 0, written.length) < LABEL_WORDS) continue;
    const at = offset + line.indexOf(raw!);
    found.push({ label, ids, start: at, end: at + raw!.length, statesSuccess: successStated(body) });
  }
  return found;
}

/** A paragraph that is only a link to a heading of the same document. */
const TOC_ENTRY = /^\s*\[[^\]]*\]\(#[^)\s]*\)\s*$/;

/** Goals say what success is when they are measurable or name an outcome, not only features. */
const successStated = (text: string) => isMeasurable(text) || statesOutcome(text) || comparedToToday(text);

/** A stated goal counts as success when it is measurable, an outcome, or names the criteria it must meet. */
// (A "when" that opens the criteria of done states them, whatever follows: "This will be considered complete when:".)
const statesTarget = (text: string) => successStated(text) || /\b(?:must satisfy|succeeds? (?:when|if)|successful (?:when|if)|(?:considered|will be|is) (?:complete|done|successful) when)\b/i.test(text);

/** A success heading or label whose head names a direction ("Goals", "Key objectives"), not a measure. */
function genericSuccess(title: string): boolean {
  const words = headingWords(title);
  let i = 0;
  while (i < words.length - 1 && i < 3 && HEADING_LEADS.has(words[i]!)) i++;
  return words.length - i <= 2 && GENERIC_SUCCESS_HEADS.has(words[i]!);
}

/** What follows "thanks to" when it means "because of": a change or a feature ("thanks to extensive use of dependency injection"), not who made it. */
const THANKS_TO_A_THING = /^\s*(?:(?:some|the|these|this|its|our|your|a|an|many|several|recent|new|full|continued|generous)\s+)*(?:[\w-]+\s+){0,2}?(?:(?:changes?|improvements?|updates?|optimi[sz]ations?|features?|support|fixes|additions?|moves?|switch(?:es)?|migrations?|rewrites?|refactors?|refactoring|code)\b(?!\s+(?:from|by|of)\s)|(?:use|usage)\s+of\s)/i;
/** Words naming those who build a release, which keep thanks that also name its sponsors a credit. */
const BUILDERS = /\b(?:maintainers?|contributors?|team|developers?|engineers?|designers?|volunteers?|translators?|testers?|reviewers?|authors?|everyone)\b/i;
/** Phrases that credit only after a form of "be", or opening a sentence (see creditsTheWork). */
const BY_AFTER_BE = new Set(['developed by', 'created by', 'designed by']);

/**
 * "Notify was developed by the CDS platform team" credits the work; "the FOCUS spec developed by the FinOps
 * Foundation" names who made something the work uses. "developed by" and "created by" count only after a form
 * of "be" (or "and", or a comma), not right after the name of another thing. Thanks to sponsors credit none of
 * the builders. ("designed by" too: "This logo was designed by [Gus Becker]".)
 */
function creditsTheWork(before: string, phrase: string, after: string, titled: Set<string>): boolean {
  // "Many thanks to all our wonderful sponsors, and in particular to our premium backers…": those who paid for the
  // work, thanked, are not those who built it.
  // (Not "thanks to our contributors and sponsors": a builder named first still counts.)
  const paid = /^\W*((?:\w+\W+){0,4}?)(?:sponsors?|backers?|funders?|donors?|patrons?)\b/i.exec(after);
  if (paid && !BUILDERS.test(`${phrase} ${paid[1]!}`)) return false;
  // "Thank you to YourKit for supplying us with their Java profiler", "Thanks to kolbycrouch for suggesting this
  // optimization": thanked for what they gave, not for building it. (Not "thank Andrea Aime for the development and
  // NOAA for sponsoring": the builder is thanked first.)
  const gave = /^\W*((?:\S+\s+){0,5}?)for (?:supplying|donating|sponsoring|hosting|suggesting)\b/i.exec(after);
  if (gave && !BUILDERS.test(`${phrase} ${gave[1]!}`)) return false;
  // "Thank you to everyone in our community whose suggestions help us…", "thanks to all of you for your feedback": thanked
  // for ideas and reports, not for building it. (Not "thanks to our contributors, whose feedback…": builders named.)
  const told = /^\W*((?:\S+\s+){0,6}?)(?:whose (?:suggestions|feedback|ideas|input|bug reports)|for (?:their|your|all the|the) (?:suggestions|feedback|ideas|input|bug reports))\b/i.exec(after);
  // ("Everyone" here is whoever sent them: "everyone … whose suggestions".)
  if (told && !BUILDERS.test(`${phrase} ${told[1]!}`.replace(/\beveryone\b/gi, ''))) return false;
  // "We're grateful to the Gerald Huff Fund for Humanity, which funded the development of this feature": thanked for paying.
  // (Not "thanks to Ada Logics for their superb work and to the CNCF for sponsoring": the builder is thanked first.)
  const funded = /^(?:[^.!?\n]|[.!?](?=\S)){0,200}?\b(?:which|who|that) (?:generously )?(?:funded|sponsored|financed|paid for)\b/i.exec(after);
  if (funded && !BUILDERS.test(`${phrase} ${funded[0]}`)) return false;
  // "Thanks to some under-the-hood changes in Zarr 2.3, …", "thanks to full codemod support": "because of" a thing,
  // not thanks to people. (Not "thanks to the improvements by @jane", nor "thanks to the support of the team".)
  if (phrase === 'thanks to' && thanksToAThing(after, titled)) return false;
  // "how does it help with getting your whole team to write Terraform?", "requires the whole team to participate",
  // "Bring the whole team to Conviso": the reader's team, or any team, asked to take part. The builders are credited
  // "by", "from" or "to" the whole team, or the whole team opens the sentence.
  if ((phrase === 'whole team' || phrase === 'entire team') && !/(?:\b(?:by|from|to|of|for|with|thanks?|congratulations|congrats)\s+|^\s*|[.!?:]\s+)(?:the\s+|our\s+|this\s+)?$/i.test(before)) return false;
  // "With the help of many contributors, Fabric API has received new features": people who helped build it. (Not "with
  // the help of this tool".)
  if (phrase === 'with the help of' && !BUILDERS.test(after.slice(0, 40)) && !/^\s*(?:\[?@|\[?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/u.test(after)) return false;
  // "Contains binaries built by upstream vendor": packages a third party built, not the release's builders.
  if (phrase === 'built by' && /^\s*(?:the\s+)?(?:upstream|vendors?\b|third[- ]part)/i.test(after)) return false;
  // "CheerpX: a novel x86 virtualization engine for browsers, developed by us at Leaning Technologies", "wallpapers,
  // designed by our team and community": the writers' own voice, which names no one who built it.
  if (/\bby$/.test(phrase) && /^\s*(?:us|me|myself|ourselves|(?:our|my)\s+(?:own\s+)?(?:core\s+)?(?:team|community|company))\b/i.test(after)) return false;
  if (!BY_AFTER_BE.has(phrase)) return true;
  // (Or opening a sentence: "Developed by ByteDance Web Infra Team, Rslib helps developers…".)
  if (/(?:\b(?:was|were|is|are|been|being|and|originally|entirely|jointly|mainly|primarily|largely|all)|[,—–(]|[.!?]\s)\s*$/i.test(before) || /^\s*$/.test(before)) return true;
  // ("Rspack is a Rust-based JavaScript bundler developed by the ByteDance Web Infra team": the work itself, named
  // bare as the sentence opens, defined. Not "The [Flux Operator](…) is an open-source project developed by…", a
  // linked project, nor "\`ComposableSingletons\` is a class created by the Compose compiler".)
  const sentence = before.split(/[.!?]\s+/).pop() ?? '';
  return /^\s*\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*)?\s+is\s+an?\s[^[\]`]*$/u.test(sentence);
}

/**
 * What follows "thanks to" when it means "because of" something, not thanks to who made it: the product's own parts,
 * a project linked by its repository, something done, a thing brought in by "a", a technology's acronym, a change or
 * a feature, or the product the note is about. Each gives way when a builder is named with it.
 */
function thanksToAThing(after: string, titled: Set<string>): boolean {
  // "thanks to its web-based user interface": the product's own parts.
  if (/^\s*its\b/i.test(after)) return true;
  // "Thanks to [tonic](https://github.com/hyperium/tonic), we now have support for gRPC": a project, linked by its
  // repository. (Not "thanks to [@jane](https://github.com/jane)", a person's page, nor "[tonic](…)'s maintainers".)
  const project = /^\s*\[[^\]\n]+\]\(https?:\/\/(?:www\.)?(?:github|gitlab|codeberg)\.(?:com|org)\/[\w.-]+\/[\w.-]+\/?\)((?:\s+\S+){0,3})/i.exec(after);
  if (project && !BUILDERS.test(project[1]!)) return true;
  // "thanks to moving the \textcolor wrapping", "thanks to using…": something done, not someone.
  if (/^\s*\p{Ll}+ing\b/u.test(after) && !BUILDERS.test(after.slice(0, 40))) return true;
  // "thanks to a vastly improved virtualization engine, support for Xorg": a thing, brought in by "a".
  // (Not "thanks to a contribution from @jane", nor "thanks to a great team of volunteers".)
  const clause = /^\s*an?\s[^,.;:!?\n]*/i.exec(after)?.[0];
  if (clause && !BUILDERS.test(clause) && !/@|\b(?:by|from)\s/i.test(clause)) return true;
  // "Thanks to _KMS_ it's possible…", "thanks to WASM": a technology's acronym. (Not "thanks to the KDE team".)
  const acronym = /^\s*[_*]{0,2}\p{Lu}{2,6}\d?[_*]{0,2}(?![\p{L}\d'’])((?:\s+\S+){0,3})/u.exec(after);
  if (acronym && !BUILDERS.test(acronym[1]!)) return true;
  const thing = THANKS_TO_A_THING.exec(after);
  if (thing && !BUILDERS.test(thing[0])) return true;
  // "we're gradually expanding support for cross-platform styling, thanks to StyleX" in "Introducing StyleX": the
  // product the note is about, "because of StyleX". (Not "thanks to the StyleX team", nor "thanks to StyleX's
  // contributors".)
  const named = /^\s*(\p{Lu}[\p{L}\d.+#-]*)(\s*['’]s\b)?((?:\s+\S+){0,3})/u.exec(after);
  if (named && titled.has(named[1]!.replace(/[.]$/, '')) && !named[2] && !BUILDERS.test(named[3]!)) return true;
  return false;
}

/** creditsTheWork for one document: the capitalised words of its title name the product the note is about. */
function creditsTheWorkIn(doc: SpecDocument): (before: string, phrase: string, after: string) => boolean {
  const fm = doc.frontMatter?.data?.title;
  const title = `${typeof fm === 'string' ? fm : ''} ${doc.sections.find((s) => s.isTitle)?.title ?? ''}`;
  const titled = new Set(title.match(/\p{Lu}[\p{L}\d.+#-]*/gu) ?? []);
  return (before, phrase, after) => creditsTheWork(before, phrase, after, titled);
}

function findPhrase(
  doc: SpecDocument,
  phrases: string[],
  where?: string[],
  /** What the block holding the phrase must also say (a measurable target or an outcome, for success). */
  also?: (text: string) => boolean,
  /** Leave out text under headings that hold only a placeholder or a template's prompt. */
  skipPrompts = true,
  /** Whether one hit, given the text of its block before it, says what the section needs. */
  keep?: (before: string, phrase: string, after: string) => boolean,
): { start: number; end: number } | undefined {
  let m = matchers.get(phrases);
  if (!m) matchers.set(phrases, (m = new PhraseMatcher(phrases.map((p) => ({ phrase: p, data: p })))));
  for (const b of doc.prose) {
    if (where && !holds(doc, b.section, where)) continue;
    // A heading names a section; only what the author wrote under it can satisfy one ("## Open to
    // alternatives" left empty is still unwritten).
    if (b.quoted || b.type === 'heading') continue;
    // A template's prompt left under a heading ("…focused on the benefits to different stakeholders")
    // is not the author's statement.
    // (A standing invitation in a template counts only where it stands for that section: a status prompt listing
    // "proposed, accepted, rejected…" invites nobody to push back.)
    // (Nor does one marked as not written yet: "(TBD) List of ideas that were rejected…".)
    if (b.section >= 0 && doc.sections[b.section]!.placeholderOnly && (skipPrompts || !doc.sections[b.section]!.ids.includes('alternatives') || /^\s*[([]?(?:tbd|tbc|todo)\b/i.test(doc.text.slice(b.start, b.start + 8)))) continue;
    const hit = m.match(b.tokens).find((h) => !keep || keep(doc.text.slice(b.start, h.start), h.phrase, doc.text.slice(h.end, b.end)));
    if (!hit) continue;
    const source = doc.text.slice(b.start, b.end);
    // "* **Contributors**: …" names the authors, not the audience.
    if (METADATA_LINE.test(source)) continue;
    // ("| **Authors** | Yi Situ, … |": a row of the metadata table under the title, either cell.)
    if (b.type === 'tableCell' && METADATA_ROW.test(doc.text.slice(doc.text.lastIndexOf('\n', b.start) + 1, b.start + 200))) continue;
    // A table of contents entry ("[Notes/Constraints/Caveats](#notes…)") names a heading; it states nothing.
    if (TOC_ENTRY.test(source)) continue;
    // A template's prompt left in place ("Add any other context about the problem here.") states nothing either.
    if (skipPrompts && isPromptText(source)) continue;
    if (also && !also(source)) continue;
    return { start: hit.start, end: hit.end };
  }
  return undefined;
}
