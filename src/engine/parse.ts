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
import { splitChunks, Definitions, PARSE_LIMITS, type Chunk } from './chunks.js';

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

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
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
  readonly prose = new WeakMap<object, { base: number; blocks: import('./document.js').ProseBlock[] }>();
  private generation = 0;
  /** How many chunks the last lint parsed and reused (for tests and benchmarks). */
  lastStats = { parsed: 0, reused: 0 };

  /** Called per lint: entries not used by the previous two lints are dropped. */
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

function dropBeyond(children: RootContent[], end: number): RootContent[] {
  // Appended definitions (and anything after the chunk) are not part of this chunk.
  return children.filter((c) => !c.position || c.position.start.offset! < end);
}

export interface ParsedDocument {
  tree: Root;
  /** Chunks that were not parsed, each with the reason. */
  refused: Chunk[];
}

export function parseDocument(text: string, cache?: ParseCache): ParsedDocument {
  if (text.length > PARSE_LIMITS.maxDocument) {
    return {
      tree: { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
      refused: [{ start: 0, end: text.length, line: 1, refused: `the document is ${text.length.toLocaleString('en-US')} characters long (the limit is ${PARSE_LIMITS.maxDocument.toLocaleString('en-US')})` }],
    };
  }
  const chunks = splitChunks(text);
  const refused: Chunk[] = [];
  const children: RootContent[] = [];
  const definitions = chunks.length > 1 ? new Definitions(text) : undefined;
  const gen = cache?.begin() ?? 0;
  for (const c of chunks) {
    if (c.refused) {
      refused.push(c);
      continue;
    }
    // micromark drops a leading byte order mark, so its offsets would be one short: parse
    // without it and shift that chunk's positions by one.
    const bom = c.start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = text.slice(c.start + bom, c.end);
    const defs = definitions?.for(body) ?? '';
    const source = defs ? `${body}${body.endsWith('\n') ? '' : '\n'}\n${defs}\n` : body;
    const key = bom ? `\ufeff${source}` : source;
    let entry = cache?.take(key, gen);
    if (entry) {
      cache!.lastStats.reused++;
      shift(entry.children, c.start - entry.offset, c.line - entry.line);
      entry.offset = c.start;
      entry.line = c.line;
    } else {
      const tree = parseMarkdown(source);
      const kids = dropBeyond(tree.children, body.length);
      shift(kids, c.start + bom, c.line - 1, bom);
      entry = { children: kids, offset: c.start, line: c.line, used: gen };
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

function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: text.length - last, offset: text.length };
}
