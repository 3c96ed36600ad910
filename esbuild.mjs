// Bundles the CLI and the VS Code extension (desktop and web) from the same sources.
// `node esbuild.mjs` builds once; `--watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  target: 'es2022',
};

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node' },
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  },
].filter((b) => existsSync(b.entryPoints[0]));

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
