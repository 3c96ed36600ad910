/**
 * The lint pipeline: parse once, build the shared SpecDocument, run each enabled rule
 * inside its own try/catch, check every report, drop what inline directives disable.
 */
import { compileGlob } from './config/glob.js';
import type { Diagnostic, DocKind, Fix, ReportDescriptor, Rule, RuleContext, Severity } from './types.js';
import type { Root, RootContent } from 'mdast';
import { parseDocument, type ParseCache, type PieceFilter } from './parse/parse.js';
import type { Chunk } from './parse/chunks.js';
import { Prefilter } from './parse/prefilter.js';
import { SpecDocument, detectKind } from './document/document.js';
import { collectDirectives, disabledPredicate, type Directive } from './document/directives.js';
import { closest } from './config/suggest.js';
import { ConfigError, defaultConfig, mergeConfig, ruleSetting, validateConfig, type ResolvedConfig } from './config/config.js';
import { isWellFormed } from './fix/fix.js';
import { buildConfigSchema } from './config/schema.js';
import { phrasesRead, sectionStatus, sectionsByPhrase, type SectionStatus } from './document/status.js';

export const DOCS_BASE_URL = 'https://github.com/speclint/speclint/blob/main/docs/rules/';
export const INTERNAL_RULE = 'internal-error';
export const CONFIG_RULE = 'config-error';
export const SKIPPED_RULE = 'skipped-content';

export interface LintOptions {
  config?: ResolvedConfig;
  /** Absolute, '/'-separated path; used for `kinds.*.files` globs. */
  filePath?: string;
  rules: readonly Rule<any>[];
  /** Reuse parses of unchanged chunks from earlier lints of the same document. */
  cache?: ParseCache;
  /**
   * Parse every block, even those no enabled rule can report in. The diagnostics are the same
   * either way (a test checks it); this is for that test and for benchmarks.
   */
  fullParse?: boolean;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  kind: DocKind | null;
  /** Why the kind was chosen ("the title "KEP-3104: …" names a spec"), for the status bar hover and the CLI's JSON. */
  kindReason: string;
  /** What the document calls itself ("PRD", "RFC", "ticket"); '' when it is no spec. */
  kindLabel: string;
  status: SectionStatus | null;
}

const globCache = new Map<string, (p: string) => boolean>();
export function matchGlob(path: string, globs: string[]): boolean {
  let positive = false;
  for (const g of globs) {
    const neg = g.startsWith('!');
    const key = neg ? g.slice(1) : g;
    let m = globCache.get(key);
    if (!m) {
      m = compileGlob(key);
      if (globCache.size > 500) globCache.clear();
      globCache.set(key, m);
    }
    if (m(path)) positive = !neg;
  }
  return positive;
}

/**
 * The piece filters of one config and rule list: `rules` keeps what a rule may report in (and
 * headings and directives), `status` also what may satisfy a section by a phrase (satisfiedBy).
 * null: parse everything. They are the same filter when there are no section phrases.
 */
interface PieceFilters {
  rules: PieceFilter | null;
  status: PieceFilter | null;
}

const filters = new WeakMap<ResolvedConfig, WeakMap<readonly Rule<any>[], PieceFilters>>();
/** Equal phrase lists share one filter, whichever config object they come from. */
const filtersByPhrases = new Map<string, PieceFilter>();
let sharedDefault: ResolvedConfig | undefined;

function prefilterOf(phrases: string[]): PieceFilter {
  const key = phrases.join('\n');
  let f = filtersByPhrases.get(key);
  if (!f) {
    f = new Prefilter(phrases).needs;
    if (filtersByPhrases.size >= 20) filtersByPhrases.clear();
    filtersByPhrases.set(key, f);
  }
  return f;
}

