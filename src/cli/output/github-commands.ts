/**
 * GitHub workflow commands for annotations, shared by the CLI's `github` format and the
 * Action (src/action), so both write the same line for the same problem. No imports: the
 * Action's bundle stays free of the engine.
 */

export type AnnotationSeverity = 'error' | 'warning' | 'info';

/** GitHub shows at most this many annotations of each kind (error, warning, notice) per step. */
export const GITHUB_ANNOTATIONS_PER_KIND = 10;

const COMMAND: Record<AnnotationSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of workflow command data, per @actions/core. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface Annotation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: AnnotationSeverity;
  message: string;
}

/** `::warning file=…,line=…,…,title=speclint(rule)::message`, without the line break. */
export function annotationCommand(a: Annotation): string {
  const props = [
    ['file', a.file],
    ['line', a.line],
    ['col', a.column],
    ['endLine', a.endLine],
    ['endColumn', a.endColumn],
    ['title', `speclint(${a.ruleId})`],
  ].map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${COMMAND[a.severity]} ${props.join(',')}::${escapeData(a.message)}`;
}
