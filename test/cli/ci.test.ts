/**
 * The CLI in CI: baseline, --changed-since, the CI formats, --print-config, exit codes and
 * config edge cases. Each test works on its own temporary folder (a git repository where
 * git matters) and runs the command in process through run().
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDiff } from '../../src/cli/git.js';
import { run } from '../../src/cli/run.js';

interface Out {
  code: number;
  stdout: string;
  stderr: string;
}

async function speclint(cwd: string, args: string[]): Promise<Out> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
  return { code, stdout, stderr };
}

interface JsonDiag { ruleId: string; severity: string; message: string; line: number; column: number }
interface JsonFile { file: string; diagnostics: JsonDiag[] }

async function lintJson(cwd: string, args: string[]): Promise<{ code: number; files: JsonFile[]; stderr: string }> {
  const r = await speclint(cwd, [...args, '--format', 'json']);
  assert.ok(r.stdout.startsWith('['), `no JSON output (exit ${r.code}): ${r.stderr}`);
  return { code: r.code, files: JSON.parse(r.stdout) as JsonFile[], stderr: r.stderr };
}

/** "file:line rule" for every reported problem, sorted. */
function found(files: JsonFile[]): string[] {
  return files.flatMap((f) => f.diagnostics.map((d) => `${f.file}:${d.line} ${d.ruleId}`)).sort();
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'speclint-ci-')));
  dirs.push(dir);
  return dir;
}

