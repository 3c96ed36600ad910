/**
 * SpecDocument: everything the rules share, computed at most once per lint from one parse.
 *
 * - `prose`: each paragraph, heading and table cell as a *masked* copy of its source slice,
 *   the same length as the source, so an index into it is an index into the document.
 *   Characters that are not the author's prose (markup, link targets) become spaces;
 *   code spans, HTML, images and bare URLs become U+FFFC so no phrase can match across them.
 * - `sections`: headings with the section ids they mean and whether they hold only a placeholder.
 */
import type { Root, RootContent, Heading, PhrasingContent, Nodes } from 'mdast';
import { parseDocument as parseYamlDocument } from 'yaml';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { DocKind } from '../types.js';
import { Locator } from '../parse/location.js';
import { HeadingMatcher, METADATA_LINE, OPENING_HEADING, OPTION_HEADING, SOLUTION_SYNONYMS, STATUS_QUO_HEADING, PROPOSAL_NAMES, PACKAGE_TITLE, TICKET_KEY, TOPIC_NOUNS, USER_STORY, USER_STORY_ASK, headingWords, positionalIds, kindFromFrontMatterValue, kindFromTitle, selfName } from './sections.js';
import type { ResolvedConfig } from '../config/config.js';
import { tokenize, type Token } from '../language/tokens.js';

export { tokenize, type Token };

export const BLOCKER = '\uFFFC';

export interface ProseBlock {
  type: 'paragraph' | 'heading' | 'tableCell';
  start: number;
  end: number;
  /** Same length as `text.slice(start, end)`. */
  masked: string;
  /** Inside a blockquote or a quote section. */
  quoted: boolean;
  /** Inside a blockquote (structure of the block itself, independent of the headings around it). */
  inBlockquote: boolean;
  /** A paragraph of a list item ("- Easy to extend"): a point in a list, not running text. */
  inListItem: boolean;
  /** Index into `sections` of the section holding this block, or -1 before the first heading. */
  section: number;
  tokens: Token[];
  /** Where each link's text lies ("[this part](url)", "[this part][ref]"), as offsets, in source order. */
  links: Array<[number, number]>;
}

export interface Section {
  heading: Heading;
  depth: number;
  title: string;
  /** Offsets of the heading line. */
  start: number;
  headingEnd: number;
  /** End of the section: the next heading of the same or a higher level, or the end of the document. */
  end: number;
  /** Section ids this heading means. */
  ids: string[];
  solution: boolean;
  quote: boolean;
  placeholderOnly: boolean;
  /** The document's single level-1 heading: it names the document, it is not a section. */
  isTitle: boolean;
}

const PLACEHOLDER_WORDS = new Set([
  'tbd', 'tbc', 'tba', 'todo', 'fixme', 'xxx', 'placeholder', 'wip', 'coming', 'soon', 'fill', 'in', 'this', 'later',
  'lorem', 'ipsum', 'add', 'here', 'write', 'describe', 'insert', 'text', 'content', 'pending', 'to', 'be', 'determined',
  'decided', 'confirmed',
]);
/** Top-level `key: value` lines of front matter that is not valid YAML; a value's enclosing quotes are dropped. */
function yamlTopKeysLenient(source: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  for (const line of source.split(/\r?\n/)) {
    // (Linear patterns only: a line is read once, whatever its length.)
    const m = /^([A-Za-z0-9_-]+):[ \t]*(.*)$/.exec(line);
    if (!m || !m[2]!.trim()) continue;
    let value = m[2]!.trim();
    if (value.length >= 2 && (value[0] === "'" || value[0] === '"') && value.at(-1) === value[0]) value = value.slice(1, -1);
    data[m[1]!] = value;
  }
  return Object.keys(data).length ? data : null;
}

/**
 * The top-level `key = value` pairs of TOML front matter, read leniently: strings, booleans, numbers,
 * bare dates and one-line arrays of strings. Tables but `[taxonomies]` and `[extra]`, and anything else, are left out; only
 * kind detection reads these keys (title, type, date…).
 */
function tomlTopKeys(source: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  // (Two tables are read too: Zola's `[taxonomies]`, where a post is filed, `news = ["Releases"]`, and `[extra]`, where a
  // theme keeps a post's author and summary.)
  let into: Record<string, unknown> | null = data;
  for (const line of source.split(/\r?\n/)) {
    if (/^\s*\[/.test(line)) {
      const table = /^\s*\[(taxonomies|extra)\]\s*$/.exec(line)?.[1];
      into = table ? ((data[table] ??= {}) as Record<string, unknown>) : null;
      continue;
    }
    if (!into) continue;
    // (Linear patterns only: a line is read once, whatever its length.)
    const m = /^[ \t]*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))[ \t]*=(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1] ?? m[2] ?? m[3]!;
    const rawValue = m[4]!.trim();
    const hash = rawValue.startsWith('"') || rawValue.startsWith("'") || rawValue.startsWith('[') ? -1 : rawValue.indexOf('#');
    const raw = hash >= 0 ? rawValue.slice(0, hash).trim() : rawValue;
    const quoted = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(raw);
    let value: unknown;
    if (quoted) value = quoted[1] !== undefined ? quoted[1].replace(/\\(["\\])/g, '$1') : quoted[2];
    else if (raw === 'true' || raw === 'false') value = raw === 'true';
    else if (/^[+-]?\d+(?:\.\d+)?$/.test(raw)) value = Number(raw);
    else if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(raw)) value = raw;
    else if (/^\[.*\]$/.test(raw)) value = [...raw.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((x) => x[1] ?? x[2]);
    else continue;
    if (!Object.hasOwn(into, key)) into[key] = value;
  }
  return data;
}

/** A heading over questions for reviewers to answer, not a section of the spec. */
const QUESTIONNAIRE_HEADING = /\bquestionnaires?\b/i;
const PLACEHOLDER_MARKERS = /\b(?:tbd|tbc|tba|todo|fixme|xxx|placeholder|lorem ipsum)\b|^\s*(?:…|\.\.\.)\s*$/i;


function isAutolink(node: Nodes): boolean {
  if (node.type !== 'link') return false;
  const kids = node.children;
  if (kids.length !== 1 || kids[0]!.type !== 'text') return false;
  const t = kids[0]!.value;
  return node.url === t || node.url === `mailto:${t}` || node.url === `http://${t}` || node.url.endsWith(t);
}

/** Heading matchers depend only on the config: built once per config object. */
const matchersByConfig = new WeakMap<ResolvedConfig, { headings: HeadingMatcher; quotes: HeadingMatcher }>();

export class SpecDocument {
  readonly locator: Locator;
  /** What the document calls itself ("PRD", "RFC"), set once its kind is known. */
  kindLabel = '';
  private _prose?: ProseBlock[];
  private _sections?: Section[];
  private _frontMatter?: { data: Record<string, unknown> | null; start: number; end: number } | null;
  private readonly headingMatcher: HeadingMatcher;
  private readonly quoteMatcher: HeadingMatcher;

  constructor(
    readonly text: string,
    readonly tree: Root,
    readonly config: ResolvedConfig,
    /** Prose blocks of top-level nodes reused from a ParseCache (same node objects, maybe moved). */
    private readonly proseCache?: WeakMap<object, { base: number; blocks: ProseBlock[] }>,
  ) {
    this.locator = new Locator(text);
    let m = matchersByConfig.get(config);
    if (!m) {
      m = {
        headings: new HeadingMatcher([...Object.values(config.sections), { id: '#solution', synonyms: SOLUTION_SYNONYMS }]),
        quotes: new HeadingMatcher([{ id: '#quote', synonyms: config.quotes.sections }]),
      };
      matchersByConfig.set(config, m);
    }
    this.headingMatcher = m.headings;
    this.quoteMatcher = m.quotes;
  }

  get frontMatter(): { data: Record<string, unknown> | null; start: number; end: number } | null {
    if (this._frontMatter !== undefined) return this._frontMatter;
    const first = this.tree.children[0];
    this._frontMatter = null;
    if (first && first.type === 'yaml' && first.position) {
      let data: Record<string, unknown> | null = null;
      try {
        const parsed = parseYamlDocument(first.value, { logLevel: 'silent' });
        // A blog's front matter that its own lenient parser accepts but YAML does not
        // (`title: 'What's New in ClickHouse 21.12'`, which YAML reads as "What"): its top-level fields, line by line.
        if (parsed.errors.length) data = yamlTopKeysLenient(first.value);
        else {
          const v: unknown = parsed.toJS({ maxAliasCount: 50 });
          if (v && typeof v === 'object' && !Array.isArray(v)) data = v as Record<string, unknown>;
        }
      } catch {
        // (Too many aliases, or anything else YAML gives up on: read the same way.)
        data = yamlTopKeysLenient(first.value);
      }
      this._frontMatter = { data, start: first.position.start.offset!, end: first.position.end.offset! };
    } else if (first && (first.type as string) === 'toml' && first.position && 'value' in first) {
      // `+++` front matter (Zola, Hugo: the Rust blog's `title = "Announcing Rust 1.75.0"`).
      this._frontMatter = { data: tomlTopKeys(String(first.value)), start: first.position.start.offset!, end: first.position.end.offset! };
    } else {
      // (Read from the text: a partial parse may leave out the blocks it is in.)
      this._frontMatter = mdxMetadata(this.text) ?? pelicanMetadata(this.text);
    }
    return this._frontMatter;
  }

  /** The section ids a heading titled `title` would mean ("Expected results" → acceptance…). */
  sectionIdsOf(title: string): string[] {
    return this.headingMatcher.match(title).filter((id) => !id.startsWith('#'));
  }

  /** The document's title: the first level-1 heading, else the first heading. */
  get titleHeading(): Section | undefined {
    return this.sections.find((s) => s.isTitle) ?? this.sections[0];
  }

  get sections(): Section[] {
    if (!this._sections) this._sections = this.computeSections();
    return this._sections;
  }

  get prose(): ProseBlock[] {
    if (!this._prose) this._prose = this.computeProse();
    return this._prose;
  }

  private computeSections(): Section[] {
    const heads: Heading[] = [];
    for (const n of this.tree.children) if (n.type === 'heading' && n.position) heads.push(n);
    const out: Section[] = [];
    // (A table of contents set as a level-1 heading, "# Contents", is no second title: Waltz's design doc opens with its
    // own "# Design for future flow modelling in Waltz", then "# Contents".)
    const h1s = heads.filter((h) => h.depth === 1 && !/^\s*(?:table of )?contents\s*$/i.test(this.plainText(h)));
    // Whether a solution heading came before (linear: a dump has tens of thousands of headings).
    let afterSolution = false;
    // A review questionnaire ("Production Readiness Review Questionnaire") and everything under it asks
    // reviewers' questions; its sub-headings ("Dependencies", "What specific metrics…?") are not the
    // spec's sections.
    let questionnaire = Infinity;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i]!;
      const start = h.position!.start.offset!;
      const headingEnd = h.position!.end.offset!;
      let end = this.text.length;
      for (let j = i + 1; j < heads.length; j++) {
        if (heads[j]!.depth <= h.depth) {
          end = heads[j]!.position!.start.offset!;
          break;
        }
      }
      const title = this.plainText(h);
      // (Or, where the level-1 headings are several or none, a heading that opens the document and names a kind of
      // document: "# Design Notes: Refinement Types for Kotlin" above "# Abstract", a setext "Proposal to a New gRPC API".)
      const isTitle = h1s.length === 1 ? h === h1s[0] : i === 0 && h.depth <= 2 && opensDocument(this.text, this.frontMatter?.end ?? 0, start) && headingWords(title).length >= 4 && kindFromTitle(title) !== null;
      const matched = isTitle ? [] : this.headingMatcher.match(title);
      // (A solution heading with nothing under it states no solution: "## Product Requirements Document" as a
      // subtitle right above "## Executive Summary".)
      // ("Initial design", "Current architecture": the status quo, not the solution.)
      const solution = matched.includes('#solution') && !STATUS_QUO_HEADING.test(title) && this.text.slice(headingEnd, end).trim() !== '';
      if (h.depth <= questionnaire) questionnaire = QUESTIONNAIRE_HEADING.test(title) ? h.depth : Infinity;
      const asked = questionnaire !== Infinity;
      const ids = isTitle || asked ? [] : positionalIds(title, matched.filter((id) => !id.startsWith('#')), afterSolution);
      if (solution && !isTitle) afterSolution = true;
      // Body up to the next heading of any level: sub-sections have their own placeholders.
      const nextAny = i + 1 < heads.length ? heads[i + 1]!.position!.start.offset! : this.text.length;
      const text = this.text;
      const config = this.config;
      let placeholder: boolean | undefined;
      const index = out.length;
      out.push({
        heading: h,
        depth: h.depth,
        title,
        start,
        headingEnd,
        end,
        ids,
        solution,
        quote: this.quoteMatcher.match(title).length > 0,
        // Only spec rules and the status read it: computed on first use.
        get placeholderOnly() {
          // Unwritten when its own body is a placeholder and so is every sub-section under it.
          if (placeholder !== undefined) return placeholder;
          placeholder = isPlaceholderBody(text.slice(headingEnd, nextAny), ids, config, title);
          // Only direct sub-sections are read; each of them reads its own (linear in the headings).
          for (let j = index + 1; placeholder && j < out.length && out[j]!.start < end; j++) {
            if (out[j]!.depth > h.depth && !out[j]!.placeholderOnly) placeholder = false;
          }
          return placeholder;
        },
        isTitle,
      });
    }
    return out;
  }

  plainText(node: Nodes): string {
    if (node.type === 'html') return '';
    if ('value' in node && typeof node.value === 'string') return node.value;
    if ('children' in node) return (node.children as Nodes[]).map((c) => this.plainText(c)).join('');
    if (node.type === 'image') return node.alt ?? '';
    return '';
  }

  private computeProse(): ProseBlock[] {
    const blocks: ProseBlock[] = [];
    const sections = this.sections;
    const quoteRanges = sections.filter((s) => s.quote).map((s) => [s.start, s.end] as const);
    const store = this.proseCache;
    for (const top of this.tree.children as RootContent[]) {
      const at = top.position?.start.offset;
      let entry = store && at !== undefined ? store.get(top) : undefined;
      if (entry && at !== undefined && entry.base !== at) {
        shiftBlocks(entry.blocks, at - entry.base);
        entry.base = at;
      }
      if (!entry) {
        entry = { base: at ?? 0, blocks: [] };
        this.collectBlocks(top, false, entry.blocks);
        if (store && at !== undefined) store.set(top, entry);
      }
      for (const b of entry.blocks) blocks.push(b);
    }
    // Which section holds each block, and whether it is quoted, depend on the whole document.
    let si = -1;
    for (const b of blocks) {
      while (si + 1 < sections.length && sections[si + 1]!.start <= b.start) si++;
      b.section = si;
      b.quoted = b.inBlockquote || quoteRanges.some(([qs, qe]) => qs <= b.start && b.start < qe);
    }
    return blocks;
  }

  private collectBlocks(node: Nodes, inBlockquote: boolean, out: ProseBlock[], inListItem = false): void {
    if (node.type === 'blockquote') inBlockquote = true;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      if (!node.position) return;
      const start = node.position.start.offset!;
      const end = node.position.end.offset!;
      const chars = new Array<string>(end - start).fill(' ');
      const links: Array<[number, number]> = [];
      for (const child of node.children) this.maskPhrasing(child, start, chars, links);
      maskUrls(chars);
      const masked = chars.join('');
      out.push({ type: node.type, start, end, masked, inBlockquote, inListItem, quoted: inBlockquote, section: -1, tokens: tokenize(masked, start), links });
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition') return;
    if ('children' in node) for (const c of node.children as Nodes[]) this.collectBlocks(c, inBlockquote, out, node.type === 'listItem');
  }

  /** Writes the prose characters of `node` into `chars` (indexed from `base`); everything else stays masked. */
  private maskPhrasing(node: PhrasingContent, base: number, chars: string[], links: Array<[number, number]>): void {
    const pos = node.position;
    if (!pos) return;
    const s = pos.start.offset! - base;
    const e = pos.end.offset! - base;
    switch (node.type) {
      case 'text': {
        alignText(this.text, pos.start.offset!, pos.end.offset!, node.value, chars, base);
        return;
      }
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        for (let i = Math.max(0, s); i < Math.min(e, chars.length); i++) chars[i] = BLOCKER;
        return;
      case 'break':
        return;
      default:
        if (isAutolink(node)) {
          for (let i = Math.max(0, s); i < Math.min(e, chars.length); i++) chars[i] = BLOCKER;
          return;
        }
        if ((node.type === 'link' || node.type === 'linkReference') && node.children.length) {
          const first = node.children[0]!.position, last = node.children[node.children.length - 1]!.position;
          if (first && last) links.push([first.start.offset!, last.end.offset!]);
        }
        if ('children' in node) for (const c of node.children as PhrasingContent[]) this.maskPhrasing(c, base, chars, links);
    }
  }
}