function pieceFilters(config: ResolvedConfig, rules: readonly Rule<any>[]): PieceFilters {
  let byRules = filters.get(config);
  if (!byRules) filters.set(config, (byRules = new WeakMap()));
  let f = byRules.get(rules);
  if (f !== undefined) return f;
  const phrases: string[] = [];
  let all = false;
  for (const rule of rules) {
    const { severity, options } = ruleSetting(rule, config);
    if (severity === 'off') continue;
    const t = rule.triggers?.(options) ?? null;
    if (t === null) {
      all = true;
      break;
    }
    for (const p of t) phrases.push(p);
  }
  if (all) f = { rules: null, status: null };
  else {
    const sectionPhrases: string[] = [];
    for (const def of Object.values(config.sections)) for (const p of phrasesRead(def)) sectionPhrases.push(p);
    const ruleFilter = prefilterOf(phrases);
    f = { rules: ruleFilter, status: sectionPhrases.length ? prefilterOf([...phrases, ...sectionPhrases]) : ruleFilter };
  }
  byRules.set(rules, f);
  return f;
}

/**
 * The pieces a lint with this config and these rules must parse, or null for all of them:
 * headings and directives always, prose only where an enabled rule's trigger phrase (or a
 * phrase that satisfies a section, for the status) may occur. See prefilter.ts.
 */
export function pieceFilter(config: ResolvedConfig, rules: readonly Rule<any>[]): PieceFilter | null {
  return pieceFilters(config, rules).status;
}

/**
 * Whether the section status of this document reads prose: only for a spec (a kind) with a
 * required section that no heading fills and that a phrase may satisfy (status.ts). Reads only
 * headings and the text, which every partial parse has.
 */
function statusReadsProse(doc: SpecDocument, kind: DocKind | null): boolean {
  if (!kind) return false;
  return sectionsByPhrase(doc, kind).length > 0;
}

export function lint(text: string, options: LintOptions): LintResult {
  // One default config object for every lint without one, so what is built per config is built once.
  let config = options.config ?? (sharedDefault ??= defaultConfig());
  const pf = pieceFilters(config, options.rules);
  // Section phrases matter only to a spec missing a section heading (statusReadsProse): parse
  // for the rules first, and again with the section phrases' pieces only when it is one. With
  // a cache (the editor), start from what the document needed last time.
  let withStatus = pf.rules === pf.status || (options.cache?.statusPieces ?? false);
  let { tree, refused } = parseDocument(text, options.cache, options.fullParse ? undefined : ((withStatus ? pf.status : pf.rules) ?? undefined));
  const directives = collectDirectives(tree, text);
  const diagnostics: Diagnostic[] = [];
  const pending: Diagnostic[] = [];

  const configure = directives.filter((d) => d.kind === 'configure-file');
  if (configure.length) {
    // Inline config may add phrases the pieces were chosen without: parse everything.
    if (!options.fullParse) ({ tree, refused } = parseDocument(text, options.cache));
    withStatus = true;
    // Located problems in an inline config are reported on the comment itself.
    const fake = new SpecDocument(text, tree, config);
    for (const d of configure) {
      try {
        const parsed = JSON.parse(d.payload || '{}');
        const cfg = validateConfig(parsed, 'speclint-configure-file', options.rules, buildConfigSchema(options.rules));
        config = mergeConfig(config, cfg);
      } catch (e) {
        const problem = e instanceof ConfigError ? e.problem : `invalid JSON: ${(e as Error).message}`;
        pending.push({
          ruleId: CONFIG_RULE,
          severity: 'error',
          message: `Inline config ignored: ${problem}`,
          range: fake.locator.range(d.start, d.end),
          fixes: [],
        });
      }
    }
  }

  let doc = new SpecDocument(text, tree, config, options.cache?.prose);
  const kindInfo = detectKind(doc, options.filePath, matchGlob);
  const kind = kindInfo.kind;
  // The kind and the headings are the same in every partial parse: only the prose grows.
  const statusProse = !options.fullParse && statusReadsProse(doc, kind);
  if (statusProse && !withStatus) {
    if (options.cache) ({ tree, refused } = parseDocument(text, options.cache, pf.status ?? undefined));
    else {
      // Parse only the pieces that may hold a phrase of a missing section, and add their blocks:
      // a piece parses alone as it does among others (parse.ts), so the blocks both parses hold
      // are the same, and the tree is the one a parse of all those pieces at once gives.
      const phrases = sectionsByPhrase(doc, kind!).flatMap((id) => phrasesRead(config.sections[id]!));
      tree = withBlocks(tree, parseDocument(text, undefined, prefilterOf(phrases)).tree);
    }
    doc = new SpecDocument(text, tree, config, options.cache?.prose);
  }
  if (options.cache) options.cache.statusPieces = statusProse;
  doc.kindLabel = kindInfo.label;
  for (const d of pending) diagnostics.push(d);
  for (const d of unknownDirectiveRules(directives, options.rules, doc)) diagnostics.push(d);
  const skipped = skippedNote(refused, doc);
  if (skipped) diagnostics.push(skipped);

  for (const rule of options.rules) {
    const { severity, options: ruleOptions } = ruleSetting(rule, config);
    if (severity === 'off') continue;
    const reports: ReportDescriptor[] = [];
    const ctx: RuleContext = {
      text,
      tree,
      options: ruleOptions,
      kind,
      filePath: options.filePath,
      doc,
      report: (r) => reports.push(r),
    };
    try {
      rule.check(ctx);
      const out = reports.map((r) => toDiagnostic(rule, severity, r, doc));
      for (const d of out) diagnostics.push(d);
    } catch (e) {
      diagnostics.push(internalDiagnostic(rule.id, e, doc));
    }
  }

  const disabled = disabledPredicate(directives);
  const kept = diagnostics.filter((d) => d.ruleId === INTERNAL_RULE || d.ruleId === CONFIG_RULE || d.ruleId === SKIPPED_RULE || !disabled(d.ruleId, d.range.start.line));
  kept.sort((a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId));
  return { diagnostics: kept, kind, kindReason: kindInfo.reason.replace(/\s*\n\s*/g, ' '), kindLabel: kindInfo.label, status: kind ? sectionStatus(doc, kind) : null };
}

