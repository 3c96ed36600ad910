/**
 * The fast paths give exactly the diagnostics of a plain lint:
 * - chunked parsing (the default) vs one parse of the whole document;
 * - re-linting through a ParseCache after edits vs linting the edited text from scratch.
 * Over the fixtures, the examples and real markdown shipped in node_modules.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint, ParseCache, PARSE_LIMITS } from '../../src/engine/index.js';
import { splitChunks } from '../../src/engine/parse/chunks.js';
import { parseDocument, type PieceFilter } from '../../src/engine/parse/parse.js';
import { pieceFilter } from '../../src/engine/engine.js';
import { defaultConfig } from '../../src/engine/config/config.js';
import { rules } from '../../src/rules/index.js';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const ROOT = join(__dirname, '..', '..');

function markdownUnder(dir: string, out: string[], limit: number) {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const n of names) {
    if (out.length >= limit) return;
    const p = join(dir, n);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) markdownUnder(p, out, limit);
    else if (/\.md$/i.test(n) && st.size < 300_000) out.push(p);
  }
}

function corpus(): { name: string; text: string }[] {
  const files: string[] = [];
  markdownUnder(join(ROOT, 'test', 'fixtures'), files, 100);
  markdownUnder(join(ROOT, 'examples'), files, 200);
  markdownUnder(join(ROOT, "node_modules"), files, 250);
  const seen = new Set<string>();
  const out: { name: string; text: string }[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ name: f.slice(ROOT.length + 1), text });
  }
  return out;
}

/** What a lint says: its diagnostics, the kind and which sections are there (some found by a phrase in the prose). */
const strip = (r: ReturnType<typeof lint>) =>
  JSON.stringify([r.diagnostics, r.kind, r.status?.entries.map((e) => [e.id, e.state, e.byPhrase?.start, e.byPhrase?.end, e.section?.start])]);

