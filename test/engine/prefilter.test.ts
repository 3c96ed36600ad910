/** The piece filter of partial parses (prefilter.ts): which pieces may hold a trigger phrase. */
import assert from 'node:assert/strict';
import { Prefilter } from '../../src/engine/parse/prefilter.js';

describe('Prefilter', () => {
  const needs = (phrases: string[], text: string) => new Prefilter(phrases).needs(text, 0, text.length);

  it('keeps a piece holding every word of a phrase, as whole words in any order', () => {
    assert.equal(needs(['unable to'], 'Admins are unable to export.'), true);
    assert.equal(needs(['unable to'], 'To export, admins are UNABLE.'), true);
    assert.equal(needs(['unable to'], 'Admins are unable, for now.'), false);
    // "to" only inside a longer word ("tomorrow") is not the word "to".
    assert.equal(needs(['unable to'], 'Unable: tomorrow, maybe.'), false);
    assert.equal(needs(['the goal is'], 'Is this the goal?'), true);
    assert.equal(needs(['the goal is'], 'This goal isn’t the one.'), false);
  });

  it('reads words as letters and digits: apostrophes, hyphens, marks and other scripts split them', () => {
    assert.equal(needs(["won't"], 'We won’t ship it.'), true);
    assert.equal(needs(['lock-in'], 'No lock in.'), true);
    assert.equal(needs(['lock-in'], 'No lockin.'), false);
    // A letter outside the BMP glued to the word makes a longer word.
    assert.equal(needs(['unable to'], 'unable to𝐀'), false);
    assert.equal(needs(['unable to'], 'unable to 𝐀'), true);
    assert.equal(needs(['unable to'], 'Unable toé.'), false);
    assert.equal(needs(['unable to'], 'Unable. Étoto to.'), true);
    assert.equal(needs(['σκοπός'], 'ΣΚΟΠΌΣ'), true);
  });

  it('keeps a contraction typed without its apostrophe, which the tokenizer reads as the contraction', () => {
    assert.equal(needs(["shouldn't be hard"], 'It shouldnt be hard to add.'), true);
    assert.equal(needs(["shouldn't be hard"], 'It shouldn’t be hard to add.'), true);
    assert.equal(needs(["shouldn't be hard"], 'It should be hard to add.'), false);
  });

  it('always keeps headings and directives, and everything for a phrase without words', () => {
    assert.equal(needs(['unable to'], '## Plan\n'), true);
    assert.equal(needs(['unable to'], 'Plan\n====\n'), true);
    assert.equal(needs(['unable to'], '<!-- speclint-disable -->\n'), true);
    assert.equal(needs(['unable to'], 'Plain prose.\n'), false);
    assert.equal(needs(['{num}'], 'Plain prose.\n'), true);
  });

  it('finds headings, setext underlines and directives exactly where one pattern over the piece does', () => {
    // The reference: one regular expression that also tries the line above at every character.
    const reference = /^[ \t]{0,3}#{1,6}(?:[ \t]|\r?$)|\S[ \t]*\r?\n[ \t]{0,3}(?:=+|-+)[ \t]*\r?$|speclint-/m;
    const filter = new Prefilter([]);
    const parts = ['a', ' ', '\t', '\r', '\n', '=', '-', '#', '\u2028', '\u00a0', 'speclint-', '\uD835\uDC00', '\n\n'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let kept = 0;
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let i = 1 + Math.floor(next() * 10); i > 0; i--) s += parts[Math.floor(next() * parts.length)];
      const want = reference.test(s);
      if (want) kept++;
      assert.equal(filter.needs(s, 0, s.length), want, JSON.stringify(s));
    }
    assert.ok(kept > 2000 && kept < 18_000, `both answers are tried (${kept} of 20,000 kept)`);
  });
});
