/** The snippets in `snippets/markdown.json`, shared with "SpecLint: New brief". Pure: no `vscode` import. */
import snippets from '../../../snippets/markdown.json';

export interface SnippetDef {
  prefix: string;
  description: string;
  body: string[];
}

export const SNIPPETS = snippets as Record<string, SnippetDef>;

/** The snippet body (VS Code snippet syntax) for a prefix such as "brief". */
export function snippetBody(prefix: string): string {
  const s = Object.values(SNIPPETS).find((x) => x.prefix === prefix);
  if (!s) throw new Error(`no snippet with prefix "${prefix}"`);
  return s.body.join('\n');
}

/** What a snippet inserts when every placeholder keeps its default text (tabstops left empty). */
export function expandSnippet(body: string): string {
  let out = body;
  // Innermost first: ${1:text} → text, then $1 / ${1} → ''.
  for (let i = 0; i < 10 && /\$\{\d+:[^{}]*\}/.test(out); i++) out = out.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return out.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}
