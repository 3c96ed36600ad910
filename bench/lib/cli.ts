/**
 * Whole-process wall time on the corpus directory: `node dist/cli.js <dir>` against
 * `markdownlint-cli2 "<dir>/**\/*.md"`, run alternately, median of N.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nowMs, summarize, type Sample } from './timing.js';

export interface CliRun {
  label: string;
  command: string;
  sample: Sample;
  /** Files the tool says it linted. */
  files: number | null;
  exitCodes: number[];
}

export type CliResult =
  | { skipped: string }
  | { speclint: CliRun; markdownlint: CliRun; nodeStartup: Sample; distAge: string | null; corpusFiles: number };

/** Newest modification time under `dir` (recursively), ms since the epoch. */
function newestUnder(dir: string): number {
  let newest = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = path.join(d, name);
      const st = statSync(abs);
      if (st.isDirectory()) walk(abs);
      else newest = Math.max(newest, st.mtimeMs);
    }
  };
  walk(dir);
  return newest;
}

function timeProcess(args: string[], cwd: string): { ms: number; status: number; stdout: string; stderr: string } {
  const t0 = nowMs();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = nowMs() - t0;
  if (r.error) throw r.error;
  return { ms, status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function cliBench(repo: string, corpusDir: string, corpusFiles: number, runs: number): CliResult {
  const cli = path.join(repo, 'dist/cli.js');
  if (!existsSync(cli)) return { skipped: 'dist/cli.js does not exist yet: run `node esbuild.mjs` (npm run build) first' };
  const binLink = path.join(repo, 'node_modules/.bin/markdownlint-cli2');
  if (!existsSync(binLink)) return { skipped: 'node_modules/.bin/markdownlint-cli2 is not installed' };
  const mdl = realpathSync(binLink);
  const rel = path.relative(repo, corpusDir).split(path.sep).join('/');

  // markdownlint-cli2 with its default rules and no ignores of its own.
  writeFileSync(path.join(corpusDir, '.markdownlint-cli2.jsonc'), '{ "config": { "default": true } }\n');
  // bench/.cache is .gitignore'd, and SpecLint's CLI honours .gitignore: --no-ignore lints it anyway.
  const specArgs = [cli, rel, '--format', 'json', '--no-ignore'];
  const mdlArgs = [mdl, `${rel}/**/*.md`];

  const srcNewest = newestUnder(path.join(repo, 'src'));
  const distMtime = statSync(cli).mtimeMs;
  const distAge = srcNewest > distMtime ? `dist/cli.js is ${((srcNewest - distMtime) / 1000).toFixed(0)} s older than the newest file in src/` : null;

  const spec: number[] = [];
  const md: number[] = [];
  const base: number[] = [];
  const specCodes: number[] = [];
  const mdCodes: number[] = [];
  let specFiles: number | null = null;
  let mdFiles: number | null = null;
  for (let i = 0; i < runs; i++) {
    base.push(timeProcess(['-e', ''], repo).ms);
    const s = timeProcess(specArgs, repo);
    spec.push(s.ms);
    specCodes.push(s.status);
    if (specFiles === null) {
      try {
        specFiles = (JSON.parse(s.stdout) as unknown[]).length;
      } catch {
        specFiles = null;
        process.stderr.write(`speclint CLI output is not JSON (exit ${s.status}): ${(s.stderr || s.stdout).slice(0, 500)}\n`);
      }
    }
    const m = timeProcess(mdlArgs, repo);
    md.push(m.ms);
    mdCodes.push(m.status);
    if (mdFiles === null) {
      const found = /Linting: (\d+) file/.exec(m.stdout + m.stderr);
      mdFiles = found ? Number(found[1]) : null;
    }
  }
  return {
    speclint: { label: 'SpecLint CLI', command: `node dist/cli.js ${rel} --format json --no-ignore`, sample: summarize(spec), files: specFiles, exitCodes: specCodes },
    markdownlint: { label: 'markdownlint-cli2', command: `markdownlint-cli2 "${rel}/**/*.md"`, sample: summarize(md), files: mdFiles, exitCodes: mdCodes },
    nodeStartup: summarize(base),
    distAge,
    corpusFiles,
  };
}
