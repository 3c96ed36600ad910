/**
 * Which required sections a spec has: the shared answer behind the require-sections rule,
 * the status bar ("Brief 4/6") and the CLI's summary.
 */
import type { DocKind } from './types.js';
import type { SpecDocument, Section } from './document.js';
import { PhraseMatcher } from './phrases.js';

export type SectionState = 'present' | 'placeholder' | 'missing';

export interface SectionStatusEntry {
  id: string;
  title: string;
  missing: string;
  state: SectionState;
  /** The heading that holds it (present or placeholder). */
  section?: Section;
  /** Satisfied by a phrase in the text rather than a heading. */
  byPhrase?: { start: number; end: number };
}

export interface SectionStatus {
  kind: DocKind;
  entries: SectionStatusEntry[];
  present: number;
  required: number;
}

export function sectionStatus(doc: SpecDocument, kind: DocKind): SectionStatus {
  const ids = doc.config.kinds[kind].sections;
  const entries: SectionStatusEntry[] = [];
  for (const id of ids) {
    const def = doc.config.sections[id];
    if (!def) continue;
    const matches = doc.sections.filter((s) => s.ids.includes(id));
    const filled = matches.find((s) => !s.placeholderOnly);
    let entry: SectionStatusEntry = { id, title: def.title, missing: def.missing, state: 'missing' };
    if (filled) entry = { ...entry, state: 'present', section: filled };
    else {
      const phrase = def.satisfiedBy?.length ? findPhrase(doc, def.satisfiedBy) : undefined;
      if (phrase) entry = { ...entry, state: 'present', byPhrase: phrase };
      else if (matches.length) entry = { ...entry, state: 'placeholder', section: matches[0] };
    }
    entries.push(entry);
  }
  return { kind, entries, present: entries.filter((e) => e.state === 'present').length, required: entries.length };
}

function findPhrase(doc: SpecDocument, phrases: string[]): { start: number; end: number } | undefined {
  const m = new PhraseMatcher(phrases.map((p) => ({ phrase: p, data: p })));
  for (const b of doc.prose) {
    if (b.quoted) continue;
    const hit = m.match(b.tokens)[0];
    if (hit) return { start: hit.start, end: hit.end };
  }
  return undefined;
}
