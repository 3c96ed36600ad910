/**
 * Edits to a config file's text that a person asked for (a quick fix), kept as small as the
 * format allows: the file's comments, key order and layout stay as they were.
 *
 * - JSON: jsonc-parser's `modify` inserts the one value where it belongs (loaded on first use).
 * - YAML: whole new lines, placed by the `yaml` library's node ranges and checked by reading the
 *   data back; only where the file uses flow style (`[a, b]`, `{ … }`) does the library's document
 *   model write the file (comments kept, spacing may change).
 */
import type * as Jsonc from 'jsonc-parser';
import type * as Yaml from 'yaml';
import { ConfigError, isJsonConfig, parseConfigText } from './config.js';

let jsoncModule: typeof Jsonc | undefined;
/** The JSON editor, loaded the first time a person asks for an edit (not when the extension starts). */
export async function loadJsonc(): Promise<typeof Jsonc> {
  return (jsoncModule ??= await import('jsonc-parser'));
}

/** The parsers an edit needs: `yaml` for a YAML file, `jsonc` for a JSON one (from loadYaml() and loadJsonc()). */
export interface EditParsers {
  yaml?: typeof Yaml;
  jsonc?: typeof Jsonc;
}

/** One replacement of `[start, end)` in the old text, as small as the change. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export type SynonymEdit =
  | { status: 'added'; text: string; change: TextChange }
  /** The heading already counts as that section in this file: nothing to write. */
  | { status: 'already' };

/** The text of a new config file that holds only this synonym. */
export function newConfigWithSynonym(file: string, sectionId: string, heading: string): string {
  const value = { sections: { [sectionId]: { synonyms: [heading] } } };
  if (isJsonConfig(file)) return `${JSON.stringify(value, null, 2)}\n`;
  return `sections:\n  ${sectionId}:\n    synonyms:\n      - ${JSON.stringify(heading)}\n`;
}

/**
 * Adds `heading` to `sections.<sectionId>.synonyms` of a config file's text. Throws a
 * ConfigError naming the file when its text cannot be read as a config (nothing is written then),
 * or when `sections` (or that section) is not an object, so the edit has no safe place to go.
 */
export function addSectionSynonym(text: string, file: string, sectionId: string, heading: string, parsers: EditParsers): SynonymEdit {
  const { yaml, jsonc } = parsers;
  if (isJsonConfig(file) ? !jsonc : !yaml) throw new Error(`addSectionSynonym: pass the parser for ${file} (loadJsonc() or loadYaml())`);
  const data = parseConfigText(text, file, yaml);
  const root = objectAt(data, [], file);
  const sec = objectAt(root?.sections, ['sections'], file);
  const entry = objectAt(sec?.[sectionId], ['sections', sectionId], file);
  const list = entry?.synonyms;
  if (list !== undefined && !Array.isArray(list)) throw new ConfigError(file, `sections.${sectionId}.synonyms is not a list, so the heading was not added`);
  if (Array.isArray(list) && list.some((s) => typeof s === 'string' && s.trim().toLowerCase() === heading.trim().toLowerCase())) return { status: 'already' };
  const after = isJsonConfig(file) ? addToJson(text, sectionId, heading, list, jsonc!) : addToYaml(text, sectionId, heading, yaml!);
  return { status: 'added', text: after, change: smallestChange(text, after) };
}

function objectAt(v: unknown, path: string[], file: string): Record<string, unknown> | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw new ConfigError(file, `${path.length ? path.join('.') : 'the file'} is not an object, so the heading was not added`);
  }
  return v as Record<string, unknown>;
}

function addToJson(text: string, sectionId: string, heading: string, list: unknown[] | undefined, { modify, applyEdits }: typeof Jsonc): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  const formattingOptions = { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol };
  const edits = list
    ? modify(text, ['sections', sectionId, 'synonyms', list.length], heading, { formattingOptions, isArrayInsertion: true })
    : modify(text, ['sections', sectionId, 'synonyms'], [heading], { formattingOptions });
  return applyEdits(text, edits);
}

