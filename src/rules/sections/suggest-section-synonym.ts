import { defineRule } from '../define.js';
import { sectionStatus } from '../../engine/document/status.js';
import { nearSection } from '../../engine/document/sections.js';

/**
 * Once per document: a heading SpecLint does not know, close to a section it reports missing.
 * A question for the author (is "Drawbacks" your constraints?), answered by a synonym in the
 * config, so the team's own headings count from then on.
 */
export default defineRule({
  id: 'suggest-section-synonym',
  meta: {
    description: "Asks once per spec whether an unrecognised heading is a missing section under the team's own name.",
    rationale:
      "Teams name their sections their own way. When a spec has a heading SpecLint does not know and a section it cannot find, the heading may be that section: asking once, and letting the team add the heading as a synonym (in VS Code, one click on the quick fix writes it to the config file), beats repeating a missing-section warning the author disagrees with.",
    category: 'sections',
    defaultSeverity: 'info',
    fixable: false,
    examples: {
      bad: [
        {
          markdown: '---\ntype: prd\n---\n# Saved carts\n\n## User problem\nShoppers lose carts.\n\n## Who it is for\nReturning shoppers.\n\n## Why it matters\nA fifth of carts are lost.\n\n## Success metrics\nRecovery from 3% to 10%.\n\n## Open questions\nIs there a simpler way?\n\n## Cart expiry limits\nCarts expire after 30 days.\n',
          note: 'No constraints section, and "Cart expiry limits" may be it.',
        },
      ],
      good: [
        {
          markdown: '---\ntype: prd\n---\n# Saved carts\n\n## User problem\nShoppers lose carts.\n\n## Who it is for\nReturning shoppers.\n\n## Why it matters\nA fifth of carts are lost.\n\n## Success metrics\nRecovery from 3% to 10%.\n\n## Constraints\nNo new login flow.\n\n## Open questions\nIs there a simpler way?\n',
        },
      ],
    },
  },
  // Reads headings only.
  triggers: () => [],
  check(ctx) {
    if (!ctx.kind) return;
    const missing = sectionStatus(ctx.doc, ctx.kind).entries.filter((e) => e.state === 'missing');
    if (!missing.length) return;
    const candidates = missing.map((e) => ({ id: e.id, title: e.title, synonyms: ctx.doc.config.sections[e.id]!.synonyms }));
    for (const s of ctx.doc.sections) {
      if (s.isTitle || s.ids.length || s.solution || s.quote || s.placeholderOnly) continue;
      const id = nearSection(s.title, candidates);
      if (!id) continue;
      const c = candidates.find((x) => x.id === id)!;
      ctx.report({
        message: `"${s.title.trim()}" may be your "${c.title}" section. If it is, add it to sections.${id}.synonyms in the SpecLint config so it counts.`,
        start: s.start,
        end: s.headingEnd,
        data: { sectionId: id, sectionTitle: c.title, heading: s.title.trim() },
      });
      return;
    }
  },
});
