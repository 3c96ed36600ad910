/**
 * Generators for the robustness properties: markdown documents assembled from pieces, with
 * the regions that must never carry a phrasing diagnostic (code, URLs, link targets, HTML,
 * front matter, quoted material) recorded *by construction*, independently of any parser.
 *
 * Two families:
 * - `structuredDoc`: well-formed blocks separated by blank lines, filler that cannot change
 *   the block structure around a protected region, so the recorded regions are exact.
 * - `chaosDoc`: fragments of markdown syntax, phrases, random graphemes, lone surrogates,
 *   NULs and every kind of line ending thrown together. No regions are known; every other
 *   property still applies.
 */
import fc from 'fast-check';

export interface GenDoc {
  text: string;
  /** `[start, end)` offsets where no phrasing diagnostic may start or overlap, with a label. */
  protectedRanges: { start: number; end: number; what: string }[];
}

/** A piece of a document; `p` names a protected region. */
interface Seg {
  t: string;
  p?: string;
}

/** Words the rules detect, as they are written in real documents (case, curly quotes, emphasis). */
export const PHRASES = [
  'just', 'Just', 'JUST', 'simply', 'Simply', '*just*', '**simply**', '_easily_', 'obviously', 'basically', 'trivially',
  "can't you just", 'Can’t you just', "why don't you just", 'Why not just', 'all you have to do is', 'surely you can',
  'resources', 'two more resources', 'engineering resources', 'dev resources', 'headcount', 'code monkeys', 'man-hours',
  'padded', 'estimate is padded', 'sandbagging', 'get it down to', "that's too long", 'too long',
  'ASAP', 'by Friday', 'urgent', 'as soon as possible', 'by end of quarter',
  'I shipped', 'my feature', 'I single-handedly built',
  'should be easy', 'a quick fix', 'straightforward', 'no-brainer', 'how hard can it be',
  'rockstar', 'a ninja', 'an ninja',
];

/** Ordinary words, with the characters editors and Word exports bring along. */
export const WORDS = [
  'the', 'team', 'checkout', 'flow', 'users', 'we', 'need', 'a', 'an', 'button', 'page', 'settings', 'cart', 'data',
  'before', 'launch', 'problem', 'customers', 'estimate', 'weeks', 'two', 'Friday', 'because', 'it', 'add', 'reuse',
  'ßtraße', 'naïve', 'nai\u0308ve', 'café', 'cafe\u0301', 'İstanbul', 'Ärger', '日本語', 'Привет', 'مرحبا',
  '🚀', '👩‍💻', '😀', '🇫🇷', '𝐚𝐛𝐜', '𐐷', '“quoted”', '‘single’', 'don’t', 'it’s', "we're", 'e.g.', '3', '42',
  'x\u200By', 'co\u00ADop', 'A', 'I', 'Add', 'ñ',
];

const SPACES = [' ', ' ', ' ', ' ', '  ', '\t', ' \t', '\u00A0'];
const PUNCT = ['', '', '', '.', ',', ';', ':', '!', '?', '…', ' —', ')', '"', '”', '’'];

const oneOf = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A phrase, possibly split across a line break (only where a line break stays inside the block). */
const phrase = (allowBreak: boolean): fc.Arbitrary<string> =>
  fc.tuple(oneOf(PHRASES), fc.boolean(), fc.nat()).map(([p, split, k]) => {
    if (!allowBreak || !split) return p;
    const gaps = [...p.matchAll(/ /g)].map((m) => m.index!);
    if (!gaps.length) return p;
    const at = gaps[k % gaps.length]!;
    return `${p.slice(0, at)}\n${p.slice(at + 1)}`;
  });