function addToYaml(text: string, sectionId: string, heading: string, yaml: typeof Yaml): string {
  const path = ['sections', sectionId, 'synonyms'];
  // The file as it should read afterwards: the same data, plus the one synonym.
  const expected = (yaml.parse(text) ?? {}) as Record<string, unknown>;
  let at: Record<string, unknown> = expected;
  for (const k of path.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  ((at.synonyms ??= []) as unknown[]).push(heading);
  const want = (t: string) => canonical(yaml.parse(t) ?? {}) === canonical(expected);
  // First the smallest edit, lines inserted where a person would put them; the document model
  // (which may respace comments and flow lists) only where that is not possible.
  const lines = insertYamlLines(text, path, heading, yaml);
  if (lines !== undefined && want(lines)) return lines;
  const doc = yaml.parseDocument(text);
  if (doc.hasIn(path)) doc.addIn(path, heading);
  else doc.setIn(path, doc.createNode([heading]));
  const out = doc.toString({ lineWidth: 0 });
  return text.includes('\r\n') ? out.replace(/\r?\n/g, '\r\n') : out;
}

/**
 * Inserts the synonym as new lines of block YAML: after the last item of an existing block
 * list, or after the last entry of the deepest block map on the path that exists. Undefined when
 * the file uses flow style there (`[a, b]`, `{ … }`) or several documents.
 */
function insertYamlLines(text: string, path: string[], heading: string, yaml: typeof Yaml): string | undefined {
  const docs = yaml.parseAllDocuments(text);
  if (docs.length > 1 || docs.some((d) => !(d instanceof yaml.Document) || d.errors.length)) return undefined;
  const doc = docs[0] as Yaml.Document | undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const scalar = yaml.stringify(heading, { lineWidth: 0 }).trimEnd();
  const block = (from: number, indent: string) =>
    path.slice(from).map((k, i) => `${indent}${'  '.repeat(i)}${k}:`).join(eol) + `${eol}${indent}${'  '.repeat(path.length - from)}- ${scalar}`;
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number) => {
    const n = text.indexOf('\n', at);
    return n < 0 ? text.length : n > 0 && text[n - 1] === '\r' ? n - 1 : n;
  };
  const indentAt = (at: number) => {
    const before = text.slice(lineStart(at), at);
    return /^[ ]*$/.test(before) ? before : undefined;
  };
  let node: unknown = doc?.contents ?? null;
  if (node === null) {
    // An empty file, or one holding only comments: the block goes at the end.
    const sep = text === '' || text.endsWith('\n') ? '' : eol;
    return `${text}${sep}${block(0, '')}${eol}`;
  }
  for (let depth = 0; depth <= path.length; depth++) {
    if (yaml.isSeq(node) && depth === path.length) {
      if (node.flow || !node.items.length) return undefined;
      const first = node.items[0] as Yaml.Node;
      const last = node.items[node.items.length - 1] as Yaml.Node;
      if (!first.range || !last.range) return undefined;
      const dash = text.lastIndexOf('-', first.range[0]);
      const indent = dash < 0 ? undefined : indentAt(dash);
      if (indent === undefined) return undefined;
      const at = lineEnd(last.range[1] > 0 ? last.range[1] - 1 : 0);
      return `${text.slice(0, at)}${eol}${indent}- ${scalar}${text.slice(at)}`;
    }
    if (!yaml.isMap(node) || node.flow || depth === path.length) return undefined;
    const pair = node.items.find((p) => yaml.isScalar(p.key) && p.key.value === path[depth]);
    if (pair && pair.value !== null && pair.value !== undefined) {
      node = pair.value;
      continue;
    }
    if (pair) return undefined;
    // The key is missing here: new lines after this map's last entry, at its keys' indentation.
    const key = node.items[0]?.key as Yaml.Node | undefined;
    const lastPair = node.items[node.items.length - 1];
    const end = ((lastPair?.value ?? lastPair?.key) as Yaml.Node | undefined)?.range?.[1];
    if (!key?.range || end === undefined) return undefined;
    const indent = indentAt(key.range[0]);
    if (indent === undefined) return undefined;
    const at = lineEnd(end > 0 ? end - 1 : 0);
    return `${text.slice(0, at)}${eol}${block(depth, indent)}${text.slice(at)}`;
  }
  return undefined;
}

/** JSON with keys sorted, to compare data whatever the order of keys in the file. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** The one replacement that turns `before` into `after`, trimmed to whole lines on both sides. */
function smallestChange(before: string, after: string): TextChange {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // Whole lines read better in an undo stack and a diff.
  start = before.lastIndexOf('\n', start - 1) + 1;
  const tail = before.length - end;
  return { start, end: tail, text: after.slice(start, after.length - end) };
}
