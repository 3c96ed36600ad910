import assert from 'node:assert/strict';
import { lint, applyFixList, applyFixes, fixUntilStable, INTERNAL_RULE, type Rule } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';

describe('engine', () => {
  it('reports exact ranges with offsets and 1-based line/column', () => {
    const text = 'Intro line.\r\nWe  just need it 🙂 now.\n';
    const [d] = lint(text, { rules }).diagnostics;
    assert.equal(d!.ruleId, 'no-minimizers');
    assert.equal(text.slice(d!.range.start.offset, d!.range.end.offset), 'just');
    assert.deepEqual([d!.range.start.line, d!.range.start.column], [2, 5]);
  });

  it('catches a throwing rule, reports it, and still runs the others', () => {
    const boom: Rule = {
      id: 'boom',
      meta: { ...rules[2]!.meta },
      check() {
        throw new Error('kaboom');
      },
    };
    const ds = lint('We just need it.', { rules: [boom, ...rules] }).diagnostics;
    assert.ok(ds.some((d) => d.ruleId === INTERNAL_RULE && /boom.*kaboom/.test(d.message)));
    assert.ok(ds.some((d) => d.ruleId === 'no-minimizers'));
  });

  it('turns an out-of-range report into an internal diagnostic instead of a bad squiggle', () => {
    const bad: Rule = { id: 'bad', meta: { ...rules[2]!.meta }, check: (ctx) => ctx.report({ message: 'x', start: 5, end: 9999 }) };
    const ds = lint('short', { rules: [bad] }).diagnostics;
    assert.deepEqual(ds.map((d) => d.ruleId), [INTERNAL_RULE]);
  });

  it('is deterministic', () => {
    const text = '---\ntype: prd\n---\n# PRD\n\nCan’t you just add it ASAP?\n';
    assert.deepEqual(lint(text, { rules }), lint(text, { rules }));
  });
});

describe('applyFixList', () => {
  const fix = (start: number, end: number, text: string, title = 'f') => ({ title, edits: [{ start, end, text }], safe: true });

  it('applies non-overlapping fixes and never touches text outside them', () => {
    const r = applyFixList('abcdef', [fix(0, 1, 'A'), fix(4, 6, 'EF')]);
    assert.equal(r.output, 'AbcdEF');
    assert.equal(r.applied.length, 2);
  });

  it('skips a fix that overlaps an accepted one, and two insertions at one point', () => {
    const r = applyFixList('abcdef', [fix(1, 4, 'X'), fix(3, 5, 'Y'), fix(6, 6, '!'), fix(6, 6, '?')]);
    assert.equal(r.output, 'aXef!');
    assert.deepEqual(r.skipped.map((f) => f.edits[0]!.text), ['Y', '?']);
  });

  it('applies a multi-edit fix atomically', () => {
    const multi = { title: 'm', safe: true, edits: [{ start: 0, end: 1, text: 'X' }, { start: 2, end: 3, text: 'Z' }] };
    const r = applyFixList('abc', [fix(2, 3, 'q'), multi]);
    assert.equal(r.output, 'abq');
    assert.equal(r.skipped[0], multi);
  });

  it('rejects malformed edits', () => {
    const r = applyFixList('abc', [fix(2, 1, 'x'), fix(0, 99, 'y')]);
    assert.equal(r.output, 'abc');
    assert.equal(r.skipped.length, 2);
  });
});

describe('fixing', () => {
  it('applies only safe fixes; suggestions need a person', () => {
    // "person-hours" means exactly what "man-hours" does; removing "just" could change what was meant ("just an API").
    const text = 'Three weeks looks padded. We just need it. It took 200 man-hours.';
    const ds = lint(text, { rules }).diagnostics;
    assert.ok(ds.some((d) => d.ruleId === 'no-minimizers' && d.fixes.length && d.fixes.every((f) => !f.safe)), 'removing "just" is offered, as a suggestion');
    const out = applyFixes(text, ds).output;
    assert.equal(out, 'Three weeks looks padded. We just need it. It took 200 person-hours.');
  });

  it('repeats until stable and then offers nothing', () => {
    const text = '---\ntype: ticket\n---\n# T-1: Login\n\nIt took 200 man-hours. We just need to reuse the old flow. Can’t you just reuse it?\n';
    const r = fixUntilStable(text, (t) => lint(t, { rules }).diagnostics);
    assert.ok(r.passes >= 1);
    assert.equal(applyFixes(r.output, lint(r.output, { rules }).diagnostics).applied.length, 0);
    assert.match(r.output, /It took 200 person-hours\. We just need to reuse the old flow\./);
    // A rewrite that changes who is asked, and a section skeleton, are for a person to pick: never --fix.
    assert.match(r.output, /Can’t you just reuse it\?/);
    assert.doesNotMatch(r.output, /## User problem/);
    const insert = lint(text, { rules }).diagnostics.find((d) => d.ruleId === 'require-sections')!;
    assert.equal(insert.fixes[0]!.safe, false);
    assert.match(applyFixes(text, [{ ...insert, fixes: [{ ...insert.fixes[0]!, safe: true }] }]).output, /## User problem/);
  });
});

describe('document kinds', () => {
  const kind = (text: string, filePath?: string, config?: Parameters<typeof lint>[1]['config']) => lint(text, { rules, filePath, config }).kind;
  it('front matter type or kind', () => {
    assert.equal(kind('---\ntype: PRD\n---\n# x\n'), 'brief');
    assert.equal(kind('---\nkind: user story\n---\n# x\n'), 'ticket');
    assert.equal(kind('---\ntype: release-notes\n---\n# x\n'), 'launch');
    assert.equal(kind('---\ntype: blog\n---\n# PRD: x\n'), null);
  });
  it('the title', () => {
    assert.equal(kind('# PRD: launch emails\n'), 'brief');
    assert.equal(kind('# Launching saved carts\n'), 'launch');
    assert.equal(kind('# CART-12: keep carts\n'), 'ticket');
    assert.equal(kind('# My project\n\n## Problem\n'), null);
  });
});