const codeText = fc.array(fc.oneof(oneOf(PHRASES), oneOf(WORDS), oneOf(['<!--', '-->', '[x](y)', '*', '_', '#', '>', '|', 'https://a.b/just'])), { minLength: 1, maxLength: 5 })
  .map((ws) => ws.join(' ').replace(/`/g, "'"));

const urlPath = fc.array(oneOf(['just', 'simply', 'resources', 'asap', 'padded', 'a-b', 'x1', 'headcount', 'i-shipped']), { minLength: 1, maxLength: 4 })
  .map((ws) => ws.join('/'));

/** An inline piece: a list of segments. `inTable` avoids pipes; `allowBreak` allows soft line breaks. */
const inline = (allowBreak: boolean, inTable: boolean): fc.Arbitrary<Seg[]> => {
  const word = fc.tuple(oneOf(WORDS), oneOf(PUNCT)).map(([w, p]) => [{ t: w + p }]);
  const ph = fc.tuple(phrase(allowBreak), oneOf(PUNCT)).map(([w, p]) => [{ t: w + p }]);
  const code = fc.tuple(codeText, fc.boolean()).map(([c, dbl]) => (dbl ? [{ t: `\`\` ${c} \` x \`\``, p: 'code span' }] : [{ t: `\`${c}\``, p: 'code span' }]));
  const bare = fc.tuple(oneOf(['https://example.com/', 'http://just.example.org/', 'https://www.simply.io/']), urlPath, oneOf(['', '?q=just', '#asap']))
    .map(([h, path, q]) => [{ t: ' ' }, { t: h + path + q, p: 'bare URL' }, { t: ' ' }]);
  const www = urlPath.map((path) => [{ t: ' ' }, { t: `www.just-simply.com/${path}`, p: 'www URL' }, { t: ' ' }]);
  const email = oneOf(['just.simply@example.com', 'asap@resources.io']).map((e) => [{ t: ' ' }, { t: e, p: 'email autolink' }, { t: ' ' }]);
  const autolink = urlPath.map((path) => [{ t: `<https://x.example/${path}>`, p: 'autolink' }]);
  const link = fc.tuple(fc.array(fc.oneof(oneOf(WORDS), phrase(false)), { minLength: 1, maxLength: 3 }), urlPath, fc.boolean())
    .map(([ws, path, title]) => [{ t: `[${ws.join(' ')}` }, { t: `](https://example.com/${path}${title ? ' "just simply ASAP"' : ''})`, p: 'link target' }]);
  const comment = codeText.map((c) => [{ t: `<!-- ${c.replace(/-->|--|>/g, ' ')} -->`, p: 'HTML comment' }]);
  const tag = fc.tuple(oneOf(WORDS), phrase(false)).map(([w, p]) => [{ t: '<span title="just simply">', p: 'HTML tag' }, { t: `${w} ${p}` }, { t: '</span>', p: 'HTML tag' }]);
  // Block markers as words: harmless mid-line, but a fix that leaves one at the start of a line makes a new block.
  const marker = oneOf(['#', '-', '+', '>', '1.', '=', '***', '##', '---', '```']).map((m) => [{ t: m }]);
  const emph = fc.tuple(oneOf(['*', '_', '**', '~~']), phrase(false)).map(([m, p]) => [{ t: `${m}${p}${m}` }]);
  const piece = fc.oneof(
    { weight: 6, arbitrary: word },
    { weight: 4, arbitrary: ph },
    { weight: 2, arbitrary: code },
    { weight: 1, arbitrary: bare },
    { weight: 1, arbitrary: www },
    { weight: 1, arbitrary: email },
    { weight: 1, arbitrary: autolink },
    { weight: 1, arbitrary: link },
    { weight: 1, arbitrary: comment },
    { weight: 1, arbitrary: tag },
    { weight: 1, arbitrary: emph },
    { weight: 1, arbitrary: marker },
  );
  const sep = allowBreak ? fc.oneof({ weight: 8, arbitrary: oneOf(SPACES) }, { weight: 1, arbitrary: oneOf(['\n', '  \n', '\\\n']) }) : oneOf(SPACES);
  return fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 10 }).map((xs) => {
    const out: Seg[] = [];
    xs.forEach(([segs, s], i) => {
      if (i > 0) out.push({ t: s });
      // A block marker right after a line break would start a new block (a list, a heading):
      // markers are only ever generated mid-line, so a fix can be caught exposing one.
      const first = segs[0] as Seg;
      if (i > 0 && s.endsWith('\n') && !first.p && /^(?:#{1,6}|[-+>=]|\d+[.)]|\*\*\*|---|```)$/.test(first.t)) out.push({ t: 'So ' });
      out.push(...(segs as Seg[]));
    });
    // Pipes end a table cell; nothing generated here contains one, but keep the guarantee explicit.
    if (inTable) for (const s of out) s.t = s.t.replace(/\|/g, '/');
    return out;
  });
};

/** A line of inline content must not start with something that makes it a different block. */
function guardLineStart(segs: Seg[]): Seg[] {
  const first = segs[0];
  if (first && !first.p && /^[\s#>\-+*=_~`0-9]|^\d+[.)]/.test(first.t)) return [{ t: 'So ' }, ...segs];
  if (first && first.p) return [{ t: 'So ' }, ...segs];
  return segs;
}

/** Indents every line after the first (for list items and blockquotes). */
function prefixLines(segs: Seg[], firstPrefix: string, restPrefix: string): Seg[] {
  const out: Seg[] = [{ t: firstPrefix }];
  for (const s of segs) out.push({ t: s.t.replace(/\n/g, `\n${restPrefix}`), p: s.p });
  return out;
}

interface Block {
  kind: string;
  segs: Seg[];
}

const SPEC_HEADINGS = [
  'Problem', 'User problem', 'The problem', 'Requirements', 'Solution', 'Proposal', 'Who it is for', 'Audience',
  'Why it matters', 'Why now', 'Success metrics', 'Constraints', 'Non-goals', 'Open questions', 'Alternatives',
  'Customer quotes', 'Acceptance criteria', 'Thanks', '1. Problem', 'Problem 🚀', 'Requirements (draft)',
];
const TITLES = ['PRD: Saved carts', 'Launch: saved carts', 'Ticket: fix the cart', 'Product brief', 'Meeting notes', 'Spec', 'Release notes'];

const paragraph = inline(true, false).map((segs): Block => ({ kind: 'paragraph', segs: guardLineStart(segs) }));

const atxHeading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(oneOf(SPEC_HEADINGS).map((h) => [{ t: h }] as Seg[]), oneOf(TITLES).map((h) => [{ t: h }] as Seg[]), inline(false, false)), fc.boolean())
  .map(([d, segs, closed]): Block => ({ kind: 'heading', segs: [{ t: `${'#'.repeat(d)} ` }, ...guardLineStart(segs), { t: closed ? ` ${'#'.repeat(d)}` : '' }] }));

const setextHeading = fc.tuple(fc.oneof(oneOf(SPEC_HEADINGS).map((h) => [{ t: h }] as Seg[]), oneOf(TITLES).map((h) => [{ t: h }] as Seg[]), inline(false, false)), oneOf(['===', '---', '=', '-----']))
  .map(([segs, u]): Block => ({ kind: 'heading', segs: [...guardLineStart(segs), { t: `\n${u}` }] }));

interface ListNode {
  children: ListNode[];
  content: Seg[];
}
const listTree: fc.Arbitrary<ListNode[]> = fc.letrec<{ node: ListNode; nodes: ListNode[] }>((tie) => ({
  node: fc.record({
    content: inline(true, false).map(guardLineStart),
    children: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant([] as ListNode[]), tie('nodes')),
  }),
  nodes: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
})).nodes;

function renderList(nodes: ListNode[], indent: string, marker: string, task: boolean): Seg[] {
  const out: Seg[] = [];
  nodes.forEach((n, i) => {
    const m = /\d/.test(marker) ? `${i + 1}${marker.slice(-1)}` : marker;
    const lead = `${indent}${m} ${task ? (i % 2 ? '[x] ' : '[ ] ') : ''}`;
    const inner = indent + ' '.repeat(m.length + 1);
    if (i > 0) out.push({ t: '\n' });
    out.push(...prefixLines(n.content, lead, inner));
    if (n.children.length) {
      out.push({ t: '\n' });
      out.push(...renderList(n.children, inner, marker === '-' ? '*' : marker === '*' ? '+' : '-', false));
    }
  });
  return out;
}

const list = fc.tuple(listTree, oneOf(['-', '*', '+', '1.', '1)']), fc.boolean())
  .map(([nodes, marker, task]): Block => ({ kind: 'list', segs: renderList(nodes, '', marker, task) }));

/** Quoted material: never linted (with the default `quotes.ignore`). */
const blockquote = fc.tuple(inline(true, false), fc.integer({ min: 1, max: 3 }), fc.boolean())
  .map(([segs, depth, withList]): Block => {
    const prefix = '> '.repeat(depth);
    const body = prefixLines(guardLineStart(segs), prefix + (withList ? '- ' : ''), prefix + (withList ? '  ' : ''));
    return { kind: 'blockquote', segs: [{ t: body.map((s) => s.t).join(''), p: 'blockquote' }] };
  });

const fenced = fc.tuple(oneOf(['```', '~~~', '````', '~~~~~']), oneOf(['', 'js', 'just', 'markdown', 'md simply']), fc.array(codeText, { minLength: 0, maxLength: 4 }))
  .map(([fence, info, lines]): Block => ({ kind: 'code', segs: [{ t: `${fence}${info}\n${lines.map((l) => l.replace(/^[`~]+/, '')).join('\n')}${lines.length ? '\n' : ''}${fence}`, p: 'fenced code' }] }));

const indented = fc.tuple(fc.array(codeText, { minLength: 1, maxLength: 3 }), oneOf(['    ', '\t', '     ']))
  .map(([lines, ind]): Block => ({ kind: 'indented', segs: [{ t: lines.map((l) => ind + l).join('\n'), p: 'indented code' }] }));

const htmlBlock = fc.oneof(
  fc.array(codeText, { minLength: 1, maxLength: 3 }).map((ls): Block => ({ kind: 'html', segs: [{ t: `<div class="just">\n${ls.map((l) => l.trim() || 'x').join('\n')}\n</div>`, p: 'HTML block' }] })),
  fc.array(codeText, { minLength: 1, maxLength: 3 }).map((ls): Block => ({ kind: 'html', segs: [{ t: `<!-- ${ls.map((l) => l.replace(/-->|--|>/g, ' ')).join('\n')} -->`, p: 'HTML comment block' }] })),
  codeText.map((c): Block => ({ kind: 'html', segs: [{ t: `<details>\n<summary>${c.replace(/[<>]/g, ' ')}</summary>\n</details>`, p: 'HTML block' }] })),
);

const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(inline(false, true), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }), oneOf(['---', ':--', ':-:', '--:']))
  .map(([cols, rows, align]): Block => {
    const segs: Seg[] = [];
    const row = (cells: Seg[][]) => {
      segs.push({ t: '|' });
      for (let c = 0; c < cols; c++) segs.push({ t: ' ' }, ...cells[c]!, { t: ' |' });
    };
    row(rows[0]!.map((c) => c.map((s) => (s.p ? s : { t: s.t.replace(/\n/g, ' ') }))));
    segs.push({ t: `\n|${` ${align} |`.repeat(cols)}` });
    for (const r of rows.slice(1)) {
      segs.push({ t: '\n' });
      row(r);
    }
    return { kind: 'table', segs };
  });

const definition = urlPath.map((path): Block => ({ kind: 'definition', segs: [{ t: `[ref-${path.length}]: https://example.com/${path} "just simply"`, p: 'definition' }] }));
const thematic = oneOf(['***', '___', '- - -', '* * *']).map((t): Block => ({ kind: 'hr', segs: [{ t }] }));

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 3, arbitrary: atxHeading },
  { weight: 1, arbitrary: setextHeading },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: blockquote },
  { weight: 1, arbitrary: fenced },
  { weight: 1, arbitrary: indented },
  { weight: 1, arbitrary: htmlBlock },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: definition },
  { weight: 1, arbitrary: thematic },
);

