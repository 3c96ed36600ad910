/**
 * The "Disable <rule> for this line" edit. Pure (no `vscode` import), unit-tested in Node.
 *
 * Where the comment can sit on its own line without changing how the markdown renders (a
 * heading, or a block that starts after a blank line), it goes above the line as
 * `<!-- speclint-disable-next-line rule -->` with the same indentation. Inside a paragraph,
 * a list, a table or a blockquote a new line would split the block, so the comment goes at
 * the end of the line instead, as `<!-- speclint-disable-line rule -->` (in a table row,
 * inside the last cell). An existing directive for that line gets the rule added.
 */
import type { TextEdit } from '../../engine/index.js';

interface Line {
  start: number;
  /** End of the line's text, before "\r\n" or "\n". */
  end: number;
  text: string;
}

function lineAt(text: string, line: number): Line | undefined {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end, text: text.slice(start, end) };
}

const NEXT_LINE_RE = /^(\s*<!--\s*speclint-disable-next-line\b)([^>]*?)(\s*-->\s*)$/;
const SAME_LINE_RE = /<!--\s*speclint-disable-line\b([^>]*?)(\s*-->)/;
const LIST_ITEM_RE = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
const HEADING_RE = /^ {0,3}#{1,6}(?:\s|$)/;

function addRule(list: string, ruleId: string): string | undefined {
  const ids = list.split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0 || ids.includes(ruleId)) return undefined; // already covers every rule, or this one
  return ` ${ids.join(' ')} ${ruleId}`;
}

/** The edit that disables `ruleId` on `line` (0-based) of `text`. */
export function disableLineEdit(text: string, line: number, ruleId: string): TextEdit | undefined {
  const cur = lineAt(text, line);
  if (!cur) return undefined;
  const prev = line > 0 ? lineAt(text, line - 1) : undefined;

  // An existing directive for this line: add the rule to it.
  const prevDirective = prev && NEXT_LINE_RE.exec(prev.text);
  if (prev && prevDirective) {
    const list = addRule(prevDirective[2]!, ruleId);
    if (list === undefined) return undefined;
    const at = prev.start + prevDirective[1]!.length;
    return { start: at, end: at + prevDirective[2]!.length, text: list };
  }
  const sameDirective = SAME_LINE_RE.exec(cur.text);
  if (sameDirective) {
    const list = addRule(sameDirective[1]!, ruleId);
    if (list === undefined) return undefined;
    const at = cur.start + sameDirective.index + sameDirective[0].length - sameDirective[2]!.length - sameDirective[1]!.length;
    return { start: at, end: at + sameDirective[1]!.length, text: list };
  }

  const indent = /^\s*/.exec(cur.text)![0];
  const trimmed = cur.text.trim();
  const startsBlock = !prev || prev.text.trim() === '' || /^\s*(?:---|\+\+\+)\s*$/.test(prev.text);
  const special = LIST_ITEM_RE.test(cur.text) || trimmed.startsWith('>') || trimmed.startsWith('|');
  if (HEADING_RE.test(cur.text) || (startsBlock && !special && indent.length < 4)) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return { start: cur.start, end: cur.start, text: `${indent}<!-- speclint-disable-next-line ${ruleId} -->${eol}` };
  }

  const comment = `<!-- speclint-disable-line ${ruleId} -->`;
  if (trimmed.startsWith('|') || (trimmed.endsWith('|') && trimmed.includes('|', 1))) {
    // A table row: inside the last cell, before its closing pipe.
    const pipe = cur.start + cur.text.lastIndexOf('|');
    if (cur.text.trimEnd().endsWith('|') && !cur.text.trimEnd().endsWith('\\|')) {
      const before = text.slice(cur.start, pipe);
      const pad = before.endsWith(' ') ? '' : ' ';
      return { start: pipe, end: pipe, text: `${pad}${comment} ` };
    }
  }
  // End of the line, before trailing spaces (they may be a hard line break).
  const body = cur.text.replace(/\s+$/, '');
  const at = cur.start + body.length;
  return { start: at, end: at, text: ` ${comment}` };
}
