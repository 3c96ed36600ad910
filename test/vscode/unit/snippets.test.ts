/** The snippets are context-first and clean: each whole-document template is recognised as its kind, and no snippet trips a phrasing rule. */
import assert from 'node:assert/strict';
import { lint } from '../../../src/engine/index.js';
import { rules, ruleById } from '../../../src/rules/index.js';
import { SNIPPETS, expandSnippet, snippetBody } from '../../../src/vscode/ui/snippets.js';

const lintIt = (text: string) => lint(text, { rules, filePath: '/ws/doc.md' });

describe('snippets/markdown.json', () => {
  it('has the templates the issue asks for, each with a unique prefix', () => {
    const prefixes = Object.values(SNIPPETS).map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const p of ['brief', 'prd', 'ticket', 'launch', 'estimate-questions', 'deadline', 'disagreement']) assert.ok(prefixes.includes(p), p);
    for (const id of ['problem', 'audience', 'why', 'success', 'constraints', 'alternatives', 'acceptance', 'credits']) {
      assert.ok(prefixes.includes(`section-${id}`), `section-${id}`);
    }
  });

  for (const [name, s] of Object.entries(SNIPPETS)) {
    it(`"${name}" raises no phrasing problem`, () => {
      const text = expandSnippet(s.body.join('\n'));
      const phrasing = lintIt(text).diagnostics.filter((d) => ruleById(d.ruleId)?.meta.category === 'phrasing' || d.ruleId === 'internal-error');
      assert.deepEqual(phrasing.map((d) => `${d.ruleId}: ${d.message}`), []);
    });
  }

  const kinds: [string, 'brief' | 'ticket' | 'launch', string[]][] = [
    ['brief', 'brief', ['alternatives']],
    ['prd', 'brief', ['alternatives']],
    ['ticket', 'ticket', []],
    ['launch', 'launch', []],
  ];
  for (const [prefix, kind, presentAtStart] of kinds) {
    it(`"${prefix}" is a ${kind} whose every required section is there, unfilled until the author writes it`, () => {
      const r = lintIt(expandSnippet(snippetBody(prefix)));
      assert.equal(r.kind, kind);
      assert.ok(r.status);
      for (const e of r.status.entries) {
        assert.equal(e.state, presentAtStart.includes(e.id) ? 'present' : 'placeholder', `${e.id} is ${e.state}`);
      }
      assert.equal(r.diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length, 0);
    });
  }

  it('a filled-in brief is complete', () => {
    let n = 0;
    const filled = snippetBody('brief').replace(/\$(\d+)(?!:)/g, (_, i) => (i === '0' ? '' : `Filled in with real content number ${++n}, written by the author.`));
    const r = lintIt(expandSnippet(filled));
    assert.equal(r.status?.present, r.status?.required);
    assert.deepEqual(r.diagnostics.map((d) => d.message), []);
  });
});
