/**
 * The parse guards (chunks.ts, CostMeter) refuse what is costly to parse, by what drives
 * micromark's time, and nothing else: cheap structures are linted in full however many lines
 * they have, a costly region is skipped alone, and a document gets at most one
 * `skipped-content` note naming every skipped region. No timing here: whether a region is
 * refused follows from the text alone.
 */
import assert from 'node:assert/strict';
import { lint, SKIPPED_RULE } from '../../src/engine/index.js';
import { parseDocument } from '../../src/engine/parse/parse.js';
import { rules } from '../../src/rules/index.js';

const notes = (text: string) => lint(text, { rules }).diagnostics.filter((d) => d.ruleId === SKIPPED_RULE);
const ruleLines = (text: string, rule: string) =>
  lint(text, { rules }).diagnostics.filter((d) => d.ruleId === rule).map((d) => d.range.start.line);

/** A 1,000-level outline nested by indentation alone (one list marker per line). */
const outline = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('');
const wideTable = (cols: number, rows: number) => {
  const row = (c: string) => `|${` ${c} |`.repeat(cols)}\n`;
  return row('h') + row('---') + row('x').repeat(rows);
};

describe('parse guards: cost, not lines', function () {
  this.timeout(120_000);

  it('lints 100,000 headings in full, with no skipped note', () => {
    // Every 1,000th heading holds a flagged word, and so does the paragraph after them all.
    const text = Array.from({ length: 100_000 }, (_, i) => `## Section ${i}${i % 1000 === 999 ? ': we just need it' : ''}\n`).join('') + '\nWe just need it.\n';
    const { tree, refused } = parseDocument(text);
    assert.equal(refused.length, 0);
    assert.equal(tree.children.filter((n) => n.type === 'heading').length, 100_000);
    const ds = lint(text, { rules }).diagnostics;
    assert.equal(ds.filter((d) => d.ruleId === SKIPPED_RULE).length, 0);
    const lines = ds.filter((d) => d.ruleId === 'no-minimizers').map((d) => d.range.start.line);
    assert.deepEqual(lines, [...Array.from({ length: 100 }, (_, k) => (k + 1) * 1000), 100_002]);
  });

  it('lints a long list of short items (20,000, no blank line) in full', () => {
    const text = `# Tasks\n\n${Array.from({ length: 20_000 }, (_, i) => `- task ${i}: we just need it\n`).join('')}`;
    assert.equal(ruleLines(text, SKIPPED_RULE).length, 0);
    assert.equal(ruleLines(text, 'no-minimizers').length, 20_000);
  });

  it('lints 6,000 lines of alternating prose and quote with no blank line (cheap, however many lines)', () => {
    const text = Array.from({ length: 6000 }, (_, i) => (i % 2 ? '> quoted text' : 'prose just text')).join('\n');
    assert.equal(notes(text).length, 0);
  });

  it('lints a long fenced code block and the prose around it', () => {
    const text = 'We just need it.\n\n```\n' + Array.from({ length: 8000 }, (_, i) => `log line ${i}`).join('\n') + '\n```\n\nWe simply need it.\n';
    assert.deepEqual(lint(text, { rules }).diagnostics.map((d) => d.ruleId), ['no-minimizers', 'no-minimizers']);
  });

  const shapes: { what: string; make: () => string; why: RegExp }[] = [
    { what: 'an outline nested 1,000 levels by indentation', make: () => outline(1000), why: /nest 1,000 levels deep/ },
    { what: 'ordered items nested 400 levels by indentation', make: () => Array.from({ length: 400 }, (_, i) => `${'   '.repeat(i)}1. step ${i}\n`).join('').repeat(3), why: /nest 400 levels deep/ },
    { what: 'list items nested by tabs', make: () => Array.from({ length: 1000 }, (_, i) => `${'\t'.repeat(i)}- item ${i}\n`).join(''), why: /levels deep/ },
    { what: 'a table of 5,000 columns', make: () => wideTable(5000, 20), why: /table of 21 rows × 5,000 columns/ },
    { what: '60 KB of unclosed `![`', make: () => '!['.repeat(30_000) + '\n', why: /30,000 unclosed-looking "\["/ },
    { what: '15,000 `[a](` link openers', make: () => '[a]('.repeat(15_000) + '\n', why: /15,000 unclosed-looking "\["/ },
    { what: '20,000 list markers on one line', make: () => '- '.repeat(20_000) + 'x\n', why: /nest 20,000 levels deep/ },
  ];
  for (const s of shapes) {
    it(`skips ${s.what} alone and lints what is around it`, () => {
      const monster = s.make();
      const before = '# PRD: carts\n\nWe just need it.\n\n';
      const after = '\nParagraph after: we simply need it.\n';
      const text = before + monster + after;
      const lines = (t: string) => t.split('\n').length - 1;
      const ds = lint(text, { rules }).diagnostics;
      const skipped = ds.filter((d) => d.ruleId === SKIPPED_RULE);
      assert.equal(skipped.length, 1);
      assert.match(skipped[0]!.message, s.why);
      assert.match(skipped[0]!.message, /^SpecLint skipped lines? [\d,]+(–[\d,]+)? \(.+\): parsing it would take too long\. The rest of the document was linted\.$/);
      // The skipped region starts where the monster does, and the prose on both sides was linted.
      assert.equal(skipped[0]!.range.start.line, lines(before) + 1);
      const minimizers = ds.filter((d) => d.ruleId === 'no-minimizers').map((d) => d.range.start.line);
      assert.ok(minimizers.includes(3), `the paragraph before: ${minimizers}`);
      assert.ok(minimizers.includes(lines(before + monster) + 2), `the paragraph after: ${minimizers}`);
    });
  }

  it('gives one note for a document with several costly regions, naming each by its lines and why', () => {
    const text = ['# PRD', outline(1000), 'We just need it.', wideTable(5000, 20), 'We just need it.', '!['.repeat(30_000), 'Fine.', '[a]('.repeat(15_000), 'End.'].join('\n\n');
    const skipped = notes(text);
    assert.equal(skipped.length, 1);
    const m = skipped[0]!.message;
    assert.match(m, /^SpecLint skipped lines 3–1,002 \(.*nest 1,000 levels deep.*\), lines 1,007–1,028 \(a table of 21 rows × 5,000 columns .*\), line 1,033 \(.*"\[".*\) and 1 more region: parsing them would take too long\./);
    assert.equal(skipped[0]!.range.start.line, 3);
  });

  it('a document over the size limit gets one note too', () => {
    const text = 'We just need it.\n\n'.repeat(600_000);
    const skipped = notes(text);
    assert.equal(skipped.length, 1);
    assert.match(skipped[0]!.message, /the document is 10,800,000 characters long/);
  });
});
