/** "Disable <rule> for this line" must disable the rule on that line without changing how the markdown renders. */
import assert from 'node:assert/strict';
import { lint, applyFixList, type TextEdit } from '../../../src/engine/index.js';
import { rules } from '../../../src/rules/index.js';
import { disableLineEdit } from '../../../src/vscode/actions/disableComment.js';

const apply = (t: string, e: TextEdit) => applyFixList(t, [{ title: '', edits: [e], safe: true }]).output;
const minimisers = (t: string) => lint(t, { rules }).diagnostics.filter((d) => d.ruleId === 'no-minimizers');

function check(text: string, line: number, expected: string) {
  assert.ok(minimisers(text).some((d) => d.range.start.line === line + 1), 'the fixture has a problem on that line');
  const e = disableLineEdit(text, line, 'no-minimizers');
  assert.ok(e);
  const out = apply(text, e);
  assert.equal(out, expected);
  assert.ok(!minimisers(out).some((d) => d.range.start.line === line + 1 + (out.split('\n').length - text.split('\n').length)), 'disabled');
}

describe('disableLineEdit', () => {
  it('puts a disable-next-line comment above a paragraph that starts a block', () => {
    check('Intro.\n\nWe just need it.\n', 2, 'Intro.\n\n<!-- speclint-disable-next-line no-minimizers -->\nWe just need it.\n');
  });
  it('appends a disable-line comment inside a paragraph, so it is not split', () => {
    check('First line\nwe just need it.\n', 1, 'First line\nwe just need it. <!-- speclint-disable-line no-minimizers -->\n');
  });
  it('appends in a list item (a line above would end the list)', () => {
    check('- one\n- we just need it\n', 1, '- one\n- we just need it <!-- speclint-disable-line no-minimizers -->\n');
  });
  it('puts the comment inside the last cell of a table row', () => {
    check('| a | b |\n|---|---|\n| x | we just need it |\n', 2, '| a | b |\n|---|---|\n| x | we just need it <!-- speclint-disable-line no-minimizers --> |\n');
  });
  it('keeps a hard line break', () => {
    check('Para\nwe just need it.  \nnext\n', 1, 'Para\nwe just need it. <!-- speclint-disable-line no-minimizers -->  \nnext\n');
  });
  it('adds the rule to an existing directive', () => {
    const t = '<!-- speclint-disable-next-line no-demands -->\nWe just need it.\n';
    const out = apply(t, disableLineEdit(t, 1, 'no-minimizers')!);
    assert.equal(out, '<!-- speclint-disable-next-line no-demands no-minimizers -->\nWe just need it.\n');
    assert.equal(minimisers(out).length, 0);
  });
  it('keeps the indentation of an indented block', () => {
    check('- item\n\n  We just need it.\n', 2, '- item\n\n  <!-- speclint-disable-next-line no-minimizers -->\n  We just need it.\n');
  });
});
