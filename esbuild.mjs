// Bundles the CLI and the VS Code extension (desktop and web) from the same sources. The
// extension is two bundles per platform: the host side (extension.js) and the lint worker
// (worker.js) that runs the engine off the extension host (see ARCHITECTURE.md).
// `node esbuild.mjs` builds once; `--watch` rebuilds on change; `--production` minifies;
// `--tests` also bundles the in-extension-host integration tests (test/vscode/) for
// @vscode/test-electron (dist/test/electron.js + run-electron.js) and @vscode/test-web (dist/test/web.js).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  target: 'es2022',
  // jsonc-parser's "main" is a UMD build that requires its own files at run time ("./impl/format"),
  // which a bundle does not carry: take its ES module build everywhere.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

// The web extension host is a web worker: no Node built-ins, no `document` or `window`, and
// `process`/`global` do not exist. The "worker" condition picks worker-safe package variants
// (decode-named-character-reference's "browser" build calls document.createElement).
const browser = {
  platform: 'browser',
  conditions: ['worker'],
  mainFields: ['browser', 'module', 'main'],
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
};

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node' },
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', external: ['vscode'] },
  { ...common, entryPoints: ['src/vscode/worker/node.ts'], outfile: 'dist/worker.js', platform: 'node' },
  // `node:worker_threads` is only reached on the desktop (workerSpawn.ts checks first).
  { ...common, ...browser, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode', 'node:worker_threads'] },
  // A classic (non-module) worker script: iife, so it defines no globals but `self.onmessage`.
  { ...common, ...browser, format: 'iife', entryPoints: ['src/vscode/worker/web.ts'], outfile: 'dist/web/worker.js' },
];
if (tests) {
  const t = { ...common, minify: false, sourcemap: 'inline' };
  builds.push(
    { ...t, entryPoints: ['test/vscode/electron-index.ts'], outfile: 'dist/test/electron.js', platform: 'node', external: ['vscode', 'mocha'] },
    { ...t, entryPoints: ['test/vscode/run-electron.ts'], outfile: 'dist/test/run-electron.js', platform: 'node', external: ['@vscode/test-electron'] },
    { ...t, ...browser, entryPoints: ['test/vscode/web-index.ts'], outfile: 'dist/test/web.js', external: ['vscode'] },
  );
}
const present = builds.filter((b) => existsSync(b.entryPoints[0]));

if (watch) {
  for (const b of present) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(present.map((b) => esbuild.build(b)));
}