const URL_START = /(?:https?:\/\/|ftp:\/\/|mailto:|www\.)/gi;
const URL_STOP = /[\s\uFFFC<>"`]/;
const EMAIL_PART = /[\p{L}\p{N}._%+-]/u;

/** Bare URLs and e-mail addresses in prose become blockers (we do not parse GFM autolink literals). */
function maskUrls(chars: string[]): void {
  const s = chars.join('');
  if (!/[:.@]/.test(s)) return;
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(s); m; m = URL_START.exec(s)) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(s[m.index - 1]!)) continue;
    let e = m.index + m[0].length;
    while (e < s.length && !URL_STOP.test(s[e]!)) e++;
    // Trailing punctuation belongs to the sentence, not the URL.
    while (e > m.index && /[.,;:!?)\]'*_]/.test(s[e - 1]!)) e--;
    for (let i = m.index; i < e; i++) chars[i] = BLOCKER;
    URL_START.lastIndex = Math.max(e, m.index + 1);
  }
  for (let at = s.indexOf('@'); at !== -1; at = s.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && EMAIL_PART.test(s[a - 1]!)) a--;
    let b = at + 1;
    while (b < s.length && EMAIL_PART.test(s[b]!)) b++;
    if (a < at && b > at + 1 && s.slice(at + 1, b).includes('.')) for (let i = a; i < b; i++) chars[i] = BLOCKER;
    at = Math.max(at, b - 1);
  }
}

function shiftBlocks(blocks: ProseBlock[], delta: number): void {
  for (const b of blocks) {
    b.start += delta;
    b.end += delta;
    for (const t of b.tokens) {
      t.start += delta;
      t.end += delta;
    }
    for (const l of b.links) {
      l[0] += delta;
      l[1] += delta;
    }
  }
}

/**
 * Copies the characters of a text node's source that belong to its value. The source may
 * hold more than the value (escapes, entities, a blockquote's `>` on a continuation line);
 * those extra characters stay masked as spaces so offsets stay exact.
 */
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

/** What a character reference at `i` decodes to, and how long it is; undefined when it is not one. */
function entityAt(text: string, i: number): { length: number; value: string } | undefined {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(text);
  if (!m) return undefined;
  if (m[3]) {
    const v = decodeNamedCharacterReference(m[3]);
    return v === false ? undefined : { length: m[0].length, value: v };
  }
  const code = parseInt(m[1] ?? m[2]!, m[1] ? 16 : 10);
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return { length: m[0].length, value: valid ? String.fromCodePoint(code) : '\ufffd' };
}

/**
 * Copies the characters of a text node's source that are the node's value. The source may
 * hold more than the value: escapes (`\*`), character references (`&amp;`), a block quote's
 * `>` or indentation on a continuation line, a CR before LF. Those stay masked, so offsets
 * stay exact; a decoded reference becomes a blocker (or a space, if it decodes to one), so
 * it never joins or splits the words around it.
 */
function alignText(text: string, start: number, end: number, value: string, chars: string[], base: number): void {
  if (end - start === value.length && text.slice(start, end) === value) {
    for (let i = start; i < end; i++) chars[i - base] = text[i]!;
    return;
  }
  let j = 0;
  let i = start;
  while (i < end && j < value.length) {
    const c = text[i]!;
    if (c === '&') {
      const ent = entityAt(text, i);
      if (ent && value.startsWith(ent.value, j)) {
        const fill = /^\s+$/u.test(ent.value) ? ' ' : BLOCKER;
        for (let k = i; k < i + ent.length && k < end; k++) chars[k - base] = fill;
        i += ent.length;
        j += ent.value.length;
        continue;
      }
    }
    if (c === value[j]) {
      chars[i - base] = c;
      i++;
      j++;
      continue;
    }
    if (c === '\\' && text[i + 1] === value[j]) {
      // The escape itself stays masked; the escaped character is copied as it is, so an escaped "&"
      // never starts a character reference ("\&amp;" is the text "&amp;").
      chars[i + 1 - base] = text[i + 1]!;
      i += 2;
      j++;
      continue;
    }
    if (c === '\0' && value[j] === '\ufffd') {
      i++;
      j++; // NUL becomes U+FFFD in the value: neither is prose
      continue;
    }
    i++; // a source character that is not in the value (line prefix, CR): masked
  }
}

/** True when a section body has nothing but placeholders: TBD, TODO, "…", HTML-comment prompts, or the section's own prompt. */
export function isPlaceholderBody(body: string, ids: string[], config: ResolvedConfig, title = ''): boolean {
  // A body with a lot to say is not a placeholder: decide without tokenising long sections.
  if (body.length > 4000 && !body.includes('<!--')) return false;
  let rest = body.includes('<!--') ? body.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ') : body;
  // Link definitions are not prose (Rust RFCs put "[drawbacks]: #drawbacks" under each heading).
  if (rest.includes(']:')) rest = rest.replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm, ' ');
  let visible = 0;
  for (let i = 0; i < rest.length && visible <= 400; i++) if (rest.charCodeAt(i) > 32) visible++;
  if (visible > 400) return false;
  for (const id of ids) {
    const prompt = config.sections[id]?.prompt;
    if (prompt) rest = rest.split(prompt).join(' ');
  }
  const words = headingWords(rest);
  if (words.length === 0) return true;
  // (List markers and thematic breaks around a lone "n/a" are layout.)
  const plain = rest.replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '').replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, '').replace(/\s+/g, ' ').trim();
  // "n/a", "None.", "None considered", "Nothing yet", a lone dash.
  // (Set in code or emphasis too: "`None`", "**N/A**".)
  // (Or "Irrelevant section.", "No question.": a template's section waved away, as Polkadot's RFCs answer one.)
  if (/^(?:n\/?a|none(?: considered| yet| identified| so far)?|nothing(?: yet)?|not applicable|(?:irrelevant|not relevant)(?: (?:section|here|for this (?:rfc|proposal|change)))?|no (?:open )?questions?|[-–—]+)\.?$/i.test(plain.replace(/[`*_]/g, ''))) return true;
  // A template prompt in italics ("_TBD once we synthesize research_", "*Describe the users here*").
  // ("_" is a word character: the prompt's words are read without the markers around them.)
  if (plain.length <= 300 && /^([*_])[^*_]+\1\.?$/.test(plain) && /\b(?:tbd|tbc|todo|to be|will be|once|describe|add|list|fill|explain|what|who|why|how)\b/i.test(plain.replace(/[*_]/g, ' '))) return true;
  if (isTemplatePrompt(rest, ids, title) || isPromptText(rest)) return true;
  if (echoesTitle(plain, title)) return true;
  // Only a link to where it is told ("See [the explainer](README.md#motivation)", a bare URL): nothing is
  // stated here (readers found no problem under such a "Motivation" heading).
  if (/^(?:(?:please )?see|refer to|read|details (?:in|at)|described (?:in|at)|moved to|→)?:?\s*(?:\[[^\]\n]*\]\([^)\s]*\)|<?https?:\/\/\S+?>?)\s*\.?$/i.test(plain)) return true;
  // A template's section marked as not written yet, with the template's description of it kept after the mark ("(TBD)
  // Discussion of issues that are not yet answered…", "TBD: list of ideas that were rejected"): nothing stated yet.
  const marked = /^[([]?(?:tbd|tbc|todo|to be (?:done|written|decided|determined))[)\]]?\s*[:.\u2013\u2014-]?\s+(\S.{0,300})$/i.exec(plain);
  // (Or with when it will be: "TBD from discussions", "TBD after the design review", "TODO once we pick a vendor".)
  if (marked && (MARKED_DESCRIPTION.test(marked[1]!) || PROMPT_OPENING.test(marked[1]!) || WHEN_WRITTEN.test(marked[1]!))) return true;
  if (words.length > 12) return false;
  return PLACEHOLDER_MARKERS.test(rest) && words.every((w) => PLACEHOLDER_WORDS.has(w));
}

/**
 * A body that only names its heading again, as a template's reminder does ("## Customer Feedback Received"
 * holding "- Overview of customer feedback received"): nothing is stated under it yet.
 */
function echoesTitle(plain: string, title: string): boolean {
  const t = headingWords(title);
  if (!t.length) return false;
  const b = headingWords(plain.replace(/^(?:an? )?(?:overview|summary|description|details|list|outline) of (?:the )?/i, ''));
  return b.length === t.length && b.every((w, i) => w === t[i]);
}

/** An MDX page's opening: its imports, then an object exported with its metadata (`export const post = {`). */
const MDX_META_OPEN = /^(?:[ \t]*import\s[^\n]*\n|[ \t]*\n){0,12}(export const [A-Za-z_$][\w$]*\s*=\s*\{)[ \t]*\n/;

/**
 * An MDX page's metadata kept in an object it exports at its top, as Next.js blog templates do (`export const post = {`
 * then `author: 'ramfox',`, `date: '2024-08-21',`, `title: 'iroh 0.23.0 - Welcoming Node.js to the family!',`, after its
 * imports): its front matter, read for the fields whose values are plain strings, when a title is among them.
 */
function mdxMetadata(text: string): { data: Record<string, unknown>; start: number; end: number } | null {
  if (!text.startsWith('import') && !text.startsWith('export') && !/^\s*\n/.test(text)) return null;
  const open = MDX_META_OPEN.exec(text.slice(0, 2000));
  if (!open) return null;
  const close = text.indexOf('\n}', open[0].length - 1);
  if (close === -1 || close > 4000) return null;
  const data: Record<string, unknown> = {};
  for (const m of text.slice(open[0].length, close).matchAll(/^[ \t]+([A-Za-z_$][\w$]*)\s*:\s*(['"`])((?:(?!\2)[^\\\n]|\\.)*)\2\s*,?[ \t]*$/gm)) {
    data[m[1]!] = m[3]!.replace(/\\(.)/g, '$1');
  }
  return typeof data.title === 'string' ? { data, start: open[0].lastIndexOf(open[1]!), end: close + 2 } : null;
}

/** The keys of a Pelican post's metadata lines (none of them a design document's: a PEP's "Status:", "Type:", "Created:"). */
const PELICAN_KEYS = new Set(['title', 'date', 'modified', 'tags', 'category', 'slug', 'author', 'authors', 'summary', 'description', 'lang']);

/**
 * A Pelican (or MultiMarkdown) post's metadata: "Key: value" lines from the file's first line to a blank line, a title
 * and a date among them ("Title: Babashka 1.12.215: Revenge of the TUIs", "Date: 2026-02-17"): its front matter.
 */
function pelicanMetadata(text: string): { data: Record<string, unknown>; start: number; end: number } | null {
  if (!/^title:/i.test(text) && !/^date:/i.test(text)) return null;
  const block = /^(?:[A-Za-z][\w-]{0,20}:[ \t]+\S[^\r\n]*\r?\n){2,12}(?=\r?\n)/.exec(text.slice(0, 3000));
  if (!block) return null;
  const data: Record<string, unknown> = {};
  for (const line of block[0].split(/\r?\n/)) {
    const field = /^([A-Za-z][\w-]{0,20}):[ \t]+(.*)$/.exec(line);
    if (!field) continue;
    const key = field[1]!.toLowerCase();
    if (!PELICAN_KEYS.has(key)) return null;
    data[key] = field[2]!.trim();
  }
  return typeof data.title === 'string' && typeof data.date === 'string' ? { data, start: 0, end: block[0].length } : null;
}

/** When a section marked as not written yet will be: "from discussions", "after the design review", "once we pick a vendor". */
const WHEN_WRITTEN = /^(?:from|after|once|when|pending|following|upon|based on|in a (?:later|future|follow[- ]up))\b[^.!?]{0,80}[.!]?$/i;

/** What a template says a section will hold: "Discussion of…", "List of ideas that…", "A description of…". */
const MARKED_DESCRIPTION = /^(?:(?:a|an|the)\s+)?(?:(?:short|brief)\s+)?(?:discussion|description|list|summary|overview|explanation|details|notes)\s+(?:of|about|on)\b/i;

/**
 * How a template's instruction to its author opens ("Describe your proposed solution…", "Provide a brief description…").
 * "Provide" only with what a prompt asks for: a goal opens with it too ("Provide compatibility with sharded MongoDB
 * clusters…", a whole "Goals" section, is written).
 */
const PROMPT_OPENING = /^(?:if [^,]{1,60}, )?(?:(?:a|an|one)(?: (?:short|little|brief|precise|one[- ]paragraph))? (?:summary|description|discussion|introduction|explanation|statement|overview) of\b|one paragraph explanation of\b|this is where (?:to|you)\b|describe|explain|provide (?:(?:a|an|any|some|the|more|further|additional|your|enough|as much)\s+){0,2}(?:(?:brief|short|high[- ]level|detailed|clear|concise|quick|one[- ]line|concrete|specific|relevant|supporting)\s+)*(?:description|summary|overview|explanation|details?|context|information|examples?|links?|background|rationale|reasoning|justification|list|evidence|reasons?|answers?|screenshots?|data|pointers?|references?)\b|summari[sz]e|outline|discuss|think about|think through|highlight|elaborate|enumerate|identify|list (?:any|all|your|each|the key)|include (?:any|your)|link to|link out|fill (?:in|out)|insert|replace this|delete this)\b/i;
/**
 * A question put to the author, not an open question of the design: it says "you", or asks about the
 * proposal in general ("Why is this design the best…?", "What other designs have been considered…?",
 * "What is the impact of not doing this?").
 */
const GENERIC_QUESTION = /\b(?:you|your)\b|\b(?:this|the proposed) (?:design|proposal|change|feature|rfc|kep|enhancement|approach)\b|\b(?:not|n't) do(?:ing)? this\b|\bother (?:designs|approaches|options|alternatives)\b/i;
/** Headings whose sections hold questions as their content ("Unresolved questions", "Open issues", "FAQ"). */
const QUESTION_SECTION = /\b(?:questions?|faq|issues|discussion)\b/i;

/**
 * A section body that is only the template's words to its author: italic or bracketed prompts on each
 * line ("*What are the measurable targets…?*", Go's "[A short summary of the proposal.]"), or questions
 * and instructions ("Why should we *not* do this?", "Provide a brief description of the current world.").
 * Where questions are the content (open questions, alternatives), only those put to the author ("…do
 * you expect…") are prompts.
 */
/**
 * A user story or a Gherkin scenario with only stand-ins in it: "As a <type of user>, I want <some goal> so that
 * <some reason>", "Given <some context>".
 */
export function onlyStandIns(text: string): boolean {
  const left = text.replace(/<[^<>\n]{1,60}>|\[[^\]\n]{1,60}\](?!\()|\{\{[^{}\n]*\}\}/g, ' ');
  return left !== text && headingWords(left).every((w) => STORY_SCAFFOLD.has(w));
}

/** The words a user story or a Gherkin scenario is built from, around what the author fills in. */
const STORY_SCAFFOLD = new Set(['as', 'a', 'an', 'i', 'we', 'want', 'to', 'so', 'that', 'in', 'order', 'given', 'when', 'then', 'and', 'but', 'should', 'be', 'able', 'can', 'need', 'would', 'like']);

/**
 * The prompts of the issue templates most trackers start from ("A clear and concise description of what the bug
 * is.", "Add any other context about the problem here.", "If applicable, add screenshots…"), each sentence.
 */
const ISSUE_PROMPT = /^(?:(?:a|an) (?:clear|concise|clear and concise|short|brief|detailed) (?:description|explanation|summary) of\b|add any (?:other |more |additional )?(?:context|information|details|notes|screenshots|logs)\b|if applicable, add\b|steps to reproduce the behaviou?r\b|tell us (?:what|how|why)\b)/i;

/**
 * The text with an issue template's unfilled lines blanked: its field labels standing alone ("**Describe the
 * bug**"), its prompts, and its stand-in steps ("1. Go to '...'"). What is left is what the author wrote.
 */
export function withoutIssuePrompts(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const t = line.trim();
      if (/^(?:\*\*|__)[^*_]{1,120}(?:\*\*|__)\s*:?$/.test(t) || /'\.{3,}'|"\.{3,}"/.test(t)) return '';
      return t && isPromptText(t.replace(/^(?:[-*+]|\d+[.)])\s+/, '')) ? '' : line;
    })
    .join('\n');
}

