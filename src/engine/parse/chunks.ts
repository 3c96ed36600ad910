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
 * with the document's definition lines put before it (see parse.ts).
 *
 * The same pass estimates what each piece will cost micromark (container depth by markers
 * and by indentation, table cells, bracket floods, huge lines; see CostMeter), so only the
 * pieces that would be too slow are skipped, each with the reason.
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
  /**
   * It opens a new top-level list (a column-0 list item after a piece with no list): it parses
   * alone, but joined right after an earlier list it would continue that list, so the piece
   * before it is parsed whenever it is (see parse.ts).
   */
  list?: boolean;
}

/** How much larger chunks are when nothing is cached (see `PARSE_LIMITS.minChunk`). */
export const UNCACHED_CHUNKS = 8;

export const PARSE_LIMITS = {
  /**
   * Smallest chunk worth a parse of its own (per-parse overhead is ~0.2 ms). A lint without a
   * ParseCache (the CLI) uses `UNCACHED_CHUNKS` times this: no chunk is reused, so small chunks
   * only add parses (a typical README becomes one parse instead of three).
   */
  minChunk: 2048,
  /**
   * Most a piece (the text between two safe cuts) may cost to parse, in units of about one
   * character of plain prose (see `estimate` below): a piece estimated above it is skipped
   * with a note. About 1–2 s of micromark on a quiet machine; past it the adapters' time budget
   * (CLI `--max-file-time`, the editor's worker) is what stops a lint the estimate misjudged.
   */
  maxCost: 2_000_000,
  /**
   * A chunk estimated above this is parsed in groups of its pieces that each fit (tests set it
   * to 0 to cut at every piece: the result must not change).
   */
  maxChunkCost: 2_000_000,
  /** Longest line we parse. */
  maxLine: 100_000,
  /** Longest run of one emphasis or code delimiter (`*`, `_`, `~`, backtick) on a line. */
  maxDelimiterRun: 1000,
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
/** A line that may open or continue a list item (conservative: thematic breaks match too). */
const LIST_MARKER = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A list item with nothing after its marker: what it is depends on the block before it. */
const EMPTY_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]*$/;
/**
 * A list item (or an indented line, which may continue one) that opens an HTML block of the kinds that end only at a
 * closing mark (a comment, `<?`, `<!X`, CDATA, `<script>`, `<pre>`, `<style>`, `<textarea>`): left open, micromark ends
 * it where the item ends, and at the end of what it parses it keeps the line ending too.
 */
const ITEM_HTML = /^(?: {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]+|[ \t]+)(?:<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<(?:script|pre|style|textarea)(?:[\s>]|$))/i;
/** An ordered list item numbered other than 1: after an indented code block micromark reads it as a paragraph. */
const ORDERED_NOT_ONE = /^ {0,3}(?!0*1[.)])\d{1,9}[.)](?:[ \t]|$)/;
/** How many cells a table row has: its cells between unescaped pipes, less an outer pipe at either end. */
function cellCount(row: string): number {
  return row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).length;
}
/** A GFM table's delimiter row (`| --- | :-: |`). */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * What parsing a piece will cost, estimated from what drives micromark's time (measured with
 * remark-parse 11 / micromark 4; the weights are fitted to those measurements, in units of
 * about one character of plain prose):
 * - every character: 1 (a quarter inside code fences, HTML blocks and front matter);
 * - container depth, by markers and by indentation alike: each line re-checks every open list
 *   item and quote, so a line at depth d ≥ 1 costs about 26 + 2d + d²/32 more (a short list
 *   item costs twice a line of prose); opening a list item at depth j costs about 0.6j more
 *   (0.06j for a quote), so `- - - …` on one line is quadratic;
 * - table cells, rows × columns: about 16 per cell on top of its characters;
 * - emphasis delimiters (`*`, `_`): about 12 each;
 * - openers in one paragraph: every `[` (links, images, footnotes) is checked against the
 *   earlier ones when a link closes, about n²/50 for n of them.
 * A piece whose estimate passes `maxCost` is skipped; the reason names the biggest driver.
 */
class CostMeter {
  cost = 0;
  chars = 0;
  maxDepth = 0;
  tableRows = 0;
  tableCols = 0;
  brackets = 0;
  hard: string | undefined;
  /** The line where the biggest driver peaked, for the message. */
  depthLine = 0;
  bracketLine = 0;