/** The top-level blocks of two partial parses of one text, in order, each once (by where it starts). */
function withBlocks(a: Root, b: Root): Root {
  const children: RootContent[] = [];
  let i = 0;
  let j = 0;
  const at = (n: RootContent) => n.position!.start.offset!;
  while (i < a.children.length || j < b.children.length) {
    const x = a.children[i];
    const y = b.children[j];
    if (x && (!y || at(x) <= at(y))) {
      children.push(x);
      if (y && at(x) === at(y)) j++;
      i++;
    } else {
      children.push(y!);
      j++;
    }
  }
  return { ...a, children };
}

/**
 * A rule id in a disable comment that names no rule (`speclint-disable-next-line no-demand`)
 * silences nothing, so the warning the author meant to silence stays: say so, as ESLint does.
 * The same for a section id in a `speclint-section` marker that names no section.
 */
function unknownDirectiveRules(directives: Directive[], rules: readonly Rule<any>[], doc: SpecDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const known = new Set([...rules.map((r) => r.id), INTERNAL_RULE, CONFIG_RULE, SKIPPED_RULE]);
  const sectionIds = Object.keys(doc.config.sections);
  for (const d of directives) {
    if (d.kind === 'configure-file') continue;
    const marker = d.kind === 'section';
    const raw = doc.text.slice(d.start, d.end);
    if (marker && !d.rules.length) {
      out.push({
        ruleId: CONFIG_RULE,
        severity: 'error',
        message: `This speclint-section comment names no section, so it marks nothing. Name one: ${sectionIds.join(', ')}.`,
        range: doc.locator.range(d.start, d.end),
        fixes: [],
      });
      continue;
    }
    let from = raw.indexOf(`speclint-${d.kind}`) + `speclint-${d.kind}`.length;
    for (const id of d.rules) {
      const at = raw.indexOf(id, from);
      from = at + id.length;
      if (marker ? Object.hasOwn(doc.config.sections, id) : known.has(id)) continue;
      const best = closest(id, marker ? sectionIds : rules.map((r) => r.id));
      const start = d.start + at;
      out.push({
        ruleId: CONFIG_RULE,
        severity: 'error',
        message: marker
          ? `Unknown section "${id}" in this speclint-section comment, so it marks nothing.${best ? ` Did you mean "${best}"?` : ''}`
          : `Unknown rule "${id}" in this speclint-${d.kind} comment, so it silences nothing.${best ? ` Did you mean "${best}"?` : ''}`,
        range: doc.locator.range(start, start + id.length),
        fixes: best ? [{ title: `Change to "${best}"`, edits: [{ start, end: start + id.length, text: best }], safe: false }] : [],
      });
    }
  }
  return out;
}

