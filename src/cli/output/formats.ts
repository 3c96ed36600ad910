/**
 * Output formats: stylish (people), json (scripts), sarif (code scanning), github
 * (annotations), gitlab (Code Quality), junit (test reports), rdjson (reviewdog).
 */
import { pathToFileURL } from 'node:url';
import { DOCS_BASE_URL, type Diagnostic, type DocKind, type Rule, type Severity } from '../../engine/index.js';
import type { Format } from '../args.js';
import { issueFingerprint, occurrences } from '../fingerprint.js';
import { GITHUB_ANNOTATIONS_PER_KIND, annotationCommand } from './github-commands.js';

/** A problem as the CLI reports it: the engine's diagnostic and its fingerprint (fingerprint.ts). */
export type CliDiagnostic = Diagnostic & { fingerprint?: string };

export interface FileResult {
  /** Path relative to the current folder, '/'-separated (or "<stdin>"). */
  file: string;
  kind: DocKind | null;
  /** Why the kind was chosen, and the state of each section the kind requires. */
  kindReason?: string;
  sections?: Record<string, 'present' | 'missing' | 'placeholder'>;
  diagnostics: CliDiagnostic[];
}

export interface FormatContext {
  color: boolean;
  cwd: string;
  rules: readonly Rule<any>[];
  version: string;
  /** The text a result describes (rdjson needs it for UTF-8 columns); undefined when unreadable. */
  source?: (file: string) => string | undefined;
}

export function isFixable(d: Diagnostic): boolean {
  return d.fixes.some((f) => f.safe);
}

export function formatResults(format: Format, results: FileResult[], ctx: FormatContext): string {
  switch (format) {
    case 'json': return `${JSON.stringify(toJson(results))}\n`;
    case 'sarif': return `${JSON.stringify(toSarif(results, ctx), null, 2)}\n`;
    case 'github': return github(results);
    case 'gitlab': return `${JSON.stringify(toGitlab(results), null, 2)}\n`;
    case 'junit': return junit(results);
    case 'rdjson': return `${JSON.stringify(toRdjson(results, ctx), null, 2)}\n`;
    default: return stylish(results, ctx.color);
  }
}

// ---- json -------------------------------------------------------------------------------

export function toJson(results: FileResult[]) {
  return results.map((r) => ({
    file: r.file,
    kind: r.kind,
    kindReason: r.kindReason ?? null,
    status: { sections: r.sections ?? {} },
    diagnostics: r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      line: d.range.start.line,
      column: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
      fixable: isFixable(d),
      fixes: d.fixes.map((f) => ({ title: f.title, safe: f.safe, edits: f.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })) })),
    })),
  }));
}

// ---- stylish ----------------------------------------------------------------------------

const ansi = (code: string, end: string) => (s: string) => `\u001b[${code}m${s}\u001b[${end}m`;
const STYLES = {
  red: ansi('31', '39'),
  yellow: ansi('33', '39'),
  blue: ansi('34', '39'),
  dim: ansi('2', '22'),
  bold: ansi('1', '22'),
  underline: ansi('4', '24'),
};
const plain = (s: string) => s;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function stylish(results: FileResult[], color: boolean): string {
  const c = (style: keyof typeof STYLES) => (color ? STYLES[style] : plain);
  const severityColor = { error: c('red'), warning: c('yellow'), info: c('blue') } satisfies Record<Severity, unknown>;
  const counts = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  let out = '';
  for (const r of results) {
    if (!r.diagnostics.length) continue;
    out += `\n${c('underline')(r.file)}\n`;
    const lineW = Math.max(...r.diagnostics.map((d) => String(d.range.start.line).length));
    const colW = Math.max(...r.diagnostics.map((d) => String(d.range.start.column).length));
    const sevW = Math.max(...r.diagnostics.map((d) => d.severity.length));
    const msgW = Math.max(...r.diagnostics.map((d) => oneLine(d.message).length));
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      if (isFixable(d)) fixable++;
      const pos = `${String(d.range.start.line).padStart(lineW)}:${String(d.range.start.column).padEnd(colW)}`;
      const sev = severityColor[d.severity](d.severity.padEnd(sevW));
      out += `  ${c('dim')(pos)}  ${sev}  ${oneLine(d.message).padEnd(msgW)}  ${c('dim')(d.ruleId)}\n`;
    }
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return out;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info) parts.push(`${counts.info} info`);
  const summaryColor = counts.error ? c('red') : counts.warning ? c('yellow') : c('blue');
  out += `\n${summaryColor(c('bold')(`✖ ${plural(total, 'problem')} (${parts.join(', ')})`))}\n`;
  if (fixable) out += `  ${plural(fixable, 'problem')} fixable with --fix\n`;
  return `${out}\n`;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

// ---- sarif ------------------------------------------------------------------------------

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

function fileUri(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

export function toSarif(results: FileResult[], ctx: FormatContext) {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const sarifResults = [];
  for (const r of results) {
    const ids = issueIds(r);
    for (const [i, d] of r.diagnostics.entries()) {
      const index = ruleIndex.get(d.ruleId);
      sarifResults.push({
        ruleId: d.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        // Code scanning tracks a result across commits by this, not by its line.
        partialFingerprints: { 'speclint/v1': ids[i]! },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: fileUri(r.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: d.range.start.line,
              startColumn: d.range.start.column,
              endLine: d.range.end.line,
              endColumn: d.range.end.column,
            },
          },
        }],
      });
    }
  }
  const root = pathToFileURL(ctx.cwd).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'SpecLint',
          version: ctx.version,
          informationUri: 'https://github.com/speclint/speclint',
          rules: ctx.rules.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.meta.description },
            fullDescription: { text: rule.meta.rationale },
            helpUri: `${DOCS_BASE_URL}${rule.id}.md`,
            defaultConfiguration: rule.meta.defaultSeverity === 'off'
              ? { enabled: false }
              : { level: SARIF_LEVEL[rule.meta.defaultSeverity] },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
}