  reason(): string {
    if (this.hard) return this.hard;
    const depthCost = this.maxDepth >= 8 ? this.maxDepth : 0;
    const tableCost = this.tableRows * this.tableCols * 16;
    const bracketCost = (this.brackets * this.brackets) / 50;
    const fmt = (n: number) => n.toLocaleString('en-US');
    if (bracketCost >= tableCost && bracketCost > this.chars && this.brackets > 1000) return `one paragraph holds ${fmt(this.brackets)} unclosed-looking "[" (links, images), which is quadratic to parse`;
    if (tableCost > this.chars && this.tableCols) return `a table of ${fmt(this.tableRows)} rows × ${fmt(this.tableCols)} columns is too many cells to parse`;
    if (depthCost) return `lists or quotes nest ${fmt(this.maxDepth)} levels deep (by markers or indentation) around line ${fmt(this.depthLine)}`;
    return `${fmt(this.chars)} characters in one block would take too long to parse`;
  }
}

/** Container markers at the start of a line and the column where its content starts. */
interface Containers {
  /** Column of the first character after leading whitespace and `>` markers. */
  indent: number;
  quotes: number;
  /** Content column of each list marker on the line, in order. */
  lists: number[];
}

function containers(line: string): Containers {
  let col = 0;
  let quotes = 0;
  let i = 0;
  let indent = -1;
  const lists: number[] = [];
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ') {
      col++;
      i++;
      continue;
    }
    if (c === '\t') {
      col += 4 - (col % 4);
      i++;
      continue;
    }
    if (c === '>') {
      quotes++;
      col++;
      i++;
      continue;
    }
    if (indent < 0) indent = col;
    let j = i;
    if (c === '-' || c === '*' || c === '+') j = i + 1;
    else if (c >= '0' && c <= '9') {
      while (j < line.length && j - i < 9 && line[j]! >= '0' && line[j]! <= '9') j++;
      if (line[j] === '.' || line[j] === ')') j++;
      else j = i;
    }
    if (j > i && (line[j] === ' ' || line[j] === '\t')) {
      col += j - i;
      lists.push(col + 1);
      i = j;
      continue;
    }
    break;
  }
  return { indent: indent < 0 ? col : indent, quotes, lists };
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

function count(line: string, ch: string): number {
  let n = 0;
  for (let i = line.indexOf(ch); i !== -1; i = line.indexOf(ch, i + 1)) n++;
  return n;
}

