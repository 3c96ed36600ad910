/**
 * The long fuzz run: the robustness properties of test/robustness (the same generators and
 * checks as the mocha run) with many more cases.
 *
 *   npm run fuzz                          # 100,000 cases in total
 *   FUZZ_RUNS=1000000 npm run fuzz        # more
 *   FUZZ_ONLY=chaos npm run fuzz          # only properties whose name contains "chaos"
 *   FUZZ_SEED=123 FUZZ_SHRINK=1 npm run fuzz   # replay a seed and shrink the failure
 *
 * Then every pathological input, the heavy ones too (FUZZ_PATHOLOGICAL=0 to skip them), and
 * the corpus test over all of node_modules' markdown (CORPUS_ALL=1; FUZZ_CORPUS=0 to skip).
 * Every property and case runs even if an earlier one fails; the exit code is 1 if any failed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { PROPERTIES, BASE_RUNS, parameters } from '../test/robustness/properties.js';
import { newStats } from '../test/robustness/check.js';
import { CASES, runCase, describeOutcome, problemWith } from '../test/robustness/pathological-worker.js';

const total = Number(process.env.FUZZ_RUNS ?? 100_000);
const only = process.env.FUZZ_ONLY?.toLowerCase();
const selected = PROPERTIES.filter((p) => !only || p.name.toLowerCase().includes(only));
const base = selected.reduce((n, p) => n + p.runs, 0) || BASE_RUNS;

let failed = 0;
const started = Date.now();
for (const p of selected) {
  const runs = Math.max(1, Math.round((p.runs / base) * total));
  const stats = newStats();
  const t0 = Date.now();
  process.stdout.write(`• ${p.name}: ${runs.toLocaleString('en-US')} cases … `);
  const details = fc.check(p.property(stats), parameters(runs, true));
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(`FAILED after ${details.numRuns} cases (${secs} s)`);
    console.log(`  replay: FUZZ_SEED=${details.seed} FUZZ_SHRINK=1 FUZZ_ONLY=${JSON.stringify(p.name.slice(0, 30))} npm run fuzz`);
    console.log(`  counterexample: ${fc.stringify(details.counterexample).slice(0, 2000)}`);
    const err = details.errorInstance as Error | undefined;
    console.log(`  ${(err?.message ?? 'no error message (too many skips or interrupted)').split('\n').slice(0, 6).join('\n  ')}`);
  } else {
    const byRule = Object.entries(stats.byRule).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ');
    console.log(`ok (${secs} s)${stats.diagnostics ? `: ${stats.diagnostics} diagnostics (${byRule}), ${stats.fixesChecked} fixes checked one by one, ${stats.fixesApplied} applied by fix-all` : ''}`);
  }
}
console.log(`${failed ? `${failed} of ${selected.length} properties FAILED` : `all ${selected.length} properties held`} in ${((Date.now() - started) / 60000).toFixed(1)} min`);

async function pathological(): Promise<number> {
  if (process.env.FUZZ_PATHOLOGICAL === '0' || only) return 0;
  let bad = 0;
  console.log('Pathological inputs, one process each, one at a time:');
  for (const [name, c] of Object.entries(CASES)) {
    const o = await runCase(name);
    const problem = problemWith(o);
    if (problem) bad++;
    console.log(`${problem ? '✗' : '•'} ${c.what}${c.heavy ? ' (heavy)' : ''}: ${describeOutcome(o)}${problem ? `\n  FAILED: ${problem}` : ''}`);
  }
  return bad;
}

function corpus(): number {
  if (process.env.FUZZ_CORPUS === '0' || only) return 0;
  console.log('The whole corpus (CommonMark examples and every markdown file in node_modules):');
  const root = join(__dirname, '..');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--node-option', 'import=tsx', '--timeout', '0', 'test/robustness/corpus.test.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CORPUS_ALL: '1' },
  });
  return r.status === 0 ? 0 : 1;
}

void pathological().then((bad) => {
  const corpusFailed = corpus();
  process.exit(failed || bad || corpusFailed ? 1 : 0);
});