/** Front matter values, including ones that are not kinds at all. */
export const FRONT_MATTER_VALUES = ['prd', 'brief', 'launch', 'ticket', 'PRD', 'Launch Notes', 'unknown', '""', '[1, 2]', '{a: 1}', '42'];
const frontMatter = fc.tuple(oneOf(['type', 'kind', 'doctype']), oneOf(FRONT_MATTER_VALUES), codeText, fc.boolean())
  .map(([key, value, note, toml]): Seg[] =>
    toml
      ? [{ t: `+++\n${key} = "${value.replace(/"/g, '')}"\nnote = "${note.replace(/["\\]/g, ' ')}"\n+++`, p: 'front matter' }]
      : [{ t: `---\n${key}: ${value}\nnote: "${note.replace(/["\\]/g, ' ')}"\n---`, p: 'front matter' }]);

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed';

function assemble(parts: Seg[], eol: LineEnding, seed: number): GenDoc {
  let rnd = seed >>> 0 || 1;
  const next = () => {
    rnd = (Math.imul(rnd, 1103515245) + 12345) >>> 0;
    return rnd >>> 16;
  };
  const nl = () => (eol === 'lf' ? '\n' : eol === 'crlf' ? '\r\n' : eol === 'cr' ? '\r' : ['\n', '\r\n', '\r\n', '\n'][next() % 4]!);
  let text = '';
  const protectedRanges: GenDoc['protectedRanges'] = [];
  for (const s of parts) {
    const t = s.t.replace(/\n/g, nl);
    if (s.p && t) protectedRanges.push({ start: text.length, end: text.length + t.length, what: s.p });
    text += t;
  }
  return { text, protectedRanges };
}

