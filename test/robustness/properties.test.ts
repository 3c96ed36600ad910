/**
 * Property tests over generated markdown (fast-check): the few-thousand-case run for CI.
 * The properties are listed in properties.ts and checked by check.ts; `npm run fuzz` runs
 * the same ones far longer, from a new seed each time; this run always uses TEST_SEED, so CI
 * cannot fail by chance. Replay a failure with FUZZ_SEED=<seed> (and FUZZ_SHRINK=1 to shrink it
 * to a minimal document).
 */
import fc from 'fast-check';
import { PROPERTIES, BASE_RUNS, parameters } from './properties.js';

describe(`robustness: properties over generated markdown (${BASE_RUNS} cases)`, function () {
  this.timeout(120_000);
  for (const p of PROPERTIES) {
    it(`${p.name} (${p.runs} cases)`, () => {
      fc.assert(p.property(), parameters(p.runs));
    });
  }
});
