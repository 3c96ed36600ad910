/**
 * `npm run bench:monsters`: the CLI on monster files, one process per file, with a kill after
 * MONSTER_KILL_MS (default 60 s). For each: wall time, exit code, diagnostics, how many
 * `skipped-content` notes and what the note says. Prints a markdown table (paste into
 * bench/RESULTS.md); files are written to bench/.cache/monsters.
 *
 *   node --import tsx bench/monsters.ts [name…]      (after `node esbuild.mjs`)
 *   MONSTER_ARGS="--max-file-time 100000"            extra CLI arguments
 *
 * The shapes named in issue 10 come first; the others were invented to check that the guards
 * generalise to shapes they were not written for.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const DIR = path.join(HERE, '.cache', 'monsters');
const KILL_MS = Number(process.env['MONSTER_KILL_MS'] ?? 60_000);

function fill(size: number, line: (i: number) => string): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const l = line(i);
    out.push(l);
    len += l.length;
  }
  return out.join('');
}

function meetingNotes(size: number): string {
  return (
    '# Meeting notes dump\n' +
    fill(
      size,
      (i) =>
        `\n## Week ${i}\n\nWe just need two more resources ASAP. Can't you just reuse the old flow? The estimate is padded.\n\n` +
        `- Action: ${i} follow up with https://example.com/just/${i} and \`just build\`\n- Decision: simply ship it by Friday\n\n` +
        '> Customer: "just make it work"\n\n```\njust --simply\n```\n\n| who | what |\n| --- | --- |\n| team | just do it |\n',
    )
  );
}

export const MONSTERS: Record<string, { what: string; make: () => string; issue?: boolean }> = {
  // Named in issue 10.
  'outline-1000': { issue: true, what: '1 MB outline nested 1,000 levels by indentation', make: () => '# Outline\n\n' + fill(1_000_000, (i) => `${'  '.repeat(i % 1000)}- item ${i} we just need it\n`) },
  'ordered-400': { issue: true, what: '400 levels of ordered items (by indentation)', make: () => '# Plan\n\n' + fill(300_000, (i) => `${'   '.repeat(i % 400)}1. step ${i} simply do it\n`) },
  'table-5000-cols': { issue: true, what: '5 MB table with 5,000 columns', make: () => { const row = (c: string) => '|' + Array.from({ length: 5000 }, () => ` ${c} |`).join('') + '\n'; return '# Data\n\n' + row('h') + row('---') + fill(5_000_000, () => row('x')); } },
  'unclosed-image-60k': { issue: true, what: '60 KB of unclosed `![`', make: () => '# Images\n\n' + '!['.repeat(30_000) + '\n' },
  'headings-100k': { issue: true, what: '100,000 headings (one line each)', make: () => Array.from({ length: 100_000 }, (_, i) => `## Section ${i} just\n`).join('') },
  'notes-3mb': { issue: true, what: '3 MB meeting notes', make: () => meetingNotes(3_000_000) },
  // Invented here.
  'short-items-200k': { what: '200,000 short list items, no blank line (cheap)', make: () => '# List\n\n' + Array.from({ length: 200_000 }, (_, i) => `- item ${i} just\n`).join('') },
  'nested-emphasis': { what: '20,000 nested alternating `*`/`_` emphasis openers on one line', make: () => '# E\n\n' + Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '_a ' : '*b ')).join('') + 'just\n' },
  'quote-indent-mix': { what: '2,000 levels of `>` each followed by indentation, one per line', make: () => '# Q\n\n' + fill(400_000, (i) => `${'> '.repeat(i % 2000)}just text ${i}\n`) },
  'link-defs-100k': { what: '100,000 link reference definitions and as many references', make: () => '# Links\n\n' + Array.from({ length: 100_000 }, (_, i) => `See [ref ${i}] just now.\n\n[ref ${i}]: https://example.com/${i}\n\n`).join('') },
  'html-block-2mb': { what: 'a 2 MB HTML block (nested divs, no blank line)', make: () => '# H\n\n<div>\n' + fill(2_000_000, (i) => `${'<div>'.repeat(i % 50)}just ${i}\n`) + '</div>\n' },
  'footnotes-50k': { what: '50,000 footnote calls and definitions', make: () => '# F\n\n' + Array.from({ length: 50_000 }, (_, i) => `Note[^n${i}] just.\n\n[^n${i}]: Footnote ${i} simply.\n\n`).join('') },
  'link-openers-60k': { what: '60 KB of `[a](` link openers, never closed', make: () => '# L\n\n' + '[a]('.repeat(15_000) + '\n' },
  'tabs-deep': { what: '1,000 levels of list nesting by tabs', make: () => '# T\n\n' + fill(500_000, (i) => `${'\t'.repeat(i % 1000)}- item ${i}\n`) },
};

interface Row {
  name: string;
  what: string;
  bytes: number;
  ms: number;
  killed: boolean;
  exit: number | null;
  diagnostics: number | null;
  skipped: number | null;
  note: string;
}

function runOne(file: string, extra: string[]): Promise<{ ms: number; killed: boolean; exit: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(REPO, 'dist/cli.js'), file, '--format', 'json', '--no-ignore', ...extra], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, KILL_MS);
    child.on('close', (exit) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, killed, exit, stdout, stderr });
    });
  });
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(MONSTERS);
  const extra = (process.env['MONSTER_ARGS'] ?? '').split(' ').filter(Boolean);
  const rows: Row[] = [];
  for (const name of names) {
    const m = MONSTERS[name];
    if (!m) throw new Error(`unknown monster ${name}; known: ${Object.keys(MONSTERS).join(', ')}`);
    const text = m.make();
    const file = path.join(DIR, `${name}.md`);
    writeFileSync(file, text);
    const r = await runOne(path.relative(REPO, file), extra);
    let diagnostics: number | null = null;
    let skipped: number | null = null;
    let note = '';
    try {
      const json = JSON.parse(r.stdout) as { messages?: { ruleId: string; message: string }[]; diagnostics?: { ruleId: string; message: string }[] }[];
      const ds = json.flatMap((f) => f.messages ?? f.diagnostics ?? []);
      diagnostics = ds.length;
      const notes = ds.filter((d) => d.ruleId === 'skipped-content' || d.ruleId === 'file-timeout');
      skipped = notes.length;
      note = notes[0]?.message ?? '';
    } catch {
      note = r.killed ? '' : `no JSON: ${r.stderr.trim().split('\n').slice(-2).join(' | ').slice(0, 200)}`;
    }
    const row: Row = { name, what: m.what, bytes: Buffer.byteLength(text), ms: r.ms, killed: r.killed, exit: r.exit, diagnostics, skipped, note };
    rows.push(row);
    process.stderr.write(`${name}: ${r.killed ? `killed after ${KILL_MS} ms` : `${Math.round(r.ms)} ms, exit ${r.exit}`}, ${diagnostics} diagnostics, ${skipped} notes ${note.slice(0, 200)}\n`);
  }
  const out = [
    '| file | size | CLI wall time | exit | diagnostics | skipped notes | note (first 160 chars) |',
    '|---|--:|--:|--:|--:|--:|---|',
    ...rows.map((r) => `| ${r.name}: ${r.what} | ${(r.bytes / 1e6).toFixed(2)} MB | ${r.killed ? `> ${KILL_MS / 1000} s (killed)` : `${(r.ms / 1000).toFixed(1)} s`} | ${r.exit ?? '–'} | ${r.diagnostics ?? '–'} | ${r.skipped ?? '–'} | ${r.note.slice(0, 160).replace(/\|/g, '\\|')} |`),
  ];
  process.stdout.write(out.join('\n') + '\n');
}

void main();
