import { defineRule } from '../define.js';
import type { Section } from '../../engine/document/document.js';
import type { Root } from 'mdast';
import { OPENING_HEADING, runningWords } from '../../engine/document/sections.js';
import { sectionStatus } from '../../engine/document/status.js';

/** A heading that tells a document's history: "History", "Brief history", "A short history". */
const OPENING_HISTORY = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:a\s+)?(?:(?:brief|short)\s+)?(?:history|backstory)\s*$/i;

/** Words of running text an opening needs to frame the document: more than a one-line "This PRD describes…". */
const OPENING_WORDS = 20;

/**
 * Words of running text between the title (or the front matter) and the first section. Reads the
 * source, not the prose blocks, because this rule's parse holds only the headings; metadata lines
 * ("Author: …"), tables, quotes, HTML and images do not count.
 */
function openingWords(text: string, tree: Root, titleEnd: number | undefined, end: number): number {
  const first = tree.children[0];
  const start = titleEnd ?? (first && (first.type === 'yaml' || (first.type as string) === 'toml') ? first.position?.end.offset ?? 0 : 0);
  return start >= end ? 0 : runningWords(text, start, end);
}

/**
 * A section that only points elsewhere ("Design Guidelines are saved [here](…)", a link to the prototypes): the
 * solution is not told there, so it does not come before the problem.
 */
function pointsElsewhere(text: string, s: Section): boolean {
  const body = text.slice(s.headingEnd, s.end);
  if (!/\]\([^)]+\)|https?:\/\//.test(body)) return false;
  const words = body.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, ' ').split(/\s+/).filter((w) => /[a-z]{2}/i.test(w));
  return words.length <= 8;
}

export default defineRule({
  id: 'problem-before-solution',
  meta: {
    description: 'A spec states the user problem before its solution, requirements or design.',
    rationale:
      'Readers take the first thing they read as the frame for everything after. A spec that opens with requirements invites engineers to implement them; one that opens with the user problem invites them to solve it, often more simply than the author imagined. It reports at info by default: on the blind rounds of real documents it raised sixteen first findings and five were right (one of the wrong ones was on a launch note, which has no problem to put first and which it no longer reads; on the whole labelled corpus it now raises eight, all right). An opening paragraph under the title counts as where the problem is told, as a Summary does.',
    category: 'sections',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    examples: {
      bad: [{ markdown: '# PRD: Saved carts\n\n## Requirements\n\nA save button.\n\n## Problem\n\nShoppers lose carts.\n' }],
      good: [{ markdown: '# PRD: Saved carts\n\n## Problem\n\nShoppers lose carts.\n\n## Requirements\n\nA save button.\n' }],
    },
  },
  // Reads headings only.
  triggers: () => [],
  check(ctx) {
    if (!ctx.kind) return;
    // Only where the kind asks for the problem at all: a launch note tells what shipped ("Features", then
    // "Known issues") and has no problem to put first.
    if (!ctx.doc.config.kinds[ctx.kind].sections.includes('problem')) return;
    const secs = ctx.doc.sections.filter((s) => !s.isTitle);
    // The first section that carries the problem: Problem, Motivation, Background, Context, and the
    // Summary/Abstract/Overview that open design docs. A questionnaire after the design never counts.
    // (And a history that opens the document, "## Brief History" before "## Key Features": how the need came about, told first.)
    const bearing = (s: Section) => s.ids.includes('problem') || s.ids.includes('why') || OPENING_HEADING.test(s.title) ||
      (s === secs[0] && OPENING_HISTORY.test(s.title));
    const problem = secs.find((s) => bearing(s) && !s.placeholderOnly) ?? secs.find(bearing);
    if (!problem) return; // require-sections reports a missing problem.
    // (Nor a design heading that only gathers sections, the problem first among them: "## Design", then "### Objective".)
    const gathers = (s: Section) => problem.depth > s.depth && problem.start > s.start && problem.start < s.end && !/\p{L}{2}/u.test(ctx.text.slice(s.headingEnd, problem.start));
    const solution: Section | undefined = secs.find((s) => s.solution && !bearing(s) && !pointsElsewhere(ctx.text, s) && !gathers(s));
    if (!solution || solution.start > problem.start) return;
    // A problem-bearing heading two levels below the solution's, inside a later part ("#### Motivations meet Behavior"
    // among a design's principles), is a detail of that part, not the frame the document opens with.
    if (problem.depth > solution.depth + 1) return;
    // Paragraphs under the title, before any section, open the document as a Summary does ("Users need
    // a way to protect themselves from spam invites…" above "## Proposal"): the reader meets them first.
    if (openingWords(ctx.text, ctx.tree, ctx.doc.titleHeading?.headingEnd, secs[0]?.start ?? ctx.text.length) >= OPENING_WORDS) return;
    // A section read only as why it matters ("## Decision", then "## Rationale") in a document that states no problem
    // anywhere: there is no problem to put first, and require-sections already says so.
    if (!problem.ids.includes('problem') && !OPENING_HEADING.test(problem.title) && sectionStatus(ctx.doc, ctx.kind).entries.find((e) => e.id === 'problem')?.state !== 'present') return;
    const fixes = [];
    // Move the problem section (heading and body, up to the next heading of its level) above the solution.
    if (problem.depth <= solution.depth && problem.end <= ctx.text.length) {
      let body = ctx.text.slice(problem.start, problem.end);
      if (!body.endsWith('\n')) body += '\n';
      if (!body.endsWith('\n\n')) body += '\n';
      fixes.push({
        title: `Move "${problem.title}" above "${solution.title}"`,
        edits: [
          { start: solution.start, end: solution.start, text: body },
          { start: problem.start, end: problem.end, text: '' },
        ],
        safe: false,
      });
    }
    ctx.report({
      message: `"${solution.title}" comes before the problem it solves. State the user problem first, so the solution is read as one answer to it.`,
      start: solution.start,
      end: solution.headingEnd,
      related: [{ message: 'The problem statement is here.', start: problem.start, end: problem.headingEnd }],
      fixes,
    });
  },
});
