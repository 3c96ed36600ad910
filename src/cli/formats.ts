/** Output formats: stylish (people), json (scripts), sarif (code scanning), github (annotations). */
import { pathToFileURL } from 'node:url';
import { DOCS_BASE_URL, type Diagnostic, type DocKind, type Rule, type Severity } from '../engine/index.js';
import type { Format } from './args.js';

export interface FileResult {
  /** Path relative to the current folder, '/'-separated (or "<stdin>"). */
  file: string;
  kind: DocKind | null;
  /** Why the kind was chosen, and the state of each section the kind requires. */
  kindReason?: string;
  sections?: Record<string, 'present' | 'missing' | 'placeholder'>;
  diagnostics: Diagnostic[];
}

export interface FormatContext {
  color: boolean;
  cwd: string;
  rules: readonly Rule<any>[];
  version: string;
}

export function isFixable(d: Diagnostic): boolean {
  return d.fixes.some((f) => f.safe);
}

export function formatResults(format: Format, results: FileResult[], ctx: FormatContext): string {
  switch (format) {
    case 'json': return `${JSON.stringify(toJson(results))}\n`;
    case 'sarif': return `${JSON.stringify(toSarif(results, ctx), null, 2)}\n`;
    case 'github': return github(results);
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
    for (const d of r.diagnostics) {
      const index = ruleIndex.get(d.ruleId);
      sarifResults.push({
        ruleId: d.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
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

const GITHUB_COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of workflow command data, per @actions/core. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function github(results: FileResult[]): string {
  let out = '';
  for (const r of results) {
    for (const d of r.diagnostics) {
      const props = [
        ['file', r.file],
        ['line', d.range.start.line],
        ['col', d.range.start.column],
        ['endLine', d.range.end.line],
        ['endColumn', d.range.end.column],
        ['title', `speclint(${d.ruleId})`],
      ].map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
      out += `::${GITHUB_COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`;
    }
  }
  return out;
}
