/**
 * Where an author may tell SpecLint "this line states that section": a `speclint-section`
 * marker (directives.ts) added at the end of a line of a paragraph (in a list item or a quote
 * too) as an inline HTML comment, which no renderer shows. Read from the parsed tree: a line is
 * offered only where the comment stays an inline comment of the same paragraph, outside code,
 * HTML, links and images, so it changes nothing the reader sees (a property test parses every
 * offer before and after).
 */
import type { Nodes, Root } from 'mdast';
import type { TextEdit } from '../types.js';
import { sectionMarkerComment } from './directives.js';
import { parseDocument, type ParseCache } from '../parse/parse.js';

export interface MarkableLine {
  /** 1-based line number. */
  line: number;
  /** Offset where the marker goes: after the line's last character that is not whitespace. */
  at: number;
  /** The line's words without list, quote or emphasis markers, for a picker. */
  preview: string;
}

const PREVIEW_LENGTH = 80;
/** List and quote markers before a line's words (a task box too). */
const LEAD = /^(?:\s*(?:>|[-*+]|\d{1,9}[.)])(?=\s|$))*\s*(?:\[[ xX]\]\s+)?/;
/** Inline nodes a comment must not land inside: it would show as code or text, or change a link. */
const CLOSED = new Set(['inlineCode', 'html', 'link', 'image', 'linkReference', 'imageReference', 'footnoteReference']);

/** The lines of `text` where a section marker may go, from a full parse (reusing the editor's cache). */
export function markableLinesIn(text: string, cache?: ParseCache): MarkableLine[] {
  return markableLines(text, parseDocument(text, cache).tree);
}

/** The lines of `text` (parsed as `tree`) where a section marker may go, in document order. */
export function markableLines(text: string, tree: Root): MarkableLine[] {
  const out: MarkableLine[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph') {
      paragraphLines(text, node, out);
      return;
    }
    if ('children' in node && node.type !== 'heading' && node.type !== 'table') for (const c of node.children as Nodes[]) visit(c);
  };
  visit(tree);
  return out;
}

function paragraphLines(text: string, node: Nodes & { type: 'paragraph' }, out: MarkableLine[]) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const closed: [number, number][] = [];
  /** Code and HTML bind tighter than links: only they make a `<!` more than a literal. */
  const raw: [number, number][] = [];
  const collect = (n: Nodes) => {
    const pos = n.position;
    if (CLOSED.has(n.type) && pos) closed.push([pos.start.offset!, pos.end.offset!]);
    if ((n.type === 'inlineCode' || n.type === 'html') && pos) raw.push([pos.start.offset!, pos.end.offset!]);
    if ('children' in n) for (const c of n.children as Nodes[]) collect(c);
  };
  collect(node);
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let line = node.position!.start.line;
  while (lineStart < end) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = Math.min(nl < 0 ? text.length : nl, end);
    const at = lineStart + text.slice(lineStart, lineEnd).replace(/\s+$/, '').length;
    const words = text.slice(lineStart, at).replace(LEAD, '');
    const ok =
      at > start &&
      /\p{L}/u.test(words) &&
      // A backslash before the line's end is a hard break the comment would undo.
      text[at - 1] !== '\\' &&
      !closed.some(([s, e]) => s < at && at < e) &&
      !openDeclaration(text, start, at, raw);
    if (ok) {
      const preview = words.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
      out.push({ line, at, preview: preview.length > PREVIEW_LENGTH ? `${preview.slice(0, PREVIEW_LENGTH - 1)}…` : preview });
    }
    if (nl < 0) break;
    lineStart = nl + 1;
    line++;
  }
}

/**
 * A literal `<!` in the paragraph before `at` (an unclosed comment or declaration): the
 * marker's `-->` would close it and hide the words between.
 */
function openDeclaration(text: string, start: number, at: number, raw: [number, number][]): boolean {
  for (let i = text.indexOf('<!', start); i >= 0 && i < at; i = text.indexOf('<!', i + 2)) {
    if (!raw.some(([s, e]) => s <= i && i < e)) return true;
  }
  return false;
}

/**
 * The edit that marks `line` of `text` as stating the sections `ids`: a marker at the line's end,
 * or, when the line already ends in one, that marker naming the new ids too.
 */
export function sectionMarkerEdit(text: string, line: MarkableLine, ids: string[]): TextEdit {
  const before = text.slice(text.lastIndexOf('\n', line.at - 1) + 1, line.at);
  const m = /<!--\s*speclint-section\b([\s\S]*?)-->$/.exec(before);
  if (!m) return { start: line.at, end: line.at, text: ` ${sectionMarkerComment(ids)}` };
  const named = m[1]!.split(/[\s,]+/).filter(Boolean);
  return { start: line.at - m[0].length, end: line.at, text: sectionMarkerComment([...named, ...ids.filter((id) => !named.includes(id))]) };
}
