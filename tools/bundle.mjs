// Self-contained bundles of the CLI, for places where there is no `npm install` of this
// repository and no network: the npm package, the GitHub Action and the pre-commit hook.
//
//   node tools/bundle.mjs cli       packages/cli/: speclint.js + schema + licenses, ready for `npm pack`
//   node tools/bundle.mjs committed bundle/: speclint.js (the CLI) and action.js (the Action's entry),
//                                   committed, because an Action and a pre-commit `script`
//                                   hook run from the repository as it is in git
//   node tools/bundle.mjs --check   fails when the committed bundle/ differs from a fresh build
//
// Every runtime dependency is bundled in, so the results need nothing but Node.
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/**
 * The CLI reads only `version` from the root package.json. Bundling the whole file would
 * put the extension's manifest in the bundle and make every script or dependency change a
 * new bundle, so only the version goes in.
 */
const versionOnly = {
  name: 'package-json-version-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]package\.json$/ }, (args) => {
      if (args.path !== join(ROOT, 'package.json')) return undefined;
      return { contents: JSON.stringify({ version: rootPkg.version }), loader: 'json' };
    });
  },
};

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
  metafile: true,
};

/** Builds the CLI and the Action entry in memory: Map of file name → content. */
async function build() {
  const cli = await esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'speclint.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [versionOnly],
  });
  // The Action's entry only orchestrates (git, inputs, summary) and runs speclint.js, so it
  // stays small and readable: no minifying.
  const action = await esbuild.build({ ...common, minify: false, entryPoints: ['src/action/main.ts'], outfile: 'action.js' });
  return {
    'speclint.js': cli.outputFiles[0].text,
    'action.js': action.outputFiles[0].text,
    'THIRD-PARTY-LICENSES.txt': thirdPartyLicenses(cli.metafile),
  };
}

/** The license text of every npm package whose code went into the bundle. */
function thirdPartyLicenses(metafile) {
  const pkgs = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const parts = input.split(/[\\/]/);
    const at = parts.lastIndexOf('node_modules');
    if (at < 0) continue;
    const nameParts = parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3) : parts.slice(at + 1, at + 2);
    const dir = join(ROOT, ...parts.slice(0, at + 1), ...nameParts);
    if (pkgs.has(dir)) continue;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenseFile = ['LICENSE', 'LICENSE.md', 'license', 'license.md', 'LICENSE.txt', 'LICENCE'].find((f) => existsSync(join(dir, f)));
    const text = licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : `License: ${pkg.license ?? 'see the package'}`;
    pkgs.set(dir, `${pkg.name}@${pkg.version} (${pkg.license ?? 'unknown'})\n\n${text}`);
  }
  const sorted = [...pkgs.values()].sort();
  return `SpecLint bundles the following packages. Their licenses follow.\n\n${sorted.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

function write(dir, files) {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    if (name === 'speclint.js') chmodSync(join(dir, name), 0o755);
  }
}

const mode = process.argv[2];
const built = await build();
if (mode === 'cli') {
  const dir = join(ROOT, 'packages', 'cli');
  const cliPkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (cliPkg.version !== rootPkg.version) {
    console.error(`packages/cli/package.json has version ${cliPkg.version} but package.json has ${rootPkg.version}; make them equal`);
    process.exit(1);
  }
  write(dir, { 'speclint.js': built['speclint.js'], 'THIRD-PARTY-LICENSES.txt': built['THIRD-PARTY-LICENSES.txt'] });
  mkdirSync(join(dir, 'schemas'), { recursive: true });
  copyFileSync(join(ROOT, 'schemas', 'speclintrc.schema.json'), join(dir, 'schemas', 'speclintrc.schema.json'));
  copyFileSync(join(ROOT, 'LICENSE'), join(dir, 'LICENSE'));
  console.error(`built ${relative(ROOT, dir).split(sep).join('/')}/ (speclint ${cliPkg.version}); pack it with: npm pack ./packages/cli`);
} else if (mode === 'committed') {
  write(join(ROOT, 'bundle'), built);
} else if (mode === '--check') {
  const stale = Object.entries(built)
    .filter(([name, text]) => {
      const file = join(ROOT, 'bundle', name);
      return !existsSync(file) || readFileSync(file, 'utf8') !== text;
    })
    .map(([name]) => `bundle/${name}`);
  if (stale.length) {
    console.error(`stale: ${stale.join(', ')}. Run npm run generate and commit the result.`);
    process.exit(1);
  }
} else {
  console.error('usage: node tools/bundle.mjs cli|committed|--check');
  process.exit(2);
}