describe('fast paths give the same diagnostics as a full lint', () => {
  const docs = corpus();

  it(`chunked parsing equals one whole-document parse (${docs.length} documents)`, () => {
    const saved = PARSE_LIMITS.minChunk;
    let multi = 0;
    try {
      for (const { name, text } of docs) {
        // The syntax trees themselves are equal, positions included; so are the diagnostics.
        PARSE_LIMITS.minChunk = 256;
        const chunkedTree = JSON.stringify(parseDocument(text).tree);
        const chunked = lint(text, { rules, filePath: '/' + name });
        if (splitChunks(text).length > 1) multi++;
        PARSE_LIMITS.minChunk = Number.MAX_SAFE_INTEGER;
        assert.equal(chunkedTree, JSON.stringify(parseDocument(text).tree), `${name}: syntax tree`);
        const whole = lint(text, { rules, filePath: '/' + name });
        assert.equal(strip(chunked), strip(whole), name);
      }
    } finally {
      PARSE_LIMITS.minChunk = saved;
    }
    assert.ok(multi > 50, `only ${multi} documents were split into chunks`);
  });

  it(`cutting at every piece (as a chunk over its cost budget is cut) equals one whole parse (${docs.length} documents)`, () => {
    const saved = { ...PARSE_LIMITS };
    let cut = 0;
    try {
      for (const { name, text } of docs) {
        // Every chunk of more than one piece is over a budget of 0, so each piece is parsed alone.
        PARSE_LIMITS.maxChunkCost = 0;
        PARSE_LIMITS.maxCost = Number.MAX_SAFE_INTEGER;
        const pieces = parseDocument(text);
        const piecesLint = lint(text, { rules, filePath: '/' + name });
        if (splitChunks(text).length > 1) cut++;
        PARSE_LIMITS.maxChunkCost = Number.MAX_SAFE_INTEGER;
        PARSE_LIMITS.minChunk = Number.MAX_SAFE_INTEGER;
        const whole = parseDocument(text);
        assert.equal(pieces.refused.length + whole.refused.length, 0, `${name}: nothing is refused`);
        assert.equal(JSON.stringify(pieces.tree), JSON.stringify(whole.tree), `${name}: syntax tree`);
        assert.equal(strip(piecesLint), strip(lint(text, { rules, filePath: '/' + name })), name);
        Object.assign(PARSE_LIMITS, saved);
      }
    } finally {
      Object.assign(PARSE_LIMITS, saved);
    }
    assert.ok(cut > 100, `only ${cut} documents were cut`);
  });

  it(`a partial parse gives the diagnostics of a full parse, and the same nodes (${docs.length} documents)`, () => {
    const filter = pieceFilter(defaultConfig(), rules);
    assert.ok(filter, 'the built-in rules all declare their triggers');
    let kept = 0;
    let total = 0;
    for (const { name, text } of docs) {
      const full = parseDocument(text).tree;
      const byOffset = new Map(full.children.map((n) => [n.position!.start.offset, JSON.stringify(n)]));
      // The real filter, and one that keeps every other piece (joins pieces far more often).
      let counter = 0;
      const everyOther: PieceFilter = () => counter++ % 2 === 0;
      const filters: PieceFilter[] = [filter!, everyOther];
      for (let i = 0; i < filters.length; i++) {
        const needs: PieceFilter = filters[i]!;
        const partial: Root = parseDocument(text, undefined, needs).tree;
        for (const node of partial.children) {
          assert.equal(JSON.stringify(node), byOffset.get(node.position!.start.offset), `${name}: node at line ${node.position!.start.line}`);
        }
        if (i === 0) {
          kept += partial.children.length;
          total += full.children.length;
        }
      }
      assert.equal(strip(lint(text, { rules, filePath: '/' + name })), strip(lint(text, { rules, filePath: '/' + name, fullParse: true })), name);
    }
    // The filter must leave something out, or this test proves nothing about it.
    assert.ok(kept < total * 0.8, `the partial parses kept ${kept} of ${total} top-level nodes`);
  });

  it('lone CR line endings: a partial parse puts nodes on the lines a full parse does (fast-check seed -540166932)', () => {
    // Link definitions are parsed ahead of the body; their line endings were counted as LF only, so with
    // CR-only endings the body's nodes landed on the wrong line in the section status.
    const text = '[ref-36]: https://example.com/a "just simply"\r\r# Release notes #\r\r##### Who it is for\r\r<details>\r<summary>straightforward</summary>\r</details>\r\rSo why\rdon\'t you just!  ~~a quick fix~~ [x][ref-36]\r\rThanks\r=\r';
    assert.equal(JSON.stringify(lint(text, { rules })), JSON.stringify(lint(text, { rules, fullParse: true })));
  });
  it('the root ends where remark ends it, whatever the line endings (CR, CRLF, LF)', () => {
    for (const text of ['a\rb', '# x\r\rpara\r', '\r', 'a\r\nb\r\n', 'x\r\n\r\ny', 'a\nb\n\n', '', 'one\rtwo\nthree\r\nfour']) {
      const remark = unified().use(remarkParse).parse(text).position!.end;
      assert.deepEqual(parseDocument(text).tree.position!.end, remark, JSON.stringify(text));
    }
  });
  it('a footnote call stays a footnote call when its definition is in another chunk or piece', () => {
    const text = `Intro with a note.[^n]\n\n${'Filler paragraph.\n\n'.repeat(200)}[^n]: The note.\n`;
    const calls = (tree: Root) => JSON.stringify(tree).split('"footnoteReference"').length - 1;
    const whole = parseDocument(text, undefined, () => true);
    assert.equal(calls(whole.tree), 1);
    assert.ok(splitChunks(text).length > 1, 'the document is split into chunks');
    assert.equal(calls(parseDocument(text).tree), 1, 'chunked');
    assert.equal(calls(parseDocument(text, undefined, (t, s) => s === 0).tree), 1, 'only the first piece parsed');
  });

  it('a section stated in a sentence is found though no rule parses its paragraph, with and without a cache', () => {
    // A PRD with no "Open to alternatives" heading: "We considered …" says it, in a paragraph far
    // from the headings that holds no rule's trigger. The partial parse for the rules leaves that
    // paragraph out; the engine must parse it once it knows the spec lacks the heading.
    const filler = 'The storage layer keeps one row per cart line, indexed by account.\n\n'.repeat(120);
    const brief = readFileSync(join(ROOT, 'examples', 'good-brief.md'), 'utf8');
    const design = `## Proposed solution\n\n${filler}We considered a nightly export of every cart.\n\n`;
    const text = brief.replace(/## Open to alternatives[^#]*/, '').replace('## Proposed solution\n\n', design);
    const heading = brief.replace('## Proposed solution\n\n', design);
    const alternatives = (r: ReturnType<typeof lint>) => r.status?.entries.find((e) => e.id === 'alternatives');
    const fresh = lint(text, { rules });
    assert.equal(fresh.kind, 'brief');
    assert.equal(alternatives(fresh)?.state, 'present');
    assert.equal(text.slice(alternatives(fresh)!.byPhrase!.start, alternatives(fresh)!.byPhrase!.end), 'We considered');
    assert.equal(strip(fresh), strip(lint(text, { rules, fullParse: true })));
    // In the editor: the heading typed in and taken out again, each lint through one cache.
    const cache = new ParseCache();
    for (const version of [text, heading, heading.replace('starting', 'first'), text, text.replace('nightly', 'weekly'), heading]) {
      const viaCache = lint(version, { rules, cache });
      assert.equal(strip(viaCache), strip(lint(version, { rules, fullParse: true })));
      assert.equal(alternatives(viaCache)?.state, 'present');
      assert.equal(alternatives(viaCache)?.byPhrase === undefined, version.includes('## Open to alternatives'));
    }
  });

  it('a ParseCache reused across edits gives the diagnostics of a fresh lint', () => {
    const saved = PARSE_LIMITS.minChunk;
    PARSE_LIMITS.minChunk = 512;
    try {
      let reused = 0;
      for (const { name, text } of docs.filter((d) => d.text.length > 3000).slice(0, 25)) {
        const cache = new ParseCache();
        let current = text;
        lint(current, { rules, cache });
        for (let i = 0; i < 6; i++) {
          // Deterministic edits: insert, delete, and type a phrase we flag.
          const at = Math.floor(((i * 7919) % 997) / 997 * current.length);
          const edit = i % 3 === 0 ? 'x' : i % 3 === 1 ? '' : ' we just need ';
          current = i % 3 === 1 ? current.slice(0, at) + current.slice(at + 1) : current.slice(0, at) + edit + current.slice(at);
          const viaCache = lint(current, { rules, cache });
          reused += cache.lastStats.reused;
          assert.equal(strip(viaCache), strip(lint(current, { rules })), `${name} after edit ${i}`);
        }
      }
      assert.ok(reused > 100, `the cache was barely used (${reused} chunks reused)`);
    } finally {
      PARSE_LIMITS.minChunk = saved;
    }
  });
});
