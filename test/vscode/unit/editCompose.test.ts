/** Fix all hands VS Code minimal edits: composing passes must give exactly the text the passes produce. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixList, lint, fixUntilStable, type TextEdit } from '../../../src/engine/index.js';
import { rules } from '../../../src/rules/index.js';
import { EditComposer, composeFixAll } from '../../../src/vscode/worker/editCompose.js';

function applyEdits(text: string, edits: TextEdit[]): string {
  return applyFixList(text, edits.map((e) => ({ title: '', edits: [e], safe: true }))).output;
}

/** Random non-overlapping edits (no two insertions at one point) against a text of length n. */
const editsFor = (n: number) =>
  fc.array(fc.record({ a: fc.nat(n), b: fc.nat(n), text: fc.string({ maxLength: 4 }) }), { maxLength: 5 }).map((raw) => {
    const out: TextEdit[] = [];
    for (const r of raw) {
      const e = { start: Math.min(r.a, r.b), end: Math.max(r.a, r.b), text: r.text };
      const clash = out.some((o) =>
        o.start === o.end && e.start === e.end ? o.start === e.start : o.start === o.end ? o.start > e.start && o.start < e.end : e.start === e.end ? e.start > o.start && e.start < o.end : o.start < e.end && e.start < o.end,
      );
      if (!clash) out.push(e);
    }
    return out;
  });

describe('EditComposer', () => {
  it('composes passes into edits that reproduce the final text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).chain((t0) =>
          editsFor(t0.length).chain((e1) => {
            const t1 = applyEdits(t0, e1);
            return editsFor(t1.length).chain((e2) => {
              const t2 = applyEdits(t1, e2);
              return editsFor(t2.length).map((e3) => ({ t0, passes: [e1, e2, e3] }));
            });
          }),
        ),
        ({ t0, passes }) => {
          const c = new EditComposer(t0);
          let cur = t0;
          for (const p of passes) {
            cur = applyEdits(cur, p);
            c.apply(p);
            assert.equal(c.text(), cur);
          }
          const edits = c.edits();
          assert.equal(applyEdits(t0, edits), cur);
          for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1]!.end <= edits[i]!.start);
          for (const e of edits) assert.notEqual(t0.slice(e.start, e.end), e.text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps far-apart fixes as separate small edits', () => {
    const c = new EditComposer('aaaa\nbbbb\ncccc\n');
    c.apply([{ start: 0, end: 0, text: 'X' }]);
    c.apply([{ start: 15, end: 16, text: '' }]);
    assert.deepEqual(c.edits(), [
      { start: 0, end: 0, text: 'X' },
      { start: 14, end: 15, text: '' },
    ]);
  });
});

describe('composeFixAll', () => {
  const doc = [
    '---',
    'type: prd',
    '---',
    '# PRD: Checkout',
    '',
    '## Requirements',
    '',
    "- Can't you just reuse the old flow?",
    '- We just need a button. It should be easy.',
    '- We need two more resources.',
    '- The old flow took 200 man-hours.',
    '',
  ].join('\n');
  const lintFn = (t: string) => lint(t, { rules, filePath: '/ws/a.md' }).diagnostics;

  it('gives the same text as fixUntilStable, as edits that never replace the whole document', () => {
    const r = composeFixAll(doc, lintFn);
    assert.equal(r.output, fixUntilStable(doc, lintFn).output);
    assert.equal(applyEdits(doc, r.edits), r.output);
    assert.ok(r.edits.length >= 1, 'the safe fixes are composed into edits');
    for (const e of r.edits) assert.ok(e.end - e.start < doc.length / 2, `edit ${e.start}-${e.end} is too wide`);
  });
});
