/**
 * `npm run eval:compare` tells which labelled items a change to the rules moved: a false alarm gone is
 * gained, a problem no longer caught is lost, for sentences, sections and findings in documents alike.
 */
import assert from 'node:assert/strict';
import { compare, restrict, type Outcomes } from '../../eval/compare.js';

const before: Outcomes = {
  sentences: {
    a: { flagged: ['no-minimizers'], labelled: [], text: 'We just need to publish it somewhere.' },
    b: { flagged: ['no-minimizers'], labelled: ['no-minimizers'], text: 'Can you just add a button?' },
    c: { flagged: ['no-demands'], labelled: ['no-minimizers'], text: 'Why not just add it?' },
    d: { flagged: [], labelled: [], text: 'Just once.' },
  },
  sections: { 'x#why': { got: 'missing', want: 'present' }, 'x#problem': { got: 'present', want: 'present' } },
  documents: {
    'x:3 no-minimizers': { ok: false, text: 'a false alarm' },
    'x "we just need to"': { ok: false, text: 'we just need to' },
  },
};

describe('eval:compare', () => {
  it('counts a false alarm gone, a section read right and a problem now caught as gained, and the reverse as lost', () => {
    const now: Outcomes = {
      sentences: {
        a: { flagged: [], labelled: [], text: before.sentences.a!.text },
        b: { flagged: [], labelled: ['no-minimizers'], text: before.sentences.b!.text },
        // A kin rule's flag counts as right: moving from one to the other is neither gained nor lost.
        c: { flagged: ['no-minimizers'], labelled: ['no-minimizers'], text: before.sentences.c!.text },
        d: { flagged: [], labelled: [], text: 'Just once.' },
      },
      sections: { 'x#why': { got: 'present', want: 'present' }, 'x#problem': { got: 'missing', want: 'present' } },
      documents: {
        'x "we just need to"': { ok: true, text: 'we just need to' },
        'x:9 deadline-needs-reason': { ok: false, text: 'a new false alarm' },
      },
    };
    const lines = compare(before, now);
    const starts = (prefix: string) => lines.filter((l) => l.startsWith(prefix)).map((l) => l.split(' ').filter(Boolean)[1]);
    assert.deepEqual(starts('gained'), ['a', 'x#why:', 'x', 'x:3']);
    assert.deepEqual(starts('LOST'), ['b', 'x#problem:', 'x:9']);
    assert.ok(lines.some((l) => l.startsWith('moved') && l.includes(' c ')));
    assert.equal(lines.at(-1), '4 gained, 3 lost');
  });

  it('reports nothing but the counts when nothing moved', () => {
    assert.deepEqual(compare(before, before), ['0 gained, 0 lost']);
  });

  it('--matching: a recording cut to the documents read again, so the others\' findings do not count as gone or missed', () => {
    const whole: Outcomes = {
      sentences: { ...before.sentences },
      sections: { ...before.sections, 'y#why': { got: 'missing', want: 'missing' } },
      documents: { ...before.documents, 'y "simply add"': { ok: true, text: 'a problem caught elsewhere' } },
    };
    const now: Outcomes = { sentences: { d: before.sentences.d! }, sections: { 'x#why': before.sections['x#why']! }, documents: { ...before.documents } };
    const cut = restrict(whole, now);
    assert.deepEqual(Object.keys(cut.sentences), ['d']);
    assert.deepEqual(Object.keys(cut.sections), ['x#why']);
    assert.deepEqual(Object.keys(cut.documents).sort(), ['x "we just need to"', 'x:3 no-minimizers']);
    assert.equal(compare(whole, now).at(-1), '0 gained, 1 lost', 'uncut, the problem caught in y counts as missed');
    assert.equal(compare(cut, now).at(-1), '0 gained, 0 lost');
  });

  it('--matching: a document read again that has no sections (no kind) still has its findings compared', () => {
    const whole: Outcomes = { sentences: {}, sections: {}, documents: { 'z:4 no-minimizers': { ok: false, text: 'a false alarm' }, 'y:2 no-minimizers': { ok: false, text: 'another' } } };
    const now: Outcomes = { sentences: {}, sections: {}, documents: {}, read: ['z'] };
    assert.deepEqual(Object.keys(restrict(whole, now).documents), ['z:4 no-minimizers']);
    assert.equal(compare(restrict(whole, now), now).at(-1), '1 gained, 0 lost');
  });
});
