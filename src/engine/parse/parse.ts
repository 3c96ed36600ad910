/**
 * The one place that turns text into mdast. remark-parse is the parser of record; each lint
 * parses each chunk of the document at most once, and with a ParseCache an unchanged chunk
 * is not parsed again at all (as-you-type linting re-parses only the chunk being edited).
 *
 * GFM: tables, strikethrough, footnotes and task lists come from their micromark
 * extensions. The autolink-literal extension is left out on purpose: it makes prose 2–3×
 * slower to parse and overflows the stack on deep quotes; bare URLs are masked by our own
 * linear scan in document.ts instead.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root, RootContent, Nodes } from 'mdast';
import { splitChunks, Definitions, PARSE_LIMITS, UNCACHED_CHUNKS, type Chunk } from './chunks.js';

function remarkGfmWithoutAutolinks(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

const processor = unified().use(remarkParse).use(remarkGfmWithoutAutolinks).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
/**
 * For a document that opens a front matter fence and never closes it. micromark-extension-frontmatter
 * then reads the fence as a thematic break but also reads later block quotes as paragraphs
 * ("---\nfoo\n\n>just"), unlike CommonMark and unlike the same text parsed in pieces; without the
 * extension the fence is the thematic break it is, and the rest reads as CommonMark says.
 */
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfmWithoutAutolinks).freeze();

export function parseMarkdown(text: string): Root {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const unclosed = FRONT_MATTER_OPEN.test(body) && frontMatterEnd(body) === 0;
  return (unclosed ? withoutFrontMatter : processor).parse(text) as Root;
}

interface Entry {
  children: RootContent[];
  /** Offset and line the children's positions are currently relative to. */
  offset: number;
  line: number;
  used: number;
}

/**
 * Parsed chunks of recent versions of one document, keyed by their text. Hold one per open
 * document (the editor adapter does); the CLI lints each file once and needs none.
 */
export class ParseCache {
  private entries = new Map<string, Entry>();
  /** Prose blocks per top-level node (SpecDocument fills it), so a reused chunk is not masked again. */
  readonly prose = new WeakMap<object, { base: number; blocks: import('../document/document.js').ProseBlock[] }>();
  private generation = 0;
  /** How many chunks the last lint parsed and reused (for tests and benchmarks). */
  lastStats = { parsed: 0, reused: 0 };
  /**
   * Whether the last lint of this document also parsed the pieces that may satisfy a section
   * (engine.ts): the next lint starts with the same filter, so typing parses each edit once.
   */
  statusPieces = false;
  /**
   * What each piece filter said about each piece of a chunk, by the chunk's text (a chunk's
   * cuts depend only on its text): as you type, only the edited chunk is filtered again.
   * Holds the chunks of the filter's previous parse, per filter (a lint may use two).
   */
  private needsMemo = new Map<PieceFilter, { gen: number; prev: Map<string, boolean[]>; next: Map<string, boolean[]> }>();

  /** The filter's answer for each piece of the chunk `key`, from the previous lint when it had the same chunk. */
  piecesNeeded(key: string, filter: PieceFilter, pieces: number, compute: () => boolean[]): boolean[] {
    let m = this.needsMemo.get(filter);
    if (!m) {
      if (this.needsMemo.size >= 4) this.needsMemo.clear();
      this.needsMemo.set(filter, (m = { gen: this.generation, prev: new Map(), next: new Map() }));
    } else if (m.gen !== this.generation) {
      // The first chunk of a new parse with this filter: what the last one saw becomes the memo.
      m.gen = this.generation;
      m.prev = m.next;
      m.next = new Map();
    }
    let v = m.next.get(key) ?? m.prev.get(key);
    if (!v || v.length !== pieces) v = compute();
    m.next.set(key, v);
    return v;
  }

  /** Called per parse: entries not used by the previous two parses are dropped. */
  begin(): number {
    this.generation++;
    for (const [k, e] of this.entries) if (e.used < this.generation - 2) this.entries.delete(k);
    this.lastStats = { parsed: 0, reused: 0 };
    return this.generation;
  }

  take(key: string, gen: number): Entry | undefined {
    const e = this.entries.get(key);
    // The same chunk text twice in one document: the second one gets its own parse.
    if (!e || e.used === gen) return undefined;
    e.used = gen;
    return e;
  }

  put(key: string, entry: Entry): void {
    if (!this.entries.has(key)) this.entries.set(key, entry);
  }
}

