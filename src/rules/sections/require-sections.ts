import { defineRule } from '../define.js';
import { sectionStatus } from '../../engine/document/status.js';
import type { SpecDocument } from '../../engine/document/document.js';
import type { TextEdit } from '../../engine/types.js';
import { SOLUTION_ORDER, KIND_LABELS } from '../../engine/document/sections.js';

/**
 * Where a missing section belongs: after the present section that comes just before it in
 * the canonical order (problem, audience, why, success, …), else before the first section
 * that comes after it (the solution, say), else at the end of the document.
 */
export function insertionFor(doc: SpecDocument, id: string): TextEdit {
  const def = doc.config.sections[id]!;
  const text = doc.text;
  const top = doc.sections.filter((s) => !s.isTitle);
  const orderOf = (ids: string[], solution: boolean) => {
    const orders = ids.map((i) => doc.config.sections[i]?.order ?? 150);
    if (solution) orders.push(SOLUTION_ORDER);
    return orders;
  };
  let after: (typeof top)[number] | undefined;
  let afterOrder = -Infinity;
  let before: (typeof top)[number] | undefined;
  for (const s of top) {
    for (const o of orderOf(s.ids, s.solution)) {
      if (o < def.order && o >= afterOrder) {
        after = s;
        afterOrder = o;
      }
      if (o > def.order && !before) before = s;
    }
  }
  const ref = after ?? before;
  const depth = ref ? ref.depth : Math.min(6, (doc.titleHeading?.depth ?? 1) + 1);
  const heading = `${'#'.repeat(depth)} ${def.title}\n\n<!-- ${def.prompt} -->\n`;
  let at: number;
  if (after) at = after.end;
  else if (before) at = before.start;
  else at = text.length;
  if (at >= text.length) {
    const lead = text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { start: text.length, end: text.length, text: lead + heading };
  }
  // `at` is the start of a heading line (or a section end, which is one): keep a blank line after.
  const lead = at === 0 || text.slice(Math.max(0, at - 2), at) === '\n\n' ? '' : text[at - 1] === '\n' ? '\n' : '\n\n';
  return { start: at, end: at, text: lead + heading + '\n' };
}

/**
 * True when the document ends inside a fenced code block or an HTML block that is never
 * closed: a section appended at the end would be code or HTML, so "fix all" would add it again
 * and again. Such an insertion is left to a person.
 */
export function endsInsideOpenBlock(doc: SpecDocument): boolean {
  const last = doc.tree.children[doc.tree.children.length - 1];
  const end = last?.position?.end.offset;
  if (!last || end === undefined || end < doc.text.trimEnd().length) return false;
  const src = doc.text.slice(last.position!.start.offset!, end);
  if (last.type === 'code') {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(src);
    if (!open) return false;
    const lines = src.split(/\r\n|\r|\n/);
    const close = lines.length > 1 ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]!) : null;
    return !(close && close[1]![0] === open[1]![0] && close[1]!.length >= open[1]!.length);
  }
  if (last.type === 'html') {
    const t = src.trimStart();
    if (t.startsWith('<!--')) return !src.includes('-->');
    if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(t)) return !/<\/(?:script|pre|style|textarea)>/i.test(src);
    if (t.startsWith('<?')) return !src.includes('?>');
    if (t.startsWith('<![CDATA[')) return !src.includes(']]>');
    if (/^<![A-Za-z]/.test(t)) return !src.includes('>');
  }
  return false;
}

