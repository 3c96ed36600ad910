import { normalizeIdentifier } from 'micromark-util-normalize-identifier';

/**
 * Splitting a document into independently parseable chunks.
 *
 * Why: micromark's cost per KB grows with document size (its event list for a 2 MB file
 * holds hundreds of MB), and as-you-type linting should re-parse only what changed. A
 * top-level ATX heading at column 0, or a paragraph that starts at column 0 after a blank
 * line, always starts a new top-level block in CommonMark, unless it sits inside front
 * matter, a fenced code block or an HTML block. So cutting there gives the same blocks as
 * parsing the whole text. The scan below tracks exactly those three states (HTML blocks
 * conservatively: while unsure, it does not cut).
 *
 * Link reference definitions are document-wide in CommonMark, so every chunk is parsed
 * with the document's definition lines appended after it (see parse.ts).
 *
 * The same pass measures what makes micromark slow or overflow (very deep nesting, huge
 * lines, bracket floods), so such chunks can be skipped with a clear message.
 */

export interface Chunk {
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** Set when the chunk is refused: why. */
  refused?: string;
  /**
   * The chunk's pieces, in order, the first at `start`: each begins at a safe cut, so a
   * partial parse (parse.ts) can parse some of them and leave out the rest.
   */
  pieces: PieceStart[];
}

export interface PieceStart {
  /** Offset and 1-based line where the piece begins. */
  start: number;
  line: number;
  /** It opens with a heading line or front matter, so it is always parsed (see parse.ts). */
  always: boolean;
}

export const PARSE_LIMITS = {
  /** Smallest chunk worth a parse of its own (per-parse overhead is ~0.2 ms). */
  minChunk: 2048,
  /** Deepest nesting of block quotes or list markers at the start of one line. */
  maxNesting: 32,
  /** Longest line we parse. */
  maxLine: 100_000,
  /** Longest run of one emphasis or code delimiter (`*`, `_`, `~`, backtick) on a line. */
  maxDelimiterRun: 1000,
  /** Most lines in one run without a blank line (one table, one paragraph): micromark slows down sharply past this. */
  maxBlockLines: 5000,
  /** Most unmatched-looking brackets (`[`) a chunk may hold per KB. */
  maxBracketsPerKb: 400,
  /** Largest document linted at all (characters). */
  maxDocument: 10_000_000,
};

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FRONT_FENCE = /^(---|\+\+\+)[ \t]*$/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const HTML_START = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$))/;
const HTML_RAW = /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
/** After a blank line, a column-0 line starts a new top-level block unless it continues a list. */
const LIST_ITEM = /^(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

/** Nesting depth of container markers (`>`, `-`, `*`, `+`, `1.`) at the start of a line. */
function nesting(line: string): number {
  let depth = 0;
  let i = 0;
  const n = Math.min(line.length, PARSE_LIMITS.maxNesting * 12 + 16);
  while (i < n) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '>') {
      depth++;
      i++;
      continue;
    }
    if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
      depth++;
      i += 2;
      continue;
    }
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < n && j - i < 9 && line[j]! >= '0' && line[j]! <= '9') j++;
      if ((line[j] === '.' || line[j] === ')') && (line[j + 1] === ' ' || line[j + 1] === '\t')) {
        depth++;
        i = j + 2;
        continue;
      }
    }
    break;
  }
  return depth;
}

function longestDelimiterRun(line: string): number {
  if (line.length <= PARSE_LIMITS.maxDelimiterRun) return 0;
  let best = 0;
  let run = 0;
  let prev = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if ((c === '*' || c === '_' || c === '~' || c === '`') && c === prev) run++;
    else run = c === '*' || c === '_' || c === '~' || c === '`' ? 1 : 0;
    prev = c;
    if (run > best) best = run;
  }
  return best;
}

