/**
 * The bench inputs, built deterministically from real markdown: the README/*.md files shipped
 * in node_modules (text no one here wrote) and the repository's examples. File lists are
 * sorted; "pseudo-random" orders are by content hash, so the same node_modules gives the same
 * inputs. Only bench/.cache is ever written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import path from 'node:path';

export interface SourceFile {
  /** Path relative to the repository root, '/'-separated. */
  rel: string;
  text: string;
  bytes: number;
  sha: string;
}

export interface Input {
  id: string;
  label: string;
  text: string;
  bytes: number;
  /** Where the text comes from, for RESULTS.md. */
  note: string;
}

export interface Corpus {
  files: SourceFile[];
  bytes: number;
  /** Hash of the selected files' hashes: tells two runs apart if node_modules changed. */
  fingerprint: string;
  /** Distinct markdown files found before the cap. */
  found: number;
}

export interface Inputs {
  brief: Input;
  spec: Input;
  large: Input;
  corpus: Corpus;
}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every *.md / *.markdown file under node_modules, sorted by path (symlinks not followed). */
function markdownFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === '.cache' || e.name === '.bin') continue;
        walk(abs);
      } else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) out.push(abs);
    }
  };
  walk(root);
  return out.map((p) => path.relative(path.dirname(root), p).split(path.sep).join('/')).sort(cmp);
}

/**
 * The corpus: distinct (by content) non-empty markdown files from node_modules, at most `max`.
 * Past the cap, files are taken at an even stride through the sorted list.
 */
export function loadCorpus(repo: string, max: number): { corpus: Corpus; all: SourceFile[] } {
  const seen = new Set<string>();
  const all: SourceFile[] = [];
  for (const rel of markdownFiles(path.join(repo, 'node_modules'))) {
    const text = readFileSync(path.join(repo, rel), 'utf8');
    if (!text.trim()) continue;
    const sha = sha1(text);
    if (seen.has(sha)) continue;
    seen.add(sha);
    all.push({ rel, text, bytes: byteLength(text), sha });
  }
  let files = all;
  if (all.length > max) {
    files = [];
    for (let i = 0; i < max; i++) files.push(all[Math.floor((i * all.length) / max)]!);
  }
  const corpus = {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    fingerprint: sha1(files.map((f) => f.sha).join('\n')).slice(0, 12),
    found: all.length,
  };
  return { corpus, all };
}

/** Share of non-blank lines that read like running prose (not code, lists, tables, headings, HTML). */
function proseShare(text: string): number {
  let prose = 0;
  let total = 0;
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      total++;
      continue;
    }
    if (!line.trim()) continue;
    total++;
    if (fenced) continue;
    if (/^\s*([#>|<*+-]|\d+[.)]|\[|!\[|    )/.test(line)) continue;
    if (/^[A-Z"'(]/.test(line.trim()) && line.split(' ').length >= 6) prose++;
  }
  return total ? prose / total : 0;
}

function concatUntil(head: string, files: readonly SourceFile[], targetBytes: number): { text: string; used: number } {
  const parts = head ? [head.endsWith('\n') ? head : `${head}\n`] : [];
  let bytes = head ? byteLength(parts[0]!) : 0;
  let used = 0;
  for (const f of files) {
    if (bytes >= targetBytes) break;
    const part = f.text.endsWith('\n') ? f.text : `${f.text}\n`;
    parts.push(part);
    bytes += byteLength(part) + 1;
    used++;
  }
  // Files are separated by a blank line.
  return { text: parts.join('\n'), used };
}

/**
 * brief: examples/good-brief.md followed by the most prose-like real document of 3–4.5 KB,
 *        about 5 KB: a brief (its title makes it one) that reads like real writing;
 * spec:  the same brief head, then node_modules files in content-hash order up to ~100 KB;
 * large: node_modules files in content-hash order up to ~2 MB (less with `largeBytes`).
 */
export function buildInputs(repo: string, opts: { corpusMax: number; largeBytes: number }): Inputs {
  // brief, spec and large come from every distinct file, so they do not depend on the corpus cap.
  const { corpus, all } = loadCorpus(repo, opts.corpusMax);
  const head = readFileSync(path.join(repo, 'examples/good-brief.md'), 'utf8');
  const hashOrder = [...all].sort((a, b) => cmp(a.sha, b.sha));

  const candidates = all.filter((f) => f.bytes >= 3000 && f.bytes <= 4500);
  const scored = candidates.map((f) => ({ f, s: proseShare(f.text) })).sort((a, b) => b.s - a.s || cmp(a.f.rel, b.f.rel));
  const prose = scored[0]?.f;
  const briefText = prose ? `${head.trimEnd()}\n\n${prose.text}` : head;

  const spec = concatUntil(head, hashOrder.filter((f) => f.bytes <= 50_000), 100 * 1024);
  const large = concatUntil('', hashOrder, opts.largeBytes);

  const mk = (id: string, label: string, text: string, note: string): Input => ({ id, label, text, bytes: byteLength(text), note });
  return {
    brief: mk('brief', 'brief', briefText, `examples/good-brief.md + ${prose?.rel ?? '(no prose doc found)'}`),
    spec: mk('spec', 'spec', spec.text, `examples/good-brief.md + ${spec.used} node_modules docs`),
    large: mk('large', 'large doc', large.text, `${large.used} node_modules docs concatenated`),
    corpus,
  };
}

/** `copies` copies of `text`, each separated by a blank line. */
export function repeat(text: string, copies: number): string {
  const unit = text.endsWith('\n') ? text : `${text}\n`;
  return Array.from({ length: copies }, () => unit).join('\n');
}

/** Writes the corpus as flat files (NNNN-<path>.md) into `dir`, replacing what was there. */
export function writeCorpus(corpus: Corpus, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  corpus.files.forEach((f, i) => {
    const stem = f.rel.replace(/^node_modules\//, '').replace(/\.(md|markdown)$/i, '').replace(/[^A-Za-z0-9._-]+/g, '_');
    writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}-${stem}.md`), f.text);
  });
}

export const kb = (bytes: number) => bytes / 1024;
