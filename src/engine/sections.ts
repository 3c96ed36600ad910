/**
 * What a spec's sections mean: the built-in section definitions, heading matching by
 * meaning (synonyms, in any order, any numbering), and the document-kind profiles.
 */
import type { DocKind } from './types.js';

export interface SectionDef {
  id: string;
  /** Heading inserted by the "add missing section" fix. */
  title: string;
  /** Heading phrases that mean this section (matched as whole words, case-insensitive). */
  synonyms: string[];
  /** Prompt inserted under the heading (as an HTML comment) and shown in messages. */
  prompt: string;
  /** What the document lacks, as a predicate: "This brief <missing>." ("does not say who it is for"). */
  missing: string;
  /** Phrases anywhere in the prose that also satisfy the section (e.g. an invitation to push back). */
  satisfiedBy?: string[];
  /** Canonical position: the fix inserts a missing section after the sections that come before it. */
  order: number;
}

export const SOLUTION_ORDER = 100;

export const BUILTIN_SECTIONS: Record<string, SectionDef> = {
  problem: {
    id: 'problem',
    title: 'User problem',
    missing: 'does not state the user problem',
    synonyms: [
      'problem', 'problems', 'problem statement', 'user problem', 'customer problem', 'the problem',
      'pain point', 'pain points', 'pain', 'jobs to be done', 'job to be done', 'jtbd', 'what problem',
      'opportunity', 'user need', 'user needs', 'customer need', 'customer needs',
    ],
    prompt: 'What problem do users have today? Describe it from their side, with evidence (research, support tickets, data).',
    order: 1,
  },
  audience: {
    id: 'audience',
    title: 'Who it is for',
    missing: 'does not say who it is for',
    synonyms: [
      'who it is for', "who it's for", 'who is it for', 'who is this for', 'audience', 'target audience',
      'users', 'target users', 'user', 'customers', 'target customers', 'personas', 'persona',
      'user segments', 'segments', 'who', 'for whom', 'stakeholders and users', 'ideal customer',
    ],
    prompt: 'Which users or customers have this problem? How many of them, and how do we know?',
    order: 2,
  },
  why: {
    id: 'why',
    title: 'Why it matters',
    missing: 'does not say why it matters',
    synonyms: [
      'why it matters', 'why this matters', 'why now', 'why', 'motivation', 'rationale', 'business context',
      'business case', 'business value', 'context', 'background', 'impact', 'goals', 'goal', 'objectives',
      'value', 'strategic fit', 'why we are doing this', "why we're doing this",
    ],
    prompt: 'Why does this matter to the business now? What happens if we do nothing?',
    order: 3,
  },
  success: {
    id: 'success',
    title: 'What success looks like',
    missing: 'does not say what success looks like',
    synonyms: [
      'what success looks like', 'success', 'success metrics', 'success criteria', 'metrics', 'kpis', 'kpi',
      'measuring success', 'measures of success', 'outcomes', 'expected outcomes', 'key results', 'okrs',
      'definition of success', 'how we will measure', 'how we measure',
    ],
    prompt: 'How will we know it worked? Name the metric, where it is today and the target.',
    order: 4,
  },
  acceptance: {
    id: 'acceptance',
    title: 'Acceptance criteria',
    missing: 'has no acceptance criteria',
    synonyms: [
      'acceptance criteria', 'acceptance', 'definition of done', 'done when', 'done criteria', 'ac',
      'success criteria', 'test plan', 'how to verify', 'verification',
    ],
    prompt: 'How will we check it is done? List observable outcomes, not implementation steps.',
    order: 5,
  },
  constraints: {
    id: 'constraints',
    title: 'Constraints and tradeoffs',
    missing: 'shares no constraints or tradeoffs',
    synonyms: [
      'constraints', 'constraint', 'tradeoffs', 'tradeoff', 'trade offs', 'trade off', 'non goals', 'nongoals',
      'out of scope', 'scope and constraints', 'limitations', 'risks', 'risks and mitigations', 'assumptions',
      'dependencies', 'known constraints', 'considerations',
    ],
    prompt: 'What do we already know limits the solution (time, budget, platforms, policy)? What are we willing to trade off?',
    order: 6,
  },
  alternatives: {
    id: 'alternatives',
    title: 'Open to alternatives',
    missing: 'does not invite pushback or alternative solutions',
    synonyms: [
      'open to alternatives', 'alternatives', 'alternatives considered', 'alternative solutions', 'alternative approaches',
      'open questions', 'questions', 'questions for engineering', 'feedback wanted', 'feedback welcome',
      'options considered', 'other options', 'discussion', 'prior art',
    ],
    satisfiedBy: [
      'is there a simpler way', 'is there a better way', 'open to alternatives', 'open to other', 'push back',
      'pushback', 'other ideas', 'alternative approaches', 'better ideas', 'a different approach',
    ],
    prompt: 'This is a starting point, not a design. Is there a simpler way to achieve this outcome? Push back and propose alternatives.',
    order: 7,
  },
  credits: {
    id: 'credits',
    title: 'Credits',
    missing: 'does not credit the people who built it',
    synonyms: [
      'credits', 'credit', 'thanks', 'thank you', 'acknowledgements', 'acknowledgments', 'shout outs', 'shoutouts',
      'kudos', 'who built it', 'the team', 'team', 'built by', 'contributors',
    ],
    satisfiedBy: [
      'thanks to', 'thank you to', 'kudos to', 'shout out to', 'shout-out to', 'shoutout to', 'credit to',
      'built by', 'props to', 'huge thanks', 'big thanks', 'special thanks',
    ],
    prompt: 'Name the people and teams who built this, and what each of them made possible.',
    order: 200,
  },
};