function shift(nodes: Nodes[], dOffset: number, dLine: number, dColumnLine1 = 0): void {
  if (dOffset === 0 && dLine === 0 && dColumnLine1 === 0) return;
  const stack: Nodes[] = [...nodes];
  while (stack.length) {
    const n = stack.pop()!;
    const p = n.position;
    if (p) {
      // A byte order mark is not given to the parser: points on line 1 move one column right.
      if (dColumnLine1) {
        if (p.start.line === 1) p.start.column += dColumnLine1;
        if (p.end.line === 1) p.end.column += dColumnLine1;
      }
      p.start.offset! += dOffset;
      p.end.offset! += dOffset;
      p.start.line += dLine;
      p.end.line += dLine;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) stack.push(c);
  }
}

/**
 * Where front matter at the start of `text` ends (after the line ending of its closing fence), as
 * micromark reads it: a `---` or `+++` line, then lines up to the same fence again. 0 when there is
 * none (an opening fence never closed is a thematic break, not front matter); `text.length` when
 * it closes at the very end.
 */
const FRONT_MATTER_OPEN = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/;
function frontMatterEnd(text: string): number {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return 0;
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  line.lastIndex = open[0].length;
  for (let m = line.exec(text); m && m.index < text.length; m = line.exec(text)) {
    if (m[1]!.replace(/[ \t]+$/, '') === open[1]) return m.index + m[0].length;
    if (!m[2]) break;
  }
  return 0;
}

/** Line endings in `text` as micromark counts them: CRLF, a lone CR and LF each end one line. */
function lineBreaks(text: string): number {
  return endPoint(text).line - 1;
}

export interface ParsedDocument {
  tree: Root;
  /** Chunks that were not parsed, each with the reason. */
  refused: Chunk[];
}

/**
 * Decides whether the text in `[start, end)` (a piece between two safe cuts) must be parsed.
 * Without one, everything is parsed.
 */
export type PieceFilter = (text: string, start: number, end: number) => boolean;

/** One run of kept pieces: document offsets and line of its start. */
interface Piece {
  start: number;
  end: number;
  line: number;
}

/**
 * The pieces of a chunk to parse: all of it without a filter; else the pieces the filter
 * keeps, plus the pieces that are always parsed (those opening with a heading line or front
 * matter, see chunks.ts) and the document's last piece (rules read the last block).
 * Headings are kept whatever the filter says because they make joining safe: a left-out piece
 * then always follows a blank line or a heading line, after which nothing is open, so the
 * next kept piece parses alone. Adjacent kept pieces are merged.
 */
function keptPieces(text: string, c: Chunk, needs: PieceFilter | undefined, last: boolean, cache: ParseCache | undefined): Piece[] {
  if (!needs) return [{ start: c.start, end: c.end, line: c.line }];
  const n = c.pieces.length;
  const endOf = (i: number) => (i + 1 < n ? c.pieces[i + 1]!.start : c.end);
  const compute = () => c.pieces.map((p, i) => needs(text, p.start, endOf(i)));
  const needed = cache ? cache.piecesNeeded(text.slice(c.start, c.end), needs, n, compute) : compute();
  const keep = c.pieces.map((p, i) => needed[i] || p.always || (last && i === n - 1));
  // A piece that opens a new list must not be joined right after an earlier list: parse the
  // (list-free) piece before it too, which closes any list above.
  for (let i = n - 1; i > 0; i--) if (keep[i] && c.pieces[i]!.list) keep[i - 1] = true;
  const out: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const { start, line } = c.pieces[i]!;
    const end = endOf(i);
    if (!keep[i]) continue;
    const prev = out[out.length - 1];
    if (prev && prev.end === start) prev.end = end;
    else out.push({ start, end, line });
  }
  return out;
}

/**
 * Parses `text` chunk by chunk (see chunks.ts). With `needs`, only the pieces it keeps are
 * parsed: the kept pieces of a chunk are joined and parsed together, which gives the same
 * nodes as parsing each alone because every piece starts at a safe cut after a blank line
 * or a heading. The tree then holds only the top-level nodes of kept pieces.
 */