// ---- github -----------------------------------------------------------------------------

export function github(results: FileResult[]): string {
  let out = '';
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    for (const d of r.diagnostics) {
      // Commands past the cap would be dropped by GitHub without a word; count them instead.
      if (shown[d.severity] >= GITHUB_ANNOTATIONS_PER_KIND) {
        hidden[d.severity]++;
        continue;
      }
      shown[d.severity]++;
      const { start, end } = d.range;
      out += `${annotationCommand({ file: r.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ruleId: d.ruleId, severity: d.severity, message: d.message })}\n`;
    }
  }
  const more = (['error', 'warning', 'info'] as const)
    .filter((s) => hidden[s])
    .map((s) => `${hidden[s]} more ${s === 'info' ? 'notice' : s}${hidden[s] === 1 ? '' : 's'}`);
  if (more.length) {
    const total = hidden.error + hidden.warning + hidden.info;
    out += `speclint: ${more.join(' and ')} ${total === 1 ? 'is' : 'are'} not annotated, because GitHub shows ${GITHUB_ANNOTATIONS_PER_KIND} of each kind per step. Run speclint with --format stylish to list them all.\n`;
  }
  return out;
}

// ---- shared by gitlab, sarif ------------------------------------------------------------

/** Report-wide unique ids of a file's problems, from their fingerprints (see fingerprint.ts). */
function issueIds(r: FileResult): string[] {
  const fps = r.diagnostics.map((d, i) => d.fingerprint ?? `${d.ruleId}:${d.message}:${i}`);
  const nth = occurrences(fps);
  return fps.map((fp, i) => issueFingerprint(r.file, fp, nth[i]!));
}

// ---- gitlab -----------------------------------------------------------------------------

/** GitLab Code Quality severities: the ones GitLab's own ESLint integration uses. */
const GITLAB_SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

export function toGitlab(results: FileResult[]) {
  const out = [];
  for (const r of results) {
    const ids = issueIds(r);
    for (const [i, d] of r.diagnostics.entries()) {
      out.push({
        type: 'issue',
        description: d.message,
        check_name: d.ruleId,
        fingerprint: ids[i]!,
        severity: GITLAB_SEVERITY[d.severity],
        location: { path: r.file, lines: { begin: d.range.start.line, end: d.range.end.line } },
      });
    }
  }
  return out;
}

// ---- junit ------------------------------------------------------------------------------

/** Escapes XML text and attributes, and drops characters XML 1.0 cannot hold. */
function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * One test suite per file and one test case per problem: errors and warnings are failures,
 * info notes are skipped test cases; a file without problems is one passing test case.
 */
export function junit(results: FileResult[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const cases: string[] = [];
    let fileFailures = 0;
    for (const d of r.diagnostics) {
      const name = xml(`${r.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId}`);
      const where = `${r.file}:${d.range.start.line}:${d.range.start.column}`;
      if (d.severity === 'info') {
        cases.push(`    <testcase name="${name}" classname="speclint.${xml(d.ruleId)}" file="${xml(r.file)}">\n      <skipped message="${xml(d.message)}"/>\n    </testcase>`);
        continue;
      }
      fileFailures++;
      cases.push([
        `    <testcase name="${name}" classname="speclint.${xml(d.ruleId)}" file="${xml(r.file)}">`,
        `      <failure message="${xml(d.message)}" type="${d.severity}">${xml(`${d.severity} at ${where}: ${d.message} (${d.ruleId})`)}</failure>`,
        '    </testcase>',
      ].join('\n'));
    }
    if (!cases.length) cases.push(`    <testcase name="${xml(r.file)}" classname="speclint" file="${xml(r.file)}"/>`);
    tests += cases.length;
    failures += fileFailures;
    suites.push(`  <testsuite name="${xml(r.file)}" tests="${cases.length}" failures="${fileFailures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="speclint" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}

// ---- rdjson (reviewdog) -----------------------------------------------------------------

const RD_SEVERITY: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/** Line (1-based) and column (1-based, counted in UTF-8 bytes, as reviewdog wants) of an offset. */
function utf8Position(text: string, lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: Buffer.byteLength(text.slice(lineStarts[lo]!, offset), 'utf8') + 1 };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * reviewdog's Diagnostic Format. The preferred fix becomes `suggestions` (all its edits,
 * which apply together), so reviewdog can post it as a suggested change on the pull request.
 */
export function toRdjson(results: FileResult[], ctx: FormatContext) {
  const diagnostics = [];
  for (const r of results) {
    const text = ctx.source?.(r.file);
    const starts = text === undefined ? undefined : lineStartsOf(text);
    const pos = (offset: number, fallback: { line: number; column: number }) => (text === undefined ? { line: fallback.line, column: fallback.column } : utf8Position(text, starts!, offset));
    for (const d of r.diagnostics) {
      const fix = d.fixes[0];
      diagnostics.push({
        message: d.message,
        location: { path: r.file, range: { start: pos(d.range.start.offset, d.range.start), end: pos(d.range.end.offset, d.range.end) } },
        severity: RD_SEVERITY[d.severity],
        code: { value: d.ruleId, ...(d.url ? { url: d.url } : {}) },
        ...(fix && text !== undefined
          ? { suggestions: fix.edits.map((e) => ({ range: { start: pos(e.start, d.range.start), end: pos(e.end, d.range.end) }, text: e.text })) }
          : {}),
      });
    }
  }
  return { source: { name: 'speclint', url: 'https://github.com/speclint/speclint' }, diagnostics };
}
