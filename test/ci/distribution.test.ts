/**
 * SpecLint outside this repository: the npm package installed from its tarball, the GitHub
 * Action run as GitHub runs it, and the pre-commit hook run as pre-commit runs it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, commitAll, git, removeDir, repoWith, runAction, sh, tmpDir, writeFiles, packCli, installCli, NPM_ENV, type ActionRun } from './tmp-repo.js';

const PRD_HEAD = '# PRD: Saved carts\n\n';
/** A PRD with every required section, so only its wording is flagged. */
const COMPLETE_PRD = `${PRD_HEAD}## User problem

Shoppers lose their cart when they switch devices.

## Who it is for

Returning shoppers on mobile.

## Why it matters

A fifth of abandoned carts come back on another device.

## What success looks like

Fewer abandoned carts.

## Constraints and tradeoffs

No new login step.

## Open to alternatives

Is there a simpler way to achieve this outcome?
`;

describe('the npm package', function () {
  let work = '';
  after(() => work && removeDir(work));

  it('packs to a tarball with no dependencies that installs offline and runs `npx speclint docs`', () => {
    work = tmpDir('npm');
    const { tarball, files } = packCli();
    assert.match(path.basename(tarball), /^speclint-\d+\.\d+\.\d+\.tgz$/);
    assert.deepEqual(files, ['LICENSE', 'README.md', 'THIRD-PARTY-LICENSES.txt', 'package.json', 'schemas/speclintrc.schema.json', 'speclint.js']);

    const project = path.join(work, 'project');
    writeFiles(project, {
      'docs/old-prd.md': `${PRD_HEAD}We just need a share button.\n`,
      'docs/notes.md': '# Notes\n\nThe API returns just the id.\n',
      // An error, so the exit code is 1 whatever the policy for warnings.
      '.speclintrc.json': '{ "rules": { "no-minimizers": "error" } }\n',
    });
    // The README's steps: `npm init -y`, `npm i -D ./speclint-*.tgz` (offline here), `npx speclint docs`.
    installCli(project);
    const env = NPM_ENV;
    const manifest = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8'));
    assert.ok(manifest.devDependencies.speclint, 'speclint is a devDependency');
    // Zero dependencies: the installed tree is the package alone.
    assert.deepEqual(readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.')), ['speclint']);

    const run = sh('npx', ['speclint', 'docs'], { cwd: project, env: { ...env, npm_config_offline: 'true', NO_COLOR: '1' } });
    assert.equal(run.status, 1, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /docs\/old-prd\.md/);
    assert.match(run.stdout, /no-minimizers/);
    assert.match(run.stdout, /require-sections/);
    assert.doesNotMatch(run.stdout, /docs\/notes\.md/, '"just" meaning "only" is not flagged');

    const version = sh('npx', ['speclint', '--version'], { cwd: project, env: { ...env, npm_config_offline: 'true' } });
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    // The README's "$schema" path resolves in the installed package.
    assert.ok(existsSync(path.join(project, 'node_modules', 'speclint', 'schemas', 'speclintrc.schema.json')));
  });

  it('has the same version as the extension, and the root manifest stays the extension', () => {
    const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const cli = JSON.parse(readFileSync(path.join(ROOT, 'packages', 'cli', 'package.json'), 'utf8'));
    assert.equal(cli.version, root.version);
    assert.equal(cli.name, 'speclint');
    assert.deepEqual(Object.keys(cli.dependencies ?? {}), []);
    assert.equal(`${root.publisher}.${root.name}`, 'speclint.speclint');
  });
});

describe('the committed bundle (bundle/)', () => {
  it('equals a fresh build of the sources (run npm run generate)', () => {
    const r = sh(process.execPath, ['tools/bundle.mjs', '--check'], { cwd: ROOT });
    assert.equal(r.status, 0, r.stderr);
  });
  it('bundle/speclint.js is executable, for the pre-commit `script` hook', function () {
    if (process.platform === 'win32') this.skip();
    assert.ok(statSync(path.join(ROOT, 'bundle', 'speclint.js')).mode & 0o100);
    const mode = git(ROOT, 'ls-files', '-s', 'bundle/speclint.js');
    assert.match(mode, /^100755 /, 'git records bundle/speclint.js as executable');
  });
});

describe('the desktop extension bundle (dist/extension.js)', () => {
  it('loads in Node with only `vscode` supplied, so nothing it requires at run time was left out of the bundle', () => {
    // (jsonc-parser's UMD build requires "./impl/format" at run time; bundled as such, the extension failed
    // to activate in VS Code while every other test passed.) `npm test` builds dist/ before mocha runs.
    const load = `
      const Module = require('module');
      const orig = Module._load;
      const deep = () => new Proxy(function () {}, { get: (t, k) => (k === Symbol.toPrimitive ? () => 0 : k === 'then' ? undefined : deep()), apply: () => deep(), construct: () => deep(), getPrototypeOf: () => deep() });
      Module._load = function (req, ...rest) { return req === 'vscode' ? deep() : orig.call(this, req, ...rest); };
      process.stdout.write(typeof require(process.argv[1]).activate);`;
    const r = sh(process.execPath, ['-e', load, path.join(ROOT, 'dist', 'extension.js')], { cwd: ROOT });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'function');
  });
});

