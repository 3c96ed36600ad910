/**
 * What is timed: SpecLint's full lint and each peer, called in process on a string, the way
 * an editor extension would call it. Each adapter returns something derived from the result
 * so no work can be skipped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint as markdownlint } from 'markdownlint/sync';
import { markdown as alexMarkdown } from 'alex';
import writeGood from 'write-good';
import { lint } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';

export type ToolId = 'speclint' | 'speclint-full' | 'markdownlint' | 'alex' | 'writegood' | 'remark' | 'regex';

export interface Tool {
  id: ToolId;
  label: string;
  /** Returns a count (diagnostics, nodes, matches) so the work cannot be optimised away. */
  run: (text: string) => number;
}

const remarkOnly = unified().use(remarkParse);

export const TOOLS: readonly Tool[] = [
  { id: 'speclint', label: 'SpecLint', run: (t) => lint(t, { rules }).diagnostics.length },
  // The same lint parsing every block: shows what partial parses save (not a peer).
  { id: 'speclint-full', label: 'SpecLint, every block parsed', run: (t) => lint(t, { rules, fullParse: true }).diagnostics.length },
  {
    id: 'markdownlint',
    label: 'markdownlint',
    run: (t) => {
      const r = markdownlint({ strings: { doc: t } });
      return r['doc']?.length ?? 0;
    },
  },
  { id: 'alex', label: 'alex', run: (t) => alexMarkdown(t).messages.length },
  { id: 'writegood', label: 'write-good', run: (t) => writeGood(t).length },
  { id: 'remark', label: 'remark-parse', run: (t) => remarkOnly.parse(t).children.length },
  {
    id: 'regex',
    label: 'one regex pass',
    run: (t) => {
      const re = /\b(just|simply)\b/gi;
      let n = 0;
      while (re.exec(t)) n++;
      return n;
    },
  },
];

export function tool(id: ToolId): Tool {
  return TOOLS.find((t) => t.id === id)!;
}

/** Installed versions of the peers and of the parser stack, from their package.json. */
export function versions(repo: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of [
    'markdownlint', 'markdownlint-cli2', 'alex', 'write-good', 'unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter',
    'micromark', 'esbuild', 'tsx',
  ]) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
      out[name] = pkg.version ?? '?';
    } catch {
      out[name] = 'not installed';
    }
  }
  return out;
}