export function parseDocument(text: string, cache?: ParseCache, needs?: PieceFilter): ParsedDocument {
  if (text.length > PARSE_LIMITS.maxDocument) {
    return {
      tree: { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
      refused: [{ start: 0, end: text.length, line: 1, refused: `the document is ${text.length.toLocaleString('en-US')} characters long (the limit is ${PARSE_LIMITS.maxDocument.toLocaleString('en-US')})`, pieces: [] }],
    };
  }
  const chunks = splitChunks(text, cache ? PARSE_LIMITS.minChunk : PARSE_LIMITS.minChunk * UNCACHED_CHUNKS);
  const refused: Chunk[] = [];
  const children: RootContent[] = [];
  const definitions = chunks.length > 1 || needs ? new Definitions(text) : undefined;
  const gen = cache?.begin() ?? 0;
  let lastParsed = chunks.length - 1;
  while (lastParsed > 0 && chunks[lastParsed]!.refused) lastParsed--;
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci]!;
    if (c.refused) {
      refused.push(c);
      continue;
    }
    const pieces = keptPieces(text, c, needs, ci === lastParsed, cache);
    if (!pieces.length) continue;
    // micromark drops a leading byte order mark (one), so its offsets are one short of ours:
    // every position moves one further, and so do columns on line 1.
    const bom = pieces[0]!.start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let body = '';
    /** Offset and line of each piece in `body`. */
    const at: { offset: number; line: number }[] = [];
    let bodyLine = 1;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      const slice = text.slice(p.start, p.end);
      at.push({ offset: body.length, line: bodyLine });
      body += slice;
      bodyLine += lineBreaks(slice);
    }
    // The definitions go before the body, a blank line apart: after it, a fence or HTML comment left
    // open at the end of the body would swallow them. Front matter (only the start of a document holds
    // it) stays first, with the definitions after it; front matter and nothing else needs none.
    const fm = bom + frontMatterEnd(body.slice(bom));
    const defs = fm === body.length ? '' : definitions?.for(body) ?? '';
    // (Closed by an HTML comment of their own: a footnote definition goes on through a blank line into an indented
    // line, so a body that opens with indented code, "    just---", would become part of the last footnote.)
    const lead = defs ? `${defs}\n\n<!-- -->\n\n` : '';
    // (Without front matter, the body's byte order mark is dropped here, as micromark drops it at the start.)
    const source = !defs ? body : fm > bom ? body.slice(0, fm) + lead + body.slice(fm) : lead + body.slice(bom);
    /** Where the definitions sit in micromark's offsets (which leave out a leading byte order mark). */
    const leadAt = fm - bom;
    // The key holds where the pieces sit relative to the first one: a reused parse must land on the same layout.
    const layout = pieces.length > 1 ? '\0' + pieces.map((p) => `${p.start - pieces[0]!.start}:${p.line - pieces[0]!.line}`).join(',') : '';
    const key = source + layout;
    const base = pieces[0]!;
    let entry = cache?.take(key, gen);
    if (entry) {
      cache!.lastStats.reused++;
      shift(entry.children, base.start - entry.offset, base.line - entry.line);
      entry.offset = base.start;
      entry.line = base.line;
    } else {
      const tree = parseMarkdown(source);
      // micromark's offsets are into `source` without its byte order mark. The definitions' own nodes are
      // left out, and the body's nodes after them move back into place.
      let kids = tree.children;
      if (lead) {
        const inLead = (c: RootContent) => !!c.position && c.position.start.offset! >= leadAt && c.position.start.offset! < leadAt + lead.length;
        kids = kids.filter((c) => !inLead(c));
        shift(kids.filter((c) => c.position && c.position.start.offset! >= leadAt + lead.length), -lead.length, -lineBreaks(lead));
      }
      // Each top-level node lies inside one piece: move it by that piece's offset and line.
      let k = 0;
      for (let i = 0; i < pieces.length; i++) {
        const end = i + 1 < pieces.length ? at[i + 1]!.offset - bom : Infinity;
        let j = k;
        while (j < kids.length && (kids[j]!.position?.start.offset ?? 0) < end) j++;
        shift(kids.slice(k, j), pieces[i]!.start - at[i]!.offset + bom, pieces[i]!.line - at[i]!.line, i === 0 ? bom : 0);
        k = j;
      }
      entry = { children: kids, offset: base.start, line: base.line, used: gen };
      if (cache) {
        cache.lastStats.parsed++;
        cache.put(key, entry);
      }
    }
    for (const n of entry.children) children.push(n);
  }
  const end = endPoint(text);
  return {
    tree: { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } },
    refused,
  };
}

/** Where `text` ends, as micromark places a root's end: CRLF, a lone CR and LF each end one line. */
function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      last = i;
    }
  }
  return { line, column: text.length - last, offset: text.length };
}
