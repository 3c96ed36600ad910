/**
 * The one place that turns text into mdast. Each lint parses the document exactly once.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