/**
 * A passage that is only an issue template's prompt, under its field label or not ("**Expected behavior**\nA clear
 * and concise description of what you expected to happen."): nothing written yet.
 */
export function isPromptText(text: string): boolean {
  const body = text.replace(/^\s*(?:\*\*|__)[^*_\n]{1,120}(?:\*\*|__)\s*:?\s*$/m, ' ').replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!body || body.length > 400) return false;
  // (Its example is part of the prompt: "Ex. I'm always frustrated when [...]".)
  return body.split(/(?<=[.?!:])\s+(?=[A-Z])/).every((u) => ISSUE_PROMPT.test(u.trim()) || /^(?:ex|e\.g)\.?$/i.test(u.trim()) || /\[(?:\.{3}|…)\]/.test(u));
}

function isTemplatePrompt(body: string, ids: string[], title: string): boolean {
  const lines = body
    .split(/\r?\n/)
    .map((l) =>
      l
        .replace(/^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?(?:\[[ xX]\]\s+)?/, '')
        // Footnote marks and a hard break's backslash are layout ("…Health.*<sup>1</sup>\").
        .replace(/<sup>[^<]{0,8}<\/sup>|<\/?[a-z]{1,10}>/gi, '')
        .replace(/\\$/, '')
        .trim(),
    )
    .filter((l) => l && !/^(?:[-*_]\s*){3,}$/.test(l));
  if (!lines.length || lines.join(' ').length > 600) return false;
  // Each line a prompt in italics or in brackets (not a link: "[text](url)").
  const asks = (t: string) => /\?\s*$/.test(t) || PROMPT_OPENING.test(t) || /\b(?:tbd|tbc|todo|to be|once|if applicable|e\.g\.|your)\b/i.test(t);
  const italic = (l: string) => /^([*_])(?!\1).*[^*_\s]\1[.:]?$/.test(l) && asks(l.replace(/[*_]+/g, ' ').trim());
  // (GitLab's templates put theirs in parentheses: "(Summarize the bug encountered concisely)", "(What actually happens)".)
  const parenthesised = (l: string) => /^\([^()]+\)[.:]?$/.test(l) && (asks(l.slice(1, l.lastIndexOf(')'))) || /^\((?:what|how|why|who|when|where|which)\b/i.test(l));
  const wrapped = (l: string) => italic(l) || parenthesised(l) || (/^\[.*\][.:]?$/.test(l) && !/^\[[^\]]*\](?:\(|\[|:)/.test(l));
  // A guidance line ("💡 *Identify balancing metrics…*") and a template's row of labels with no values
  // yet ("Product KPI | Baseline | Target | Link to data source").
  const guidance = (l: string) => /^(?:💡|ℹ️?)/u.test(l);
  // (Only a table's head can be such a row: the rows under its "| --- |" line hold values, "| High | Emergency managers |".)
  const ruled = lines.findIndex((l) => l.includes('|') && /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/.test(l));
  const labels = (l: string, i: number) => l.includes('|') && !/\d/.test(l) && !(ruled !== -1 && i > ruled) && l.split('|').every((c) => headingWords(c.replace(/\([^)]*\)/g, ' ')).length <= 6);
  // What stands in for content in a template: a prompt, "{{FEATURE_NAME}}", "<your name>", or a numbered stand-in.
  const standIn = (t: string) => wrapped(t) || /^\{\{[^{}]*\}\}[.:]?$/.test(t) || /^<[^<>]{1,60}>$/.test(t) || /^[A-Za-z][A-Za-z' -]{0,30}\s\d{1,2}$/.test(t);
  // A line that holds nothing yet: true when it has a stand-in, false when it is only a label; undefined when written.
  // A user story or a Gherkin scenario with only stand-ins in it: "As a <type of user>, I want <some goal> so that
  // <some reason>", "Given <some context>".
  const blank = (l: string): boolean | undefined => {
    if (onlyStandIns(l)) return true;
    if (l.includes('|')) {
      const cells = l.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()).filter(Boolean);
      if (cells.length && cells.every((c) => /^:?-+:?$/.test(c))) return false;
      return cells.length > 0 && cells.every((c) => standIn(c) || /^[-–—]$/.test(c)) ? true : undefined;
    }
    // A field's label, bold ("**Role**:", "**As a**") or plain ("Timeline:"), then what is in the field.
    const bold = /^(?:(?:\*\*|__)[^*_\n]{1,40}?(?:\*\*|__)\s*:?\s*)+/.exec(l);
    const plain = bold ? null : /^[\p{L}][\p{L}' -]{0,30}:\s+/u.exec(l);
    const label = bold ?? plain;
    if (!label) return standIn(l) ? true : undefined;
    const rest = l.slice(label[0].length).trim();
    // Nothing after it: an empty field, when the label asks for one ("**Goal:**", "**Why now?**"); bold words alone are written.
    if (rest === '') return /[:?]\s*(?:\*\*|__)?\s*:?\s*$/.test(label[0]) ? false : undefined;
    return standIn(rest) ? true : undefined;
  };
  if (lines.every(wrapped)) return true;
  if (lines.some((l) => wrapped(l) || guidance(l)) && lines.every((l, i) => wrapped(l) || guidance(l) || labels(l, i))) return true;
  // A template copied and not yet filled in: every line a prompt, a field label with a prompt or nothing after
  // it ("**Role**: [Job title or role]", "**As a** [type of user]", "**Acceptance Criteria:**"), a numbered
  // stand-in ("Goal 1", "Criteria 2") or a table row of them ("| [Metric 1] | [Target value] |").
  if (lines.some((l) => blank(l) !== undefined) && lines.every((l, i) => blank(l) !== undefined || guidance(l) || labels(l, i))) return true;
  const joined = lines.join(' ').replace(/[*_]+/g, '').replace(/\s+/g, ' ');
  if (/^\[.*\]$/.test(joined) && !/\]\(|\]\[/.test(joined.replace(/\[[^\[\]]*\]\([^)]*\)/g, ''))) return true;
  const questionsAreContent = ids.includes('alternatives') || QUESTION_SECTION.test(title);
  // Each line is read on its own (a list of goals has no full stops: "Provide a way for sites to…" then "Increase
  // usage of these preferences…" is two goals, not one prompt), unless it goes on from the line before in lower case.
  const paragraphs: string[] = [];
  for (const l of lines) {
    const t = l.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
    if (paragraphs.length && /^[\p{Ll}(]/u.test(t)) paragraphs[paragraphs.length - 1] += ` ${t}`;
    else paragraphs.push(t);
  }
  const units = paragraphs.flatMap((p) => p.split(/(?<=[.?!])\s+(?=[A-Z])/)).map((u) => u.trim()).filter(Boolean);
  // A prompt's own example ("This is where to call out areas of the design… For instance, > 1. This requires
  // exposing… Can we do this?", OpenShift's enhancement template) is part of the prompt.
  const example = units.findIndex((u) => /^(?:for (?:instance|example)|e\.g\.?)\s*[,:]?$/i.test(u));
  return (example > 0 ? units.slice(0, example) : units).every((u) => (/\?\s*$/.test(u) ? !questionsAreContent || GENERIC_QUESTION.test(u) : !ids.includes('acceptance') && PROMPT_OPENING.test(u)));
}

/** Nothing but blank lines (or comments on lines of their own) between the front matter and `at`. */
function opensDocument(text: string, from: number, at: number): boolean {
  return skipLeadingComments(text, from, at) >= at;
}

/**
 * Where the text in `from..to` starts once blank space and HTML comments on lines of their own are skipped
 * ("<!-- markdownlint-disable MD033 -->"). A scan, not a regex: it stays linear however the comments nest or repeat.
 */
export function skipLeadingComments(text: string, from: number, to: number): number {
  let i = from;
  for (;;) {
    while (i < to && /\s/.test(text[i]!)) i++;
    if (!text.startsWith('<!--', i) || i >= to) return Math.min(i, to);
    const close = text.indexOf('-->', i + 4);
    if (close === -1 || close + 3 > to) return i;
    let j = close + 3;
    while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
    // (A comment followed by text on its line is part of that line: what follows is written.)
    if (j < to && text[j] !== '\n' && text[j] !== '\r') return i;
    i = j;
  }
}

/** The kind of a document, why it was chosen, and what the document calls itself ("PRD", "RFC"). */
export interface KindInfo {
  kind: DocKind | null;
  reason: string;
  /** How messages name the document: what the author called it, else the kind's label. */
  label: string;
}

export function detectKind(doc: SpecDocument, filePath: string | undefined, matchGlob: (path: string, globs: string[]) => boolean): KindInfo {
  const fm = doc.frontMatter?.data;
  const titleText = doc.titleHeading && doc.titleHeading.depth <= 2 ? doc.titleHeading.title : undefined;
  // (Writerside and others keep the title in a link-reference comment at the top: `[//]: # (title: What's new in Kotlin 2.1.20)`.)
  const fmOwn = fm && typeof fm.title === 'string' ? fm.title : undefined;
  const fmTitle = fmOwn ?? COMMENT_TITLE.exec(doc.text.slice(0, 500))?.[1]?.trim();
  const fmWhere = fmOwn !== undefined ? 'front matter title' : 'title';
  const named = (kind: DocKind | null, reason: string, from?: string): KindInfo => ({ kind, reason, label: kind ? selfName(kind, [from, titleText, fmTitle]) : '' });
  if (fm) {
    for (const key of ['type', 'kind', 'doctype', 'speclint']) {
      if (key in fm) {
        const v = fm[key];
        // A blog post is a launch note when it announces one, and otherwise no spec or ticket.
        if (typeof v === 'string' && POST_TYPES.has(v.trim().toLowerCase())) {
          const announced = postLaunch(doc, filePath, [fmTitle, titleText]);
          return announced ? named('launch', `front matter ${key}: ${v}, and ${announced}`, 'launch') : named(null, `front matter ${key}: ${v}, and the post announces no launch`);
        }
        const k = kindFromFrontMatterValue(v);
        if (k !== undefined) return named(k, `front matter ${key}: ${String(v)}`, String(v));
      }
    }
  }
  if (fm) {
    // A numbered proposal's header ("eip: 7785", "jep: 91") or its discussion link ("discussions-to:").
    const numbered = PROPOSAL_NAMES.find((k) => typeof fm[k] === 'number' || (typeof fm[k] === 'string' && /^\s*\d+\s*$/.test(fm[k] as string)));
    if (numbered) return named('brief', `front matter ${numbered}: ${String(fm[numbered])}`, numbered.toUpperCase());
    if ('discussions-to' in fm) return named('brief', 'front matter names where the proposal is discussed (discussions-to)', 'proposal');
  }
  if (fm) {
    // A tracker's task file (Backlog.md, Jira exports): an id like "task-12" (or a project's own prefix
    // with a status: "BACK-12.3"), a status and an assignee.
    const id = typeof fm.id === 'string' ? fm.id.trim() : '';
    const byId = /^(?:task|issue|story|bug|ticket)[-_ ]?\d+(?:\.\d+)*$/i.test(id) || ('status' in fm && /^[A-Za-z][A-Za-z0-9]{0,9}-\d+(?:\.\d+)*$/.test(id) && !PROPOSAL_ID.test(id));
    const tracked = 'status' in fm && ('assignee' in fm || 'priority' in fm) && !('title' in fm && kindFromTitle(String(fm.title)) === 'brief');
    if (byId || tracked) {
      // Named as the tracker names it: "This task…" (Backlog.md), "This story…" for an id like "story-7".
      const noun = /^(?:issue|story|bug|ticket)\b/i.exec(id.replace(/[-_ ]?\d.*$/, ''))?.[0] ?? 'task';
      return named('ticket', byId ? `front matter id: ${id}` : 'front matter has a status and an assignee, as a tracker\'s task does', noun);
    }
  }
  if (filePath) {
    for (const [kind, k] of Object.entries(doc.config.kinds) as [DocKind, { files: string[] }][]) {
      if (k.files.length && matchGlob(filePath, k.files)) return named(kind, `the file matches kinds.${kind}.files`);
    }
  }
  // A template is the form specs are written from, not one of them: its title says so ("RFC Template"), or
  // it is the process's template file ("0000-template.md", ".github/ISSUE_TEMPLATE/bug_report.md").
  // (Not a template's title left in the front matter of a proposal written from it: its own heading names
  // what it proposes, "Cascading deletion protection", not a placeholder such as "KEP-NNNN: Your short title".)
  const ownTitle = doc.titleHeading?.depth === 1 && !!titleText && fmTitle !== undefined && TEMPLATE_TITLE.test(fmTitle) && !TEMPLATE_TITLE.test(titleText) && !/\b(?:your|title|nnnn|xxxx|template)\b|[<[{]/i.test(titleText);
  const template = ownTitle ? undefined : [titleText, fmTitle].find((t) => t && TEMPLATE_TITLE.test(t));
  if (template) return { kind: null, reason: `the title "${template}" names a template, not a document written from it`, label: '' };
  const slashed = filePath?.replace(/\\/g, '/');
  if (slashed && TEMPLATE_PATH.test(slashed)) return { kind: null, reason: 'it is kept as a template, not a document written from it', label: '' };
  // A repository's licence and its instructions to coding agents are neither specs nor tickets, whatever their
  // headings ("9. Acceptance Not Required for Having Copies", "Security and Safety Boundaries").
  const kept = slashed ? KEPT_FILE.exec(slashed) : null;
  if (kept) return { kind: null, reason: `it is a repository's ${/^(?:agents|claude|gemini|copilot-instructions)$/i.test(kept[1]!) ? 'instructions to coding agents' : 'legal notice'} ("${kept[0].replace(/^\//, '')}")`, label: '' };
  // A project's changelog lists many releases under their versions: a log, not one release's announcement.
  if (slashed && CHANGELOG_FILE.test(slashed) && doc.sections.filter((x) => /^\s*\[?v?\d+\.\d+/.test(x.title)).length >= 2) {
    return { kind: null, reason: 'it is a changelog of many releases, not one release\'s note', label: '' };
  }
  // A guide to a process ("Rhombus Design Process Guidelines", "Release Process"): how documents are written, not one of them.
  // ("PowerShell RFC Process and Guidelines": the "RFC" names the process, not the document.)
  // (Where the front matter holds the title, a heading further down is a section's, not the title: "Fury v0.3.0
  // released" over paragraphs, then "## Scala Serialization Guide".)
  const head = doc.titleHeading;
  const headTitle = fmTitle !== undefined && head && !head.isTitle && head.depth > 1 && !opensDocument(doc.text, doc.frontMatter?.end ?? 0, head.start) ? undefined : titleText;
  const guide = [headTitle, fmTitle].find((t) => t && ((GUIDE_TITLE.test(t) && !kindFromTitle(t.replace(PROCESS_OF, ''))) || (HOW_TO_TITLE.test(t) && !!kindFromTitle(t))));
  if (guide) return { kind: null, reason: `the title "${guide}" names a guide to a process, not a spec`, label: '' };
  for (const [re, what] of NO_KIND_TITLES) {
    const named = [headTitle, fmTitle].find((t) => t && re.test(t));
    if (named) return { kind: null, reason: `the title "${named}" ${what}`, label: '' };
  }
  // Kept with a project's incident reports ("doc/incidents/issues-3907/README.md"): what happened, told after.
  const incidents = slashed?.split('/').slice(0, -1).find((d) => /^(?:incidents|postmortems|post-mortems)$/i.test(d));
  if (incidents) return { kind: null, reason: `it is kept in an "${incidents}" folder, an account of what happened`, label: '' };
  // A security advisory kept under its id ("RUSTSEC-2024-0367.md", "HSEC-2024-0003.md"): a defect reported,
  // whatever its headings ("Background", "Problem Description", "Impact") look like.
  const advisory = slashed ? ADVISORY_FILE.exec(slashed) : null;
  if (advisory) return named('ticket', `its file name "${advisory[1]}" is a security advisory's id`, 'advisory');
  // A post's front-matter title names it before its first section heading does (no level-1 heading).
  // (The template's title left in the front matter says nothing about the proposal.)
  const fmTitleRead = ownTitle ? undefined : fmTitle;
  // (Below a front-matter title, a first heading of level 2 is the post's first section, not its title: "## Server
  // requirements" in Moodle 5.1's release notes.)
  const titles = doc.titleHeading && doc.titleHeading.depth > 1 && fmTitleRead
    ? ([[fmWhere, fmTitleRead]] as const)
    : ([['title', titleText], [fmWhere, fmTitleRead]] as const);
  // What the headings say, worked out once: a title may be weighed against it, and it decides later if nothing else does.
  let headingKind: ReturnType<typeof kindFromHeadings> | undefined;
  const byHeadingsOnce = () => (headingKind === undefined ? (headingKind = kindFromHeadings(doc.sections)) : headingKind);
  // "# Acceptance Criteria" as a page's own title (Mozilla's product specs): what a product must do to ship, a spec.
  // (A ticket kept as a file names its work, with "## Acceptance Criteria" as a section: not a title of depth 1.)
  if (doc.titleHeading?.depth === 1 && titleText && /^\s*(?:[\p{L}\d.-]+\s+){0,4}acceptance criteria\s*$/iu.test(titleText)) {
    return named('brief', `the title "${titleText}" gathers a product's acceptance criteria, as a spec does`, 'spec');
  }
  for (const [where, t] of titles) {
    if (!t) continue;
    const k = kindFromTitle(t);
    // "Static site soft launch" with a problem, goals and risks is the plan for a launch: a spec.
    // (Not a dated post announcing a version or introducing something, "Introducing Data Prepper 1.2.0", "From Thought to
    // Speech: Introducing AAQ's New Voice Service", which tells its problem and solution as a story of what shipped.)
    // (Nor "Release notes for Gluster 6.0", whose "Major issues" and "Announcements" tell what the release changed.)
    const releaseNotes = /\brelease notes?\b/i.test(t) && /\bv?\d+\.\d+/.test(t);
    if (k === 'launch' && !releaseNotes && byHeadingsOnce()?.kind === 'brief' && !(frontMatterFields(doc).date && (/\bv?\d+\.\d+/.test(t) || /\b(?:introducing|announcing)\b/i.test(t)))) return named('brief', `the title "${t}" names a launch, and the headings are spec sections`);
    // "NAP-8 — Telemetry" with Motivation, Alternatives and Backward Compatibility: a proposal numbered
    // like a ticket key.
    // (Not when the key's own letters name a work item: "RFP-007: Multi-Level DHT design" offers work to bid on.)
    if (k === 'ticket' && TICKET_KEY.test(t) && kindFromTitle(/^\s*([A-Z][A-Z0-9]*)-/.exec(t)?.[1] ?? '') !== 'ticket' && byHeadingsOnce()?.kind === 'brief') return named('brief', `the title "${t}" is numbered like a ticket, and the headings are spec sections`, 'proposal');
    if (k) return named(k, `the ${where} "${t.length > 60 ? `${t.slice(0, 59)}…` : t}" names ${KIND_ARTICLES[k]}`);
  }
  // A web platform explainer titled by its convention ("MediaSession API Explained", "Web NFC explained") with a spec's
  // section among its headings ("Objectives"). (Not a tutorial, "Git Branching Explained", whose headings are no spec's.)
  const explained = [titleText, fmTitle].find((t) => t && EXPLAINED_TITLE.test(t));
  if (explained && doc.sections.some((x) => !x.isTitle && x.ids.some((id) => id !== 'credits' && id !== 'acceptance'))) {
    return named('brief', `the title "${explained}" names an explainer, and a heading is a spec section`, 'explainer');
  }
  // A post in a team's design history records a design decision, even when its summary tells what changed ("We
  // redesigned the form publishing process, allowing users to…"): the folder outweighs the words of a post.
  const pathKind = filePath ? kindFromPath(filePath) : null;
  if (pathKind?.name === DESIGN_HISTORY_POST) return named(pathKind.kind, pathKind.reason, pathKind.name);
  const announced = postLaunch(doc, filePath, [fmTitle, titleText]);
  if (announced) return named('launch', announced, 'launch');
  // The opening says what the document is: "This design doc describes…", "**Owner** …", "* **Type**: Design proposal".
  const opening = openingText(doc);
  // Said in the opening, or in the first paragraphs under the first headings ("This is a proposal to…").
  // (Or in the first paragraph of a summary that opens it: "## Executive Summary\n\nWe propose to develop…".)
  // (Read with links as their text: "The goal of this [specification](https://…) is…".)
  const selfDescribed = SELF_DESCRIPTION.exec(linkText(opening)) ?? SELF_DESCRIPTION.exec(linkText(summaryParagraph(doc))) ?? SELF_REFERENCE.exec(linkText(earlyProse(doc)));
  if (selfDescribed) return named('brief', `its opening calls it a spec ("${selfDescribed[0].trim()}")`, selfDescribed[0]);
  // (Also a metadata table above the first heading: "| Author | … |", "| Status | DRAFT |".)
  const first = doc.sections[0];
  const above = first ? doc.text.slice(doc.frontMatter ? doc.frontMatter.end : 0, first.start) : '';
  const meta = metadataKeys(`${above}\n${opening}`);
  if (meta.type && kindFromTitle(meta.type)) {
    const k = kindFromTitle(meta.type)!;
    return named(k, `its metadata says "Type: ${meta.type}"`, meta.type);
  }
  // A tracker's fields in the opening ("**Status:** Open", "**Priority:** High", "**Effort:** 4-6h"): a work item.
  if (meta.keys.includes('status') && TICKET_FIELD.test(`${above}\n${opening}`)) return named('ticket', 'its opening has a tracker\'s fields (a status and a priority or an effort)', 'ticket');
  const owners = meta.keys.filter((k) => DESIGN_DOC_KEYS.has(k));
  if (owners.length || meta.keys.length >= 3) {
    return named('brief', `it opens with a design doc's metadata (${meta.keys.slice(0, 3).join(', ')})`, meta.keys.includes('rfc pr') ? 'RFC' : meta.keys.includes('deciders') ? 'ADR' : 'design doc');
  }
  // No title says it: a document whose headings are mostly spec sections is a spec all the same.
  const byHeadings = byHeadingsOnce();
  // Filed as a work item ("docs/tickets/014-….md", "user-stories/…"): its problem and plan headings are the ticket's own.
  // (A page titled by a package documents it: its file name, "plugin-proposal-decorators.md", is the package's too.)
  const byPath = ![titleText, fmTitle].some((t) => t && PACKAGE_TITLE.test(t)) ? pathKind : null;
  if (byHeadings?.kind === 'brief' && byPath?.kind === 'ticket') return named('ticket', byPath.reason, byPath.name);
  // (Kept where its kind is kept, "docs/design/…", "rfcs/…", it is called what the folder calls it: a proposal.)
  if (byHeadings) return named(byHeadings.kind, byHeadings.reason, pathKind?.kind === byHeadings.kind ? pathKind.name : undefined);
  // A release's "What's new" under the title ("# October 2023 Newsletter", then "## What's New"): what it ships.
  // (All 13 documents of the corpus with such a heading are launch notes; no README of the installed packages has one.)
  const whatsNew = doc.sections.find((x) => !x.isTitle && x.depth <= 2 && WHATS_NEW_HEADING.test(x.title));
  if (whatsNew) return named('launch', `it has a release's "${whatsNew.title.trim()}" heading`, 'launch');
  // A user story in its own words: "As a user, I want …, so that …".
  const story = USER_STORY.exec(earlyProse(doc));
  if (story) {
    // Several stories make a feature's spec, as a PRD lists them ("## User stories" under "## MVP Requirements");
    // a ticket tells one. (In the corpus, 8 briefs hold two or more and no ticket does: eval/RESULTS.md.)
    // (Counted in any of a story's forms, "I want", "I need", "I would like": a spec's stories vary their verbs.)
    const stories = doc.text.match(new RegExp(USER_STORY_ASK.source, 'gi'))?.length ?? 0;
    if (stories >= STORIES_OF_A_SPEC) return named('brief', `it lists ${stories} user stories, as a spec of a feature does`);
    return named('ticket', `it is written as a user story ("${clipText(story[0], USER_STORY)}")`, 'story');
  }
  // Nothing in the text says it: where the file is kept may ("docs/bugs/…", "rfcs/0012-…", "…_proposal.md").
  if (byPath) return named(byPath.kind, byPath.reason, byPath.name);
  return { kind: null, reason: titleText || fmTitle ? 'neither its title nor its headings name a spec, ticket or launch note' : 'no front matter type, title or spec headings', label: '' };
}

/** A title by the explainer convention: "Web Share API Explained", "Secure Payment Confirmation explained". */
const EXPLAINED_TITLE = /\S\s+explained\s*$/i;

/** A heading that lists what a release brings: "What's New", "What's new in v6?". */
const WHATS_NEW_HEADING = /^\s*what['’]s new\b/i;

/** How many user stories make a document a spec rather than one story's ticket. */
const STORIES_OF_A_SPEC = 3;

/** Titles of pages that are no spec, ticket or launch note whatever their headings, and what each names. */
const NO_KIND_TITLES: [RegExp, string][] = [
  // "Proposed Decision Backlog", "Product backlog": a list of work waiting, not one spec or ticket of it.
  [/\bbacklog\s*$/i, 'names a backlog, a list of work rather than one item of it'],
  // "v3.5 data inconsistency postmortem", "Incident report: …": what happened, told after, not work to do.
  [/\b(?:post-?mortem|incident report)\b/i, 'names a postmortem, an account of what happened'],
  // "❓ Frequently Asked Questions ❓": answers gathered, not one spec, whatever options it weighs. (Not a PR/FAQ,
  // whose title names the press release it pairs with.)
  [/^[^\p{L}]*(?:faqs?|frequently asked questions)[^\p{L}]*$/iu, 'names a page of frequently asked questions'],
];

/** Folders that keep one kind of document, and the name each gives it. */
const KIND_FOLDERS: [RegExp, DocKind, string][] = [
  [/^(?:bugs|issues|tickets|stories|user-?stories|tasks|todo|known-issues|epics)$/i, 'ticket', 'ticket'],
  // (A status may lead: Vue keeps its RFCs in "active-rfcs"; or what is proposed: "project-proposals", "feature-proposals".)
  [/^(?:(?:active|accepted|approved|implemented|proposed|draft|final|rejected|withdrawn|archived|project|feature|product|enhancement|improvement|change)[-_])?(?:rfcs?|proposals|keps|peps|design-?proposals|prds?|adrs?|decisions|(?:architecture-)?decision-records?|architecture-decisions|designs?|design-?docs?|specs|specifications|briefs|(?:product|feature)-?(?:specs?|briefs?)|one-?pagers)$/i, 'brief', 'proposal'],
  // A process's enhancement proposals, named like KEPs and PEPs: "reps" (Ray), "ceps" (conda), "oteps" (not "deps" or "steps").
  [/^(?!(?:deps|steps|preps)$)[a-z]{1,3}eps$/i, 'brief', 'proposal'],
  // Improvement proposals named so: D's "DIPs", Bitcoin's "bips", "kips", "flips" (not "tips" or "chips").
  [/^(?:dips|bips|kips|hips|cips|flips)$/i, 'brief', 'proposal'],
];
/** What a folder or file name calls the documents it keeps ("prds" → PRD, "product-briefs" → brief), where it names one. */
function folderName(name: string): string | undefined {
  if (/(?:^|[-_])prds?(?:$|[-_])/i.test(name)) return 'PRD';
  if (/one[-_]?pagers?/i.test(name)) return 'one-pager';
  if (/(?:^|[-_])briefs?(?:$|[-_])/i.test(name)) return 'brief';
  if (/(?:^|[-_])(?:product|feature)[-_]?specs?(?:$|[-_])/i.test(name)) return 'spec';
  if (/^epics$/i.test(name)) return 'epic';
  return undefined;
}
/**
 * A release's notes: "0.50-relnotes", "v2-release-notes.md", "RELEASE_NOTES.md", one release's file in a folder of them
 * ("release-notes-5.7.0.md"), the latest release's ("RELEASE_NOTES_LATEST.md"), a product's "whats-new.md" or
 * "new-features.md" page, a version's "RN" ("Kubernetes-Operator-for-PSMONGODB-RN1.16.0.md", as Percona names them) or
 * "NEWS" (Octave's "NEWS.10.md").
 * (Readers take a release-notes page that covers a few releases for release notes too: Sensu Go 5.1's, with 5.0.0 to
 * 5.1.1.)
 */
const RELEASE_NOTES_NAME = /(?:^|[-_.])(?:relnotes|release[-_]?notes)(?:[-_](?:v?\d+(?:[._]\d+)+|latest))?(?:[-_](?:19|20)\d\d[01]\d[0-3]\d)?$|^(?:whats?[-_]?new|new[-_]features)$|(?:^|[-_])rn[-_]?v?\d+(?:\.\d+)+$|^news[-_.]v?\d+(?:\.\d+)*$/i;
/** A proposal process's numbered file name: "adr-004-…", "KEP_1234", "rfc-0012". */
const PROPOSAL_FILE_NAME = new RegExp(`^(${PROPOSAL_NAMES.join('|')})[-_]?\\d+(?:$|[-_.])`, 'i');
/** A file name that says what the file is ("interface_default_methods_proposal.md", "prd-checkout.md", "0012-rfc-….md", a web platform proposal's "EXPLAINER.md"). */
const SPEC_FILE_NAME = /(?:^|[-_.\s])(?:proposal|rfc|prd|explainer|design[-_]doc|one[-_]pager|scoping[-_]document|scope[-_]document|(?:product|feature)[-_]spec|(?:product|project|design|initiative)[-_]brief)(?:$|[-_.\s])/i;
/** A file name that says it is a work item ("…-staffing-issue.md", "bug_report.md", "issue-412.md", "known-issues.md": defects listed). */
// (Not a page about them: "jira-ticket-lifecycle.md", "issue-triage.md".)
const TICKET_FILE_NAME = new RegExp(String.raw`(?:^|[-_.\s])(?:issue|ticket|bug[-_]report|feature[-_]request|known[-_]issues)(?:$|[-_.\s](?!${TOPIC_NOUNS}))|^(?:bug|issue)[-_]?\d+$`, 'i');
/** Files of a process, not documents of its kind ("rfcs/README.md"; templates are matched on their own). */
const PROCESS_FILE = /^(?:readme|index|contributing|changelog|changes|history|license|licence|code[-_]of[-_]conduct|security|support|governance|maintainers|authors|notice|_index|summary)$/i;

/**
 * Why a post announces a launch, or undefined: a blog post (front matter with a date, or an author
 * and a summary, or a dated file name) whose summary, tags or opening announce one, that its blog
 * files under releases, or that is titled by a version.
 */
function postLaunch(doc: SpecDocument, filePath: string | undefined, titles: (string | undefined)[]): string | undefined {
  const post = frontMatterFields(doc);
  /** The first of the post's titles that `re` matches. */
  const titled = (re: RegExp) => titles.find((t): t is string => !!t && re.test(t));
  // (Or a date line under the title: "Posted On: Nov 28, 2022".)
  const dated = post.date || post.byline || (!!filePath && DATED_FILE.test(filePath)) || POSTED_ON.test(earlyProse(doc).slice(0, 300));
  // (Or any page a blog keeps, "blog/2024/09-23-version-1.0/index.mdx" with only its authors in front matter, when it
  // says so in words. Its title alone, "Redox OS 0.9.0", does not make an undated page a release's post.)
  const kept = !!filePath && BLOG_FILE.test(filePath);
  if (!dated && !kept) {
    // A page titled by a version whose first paragraph speaks of "this release" ("# Fari v4.0.0", "This release has been
    // in the making since November"): that release's note, wherever it is kept.
    const versioned = versionTitle(titles);
    // (Or a repository's "RELEASE.md" titled by a version, "liboqs version 0.16.0", not one that says how to release.)
    if (versioned && filePath && /(?:^|\/)release\.(?:md|markdown)$/i.test(filePath)) return `it is a "RELEASE.md" titled by a version ("${versioned}")`;
    // (Or by a release's name, "2023-04-06: 2023q1 release", over "This release covers everything from 2023-01-01".)
    const release = titled(/\brelease\s*$/i);
    if (!versioned && !release) return undefined;
    // (The first paragraph, read once for both.)
    const opening = firstParagraph(doc);
    if (versioned && /\bthis (?:release|version)\b/i.test(opening)) return `it is titled by a version ("${versioned}") and its opening speaks of this release`;
    // (Or calls itself release notes: "# OpenStudio Version 3.0.0" over "_Release Notes - 4/24/2020_".)
    if (versioned && /\brelease notes\b/i.test(opening)) return `it is titled by a version ("${versioned}") and its opening calls it release notes`;
    return release && /\bthis release (?:covers|includes|brings|contains|adds|ships|introduces|fixes)\b/i.test(opening) ? `it is titled by a release ("${release}") and its opening tells what this release covers` : undefined;
  }
  // (Or a plain announcement further into its opening: "Today, we are excited to announce reports-server".)
  const postOpening = earlyProse(doc).slice(0, 2000);
  // The first paragraph, read once for the checks below, with links as their text and without bold marks ("The new
  // version **[Bulma 0.8.0](…/releases/tag/0.8.0)** is out!").
  const first = linkText(firstParagraph(doc)).replace(/\*\*|__/g, '');
  // (The post's own title may say it: "Blog support just landed".)
  // (Or a post's summary or first paragraph that tells what the product now does: "Aider now lints code after every LLM
  // edit", "Gitea now features reactions".)
  const said = [...titles.filter((t): t is string => !!t), ...post.about, first].find((t) => LAUNCH_SAYING.test(t)) ??
    [...post.about, first].find((t) => PRODUCT_NOW_DOES.test(t)) ?? (ANNOUNCING.test(postOpening) ? postOpening : undefined);
  if (said) return `it is a post that announces a launch ("${clipText(said, LAUNCH_SAYING)}")`;
  // (Or a post titled by a product and its stage, "Tamagui Beta", "Formik 3 Alpha", "Luau Type Checking Beta": all 8 such
  // titles in the corpus are launch notes.)
  const stage = titled(STAGE_TITLE);
  if (stage) return `it is a post titled by a release stage ("${stage.trim()}")`;
  // (Or a heading that introduces what it ships: "## Introducing `ytt` Validations", after a story of the problem.)
  const introducing = doc.sections.find((x) => x.depth <= 3 && INTRODUCING.test(x.title));
  if (introducing) return `it is a post with the heading "${introducing.title.trim()}"`;
  // (Or titled so: "Introducing AlmaLinux OS Kitten", a front-matter title over a story of why it was built.)
  const introTitle = titled(INTRODUCING);
  if (introTitle) return `it is a post titled "${introTitle.trim()}"`;
  if (!dated) {
    // A page among a project's release notes, titled by the version or the month it covers ("Xamarin.Android 7.2" in
    // "release-notes/android/…/index.md", "May 2024" in "docs/release-notes/may-2024.mdx"): those releases' notes, dated
    // or not. (Not a blog's page: its title alone does not make it a release's post, see above.)
    if (!filePath || !RELEASE_NOTES_FOLDER.test(filePath)) return undefined;
    const named = versionTitle(titles) ?? titled(MONTH_TITLE);
    if (named) return `it is a page among release notes titled "${named}"`;
    // (Or named by its date: "release-notes/cloud/cloud-2023-11-23-new-coverage-engine.md".)
    const day = /(?:^|[-_])((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[-_]|\.\w+$)/.exec(filePath.split(/[\\/]/).pop() ?? '');
    return day ? `it is a page among release notes named by its date (${day[1]})` : undefined;
  }
  // Filed by the blog under its releases: `categories: ["Releases"]`. (Not "announcements", which holds a blog's news of every
  // kind: Babel files its essays, funding updates and GSoC reports there.)
  const filed = post.labels.find((l) => RELEASE_LABEL.test(l));
  if (filed) return `it is a post filed under "${filed}"`;
  // A post titled by a version is that release's announcement.
  const versioned = versionTitle(titles);
  if (versioned) return `it is a post titled by a version ("${versioned}")`;
  // "MapLibre GL JS v3" over "This release is a big step for MapLibre GL JS!": a major version, named by its "v", whose
  // opening speaks of this release. (Without those words, "Templates v2" may name a plan as well as a release.)
  const major = titles.find((t): t is string => !!t && MAJOR_VERSION_TITLE.test(t.replace(TITLE_EMOJI, '')));
  // ("the release is ready for production", "this major release": the same.)
  if (major && /\b(?:this|the) (?:major |new )?(?:release|version)\b/i.test(first)) return `it is a post titled by a version ("${major}") and its opening speaks of this release`;
  // "Improved Search, Focus Mode, Hide the Toolbar, and Fixes": a post titled by what a release improved and fixed.
  const fixed = titled(/,?\s(?:and|&)\s+(?:bug\s?)?fixes\s*$/i);
  if (fixed) return `it is a post titled by what a release fixed ("${fixed}")`;
  // "New tree visualisations in Auspice", "New Federalist platform lets agencies…": a post titled by what is new.
  // ("The all new Open Web Components": the same.)
  const fresh = titled(/^\s*(?:(?:the\s+)?all[- ]new|new)\s+(?!year\b)\p{L}/iu);
  if (fresh) return `it is a post titled by what is new ("${fresh}")`;
  return undefined;
}

/** "Redox OS 0.9.0", "Linkerd 2.9": the first title that is a version. (Its label and its emoji aside: "Release: Yarn 4.0 🪄⚗️".) */
function versionTitle(titles: (string | undefined)[]): string | undefined {
  return titles.find((t): t is string => !!t && VERSION_TITLE.test(t.replace(TITLE_EMOJI, '').replace(RELEASE_TITLE_LABEL, '')));
}

/** What a post in a design history is called (kindFromPath's name for it). */
const DESIGN_HISTORY_POST = 'design history post';

/**
 * A folder's own page rather than one of its documents: its README or index, a repository's community
 * files ("CODE_OF_CONDUCT.md", anything under ".github/"), a template. `speclint --init` leaves them out
 * of a folder's kind.
 */
export function isProcessFile(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  const stem = (p.split('/').pop() ?? '').replace(/\.(?:md|markdown|mdx|mdwn|txt)$/i, '');
  return PROCESS_FILE.test(stem) || TEMPLATE_STEM.test(stem) || TEMPLATE_PATH.test(p) || /(?:^|\/)\.github\//.test(p);
}

/** A title naming a template of a kind of document ("RFC Template", "PRD template (copy me)", "Template"), not a change to one ("Issue template redesign"). */
const TEMPLATE_TITLE = /^\s*template\s*$|\b(?:rfc|prd|design(?: doc(?:ument)?)?|proposal|enhancement|kep|adr|pep|brief|spec(?:ification)?|one[- ]pager|ticket|issue|bug(?: report)?|user story|story|feature request|release notes?|launch(?: note)?|announcement|decision record)\s+template\s*(?:$|[:(–—-])/i;
/** A process named by what it produces ("RFC process", "design process"). */
const PROCESS_NAMES = 'design|review|rfc|proposal|release|development|contribution|decision|enhancement|requirements';
const PROCESS_OF = new RegExp(String.raw`\b(?:${PROCESS_NAMES}) process\b`, 'gi');
/**
 * A title ending in what guides are called: "… Guidelines", "… Guide", "… Handbook", "… Playbook", or the process
 * of writing or reviewing ("Design Process", "RFC process"; not "Checkout process", which a PRD may be about).
 */
// (Or a folder of documentation named as such: "Documentation for the Simpler Grants Project". Not "Ember CLI Docs",
// an RFC whose topic is the docs.)
const GUIDE_TITLE = new RegExp(String.raw`\b(?:guidelines?|guide|handbook|playbook|(?:${PROCESS_NAMES}) process)\s*$|^\s*(?:documentation|docs)\s+(?:for|of)\b`, 'i');
/**
 * Instructions for writing a kind of document ("How to Write a Feature Release Announcement", "How to file a bug"): the
 * kind it names is its topic. ("How to prevent frontends from reading drafts", an RFC's question, names no kind.)
 */
const HOW_TO_TITLE = /^\s*how to\b/i;
/** A template's own name ("0000-template", "rfc_template", "TEMPLATE"), not a proposal about templates ("0016-remove-inline-templates"). */
const TEMPLATE_STEM = /(?:^|[-_.\s])template$/i;
/** A template's file ("0000-template.md", "rfc_template.md") or a folder of templates (".github/ISSUE_TEMPLATE/…", "templates/…"). */
const TEMPLATE_PATH = /(?:^|\/)(?:[^/]*[-_.])?template\.(?:md|markdown|mdx)$|(?:^|\/)(?:issue_template|pull_request_template|templates)\/[^/]+$/i;

/** A kind from where the file is kept: its folder or its name. Only asked when the text says nothing. */
function kindFromPath(filePath: string): { kind: DocKind; reason: string; name: string } | null {
  const parts = filePath.replace(/\\/g, '/').split('/').filter(Boolean);
  let file = parts.pop() ?? '';
  // A page kept as its folder's index ("news/0.50-relnotes/index.md", "blog/my-post/index.md"): the
  // folder names the page. Not the index of a folder of specs or tickets ("rfcs/index.md").
  // (SvelteKit keeps a route's page as "+page.md": "blog/(posts)/1-4-0-released/+page.md".)
  if (/^(?:index|\+page)\.(?:md|markdown|mdx|svx)$/i.test(file) && parts.length && !KIND_FOLDERS.some(([re]) => re.test(parts.at(-1)!))) file = parts.pop()!;
  const stem = file.replace(/\.(?:md|markdown|mdx|mdwn|txt)$/i, '');
  // An item kept as a folder of its own with a README ("bugs/06-shared-module/README.md",
  // "keps/sig-node/1234-x/README.md"): the folder is the item. Not the folder of items' own README
  // ("rfcs/README.md"), nor a template's folder.
  const item = /^(?:readme|index)$/i.test(stem) && parts.length >= 2 && !/template/i.test(parts.at(-1)!) &&
    !KIND_FOLDERS.some(([re]) => re.test(parts.at(-1)!)) && parts.slice(-3, -1).some((dir) => KIND_FOLDERS.some(([re]) => re.test(dir)));
  if (!item && (PROCESS_FILE.test(stem) || TEMPLATE_STEM.test(stem))) return null;
  // The nearest folders (a KEP keeps its README.md in keps/<sig>/<number>-<name>/).
  for (const dir of parts.slice(-3).reverse()) {
    for (const [re, kind, name] of KIND_FOLDERS) if (re.test(dir)) return { kind, reason: `it is kept in a "${dir}" folder`, name: folderName(dir) ?? name };
  }
  // A blog's own folder for its release posts ("blog/releases/knative-1.0.md", "news/announcements/…").
  const blogFolder = parts.slice(-2);
  if (blogFolder.length === 2 && /^(?:blog|news|posts?)$/i.test(blogFolder[0]!) && /^(?:releases|announcements)$/i.test(blogFolder[1]!)) {
    return { kind: 'launch', reason: `it is kept in a blog's "${blogFolder[1]}" folder`, name: 'launch' };
  }
  // A post in a team's design history ("…-design-history/app/posts/…", as the GOV.UK design-history template
  // keeps them): a design decision written up with its reasons. Readers took 11 of 15 such posts for specs. (So is a
  // copy kept under a person's name, "new-design-history-monica/app/posts/…", in the template's own folders.)
  const history = parts.find((d, i) => {
    const named = /(?:^|[-_])design[-_]?histor(?:y|ies)(?:$|[-_])/i.exec(d);
    // (The folder's name ends there, or goes on under the template's own folders.)
    const templateFolders = parts[i + 1] === 'app' && parts[i + 2] === 'posts';
    // (Under the template's own folders, any "…-history" is one: "defra-forms-designer-history/app/posts/…".)
    return (!!named && (!/[-_]$/.test(named[0]) || templateFolders)) || (templateFolders && /[-_]histor(?:y|ies)$/i.test(d));
  });
  if (history) return { kind: 'brief', reason: `it is a post in a design history ("${history}")`, name: DESIGN_HISTORY_POST };
  // A post named for the launch it announces ("posts/articles/new-mexico-income-tax-launch.md", "blog/…-announcement.md",
  // "blog/2024-03-01-0.2.x-release.md", "blog/3-0.4.0-released.markdown", a folder "posts/2015-05-07 Launch/index.md").
  // (Or opening with it: "posts/announcing-terminal-interception.mdx".)
  if (parts.some((d) => /^(?:blog|news|posts?|_posts|articles)$/i.test(d)) && (/[-_\s](?:launch|announcement|release|released)$/i.test(stem) || /^(?:announcing|introducing)[-_]/i.test(stem))) {
    return { kind: 'launch', reason: `it is a post named for a launch ("${file}")`, name: 'launch' };
  }
  // A blog post named by a version ("blog/v3.mdx", "news/2.0.md"), perhaps after its date and "release"
  // ("blog/2023-09-19-release-0.0.19.md"): that release's announcement.
  if (parts.length && /^(?:blog|news|posts?|_posts)$/i.test(parts.at(-1)!) && /^(?:(?:19|20)\d\d-[01]\d-[0-3]\d[-_](?:release[-_])?)?v?\d+(?:[._-]\d+)*$/i.test(stem)) {
    return { kind: 'launch', reason: `it is a post named by a version ("${file}")`, name: 'launch' };
  }
  // A release's notes named by its version in a folder of them ("release notes/v0.33.0.md", "changelogs/2.1.0.md"),
  // perhaps after a number that orders them and before the release's date ("changelog/70_4.0.0_2023-07-29.md"), or
  // after a short prefix, its parts joined by underscores ("release-notes/rl-2.92.md", "changelogs/ch1_7_0.md"). The
  // folder may group them by a series ("changelog/0.4.x/0.4.4.md"), or be called "relnotes" ("relnotes/v1.70.0.md").
  // (Or one level further in: "releases/releases-table/v4.0.0.md". Or called a change history: "changehistory/4.3.0.md".)
  const series = parts.slice(-2).reverse().find((d) => NOTES_FOLDER.test(d));
  // (Its parts may be joined by dashes too: "release-note/5-5-0.md". Or the file may call itself the version's
  // changelog or release: "changelog/3.24/CHANGELOG-v3.24.md", "releasenotes/release-1.4.0.md". Or name the product
  // before a "v": "release_notes/ProxySQL_v1.4.4.md".)
  if (series && /^(?:\d+_|[a-z]{1,3}[-_]?|(?:change[-_]?log|changes|release(?:[-_]?notes?)?)[-_]|[a-z][a-z\d]{3,20}[-_](?=v\d))?v?\d+(?:[._-]\d+)+(?:[-.]?[\w.]+)?(?:_\d{4}-\d\d-\d\d)?$/i.test(stem)) {
    return { kind: 'launch', reason: `it is named by a version ("${file}") in a "${series}" folder`, name: 'release note' };
  }
  // (Or a version's own folder there, its page named by its language or as the folder's index:
  // "release-note/10.2.1/en-US.md", "releases/v2.0/index.md".)
  if (parts.length >= 2 && NOTES_FOLDER.test(parts.at(-2)!) && /^v?\d+(?:\.\d+)+$/i.test(parts.at(-1)!) && /^(?:index|readme|[a-z]{2}(?:[-_][a-z]{2})?)$/i.test(stem)) {
    return { kind: 'launch', reason: `it is the page of version ${parts.at(-1)} in a "${parts.at(-2)}" folder`, name: 'release note' };
  }
  // (Or a "notes" folder of them, named by a dotted version: sbt's "notes/1.1.0.markdown", "notes/v1.3.0.md". Not its
  // dated files, "notes/2023-05-01.md", which may be a meeting's.)
  if (parts.at(-1)?.toLowerCase() === 'notes' && /^v?\d+\.\d+(?:\.\d+)*(?:-?(?:rc|m|beta|alpha)\d*)?$/i.test(stem)) {
    return { kind: 'launch', reason: `it is named by a version ("${file}") in a "notes" folder`, name: 'release note' };
  }
  // A numbered proposal's file ("adr-004-user-roles-workflow.md", "kep-1234.md"), wherever it is kept.
  const numbered = PROPOSAL_FILE_NAME.exec(stem);
  if (numbered) return { kind: 'brief', reason: `its file name "${file}" numbers it as a proposal (${numbered[1]!.toUpperCase()})`, name: numbered[1]!.toUpperCase() };
  if (SPEC_FILE_NAME.test(stem)) return { kind: 'brief', reason: `its file name "${file}" names a spec`, name: /rfc/i.test(stem) ? 'RFC' : folderName(stem) ?? 'proposal' };
  if (TICKET_FILE_NAME.test(stem)) return { kind: 'ticket', reason: `its file name "${file}" names a ticket`, name: 'ticket' };
  if (RELEASE_NOTES_NAME.test(stem)) return { kind: 'launch', reason: `its name "${file}" names release notes`, name: 'release note' };
  return null;
}

/**
 * A post's file: named by its date ("2026-07-11-nushell_v0_114_1.md"), as Jekyll and Docusaurus blogs name them, or
 * kept in a blog's year and month folders ("blog/2015/10/julia-0.4-release.md").
 */
const DATED_FILE = /(?:^|\/)(?:19|20)\d\d-[01]\d-[0-3]\d[-_][^/]*$|(?:^|\/)(?:19|20)\d\d\/[01]\d\/(?:[0-3]\d\/)?[^/]+$/;

/**
 * A page kept in a blog's folder ("blog/…", "news/…", "_posts/…"), or among a project's release pages
 * ("docs/releases/v11/version-v11.0.0.md"), or a project's news or announcement file ("doc/NEWS.md", Wine's
 * "ANNOUNCE.md", which hold its latest release's announcement): a post when its words announce a launch.
 */
const BLOG_FILE = /(?:^|\/)(?:blogs?|news|_posts|releases|release[-_]notes)\/|(?:^|\/)(?:news|announce)\.(?:md|markdown)$/i;
/** Files every repository keeps that are no spec, ticket or launch note: its licence, and its instructions to coding agents. */
const KEPT_FILE = /(?:^|\/)(license|licence|copying|notice|agents|claude|gemini|copilot-instructions)(?:[-_.][\w-]+)?\.(?:md|markdown|mdx|txt)$/i;
/** A security advisory's file, named by its id in one of the advisory databases. */
const ADVISORY_FILE = /(?:^|\/)((?:RUSTSEC|HSEC|OSEC|GHSA|PYSEC|GO|GSD|CVE)-\d{4}-[\w-]+\.(?:md|markdown))$/;
/** A folder that keeps one file per release: "release-notes", "relnotes", "releases", "changelog", "changehistory". */
const NOTES_FOLDER = /^(?:release[-_ ]?notes?|relnotes|releases|changelogs?|change[-_]?history)$/i;
/** A folder of release notes: "release-notes/…", "release_notes/…", "relnotes/…", "release_announcements/…". */
const RELEASE_NOTES_FOLDER = /(?:^|\/)(?:release[-_ ]?notes|relnotes|release[-_ ]?announcements)\//i;
/** A title that is a month ("May 2024"), as monthly release notes are titled. */
const MONTH_TITLE = /^\s*(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\s*$/i;
/** Emoji that close a post's title ("Yarn 4.0 🪄⚗️"). */
const TITLE_EMOJI = /[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u;
/** The product a version title names, before its version: "Redox OS", "Cap'n Proto", "MapLibre GL JS". */
const PRODUCT_NAME = String.raw`[\p{L}][\p{L}\d .+#'’-]{0,40}?`;
/** A label that opens a post's title before what it releases ("Release: Yarn 4.0"). */
const RELEASE_TITLE_LABEL = /^\s*(?:release|announcement|news)\s*:\s*/i;
/** A title that is a product and its version ("Redox OS 0.9.0", "Nim v2.0 RC"): not "Templates v2" (no minor version). */
// (A release date may follow in brackets, as a wiki's news page titles it: "Notmuch 0.6 (2011-07-01)".)
// (Or a subtitle after a dash: "Video.js v4.7.0 - Built mostly by NEW contributors!".)
// (Or an exclamation: "Tskit 1.0.0!". Or a subtitle after a colon: "Jest 14.0: React Tree Snapshot Testing".)
const VERSION_TITLE = new RegExp(String.raw`^\s*${PRODUCT_NAME}\s+v?\d+\.\d+(?:\.\d+)*(?:[-\s](?:beta|alpha|rc)\s*\d*)?(?:\s*\((?:19|20)\d\d-[01]\d-[0-3]\d\)|\s+with\s.*|\s+[-–—]\s+\S.*|:\s+\S.*|!+)?\s*$`, 'iu');
/** A title that is a product and a major version named by its "v" ("MapLibre GL JS v3"), perhaps with a subtitle after a colon ("tusd v2: better hooks, …"). */
const MAJOR_VERSION_TITLE = new RegExp(String.raw`^\s*${PRODUCT_NAME}\s+v\d+(?:\s*[:–—]\s+\S.*)?\s*$`, 'iu');

/** Ids of numbered proposals, which are specs even with a status ("adr-0012", "KEP-3104", "RFC-7"). */
const PROPOSAL_ID = /^(?:kep|rfc|adr|pep|design|proposal|decision)-/i;

const KIND_ARTICLES: Record<DocKind, string> = { brief: 'a spec', ticket: 'a ticket', launch: 'a launch note' };

/** An announcement in so many words, wherever it stands in a post's opening. */
// (Or "Daocloud officially launched the open source project today", a few paragraphs in: all 15 corpus documents that say
// "officially launched" or "officially released" are launch notes.)
const ANNOUNCING = /\b(?:(?:excited|pleased|thrilled|proud|happy|delighted|over the moon) to (?:finally |officially )?(?:announce|introduce|release|launch)|officially (?:launched|released))\b/i;
/**
 * A sentence that announces a launch ("we're excited to announce the launch of…", "launched Open Forest", "Today we are
 * unveiling…", a title "Citra Android is here!", "The Site Planner is a new, open-source tool…" in a post's opening,
 * "We proudly present to you - Homarr 1.0", "Enketo now has full support for encryption-enabled forms!", "It can now
 * be downloaded from the App Store", an excerpt that will "introduce a new token authentication method", "Drawpile
 * version 2.3.0 is out!", "State of California launches Cal-ITP Benefits", "The debut of a new web application", "Graphite's
 * Q2 2024 update introduces boolean path operations", "fearless_simd v0.6 brings AVX-512", "SPIRE 1.3.0 adds
 * experimental support for running on Windows", "new features that have been released for ioBroker", "Premake5 has finally entered beta!",
 * a title "Quilt enters Beta", "Garnet recently announced native support for ETag-based commands").
 * (Not "This is a new approach…", "It is a new way…": an essay's claim, not something released; nor "2.3 is out of date".)
 * (A version may lack a dot where it is said to be out: "Grafana-operator version 5 RC is now out".)
 */
const LAUNCH_SAYING = /\b(?:we(?:'ve| have)? open[- ]sourced|announc(?:e|es|ed|ing) (?:the )?(?:(?:stable|first|official|public|final) )?(?:launch|release|general availability|availability)|(?:recently|just|has|have|we) announced (?:(?:native|experimental|official|full|built-in|first-class) )?support for|(?:we(?:'re|’re| are)|i(?:'m|’m| am)) (?:releasing|launching|shipping) (?:version|v?\d|the|a|an|our)(?=\s)|we(?:'re|’re| are) open[- ]sourcing|(?<!\b(?:it|that|which|who) )releases v?\d+(?:\.\d+)+\b|(?:i|we)(?:'d|’d| would) like to announce|(?:excited|pleased|thrilled|proud|happy) to (?:announce|launch|release|introduce|share that we|share (?:some|a few|several) (?:updates|improvements|new features))|launched|(?:has|have) (?:just )?been released|(?:is|are) (?:finally |now |officially )released\b|(?<!\b(?:it|app|application|program|process|that|which|when|browser|window|page) )launches\b|\bdebuts?\b|(?:update|release|version|\bv?\d+(?:\.\d+)+) (?:introduces|brings|adds)\b|(?:is|are) now (?:available|live|public|open)|(?:v?\d+(?:\.\d+)+|(?:version|\bv) ?\d+(?: (?:rc\d*|beta|alpha|preview|release candidate))?) (?:is|are) (?:now |finally )?out(?!\s+of\b)|v?\d+(?:\.\d+)+ (?:has|have) (?:finally )?arrived|(?:was|were) made (?:public|available)|now generally available|(?<!\b(?:since|after|before|when) )announcing|now (?:supports?|(?:has|offers|with) (?:full |native |built-in |first-class )?support for)|can now be (?:downloaded|installed)|we(?:'re|’re| are) introducing|introduc(?:e|es|ing) (?:a )?new\b|we(?:'ve| have)? (?:improved|updated|redesigned|rebuilt|added support)|product launch|release notes?|we(?:'ve| have)? (?:just )?(?:shipped|released)|(?:just|has|have|finally) landed|(?:already|newly|just|recently) released|we welcome (?:a|the) new|we(?:'ve| have) included support|we(?:'re|’re| are) unveiling|(?:we )?proudly (?:present|announce|introduce)|proud to present|(?:has|have) (?:finally |now |officially )?(?:entered|reached)(?: to)? (?:the )?(?:public |open )?(?:beta|alpha|general availability|ga|stable(?: release)?)\b|(?<!\b(?:it|that|which|when) )(?:enters|reaches) (?:public |open )?(?:beta|alpha|general availability|ga)\b|(?<!\b(?:this|it|that|there|here|which) )(?:is|are) a (?:brand[- ])?new\b|(?:is|are) (?:finally |now )?here(?=!|\s*$))\b/i;
/**
 * A sentence that opens with a name and tells what it now does ("Aider now lints your code", "WoodpeckerCI now lets you
 * register…"): a post announcing a feature. (Not a pronoun's: "It now runs", "This now means".) All 41 corpus documents
 * with such a line are launch notes.
 */
const PRODUCT_NOW_DOES = /(?:^|[.!?]\s+)(?!(?:This|That|These|Those|It|There|Here|He|She|We|They|You|I|Everything|Nothing|Which|What|Who|One|Each|Every|The)\b)[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2} now (?!needs\b|has to\b|seems\b|looks\b)[a-z]+s\b/;

/**
 * "This design doc describes…", "This RFC proposes…", "We propose…", "This explainer outlines…", "This proposed API
 * allows developers to…", "This document aims to outline the motivation for…", "**Web Share** is a proposed web API to…",
 * "this proposal focuses on limiting the use of IP addresses", "the scope of this proposal is limited to…":
 * the document says it is a spec.
 */
const SELF_DESCRIPTION = /\b(?:this proposed (?:api|feature|interface|extension|mechanism|capability|standard)\b[^.\n]{0,20}?\b(?:allows|lets|enables|would)\b|is an? proposed (?:new )?(?:web )?(?:api|feature|interface|extension|mechanism|capability|standard)\b|this (?:design(?: doc(?:ument)?)?|proposal|explainer|rfc|prd|spec(?:ification)?|one-pager|use case|design proposal|product brief|brief|kep|pep|adr|otep|jep|tep|eip|erc|bip|hip|dep|kip|flip|gep|zep|xep|nep|fep)\b(?! process)[^.\n]{0,40}?\b(?:describes|proposes|outlines|specifies|defines|presents|introduces|explores|covers|lays out|suggests|documents|focuses on)|this (?:document(?:ation)?|doc|page) (?:(?:aims to )?(?:outlines?|describes?|explains?) the (?:motivation|rationale)\b|proposes|specifies|outlines the (?:design|requirements)|(?:contains|describes|presents) the (?:design|requirements) (?:of|for)\b)|the (?:purpose|goal|aim|scope) of this (?:specification|spec|proposal|rfc|design doc(?:ument)?|prd|brief) is\b|this (?:document |doc )?is an? (?:proposal|rfc|design doc(?:ument)?|design proposal|spec(?:ification)?|prd)\b|this is an? (?:rough |draft |first |initial |high[- ]level |proposed )?design (?:of|for)\b|\b(?:we|i) propose\b)/i;

/** The document naming itself ("This is a proposal to…", "This RFC proposes…"); "we propose" alone is too common in READMEs past the opening. */
const SELF_REFERENCE = new RegExp(SELF_DESCRIPTION.source.replace('|\\b(?:we|i) propose\\b', ''), 'i');

/** A changelog's file: "CHANGELOG.md", "CHANGES.md", "HISTORY.md". */
const CHANGELOG_FILE = /(?:^|\/)(?:change[-_]?log|changes|history)\.(?:md|markdown)$/i;
/** A title kept in a link-reference comment on the first lines: `[//]: # (title: …)`. */
const COMMENT_TITLE = /^\s*\[\/\/\]: # \(title: ([^)\n]+)\)/m;

/** A field only a tracker's work item carries at the top, beside its status. */
const TICKET_FIELD = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:priority|severity|assignee|assigned to|effort|story points)(?:\*\*|__)?\s*(?::|\*\*:)/im;

/** Metadata keys that only design docs and proposals carry at the top. */
const DESIGN_DOC_KEYS = new Set(['author(s)', 'owner', 'owners', 'reviewers', 'reviewer', 'approvers', 'approver', 'sponsor', 'sponsors', 'champion', 'champions', 'driver', 'drivers', 'dri', 'shepherd', 'shepherds', 'deciders', 'tracking issue', 'rfc pr', 'feature name']);

function clipText(text: string, re: RegExp): string {
  const m = re.exec(text);
  let at = m ? Math.max(0, m.index - 20) : 0;
  // (From a word's start: "…cycles, Premake5 has finally entered beta!", not "ha cycles, Premake5…".)
  if (m && at > 0 && !/\s/.test(text[at - 1]!)) {
    const space = text.slice(at, m.index).search(/\s/);
    at = space >= 0 ? at + space + 1 : m.index;
  }
  const s = text.slice(at, at + 80).replace(/\s+/g, ' ').trim();
  return `${at > 0 ? '…' : ''}${s}${at + 80 < text.length ? '…' : ''}`;
}

/** The text between the title (or the start, after front matter) and the first other heading, as written. */
function openingText(doc: SpecDocument): string {
  const title = doc.sections.find((s) => s.isTitle);
  const from = title && title === doc.sections[0] ? title.headingEnd : doc.frontMatter ? doc.frontMatter.end : 0;
  const next = doc.sections.find((s) => !s.isTitle && s.start >= from);
  const to = next ? next.start : doc.text.length;
  return doc.text.slice(from, Math.min(to, from + 3000));
}

/**
 * The first paragraph under the document's first section when that section is its summary ("Summary",
 * "Executive Summary", "Abstract"), as written; empty otherwise.
 */
function summaryParagraph(doc: SpecDocument): string {
  const first = doc.sections.find((s) => !s.isTitle);
  if (!first || !OPENING_HEADING.test(first.title)) return '';
  const body = doc.text.slice(first.headingEnd, Math.min(first.end, first.headingEnd + 2000)).replace(/^\s+/, '');
  return body.split(/\n[ \t]*\n/)[0]!;
}

/**
 * The first 4,000 characters after the front matter, as written. Read from the text, not the tree:
 * a partial parse leaves out paragraphs that hold no rule's trigger.
 */
function earlyProse(doc: SpecDocument): string {
  const from = doc.frontMatter ? doc.frontMatter.end : 0;
  return doc.text.slice(from, from + 4000);
}

/**
 * A post's title that is a product, perhaps its version, and a release stage: "Tamagui Beta", "Formik 3 Alpha". (A name,
 * not a sentence: "Tempest is beta" over a post tagged "Thoughts" may muse about the stage.)
 */
const STAGE_TITLE = /^\s*(?![^\n]*\b(?:is|are|was|were|not|no|still)\b)[\p{L}][\p{L}\d .-]{0,40}?\s+(?:v?\d+(?:\.\d+)*\s+)?(?:beta|alpha)\s*$/iu;

/** A title or heading that introduces what a post ships: "Introducing AlmaLinux OS Kitten", "## Introducing `ytt` Validations". */
const INTRODUCING = /^\s*introducing\s+\S/i;
/** A line that is only a few words in italics: a post's tagline or epigraph. */
const TAGLINE = /^\s*([*_])(?!\1)[^*_\n]{1,60}\1\s*$/;
/** A post's date on a line of its own under the title: "Posted On: Nov 28, 2022", "*Published 2024-03-01*". */
const POSTED_ON = /^\s*[*_]*(?:[Pp]osted|[Pp]ublished)(?:\s+[Oo]n)?\s*:?\s*[*_]*\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{4}-\d\d-\d\d|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})[*_]*\s*$/m;
/** A post's byline on a line of its own: "By [Titus Winters](mailto:…), Abseil Lead", "_Posted by Ana Lima_". */
const BYLINE_LINE = /^\s*[*_]*(?:[Bb]y|[Pp]osted by|[Ww]ritten by)\s+(?:\[[^\]\n]{1,60}\]\([^)\s]*\)|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})[*_]*(?:\s*,\s*[^.!?\n]{1,60})?\s*$/u;

/** Markdown text with each inline link `[text](url)` as its text. */
const linkText = (text: string): string => text.replace(/\[([^\]\n]{0,200})\]\([^)\s]{0,500}\)/g, '$1');

/** The first paragraph after the front matter (headings skipped), as written. */
function firstParagraph(doc: SpecDocument): string {
  // (An HTML tag may span lines: Servo's banner `<figure>…<img src=… \n alt="…">` is no paragraph.)
  const lines = earlyProse(doc).replace(/<\/?[a-zA-Z][^<>]*>/g, '').split(/\r?\n/);
  const out: string[] = [];
  // A block of "Key: value" lines on top, two or more, with a title or a date among them: a Pelican post's metadata.
  let fields = lines.findIndex((l) => !/^[a-z][\w-]{1,20}:\s+\S/i.test(l));
  if (fields < 2 || !lines.slice(0, fields).some((l) => /^(?:title|date):/i.test(l))) fields = 0;
  for (const [i, line] of lines.entries()) {
    if (!line.trim() || /^\s{0,3}#{1,6}\s/.test(line)) {
      if (out.length) break;
      continue;
    }
    // (A setext heading's underline: the lines above it were a heading, "Drawpile 2.3.0" over "=====", not the paragraph.)
    if (/^\s{0,3}(?:=+|-+)\s*$/.test(line)) {
      out.length = 0;
      continue;
    }
    // (A banner image or an HTML tag on its own line opens many posts: the first paragraph is the words after it.)
    if (!out.length && !/\p{L}/u.test(line.replace(/!\[[^\]]*\]\([^)]*\)|<[^>]*>/g, ''))) continue;
    // (So does a tagline in italics on its own, "_Achillobator giganticus_", the release's code name: a few words, not a paragraph.)
    if (!out.length && TAGLINE.test(line) && !lines[i + 1]?.trim()) continue;
    // (And a byline on its own, "By [Titus Winters](mailto:…), Abseil Lead": who wrote the post, not what it says.)
    if (!out.length && BYLINE_LINE.test(line) && !lines[i + 1]?.trim()) continue;
    // (And a Pelican post's metadata lines on top, "Title: poliastro 0.7.0 released", "Date: 2017-09-15": fields, not
    // the opening.)
    if (i < fields) continue;
    // (And an MDX post's imports, "import useBaseUrl from '@docusaurus/useBaseUrl';": code, not the opening.)
    if (!out.length && /^import\s+(?:[\w{}\s,*]+\s+from\s+)?['"][^'"]+['"];?\s*$/.test(line)) continue;
    out.push(line);
  }
  return out.join('\n').slice(0, 1500);
}

