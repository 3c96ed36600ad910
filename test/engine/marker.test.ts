/**
 * `speclint-section` markers: the author's word that a line states a section, where the quick
 * fix may put one, and that putting one there changes nothing a reader of the rendered page sees.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { lint, defaultConfig, CONFIG_RULE } from '../../src/engine/index.js';
import { markableLines, sectionMarkerEdit } from '../../src/engine/document/marker.js';
import { collectDirectives } from '../../src/engine/document/directives.js';
import { parseMarkdown } from '../../src/engine/parse/parse.js';
import { rules } from '../../src/rules/index.js';

const sectionRules = rules.filter((r) => r.meta.category === 'sections');
const brief = () => {
  const config = defaultConfig();
  config.kinds.brief.files = ['**'];
  return config;
};
const lintBrief = (text: string) => lint(text, { rules: sectionRules, filePath: '/docs/x.md', config: brief() });
const stateOf = (text: string, id: string) => lintBrief(text).status!.entries.find((e) => e.id === id)!.state;

const BRIEF = [
  '# Saved carts',
  '',
  '## Problem',
  '',
  'Shoppers lose their carts when they switch from the phone to the laptop.',
  '',
  'Most of them are parents buying school uniforms in August.',
  '',
  '## Proposal',
  '',
  'Keep carts on the server.',
  '',
].join('\n');

const insertAt = (text: string, line: number, ids: string[]) => {
  const target = markableLines(text, parseMarkdown(text)).find((l) => l.line === line);
  assert.ok(target, `line ${line} is markable`);
  const e = sectionMarkerEdit(text, target, ids);
  return text.slice(0, e.start) + e.text + text.slice(e.end);
};

describe('speclint-section markers', () => {
  it('a marked line states its section, where SpecLint read none', () => {
    assert.equal(stateOf(BRIEF, 'audience'), 'missing');
    const marked = insertAt(BRIEF, 7, ['audience']);
    assert.match(marked, /uniforms in August\. <!-- speclint-section audience -->\n/);
    const entry = lintBrief(marked).status!.entries.find((e) => e.id === 'audience')!;
    assert.equal(entry.state, 'present');
    assert.equal(entry.marked, true);
    assert.equal(marked.slice(entry.byPhrase!.start, entry.byPhrase!.end), '<!-- speclint-section audience -->');
    // Nothing else changes: the other sections read as before.
    assert.equal(stateOf(marked, 'success'), 'missing');
    assert.ok(!lintBrief(marked).diagnostics.some((d) => d.ruleId === 'require-sections' && d.data?.sectionId === 'audience'));
  });

  it('one marker may name several sections, and outranks a heading that holds only a placeholder', () => {
    const unmarked = `${BRIEF}\n## Success metrics\n\nTBD\n`;
    const text = insertAt(unmarked, 5, ['success', 'why']);
    assert.match(text, /laptop\. <!-- speclint-section success why -->\n/);
    assert.equal(stateOf(unmarked, 'success'), 'placeholder');
    assert.equal(stateOf(unmarked, 'why'), 'missing');
    assert.equal(stateOf(text, 'success'), 'present');
    assert.equal(stateOf(text, 'why'), 'present');
  });

  it('is read in the editor\'s partial parse as in a full one', () => {
    const text = insertAt(BRIEF, 7, ['audience']);
    const partial = lintBrief(text).status!.entries.map((e) => e.state);
    const full = lint(text, { rules: sectionRules, filePath: '/docs/x.md', config: brief(), fullParse: true }).status!.entries.map((e) => e.state);
    assert.deepEqual(partial, full);
  });

  it('an unknown section id is an error that says what was meant, and marks nothing', () => {
    const text = `${BRIEF}\n<!-- speclint-section audiense -->\n`;
    const d = lintBrief(text).diagnostics.find((x) => x.ruleId === CONFIG_RULE)!;
    assert.match(d.message, /Unknown section "audiense" in this speclint-section comment, so it marks nothing\. Did you mean "audience"\?/);
    assert.equal(text.slice(d.range.start.offset, d.range.end.offset), 'audiense');
    assert.deepEqual(d.fixes[0]!.edits[0], { start: d.range.start.offset, end: d.range.end.offset, text: 'audience' });
    assert.equal(stateOf(text, 'audience'), 'missing');
    const empty = lintBrief(`${BRIEF}\n<!-- speclint-section -->\n`).diagnostics.find((x) => x.ruleId === CONFIG_RULE)!;
    assert.match(empty.message, /names no section, so it marks nothing\. Name one: problem, audience, why/);
  });

  it('a line marked already gets one marker naming both sections', () => {
    const once = insertAt(BRIEF, 7, ['audience']);
    const twice = insertAt(once, 7, ['why']);
    assert.match(twice, /uniforms in August\. <!-- speclint-section audience why -->\n/);
    assert.equal(insertAt(twice, 7, ['why']), twice);
    assert.equal(stateOf(twice, 'why'), 'present');
  });

  it('a team\'s own section may be marked', () => {
    const config = brief();
    config.sections.rollout = { ...config.sections.constraints!, title: 'Rollout plan', synonyms: ['rollout'], missing: 'has no rollout plan', order: 70 };
    config.kinds.brief.sections = [...config.kinds.brief.sections, 'rollout'];
    const entry = (text: string) => lint(text, { rules: sectionRules, filePath: '/docs/x.md', config }).status!.entries.find((e) => e.id === 'rollout')!;
    assert.equal(entry(BRIEF).state, 'missing');
    assert.equal(entry(insertAt(BRIEF, 11, ['rollout'])).state, 'present');
    assert.ok(!lint(insertAt(BRIEF, 11, ['rollout']), { rules: sectionRules, filePath: '/docs/x.md', config }).diagnostics.some((d) => d.ruleId === CONFIG_RULE));
  });

  it('offers lines of paragraphs, list items and quotes, never headings, code, tables, front matter, comments or a line ending in code', () => {
    const text = [
      '---', 'title: Saved carts', '---', // 1-3
      '# Saved carts', // 4
      'Shoppers lose carts.', // 5
      '', '- **Parents** buying uniforms', '  - [ ] nested item', // 6-8
      '', '> Quoted research finding', // 9-10
      '', '```', 'code line', '```', // 11-14
      '', '| a | b |', '| - | - |', // 15-17
      '', '<!--', 'Who is it for?', '-->', // 18-21
      '', 'Setext title', '===', // 22-24
      '', '    indented code', // 25-26
      '', 'A line with `an open span', 'closed here` and more', // 27-29
      '', '[ref]: https://example.com', // 30-31
      '', 'Hard break\\', 'after', // 32-34
      '', '<div>', 'inside html', '</div>', // 35-38
      '', 'Two spaces break  ', 'next', // 39-41
    ].join('\n');
    const offered = markableLines(text, parseMarkdown(text)).map((l) => l.line);
    assert.deepEqual(offered, [5, 7, 8, 10, 29, 34, 40, 41]);
    const byLine = new Map(markableLines(text, parseMarkdown(text)).map((l) => [l.line, l]));
    assert.equal(byLine.get(7)!.preview, 'Parents buying uniforms');
    assert.equal(byLine.get(8)!.preview, 'nested item');
    // Before the hard break's spaces, so the break stays.
    assert.equal(text.slice(byLine.get(40)!.at - 'break'.length, byLine.get(40)!.at + 2), 'break  ');
  });

  it('changes nothing a reader sees, and is read back as a marker, wherever it is offered', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 14 }), fc.nat(), (parts, pick) => {
        const text = parts.join('\n');
        const offers = markableLines(text, parseMarkdown(text));
        if (!offers.length) return;
        const offer = offers[pick % offers.length]!;
        const e = sectionMarkerEdit(text, offer, ['audience']);
        const after = text.slice(0, e.start) + e.text + text.slice(e.end);
        const before = shape(parseMarkdown(text));
        const now = shape(parseMarkdown(after));
        assert.equal(now, before, `marking line ${offer.line} of ${JSON.stringify(text)} changed the page`);
        const markers = collectDirectives(parseMarkdown(after), after).filter((d) => d.kind === 'section');
        assert.equal(markers.length, 1, `the marker on line ${offer.line} of ${JSON.stringify(text)} is read back once`);
        assert.equal(markers[0]!.line, offer.line);
      }),
      { numRuns: Number(process.env.MARKER_RUNS ?? 3000) },
    );
  });
});

/** Lines that make the constructs a marker could break, joined in any order. */
const LINES = [
  '', '', '', 'Plain words here.', 'More words  ', 'Ends with a backslash\\', '# Heading', '## Who it is for', 'Setext', '===', '---', '***',
  '- item one', '- item two', '  - nested', '1. first', '2) second', '> quoted', '> > deeper', '- [ ] task', '* star item',
  '```', '```js', '~~~', '````', '    indented', '\tTabbed', '| a | b |', '|---|---|', 'a | b', '<!--', '-->', '<!-- closed -->',
  'text <!-- open', 'tail -->', '<div>', '</div>', '<span>inline</span> words', 'word <b', 'b>', '`code`', 'a `span', 'span` end', '``double` tick``',
  '[ref]: https://example.com', '[^1]: footnote', 'Term', ':', '+++', 'title = "x"', '$$', '\\`escaped', 'emoji 🎉 words', '*emphasis',
  'spans lines*', '[link', 'text](https://example.com)', '<https://example.com>', '    - nested deep', 'trailing tab\t',
];