/** How many skipped regions the note names; the rest are counted. */
const NAMED_REGIONS = 3;

/**
 * One note for everything a lint skipped (at most one per document), at the first skipped
 * region, naming the regions by lines and why. Adjacent refused chunks make one region.
 */
function skippedNote(refused: Chunk[], doc: SpecDocument): Diagnostic | undefined {
  if (!refused.length) return undefined;
  const text = doc.text;
  const regions: { start: number; end: number; line: number; why: string }[] = [];
  for (const c of refused) {
    const last = regions[regions.length - 1];
    if (last && last.end === c.start) last.end = c.end;
    else regions.push({ start: c.start, end: c.end, line: c.line, why: c.refused ?? 'it would take too long to parse' });
  }
  const fmt = (n: number) => n.toLocaleString('en-US');
  const named = regions.slice(0, NAMED_REGIONS).map((r) => {
    // Name the last line that has content (a region runs on to the next block, blank lines included).
    let last = r.end - 1;
    while (last > r.start && /\s/.test(text[last]!)) last--;
    const endLine = doc.locator.point(last).line;
    return `${endLine > r.line ? `lines ${fmt(r.line)}–${fmt(endLine)}` : `line ${fmt(r.line)}`} (${r.why})`;
  });
  const more = regions.length - named.length;
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')}${more ? ', ' : ' and '}${named[named.length - 1]}` : named[0]!;
  const first = regions[0]!;
  const range = doc.locator.range(first.start, Math.min(first.end, first.start + ((text.codePointAt(first.start) ?? 0) > 0xffff ? 2 : 1)));
  if (regions.length === 1 && first.start === 0 && first.end >= text.length) {
    return { ruleId: SKIPPED_RULE, severity: 'info', message: `SpecLint skipped the whole document: ${first.why}.`, range, fixes: [] };
  }
  return {
    ruleId: SKIPPED_RULE,
    severity: 'info',
    message: `SpecLint skipped ${list}${more ? ` and ${fmt(more)} more region${more > 1 ? 's' : ''}` : ''}: parsing ${regions.length > 1 ? 'them' : 'it'} would take too long. The rest of the document was linted.`,
    range,
    fixes: [],
  };
}

function toDiagnostic(rule: Rule<any>, severity: Severity, r: ReportDescriptor, doc: SpecDocument): Diagnostic {
  const len = doc.text.length;
  const okRange = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e >= s && e <= len;
  if (!okRange(r.start, r.end) || typeof r.message !== 'string' || !r.message) {
    throw new Error(`reported an invalid range or message (${r.start}–${r.end})`);
  }
  const fixes: Fix[] = [];
  for (const f of r.fixes ?? []) {
    if (!isWellFormed(f, len)) throw new Error(`offered a malformed fix "${f.title}"`);
    fixes.push(f);
  }
  const d: Diagnostic = {
    ruleId: rule.id,
    severity: r.softer ? (severity === 'error' ? 'warning' : 'info') : severity,
    message: r.message,
    range: doc.locator.range(r.start, r.end),
    fixes,
    url: `${DOCS_BASE_URL}${rule.id}.md`,
  };
  if (r.data) d.data = { ...r.data };
  const related = (r.related ?? []).filter((x) => okRange(x.start, x.end));
  if (related.length) d.related = related.map((x) => ({ message: x.message, range: doc.locator.range(x.start, x.end) }));
  return d;
}

function internalDiagnostic(ruleId: string, e: unknown, doc: SpecDocument): Diagnostic {
  const msg = e instanceof Error ? e.message : String(e);
  return {
    ruleId: INTERNAL_RULE,
    severity: 'warning',
    message: `Rule "${ruleId}" failed on this document and was skipped (${msg}). The other rules ran. Please report this with the document.`,
    range: doc.locator.range(0, 0),
    fixes: [],
  };
}
