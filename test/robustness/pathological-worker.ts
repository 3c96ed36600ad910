/**
 * Runs one pathological input in its own process (see pathological.test.ts), so a hang or a
 * stack overflow fails that case instead of the whole suite. Prints one JSON line: how long
 * linting took, what came back, or what was thrown.
 *
 *   node --import tsx test/robustness/pathological-worker.ts <case>
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { lint, applyFixes, INTERNAL_RULE, SKIPPED_RULE } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';

/**
 * A hang guard, not a time bound: a case still running after this long is killed and fails.
 * Several times what the slowest case takes on a busy 2-core machine (the 3 MB meeting notes:
 * about 15 s quiet, 37-66 s with six other test runs beside it; 120 s was once reached at a load
 * average of 13); `npm run bench` holds the real time targets.
 */
export const KILL_AFTER_MS = Number(process.env.PATHOLOGICAL_KILL_MS ?? 300_000);
const WORKER = __filename;
const ROOT = join(__dirname, '..', '..');

/** Deterministic pseudo-random bytes. */
function bytes(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

function meetingNotes(size: number): string {
  const parts: string[] = ['# Meeting notes dump\n'];
  let i = 0;
  let len = 0;
  while (len < size) {
    const p =
      `\n## Week ${i}\n\nWe just need two more resources ASAP. Can't you just reuse the old flow? The estimate is padded.\n\n` +
      `- Action: ${i} follow up with https://example.com/just/${i} and \`just build\`\n- Decision: simply ship it by Friday\n\n` +
      '> Customer: "just make it work"\n\n```\njust --simply\n```\n\n| who | what |\n| --- | --- |\n| team | just do it |\n';
    parts.push(p);
    len += p.length;
    i++;
  }
  return parts.join('');
}

export interface PathologicalCase {
  what: string;
  make: () => string;
  /** Slow even when handled well (seconds of real parsing): only in the long run (`npm run fuzz`, or PATHOLOGICAL_ALL=1). */
  heavy?: boolean;
}

/** In the order they start: the slowest first, so the quick ones run alongside. */
export const CASES: Record<string, PathologicalCase> = {
  '3mb-notes': { what: 'a 3 MB meeting-notes dump (headings, lists, quotes, code, tables)', make: () => meetingNotes(3_000_000) },
  'table-50k': { what: 'a 50,000-row table', make: () => `| who | what | when |\n| --- | --- | --- |\n${'| the team | just ship it | ASAP |\n'.repeat(50_000)}` },
  'nested-blockquotes': { what: '20,000 nested blockquotes (`> ` repeated, 40 KB)', make: () => `${'> '.repeat(20_000)}just do it\n` },
  'nested-list-items': { what: '20,000 nested list items (`- ` repeated, 40 KB)', make: () => `${'- '.repeat(20_000)}just do it\n` },
  'nested-ordered-and-quotes': { what: '2,000 nested `1. > ` (ordered list in a quote, repeated)', make: () => `${'1. > '.repeat(2_000)}just do it\n` },
  'dash-line': { what: 'a 40 KB line of `- - - …`', make: () => `Intro.\n\n${'- '.repeat(20_000).trimEnd()}\n\nWe just need it.\n` },
  'brackets': { what: '20k `[` then 20k `]`', make: () => `${'['.repeat(20_000)}just${']'.repeat(20_000)}\n` },
  'bracket-links': { what: '20k `[just](` openings', make: () => `${'[just]('.repeat(20_000)}\n` },
  'emphasis-flood': { what: '20k `*` then a word then 20k `*`', make: () => `${'*'.repeat(20_000)}just${'*'.repeat(20_000)}\n` },
  'backtick-flood': { what: '2,000 backtick runs of growing length', make: () => Array.from({ length: 2_000 }, (_, i) => '`'.repeat((i % 50) + 1)).join(' just ') },
  '5mb-line': { what: 'a 5 MB single line of prose', make: () => 'We just need two more resources ASAP. '.repeat(Math.ceil(5_000_000 / 38)) },
  'phrase-flood': { what: '130,000 flagged words in 13,000 paragraphs (660 KB)', make: () => 'just just just just just just just just just just\n\n'.repeat(13_000) },
  'nul-bytes': { what: 'a file with NUL bytes (text with NULs, then 200 KB of NULs)', make: () => `# PRD: x\n\nWe just\u0000need\u0000it.\n\n${'\u0000'.repeat(200_000)}\n\nsimply\u0000\n` },
  'binary-file': { what: 'a 300 KB binary file (random bytes, invalid UTF-8) decoded as UTF-8', make: () => bytes(300_000).toString('utf8') },
  'invalid-utf8': { what: 'invalid UTF-8 sequences around phrases', make: () => Buffer.concat([Buffer.from('# PRD\n\nWe just '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f]), Buffer.from(' need two more resources ASAP.\n')]).toString('utf8').repeat(5_000) },
  'lone-surrogates': { what: 'lone surrogates (invalid UTF-16) next to phrases, 53 KB', make: () => LONE.repeat(1_000) },
  'long-word': { what: 'one 2 MB "word" with no spaces', make: () => 'justsimply'.repeat(200_000) },
  // Comments skipped before a title or a description: a regex with a lazy group under a star backtracks
  // exponentially here (every way of grouping 500 comments) when text follows them on their line.
  'comment-flood': { what: '500 empty HTML comments, then a word, before the title and in the opening', make: () => `${'<!---->'.repeat(500)}x\n\n# Design Notes: Refinement types for the language\n\n${'<!-- -->'.repeat(3000)} We just need it.\n\n# Proposal\n\nText.\n` },
  // Issue 10's monsters, scaled to what a suite can afford: the guards judge cost, not lines.
  'outline-by-indentation': { what: 'an outline nested 1,000 levels by indentation alone (1 MB)', make: () => Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- item ${i} we just need it\n`).join('') },
  'ordered-by-indentation': { what: 'ordered items nested 400 levels by indentation', make: () => Array.from({ length: 800 }, (_, i) => `${'   '.repeat(i % 400)}1. step ${i} simply\n`).join('') },
  'tabs-nesting': { what: 'list items nested 1,000 levels by tabs', make: () => Array.from({ length: 1_000 }, (_, i) => `${'\t'.repeat(i)}- item ${i}\n`).join('') },
  'wide-table': { what: 'a 1 MB table of 5,000 columns', make: () => { const row = (c: string) => `|${` ${c} |`.repeat(5_000)}\n`; return row('h') + row('---') + row('x').repeat(48); } },
  'image-openers': { what: '60 KB of unclosed `![`', make: () => `Intro.\n\n${'!['.repeat(30_000)}\n\nWe just need it.\n` },
  'nested-emphasis': { what: '20,000 alternating `*`/`_` emphasis openers on one line', make: () => Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '_a ' : '*b ')).join('') + 'just\n' },
  // The long run only.
  'lone-surrogates-big': { what: 'lone surrogates (invalid UTF-16) next to phrases, 530 KB', make: () => LONE.repeat(10_000), heavy: true },
  '1mb-paragraph': { what: 'a 1 MB paragraph of 200,000 lines, each a flagged word', make: () => 'just\n'.repeat(200_000), heavy: true },
  'headings-50k': { what: '50,000 headings, each with a paragraph', make: () => Array.from({ length: 50_000 }, (_, i) => `## Problem ${i}\n\nWe just fixed it.\n`).join('\n'), heavy: true },
  'lazy-quotes': { what: '20,000 lines alternating prose and `> ` quote, no blank line', make: () => 'We just\n> ASAP\n'.repeat(10_000), heavy: true },
  'unclosed-comment': { what: 'an unclosed HTML comment followed by 100,000 lines', make: () => `# PRD: x\n\n<!--\n${'just do it\n'.repeat(100_000)}`, heavy: true },
  'unclosed-fence': { what: 'an unclosed code fence followed by 100,000 lines', make: () => `# PRD: x\n\n\`\`\`\n${'just do it\n'.repeat(100_000)}`, heavy: true },
  'crlf-cr-mix': { what: '1 MB of mixed CR, LF and CRLF line endings', make: () => 'We just\rneed it\r\nASAP\n\r'.repeat(40_000), heavy: true },
};

const LONE = '\uD800just \uDC00simply\uDBFF two more resources\uD83D \uDE00 ASAP\n\n- \uDC00 just\n\n';

export interface Outcome {
  /** Wall time of the whole child process, start-up included. */
  wallMs: number;
  killed: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  result?: {
    chars: number;
    ms: number;
    fixMs?: number;
    fixThrew?: string;
    threw?: string;
    diagnostics?: number;
    byRule?: Record<string, number>;
    notes?: string[];
    badRange?: string;
    heapMB?: number;
  };
}

export function runCase(name: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', WORKER, name], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, KILL_AFTER_MS);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      let result: Outcome['result'];
      try {
        result = JSON.parse(stdout.trim().split('\n').pop() || 'null') ?? undefined;
      } catch {
        result = undefined;
      }
      resolve({ wallMs: Date.now() - t0, killed, exitCode, signal, stderr, result });
    });
  });
}

