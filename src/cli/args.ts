/** Command-line arguments: parsing and validation. Any problem is a UsageError (exit 2). */
import { didYouMean } from '../engine/config/config.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit', 'rdjson'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  patterns: string[];
  fix: boolean;
  format: Format;
  config?: string;
  stdin: boolean;
  stdinFilename?: string;
  maxWarnings?: number;
  quiet: boolean;
  ignore: boolean;
  /** undefined: decide from the terminal and the environment. */
  color?: boolean;
  help: boolean;
  version: boolean;
  /** Write the baseline file from this run's problems. */
  updateBaseline: boolean;
  /** The baseline file (default .speclint-baseline.json in the current folder); null with --no-baseline. */
  baseline?: string | null;
  /** Lint only markdown changed since this git ref, and report only changed lines. */
  changedSince?: string;
  /** Print the configuration that applies to this file instead of linting. */
  printConfig?: string;
  /** `--max-file-time <ms>`: skip a file still being linted after this long (0: no limit); undefined: the default. */
  maxFileTime?: number;
  /** `--init`: name the kind of each folder that holds one kind of document, in a new .speclintrc.json. */
  init: boolean;
}

export class UsageError extends Error {}

const VALUE_FLAGS: Record<string, string> = {
  '--format': 'format',
  '-f': 'format',
  '--config': 'config',
  '-c': 'config',
  '--max-warnings': 'maxWarnings',
  '--stdin-filename': 'stdinFilename',
  '--baseline': 'baseline',
  '--changed-since': 'changedSince',
  '--print-config': 'printConfig',
  '--max-file-time': 'maxFileTime',
};
const BOOLEAN_FLAGS = [
  '--fix', '--stdin', '--quiet', '--no-ignore', '--color', '--no-color', '--help', '-h', '--version', '-v',
  '--update-baseline', '--no-baseline', '--init',
];