function write(dir: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function gitRepo(): string {
  const dir = tempDir();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'SpecLint test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}

function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

// A PRD that lacks every section but the problem, with two minimisers.
const OLD_PRD = [
  '# PRD: Saved carts',
  '',
  '## User problem',
  '',
  'Shoppers lose their cart when they switch devices.',
  '',
  'We just need a button that saves the cart.',
  '',
  'Engineering can simply reuse the wishlist code.',
  '',
].join('\n');

after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('CLI in CI', function () {
  this.timeout(120_000);

  describe('exit codes (ESLint\'s convention)', () => {
    it('warnings exit 0, too many warnings or any error exit 1, usage errors exit 2', async () => {
      const dir = tempDir();
      // ("just" is a question, info, by default; made a warning here to stand for any warning.)
      write(dir, '.speclintrc.json', '{ "rules": { "no-minimizers": "warning" } }\n');
      write(dir, 'warn.md', 'We just need a toggle.\n');
      const warn = await speclint(dir, ['warn.md']);
      assert.equal(warn.code, 0);
      assert.match(warn.stdout, /1 problem \(0 errors, 1 warning\)/);
      assert.equal((await speclint(dir, ['warn.md', '--max-warnings', '1'])).code, 0);
      const over = await speclint(dir, ['warn.md', '--max-warnings', '0']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /too many warnings \(1; the maximum is 0\)/);
      write(dir, 'err/.speclintrc.json', '{ "rules": { "no-minimizers": "error" } }\n');
      write(dir, 'err/doc.md', 'We just need a toggle.\n');
      assert.equal((await speclint(dir, ['err'])).code, 1);
      assert.equal((await speclint(dir, ['--format', 'yaml'])).code, 2);
    });
  });

  describe('baseline', () => {
    it('hides recorded problems, survives edits above them, reports new ones, and drops fixed ones on update', async () => {
      const dir = tempDir();
      write(dir, 'docs/old.md', OLD_PRD);
      write(dir, 'docs/clean.md', '# Notes\n\nNothing to see.\n');
      const before = await lintJson(dir, []);
      const recorded = found(before.files);
      assert.ok(recorded.length >= 4, recorded.join('\n'));

      const update = await speclint(dir, ['--update-baseline']);
      assert.equal(update.code, 0, update.stderr);
      assert.equal(update.stdout, '', 'nothing is left to report');
      assert.match(update.stderr, new RegExp(`wrote \\.speclint-baseline\\.json: ${recorded.length} problems in 1 file`));
      const file = path.join(dir, '.speclint-baseline.json');
      const written = fs.readFileSync(file, 'utf8');
      const baseline = JSON.parse(written) as { version: number; files: Record<string, { ruleId: string; fingerprint: string; count: number; message: string }[]> };
      assert.equal(baseline.version, 1);
      assert.deepEqual(Object.keys(baseline.files), ['docs/old.md']);
      const entries = baseline.files['docs/old.md']!;
      assert.deepEqual(entries.map((e) => e.ruleId), [...entries.map((e) => e.ruleId)].sort(), 'sorted by rule');
      for (const e of entries) assert.match(e.fingerprint, /^[0-9a-f]{32}$/);
      assert.equal(entries.reduce((n, e) => n + e.count, 0), recorded.length);

      // A plain run reads the baseline by itself.
      const quiet = await lintJson(dir, []);
      assert.deepEqual(found(quiet.files), []);
      assert.match(quiet.stderr, new RegExp(`${recorded.length} problems in the baseline not shown`));

      // Unrelated edits above the recorded problems move them down; they stay hidden.
      const edited = OLD_PRD.replace('## User problem\n', '## User problem\n\nAdded later: a paragraph above.\n\nAnd a second one,\nwrapped over two lines.\n')
        .replace('We just need a button that saves the cart.', 'We just need a button\nthat saves the cart.');
      write(dir, 'docs/old.md', edited);
      const afterEdit = await lintJson(dir, []);
      assert.deepEqual(found(afterEdit.files), [], 'moved and re-wrapped problems are still the recorded ones');
      const moved = await lintJson(dir, ['--no-baseline']);
      assert.equal(found(moved.files).length, recorded.length);
      assert.notDeepEqual(found(moved.files), recorded, 'the edit did move the problems to other lines');

      // A new problem is reported, and only it.
      write(dir, 'docs/old.md', `${edited}\nCan you just ship it ASAP?\n`);
      const fresh = await lintJson(dir, []);
      assert.deepEqual(fresh.files.flatMap((f) => f.diagnostics.map((d) => d.ruleId)).sort(), ['deadline-needs-reason', 'no-demands']);

      // Fixing a recorded problem: the run says the baseline holds a fixed one, and an update drops it.
      write(dir, 'docs/old.md', edited.replace('can simply reuse', 'can reuse'));
      const fixed = await lintJson(dir, []);
      assert.deepEqual(found(fixed.files), []);
      assert.match(fixed.stderr, /1 fixed since \(run speclint --update-baseline to drop it/);
      assert.equal((await speclint(dir, ['--update-baseline'])).code, 0);
      const updated = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof baseline;
      const left = updated.files['docs/old.md']!;
      assert.equal(left.reduce((n, e) => n + e.count, 0), recorded.length - 1);
      assert.ok(!left.some((e) => e.message.includes('"simply"')), 'the fixed problem dropped out');
      assert.ok(left.some((e) => e.message.includes('"just"')));

      // Deterministic: the same problems write the same bytes.
      const again = fs.readFileSync(file, 'utf8');
      await speclint(dir, ['--update-baseline']);
      assert.equal(fs.readFileSync(file, 'utf8'), again);
      assert.ok(again.endsWith('}\n'));
    });

    it('matches by count: a third identical problem is reported, two are not', async () => {
      const dir = tempDir();
      const line = 'We just need a toggle.\n\n';
      write(dir, 'a.md', line.repeat(2));
      await speclint(dir, ['--update-baseline']);
      const entries = JSON.parse(fs.readFileSync(path.join(dir, '.speclint-baseline.json'), 'utf8')).files['a.md'];
      assert.deepEqual(entries.map((e: { count: number }) => e.count), [2]);
      assert.deepEqual(found((await lintJson(dir, [])).files), []);
      write(dir, 'a.md', line.repeat(3));
      assert.deepEqual(found((await lintJson(dir, [])).files), ['a.md:5 no-minimizers']);
    });

    it('--baseline <file> reads and writes elsewhere, keyed from its folder; --no-baseline ignores it', async () => {
      const dir = tempDir();
      write(dir, 'docs/a.md', 'We just need a toggle.\n');
      const up = await speclint(path.join(dir, 'docs'), ['--update-baseline', '--baseline', '../ci/baseline.json']);
      assert.equal(up.code, 0, up.stderr);
      const written = JSON.parse(fs.readFileSync(path.join(dir, 'ci/baseline.json'), 'utf8'));
      assert.deepEqual(Object.keys(written.files), ['../docs/a.md']);
      // Run from another folder: the same file gets the same key.
      assert.deepEqual(found((await lintJson(dir, ['docs', '--baseline', 'ci/baseline.json'])).files), []);
      assert.deepEqual(found((await lintJson(dir, ['docs', '--no-baseline'])).files), ['docs/a.md:1 no-minimizers']);
      assert.equal((await speclint(dir, ['--baseline', 'ci/baseline.json', '--no-baseline'])).code, 2, 'contradicting flags');
      await speclint(path.join(dir, 'docs'), ['--update-baseline']);
      assert.deepEqual(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'docs/.speclint-baseline.json'), 'utf8')).files), ['a.md']);
      assert.deepEqual(found((await lintJson(path.join(dir, 'docs'), [])).files), [], 'found by itself in the current folder');
      assert.deepEqual(found((await lintJson(path.join(dir, 'docs'), ['--no-baseline'])).files), ['a.md:1 no-minimizers']);
    });

    it('a missing or broken baseline is an error naming the file (exit 2)', async () => {
      const dir = tempDir();
      write(dir, 'a.md', 'We just need a toggle.\n');
      const missing = await speclint(dir, ['--baseline', 'nope.json']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /baseline error: .*nope\.json: no such baseline file/);
      write(dir, '.speclint-baseline.json', '{ "version": 1, "files": { "a.md": [ ');
      const broken = await speclint(dir, []);
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /baseline error: .*\.speclint-baseline\.json: the baseline is not valid JSON/);
      write(dir, '.speclint-baseline.json', '{ "version": 1, "files": { "a.md": [{ "ruleId": "x" }] } }');
      assert.match((await speclint(dir, [])).stderr, /not a SpecLint baseline: files\["a\.md"\] holds an entry without a fingerprint/);
      // A merge conflict in the baseline: --update-baseline writes it anew.
      write(dir, '.speclint-baseline.json', '{\n<<<<<<< HEAD\n  "version": 1,\n=======\n>>>>>>> other\n}\n');
      const repaired = await speclint(dir, ['--update-baseline']);
      assert.equal(repaired.code, 0, repaired.stderr);
      assert.match(repaired.stderr, /the baseline is not valid JSON .*; writing it anew\n/);
      assert.deepEqual(found((await lintJson(dir, [])).files), []);
      const both = await speclint(dir, ['--update-baseline', '--no-baseline']);
      assert.equal(both.code, 2);
    });
  });

  describe('--changed-since', () => {
    it('lints changed files since the merge base and reports only changed lines, all of new files', async () => {
      const dir = gitRepo();
      write(dir, 'docs/old.md', OLD_PRD);
      write(dir, 'docs/untouched.md', 'We simply need it.\n');
      write(dir, 'docs/later-on-main.md', 'Notes.\n');
      commitAll(dir, 'old specs');
      git(dir, 'checkout', '-q', '-b', 'feature');
      // On the branch: a new problem at the end of old.md, an unrelated clean edit above, a new file, an untracked file.
      write(dir, 'docs/old.md', OLD_PRD.replace('Shoppers lose', 'Returning shoppers lose') + '\nCan you just ship it ASAP?\n');
      write(dir, 'docs/new.md', '# PRD: Wishlist sync\n\nWe just need it.\n');
      commitAll(dir, 'feature work');
      // main moves on after the branch point: its changes are not the branch's.
      git(dir, 'checkout', '-q', 'main');
      write(dir, 'docs/later-on-main.md', 'We just need it.\n');
      commitAll(dir, 'main moves on');
      git(dir, 'checkout', '-q', 'feature');
      write(dir, 'docs/untracked.md', 'It is simply a switch.\n');
      write(dir, 'docs/ignored.md', 'It is simply a switch.\n');
      write(dir, '.git/info/exclude', 'docs/ignored.md\n');

      const r = await lintJson(dir, ['--changed-since', 'main']);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(r.files.map((f) => f.file), ['docs/new.md', 'docs/old.md', 'docs/untracked.md']);
      const old = r.files.find((f) => f.file === 'docs/old.md')!;
      assert.deepEqual(old.diagnostics.map((d) => d.ruleId).sort(), ['deadline-needs-reason', 'no-demands'], 'old problems and section findings stay out');
      const added = r.files.find((f) => f.file === 'docs/new.md')!;
      assert.ok(added.diagnostics.some((d) => d.ruleId === 'require-sections'), 'a new file gets its whole-document findings');
      assert.ok(added.diagnostics.some((d) => d.ruleId === 'no-minimizers'));
      assert.deepEqual(r.files.find((f) => f.file === 'docs/untracked.md')!.diagnostics.map((d) => d.ruleId), ['no-minimizers']);

      // Paths narrow it further.
      const narrowed = await lintJson(dir, ['docs/new.md', 'docs/untouched.md', '--changed-since', 'main']);
      assert.deepEqual(narrowed.files.map((f) => f.file), ['docs/new.md']);

      // Nothing changed since HEAD but the untracked file.
      git(dir, 'add', '-A');
      commitAll(dir, 'all of it');
      const none = await speclint(dir, ['--changed-since', 'HEAD']);
      assert.equal(none.code, 0);
      assert.equal(none.stdout, '');
      assert.match(none.stderr, /no markdown files changed since HEAD/);
    });

    it('reports a missing section once its heading is removed or renamed', async () => {
      const dir = gitRepo();
      const full = '# PRD: Carts\n\n## User problem\n\nShoppers lose carts.\n\n## Why it matters\n\nA fifth of carts are lost.\n';
      write(dir, 'spec.md', full);
      commitAll(dir, 'spec');
      const sections = async () => (await lintJson(dir, ['--changed-since', 'HEAD'])).files.flatMap((f) => f.diagnostics)
        .filter((d) => d.ruleId === 'require-sections').map((d) => d.message);
      write(dir, 'spec.md', full.replace('Shoppers lose carts.', 'Shoppers lose carts on every device switch.'));
      assert.deepEqual(await sections(), [], 'a prose edit does not bring up whole-document findings');
      write(dir, 'spec.md', full.replace('## Why it matters\n\nA fifth of carts are lost.\n', ''));
      const removed = await sections();
      assert.ok(removed.some((m) => m.includes('Why it matters')), removed.join('\n'));
      write(dir, 'spec.md', full.replace('## Why it matters', '## Notes'));
      assert.ok((await sections()).some((m) => m.includes('Why it matters')));
    });

    it('reads renames, quoted paths, new and deleted files from git diff output', async () => {
      const dir = gitRepo();
      write(dir, 'docs/old name.md', 'One.\n\nTwo.\n\nThree.\n');
      write(dir, 'docs/gone.md', 'Bye.\n');
      commitAll(dir, 'start');
      fs.renameSync(path.join(dir, 'docs/old name.md'), path.join(dir, 'docs/new "name".md'));
      write(dir, 'docs/new "name".md', 'One.\n\nTwo, changed.\n\nThree.\n');
      fs.rmSync(path.join(dir, 'docs/gone.md'));
      write(dir, 'docs/added.md', '# Added\n');
      git(dir, 'add', '-A');
      const diff = git(dir, '-c', 'core.quotePath=false', 'diff', '--no-color', '-M', '-U0', '--src-prefix=a/', '--dst-prefix=b/', 'HEAD', '--');
      assert.match(diff, /"b\/docs\/new \\"name\\"\.md"/, 'git quotes this path');
      const files = parseDiff(diff);
      assert.deepEqual([...files.keys()].sort(), ['docs/added.md', 'docs/new "name".md']);
      assert.deepEqual([...files.get('docs/new "name".md')!.lines], [3]);
      assert.equal(files.get('docs/new "name".md')!.isNew, false, 'a renamed file is not new');
      assert.equal(files.get('docs/added.md')!.isNew, true);
    });

    it('is a clear error outside a git repository or for an unknown ref (exit 2)', async () => {
      const plain = tempDir();
      write(plain, 'a.md', 'Text.\n');
      const outside = await speclint(plain, ['--changed-since', 'main']);
      assert.equal(outside.code, 2);
      assert.match(outside.stderr, /--changed-since needs a git repository, and .* is not in one/);
      const dir = gitRepo();
      write(dir, 'a.md', 'Text.\n');
      commitAll(dir, 'one');
      const unknown = await speclint(dir, ['--changed-since', 'no-such-branch']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown git ref "no-such-branch"/);
      assert.equal((await speclint(dir, ['--changed-since', '--output=x'])).code, 2, 'an option is never passed to git as a ref');
    });
  });

  describe('formats for CI', () => {
    function fixture(): string {
      const dir = tempDir();
      write(dir, '.speclintrc.json', '{ "rules": { "no-demands": "error", "no-minimizers": "warning" } }\n');
      write(dir, 'docs/a.md', 'Café: we just need it.\n\nCan\'t you just reuse the old flow?\n\nWe just need it.\n\nWe just need it.\n');
      write(dir, 'docs/b&c.md', 'We simply need <it>.\n');
      return dir;
    }

    it('gitlab: Code Quality issues with unique fingerprints that survive edits above, shared with SARIF', async () => {
      const dir = fixture();
      const r = await speclint(dir, ['--format', 'gitlab']);
      assert.equal(r.code, 1);
      const issues = JSON.parse(r.stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
      assert.ok(issues.length >= 5);
      for (const i of issues) {
        assert.ok(i.description && i.check_name && i.fingerprint);
        assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity));
        assert.equal(typeof i.location.lines.begin, 'number');
      }
      assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'two identical problems still get two fingerprints');
      assert.equal(issues.find((i) => i.check_name === 'no-demands')!.severity, 'major');
      assert.ok(issues.some((i) => i.location.path === 'docs/b&c.md' && i.severity === 'minor'));

      const sarif = JSON.parse((await speclint(dir, ['--format', 'sarif'])).stdout);
      const partial = sarif.runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['speclint/v1']);
      assert.deepEqual([...partial].sort(), issues.map((i) => i.fingerprint).sort(), 'SARIF and GitLab use the same fingerprints');

      write(dir, 'docs/a.md', `# Title added above\n\nAnd a paragraph.\n\n${fs.readFileSync(path.join(dir, 'docs/a.md'), 'utf8')}`);
      const moved = JSON.parse((await speclint(dir, ['--format', 'gitlab'])).stdout) as typeof issues;
      assert.deepEqual(moved.map((i) => i.fingerprint).sort(), issues.map((i) => i.fingerprint).sort());
      assert.notDeepEqual(moved.map((i) => i.location.lines.begin), issues.map((i) => i.location.lines.begin));
    });

    it('junit: a suite per file, a failing case per error or warning, escaped XML', async () => {
      const dir = fixture();
      write(dir, 'docs/clean.md', 'Fine.\n');
      const r = await speclint(dir, ['--format', 'junit']);
      assert.equal(r.code, 1);
      const xml = r.stdout;
      assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="speclint" tests="\d+" failures="\d+" errors="0">/);
      const failures = (xml.match(/<failure /g) ?? []).length;
      assert.equal(Number(/<testsuites [^>]*failures="(\d+)"/.exec(xml)![1]), failures);
      assert.ok(failures >= 5);
      assert.match(xml, /<testsuite name="docs\/b&amp;c\.md" tests="1" failures="1"/);
      assert.match(xml, /<testsuite name="docs\/clean\.md" tests="1" failures="0" errors="0">\n {4}<testcase name="docs\/clean\.md"/);
      assert.match(xml, /type="error">error at docs\/a\.md:3:1: /);
      assert.doesNotMatch(xml.replace(/<\/?[a-z?][^>]*>/g, ''), /[<>]/, 'no unescaped markup in text');
      assert.equal((xml.match(/<testsuite /g) ?? []).length, (xml.match(/<\/testsuite>/g) ?? []).length);
    });

    it('rdjson: reviewdog diagnostics with UTF-8 columns and the preferred fix as a suggestion', async () => {
      const dir = fixture();
      const r = await speclint(dir, ['--format', 'rdjson', 'docs/a.md']);
      const out = JSON.parse(r.stdout) as { source: { name: string }; diagnostics: any[] };
      assert.equal(out.source.name, 'speclint');
      const first = out.diagnostics.find((d) => d.location.range.start.line === 1)!;
      // "Café: we just": "just" starts at UTF-16 column 10, UTF-8 byte column 11 ("é" is two bytes).
      assert.deepEqual(first.location.range, { start: { line: 1, column: 11 }, end: { line: 1, column: 15 } });
      assert.equal(first.severity, 'WARNING');
      assert.equal(first.code.value, 'no-minimizers');
      assert.ok(first.suggestions.length >= 1 && first.suggestions[0].text === '');
      const demand = out.diagnostics.find((d) => d.code.value === 'no-demands')!;
      assert.equal(demand.severity, 'ERROR');
      assert.ok(demand.suggestions?.length, 'the rewrite (a suggestion, never applied by --fix) is offered for review');
      const text = fs.readFileSync(path.join(dir, 'docs/a.md'), 'utf8').split('\n')[2]!;
      const s = demand.suggestions[0];
      const fixed = Buffer.from(text).subarray(0, s.range.start.column - 1).toString() + s.text + Buffer.from(text).subarray(s.range.end.column - 1).toString();
      assert.match(fixed, /^Could we reuse the old flow/, fixed);
    });

    it('github: at most 10 annotations of each kind, then one line saying how many more', async () => {
      const dir = tempDir();
      write(dir, '.speclintrc.json', '{ "rules": { "deadline-needs-reason": "error", "no-minimizers": "warning" } }\n');
      write(dir, 'a.md', 'We just need it.\n\n'.repeat(14) + 'Ship it ASAP.\n\n'.repeat(3));
      const r = await speclint(dir, ['--format', 'github']);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.filter((l) => l.startsWith('::warning ')).length, 10);
      assert.equal(lines.filter((l) => l.startsWith('::error ')).length, 3);
      assert.equal(lines.at(-1), 'speclint: 4 more warnings are not annotated, because GitHub shows 10 of each kind per step. Run speclint with --format stylish to list them all.');
      write(dir, 'a.md', 'We just need it.\n');
      assert.doesNotMatch((await speclint(dir, ['--format', 'github'])).stdout, /not annotated/);
    });
  });

  describe('--print-config', () => {
    it('prints the config files in order, each rule\'s severity and origin, and the kind and why', async () => {
      const dir = tempDir();
      write(dir, 'shared/base.yaml', 'rules:\n  no-demands: error\n  deadline-needs-reason: info\n');
      write(dir, '.speclintrc.json', '{ "extends": "shared/base.yaml", "rules": { "no-minimizers": "warn" } }\n');
      write(dir, 'docs/.speclintrc.yaml', 'rules:\n  deadline-needs-reason: 0\n');
      write(dir, 'docs/prd.md', '---\ntype: prd\n---\n# Saved carts\n');
      write(dir, 'docs/readme.md', '# Install\n\nRun it.\n');
      const r = await speclint(dir, ['--print-config', 'docs/prd.md', '--format', 'json']);
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout);
      assert.deepEqual(report.configFiles, [`${dir}/shared/base.yaml`, `${dir}/.speclintrc.json`, `${dir}/docs/.speclintrc.yaml`]);
      assert.equal(report.kind, 'brief');
      assert.match(report.kindReason, /front matter/);
      assert.deepEqual(report.requiredSections, ['problem', 'audience', 'why', 'success', 'constraints', 'alternatives']);
      assert.deepEqual(report.rules['no-demands'], { severity: 'error', options: {}, setBy: `${dir}/shared/base.yaml` });
      assert.equal(report.rules['no-minimizers'].severity, 'warning', '"warn" is read as warning');
      assert.equal(report.rules['no-minimizers'].setBy, `${dir}/.speclintrc.json`);
      assert.deepEqual([report.rules['deadline-needs-reason'].severity, report.rules['deadline-needs-reason'].setBy], ['off', `${dir}/docs/.speclintrc.yaml`]);
      assert.equal(report.rules['require-sections'].setBy, 'default');

      const text = await speclint(dir, ['--print-config', 'docs/readme.md']);
      assert.equal(text.code, 0);
      assert.match(text.stdout, /^docs\/readme\.md\n\nConfig files, in the order they apply \(the last one wins\):\n {2}1\. .*base\.yaml\n/);
      assert.match(text.stdout, /Kind: not a spec, so no section rules apply\n {2}why: /);
      assert.match(text.stdout, /^ {2}no-demands +error +set in .*base\.yaml$/m);

      const bare = tempDir();
      write(bare, 'a.md', 'x\n');
      assert.match((await speclint(bare, ['--print-config', 'a.md'])).stdout, /none: the built-in defaults apply/);
      assert.equal((await speclint(dir, ['--print-config', 'docs/nope.md'])).code, 2);
      assert.equal((await speclint(dir, ['--print-config', 'docs/prd.md', 'docs'])).code, 2);
    });
  });

  describe('config edge cases', () => {
    it('an empty .speclintrc.json is an error naming it; an empty YAML config sets nothing', async () => {
      const dir = tempDir();
      write(dir, 'json/.speclintrc.json', '  \n');
      write(dir, 'json/a.md', 'Text.\n');
      const r = await speclint(dir, ['json']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `speclint: config error: ${dir}/json/.speclintrc.json: the file is empty, which is not valid JSON. Write {} for a config that sets nothing, or delete the file\n`);
      write(dir, 'yaml/.speclintrc.yaml', '# nothing yet\n');
      write(dir, 'yaml/a.md', 'Text.\n');
      assert.equal((await speclint(dir, ['yaml'])).code, 0);
    });

    it('two config files in one folder are an error naming both', async () => {
      const dir = tempDir();
      write(dir, '.speclintrc.json', '{}\n');
      write(dir, '.speclintrc.yaml', 'rules: {}\n');
      write(dir, 'a.md', 'Text.\n');
      const r = await speclint(dir, []);
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`config error: .*\\.speclintrc\\.json and \\.speclintrc\\.yaml are both in ${dir}; SpecLint reads one config file per folder`));
    });

    it('accepts ESLint\'s "warn", 0, 1 and 2; a misspelt severity gets "did you mean"', async () => {
      const dir = tempDir();
      write(dir, 'a.md', "We just need it ASAP. Can't you just do it?\n");
      write(dir, '.speclintrc.json', '{ "rules": { "no-minimizers": "warn", "deadline-needs-reason": 0, "no-demands": { "severity": 2 } } }\n');
      const { files } = await lintJson(dir, []);
      assert.deepEqual(files[0]!.diagnostics.map((d) => `${d.ruleId} ${d.severity}`).sort(), ['no-demands error', 'no-minimizers warning']);
      write(dir, '.speclintrc.json', '{ "rules": { "no-minimizers": "warnig" } }\n');
      const bad = await speclint(dir, []);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /rules\.no-minimizers: expected one of .*got "warnig"\. Did you mean "warning"\?\n$/);
    });

    it('a misspelt rule id in a disable comment is reported with the closest rule id', async () => {
      const dir = tempDir();
      write(dir, 'a.md', 'Intro.\n\n<!-- speclint-disable-next-line no-demand -->\nCan you just reuse it?\n');
      const { code, files } = await lintJson(dir, []);
      assert.equal(code, 1, 'a broken directive is an error, like a broken inline config');
      const diags = files[0]!.diagnostics;
      const bad = diags.find((d) => d.ruleId === 'config-error')!;
      assert.equal(bad.message, 'Unknown rule "no-demand" in this speclint-disable-next-line comment, so it silences nothing. Did you mean "no-demands"?');
      assert.deepEqual([bad.line, bad.column], [3, 33]);
      assert.ok(diags.some((d) => d.ruleId === 'no-demands'), 'the warning it meant to silence is still there');
    });
  });
});
