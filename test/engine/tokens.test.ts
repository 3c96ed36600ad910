import assert from 'node:assert/strict';
import { tokenize } from '../../src/engine/language/tokens.js';

describe('tokenize', () => {
  it('reads a contraction typed without its apostrophe as the contraction', () => {
    assert.deepEqual(tokenize('It shouldnt be hard', 0).map((t) => t.norm), ['it', "shouldn't", 'be', 'hard']);
  });

  it('leaves words named like built-in object properties as words (the contraction table is not a prototype lookup)', () => {
    const words = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const norms = tokenize(words.join(' '), 0).map((t) => t.norm);
    assert.deepEqual(norms, words.map((w) => w.toLowerCase()));
    for (const n of norms) assert.equal(typeof n, 'string');
  });
});