export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 1;
  let state: 'normal' | 'front' | 'fence' | 'html-comment' | 'html-raw' | 'html-other' | 'html-pi' = 'normal';
  let fence = '';
  let prevBlank = true;
  let runLines = 0;
  let brackets = 0;
  let refused: string | undefined;
  let line = 1;
  let pos = 0;
  let pieces: PieceStart[] = [{ start: 0, line: 1, always: false }];
  let prevAtx = false;

  // A lone CR ends a line for micromark but not for this line scan, so a cut could land inside
  // a block micromark sees open. Such (rare) documents are parsed in one piece.
  const cuttable = !/\r(?!\n)/.test(text);
  const cut = (at: number, atLine: number, always = false) => {
    if (at <= chunkStart) return;
    const len = at - chunkStart;
    if (!refused && brackets > (PARSE_LIMITS.maxBracketsPerKb * len) / 1024 && brackets > 2000) {
      refused = `it holds ${brackets} "[" characters`;
    }
    chunks.push({ start: chunkStart, end: at, line: chunkLine, ...(refused ? { refused } : {}), pieces });
    chunkStart = at;
    chunkLine = atLine;
    brackets = 0;
    refused = undefined;
    pieces = [{ start: at, line: atLine, always }];
  };

  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let lineText = text.slice(pos, nl > pos && text[nl - 1] === '\r' ? nl - 1 : nl);
    if (pos === 0 && lineText.charCodeAt(0) === 0xfeff) lineText = lineText.slice(1);
    const blank = lineText.trim() === '';

    let atx = false;
    if (state === 'normal') {
      atx = ATX.test(lineText);
      const big = pos - chunkStart >= PARSE_LIMITS.minChunk;
      const front = FRONT_FENCE.exec(lineText);
      // Never cut before `---`/`+++`: at the start of a chunk it would read as front matter.
      // Nor before a byte order mark: micromark drops one at the start of what it parses.
      const noCut = pos === 0 || !!front || lineText.charCodeAt(0) === 0xfeff;
      const canCut = !noCut && (atx || (prevBlank && !blank && !/^[ \t]/.test(lineText) && !LIST_ITEM.test(lineText)));
      // Small heading sections stay together to save per-parse overhead; a heading is still a
      // safe cut, and so is the line after a heading (nothing is open after a one-line block).
      if (!cuttable) {
        // no cuts: see above
      } else if (canCut && big) cut(pos, line, atx);
      else if ((canCut || (prevAtx && !noCut)) && pos > chunkStart) pieces.push({ start: pos, line, always: atx });
      if (pos === 0) pieces[0]!.always = atx || !!front;
      if (pos === 0 && front) {
        state = 'front';
        fence = front[1]!;
      } else if (FENCE.test(lineText)) {
        state = 'fence';
        fence = FENCE.exec(lineText)![1]!;
      } else if (HTML_START.test(lineText)) {
        if (/^ {0,3}<!--/.test(lineText)) state = lineText.includes('-->') ? 'normal' : 'html-comment';
        else if (HTML_RAW.test(lineText)) state = /<\/(?:script|pre|style|textarea)>/i.test(lineText) ? 'normal' : 'html-raw';
        else if (/^ {0,3}<[?!]/.test(lineText)) state = lineText.includes('>') ? 'normal' : 'html-pi';
        else state = 'html-other';
      }
    } else if (state === 'front') {
      // Closed only by the fence that opened it (remark-frontmatter: `---` for YAML, `+++` for TOML).
      if (FRONT_FENCE.exec(lineText)?.[1] === fence) state = 'normal';
    } else if (state === 'fence') {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lineText);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) state = 'normal';
    } else if (state === 'html-comment') {
      if (lineText.includes('-->')) state = 'normal';
    } else if (state === 'html-raw') {
      if (/<\/(?:script|pre|style|textarea)>/i.test(lineText)) state = 'normal';
    } else if (state === 'html-pi') {
      if (lineText.includes('>')) state = 'normal';
    } else if (state === 'html-other') {
      if (blank) state = 'normal';
    }

    // Code fences and front matter are cheap to parse, however long: only count lines micromark must structure.
    runLines = blank || state === 'fence' || state === 'front' ? 0 : runLines + 1;
    if (!refused) {
      if (runLines > PARSE_LIMITS.maxBlockLines) refused = `lines ${line - runLines + 1}–${line} run on for more than ${PARSE_LIMITS.maxBlockLines.toLocaleString('en-US')} lines without a blank line`;
      else if (lineText.length > PARSE_LIMITS.maxLine) refused = `line ${line} is ${lineText.length.toLocaleString('en-US')} characters long (the limit is ${PARSE_LIMITS.maxLine.toLocaleString('en-US')})`;
      else if (nesting(lineText) > PARSE_LIMITS.maxNesting) refused = `line ${line} nests quotes or lists more than ${PARSE_LIMITS.maxNesting} levels deep`;
      else if (longestDelimiterRun(lineText) > PARSE_LIMITS.maxDelimiterRun) refused = `line ${line} has a run of more than ${PARSE_LIMITS.maxDelimiterRun} "*", "_", "~" or backtick characters`;
    }
    if (!refused) for (let i = lineText.indexOf('['); i !== -1; i = lineText.indexOf('[', i + 1)) brackets++;

    prevBlank = blank;
    prevAtx = atx;
    pos = nl + 1;
    line++;
  }
  cut(text.length, line);
  if (!chunks.length) chunks.push({ start: 0, end: text.length, line: 1, pieces });
  return chunks;
}

