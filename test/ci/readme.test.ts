/**
 * The README's "Use in CI" section, followed as a new user would: every copy-paste block is
 * taken from the README and run in a temporary repository (shell lines verbatim, with the
 * packed npm package installed offline), or parsed and checked against action.yml, the
 * CLI's options and .pre-commit-hooks.yaml.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, NPM_ENV, commitAll, git, installCli, removeDir, repoWith, runAction, sh, tmpDir, writeFiles } from './tmp-repo.js';

interface Block {
  section: string;
  lang: string;
  code: string;
}

/** The fenced blocks under each `###` heading of the README's "## Use in CI". */
function ciBlocks(): Block[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Use in CI\n');
  assert.ok(start >= 0, 'the README has a "Use in CI" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks: Block[] = [];
  let heading = '';
  const lines = section.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const h = /^### (.+)$/.exec(lines[i]!);
    if (h) heading = h[1]!;
    const fence = /^```(\w+)$/.exec(lines[i]!);
    if (!fence) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
    blocks.push({ section: heading, lang: fence[1]!, code: `${body.join('\n')}\n` });
  }
  return blocks;
}

function block(section: string, lang: string): string {
  const found = ciBlocks().filter((b) => b.section === section && b.lang === lang);
  assert.equal(found.length, 1, `one ${lang} block under "### ${section}"`);
  return found[0]!.code;
}

/** The long options `speclint --help` lists. */
function cliOptions(): Set<string> {
  const help = sh(process.execPath, [path.join(ROOT, 'bundle', 'speclint.js'), '--help'], { cwd: ROOT });
  return new Set(help.stdout.match(/--[a-z][a-z-]*/g) ?? []);
}

/** Every `--option` in a `speclint` command line. */
function optionsIn(command: string): string[] {
  return (command.match(/(?<=\s)--[a-z][a-z-]*/g) ?? []);
}

const OLD_SPEC = (n: number) => `# PRD: Feature ${n}

We just need a toggle for this.

It should simply reuse the old flow.
`;

describe('README: Use in CI', () => {
  const PRD_DOCS: Record<string, string> = {};
  for (let n = 1; n <= 4; n++) PRD_DOCS[`docs/feature-${n}.md`] = OLD_SPEC(n);
  const cleanup: string[] = [];
  after(() => cleanup.forEach(removeDir));

  it('has the four blocks, and every speclint option they use exists', () => {
    const sections = ciBlocks().map((b) => `${b.section}/${b.lang}`);
    assert.deepEqual(sections, ['Adopt on an existing folder/sh', 'GitHub Actions/yaml', 'GitLab CI/yaml', 'pre-commit/yaml']);
    const known = cliOptions();
    for (const b of ciBlocks()) {
      for (const line of b.code.split('\n').filter((l) => /\bspeclint\s/.test(l) && !/^\s*#/.test(l) && !/repo:/.test(l))) {
        for (const opt of optionsIn(line)) assert.ok(known.has(opt), `${b.section}: ${opt} is a speclint option (${line.trim()})`);
      }
    }
  });

  it('"Adopt on an existing folder": the baseline makes an old folder quiet, then only new problems show', () => {
    // A project on a git server (a bare repository) with a folder of old specs, cloned.
    const seed = repoWith(PRD_DOCS);
    const origin = tmpDir('origin');
    const work = tmpDir('clone');
    cleanup.push(seed, origin, work);
    git(origin, 'clone', '-q', '--bare', seed, '.');
    git(work, 'clone', '-q', origin, '.');

    const lines = block('Adopt on an existing folder', 'sh').split('\n').filter((l) => l.trim());
    assert.equal(lines[0], 'npm install --save-dev speclint');
    // Here the package comes from the tarball this repository packs, offline.
    installCli(work);
    const run = (line: string) => sh('bash', ['-c', line], { cwd: work, env: { ...NPM_ENV, npm_config_offline: 'true', NO_COLOR: '1' } });
    const before = run('npx speclint docs/');
    assert.match(before.stdout, /docs\/feature-1\.md/, 'the old specs have problems');

    for (const line of lines.slice(1, 4)) {
      const r = run(line);
      assert.equal(r.status, 0, `${line}\n${r.stdout}${r.stderr}`);
    }
    assert.ok(existsSync(path.join(work, '.speclint-baseline.json')), '--update-baseline wrote .speclint-baseline.json');
    assert.equal(git(work, 'status', '--porcelain', '--', '.speclint-baseline.json'), '', 'the baseline is committed');

    const quiet = run(lines[4]!);
    assert.equal(quiet.status, 0, quiet.stdout + quiet.stderr);
    assert.doesNotMatch(quiet.stdout, /warning|error/, 'nothing from the baseline is reported');

    // On a branch: a line added above the old problems, and a new problem further down.
    git(work, 'checkout', '-q', '-b', 'feature');
    writeFiles(work, {
      'docs/feature-2.md': OLD_SPEC(2).replace('\nWe just', '\nAn added paragraph above.\n\nWe just') + '\nShip it ASAP.\n',
    });
    commitAll(work, 'edit a spec');
    const after = run(lines[4]!);
    assert.match(after.stdout, /docs\/feature-2\.md[\s\S]*deadline-needs-reason/, after.stdout);
    assert.doesNotMatch(after.stdout, /no-minimizers/, 'the baseline survives edits above a recorded problem');

    const changed = run(lines[5]!);
    assert.match(changed.stdout, /docs\/feature-2\.md[\s\S]*deadline-needs-reason/, changed.stdout);
    assert.doesNotMatch(changed.stdout, /feature-[134]\.md/, 'files the branch did not change are not reported');
  });

  it('"GitHub Actions": a read-only workflow whose `with:` the Action accepts, run as GitHub would', () => {
    const workflow = parseYaml(block('GitHub Actions', 'yaml'));
    const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    assert.ok(workflow.on === 'pull_request' || workflow.on?.pull_request !== undefined, 'runs on pull requests');
    assert.deepEqual(workflow.permissions, { contents: 'read' }, 'a read-only token is enough');
    const steps = Object.values(workflow.jobs as Record<string, { steps: any[] }>)[0]!.steps;
    const checkout = steps.find((s) => String(s.uses).startsWith('actions/checkout@'));
    assert.equal(checkout?.with?.['fetch-depth'], 0, 'the base commit is fetched');
    const step = steps.find((s) => String(s.uses).startsWith('speclint/speclint@'));
    assert.ok(step, 'a step uses speclint/speclint');
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    assert.equal(step.uses, `speclint/speclint@v${version}`);
    for (const key of Object.keys(step.with ?? {})) assert.ok(key in action.inputs, `action.yml has input ${key}`);

    // The README's input table lists exactly the Action's inputs.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const head = readme.indexOf('| input | default | what it does |');
    assert.ok(head >= 0, 'the README has a table of the inputs');
    const rows = readme.slice(head).split('\n\n')[0]!.split('\n').slice(2);
    assert.deepEqual(rows.map((r) => /^\| `([a-z-]+)` \|/.exec(r)?.[1]), Object.keys(action.inputs));

    // Run it: the workflow's inputs, on a pull request that edits an old spec.
    const repo = repoWith({ ...PRD_DOCS, 'README.md': '# x\n' });
    cleanup.push(repo);
    const base = git(repo, 'rev-parse', 'HEAD');
    writeFiles(repo, { 'docs/feature-3.md': `${OLD_SPEC(3)}\nShip it ASAP.\n` });
    commitAll(repo, 'pr');
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
    const r = runAction(repo, inputs, { pull_request: { number: 3, base: { sha: base } } });
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(r.annotations.map((a) => /file=([^,]+),line=(\d+)/.exec(a)!.slice(1).join(':')), ['docs/feature-3.md:7']);
    assert.match(r.summary, /Readiness of each spec/);
  });

  it('"GitLab CI": the Code Quality report the job writes is the artifact it declares', () => {
    const ci = parseYaml(block('GitLab CI', 'yaml'));
    const job = ci.speclint;
    assert.ok(job?.script, 'a speclint job with a script');
    assert.equal(job.variables?.GIT_DEPTH, 0, 'the merge base is in the clone');
    const report = job.artifacts?.reports?.codequality;
    assert.ok(report, 'artifacts: reports: codequality');
    assert.equal(job.artifacts.when, 'always', 'the report is kept when the job fails');
    const [install, lint] = job.script as string[];
    assert.equal(install, 'npm ci');
    assert.match(lint!, new RegExp(`> ${report.replace(/\./g, '\\.')}$`), 'the script writes the declared report');

    // Run the script's lint line in a merge request's clone, with GitLab's variables.
    const repo = repoWith(PRD_DOCS);
    cleanup.push(repo);
    const base = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', '-b', 'feature');
    writeFiles(repo, { 'docs/feature-4.md': `${OLD_SPEC(4)}\nWe need it ASAP.\n` });
    commitAll(repo, 'mr');
    installCli(repo);
    const r = sh('bash', ['-c', lint!], {
      cwd: repo,
      env: { ...NPM_ENV, npm_config_offline: 'true', CI: 'true', GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: base },
    });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const issues = JSON.parse(readFileSync(path.join(repo, report), 'utf8')) as any[];
    assert.ok(issues.length > 0);
    for (const issue of issues) {
      assert.equal(typeof issue.description, 'string');
      assert.equal(typeof issue.check_name, 'string');
      assert.equal(typeof issue.fingerprint, 'string');
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity), issue.severity);
      assert.equal(issue.location.path, 'docs/feature-4.md');
      assert.equal(typeof issue.location.lines.begin, 'number');
    }
    assert.ok(issues.some((i) => i.check_name.includes('deadline-needs-reason') && i.location.lines.begin === 7));
  });

  it('"pre-commit": the config names this repository\'s hook, and runs under pre-commit where it is installed', function () {
    const config = parseYaml(block('pre-commit', 'yaml'));
    const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
    const [repoEntry] = config.repos as { repo: string; rev: string; hooks: { id: string }[] }[];
    assert.equal(repoEntry!.repo, 'https://github.com/speclint/speclint');
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    assert.equal(repoEntry!.rev, `v${version}`);
    for (const h of repoEntry!.hooks) assert.ok(hooks.some((k) => k.id === h.id), `.pre-commit-hooks.yaml has ${h.id}`);

    if (sh('sh', ['-c', 'command -v pre-commit'], { cwd: ROOT }).status !== 0) this.skip();
    // The same config, pointed at this checkout's commit instead of the published tag.
    const repo = repoWith({ 'README.md': '# x\n' });
    cleanup.push(repo);
    repoEntry!.repo = ROOT;
    repoEntry!.rev = git(ROOT, 'rev-parse', 'HEAD');
    writeFileSync(path.join(repo, '.pre-commit-config.yaml'), JSON.stringify(config));
    writeFiles(repo, { 'docs/prd.md': OLD_SPEC(1) });
    git(repo, 'add', '-A');
    const r = sh('pre-commit', ['run', '--color', 'never', '--files', 'docs/prd.md'], { cwd: repo, env: { PRE_COMMIT_HOME: path.join(repo, '.cache-pre-commit') } });
    assert.match(r.stdout, /SpecLint\.+(Passed|Failed)[\s\S]*docs\/prd\.md[\s\S]*no-minimizers/, r.stdout + r.stderr);
  });
});