/** Metadata lines at the top ("**Owner** …", "* **Status**: Draft", "Type: Design proposal"): their keys, and the type. */
function metadataKeys(opening: string): { keys: string[]; type?: string } {
  const keys: string[] = [];
  let type: string | undefined;
  for (const line of opening.split(/\r?\n/)) {
    const m = METADATA_LINE.exec(line.replace(/^\s*\|\s*([^|]{1,30}?)\s*\|/, '$1:'));
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    if (!keys.includes(key)) keys.push(key);
    if (key === 'type') type = line.slice(m[0].length).replace(/[*_]/g, '').trim();
  }
  return { keys, type };
}

/** A blog's label for its release posts: `categories: ["Releases"]`, `tags: [announcement]`. */
const RELEASE_LABEL = /^\s*["']?(?:(?:pre-?)?releases?|release[- _]?notes?|launch(?:es)?)["']?\s*$/i;

/**
 * A few front-matter fields read leniently: a post's date, and what it says about itself (summary,
 * excerpt, description, tags) and the labels it is filed under (tags, categories). Hand-written front
 * matter is often not valid YAML (an unclosed quote), so when it does not parse, `key: value` (and
 * TOML's `key = value`) lines are read one by one.
 */
/** An ikiwiki page's date directive, in its first lines: what front matter's `date:` is to other blogs. */
const IKIWIKI_DATE = /^\s*\[\[!meta\s+date=/m;

function frontMatterFields(doc: SpecDocument): { date: boolean; byline: boolean; about: string[]; labels: string[] } {
  const fm = doc.frontMatter;
  // (An ikiwiki page dates itself with a directive at the top: `[[!meta date="2011-07-01"]]`.)
  if (!fm) return { date: IKIWIKI_DATE.test(doc.text.slice(0, 300)), byline: false, about: [], labels: [] };
  const BYLINE = ['author', 'authors'];
  // (A press page's own fields say it too: `heading: State of California launches…`, `lead:`, `intro:`.)
  const ABOUT = ['excerpt', 'description', 'summary', 'subtitle', 'tags', 'tag', 'categories', 'category', 'heading', 'headline', 'lead', 'intro'];
  /** Keys whose values label the post, one by one. */
  const LABELS = ['tags', 'tag', 'categories', 'category'];
  if (fm.data) {
    const about: string[] = [];
    const labels: string[] = [];
    /** Each field's value, and whether its values label the post. */
    // (Zola's themes keep them under `extra`: `[extra]` then `summary = "…"`, `author = "…"`.)
    const extra = fm.data.extra && typeof fm.data.extra === 'object' && !Array.isArray(fm.data.extra) ? (fm.data.extra as Record<string, unknown>) : {};
    const fields: [unknown, boolean][] = ABOUT.map((key) => [fm.data![key] ?? extra[key], LABELS.includes(key)]);
    // Zola files a post under taxonomies of the site's own naming: `taxonomies: { news: ["Releases"] }`.
    const tax = fm.data.taxonomies;
    if (tax && typeof tax === 'object' && !Array.isArray(tax)) for (const v of Object.values(tax as Record<string, unknown>)) fields.push([v, true]);
    for (const [v, label] of fields) {
      const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
      if (values.length) about.push(values.join(', '));
      if (label) labels.push(...values);
    }
    return { date: 'date' in fm.data || 'published' in fm.data, byline: BYLINE.some((k) => k in fm.data! || k in extra) && about.length > 0, about, labels };
  }
  const raw = doc.text.slice(fm.start, fm.end);
  const about: string[] = [];
  const labels: string[] = [];
  let date = false;
  let author = false;
  let inList = '';
  for (const line of raw.split(/\r?\n/)) {
    const kv = /^([A-Za-z_-]+)\s*[:=]\s*(.*)$/.exec(line);
    if (kv) {
      const key = kv[1]!.toLowerCase();
      if (key === 'date' || key === 'published') date = true;
      if (BYLINE.includes(key)) author = true;
      inList = ABOUT.includes(key) ? key : '';
      if (inList && kv[2]) {
        about.push(kv[2]);
        // (A one-line list: `categories = ["Releases"]`, `tags: [a, b]`.)
        if (LABELS.includes(key)) labels.push(...kv[2].replace(/^\[|\]$/g, '').split(','));
      }
    } else if (inList && /^\s*-\s+/.test(line)) {
      about.push(line.replace(/^\s*-\s+/, ''));
      if (LABELS.includes(inList)) labels.push(line.replace(/^\s*-\s+/, ''));
    }
  }
  return { date, byline: author && about.length > 0, about, labels };
}

/** Headings of a bug report: how to make it happen, what happens, how to live with it. */
const BUG_REPORT_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:steps to reproduce|reproduction steps|repro steps|steps to repro|how to reproduce|to reproduce|reproduction|symptoms?|observed behaviou?r|actual (?:behaviou?r|results?)|workarounds?|bug description|describe the bug|what happened)\s*:?$/i;

/** Front matter types of blog posts: launch notes when they announce a launch, otherwise pages. */
const POST_TYPES = new Set(['blog', 'post', 'posts', 'news', 'blog-post', 'blogpost']);

/** Headings of meeting notes and retrospectives: "What happened" there is the meeting's story, not a bug's. */
const MEETING_HEADING = /^(?:\d+\.?\s+)?(?:who|attendees|participants|present|agenda|actions?|action items|next steps|insights|decisions|what went well|what (?:went|could go) (?:wrong|better)|what didn'?t go well|retro(?:spective)?)\b[^\n]{0,40}$/i;

/** Headings only READMEs and guides have. */
const README_HEADING = /^(?:\d+\.?\s+)?(?:installation|install|installing|setup|set up|usage|getting started|quick ?start|license|licence|contributing|how to contribute|prerequisites|building|build|running tests|changelog|support)(?: (?:guide|instructions|notes))?\s*:?$/i;

/**
 * Headings of proposal and PRD templates that READMEs and guides do not use. (Not "Acceptance Criteria": a ticket's
 * heading as much as a spec's; a project assignment with an "Overview", its requirements and "Acceptance Criteria" is
 * one piece of work, a ticket, as the ticket headings below read it.)
 */
const STRONG_SPEC_HEADING = /^(?:\d+(?:\.\d+)*(?:\.?\s+|\.(?=[a-z]{2})))?(?:(?:the |user |customer )?problem statements?|(?:the |user |customer )?problem|non-?goals|success (?:metrics|criteria|measures)|alternatives considered|alternative (?:solutions|designs|approaches)|rejected (?:alternatives|ideas)|(?:rationale and )?alternatives|unresolved questions|open questions|drawbacks|prior art|graduation criteria|user stories|out of scope|proposed (?:solution|design|change)|detailed design|design details|high[- ]level design|test(?:ing)? plan|(?:non-?)?functional requirements)\s*:?$/i;

/** A kind from the headings alone: three or more distinct spec sections, or a ticket's own headings. */
function kindFromHeadings(sections: Section[]): { kind: DocKind; reason: string } | null {
  const heads = sections.filter((s) => !s.isTitle);
  const specIds = new Set<string>();
  const names: string[] = [];
  let solution = 0;
  let specHeads = 0;
  // A bug report's own headings ("Symptoms", "Steps to reproduce", "Workaround") say ticket, though they
  // also tell its problem.
  const bugHeads = heads.filter((s) => BUG_REPORT_HEADING.test(s.title.trim()));
  for (const s of heads) {
    if (bugHeads.includes(s)) continue;
    const ids = s.ids.filter((id) => id !== 'credits' && id !== 'acceptance');
    if (ids.length) {
      ids.forEach((id) => specIds.add(id));
      if (names.length < 4) names.push(s.title);
      specHeads++;
    }
    if (s.solution) solution++;
  }
  // A README or guide ("Installation", "Usage", "License") may have a Motivation and a Features list,
  // or "Workarounds" for known problems.
  // One README-like heading ("Prerequisites") among two of the headings only specs have ("Problem",
  // "Open questions") is the spec's own section, not a README's.
  // Only a top-level heading says README: a proposal's "### Usage" under "## Proposal" is part of its design.
  const top = Math.min(...heads.map((s) => s.depth));
  const readmeHeads = heads.filter((s) => s.depth === top && README_HEADING.test(s.title.trim())).length;
  const readme = readmeHeads > 0 && !(readmeHeads === 1 && heads.filter((s) => STRONG_SPEC_HEADING.test(s.title.trim())).length >= 2);
  // (Two headings of meeting notes, "Who" and "Actions", make "What happened" the meeting's own story.)
  const meeting = heads.filter((s) => MEETING_HEADING.test(s.title.trim())).length >= 2;
  if (bugHeads.length && specIds.size < 3 && !readme && !meeting) return { kind: 'ticket', reason: `it has a bug report's headings (${bugHeads.slice(0, 3).map((s) => s.title).join(', ')})` };
  // Headings that are nearly all spec sections ("Business need", "Business impact", "Assumptions",
  // "Constraints"): a one-pager, even with no solution heading.
  const mostly = heads.length >= 4 && specHeads >= heads.length - 1 && specIds.size >= 3;
  if (!readme && ((specIds.size >= 3 && specIds.size + solution >= 4) || (specIds.size >= 2 && solution >= 1) || mostly)) {
    return { kind: 'brief', reason: `its headings are spec sections (${names.join(', ')})` };
  }
  // One heading only specs have ("Problem statement", "Non-goals", "Alternatives considered", "Functional
  // requirements") with a solution or another spec section; at least one of them a spec section, not only
  // headings of what to build (a take-home task's "Functional requirements" and "General requirements").
  const strong = heads.find((s) => STRONG_SPEC_HEADING.test(s.title.trim()));
  if (strong && !readme && specIds.size >= 1 && specIds.size + solution >= 2) return { kind: 'brief', reason: `it has a spec's "${strong.title.trim()}" heading` };
  // Options weighed under headings of their own ("Option 1 – agnostic content design", "Option 2 – filter page"):
  // a decision being made, as a design proposal or a design history records it.
  // (Not in a runbook, whose "Step 1", "Step 2" headings make its options ways of doing a procedure: "OPTION 1 -
  // Analyze Only".)
  const options = heads.filter((s) => OPTION_HEADING.test(s.title.trim()));
  const steps = heads.filter((s) => /^(?:\*\*|__)?step\s*#?\d+\b/i.test(s.title.trim())).length;
  if (options.length >= 2 && !readme && steps < 2) return { kind: 'brief', reason: `it weighs options under headings (${options.slice(0, 2).map((s) => s.title.trim()).join(', ')})` };
  const ticketHeads = heads.filter((s) => s.ids.includes('acceptance') || /^(?:expected (?:behaviou?r|results?))$/i.test(s.title.trim()));
  if (ticketHeads.length && specIds.size < 3) return { kind: 'ticket', reason: `it has a ticket's headings (${ticketHeads.slice(0, 3).map((s) => s.title).join(', ')})` };
  return null;
}
