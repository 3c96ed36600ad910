/**
 * Config cases that could hang (backtracking globs, exponential `extends`, costly phrase
 * lists), each run in its own process by config.test.ts so a hang fails the case instead of
 * the suite. Prints one JSON line: { ms, outcome } or { ms, error }.
 *
 *   node --import tsx test/robustness/config-worker.ts <case>
 */
import { ConfigResolver, ConfigError, defaultConfig, lint, mergeConfig, type ConfigHost } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';

const host = (files: Record<string, string>): ConfigHost => ({ readFile: async (p) => files[p] });

export const CONFIG_CASES: Record<string, { what: string; run: () => Promise<string> }> = {
  'glob-backtracking': {
    what: 'a kinds.*.files glob with 11 stars (under the 12-wildcard cap), matched against a 60-letter file name',
    run: async () => {
      const r = new ConfigResolver(host({ '/repo/.speclintrc.json': JSON.stringify({ kinds: { brief: { files: [`${'*a'.repeat(10)}*c`] } } }) }), rules);
      const { config } = await r.configFor('/repo/x.md');
      const d = lint('We just need it.\n', { rules, config, filePath: `/repo/${'a'.repeat(60)}.md` });
      return `linted: ${d.diagnostics.length} diagnostics, kind ${d.kind}`;
    },
  },
  'extends-fan-out': {
    what: '`extends` fan-out: each file extends the next one 20 times, 6 levels deep (20^6 paths)',
    run: async () => {
      const files: Record<string, string> = {};
      for (let k = 0; k < 6; k++) files[`/c/l${k}.json`] = JSON.stringify({ extends: k + 1 < 6 ? Array(20).fill(`l${k + 1}.json`) : [], rules: { 'no-minimizers': 'warning' } });
      files['/c/.speclintrc.json'] = JSON.stringify({ extends: Array(20).fill('l0.json') });
      const { config } = await new ConfigResolver(host(files), rules).configFor('/c/x.md');
      return `resolved: no-minimizers ${config.rules['no-minimizers']?.severity}`;
    },
  },
  'extends-binary-tree': {
    what: '`extends` as a binary tree 20 levels deep (2^20 paths through 40 files)',
    run: async () => {
      const files: Record<string, string> = {};
      for (let k = 0; k < 20; k++) files[`/c/l${k}a.json`] = files[`/c/l${k}b.json`] = JSON.stringify({ extends: k + 1 < 20 ? [`l${k + 1}a.json`, `l${k + 1}b.json`] : [] });
      files['/c/.speclintrc.json'] = JSON.stringify({ extends: ['l0a.json', 'l0b.json'] });
      await new ConfigResolver(host(files), rules).configFor('/c/x.md');
      return 'resolved';
    },
  },
  'phrase-list-worst-case': {
    what: '2,000 "extra" phrases of 40 words sharing their first 39, on a 100 KB document of that word',
    run: async () => {
      const words = Array(39).fill('just').join(' ');
      const extra = Array.from({ length: 2000 }, (_, i) => `${words} x${i}`);
      const config = mergeConfig(defaultConfig(), { rules: { 'no-minimizers': { options: { extra } } } });
      const d = lint('just '.repeat(20_000), { rules, config });
      return `linted: ${d.diagnostics.length} diagnostics`;
    },
  },
  'team-phrases-regex-looking': {
    what: 'team phrases that would backtrack as regular expressions, on a 100 KB document built to trigger them',
    run: async () => {
      const phrases = ['(a+)+$', '(a|aa)+b', '.*.*.*.*.*=', '(x+x+)+y', '\\', '[', '(?=a)', '${process.exit(1)}'].map((phrase) => ({ phrase, replace: 'ok' }));
      const config = mergeConfig(defaultConfig(), { rules: { 'team-phrases': { options: { phrases } } } });
      const d = lint(`${'a'.repeat(50_000)}! ${'x'.repeat(50_000)}\n\naaaa aaaa aaaa b\n`, { rules, config });
      return `linted: ${d.diagnostics.length} diagnostics`;
    },
  },
};

async function main(): Promise<void> {
  const c = CONFIG_CASES[process.argv[2]!];
  if (!c) {
    console.log(JSON.stringify({ error: `unknown case ${process.argv[2]}` }));
    return;
  }
  const t0 = performance.now();
  try {
    const outcome = await c.run();
    console.log(JSON.stringify({ ms: Math.round(performance.now() - t0), outcome }));
  } catch (e) {
    const msg = e instanceof ConfigError ? `ConfigError ${e.message}` : `${(e as Error).name}: ${(e as Error).message}`;
    console.log(JSON.stringify({ ms: Math.round(performance.now() - t0), error: msg, configError: e instanceof ConfigError }));
  }
}

if (/config-worker\.ts$/.test(process.argv[1] ?? '')) void main();
