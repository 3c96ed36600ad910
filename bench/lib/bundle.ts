/**
 * Bundle size and cold start. The bundles are built minified with esbuild's API into
 * bench/.cache/bundle (never dist/), with the options esbuild.mjs uses for --production.
 * Load times come from fresh node processes: in-process timestamps around require() (what
 * an extension host pays: it is already running), and the CLI's whole-process time minus
 * a bare `node -e ""`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { nowMs, summarize, type Sample } from './timing.js';

export interface BundleSize {
  id: string;
  label: string;
  bytes: number;
  gzip: number;
}

export interface ColdStart {
  /** require() of the minified engine bundle (engine + rules + parser), in a fresh process. */
  engineLoad: Sample;
  /** The first lint of the ~5 KB brief right after that load. */
  engineFirstLint: Sample;
  /** require() of the minified desktop extension bundle, `vscode` stubbed. */
  extensionLoad: Sample | null;
  /** activate() of that bundle against the stub (no documents open). */
  extensionActivate: Sample | null;
  extensionError?: string;
  /** `node dist/cli.js --version` minus `node -e ""`, whole process. */
  cliStartup: Sample | null;
  nodeStartup: Sample;
}

export interface BundleResult {
  sizes: BundleSize[];
  cold: ColdStart | null;
  errors: string[];
}

const common: esbuild.BuildOptions = {
  bundle: true,
  format: 'cjs',
  sourcemap: false,
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
  target: 'es2022',
  write: true,
};
const browser: esbuild.BuildOptions = {
  platform: 'browser',
  conditions: ['worker'],
  mainFields: ['browser', 'module', 'main'],
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
};

/**
 * Loads a bundle in a fresh process and prints {load, activate, firstLint} as JSON. For the
 * extension, `vscode` is a stub: an object with every name @types/vscode exports, each a
 * proxy that answers any property, call or `new` with itself, so activate() can run.
 */
const PROBE = `'use strict';
const { performance } = require('node:perf_hooks');
const fs = require('node:fs');
const [mode, bundle, extra] = process.argv.slice(2);
let stub;
if (mode === 'extension') {
  // Every call answers the stub, and the stub is also a promise of nothing: the extension may
  // chain .then() on what a call returns (showWarningMessage(...).then(...)).
  const then = (ok) => Promise.resolve(undefined).then(ok);
  stub = new Proxy(function () {}, {
    get: (_t, k) => (k === 'prototype' ? {} : k === Symbol.toPrimitive ? () => '' : k === 'then' ? then : stub),
    set: () => true,
    defineProperty: () => true,
    apply: () => stub,
    construct: () => stub,
  });
  const api = {};
  for (const m of fs.readFileSync(extra, 'utf8').matchAll(/^\\texport (?:class|enum|namespace|const|function|let|var) (\\w+)/gm)) api[m[1]] = stub;
  const Module = require('node:module');
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? api : load.call(this, request, ...rest);
  };
}
const text = mode === 'engine' ? fs.readFileSync(extra, 'utf8') : '';
const t0 = performance.now();
const m = require(bundle);
const t1 = performance.now();
let t2 = t1;
let t3 = t1;
if (mode === 'engine') {
  m.lint(text, { rules: m.rules });
  t3 = performance.now();
} else {
  m.activate({ subscriptions: [], extensionUri: stub, extensionPath: '/', globalState: stub, workspaceState: stub });
  t2 = performance.now();
  t3 = t2;
}
process.stdout.write(JSON.stringify({ load: t1 - t0, activate: t2 - t1, firstLint: t3 - t2 }));
`;

interface Probe {
  load: number;
  activate: number;
  firstLint: number;
}

function probe(args: string[], cwd: string): Probe {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) {
    const err = (r.stderr || r.stdout || '').split('\n').find((l) => /^\w*Error\b/.test(l));
    throw new Error(err ?? `exit ${r.status}`);
  }
  return JSON.parse(r.stdout) as Probe;
}

function wall(args: string[], cwd: string): number {
  const t0 = nowMs();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const ms = nowMs() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return ms;
}

