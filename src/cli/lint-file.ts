/** Linting one file on disk (optionally fixing it): shared by the main thread and the workers. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fixUntilStable, lint, SKIPPED_RULE, type Diagnostic, type LintOptions, type LintResult, type ResolvedConfig } from '../engine/index.js';
import { rules } from '../rules/index.js';
import type { CliDiagnostic, FileResult } from './output/formats.js';
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
  /** The text to lint instead of reading `abs` (stdin); the fixed text is returned, never written. */
  text?: string;
}

/** What linting one file gave: the report, and with --fix the fixed text to write. */
export interface FileOutcome {
  result: FileResult;
  /** The fixed text, when --fix changed it (not yet written). */
  output?: string;
  /** The report on the text as it was, for when the fixed text cannot be written. */
  original?: FileResult;
}

/**
 * Synchronous on purpose: linting is CPU-bound and a file is read whole, so awaiting each read
 * only left the thread idle (a fifth of a corpus run was spent waiting on reads one at a time).
 */
export function lintFile(job: FileJob): FileResult {
  return writeOutcome(job, lintJob(job));
}

/** The report of one file, each problem with its fingerprint (computed here, where the text is). */
export function fileResult(file: string, result: LintResult, text: string): FileResult {
  const diagnostics = result.diagnostics.map((d) => ({ ...d, fingerprint: fingerprint(d, text) }));
  return { file, kind: result.kind, kindReason: result.kindReason, sections: sectionsOf(result), diagnostics };
}

/**
 * Reads and lints (or fixes) one file without writing it: a lint worker past its time budget
 * is ended, and it must never be ended halfway through writing a file, so the main thread writes.
 */
export function lintJob(job: FileJob): FileOutcome {
  const { abs, file, config, fix } = job;
  let text: string;
  if (job.text !== undefined) text = job.text;
  else {
    try {
      text = readFileSync(abs, 'utf8');
    } catch (e) {
      return { result: { file, kind: null, diagnostics: [fileDiagnostic(FILE_ERROR, 'error', `Cannot read the file: ${errorText(e)}`)] } };
    }
  }
  const lintOpts: LintOptions = { rules, config, filePath: abs || undefined };
  const linted = lintText(text, lintOpts, fix);
  if (linted.output === text) return { result: fileResult(file, linted.result, text) };
  return { result: fileResult(file, linted.result, linted.output), output: linted.output, original: fileResult(file, linted.first, text) };
}

/** Writes the fixed text of a file job (never of stdin); if that fails, reports the file as it is on disk. */
export function writeOutcome(job: FileJob, outcome: FileOutcome): FileResult {
  if (outcome.output === undefined || job.text !== undefined) return outcome.result;
  try {
    writeFileSync(job.abs, outcome.output, 'utf8');
    return outcome.result;
  } catch (e) {
    const result = outcome.original!;
    result.diagnostics.unshift(fileDiagnostic(FILE_ERROR, 'error', `Cannot write the fixed file: ${errorText(e)}`));
    return result;
  }
}

/** Lints, or with `fix` applies safe fixes until stable; `result` describes `output`, `first` the text as given. */
export function lintText(text: string, lintOpts: LintOptions, fix: boolean): { result: LintResult; output: string; first: LintResult } {
  if (!fix) {
    const result = lint(text, lintOpts);
    return { result, output: text, first: result };
  }
  let last: LintResult | undefined;
  let first: LintResult | undefined;
  const fixed = fixUntilStable(text, (t) => {
    last = lint(t, lintOpts);
    first ??= last;
    return last.diagnostics;
  });
  return { result: last!, output: fixed.output, first: first! };
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

/** Default of `--max-file-time`: a file still being linted after this long is skipped. */
export const DEFAULT_MAX_FILE_TIME_MS = 10_000;

/** The report of a file whose lint passed its time budget (`--max-file-time`): one note, like the engine's. */
export function timedOut(file: string, budgetMs: number, fix: boolean): FileResult {
  const message =
    `SpecLint skipped this file: linting it took longer than ${budgetMs.toLocaleString('en-US')} ms, so it was stopped` +
    `${fix ? ' and the file was left unchanged' : ''}. Raise the limit with --max-file-time <ms> (0 for none). The other files were linted.`;
  return { file, kind: null, diagnostics: [fileDiagnostic(SKIPPED_RULE, 'info', message)] };
}