export function describeOutcome(o: Outcome): string {
  if (o.killed) return `did not finish: killed after ${(o.wallMs / 1000).toFixed(1)} s`;
  if (!o.result) return `crashed (exit ${o.exitCode}${o.signal ? `, ${o.signal}` : ''}): ${o.stderr.trim().split('\n').filter((l) => !/^\s+at /.test(l)).slice(-3).join(' | ').slice(0, 400)}`;
  const r = o.result;
  if (r.threw) return `lint threw after ${r.ms} ms: ${r.threw}`;
  const rules = Object.entries(r.byRule ?? {}).map(([k, v]) => `${k} ${v}`).join(', ');
  return `linted ${r.chars.toLocaleString('en-US')} chars in ${r.ms} ms (fixes ${r.fixMs} ms, heap ${r.heapMB} MB): ${r.diagnostics} diagnostics${rules ? ` (${rules})` : ''}${r.notes?.length ? `; ${r.notes.map((n) => n.slice(0, 160)).join(' / ')}` : ''}`;
}

/** Why an outcome breaks the bound, or undefined when the case was linted or refused in time. */
export function problemWith(o: Outcome): string | undefined {
  if (o.killed) return `still running after ${(o.wallMs / 1000).toFixed(0)} s: killed`;
  if (!o.result) return 'the process crashed';
  const r = o.result;
  if (r.threw) return `lint threw: ${r.threw}`;
  if (r.fixThrew) return `applying the fixes threw: ${r.fixThrew}`;
  if (r.byRule?.['internal-error']) return 'a rule failed (internal-error)';
  if (r.badRange) return `a range outside the document: ${r.badRange}`;
  if ((r.byRule?.['skipped-content'] ?? 0) > 1) return `${r.byRule!['skipped-content']} skipped-content notes: a document gets one at most`;
  const unclear = (r.notes ?? []).find((n) => n.startsWith('skipped-content') && !/skipped .+: .+\./.test(n));
  if (unclear) return `a refusal must say what was skipped and why: ${unclear}`;
  return undefined;
}

