/**
 * End-to-end tests of the `speclint` command: they spawn the built dist/cli.js on a temp
 * copy of test/fixtures/cli (plus files written here: broken configs, .gitignore, node_modules).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pkg from '../package.json';
import { github } from '../src/cli/output/formats.js';
import { run } from '../src/cli/run.js';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');

interface JsonResult {
  file: string;
  kind: string | null;
  diagnostics: {
    ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number;
    fixable: boolean; fixes: { title: string; safe: boolean; edits: { start: number; end: number; text: string }[] }[];
  }[];
}

let work = '';

function cli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const env = { ...process.env, ...opts.env };
  if (!opts.env?.NO_COLOR) delete env.NO_COLOR;
  if (!opts.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? work, input: opts.input ?? '', encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[], opts: Parameters<typeof cli>[1] = {}): { code: number | null; results: JsonResult[] } {
  const r = cli([...args, '--format', 'json'], opts);
  assert.equal(r.stderr.includes('config error'), false, r.stderr);
  return { code: r.code, results: JSON.parse(r.stdout) as JsonResult[] };
}

function write(rel: string, text: string): void {
  const file = path.join(work, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) newest = Math.max(newest, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

const JUST = 'We just need a toggle.\n';
/** A fix a reader always accepts ("person-hours" means exactly "man-hours"), so --fix applies it; removing "just" is a suggestion. */
const MAN_HOURS = 'It took 200 man-hours.\n';