export const HELP = `Usage: speclint [options] [file|dir|glob ...]

Lints product specs, PRDs, briefs and tickets written in markdown.
With no paths, lints every *.md and *.markdown file under the current folder
(skipping node_modules, .gitignore'd files and the config's "ignores").

Options:
  --fix                    Apply safe fixes and write changed files; report what is left
  -f, --format <name>      Output format: stylish (default), json, sarif, github,
                           gitlab (Code Quality), junit, rdjson (reviewdog)
  -c, --config <file>      Use this config file only (no lookup of .speclintrc files)
  -, --stdin               Lint text from stdin (with --fix, print the fixed text)
  --stdin-filename <path>  Path to assume for stdin text (config lookup, kind globs)
  --max-warnings <n>       Fail if there are more than n warnings (default: warnings never fail)
  --quiet                  Report errors only
  --no-ignore              Lint files even if .gitignore or "ignores" excludes them
  --changed-since <ref>    Lint markdown changed since the merge base with a git ref;
                           report only problems on changed lines
  --update-baseline        Record every problem found in .speclint-baseline.json
  --baseline <file>        Use (or with --update-baseline, write) this baseline file
  --no-baseline            Ignore the baseline file and report every problem
  --print-config <file>    Print the config files, rules and kind that apply to a file
  --init [paths]           Write a .speclintrc.json naming the kind of each folder whose
                           files are nearly all specs, tickets or launch notes
  --max-file-time <ms>     Skip, with a note, a file still being linted after this
                           many milliseconds (default: 10000; 0 for no limit)
  --color, --no-color      Force or disable colours (NO_COLOR is honoured)
  -h, --help               Show this help
  -v, --version            Show the version

Problems listed in .speclint-baseline.json (in the current folder) are not reported.

Exit codes: 0 no errors (and no more warnings than --max-warnings),
            1 errors (or too many warnings), 2 usage, config, baseline or git error.
`;

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    patterns: [], fix: false, format: 'stylish', stdin: false, quiet: false, ignore: true, help: false, version: false, updateBaseline: false, init: false,
  };
  let rawFormat: string | undefined;
  let rawMax: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      opts.patterns.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-') {
      opts.stdin = true;
      continue;
    }
    if (!arg.startsWith('-')) {
      opts.patterns.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const key = VALUE_FLAGS[name];
    if (key) {
      let value: string | undefined;
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      if (value === undefined || value === '') throw new UsageError(`option ${name} needs a value`);
      if (key === 'format') rawFormat = value;
      else if (key === 'maxWarnings') rawMax = value;
      else if (key === 'maxFileTime') opts.maxFileTime = parseMaxFileTime(value);
      else if (key === 'config') opts.config = value;
      else if (key === 'baseline') opts.baseline = value;
      else if (key === 'changedSince') opts.changedSince = value;
      else if (key === 'printConfig') opts.printConfig = value;
      else opts.stdinFilename = value;
      continue;
    }
    if (eq > 0 || !BOOLEAN_FLAGS.includes(name)) {
      if (eq > 0 && BOOLEAN_FLAGS.includes(name)) throw new UsageError(`option ${name} takes no value`);
      const known = [...Object.keys(VALUE_FLAGS), ...BOOLEAN_FLAGS].filter((f) => f.startsWith('--'));
      throw new UsageError(`unknown option ${arg}.${didYouMean(name, known)}`);
    }
    switch (name) {
      case '--fix': opts.fix = true; break;
      case '--stdin': opts.stdin = true; break;
      case '--quiet': opts.quiet = true; break;
      case '--no-ignore': opts.ignore = false; break;
      case '--color': opts.color = true; break;
      case '--no-color': opts.color = false; break;
      case '--help': case '-h': opts.help = true; break;
      case '--version': case '-v': opts.version = true; break;
      case '--update-baseline': opts.updateBaseline = true; break;
      case '--no-baseline': opts.baseline = null; break;
      case '--init': opts.init = true; break;
    }
  }
  if (rawFormat !== undefined) {
    if (!(FORMATS as readonly string[]).includes(rawFormat)) {
      throw new UsageError(`unknown format "${rawFormat}"; use one of ${FORMATS.join(', ')}`);
    }
    opts.format = rawFormat as Format;
  }
  if (rawMax !== undefined) {
    if (!/^\d+$/.test(rawMax)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not "${rawMax}"`);
    opts.maxWarnings = Number(rawMax);
  }
  if (opts.stdin && opts.patterns.length) throw new UsageError('stdin (-) cannot be combined with file paths');
  if (opts.stdinFilename !== undefined && !opts.stdin) throw new UsageError('--stdin-filename needs - or --stdin');
  checkCombinations(opts, argv);
  return opts;
}

/** Options that contradict each other are a usage error, not a silent choice. */
function checkCombinations(opts: CliOptions, argv: string[]): void {
  const named = (flag: string) => argv.some((a) => a === flag || a.startsWith(`${flag}=`));
  if (opts.init) {
    const other = opts.stdin || opts.fix || opts.updateBaseline || opts.changedSince !== undefined || opts.printConfig !== undefined || opts.config !== undefined;
    if (other) throw new UsageError('--init reads folders and writes a config: it takes paths, and no other mode (--fix, stdin, --config, --update-baseline, --changed-since, --print-config)');
    if (named('--format') || named('-f')) throw new UsageError('--init prints text only, so it takes no --format');
  }
  if (named('--no-baseline') && named('--baseline')) throw new UsageError('--baseline and --no-baseline cannot be combined');
  if (opts.updateBaseline && opts.baseline === null) throw new UsageError('--update-baseline and --no-baseline cannot be combined');
  if (opts.updateBaseline && opts.stdin) throw new UsageError('--update-baseline lints files, not stdin');
  if (opts.updateBaseline && opts.changedSince !== undefined) {
    throw new UsageError('--update-baseline records every problem, so it cannot be combined with --changed-since');
  }
  if (opts.changedSince !== undefined && opts.stdin) throw new UsageError('--changed-since lints files, not stdin');
  if (opts.changedSince?.startsWith('-')) throw new UsageError(`--changed-since needs a git ref, not "${opts.changedSince}"`);
  if (opts.printConfig !== undefined) {
    const other = opts.stdin || opts.fix || opts.updateBaseline || opts.changedSince !== undefined || opts.patterns.length > 0;
    if (other) throw new UsageError('--print-config <file> takes no paths and no other mode (--fix, stdin, --update-baseline, --changed-since)');
    if (!['stylish', 'json'].includes(opts.format)) throw new UsageError('--print-config prints stylish text or, with --format json, JSON');
  }
}

function parseMaxFileTime(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-file-time needs a whole number of milliseconds (0 for no limit), not "${value}"`);
  return Number(value);
}
