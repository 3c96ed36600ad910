/** Linting one file on disk (optionally fixing it): shared by the main thread and the workers. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fixUntilStable, lint, type Diagnostic, type LintOptions, type LintResult, type ResolvedConfig } from '../engine/index.js';
import { rules } from '../rules/index.js';
import type { CliDiagnostic, FileResult } from './formats.js';
import { fingerprint } from './fingerprint.js';

/** Pseudo rule ids for problems the CLI itself reports. */
export const FILE_ERROR = 'file-error';
export const FILE_IGNORED = 'file-ignored';

export interface FileJob {
  abs: string;
  /** The path as shown in reports. */
  file: string;
  config: ResolvedConfig;
  fix: boolean;
}

/**
 * Synchronous on purpose: linting is CPU-bound and a file is read whole, so awaiting each read
 * only left the thread idle (a fifth of a corpus run was spent waiting on reads one at a time).
 */
export function lintFile(job: FileJob): FileResult {
  const { abs, file, config, fix } = job;
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    return { file, kind: null, diagnostics: [fileDiagnostic(FILE_ERROR, 'error', `Cannot read the file: ${errorText(e)}`)] };
  }
  const lintOpts: LintOptions = { rules, config, filePath: abs };
  const linted = lintText(text, lintOpts, fix);
  let result = linted.result;
  let described = linted.output;
  if (linted.output !== text) {
    try {
      writeFileSync(abs, linted.output, 'utf8');
    } catch (e) {
      result = lint(text, lintOpts); // the file on disk is unchanged: report its problems
      described = text;
      result.diagnostics.unshift(fileDiagnostic(FILE_ERROR, 'error', `Cannot write the fixed file: ${errorText(e)}`));
    }
  }
  return fileResult(file, result, described);
}

/** The report of one file, each problem with its fingerprint (computed here, where the text is). */
export function fileResult(file: string, result: LintResult, text: string): FileResult {
  const diagnostics = result.diagnostics.map((d) => ({ ...d, fingerprint: fingerprint(d, text) }));
  return { file, kind: result.kind, kindReason: result.kindReason, sections: sectionsOf(result), diagnostics };
}

/** Lints, or with `fix` applies safe fixes until stable; `result` describes `output`. */
export function lintText(text: string, lintOpts: LintOptions, fix: boolean): { result: LintResult; output: string } {
  if (!fix) return { result: lint(text, lintOpts), output: text };
  let last: LintResult | undefined;
  const fixed = fixUntilStable(text, (t) => (last = lint(t, lintOpts)).diagnostics);
  return { result: last!, output: fixed.output };
}

export function fileDiagnostic(ruleId: string, severity: Diagnostic['severity'], message: string): CliDiagnostic {
  const at = { offset: 0, line: 1, column: 1 };
  const d: Diagnostic = { ruleId, severity, message, range: { start: at, end: at }, fixes: [] };
  return { ...d, fingerprint: fingerprint(d, '') };
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** `{ problem: "present", why: "missing", … }` for the sections the document's kind requires (teams build dashboards from it). */
export function sectionsOf(result: LintResult): Record<string, 'present' | 'missing' | 'placeholder'> {
  const out: Record<string, 'present' | 'missing' | 'placeholder'> = {};
  for (const e of result.status?.entries ?? []) out[e.id] = e.state;
  return out;
}
