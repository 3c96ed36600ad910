/**
 * Which files to lint: paths, directories and globs from the command line, minus
 * node_modules, .gitignore'd files and the config's `ignores`. Results are absolute,
 * '/'-separated, deduplicated and sorted.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
// `require` (not `import`) so esbuild bundles the CommonJS builds of tinyglobby and fdir:
// fdir's ESM build calls createRequire(import.meta.url), which is empty in a cjs bundle.
import tinyglobby = require('tinyglobby');
const { glob, isDynamicPattern } = tinyglobby;
import { UsageError } from './args.js';

export const MARKDOWN_GLOBS = ['**/*.md', '**/*.markdown'];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
const MARKDOWN_EXT = /\.(md|markdown)$/i;

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/** Relative path from `cwd` with '/' separators (used in every output format). */
export function displayPath(cwd: string, abs: string): string {
  return toPosix(path.relative(cwd, abs)) || toPosix(path.basename(abs));
}

export interface CollectOptions {
  cwd: string;
  /** false with --no-ignore: .gitignore and `ignores` do not apply. */
  ignore: boolean;
  /** Whether the config of this file lists it under `ignores`. May throw ConfigError. */
  configIgnores(abs: string): Promise<boolean>;
}

export interface Collected {
  files: string[];
  /** Files named explicitly on the command line but excluded by the config's `ignores`. */
  ignoredExplicit: string[];
}

export async function collectFiles(patterns: string[], opts: CollectOptions): Promise<Collected> {
  const files = new Set<string>();
  const ignoredExplicit = new Set<string>();
  const git = new GitIgnore(findGitRoot(opts.cwd) ?? opts.cwd);
  const kept = async (abs: string) => !opts.ignore || (!git.ignored(abs) && !(await opts.configIgnores(abs)));
  const explicit = patterns.length > 0;

  for (const pattern of explicit ? patterns : ['.']) {
    const abs = toPosix(path.resolve(opts.cwd, pattern));
    const stat = statSync(abs, { throwIfNoEntry: false });
    let found: string[];
    if (stat?.isFile()) {
      // A file named on the command line is linted even if .gitignore'd; the config's
      // `ignores` still apply (so pre-commit hooks passing every staged file respect them).
      if (opts.ignore && (await opts.configIgnores(abs))) ignoredExplicit.add(abs);
      else files.add(abs);
      continue;
    } else if (stat?.isDirectory()) {
      found = await glob(MARKDOWN_GLOBS, { cwd: abs, absolute: true, ignore: ALWAYS_SKIPPED, caseSensitiveMatch: false, expandDirectories: false });
    } else if (isDynamicPattern(pattern)) {
      // A glob naming an extension (`*.mdx`) takes what it matches; otherwise markdown only.
      const ownExt = /\.[A-Za-z0-9]+$/.test(pattern);
      found = (await glob(pattern, { cwd: opts.cwd, absolute: true, ignore: ALWAYS_SKIPPED, expandDirectories: false }))
        .filter((f) => ownExt || MARKDOWN_EXT.test(f));
    } else {
      throw new UsageError(`no such file or directory: ${pattern}`);
    }
    let count = 0;
    for (const f of found.map(toPosix)) {
      if (await kept(f)) {
        files.add(f);
        count++;
      }
    }
    if (explicit && count === 0) {
      throw new UsageError(
        found.length
          ? `all files matched by "${pattern}" are ignored (use --no-ignore to lint them)`
          : `no markdown files found for "${pattern}"`,
      );
    }
  }
  const sort = (s: Set<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const f of files) ignoredExplicit.delete(f);
  return { files: sort(files), ignoredExplicit: sort(ignoredExplicit) };
}

function findGitRoot(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return toPosix(dir);
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * .gitignore files from `root` down, with git's precedence: a deeper file overrides a
 * shallower one, and nothing inside an ignored folder can be re-included.
 */
class GitIgnore {
  private readonly cache = new Map<string, Ignore | null>();
  constructor(private readonly root: string) {}

  ignored(abs: string): boolean {
    const rel = toPosix(path.relative(this.root, abs));
    if (!rel || rel.startsWith('../') || path.isAbsolute(rel)) return false;
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const suffix = i < parts.length ? '/' : '';
      for (let j = i - 1; j >= 0; j--) {
        const ig = this.load(parts.slice(0, j).join('/'));
        if (!ig) continue;
        const r = ig.test(parts.slice(j, i).join('/') + suffix);
        if (r.ignored) return true;
        if (r.unignored) break;
      }
    }
    return false;
  }

  private load(relDir: string): Ignore | null {
    let ig = this.cache.get(relDir);
    if (ig === undefined) {
      ig = null;
      try {
        const text = readFileSync(path.join(this.root, relDir, '.gitignore'), 'utf8');
        ig = ignore().add(text);
      } catch {
        // No .gitignore here (or unreadable): nothing to apply.
      }
      this.cache.set(relDir, ig);
    }
    return ig;
  }
}