function main(): void {
  const name = process.argv[2]!;
  const c = CASES[name];
  if (!c) {
    console.log(JSON.stringify({ error: `unknown case ${name}` }));
    process.exit(3);
  }
  const text = c.make();
  const t0 = performance.now();
  let result: ReturnType<typeof lint>;
  try {
    result = lint(text, { rules });
  } catch (e) {
    console.log(JSON.stringify({ chars: text.length, ms: Math.round(performance.now() - t0), threw: `${(e as Error).name}: ${(e as Error).message}` }));
    return;
  }
  const ms = Math.round(performance.now() - t0);
  const t1 = performance.now();
  let fixMs = 0;
  let fixThrew: string | undefined;
  try {
    applyFixes(text, result.diagnostics);
  } catch (e) {
    fixThrew = (e as Error).message;
  }
  fixMs = Math.round(performance.now() - t1);
  const byRule: Record<string, number> = {};
  let badRange = '';
  for (const d of result.diagnostics) {
    byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
    const { start, end } = d.range;
    if (!badRange && !(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) badRange = `${d.ruleId} [${start.offset}, ${end.offset})`;
  }
  const notes = result.diagnostics.filter((d) => d.ruleId === SKIPPED_RULE || d.ruleId === INTERNAL_RULE).slice(0, 3).map((d) => `${d.ruleId}: ${d.message}`);
  console.log(JSON.stringify({ chars: text.length, ms, fixMs, fixThrew, diagnostics: result.diagnostics.length, byRule, notes, badRange, heapMB: Math.round(process.memoryUsage().heapUsed / 1e6) }));
}

if (/pathological-worker\.ts$/.test(process.argv[1] ?? '')) main();
