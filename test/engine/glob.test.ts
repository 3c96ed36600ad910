import assert from 'node:assert/strict';
import picomatch from 'picomatch/posix';
import { compileGlob, expandBraces } from '../../src/engine/config/glob.js';

const PATHS = [
  '/repo/docs/prd/checkout.md', '/repo/docs/prd/2026/q1/carts.md', '/repo/docs/readme.md', '/repo/.github/x.md',
  '/repo/tickets/T-1.md', '/repo/tickets/a/b/c.markdown', '/repo/drafts/x.draft.md', '/repo/a.md', '/other/docs/prd/z.md',
];
const GLOBS = [
  '/repo/docs/prd/**', '/repo/**/*.md', '/repo/**', '/repo/*.md', '/repo/tickets/**/*.{md,markdown}', '/repo/**/x.*',
  '/repo/docs/?rd/*.md', '/repo/[dt]*/**', '**/prd/**', '/repo/**/drafts/**', '/repo/**/*.draft.md',
  '/repo/docs/prd/**/*.md', '/repo/.github/**',
];

describe('glob matching', () => {
  it('agrees with picomatch (dot: true) on the globs teams write', () => {
    for (const g of GLOBS) {
      const ours = compileGlob(g);
      const theirs = picomatch(g, { dot: true });
      for (const p of PATHS) assert.equal(ours(p), theirs(p), `${g} vs ${p}`);
    }
  });

  it('negated classes exclude (POSIX), where picomatch differs', () => {
    assert.equal(compileGlob('/repo/[!d]*/**')('/repo/docs/prd/checkout.md'), false);
    assert.equal(compileGlob('/repo/[!d]*/**')('/repo/tickets/T-1.md'), true);
  });

  it('expands braces, nested, with a cap', () => {
    assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
    assert.equal(expandBraces('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}').length, 64);
  });

  it('runs in linear time on patterns that make regex engines backtrack', () => {
    const evil = compileGlob('/' + '*a'.repeat(12) + '*c');
    assert.equal(evil('/' + 'a'.repeat(5000)), false);
    assert.equal(compileGlob('**/'.repeat(12) + 'x')('/' + 'd/'.repeat(2000) + 'y'), false);
  });
});