export interface StructuredOptions {
  /** Add a BOM some of the time. */
  bom?: boolean;
  /** Line endings to pick from. */
  lineEndings?: LineEnding[];
}

/** Well-formed documents with exactly known protected regions. */
export function structuredDoc(opts: StructuredOptions = {}): fc.Arbitrary<GenDoc> {
  const endings = opts.lineEndings ?? ['lf', 'lf', 'crlf', 'cr', 'mixed'];
  return fc.tuple(
    fc.option(frontMatter, { freq: 3 }),
    fc.array(block, { minLength: 1, maxLength: 6 }),
    oneOf(endings),
    fc.integer(),
    opts.bom ? fc.boolean() : fc.constant(false),
    oneOf(['\n\n', '\n\n', '\n \n', '\n\t\n', '\n\n\n']),
    oneOf(['', '\n', '\n\n']),
  ).map(([fm, blocks, eol, seed, bom, sep, tail]) => {
    const parts: Seg[] = [];
    if (bom) parts.push({ t: '\uFEFF' });
    if (fm) parts.push(...fm, { t: '\n\n' });
    blocks.forEach((b, i) => {
      if (i > 0) {
        parts.push({ t: sep });
        // Indented code right after a list would continue the last list item: end the list first.
        if (b.kind === 'indented' && blocks[i - 1]!.kind === 'list') parts.push({ t: 'Then.\n\n' });
      }
      parts.push(...b.segs);
    });
    parts.push({ t: tail });
    return assemble(parts, eol, seed);
  });
}