export function splitChunks(text: string, minChunk = PARSE_LIMITS.minChunk): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 1;
  let state: 'normal' | 'front' | 'fence' | 'html-comment' | 'html-raw' | 'html-other' | 'html-pi' = 'normal';
  let fence = '';
  let prevBlank = true;
  let line = 1;
  let pos = 0;
  let pieces: PieceStart[] = [{ start: 0, line: 1, always: false }];
  /** The estimated cost of each piece of the current chunk (parallel to `pieces`). */
  let meters: CostMeter[] = [new CostMeter()];
  let prevAtx = false;
  /** Content columns of the list items open at the previous line (see `containers`). */
  const open: number[] = [];
  let prevDepth = 0;
  /** `[` in the current paragraph; columns of the table being read (0: none). */
  let brackets = 0;
  let tableCols = 0;
  let prevHasPipe = false;
  /** A line since the last cut may have opened a list (a marker within three spaces of column 0). */
  let listSinceCut = false;
  // The last line that was not blank opened an HTML block in a list item (see ITEM_HTML).
  let htmlInItem = false;

  const pushChunk = (start: number, end: number, startLine: number, ps: PieceStart[], refused?: string) => {
    chunks.push({ start, end, line: startLine, ...(refused ? { refused } : {}), pieces: ps });
  };
  // A lone CR ends a line for micromark but not for this line scan, so a cut could land inside
  // a block micromark sees open. Such (rare) documents are parsed in one piece.
  const cuttable = !/\r(?!\n)/.test(text);
  const cut = (at: number, atLine: number, always = false) => {
    if (at <= chunkStart) return;
    const total = meters.reduce((n, m) => n + m.cost, 0);
    if (total <= PARSE_LIMITS.maxChunkCost && !meters.some((m) => m.hard)) pushChunk(chunkStart, at, chunkLine, pieces);
    else {
      // Too costly as a whole: parse its pieces in groups that fit, and refuse only the pieces
      // that are too costly on their own (every piece starts at a safe cut, so any run of them
      // parses alone exactly as within the whole).
      let i = 0;
      while (i < pieces.length) {
        const bad = (k: number) => !!meters[k]!.hard || meters[k]!.cost > PARSE_LIMITS.maxCost;
        const from = i;
        const isBad = bad(i);
        let sum = 0;
        let worst = i;
        while (i < pieces.length && bad(i) === isBad && (isBad || i === from || sum + meters[i]!.cost <= PARSE_LIMITS.maxChunkCost)) {
          sum += meters[i]!.cost;
          if (meters[i]!.hard || meters[i]!.cost > meters[worst]!.cost) worst = i;
          i++;
        }
        const end = i < pieces.length ? pieces[i]!.start : at;
        pushChunk(pieces[from]!.start, end, pieces[from]!.line, pieces.slice(from, i), isBad ? meters[worst]!.reason() : undefined);
      }
    }
    chunkStart = at;
    chunkLine = atLine;
    pieces = [{ start: at, line: atLine, always }];
    meters = [new CostMeter()];
  };

  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let lineText = text.slice(pos, nl > pos && text[nl - 1] === '\r' ? nl - 1 : nl);
    if (pos === 0 && lineText.charCodeAt(0) === 0xfeff) lineText = lineText.slice(1);
    // Blank as CommonMark means it: spaces and tabs only (a no-break space is text).
    const blank = /^[ \t]*$/.test(lineText);
    const structured = state === 'normal';

    let atx = false;
    if (state === 'normal') {
      atx = ATX.test(lineText);
      const big = pos - chunkStart >= minChunk;
      const front = FRONT_FENCE.exec(lineText);
      // Never cut before `---`/`+++`: at the start of a chunk it would read as front matter.
      // Nor before a byte order mark: micromark drops one at the start of what it parses.
      // Nor before an empty list item ("- " and nothing more), nor an ordered one numbered other than 1 ("2) a"):
      // micromark reads each as a list alone but as a paragraph after an indented code block, so what it is depends
      // on what came before.
      // Nor on the first line after a list item that opened an HTML block: cut there, the block would keep its line ending.
      const noCut = pos === 0 || !!front || lineText.charCodeAt(0) === 0xfeff || EMPTY_ITEM.test(lineText) || ORDERED_NOT_ONE.test(lineText) || htmlInItem;
      if (!blank) htmlInItem = ITEM_HTML.test(lineText);
      // A column-0 list item after a blank line continues a list above it, if there is one since
      // the last cut; else it starts a new top-level list and is a safe cut too.
      const canCut = !noCut && (atx || (prevBlank && !blank && !/^[ \t]/.test(lineText) && (!listSinceCut || !LIST_ITEM.test(lineText))));
      // Small heading sections stay together to save per-parse overhead; a heading is still a
      // safe cut, and so is the line after a heading (nothing is open after a one-line block).
      if (!cuttable) {
        // no cuts: see above
      } else if (canCut && big) cut(pos, line, atx);
      else if ((canCut || (prevAtx && !noCut)) && pos > chunkStart) {
        pieces.push({ start: pos, line, always: atx, ...(canCut && !prevAtx && LIST_ITEM.test(lineText) ? { list: true } : {}) });
        meters.push(new CostMeter());
      }
      if (canCut || prevAtx) listSinceCut = false;
      if (LIST_MARKER.test(lineText)) listSinceCut = true;
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
      // An HTML start this scan takes loosely ("<Simply42" is no tag to CommonMark, so micromark reads a
      // paragraph) may hide a fence that really opens on a later line: take it as one. In a real HTML
      // block that only holds back cuts until a closing fence, which keeps the parse the same.
      if (blank) state = 'normal';
      else if (FENCE.test(lineText)) {
        state = 'fence';
        fence = FENCE.exec(lineText)![1]!;
      }
    }

    // What this line adds to the cost of its piece (see CostMeter).
    const meter = meters[meters.length - 1]!;
    meter.chars += lineText.length + 1;
    // Code, HTML and front matter lines are scanned, not structured: a quarter of the cost of prose.
    meter.cost += structured ? lineText.length + 1 : (lineText.length + 1) / 4;
    if (blank) {
      brackets = 0;
      tableCols = 0;
      prevHasPipe = false;
    } else if (structured) {
      const k = containers(lineText);
      // A line with no marker right after a non-blank line may continue a paragraph lazily:
      // micromark still checks every open container. Otherwise what is indented less closes.
      const lazy = !prevBlank && !k.lists.length && !k.quotes && !atx;
      if (!lazy) while (open.length && open[open.length - 1]! > k.indent) open.pop();
      let depth = open.length + k.quotes;
      let opening = 0;
      for (let q = 1; q <= k.quotes; q++) opening += 0.06 * (open.length + q);
      for (const c of k.lists) {
        open.push(c);
        depth++;
        opening += 0.6 * depth;
      }
      if (lazy) depth = Math.max(depth, prevDepth);
      prevDepth = depth;
      if (depth) meter.cost += opening + 26 + 2 * depth + (depth * depth) / 32;
      if (depth > meter.maxDepth) {
        meter.maxDepth = depth;
        meter.depthLine = line;
      }
      if (k.lists.length || atx) brackets = 0;
      const pipes = lineText.includes('|') ? count(lineText, '|') : 0;
      if (!tableCols && pipes && prevHasPipe && lineText.includes('-') && DELIMITER_ROW.test(lineText)) tableCols = pipes + 1;
      if (tableCols && pipes) {
        const t = lineText.trim();
        const cells = pipes + 1 - (t.startsWith('|') ? 1 : 0) - (t.endsWith('|') ? 1 : 0);
        meter.cost += 16 * (pipes + 1);
        meter.tableRows++;
        meter.tableCols = Math.max(meter.tableCols, cells);
        brackets = 0;
      } else tableCols = 0;
      prevHasPipe = pipes > 0;
      // Emphasis delimiters: each is matched against the open ones, about 12 characters' worth.
      meter.cost += 12 * (count(lineText, '*') + count(lineText, '_'));
      const b = lineText.includes('[') ? count(lineText, '[') : 0;
      if (b) {
        meter.cost += ((brackets + b) ** 2 - brackets ** 2) / 50;
        brackets += b;
        if (brackets > meter.brackets) {
          meter.brackets = brackets;
          meter.bracketLine = line;
        }
      }
    }
    if (!meter.hard) {
      if (lineText.length > PARSE_LIMITS.maxLine) meter.hard = `line ${line} is ${lineText.length.toLocaleString('en-US')} characters long (the limit is ${PARSE_LIMITS.maxLine.toLocaleString('en-US')})`;
      else if (structured && longestDelimiterRun(lineText) > PARSE_LIMITS.maxDelimiterRun) meter.hard = `line ${line} has a run of more than ${PARSE_LIMITS.maxDelimiterRun} "*", "_", "~" or backtick characters`;
    }

    prevBlank = blank;
    prevAtx = atx;
    pos = nl + 1;
    line++;
  }
  cut(text.length, line);
  if (!chunks.length) chunks.push({ start: 0, end: text.length, line: 1, pieces });
  return chunks;
}