export async function bundleBench(repo: string, outDir: string, briefText: string, runs: number): Promise<BundleResult> {
  mkdirSync(outDir, { recursive: true });
  const errors: string[] = [];
  const sizes: BundleSize[] = [];
  const targets: { id: string; label: string; options: esbuild.BuildOptions; entry: string | null }[] = [
    {
      id: 'extension',
      label: 'desktop extension (dist/extension.js)',
      entry: 'src/vscode/extension.ts',
      options: { ...common, platform: 'node', external: ['vscode'], entryPoints: ['src/vscode/extension.ts'], outfile: path.join(outDir, 'extension.js') },
    },
    {
      id: 'web',
      label: 'web extension (dist/web/extension.js)',
      entry: 'src/vscode/extension.ts',
      options: { ...common, ...browser, external: ['vscode', 'node:worker_threads'], entryPoints: ['src/vscode/extension.ts'], outfile: path.join(outDir, 'web/extension.js') },
    },
    {
      id: 'worker',
      label: 'desktop lint worker (dist/worker.js)',
      entry: 'src/vscode/worker/node.ts',
      options: { ...common, platform: 'node', entryPoints: ['src/vscode/worker/node.ts'], outfile: path.join(outDir, 'worker.js') },
    },
    {
      id: 'web-worker',
      label: 'web lint worker (dist/web/worker.js)',
      entry: 'src/vscode/worker/web.ts',
      options: { ...common, ...browser, format: 'iife', entryPoints: ['src/vscode/worker/web.ts'], outfile: path.join(outDir, 'web/worker.js') },
    },
    {
      id: 'cli',
      label: 'CLI (dist/cli.js)',
      entry: 'src/cli/main.ts',
      options: { ...common, platform: 'node', entryPoints: ['src/cli/main.ts'], outfile: path.join(outDir, 'cli.js') },
    },
    {
      id: 'engine',
      label: 'engine + rules only',
      entry: null,
      options: {
        ...common,
        platform: 'node',
        stdin: {
          contents: "export { lint } from './src/engine/index.ts';\nexport { rules } from './src/rules/index.ts';\n",
          resolveDir: repo,
          sourcefile: 'bench-engine-entry.ts',
          loader: 'ts',
        },
        outfile: path.join(outDir, 'engine.js'),
      },
    },
  ];
  for (const t of targets) {
    if (t.entry && !existsSync(path.join(repo, t.entry))) {
      errors.push(`${t.label}: ${t.entry} does not exist`);
      continue;
    }
    try {
      await esbuild.build({ ...t.options, absWorkingDir: repo });
      const file = t.options.outfile!;
      sizes.push({ id: t.id, label: t.label, bytes: statSync(file).size, gzip: gzipSync(readFileSync(file)).length });
    } catch (e) {
      errors.push(`${t.label}: build failed: ${(e as Error).message.split('\n')[0]}`);
    }
  }

  const probeFile = path.join(outDir, 'probe.cjs');
  writeFileSync(probeFile, PROBE);
  const docFile = path.join(outDir, 'brief.md');
  writeFileSync(docFile, briefText);
  const built = new Set(sizes.map((s) => s.id));
  if (!built.has('engine')) return { sizes, cold: null, errors };

  const engineLoad: number[] = [];
  const engineFirst: number[] = [];
  const extLoad: number[] = [];
  const extActivate: number[] = [];
  const vscodeTypes = path.join(repo, 'node_modules/@types/vscode/index.d.ts');
  const cli: number[] = [];
  const base: number[] = [];
  let extensionError: string | undefined;
  const distCli = path.join(repo, 'dist/cli.js');
  for (let i = 0; i < runs; i++) {
    const e = probe([probeFile, 'engine', path.join(outDir, 'engine.js'), docFile], repo);
    engineLoad.push(e.load);
    engineFirst.push(e.firstLint);
    if (built.has('extension') && !extensionError) {
      try {
        const x = probe([probeFile, 'extension', path.join(outDir, 'extension.js'), vscodeTypes], repo);
        extLoad.push(x.load);
        extActivate.push(x.activate);
      } catch (err) {
        extensionError = (err as Error).message;
      }
    }
    base.push(wall(['-e', ''], repo));
    if (existsSync(distCli)) cli.push(wall([distCli, '--version'], repo));
  }
  const nodeStartup = summarize(base);
  return {
    sizes,
    cold: {
      engineLoad: summarize(engineLoad),
      engineFirstLint: summarize(engineFirst),
      extensionLoad: extLoad.length ? summarize(extLoad) : null,
      extensionActivate: extActivate.length ? summarize(extActivate) : null,
      ...(extensionError ? { extensionError } : {}),
      cliStartup: cli.length ? summarize(cli.map((c) => c - nodeStartup.median)) : null,
      nodeStartup,
    },
    errors,
  };
}
