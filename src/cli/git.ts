/**
 * `--changed-since <ref>`: which files and lines changed, from git. The working tree
 * (staged and unstaged edits) is compared with the merge base of the ref and HEAD, which
 * is what a pull request changes; untracked files that git does not ignore count as new.
 * Only the CLI runs git, never the engine.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { toPosix } from './files.js';

export interface ChangedFile {
  /** Added in this change (or untracked): every line is new. */
  isNew: boolean;
  /** Lines (1-based, in the file as it is now) that were added or modified. */
  lines: Set<number>;
  /** A heading line was added, removed or edited. */
  structure: boolean;
  /** Where each change is, as a line of the file now (a removal: the line before it). */
  hunks: number[];
}

export class GitError extends Error {}

function git(args: string[], cwd: string): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new GitError(missing ? '--changed-since needs git, and git was not found on the PATH' : `cannot run git: ${r.error.message}`);
  }
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.trim() };
}

/** Files (absolute, '/'-separated) changed since `ref`, with their changed lines. */
export function changedSince(ref: string, cwd: string): Map<string, ChangedFile> {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) throw new GitError(`--changed-since needs a git repository, and ${toPosix(cwd)} is not in one`);
  const root = top.out.trim();
  if (!git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root).ok) {
    throw new GitError(`unknown git ref "${ref}" (in a shallow clone, fetch it first, e.g. git fetch origin ${ref})`);
  }
  const base = git(['merge-base', ref, 'HEAD'], root);
  if (!base.ok) {
    throw new GitError(`"${ref}" and HEAD have no common ancestor${base.err ? ` (${base.err})` : ''}; in a shallow clone, fetch more history (fetch-depth: 0)`);
  }
  const diff = git([
    '-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '-U0',
    '--src-prefix=a/', '--dst-prefix=b/', base.out.trim(), '--',
  ], root);
  if (!diff.ok) throw new GitError(`git diff failed: ${diff.err}`);
  const files = parseDiff(diff.out);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  if (!untracked.ok) throw new GitError(`git ls-files failed: ${untracked.err}`);
  for (const rel of untracked.out.split('\0').filter(Boolean)) files.set(rel, { isNew: true, lines: new Set(), structure: true, hunks: [] });
  const out = new Map<string, ChangedFile>();
  for (const [rel, c] of files) out.set(toPosix(path.resolve(root, rel)), c);
  return out;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** Parses `git diff -U0` output: file path (after the change) → changed lines. Deleted files are left out. */
export function parseDiff(out: string): Map<string, ChangedFile> {
  const files = new Map<string, ChangedFile>();
  let current: ChangedFile | undefined;
  let header = '';
  let inHunk = false;
  let newLine = 0;
  let isNew = false;
  let deleted = false;
  let target: string | undefined;
  const start = () => {
    if (current || deleted || target === undefined) return;
    current = { isNew, lines: new Set(), structure: isNew, hunks: [] };
    files.set(target, current);
  };
  for (const line of out.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      inHunk = false;
      isNew = false;
      deleted = false;
      header = line.slice('diff --git '.length);
      target = samePathHeader(header);
      continue;
    }
    if (!inHunk) {
      if (line.startsWith('new file mode')) isNew = true;
      else if (line.startsWith('deleted file mode')) deleted = true;
      else if (line.startsWith('rename to ')) target = unquote(line.slice('rename to '.length));
      else if (line.startsWith('+++ ')) {
        const p = line.slice(4);
        if (p === '/dev/null') deleted = true;
        else target = unquote(p).replace(/^b\//, '');
      }
    }
    const h = HUNK.exec(line);
    if (h) {
      start();
      inHunk = true;
      newLine = Number(h[3]);
      current?.hunks.push(newLine);
      continue;
    }
    if (!inHunk || !current) {
      if (line.startsWith('index ') || line.startsWith('similarity index')) start();
      continue;
    }
    if (line.startsWith('+')) {
      const content = line.slice(1);
      current.lines.add(newLine);
      if (HEADING.test(content)) current.structure = true;
      newLine++;
    } else if (line.startsWith('-')) {
      const content = line.slice(1);
      if (HEADING.test(content)) current.structure = true;
    }
  }
  return files;
}

/** `a/x b/x` (the same path twice) → x; otherwise undefined (the +++ line or "rename to" names it). */
function samePathHeader(header: string): string | undefined {
  if (header.length % 2 === 0) return undefined;
  const half = (header.length - 1) / 2;
  const a = unquote(header.slice(0, half));
  const b = unquote(header.slice(half + 1));
  return a.startsWith('a/') && b.startsWith('b/') && a.slice(2) === b.slice(2) ? b.slice(2) : undefined;
}

/** git quotes paths with control characters, `"` or `\` C-style; turn them back. */
function unquote(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
      continue;
    }
    const n = body[++i]!;
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[n] ?? n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The last line of the front matter (its closing fence), or 0 when the text has none. */
export function frontMatterEnd(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const fence = lines[0]?.trimEnd();
  if (fence !== '---' && fence !== '+++') return 0;
  for (let i = 1; i < lines.length; i++) if (lines[i]!.trimEnd() === fence) return i + 1;
  return 0;
}

/**
 * Whether a problem belongs to the change: it touches a changed line, or the file is new,
 * or it is about the whole document (a section rule) and the headings or front matter changed.
 */
export function onChangedLines(d: { range: { start: { line: number }; end: { line: number; column: number } } }, c: ChangedFile, wholeDocument: boolean, fmEnd: number): boolean {
  if (c.isNew) return true;
  const last = d.range.end.line > d.range.start.line && d.range.end.column === 1 ? d.range.end.line - 1 : d.range.end.line;
  for (let l = d.range.start.line; l <= last; l++) if (c.lines.has(l)) return true;
  return wholeDocument && (c.structure || c.hunks.some((h) => h <= fmEnd));
}