/** Headings that introduce the solution: a problem statement should come before them. */
export const SOLUTION_SYNONYMS = [
  'solution', 'proposed solution', 'the solution', 'proposal', 'the proposal', 'requirements',
  'functional requirements', 'product requirements', 'technical requirements', 'design', 'technical design',
  'detailed design', 'implementation', 'implementation plan', 'approach', 'proposed approach', 'specification',
  'user stories', 'features', 'feature list', 'mockups', 'wireframes', 'architecture', 'how it works',
  'what we will build', "what we're building", 'what to build', 'scope',
];

/** Headings whose sections hold quoted material (customer quotes), not the author's own words. */
export const DEFAULT_QUOTE_SECTIONS = [
  'quotes', 'customer quotes', 'user quotes', 'verbatims', 'testimonials', 'interview notes', 'what customers said',
  'what users said', 'user feedback quotes',
];

export const DEFAULT_KIND_SECTIONS: Record<DocKind, string[]> = {
  brief: ['problem', 'audience', 'why', 'success', 'constraints', 'alternatives'],
  ticket: ['problem', 'why', 'acceptance'],
  launch: ['credits'],
};

export const KIND_LABELS: Record<DocKind, string> = { brief: 'Brief', ticket: 'Ticket', launch: 'Launch note' };

/** Front matter `type:`/`kind:` values and what kind of document each means. */
const FRONT_MATTER_KINDS: Record<string, DocKind> = {
  brief: 'brief', prd: 'brief', spec: 'brief', specification: 'brief', 'product-brief': 'brief', 'one-pager': 'brief',
  onepager: 'brief', rfc: 'brief', proposal: 'brief', 'feature-spec': 'brief', 'product-spec': 'brief',
  'product-requirements': 'brief', requirements: 'brief',
  ticket: 'ticket', story: 'ticket', 'user-story': 'ticket', issue: 'ticket', bug: 'ticket', task: 'ticket',
  feature: 'ticket', epic: 'ticket',
  launch: 'launch', 'launch-note': 'launch', 'launch-notes': 'launch', 'release-note': 'launch',
  'release-notes': 'launch', announcement: 'launch', changelog: 'launch',
};

export function kindFromFrontMatterValue(value: unknown): DocKind | null | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return Object.hasOwn(FRONT_MATTER_KINDS, key) ? FRONT_MATTER_KINDS[key]! : null;
}

const TITLE_PATTERNS: [DocKind, RegExp][] = [
  ['ticket', /\b(?:ticket|user stor(?:y|ies)|bug report|bug|task)\b|^[A-Z][A-Z0-9]{1,9}-\d{1,6}\b/i],
  ['launch', /\b(?:launch(?:ing|ed)?|release notes?|now available|introducing|announcing|we shipped|shipped)\b/i],
  ['brief', /\b(?:prd|product requirements?(?: doc(?:ument)?)?|product brief|brief|one[- ]pager|spec|specification|rfc|proposal|requirements)\b/i],
];

/** Kind from a document title, or null. The earliest match in the title wins ("PRD: launch emails" is a brief). */
export function kindFromTitle(title: string): DocKind | null {
  let best: DocKind | null = null;
  let bestAt = Infinity;
  for (const [kind, re] of TITLE_PATTERNS) {
    const m = re.exec(title);
    if (m && m.index < bestAt) {
      best = kind;
      bestAt = m.index;
    }
  }
  return best;
}

/** Lower-case words of a heading or synonym: numbering, emoji, punctuation and markup dropped. */
export function headingWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’ʼ]/g, "'")
    .replace(/^\s*(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[.)]\s+/, '')
    .replace(/^\s*\d+(?:\.\d+)*\s+/, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

interface Candidate {
  id: string;
  words: string[];
}

/**
 * Matches headings to section ids. A heading may mean several sections ("Problem and
 * motivation"); the longest synonym wins where two overlap ("Non-goals" is a constraint,
 * not a goal).
 */
export class HeadingMatcher {
  private readonly byFirst = new Map<string, Candidate[]>();

  constructor(entries: { id: string; synonyms: readonly string[] }[]) {
    for (const { id, synonyms } of entries) {
      for (const s of synonyms) {
        const words = headingWords(s);
        if (!words.length) continue;
        const list = this.byFirst.get(words[0]!) ?? [];
        list.push({ id, words });
        this.byFirst.set(words[0]!, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private readonly memo = new Map<string, string[]>();

  match(heading: string): string[] {
    const hit = this.memo.get(heading);
    if (hit) return hit;
    const ids = this.compute(heading);
    if (this.memo.size > 5000) this.memo.clear();
    this.memo.set(heading, ids);
    return ids;
  }

  private compute(heading: string): string[] {
    const words = headingWords(heading);
    const found: { id: string; start: number; len: number }[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const c of this.byFirst.get(words[i]!) ?? []) {
        if (i + c.words.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < c.words.length; k++) {
          if (words[i + k] !== c.words[k]) {
            ok = false;
            break;
          }
        }
        if (ok) found.push({ id: c.id, start: i, len: c.words.length });
      }
    }
    found.sort((a, b) => b.len - a.len || a.start - b.start);
    const taken = new Array<boolean>(words.length).fill(false);
    const spans: { start: number; len: number }[] = [];
    const ids: string[] = [];
    for (const f of found) {
      // The same words may mean two sections ("Success criteria"); a shorter overlap may not.
      const same = spans.some((s) => s.start === f.start && s.len === f.len);
      let free = true;
      for (let k = f.start; k < f.start + f.len; k++) if (taken[k]) free = false;
      if (!free && !same) continue;
      for (let k = f.start; k < f.start + f.len; k++) taken[k] = true;
      spans.push({ start: f.start, len: f.len });
      if (!ids.includes(f.id)) ids.push(f.id);
    }
    return ids;
  }
}