/** Fragments of everything, thrown together. */
const CHAOS_FRAGMENTS = [
  '# ', '## Problem\n', '## Requirements\n', '# PRD: x\n', '> ', '>', '- ', '* ', '1. ', '2) ', '```', '~~~', '    ', '\t',
  '\n', '\n', '\n\n', '\r\n', '\r', '`', '``', '<!--', '-->', '<div>', '</div>', '<', '>', '|', '| --- |', '|-|', '---\n', '---',
  '***', '===', '[', ']', '(', ')', '![', '](', '[x]: ', '\\', '&amp;', '&#x1F600;', '&#0;', '&#106;ust', '&nbsp;', '\uFEFF',
  '\u0000', '\uD800', '\uDC00', '\uDBFF', '😀', '\u0301', '\u0308', '“', '”', '’', 'https://', 'www.', '@', '*', '**', '_',
  '~~', '[^1]', '[^1]: ', '+++', '<https://x.y/just>', '\u2028', '\u00A0', '\u200D', '\u202E', '\v', '\f', ' ', '  ',
  '---\ntype: prd\n---\n', '---\ntype: launch\n---\n', '$$', '{', '}', ':', '.', '!', '?',
];

export function chaosDoc(): fc.Arbitrary<string> {
  return fc.array(
    fc.oneof(
      { weight: 5, arbitrary: oneOf(CHAOS_FRAGMENTS) },
      { weight: 4, arbitrary: phrase(true) },
      { weight: 3, arbitrary: oneOf(WORDS) },
      { weight: 2, arbitrary: oneOf([' ', ' ', '\n']) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
      { weight: 1, arbitrary: structuredDoc().map((d) => d.text) },
    ),
    { maxLength: 40 },
  ).map((xs) => xs.join(''));
}

/** Team phrases, including ones that would be catastrophic as regular expressions. */
export const TEAM_PHRASES = [
  { phrase: 'rockstar', replace: 'engineer' },
  { phrase: 'ninja', replace: 'expert' },
  { phrase: 'just in', message: 'Team word.' },
  { phrase: '(a+)+$', replace: 'x' },
  { phrase: 'a a a a a a a a a a a a b' },
  { phrase: '.*.*.*=.*' },
  { phrase: '__proto__', replace: 'constructor' },
];
