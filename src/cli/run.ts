/**
 * The `speclint` command, callable in process: `run(argv, io)` resolves to the exit code
 * (0 no errors and warnings within --max-warnings, 1 errors or too many warnings,
 * 2 usage, config, baseline or git error).
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pkg from '../../package.json';
import { ConfigError, ConfigResolver, matchGlob, type Diagnostic, type ResolvedConfig } from '../engine/index.js';
import { rules } from '../rules/index.js';
import { HELP, UsageError, parseArgs, type CliOptions } from './args.js';
import { collectFiles, displayPath, toPosix } from './files.js';
import { runInit } from './commands/init.js';
import { formatResults, type FileResult } from './output/formats.js';
import { DEFAULT_MAX_FILE_TIME_MS, FILE_IGNORED, fileDiagnostic } from './lint-file.js';
import { lintAll, lintOutcomes } from './pool.js';
import {
  BASELINE_FILE, BaselineError, applyBaseline, baselineExists, baselineKey, buildBaseline, readBaseline, writeBaseline, type Baseline,
} from './baseline.js';
import { GitError, changedSince, frontMatterEnd, onChangedLines, type ChangedFile } from './git.js';
import { configReport, formatConfigReport, type ConfigReport } from './commands/print-config.js';

export interface CliIO {
  cwd: string;
  /** Reads all of stdin (only called for `-` / `--stdin`). */
  stdin?: () => Promise<string>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env?: Record<string, string | undefined>;
}

export const VERSION: string = pkg.version;

export { FILE_ERROR, FILE_IGNORED } from './lint-file.js';

