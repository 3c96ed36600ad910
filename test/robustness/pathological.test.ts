/**
 * Pathological input: each case runs in its own process (pathological-worker.ts) with a hard
 * timeout, so a hang or a stack overflow fails that case, with what was measured, instead of
 * hanging the suite. A lint never hangs (the process is killed after KILL_AFTER_MS, a
 * generous hang guard: time targets live in `npm run bench`), never throws, never reports an internal error, and either lints the text or says, in an
 * info diagnostic, what it skipped and why.
 *
 * Two cases run at a time; each process is killed after KILL_AFTER_MS. The heavy cases (seconds of
 * honest parsing even when handled well) run only with PATHOLOGICAL_ALL=1 or in `npm run fuzz`.
 */
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { CASES, KILL_AFTER_MS, runCase, describeOutcome, problemWith, type Outcome } from './pathological-worker.js';

const ALL = !!process.env.PATHOLOGICAL_ALL;

describe('robustness: pathological input (each in its own process, bounded time)', function () {
  this.timeout(0);
  const outcomes = new Map<string, Promise<Outcome>>();

  before(() => {
    // Start them all, a few at a time; each test then waits for its own.
    const names = Object.keys(CASES).filter((n) => ALL || !CASES[n]!.heavy);
    const slots = Math.max(1, Math.min(2, availableParallelism()));
    let next = 0;
    const waiters = new Map<string, (o: Outcome) => void>();
    for (const n of names) outcomes.set(n, new Promise((r) => waiters.set(n, r)));
    const pump = async () => {
      while (next < names.length) {
        const n = names[next++]!;
        const o = await runCase(n);
        console.log(`      [${n}] ${describeOutcome(o)}`);
        waiters.get(n)!(o);
      }
    };
    for (let i = 0; i < slots; i++) void pump();
  });

  for (const [name, c] of Object.entries(CASES)) {
    if (c.heavy && !ALL) continue;
    it(`${c.what}: linted or refused with a message, never hung (killed after ${KILL_AFTER_MS / 1000} s)`, async () => {
      const o = await outcomes.get(name)!;
      const problem = problemWith(o);
      assert.equal(problem, undefined, `${name}: ${describeOutcome(o)}\n  → ${problem}`);
    });
  }
});
