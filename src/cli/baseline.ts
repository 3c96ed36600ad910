/**
 * The baseline: problems a team has accepted for now (`speclint --update-baseline`), so
 * that a plain `speclint` reports only new ones. Problems are matched by fingerprint
 * (see fingerprint.ts) and counted per file: if a file had two identical problems and
 * now has three, one is reported. The file is sorted JSON, so it diffs well in review.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../engine/index.js';
import { toPosix } from './files.js';
import type { FileResult } from './output/formats.js';

export const BASELINE_FILE = '.speclint-baseline.json';
const VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  count: number;
  /** The message of the first occurrence, for people reading the file; matching ignores it. */
  message: string;
}

export interface Baseline {
  version: number;
  /** Path relative to the baseline file's folder ('/'-separated) → its accepted problems. */
  files: Record<string, BaselineEntry[]>;
}

export class BaselineError extends Error {}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new BaselineError(`${file}: cannot read the baseline: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`${file}: the baseline is not valid JSON (${(e as Error).message}); run speclint --update-baseline to write it again`);
  }
  const problem = checkShape(data);
  if (problem) throw new BaselineError(`${file}: not a SpecLint baseline: ${problem}; run speclint --update-baseline to write it again`);
  return data as Baseline;
}

function checkShape(data: unknown): string | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'expected a JSON object';
  const b = data as Partial<Baseline>;
  if (b.version !== VERSION) return `"version" must be ${VERSION}`;
  if (!b.files || typeof b.files !== 'object' || Array.isArray(b.files)) return '"files" must be an object';
  for (const [f, entries] of Object.entries(b.files)) {
    if (!Array.isArray(entries)) return `files["${f}"] must be a list`;
    for (const e of entries as unknown[]) {
      const x = e as Partial<BaselineEntry> | null;
      if (!x || typeof x.fingerprint !== 'string' || typeof x.ruleId !== 'string' || !Number.isInteger(x.count) || x.count! < 1) {
        return `files["${f}"] holds an entry without a fingerprint, a rule id and a count of 1 or more`;
      }
    }
  }
  return null;
}

/** Where results' files are keyed in a baseline at `baselineFile`. */
export function baselineKey(baselineFile: string, cwd: string, file: string): string {
  return toPosix(path.relative(path.dirname(path.resolve(cwd, baselineFile)), path.resolve(cwd, file)));
}

/**
 * Drops the problems the baseline accepts from `results` (in place). Returns how many were
 * dropped, and how many accepted problems of the linted files were not seen (fixed since).
 */
export function applyBaseline(results: FileResult[], baseline: Baseline, keyOf: (file: string) => string): { suppressed: number; stale: number } {
  let suppressed = 0;
  let stale = 0;
  for (const r of results) {
    const entries = baseline.files[keyOf(r.file)];
    if (!entries?.length) continue;
    const left = new Map<string, number>();
    for (const e of entries) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + e.count);
    r.diagnostics = r.diagnostics.filter((d) => {
      const n = d.fingerprint === undefined ? 0 : (left.get(d.fingerprint) ?? 0);
      if (n === 0) return true;
      left.set(d.fingerprint!, n - 1);
      suppressed++;
      return false;
    });
    for (const n of left.values()) stale += n;
  }
  return { suppressed, stale };
}

/**
 * The baseline after this run: the linted files' entries are replaced by what was found
 * now (so fixed problems drop out); entries of files not linted this time are kept while
 * the file still exists. Only problems of registered rules are recorded: a file that
 * cannot be read, or a broken inline config, must still be reported.
 */
export function buildBaseline(
  results: FileResult[], previous: Baseline | undefined, rules: readonly Rule<any>[],
  keyOf: (file: string) => string, exists: (key: string) => boolean,
): Baseline {
  const ruleIds = new Set(rules.map((r) => r.id));
  const files: Record<string, BaselineEntry[]> = {};
  const linted = new Set(results.map((r) => keyOf(r.file)));
  for (const [key, entries] of Object.entries(previous?.files ?? {})) {
    if (!linted.has(key) && exists(key)) files[key] = entries;
  }
  for (const r of results) {
    const byFp = new Map<string, BaselineEntry>();
    for (const d of r.diagnostics) {
      if (!ruleIds.has(d.ruleId) || d.fingerprint === undefined) continue;
      const e = byFp.get(d.fingerprint);
      if (e) e.count++;
      else byFp.set(d.fingerprint, { ruleId: d.ruleId, fingerprint: d.fingerprint, count: 1, message: d.message });
    }
    if (byFp.size) files[keyOf(r.file)] = [...byFp.values()];
  }
  const sorted: Record<string, BaselineEntry[]> = {};
  for (const key of Object.keys(files).sort(byCodePoint)) {
    sorted[key] = files[key]!
      .map((e) => ({ ruleId: e.ruleId, fingerprint: e.fingerprint, count: e.count, message: e.message }))
      .sort((a, b) => byCodePoint(a.ruleId, b.ruleId) || byCodePoint(a.message, b.message) || byCodePoint(a.fingerprint, b.fingerprint));
  }
  return { version: VERSION, files: sorted };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`, 'utf8');
}

export function baselineExists(file: string): boolean {
  return existsSync(file);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