export default defineRule({
  id: 'require-sections',
  meta: {
    description: 'Specs state the context engineers need: problem, audience, why, success, constraints, openness to alternatives.',
    rationale:
      'A spec that only says what to build turns engineers into ticket-takers. Starting from the user problem, who has it, why it matters now, what success looks like and which constraints are known lets them make good decisions, and an explicit invitation to propose something simpler treats them as partners. Which sections are required depends on the kind of document: a brief or PRD needs all six, a ticket needs the problem, the why and acceptance criteria, and a launch note needs credit for the people who built it. A section that holds only TBD or the template prompt does not count. Its findings are info by default: on the rounds of real documents labelled by readers before SpecLint saw them, only about half of its "missing" claims were right (eval/RESULTS.md keeps the count), because real teams state context under headings and in sentences SpecLint does not yet know. A team that wants a gate sets the rule to "warning" and adds its own headings as synonyms. Where a spec states a section in a sentence SpecLint cannot read as one, a `<!-- speclint-section audience -->` comment on that line says so, and the section counts.',
    category: 'sections',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    examples: {
      bad: [
        {
          markdown: '---\ntype: prd\n---\n# Checkout redesign\n\n## Requirements\n\n- One-page checkout.\n',
          note: 'A PRD with requirements and none of the context.',
        },
        { markdown: '# PRD: Saved carts\n\n## User problem\n\nTBD\n', note: 'A placeholder does not count.' },
      ],
      good: [
        {
          markdown:
            '# PRD: Saved carts\n\n## User problem\nShoppers lose carts when they switch devices.\n\n## Who it is for\nReturning shoppers on mobile.\n\n## Why it matters\nA fifth of carts are abandoned on a device switch.\n\n## Success metrics\nCart recovery from 3% to 10%.\n\n## Constraints\nNo new login flow this quarter.\n\n## Open questions\nIs there a simpler way to achieve this outcome?\n',
        },
        {
          markdown:
            '# PRD: Saved carts\n\n## User problem\nShoppers lose carts when they switch devices. Most are parents buying uniforms in August. <!-- speclint-section audience -->\n\n## Why it matters\nA fifth of carts are abandoned on a device switch.\n\n## Success metrics\nCart recovery from 3% to 10%.\n\n## Constraints\nNo new login flow this quarter.\n\n## Open questions\nIs there a simpler way to achieve this outcome?\n',
          note: 'The audience is stated in a sentence, and a comment tells SpecLint where.',
        },
        { markdown: '# Project README\n\nInstall with npm.\n', note: 'Not a spec, so no section is required.' },
      ],
    },
  },
  // Reads headings, the last block and the phrases that satisfy a section (the engine always parses those).
  triggers: () => [],
  check(ctx) {
    if (!ctx.kind) return;
    const status = sectionStatus(ctx.doc, ctx.kind);
    const title = ctx.doc.titleHeading;
    // Without a title, the first line (up to its line ending, never between a CR and its LF).
    const eol = ctx.text.search(/[\r\n]/);
    const anchor = title ? { start: title.start, end: title.headingEnd } : { start: 0, end: eol === -1 ? ctx.text.length : eol };
    const kindLabel = ctx.doc.kindLabel || KIND_LABELS[ctx.kind].toLowerCase();
    for (const e of status.entries) {
      if (e.state === 'missing') {
        const edit = insertionFor(ctx.doc, e.id);
        ctx.report({
          // A claim a reader may disagree with is asked, not stated.
          message: e.question
            ? `${e.question} This ${kindLabel} ${e.missing}, as far as SpecLint can tell. If it does not, add the "${e.title}" section.`
            : `This ${kindLabel} ${e.missing}. Add the "${e.title}" section.`,
          start: anchor.start,
          end: anchor.end,
          // Inserting a section is an authoring step the user asks for (quick fix, status bar), never
          // something --fix, Fix all or fix on save does: an empty skeleton is still a warning.
          fixes: edit.start >= ctx.text.length && endsInsideOpenBlock(ctx.doc) ? [] : [{ title: `Insert the "${e.title}" section`, edits: [edit], safe: false }],
          data: { sectionId: e.id, sectionTitle: e.title, state: 'missing' },
        });
      } else if (e.state === 'placeholder' && e.section) {
        ctx.report({
          message: `"${e.section.title}" holds only a placeholder, so this ${kindLabel} still ${e.missing}. Fill it in.`,
          start: e.section.start,
          end: e.section.headingEnd,
          data: { sectionId: e.id, state: 'placeholder' },
        });
      }
    }
  },
});