// ---- the GitHub Action ----------------------------------------------------------------------

describe('the GitHub Action (action.yml)', () => {
  it('is a node24 action whose entry is committed, with documented inputs and outputs', () => {
    const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    assert.equal(action.runs.using, 'node24');
    assert.ok(existsSync(path.join(ROOT, action.runs.main)), `${action.runs.main} is committed`);
    assert.equal(git(ROOT, 'ls-files', action.runs.main, 'bundle/speclint.js').split('\n').length, 2, 'both bundle files are tracked');
    for (const [name, spec] of Object.entries(action.inputs as Record<string, any>)) {
      assert.ok(spec.description, `input ${name} has a description`);
      assert.equal(typeof spec.default, 'string', `input ${name} has a default`);
    }
    assert.deepEqual(Object.keys(action.outputs).sort(), ['errors', 'failed', 'files', 'infos', 'report', 'warnings']);
  });


  let repo = '';
  let baseSha = '';
  let prEvent: unknown;
  before(() => {
    repo = repoWith({
      // Minimising and dates are questions (info) by default; this team reports them as warnings.
      '.speclintrc.json': '{ "rules": { "no-minimizers": "warning", "deadline-needs-reason": "warning" } }\n',
      // An old spec with old problems nobody touches in this pull request.
      'docs/old-prd.md': `${PRD_HEAD}We just need a share button.\n\nIt should simply reuse the old flow.\n`,
      'docs/untouched.md': `${PRD_HEAD}Can't you just add it?\n`,
      'README.md': '# Project\n',
    });
    baseSha = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', '-b', 'feature');
    writeFiles(repo, {
      // One changed line with a new problem, below the old ones.
      'docs/old-prd.md': `${PRD_HEAD}We just need a share button.\n\nIt should simply reuse the old flow.\n\nShip it ASAP.\n`,
      'docs/new-prd.md': COMPLETE_PRD.replace('No new login step.', 'No new login step. Just add a button, it should be easy.'),
      'src/app.js': 'console.log("not markdown");\n',
    });
    commitAll(repo, 'feature');
    prEvent = { action: 'opened', number: 7, pull_request: { number: 7, base: { ref: 'main', sha: baseSha }, head: { ref: 'feature' } } };
  });
  after(() => repo && removeDir(repo));

  it('annotates only problems on lines the pull request changed, and summarises them', () => {
    const r = runAction(repo, {}, prEvent);
    assert.equal(r.code, 0, r.stdout); // warnings only, and fail-on defaults to error
    const where = r.annotations.map((a) => /file=([^,]+),line=(\d+)/.exec(a)!.slice(1).join(':'));
    assert.ok(where.includes('docs/old-prd.md:7'), `the new ASAP line is annotated: ${where}`);
    assert.ok(!where.some((w) => w === 'docs/old-prd.md:3' || w === 'docs/old-prd.md:5'), 'old problems on unchanged lines are not reported');
    assert.ok(!where.some((w) => w.startsWith('docs/untouched.md')), 'files the pull request does not change are not reported');
    assert.ok(where.some((w) => w.startsWith('docs/new-prd.md:')), 'a new file is reported whole');
    assert.equal(r.outputs.errors, '0');
    assert.equal(Number(r.outputs.warnings), r.annotations.length);
    assert.equal(r.outputs.files, '2');
    assert.equal(r.outputs.failed, 'false');
    const report = JSON.parse(r.report) as { file: string; diagnostics: unknown[] }[];
    assert.deepEqual(report.map((f) => f.file), ['docs/new-prd.md', 'docs/old-prd.md']);
    assert.equal(report.reduce((n, f) => n + f.diagnostics.length, 0), r.annotations.length);
    assert.match(r.summary, /^## SpecLint/m);
    assert.match(r.summary, /### Problems by rule/);
    assert.match(r.summary, /\| `deadline-needs-reason` \| 0 \| 1 \| 0 \|/);
    assert.match(r.summary, /### Readiness of each spec/);
    assert.match(r.summary, /\| docs\/new-prd\.md \| brief .*\| 6\/6 \| none \|/);
    assert.match(r.summary, /\| docs\/old-prd\.md \| brief \(the title "PRD: Saved carts" names a spec\) \| 0\/6 \| problem, /);
  });

  it('fails by the chosen level', () => {
    const warning = runAction(repo, { 'fail-on': 'warning' }, prEvent);
    assert.equal(warning.code, 1, warning.stdout);
    assert.equal(warning.outputs.failed, 'true');
    assert.match(warning.summary, /❌/);
    assert.equal(runAction(repo, { 'fail-on': 'never' }, prEvent).code, 0);
    const error = runAction(repo, { 'fail-on': 'error', config: 'strict.json' }, prEvent);
    // strict.json does not exist: a clear error naming it, not a silent default.
    assert.equal(error.code, 1);
    assert.match(error.stdout, /::error title=SpecLint::.*strict\.json/);
  });

  it('filter-mode file reports whole changed files; nofilter reports every file', () => {
    const file = runAction(repo, { 'filter-mode': 'file' }, prEvent);
    const files = (r: ActionRun) => new Set(r.annotations.map((a) => /file=([^,]+)/.exec(a)![1]));
    assert.ok(file.annotations.some((a) => a.includes('file=docs/old-prd.md,line=3,')), file.stdout);
    assert.deepEqual([...files(file)].sort(), ['docs/new-prd.md', 'docs/old-prd.md']);
    const all = runAction(repo, { 'filter-mode': 'nofilter' }, prEvent);
    const reported = (JSON.parse(all.report) as { file: string }[]).map((f) => f.file);
    assert.deepEqual(reported, ['docs/new-prd.md', 'docs/old-prd.md', 'docs/untouched.md']);
  });

  it('lints only the given paths, cut to what the pull request changed', () => {
    const r = runAction(repo, { files: 'docs/new-prd.md\n' }, prEvent);
    assert.ok(r.annotations.length > 0);
    assert.ok(r.annotations.every((a) => a.includes('file=docs/new-prd.md')), r.stdout);
  });

  it('caps annotations at ten of each kind and lists the rest in the summary', () => {
    const many = repoWith({ 'README.md': '# x\n', '.speclintrc.json': '{ "rules": { "no-minimizers": "warning" } }\n' });
    try {
      const base = git(many, 'rev-parse', 'HEAD');
      const lines = Array.from({ length: 14 }, (_, i) => `Item ${i}: we just need it.`).join('\n\n');
      writeFiles(many, { 'docs/list.md': `# Notes\n\n${lines}\n` });
      commitAll(many, 'many');
      const r = runAction(many, {}, { pull_request: { number: 1, base: { sha: base } } });
      assert.equal(r.outputs.warnings, '14', r.stdout);
      assert.equal(r.annotations.length, 10);
      assert.match(r.stdout, /4 more problems than GitHub annotates/);
      assert.match(r.summary, /these 4 are the rest/);
      assert.equal(r.summary.match(/^\| docs\/list\.md:\d+:\d+ \| warning \| `no-minimizers` \|/gm)?.length, 4);
    } finally {
      removeDir(many);
    }
  });

  it('applies a committed .speclint-baseline.json', () => {
    const adopted = repoWith({ 'docs/old.md': `${PRD_HEAD}We just need a share button.\n` });
    try {
      const cli = sh(process.execPath, [path.join(ROOT, 'bundle', 'speclint.js'), '--update-baseline'], { cwd: adopted });
      assert.equal(cli.status, 0, cli.stderr);
      const base = commitAll(adopted, 'baseline');
      // Lines added above the recorded problems: they keep their place in the baseline.
      writeFiles(adopted, { 'docs/old.md': `${PRD_HEAD}Some context first.\n\nWe just need a share button.\n` });
      commitAll(adopted, 'edit');
      const r = runAction(adopted, { 'filter-mode': 'file', 'fail-on': 'warning' }, { pull_request: { number: 4, base: { sha: base } } });
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(r.annotations, []);
      git(adopted, 'rm', '-q', '.speclint-baseline.json');
      commitAll(adopted, 'drop the baseline');
      const bare = runAction(adopted, { 'filter-mode': 'file' }, { pull_request: { number: 4, base: { sha: base } } });
      assert.ok(bare.annotations.some((a) => a.includes('no-minimizers')), bare.stdout);
    } finally {
      removeDir(adopted);
    }
  });

  it('says how to fix a shallow clone, and refuses a bad input, by name', () => {
    const missing = runAction(repo, {}, { pull_request: { number: 7, base: { sha: 'f'.repeat(40) } } });
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /::error title=SpecLint::.*not in the checkout.*fetch-depth: 0/);
    const bad = runAction(repo, { 'fail-on': 'sometimes' }, prEvent);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /input "fail-on" is "sometimes"; use one of error, warning, never/);
  });

  it('passes quietly when the pull request changes no markdown', () => {
    const quiet = repoWith({ 'docs/old.md': `${PRD_HEAD}We just need it.\n` });
    try {
      const base = git(quiet, 'rev-parse', 'HEAD');
      writeFiles(quiet, { 'src/a.js': '1;\n' });
      commitAll(quiet, 'code only');
      const r = runAction(quiet, { 'fail-on': 'warning' }, { pull_request: { number: 2, base: { sha: base } } });
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(r.annotations, []);
      assert.equal(r.outputs.files, '0');
    } finally {
      removeDir(quiet);
    }
  });
});

// ---- pre-commit -----------------------------------------------------------------------------

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, any>[];
  const hook = hooks.find((h) => h.id === 'speclint')!;

  it('is a markdown hook whose entry needs no install', () => {
    assert.ok(hook, 'a hook with id speclint');
    assert.equal(hook.language, 'script');
    assert.deepEqual(hook.types, ['markdown']);
    assert.ok(existsSync(path.join(ROOT, hook.entry)), `${hook.entry} is committed`);
  });

  it('runs its entry as pre-commit does: the staged files as arguments, from the repository root', () => {
    // A team that gates commits on missing sections sets require-sections to "warning" (its default is info).
    const repo = repoWith({ '.speclintrc.json': '{ "ignores": ["drafts/**"], "rules": { "require-sections": "warning" } }\n', 'README.md': '# x\n' });
    try {
      writeFiles(repo, {
        'docs/prd.md': `${PRD_HEAD}We just need it.\n`,
        'drafts/wip.md': `${PRD_HEAD}Can't you just do it?\n`,
        'docs/fine.md': COMPLETE_PRD,
      });
      git(repo, 'add', '-A');
      const staged = git(repo, 'diff', '--cached', '--name-only').split('\n').filter((f) => /\.(md|markdown)$/.test(f));
      const args = [...(hook.args ?? []), ...staged];
      // `script` hooks are executed directly (the shebang picks Node), not via `node`.
      const r = sh(path.join(ROOT, hook.entry), args, { cwd: repo, env: { NO_COLOR: '1' } });
      assert.match(r.stdout, /docs\/prd\.md/);
      assert.match(r.stdout, /no-minimizers/);
      assert.doesNotMatch(r.stdout, /drafts\/wip\.md[\s\S]*no-demands/, 'the config\'s ignores apply to files passed by name');
      assert.doesNotMatch(r.stdout, /docs\/fine\.md/);
      assert.equal(r.status, 0, 'warnings are shown (verbose: true) but do not block the commit');
      const strict = sh(path.join(ROOT, hook.entry), ['--max-warnings=0', ...args], { cwd: repo, env: { NO_COLOR: '1' } });
      assert.equal(strict.status, 1, 'with args: [--max-warnings=0] they do');
      assert.equal(hook.verbose, true);
    } finally {
      removeDir(repo);
    }
  });

  it('works under `pre-commit try-repo` (where pre-commit is installed: apt-get install pre-commit)', function () {
    if (sh('sh', ['-c', 'command -v pre-commit'], { cwd: ROOT }).status !== 0) this.skip();
    const repo = repoWith({ 'README.md': '# x\n' });
    try {
      writeFiles(repo, { 'docs/prd.md': `${PRD_HEAD}We just need it.\n`, 'notes.txt': 'We just need it.\n' });
      git(repo, 'add', '-A');
      const r = sh('pre-commit', ['try-repo', ROOT, 'speclint', '--files', 'docs/prd.md', 'notes.txt', '--color', 'never'], {
        cwd: repo,
        env: { PRE_COMMIT_HOME: path.join(repo, '.cache-pre-commit'), NO_COLOR: '1' },
      });
      assert.match(r.stdout, /SpecLint\.+(Passed|Failed)/, r.stdout + r.stderr);
      assert.match(r.stdout, /docs\/prd\.md[\s\S]*no-minimizers/);
      assert.doesNotMatch(r.stdout, /notes\.txt/, 'only markdown files reach the hook');
    } finally {
      removeDir(repo);
    }
  });
});