/**
 * Link reference definitions (`[label]: destination`) of the whole document, by label.
 * CommonMark resolves references document-wide, so each chunk is parsed with the
 * definitions it refers to appended (only those: appending all of them to every chunk
 * would make parsing quadratic on link-heavy documents). Lines inside fenced code are
 * not definitions.
 */
export class Definitions {
  private readonly byLabel = new Map<string, string>();
  /** GFM footnote definitions: a `[^label]` is a footnote call only when its definition exists. */
  private readonly footnotes = new Map<string, string>();

  constructor(text: string) {
    if (!text.includes(']:')) return;
    const re = /^ {0,3}\[(?!\^)([^\]]{1,999})\]:[ \t]*(\S)?/;
    const footnote = /^ {0,3}\[\^([^\]\s]{1,999})\]:/;
    let fence = '';
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
      let line = lines[n]!.replace(/\r$/, '');
      const f = FENCE.exec(line);
      if (fence) {
        if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && /^ {0,3}[`~]+[ \t]*$/.test(line)) fence = '';
        continue;
      }
      if (f) {
        fence = f[1]!;
        continue;
      }
      const fn = footnote.exec(line);
      if (fn) {
        const label = normalizeIdentifier(fn[1]!);
        if (label && !this.footnotes.has(label)) this.footnotes.set(label, `${fn[0]} .`);
        continue;
      }
      const m = re.exec(line);
      if (!m) continue;
      // The destination may be on the next line ("[label]:" then the URL).
      if (!m[2] && n + 1 < lines.length && lines[n + 1]!.trim()) line += '\n' + lines[n + 1]!.replace(/\r$/, '');
      const label = normalizeIdentifier(m[1]!);
      if (label && !this.byLabel.has(label)) this.byLabel.set(label, line);
    }
  }

  get size(): number {
    return this.byLabel.size + this.footnotes.size;
  }

  /**
   * The definition lines a chunk refers to (by any `[label]` in it, a label may wrap
   * lines), each as its own paragraph so that one invalid line cannot swallow the next.
   */
  for(chunk: string): string {
    if (!this.size || !chunk.includes('[')) return '';
    const found = new Set<string>();
    if (this.byLabel.size) {
      const re = /\[([^\[\]]{1,999})\]/g;
      for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
        const line = this.byLabel.get(normalizeIdentifier(m[1]!));
        if (line) found.add(line);
      }
    }
    if (this.footnotes.size && chunk.includes('[^')) {
      const re = /\[\^([^\]\s]{1,999})\]/g;
      for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
        const line = this.footnotes.get(normalizeIdentifier(m[1]!));
        if (line) found.add(line);
      }
    }
    return [...found].join('\n\n');
  }
}