/** The rendered shape of a tree: block and inline structure and the words, without HTML comments or positions. */
function shape(tree: Root): string {
  const out: string[] = [];
  const visit = (node: Nodes, depth: number) => {
    if (node.type === 'html' && /^<!--\s*speclint-section\b[\s\S]*-->$/.test(node.value)) return;
    const value = 'value' in node && node.type !== 'html' ? ` ${JSON.stringify(String(node.value).replace(/\s+/g, ' ').trim())}` : node.type === 'html' ? ` ${JSON.stringify(node.value)}` : '';
    const extra = node.type === 'list' ? ` ${node.ordered} ${node.start} ${node.spread}` : node.type === 'heading' ? ` ${node.depth}` : '';
    out.push(`${' '.repeat(depth)}${node.type}${extra}${value}`);
    if ('children' in node) {
      // Adjacent text nodes read as one run of words.
      let run: string[] = [];
      const flush = () => {
        if (run.length) out.push(`${' '.repeat(depth + 1)}text ${JSON.stringify(run.join(' ').replace(/\s+/g, ' ').trim())}`);
        run = [];
      };
      for (const c of node.children as Nodes[]) {
        if (c.type === 'text') run.push(c.value);
        else if (c.type === 'html' && /^<!--\s*speclint-section\b[\s\S]*-->$/.test(c.value)) continue;
        else {
          flush();
          visit(c, depth + 1);
        }
      }
      flush();
    }
  };
  visit(tree, 0);
  return out.filter((l) => !/^\s*text ""$/.test(l)).join('\n');
}
