/**
 * `npm run eval:scan -- <folder>`: phrasing warnings on a wide scan of public design proposals,
 * checked against a reader's verdicts (eval/scan/judged.jsonl). Writes eval/SCAN.md.
 *
 * The folder holds one sub-folder per repository, named `<owner>+<name>`, each extracted at
 * the commit recorded in judged.jsonl (see eval/README.md, "The wide scan"). The documents
 * are not kept here: several of those repositories state no licence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../src/engine/index.js';
import { rules } from '../src/rules/index.js';

const ROOT = path.dirname(new URL(import.meta.url).pathname);
const PHRASING = new Set(rules.filter((r) => r.meta.category === 'phrasing').map((r) => r.id));

interface Judged {
  id: string;
  repo: string;
  commit: string;
  path: string;
  line: number;
  flagged: string;
  rule: string;
  text?: string;
  verdict: 'true' | 'false';
  rules: string[];
  reason: string;
}

const folder = process.argv[2];
if (!folder || !fs.existsSync(folder)) {
  console.error('usage: npm run eval:scan -- <folder with <owner>+<name> sub-folders>');
  process.exit(2);
}
const judged = fs.readFileSync(path.join(ROOT, 'scan', 'judged.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Judged);
const key = (repo: string, file: string, line: number, rule: string) => `${repo}\0${file}\0${line}\0${rule}`;
const verdicts = new Map(judged.map((j) => [key(j.repo, j.path, j.line, j.rule), j]));
const scanned = JSON.parse(fs.readFileSync(path.join(ROOT, 'scan', 'repos.json'), 'utf8')) as { repo: string; commit: string }[];
const repos = scanned.map((r) => r.repo);

function* markdown(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* markdown(p);
    else if (/\.md$/i.test(e.name)) yield p;
  }
}

let bytes = 0;
let files = 0;
const flags: { repo: string; file: string; line: number; rule: string; severity: string; verdict?: Judged }[] = [];
for (const repo of repos) {
  const dir = path.join(folder, repo.replace('/', '+'));
  if (!fs.existsSync(dir)) {
    console.error(`missing ${dir}: extract ${repo} at ${scanned.find((r) => r.repo === repo)!.commit}`);
    process.exit(2);
  }
  for (const file of markdown(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    files++;
    const rel = path.relative(dir, file);
    for (const d of lint(text, { rules, filePath: file }).diagnostics) {
      if (!PHRASING.has(d.ruleId)) continue;
      const line = d.range.start.line;
      flags.push({ repo, file: rel, line, rule: d.ruleId, severity: d.severity, verdict: verdicts.get(key(repo, rel, line, d.ruleId)) });
    }
  }
}

const warnings = flags.filter((f) => f.severity !== 'info');
const count = (list: typeof flags, v?: 'true' | 'false') => list.filter((f) => (v ? f.verdict?.verdict === v : !f.verdict)).length;
const kb = bytes / 1024;
const per100 = (n: number) => ((n / kb) * 100).toFixed(2);
// Every finding counts, questions (info) too: most phrasing rules report questions by default, and a
// question a reader judges false is still noise in a document.
const byRule = [...PHRASING].map((r) => {
  const w = flags.filter((f) => f.rule === r);
  return `| ${r} | ${w.length} | ${w.filter((f) => f.severity !== 'info').length} | ${count(w, 'true')} | ${count(w, 'false')} | ${count(w)} |`;
});
const allTrue = judged.filter((j) => j.verdict === 'true');
const lost = allTrue.filter((j) => !flags.some((f) => f.verdict === j));
const unjudged = flags.filter((f) => !f.verdict);
const out = [
  '# Wide scan of public design proposals',
  '',
  `Written by \`npm run eval:scan\` on ${new Date().toISOString().slice(0, 10)}: ${files} markdown files, ${(kb / 1024).toFixed(1)} MB, from the ${repos.length} repositories in eval/scan/repos.json. Verdicts: eval/scan/judged.jsonl (${judged.length} flags a reader judged, ${allTrue.length} of them true).`,
  '',
  `Findings (warnings and questions): **${flags.length}** (${per100(flags.length)} per 100 KB); judged false: **${count(flags, 'false')}** (${per100(count(flags, 'false'))} per 100 KB); judged true: ${count(flags, 'true')}; not judged yet: ${count(flags)}. Of them warnings, with the default severities: ${warnings.length}, judged false ${count(warnings, 'false')} (${per100(count(warnings, 'false'))} per 100 KB).`,
  '',
  `Flags the reader judged true that are no longer raised: ${lost.length}${lost.length ? ` (${lost.map((j) => j.id).join(', ')})` : ''}.`,
  '',
  '| rule | findings | of them warnings | judged true | judged false | not judged |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...byRule,
  '',
  '## Not judged yet',
  '',
  unjudged.length ? 'Judge these and add them to eval/scan/judged.jsonl:' : 'None.',
  '',
  ...unjudged.map((f) => `- ${f.repo} ${f.file}:${f.line} ${f.rule} (${f.severity})`),
  '',
];
fs.writeFileSync(path.join(ROOT, 'SCAN.md'), out.join('\n'));
console.log(out.slice(0, 8).join('\n'));
