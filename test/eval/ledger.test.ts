/**
 * `npm run eval -- --sentences <round>` measures a new round once, before anything is changed for it, and
 * prints its entry for eval/first-sight.json: per rule, [right, flagged], over every finding and over those
 * that would warn with the rule set to `warning`.
 */
import assert from 'node:assert/strict';
import { tallyRound } from '../../eval/ledger.js';

const KIN: Record<string, string[]> = { 'no-minimizers': ['no-demands'], 'no-demands': ['no-minimizers'] };
const right = (f: string, l: string[]) => l.includes(f) || (KIN[f] ?? []).some((k) => l.includes(k));

describe('eval: a round measured on first sight', () => {
  it('counts each rule once per sentence, right when the label (or a kin rule) agrees, and the warnings apart', () => {
    const { round, warns } = tallyRound([
      { flagged: ['no-minimizers'], strict: ['no-minimizers'], labelled: ['no-minimizers'] },
      // A kin rule's label makes the finding right.
      { flagged: ['no-minimizers', 'no-minimizers'], strict: [], labelled: ['no-demands'] },
      { flagged: ['deadline-needs-reason'], strict: ['deadline-needs-reason'], labelled: [] },
      { flagged: [], strict: [], labelled: ['no-people-as-resources'] },
    ], right);
    assert.deepEqual(round, { 'deadline-needs-reason': [0, 1], 'no-minimizers': [2, 2] });
    assert.deepEqual(warns, { 'deadline-needs-reason': [0, 1], 'no-minimizers': [1, 1] });
    // Keys come out sorted, as eval/first-sight.json keeps them.
    assert.deepEqual(Object.keys(round), ['deadline-needs-reason', 'no-minimizers']);
  });

  it('gives an empty entry for a round with no findings', () => {
    assert.deepEqual(tallyRound([{ flagged: [], strict: [], labelled: [] }], right), { round: {}, warns: {} });
  });
});
