/** Command-line arguments: parsing and validation. Any problem is a UsageError (exit 2). */
import { didYouMean } from '../engine/config.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
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
  /** `--max-file-time <ms>`: skip a file still being linted after this long (0: no limit); undefined: the default. */
  maxFileTime?: number;
}

export class UsageError extends Error {}

const VALUE_FLAGS: Record<string, string> = {
  '--format': 'format',
  '-f': 'format',
  '--config': 'config',
  '-c': 'config',
  '--max-warnings': 'maxWarnings',
  '--stdin-filename': 'stdinFilename',
  '--max-file-time': 'maxFileTime',
};
const BOOLEAN_FLAGS = ['--fix', '--stdin', '--quiet', '--no-ignore', '--color', '--no-color', '--help', '-h', '--version', '-v'];

export const HELP = `Usage: speclint [options] [file|dir|glob ...]

Lints product specs, PRDs, briefs and tickets written in markdown.
With no paths, lints every *.md and *.markdown file under the current folder
(skipping node_modules, .gitignore'd files and the config's "ignores").

Options:
  --fix                    Apply safe fixes and write changed files; report what is left
  -f, --format <name>      Output format: stylish (default), json, sarif, github
  -c, --config <file>      Use this config file only (no lookup of .speclintrc files)
  -, --stdin               Lint text from stdin (with --fix, print the fixed text)
  --stdin-filename <path>  Path to assume for stdin text (config lookup, kind globs)
  --max-warnings <n>       Fail only if there are more than n warnings (default: 0)
  --quiet                  Report errors only; warnings neither show nor fail
  --no-ignore              Lint files even if .gitignore or "ignores" excludes them
  --max-file-time <ms>     Skip, with a note, a file still being linted after this
                           many milliseconds (default: 10000; 0 for no limit)
  --color, --no-color      Force or disable colours (NO_COLOR is honoured)
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no errors or warnings, 1 errors or warnings found,
            2 usage or config error.
`;

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { patterns: [], fix: false, format: 'stylish', stdin: false, quiet: false, ignore: true, help: false, version: false };
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
  return opts;
}

function parseMaxFileTime(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-file-time needs a whole number of milliseconds (0 for no limit), not "${value}"`);
  return Number(value);
}
