/** Temporary git repositories for the distribution tests (npm package, Action, pre-commit, README). */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const ROOT = path.resolve(__dirname, '..', '..');

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function tmpDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `speclint-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

/** Runs a command; a generous timeout only catches hangs. */
export function sh(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string | undefined>; input?: string }): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...GIT_ENV, ...opts.env },
    encoding: 'utf8',
    input: opts.input,
    timeout: 180_000,
    maxBuffer: 1 << 28,
  });
  if (r.error) throw r.error;
  return r;
}

export function git(cwd: string, ...args: string[]): string {
  const r = sh('git', args, { cwd });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** A repository on branch main with one commit of `files`; returns its path. */
export function repoWith(files: Record<string, string>): string {
  const dir = tmpDir('repo');
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

// ---- the GitHub Action -------------------------------------------------------------------

export interface ActionRun {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
  annotations: string[];
  /** The JSON report the `report` output names (read before RUNNER_TEMP is removed). */
  report: string;
}

/** Runs the Action's entry (action.yml `runs.main`) with the environment a runner sets. */
export function runAction(repo: string, inputs: Record<string, string>, event: unknown): ActionRun {
  const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  const tmp = tmpDir('runner');
  try {
    const files = {
      event: path.join(tmp, 'event.json'),
      summary: path.join(tmp, 'summary.md'),
      output: path.join(tmp, 'output.txt'),
    };
    writeFileSync(files.event, JSON.stringify(event));
    writeFileSync(files.summary, '');
    writeFileSync(files.output, '');
    const env: Record<string, string | undefined> = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      GITHUB_BASE_REF: 'main',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_WORKSPACE: repo,
      RUNNER_TEMP: tmp,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
    };
    // Defaults from action.yml, as the runner passes them, then the workflow's `with:`.
    for (const [name, def] of Object.entries(action.inputs as Record<string, { default?: string }>)) {
      env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? def.default ?? '';
    }
    for (const name of Object.keys(inputs)) assert.ok(name in action.inputs, `action.yml has an input "${name}"`);
    // GitHub starts `runs.main` from the job's working directory, not the action's folder.
    const r = sh(process.execPath, [path.join(ROOT, action.runs.main)], { cwd: repo, env });
    const outputs: Record<string, string> = {};
    const out = readFileSync(files.output, 'utf8');
    for (const m of out.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
    return {
      code: r.status,
      stdout: r.stdout + r.stderr,
      summary: readFileSync(files.summary, 'utf8'),
      outputs,
      annotations: r.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l)),
      report: outputs.report && existsSync(outputs.report) ? readFileSync(outputs.report, 'utf8') : '',
    };
  } finally {
    removeDir(tmp);
  }
}


// ---- the npm package ------------------------------------------------------------------------

export const NPM_ENV_DIR = tmpDir('npm-env');
process.on('exit', () => removeDir(NPM_ENV_DIR));
/** npm with its own cache, offline, quiet: nothing here may reach the registry. */
export const NPM_ENV = {
  npm_config_cache: path.join(NPM_ENV_DIR, 'cache'),
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

let packed: { tarball: string; files: string[] } | undefined;

/** `npm run build:cli` then `npm pack`, once per test run: the tarball's path and its files. */
export function packCli(): { tarball: string; files: string[] } {
  if (packed) return packed;
  const build = sh(process.execPath, ['tools/bundle.mjs', 'cli'], { cwd: ROOT });
  assert.equal(build.status, 0, build.stderr);
  const pack = sh('npm', ['pack', '--json', '--pack-destination', NPM_ENV_DIR], { cwd: path.join(ROOT, 'packages', 'cli'), env: NPM_ENV });
  assert.equal(pack.status, 0, pack.stderr);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packed = { tarball: path.join(NPM_ENV_DIR, info!.filename), files: info!.files.map((f) => f.path).sort() };
  return packed;
}

/** In `project` (created if needed): `npm init -y` unless there is a package.json, then `npm i -D ./speclint-*.tgz --offline`. */
export function installCli(project: string): void {
  const { tarball } = packCli();
  mkdirSync(project, { recursive: true });
  if (!existsSync(path.join(project, 'package.json'))) assert.equal(sh('npm', ['init', '-y'], { cwd: project, env: NPM_ENV }).status, 0);
  copyFileSync(tarball, path.join(project, path.basename(tarball)));
  const install = sh('sh', ['-c', 'npm i -D ./speclint-*.tgz --offline'], { cwd: project, env: NPM_ENV });
  assert.equal(install.status, 0, install.stderr);
}