/** After this line, a new block (such as a definition) may start: it is blank, a definition, an ATX heading, a thematic break or a fence. */
function canStartBlock(prev: string, definition: RegExp): boolean {
  return !prev.trim() || definition.test(prev) || /^ {0,3}#{1,6}(?:[ \t]|$)/.test(prev) || /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(prev) || /^ {0,3}(?:`{3,}|~{3,})/.test(prev) || /^ {0,3}=+[ \t]*$/.test(prev);
}

/**
 * Link reference definitions (`[label]: destination`) of the whole document, by label.
 * CommonMark resolves references document-wide, so each chunk is parsed with the
 * definitions it refers to put before it (only those: adding all of them to every chunk
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
    // (Any line ending: a file written with lone CRs is one line to split('\n'), read whole as a definition.)
    const lines = text.split(/\r\n?|\n/);
    for (let n = 0; n < lines.length; n++) {
      let line = lines[n]!;
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
      // A definition cannot interrupt a paragraph: "[x]: y" right under a line of text is
      // that paragraph's text, and must not define x for the chunks it is added to.
      if (n > 0 && !canStartBlock(lines[n - 1]!, re)) continue;
      // Nor is a line right above a table's delimiter row of as many cells: it is that table's head row
      // ("[x]: y" over "| --- |"), and defines nothing.
      const next = lines[n + 1];
      if (next !== undefined && next.includes('|') && next.includes('-') && DELIMITER_ROW.test(next) && cellCount(next) === cellCount(line)) continue;
      // The destination may be on the next line ("[label]:" then the URL).
      if (!m[2] && n + 1 < lines.length && lines[n + 1]!.trim()) line += '\n' + lines[n + 1]!;
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