export async function run(argv: string[], io: CliIO): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return usageError(io, e.message);
    throw e;
  }
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const cwd = toPosix(path.resolve(io.cwd));
  const resolver = new ConfigResolver({ readFile: readIfExists }, rules);
  // --config: that file alone, for every file (one object, so what is built per config is
  // built once); otherwise the cascade above each file.
  let fixed: Promise<ResolvedConfig> | undefined;
  const configFor = async (abs: string): Promise<ResolvedConfig> => {
    if (!opts.config) return (await resolver.configFor(abs)).config;
    fixed ??= resolver.configFromFile(toPosix(path.resolve(cwd, opts.config)));
    return fixed;
  };

  if (opts.printConfig !== undefined) return printConfig(opts, opts.printConfig, io, cwd, resolver);
  if (opts.init) {
    try {
      return await runInit(opts, cwd, (t) => io.stdout.write(t), (t) => io.stderr.write(t));
    } catch (e) {
      if (e instanceof UsageError) return usageError(io, e.message);
      throw e;
    }
  }

  // The baseline: --baseline <file>, else .speclint-baseline.json here if there is one; --no-baseline: none.
  const baselineFile = opts.baseline === null ? undefined : toPosix(path.resolve(cwd, opts.baseline ?? BASELINE_FILE));
  let baseline: Baseline | undefined;
  let results: FileResult[];
  let changed: Map<string, ChangedFile> | undefined;
  const stdinSource: { text?: string } = {};
  try {
    if (baselineFile) baseline = loadBaseline(baselineFile, opts, io);
    if (opts.changedSince !== undefined) changed = changedSince(opts.changedSince, cwd);
    results = opts.stdin ? await lintStdin(opts, io, cwd, configFor, stdinSource) : await lintFiles(opts, cwd, configFor, changed);
    // --fix rewrote lines: compare again, so the lines are those of the files as they are now.
    if (changed && opts.fix) changed = changedSince(opts.changedSince!, cwd);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr.write(`speclint: config error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof BaselineError) {
      io.stderr.write(`speclint: baseline error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof GitError) {
      io.stderr.write(`speclint: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) return usageError(io, e.message);
    throw e;
  }

  if (baselineFile) {
    const keyOf = (file: string) => baselineKey(baselineFile, cwd, file);
    if (opts.updateBaseline) {
      const next = buildBaseline(results, baseline, rules, keyOf, (key) => existsSync(path.resolve(path.dirname(baselineFile), key)));
      try {
        mkdirSync(path.dirname(baselineFile), { recursive: true });
        writeBaseline(baselineFile, next);
      } catch (e) {
        io.stderr.write(`speclint: baseline error: cannot write ${baselineFile}: ${(e as Error).message}\n`);
        return 2;
      }
      const problems = Object.values(next.files).flat().reduce((n, e) => n + e.count, 0);
      const files = Object.keys(next.files).length;
      io.stderr.write(`speclint: wrote ${displayPath(cwd, baselineFile)}: ${plural(problems, 'problem')} in ${plural(files, 'file')}\n`);
      baseline = next;
    }
    if (baseline) {
      const { suppressed, stale } = applyBaseline(results, baseline, keyOf);
      const parts = [];
      if (suppressed) parts.push(`${plural(suppressed, 'problem')} in the baseline not shown`);
      if (stale) parts.push(`${stale} fixed since (run speclint --update-baseline to drop ${stale === 1 ? 'it' : 'them'} from the baseline)`);
      if (parts.length && !opts.updateBaseline) io.stderr.write(`speclint: ${parts.join('; ')}\n`);
    }
  }
  if (changed) keepChangedLines(results, changed, cwd);

  if (opts.quiet) for (const r of results) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
  const count = (s: Diagnostic['severity']) => results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === s).length, 0);
  const errors = count('error');
  const warnings = count('warning');

  const color = opts.color ?? useColor(io);
  const source = (file: string) => (opts.stdin ? stdinSource.text : readTextOrUndefined(path.resolve(cwd, file)));
  const output = formatResults(opts.format, results, { color, cwd, rules, version: VERSION, source });
  // With --fix on stdin, stdout carries the fixed text, so the report goes to stderr.
  (opts.stdin && opts.fix ? io.stderr : io.stdout).write(output);

  const tooMany = opts.maxWarnings !== undefined && warnings > opts.maxWarnings;
  if (tooMany) io.stderr.write(`speclint: too many warnings (${warnings}; the maximum is ${opts.maxWarnings})\n`);
  if (changed && results.length === 0) io.stderr.write(`speclint: no markdown files changed since ${opts.changedSince}\n`);
  else if (!opts.stdin && results.length === 0) io.stderr.write('speclint: no markdown files found\n');
  // As in ESLint: errors fail, warnings are reported and fail only past --max-warnings, info never.
  return errors > 0 || tooMany ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The baseline to apply: --baseline <file> must exist (unless it is about to be written);
 * the default file is read when it exists. A broken one is an error, except with
 * --update-baseline, which is how it is repaired (after a merge conflict in it, say).
 */
function loadBaseline(file: string, opts: CliOptions, io: CliIO): Baseline | undefined {
  if (!baselineExists(file)) {
    if (opts.baseline !== undefined && !opts.updateBaseline) throw new BaselineError(`${file}: no such baseline file (write it with --update-baseline)`);
    return undefined;
  }
  try {
    return readBaseline(file);
  } catch (e) {
    if (!(e instanceof BaselineError) || !opts.updateBaseline) throw e;
    io.stderr.write(`speclint: ${e.message.replace(/; run speclint --update-baseline.*$/, '')}; writing it anew\n`);
    return undefined;
  }
}

/** --changed-since: keeps the problems that belong to the change (see git.ts, onChangedLines). */
function keepChangedLines(results: FileResult[], changed: Map<string, ChangedFile>, cwd: string): void {
  const categories = new Map(rules.map((r) => [r.id, r.meta.category]));
  for (const r of results) {
    const abs = toPosix(path.resolve(cwd, r.file));
    const c = changed.get(abs);
    if (!c) continue;
    const fmEnd = frontMatterEnd(readTextOrUndefined(abs) ?? '');
    r.diagnostics = r.diagnostics.filter((d) => {
      // The CLI's own notes about the file (it cannot be read, …) always belong.
      if (!categories.has(d.ruleId) && d.range.start.offset === 0 && d.range.end.offset === 0) return true;
      return onChangedLines(d, c, categories.get(d.ruleId) === 'sections', fmEnd);
    });
  }
}

function readTextOrUndefined(abs: string): string | undefined {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

async function printConfig(opts: CliOptions, target: string, io: CliIO, cwd: string, resolver: ConfigResolver): Promise<number> {
  const abs = toPosix(path.resolve(cwd, target));
  if (!statSync(abs, { throwIfNoEntry: false })?.isFile()) return usageError(io, `--print-config needs a file, and there is no file ${target}`);
  let report: ConfigReport;
  try {
    const { config, layers } = opts.config
      ? await resolver.layersOfFile(toPosix(path.resolve(cwd, opts.config)))
      : await resolver.configFor(abs);
    report = configReport(displayPath(cwd, abs), abs, config, layers, rules);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr.write(`speclint: config error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  io.stdout.write(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatConfigReport(report));
  return 0;
}

async function lintFiles(
  opts: CliOptions, cwd: string, configFor: (abs: string) => Promise<ResolvedConfig>, changed?: Map<string, ChangedFile>,
): Promise<FileResult[]> {
  const collected = await collectFiles(opts.patterns, {
    cwd,
    ignore: opts.ignore,
    configIgnores: async (abs) => matchGlob(abs, (await configFor(abs)).ignores),
  });
  // --changed-since: of the files the paths name, those git says changed (and that still exist).
  const files = changed ? collected.files.filter((f) => changed.has(f)) : collected.files;
  const ignoredExplicit = changed ? collected.ignoredExplicit.filter((f) => changed.has(f)) : collected.ignoredExplicit;
  // Resolve every config first, so a broken one stops the run before --fix writes anything.
  const configs = new Map<string, ResolvedConfig>();
  for (const abs of files) configs.set(abs, await configFor(abs));
  const results: FileResult[] = [];
  for (const abs of ignoredExplicit) {
    results.push({ file: displayPath(cwd, abs), kind: null, diagnostics: [ignoredNote()] });
  }
  const jobs = files.map((abs) => ({ abs, file: displayPath(cwd, abs), config: configs.get(abs)!, fix: opts.fix }));
  results.push(...(await lintAll(jobs, { maxFileTimeMs: opts.maxFileTime ?? DEFAULT_MAX_FILE_TIME_MS })));
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return results;
}

async function lintStdin(
  opts: CliOptions, io: CliIO, cwd: string, configFor: (abs: string) => Promise<ResolvedConfig>, stdinSource: { text?: string },
): Promise<FileResult[]> {
  const text = io.stdin ? await io.stdin() : '';

  const abs = opts.stdinFilename ? toPosix(path.resolve(cwd, opts.stdinFilename)) : undefined;
  const file = abs ? displayPath(cwd, abs) : '<stdin>';
  // Without --stdin-filename, configs are looked up from the current folder.
  const config = await configFor(abs ?? `${cwd}/<stdin>`);
  if (abs && opts.ignore && matchGlob(abs, config.ignores)) {
    if (opts.fix) io.stdout.write(text);
    return [{ file, kind: null, diagnostics: [ignoredNote()] }];
  }
  // On a worker like files, so stdin gets the same time budget; with --fix a skipped text is printed unchanged.
  const [outcome] = await lintOutcomes([{ abs: abs ?? '', file, config, fix: opts.fix, text }], { maxFileTimeMs: opts.maxFileTime ?? DEFAULT_MAX_FILE_TIME_MS });
  const output = outcome!.output ?? text;
  if (opts.fix) io.stdout.write(output);
  stdinSource.text = output;
  return [outcome!.result];
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

function ignoredNote(): Diagnostic {
  return fileDiagnostic(FILE_IGNORED, 'info', 'File ignored by the "ignores" of its config; use --no-ignore to lint it.');
}

function useColor(io: CliIO): boolean {
  const env = io.env ?? {};
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true && env.TERM !== 'dumb';
}

function usageError(io: CliIO, message: string): number {
  io.stderr.write(`speclint: ${message}\nRun "speclint --help" for usage.\n`);
  return 2;
}
