/**
 * The `speclint` command, callable in process: `run(argv, io)` resolves to the exit code
 * (0 clean, 1 errors or warnings, 2 usage or config error).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pkg from '../../package.json';
import { ConfigError, ConfigResolver, matchGlob, type Diagnostic, type ResolvedConfig } from '../engine/index.js';
import { rules } from '../rules/index.js';
import { HELP, UsageError, parseArgs, type CliOptions } from './args.js';
import { collectFiles, displayPath, toPosix } from './files.js';
import { formatResults, type FileResult } from './formats.js';
import { DEFAULT_MAX_FILE_TIME_MS, FILE_IGNORED, fileDiagnostic } from './lint-file.js';
import { lintAll, lintOutcomes } from './pool.js';

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

  let results: FileResult[];
  try {
    // --config: that file alone, for every file; otherwise the cascade above each file.
    const fixed = opts.config ? await resolver.configFromFile(toPosix(path.resolve(cwd, opts.config))) : undefined;
    const configFor = async (abs: string): Promise<ResolvedConfig> => fixed ?? (await resolver.configFor(abs)).config;
    results = opts.stdin ? await lintStdin(opts, io, cwd, configFor) : await lintFiles(opts, cwd, configFor);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr.write(`speclint: config error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) return usageError(io, e.message);
    throw e;
  }

  if (opts.quiet) for (const r of results) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
  const count = (s: Diagnostic['severity']) => results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === s).length, 0);
  const errors = count('error');
  const warnings = count('warning');

  const color = opts.color ?? useColor(io);
  const output = formatResults(opts.format, results, { color, cwd, rules, version: VERSION });
  // With --fix on stdin, stdout carries the fixed text, so the report goes to stderr.
  (opts.stdin && opts.fix ? io.stderr : io.stdout).write(output);

  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr.write(`speclint: too many warnings (${warnings}; the maximum is ${opts.maxWarnings})\n`);
  }
  if (!opts.stdin && results.length === 0) io.stderr.write('speclint: no markdown files found\n');
  // Without --max-warnings any warning fails; info never does.
  return errors > 0 || warnings > (opts.maxWarnings ?? 0) ? 1 : 0;
}

async function lintFiles(opts: CliOptions, cwd: string, configFor: (abs: string) => Promise<ResolvedConfig>): Promise<FileResult[]> {
  const { files, ignoredExplicit } = await collectFiles(opts.patterns, {
    cwd,
    ignore: opts.ignore,
    configIgnores: async (abs) => matchGlob(abs, (await configFor(abs)).ignores),
  });
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

async function lintStdin(opts: CliOptions, io: CliIO, cwd: string, configFor: (abs: string) => Promise<ResolvedConfig>): Promise<FileResult[]> {
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
  if (opts.fix) io.stdout.write(outcome!.output ?? text);
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
