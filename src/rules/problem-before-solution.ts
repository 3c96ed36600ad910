import { defineRule } from './define.js';
import type { Section } from '../engine/document/document.js';
import { OPENING_HEADING } from '../engine/document/sections.js';


export default defineRule({
  id: 'problem-before-solution',
  meta: {
    description: 'A spec states the user problem before its solution, requirements or design.',
    rationale:
      'Readers take the first thing they read as the frame for everything after. A spec that opens with requirements invites engineers to implement them; one that opens with the user problem invites them to solve it, often more simply than the author imagined. It reports at info by default: on real documents labelled blind it has raised too few findings (one, and that one wrong) to earn a warning.',
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
    const secs = ctx.doc.sections.filter((s) => !s.isTitle);
    // The first section that carries the problem: Problem, Motivation, Background, Context, and the
    // Summary/Abstract/Overview that open design docs. A questionnaire after the design never counts.
    const bearing = (s: Section) => s.ids.includes('problem') || s.ids.includes('why') || OPENING_HEADING.test(s.title);
    const problem = secs.find((s) => bearing(s) && !s.placeholderOnly) ?? secs.find(bearing);
    if (!problem) return; // require-sections reports a missing problem.
    const solution: Section | undefined = secs.find((s) => s.solution && !bearing(s));
    if (!solution || solution.start > problem.start) return;
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
