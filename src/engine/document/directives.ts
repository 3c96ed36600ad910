/**
 * Inline comments that turn rules off and on:
 *   <!-- speclint-disable [rule …] -->          until a matching enable (or the end)
 *   <!-- speclint-enable [rule …] -->
 *   <!-- speclint-disable-line [rule …] -->     the comment's own line
 *   <!-- speclint-disable-next-line [rule …] --> the line after the comment
 *   <!-- speclint-disable-file [rule …] -->     the whole file, wherever the comment is
 *   <!-- speclint-configure-file { JSON } -->   config for this file only (like markdownlint's)
 *   <!-- speclint-section <section id …> -->     the author's word that the text here states
 *                                                those sections (status.ts)
 * Without rule ids a directive applies to every rule.
 */
import type { Root, Html, Nodes } from 'mdast';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file' | 'configure-file' | 'section';
  /** Rule ids; for a `section` directive, the section ids it names. */
  rules: string[];
  /** JSON text of a configure-file directive. */
  payload?: string;
  line: number;
  start: number;
  end: number;
}

const DIRECTIVE_RE = /<!--\s*speclint-(disable-next-line|disable-line|disable-file|disable|enable|configure-file|section)\b([\s\S]*?)-->/g;

const collected = new WeakMap<Root, Directive[]>();

/** The directives of a parsed document, read once per tree (the engine and the section status both ask). */
export function collectDirectives(tree: Root, text: string): Directive[] {
  let out = collected.get(tree);
  if (!out) collected.set(tree, (out = readDirectives(tree, text)));
  return out;
}

function readDirectives(tree: Root, text: string): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('speclint-')) return out;
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      scan(node, text, out);
      return;
    }
    if (node.type === 'code' || node.type === 'inlineCode') return;
    if ('children' in node) for (const c of node.children as Nodes[]) visit(c);
  };
  visit(tree);
  return out;
}

function scan(node: Html, text: string, out: Directive[]) {
  const pos = node.position;
  if (!pos || !node.value.includes('speclint-')) return;
  const base = pos.start.offset!;
  const raw = text.slice(base, pos.end.offset!);
  DIRECTIVE_RE.lastIndex = 0;
  for (let m = DIRECTIVE_RE.exec(raw); m; m = DIRECTIVE_RE.exec(raw)) {
    const kind = m[1] as Directive['kind'];
    const rest = m[2]!.trim();
    const line = pos.start.line + (raw.slice(0, m.index).match(/\n/g)?.length ?? 0);
    out.push({
      kind,
      rules: kind === 'configure-file' ? [] : rest.split(/[\s,]+/).filter(Boolean),
      payload: kind === 'configure-file' ? rest : undefined,
      line,
      start: base + m.index,
      end: base + m.index + m[0].length,
    });
  }
}

/**
 * The `speclint-section` marker naming section `id`, if any: an author saying "this text states
 * it", which SpecLint takes over its own reading of headings and phrases.
 */
export function sectionMarker(tree: Root, text: string, id: string): Directive | undefined {
  if (!text.includes('speclint-section')) return undefined;
  return collectDirectives(tree, text).find((d) => d.kind === 'section' && d.rules.includes(id));
}

/** The comment that marks text as stating a section, as the quick fix writes it. */
export function sectionMarkerComment(ids: string[]): string {
  return `<!-- speclint-section ${ids.join(' ')} -->`;
}

/** Returns a predicate telling whether a rule is disabled on a given line. */
export function disabledPredicate(directives: Directive[]): (ruleId: string, line: number) => boolean {
  if (!directives.length) return () => false;
  const fileWide: string[][] = [];
  const lineRules = new Map<number, string[][]>();
  const blocks: { kind: 'disable' | 'enable'; rules: string[]; line: number }[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-file') fileWide.push(d.rules);
    else if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      const l = d.kind === 'disable-line' ? d.line : d.line + 1;
      const list = lineRules.get(l) ?? [];
      list.push(d.rules);
      lineRules.set(l, list);
    } else if (d.kind === 'disable' || d.kind === 'enable') blocks.push({ kind: d.kind, rules: d.rules, line: d.line });
  }
  const covers = (rules: string[], id: string) => rules.length === 0 || rules.includes(id);
  return (ruleId, line) => {
    if (fileWide.some((r) => covers(r, ruleId))) return true;
    if (lineRules.get(line)?.some((r) => covers(r, ruleId))) return true;
    let off = false;
    for (const b of blocks) {
      if (b.line > line) break;
      if (covers(b.rules, ruleId)) off = b.kind === 'disable';
    }
    return off;
  };
}