describe('speclint CLI', function () {

  before(function () {
    this.timeout(120_000);
    const built = fs.existsSync(CLI) ? fs.statSync(CLI).mtimeMs : 0;
    if (built < Math.max(newestMtime(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'package.json')).mtimeMs)) {
      execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
    }
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'speclint-cli-'));
    fs.cpSync(FIXTURES, work, { recursive: true });
    write('broken/.speclintrc.json', '{\n  "rules": {\n    "no-minimizers": "error",\n  }\n}\n');
    write('broken/doc.md', JUST);
    write('unknown-rule/.speclintrc.json', '{ "rules": { "no-minimiser": "error" } }\n');
    write('unknown-rule/doc.md', JUST);
    // A tiny repository: root .gitignore, a nested one, node_modules.
    fs.mkdirSync(path.join(work, 'repo', '.git'), { recursive: true });
    write('repo/.gitignore', 'generated/\n*.draft.md\n');
    write('repo/kept.md', JUST);
    write('repo/generated/out.md', JUST);
    write('repo/wip.draft.md', JUST);
    write('repo/node_modules/pkg/README.md', JUST);
    write('repo/sub/.gitignore', 'secret.md\n');
    write('repo/sub/secret.md', JUST);
    write('repo/sub/open.md', JUST);
    write('repo/sub/more.draft.md', JUST);
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  describe('usage', () => {
    it('prints help and the version', () => {
      const help = cli(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: speclint/);
      const version = cli(['--version']);
      assert.equal(version.code, 0);
      assert.equal(version.stdout.trim(), pkg.version);
    });

    it('exits 2 on usage errors', () => {
      const unknown = cli(['--fxi', 'clean']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown option --fxi\. Did you mean "--fix"\?/);
      assert.equal(cli(['--format', 'xml', 'clean']).code, 2);
      assert.equal(cli(['--format']).code, 2);
      assert.equal(cli(['--max-warnings', 'lots', 'clean']).code, 2);
      const budget = cli(['--max-file-time', 'soon', 'clean']);
      assert.equal(budget.code, 2);
      assert.match(budget.stderr, /--max-file-time needs a whole number of milliseconds \(0 for no limit\), not "soon"/);
      assert.equal(cli(['--stdin-filename', 'x.md']).code, 2);
      const missing = cli(['no-such-file.md']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /no such file or directory: no-such-file\.md/);
      const noMatch = cli(['nothing/**/*.md']);
      assert.equal(noMatch.code, 2);
      assert.match(noMatch.stderr, /no markdown files found for "nothing\/\*\*\/\*\.md"/);
    });
  });

  describe('exit codes and stylish', () => {
    it('exits 0 with no output on a clean folder', () => {
      const r = cli(['clean']);
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.stdout, '');
    });

    it('reports warnings with exit 0, as ESLint does, in an aligned report', () => {
      const r = cli(['problems']);
      assert.equal(r.code, 0, 'warnings alone never fail without --max-warnings');
      assert.match(r.stdout, /^\nproblems\/spec\.md\n/);
      // (The fixture's config makes no-minimizers a warning; its default is a question, info.)
      assert.match(r.stdout, /^ {3}6:4 +warning +Is "just" .+ {2}no-minimizers$/m);
      // (require-sections reports at info by default: its "missing" claims were right on about half of unseen documents.)
      assert.match(r.stdout, /^ {3}4:1 +info +.+ {2}require-sections$/m);
      assert.match(r.stdout, /✖ \d+ problems \(0 errors, \d+ warnings, \d+ info\)/);
      // Only "man-hours" → "person-hours": removing "just" or "simply" is a suggestion.
      assert.match(r.stdout, /^ {2}1 problem fixable with --fix$/m);
      assert.equal(r.stdout.includes('\u001b['), false, 'no colours when not a TTY');
      assert.match(cli(['problems', '--color']).stdout, /\u001b\[33mwarning/);
      assert.equal(cli(['problems'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes('\u001b['), false);
    });

    it('exits 1 on errors, and --quiet shows errors only', () => {
      assert.equal(cli(['errors']).code, 1);
      const quiet = cli(['problems', '--quiet']);
      assert.equal(quiet.code, 0);
      assert.equal(quiet.stdout, '');
      const quietErrors = cli(['errors', '--quiet']);
      assert.equal(quietErrors.code, 1);
      assert.match(quietErrors.stdout, /error +Is "just"/);
    });

    it('--max-warnings allows up to n warnings', () => {
      assert.equal(cli(['problems', '--max-warnings', '1000']).code, 0);
      const over = cli(['problems', '--max-warnings=1']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /too many warnings \(\d+; the maximum is 1\)/);
      assert.equal(cli(['errors', '--max-warnings', '1000']).code, 1, 'errors still fail');
    });
  });

  describe('formats', () => {
    it('json: one entry per file with the documented shape', () => {
      const { code, results } = json(['problems', 'clean']);
      assert.equal(code, 0);
      assert.deepEqual(results.map((r) => r.file), ['clean/notes.md', 'problems/spec.md']);
      assert.deepEqual(Object.keys(results[0]!), ['file', 'kind', 'kindReason', 'status', 'diagnostics']);
      assert.equal(results[0]!.kind, null);
      assert.deepEqual((results[0] as unknown as { status: unknown }).status, { sections: {} });
      assert.deepEqual(results[0]!.diagnostics, []);
      const spec = results[1]!;
      assert.equal(spec.kind, 'brief');
      // Why it is a spec, and each required section's state: what readiness dashboards read.
      const extra = spec as unknown as { kindReason: string; status: { sections: Record<string, string> } };
      assert.ok(extra.kindReason.length > 5, extra.kindReason);
      assert.deepEqual(Object.keys(extra.status.sections), ['problem', 'audience', 'why', 'success', 'constraints', 'alternatives']);
      for (const v of Object.values(extra.status.sections)) assert.ok(['present', 'missing', 'placeholder'].includes(v), v);
      for (const d of spec.diagnostics) {
        assert.deepEqual(Object.keys(d), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fixable', 'fixes']);
      }
      const just = spec.diagnostics.find((d) => d.ruleId === 'no-minimizers' && d.message.includes('"just"'));
      assert.ok(just);
      // Offered, but not fixable with --fix: "just" may mean only.
      assert.deepEqual([just.severity, just.line, just.column, just.endLine, just.endColumn, just.fixable], ['warning', 6, 4, 6, 8, false]);
      const fix = just.fixes[0]!;
      assert.deepEqual(Object.keys(fix), ['title', 'safe', 'edits']);
      assert.equal(fix.safe, false);
      assert.deepEqual(spec.diagnostics.filter((d) => d.fixable).map((d) => [d.ruleId, d.fixes[0]!.edits[0]!.text]), [['no-people-as-resources', 'person-hours']]);
      const text = fs.readFileSync(path.join(work, 'problems/spec.md'), 'utf8');
      const edit = fix.edits[0]!;
      assert.match(text.slice(edit.start, edit.end), /just/);
      assert.ok(spec.diagnostics.some((d) => d.ruleId === 'require-sections'));
    });

    it('sarif: 2.1.0 with the rule registry and located results', () => {
      const r = cli(['errors', 'problems', '--format', 'sarif']);
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'SpecLint');
      const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
      assert.ok(ids.includes('require-sections') && ids.includes('no-minimizers'));
      const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'no-minimizers');
      assert.ok(rule.shortDescription.text.length > 0);
      assert.match(rule.helpUri, /no-minimizers\.md$/);
      const results = run.results as any[];
      const err = results.find((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'errors/note.md');
      assert.equal(err.ruleId, 'no-minimizers');
      assert.equal(err.level, 'error');
      assert.equal(run.tool.driver.rules[err.ruleIndex].id, 'no-minimizers');
      assert.deepEqual(err.locations[0].physicalLocation.region, { startLine: 3, startColumn: 4, endLine: 3, endColumn: 8 });
      assert.ok(results.some((x) => x.ruleId === 'require-sections' && x.level === 'note' && x.message.text));
    });

    it('github: one workflow command per problem', () => {
      const r = cli(['errors', 'problems', '--format', 'github']);
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.ok(lines.length >= 3);
      for (const line of lines) {
        assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=speclint\([a-z-]+\)::\S/);
      }
      assert.ok(lines.some((l) => l.startsWith('::error file=errors/note.md,line=3,col=4,endLine=3,endColumn=8,title=speclint(no-minimizers)::Is "just"')));
      assert.ok(lines.some((l) => l.startsWith('::warning file=problems/spec.md,line=6,col=4,')));
    });

    it('github: escapes data and properties', () => {
      const at = { offset: 0, line: 1, column: 1 };
      const out = github([{
        file: 'a,b:c%.md',
        kind: null,
        diagnostics: [{ ruleId: 'r', severity: 'info', message: '100%\r\nsure, really: yes', range: { start: at, end: at }, fixes: [] }],
      }]);
      assert.equal(out, '::notice file=a%2Cb%3Ac%25.md,line=1,col=1,endLine=1,endColumn=1,title=speclint(r)::100%25%0D%0Asure, really: yes\n');
    });
  });

  describe('in process', () => {
    it('run() returns the exit code and writes to the given streams', async () => {
      let out = '';
      let err = '';
      const io = { cwd: work, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
      assert.equal(await run(['--format', 'json', 'errors'], io), 1);
      assert.equal((JSON.parse(out) as JsonResult[])[0]!.file, 'errors/note.md');
      out = '';
      assert.equal(await run(['--format', 'json', 'problems'], io), 0);
      assert.equal((JSON.parse(out) as JsonResult[])[0]!.file, 'problems/spec.md');
      assert.equal(await run(['broken'], io), 2);
      assert.match(err, /^speclint: config error: .*broken\/\.speclintrc\.json:4:3: invalid JSON/);
      out = '';
      assert.equal(await run(['-', '--fix'], { ...io, stdin: async () => `\uFEFF${MAN_HOURS}` }), 0);
      assert.equal(out, '\uFEFFIt took 200 person-hours.\n', 'the BOM is kept');
    });
  });

  describe('--fix', () => {
    it('writes fixed files and leaves nothing fixable', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclint-fix-'));
      try {
        fs.cpSync(path.join(FIXTURES, 'problems'), dir, { recursive: true });
        fs.writeFileSync(path.join(dir, '.speclintrc.json'), '{ "root": true }\n');
        const file = path.join(dir, 'spec.md');
        const before = fs.readFileSync(file, 'utf8');
        cli(['--fix'], { cwd: dir });
        const after = fs.readFileSync(file, 'utf8');
        assert.notEqual(after, before);
        assert.match(after, /person-hours/);
        // Removing "just" and "simply" is a suggestion (either may mean only): --fix leaves them for a person.
        assert.match(after, /\bjust\b/);
        assert.match(after, /\bsimply\b/);
        const again = json([], { cwd: dir });
        assert.deepEqual(again.results.flatMap((r) => r.diagnostics.filter((d) => d.fixable)), []);
        cli(['--fix'], { cwd: dir });
        assert.equal(fs.readFileSync(file, 'utf8'), after, 'a second --fix changes nothing');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('stdin', () => {
    it('lints text from stdin', () => {
      const { code, results } = json(['-'], { input: JUST });
      assert.equal(code, 0);
      assert.equal(results[0]!.file, '<stdin>');
      assert.ok(results[0]!.diagnostics.some((d) => d.ruleId === 'no-minimizers' && d.line === 1 && d.column === 4));
    });

    it('uses --stdin-filename for config lookup', () => {
      const { results } = json(['--stdin', '--stdin-filename', 'errors/other.md'], { input: JUST });
      assert.equal(results[0]!.file, 'errors/other.md');
      assert.equal(results[0]!.diagnostics.find((d) => d.ruleId === 'no-minimizers')?.severity, 'error');
    });

    it('prints the fixed text with --fix', () => {
      const r = cli(['-', '--fix'], { input: MAN_HOURS });
      assert.equal(r.stdout, 'It took 200 person-hours.\n');
      assert.equal(cli(['-', '--fix'], { input: JUST }).stdout, JUST, 'removing "just" is a suggestion, never applied by --fix');
    });
  });

  describe('config', () => {
    it('a broken config file exits 2 with one line naming it', () => {
      const r = cli(['broken']);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      const file = path.join(work, 'broken', '.speclintrc.json').replace(/\\/g, '/');
      assert.equal(r.stderr.trimEnd().split('\n').length, 1);
      assert.ok(r.stderr.startsWith(`speclint: config error: ${file}:4:3: invalid JSON`), r.stderr);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });

    it('an unknown rule id exits 2 with a suggestion', () => {
      const r = cli(['unknown-rule']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /unknown-rule\/\.speclintrc\.json: unknown rule "no-minimiser"\. Did you mean "no-minimizers"\?/);
    });

    it('--config uses that file only', () => {
      const { results } = json(['problems', '--config', 'errors/.speclintrc.json']);
      const ids = new Set(results[0]!.diagnostics.map((d) => d.ruleId));
      assert.equal(ids.has('require-sections'), false);
      assert.ok(results[0]!.diagnostics.some((d) => d.ruleId === 'no-minimizers' && d.severity === 'error'));
      const missing = cli(['problems', '--config', 'nope.json']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /config error: .*nope\.json: config file not found/);
    });
  });

  describe('which files', () => {
    const files = (args: string[], cwd?: string) => json(args, { cwd }).results.map((r) => r.file);

    it('skips node_modules and .gitignore\'d files (root and nested)', () => {
      assert.deepEqual(files([], path.join(work, 'repo')), ['kept.md', 'sub/open.md']);
      assert.deepEqual(files(['repo']), ['repo/kept.md', 'repo/sub/open.md']);
      // From a subfolder, the repository root's .gitignore still applies.
      assert.deepEqual(files([], path.join(work, 'repo', 'sub')), ['open.md']);
      assert.deepEqual(files(['repo/**/*.md']), ['repo/kept.md', 'repo/sub/open.md']);
    });

    it('lints an explicitly named file even if .gitignore\'d; --no-ignore lints everything but node_modules', () => {
      assert.deepEqual(files(['repo/generated/out.md']), ['repo/generated/out.md']);
      assert.deepEqual(files(['repo', '--no-ignore']), [
        'repo/generated/out.md', 'repo/kept.md', 'repo/sub/more.draft.md', 'repo/sub/open.md', 'repo/sub/secret.md', 'repo/wip.draft.md',
      ]);
      const allIgnored = cli(['repo/generated']);
      assert.equal(allIgnored.code, 2);
      assert.match(allIgnored.stderr, /all files matched by "repo\/generated" are ignored/);
    });

    it('honours the config\'s ignores', () => {
      assert.deepEqual(files(['ignores']), ['ignores/kept.md']);
      assert.deepEqual(files(['ignores', '--no-ignore']), ['ignores/drafts/draft.md', 'ignores/kept.md']);
      // Named explicitly: not linted, and an info note (which does not fail) says why.
      const r = json(['ignores/drafts/draft.md']);
      assert.equal(r.code, 0);
      assert.deepEqual(r.results[0]!.diagnostics.map((d) => [d.ruleId, d.severity]), [['file-ignored', 'info']]);
    });
  });

  describe('--max-file-time', () => {
    it('skips, with one note in every format, a file that passes its budget, and lints the next file', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclint-budget-'));
      try {
        // 9 MB of links and their definitions, each paragraph with a flagged word so every block is
        // parsed: over ten seconds even on a fast machine (none of it is refused by the parse guards),
        // against a budget of 1.5 s; the small file lints in milliseconds.
        const big = Array.from({ length: 125_000 }, (_, i) => `See [ref ${i}]: we just need it.\n\n[ref ${i}]: https://example.com/${i}\n\n`).join('');
        fs.writeFileSync(path.join(dir, 'a-big.md'), big);
        // Several small files after it: those already sent to the stopped worker go to the next one.
        const small = ['b-small.md', 'c-small.md', 'd-small.md', 'e-small.md', 'f-small.md', 'g-small.md'];
        for (const f of small) fs.writeFileSync(path.join(dir, f), JUST);
        // ("just" is a question by default; here it stands for any warning. Listed with `extra`, the team never wants
        // it, so --fix removes it.)
        fs.writeFileSync(path.join(dir, '.speclintrc.json'), '{ "root": true, "rules": { "no-minimizers": { "severity": "warning", "options": { "extra": ["just"] } } } }\n');
        const args = [dir, '--max-file-time', '1500', '--no-ignore', '--max-warnings', '0'];
        const r = json(args);
        assert.equal(r.code, 1, 'the small file has a warning (fails with --max-warnings 0); the skipped file adds only an info note');
        const [a, ...rest] = r.results;
        assert.match(a!.file, /a-big\.md$/);
        assert.deepEqual(a!.diagnostics.map((d) => [d.ruleId, d.severity, d.line]), [['skipped-content', 'info', 1]]);
        assert.match(a!.diagnostics[0]!.message, /^SpecLint skipped this file: linting it took longer than 1,500 ms, so it was stopped\. Raise the limit with --max-file-time <ms> \(0 for none\)\./);
        assert.deepEqual(rest.map((b) => [path.basename(b.file), b.diagnostics.map((d) => d.ruleId)]), small.map((f) => [f, ['no-minimizers']]));
        for (const format of ['stylish', 'github', 'sarif']) {
          const out = cli([...args, '--format', format, '--no-color']);
          assert.equal(out.code, 1, format);
          assert.match(out.stdout, /SpecLint skipped this file: linting it took longer than 1,500 ms/, format);
          assert.match(out.stdout, /just/, `${format}: the next file is reported`);
        }
        // --fix leaves a skipped file as it was and still fixes the next one.
        const fixed = cli([...args, '--fix']);
        assert.equal(fixed.code, 0, 'nothing is left but the info note, and info never fails a run');
        assert.equal(fs.readFileSync(path.join(dir, 'a-big.md'), 'utf8'), big);
        for (const f of small) assert.equal(fs.readFileSync(path.join(dir, f), 'utf8'), 'We need a toggle.\n', f);
        assert.match(fixed.stdout, /so it was stopped and the file was left unchanged/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('worker threads', () => {
    it('give exactly the output of a single-threaded run, --fix included', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speclint-workers-'));
      try {
        for (let i = 0; i < 40; i++) {
          const body = i % 3 === 0 ? '---\ntype: prd\n---\n# PRD ' + i + '\n\nWe just need it ASAP.\n' : '# Notes ' + i + '\n\nCan you simply add it? It took 200 man-hours.\n';
          fs.writeFileSync(path.join(dir, `f${String(i).padStart(2, '0')}.md`), body);
        }
        const copy = dir + '-copy';
        fs.cpSync(dir, copy, { recursive: true });
        const threaded = cli([dir, '--format', 'json', '--fix'], { env: { SPECLINT_WORKERS: '4' } });
        const single = cli([copy, '--format', 'json', '--fix'], { env: { SPECLINT_WORKERS: '0' } });
        assert.equal(threaded.code, 0);
        assert.equal(single.code, 0);
        const norm = (out: string, folder: string) => out.split(path.basename(folder)).join('X');
        assert.ok(norm(threaded.stdout, dir) === norm(single.stdout, copy), 'threaded and single-threaded JSON differ');
        for (const f of fs.readdirSync(dir)) assert.equal(fs.readFileSync(path.join(dir, f), 'utf8'), fs.readFileSync(path.join(copy, f), 'utf8'));
        assert.match(fs.readFileSync(path.join(dir, 'f01.md'), 'utf8'), /simply add it\? It took 200 person-hours\./);
        fs.rmSync(copy, { recursive: true, force: true });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
