/**
 * `npm run eval:compare`: what a change to the rules does to the labelled corpus, item by item.
 *
 *   npm run eval:compare -- --save /tmp/before.json     # before the change: record every outcome
 *   npm run eval:compare -- --against /tmp/before.json  # after it: what was gained and what was lost
 *   npm run eval:compare -- --against /tmp/before.json --matching 'usage metrics'
 *                                                       # only the sentences and documents that hold these words
 *
 * An outcome is, per sentence, the phrasing rules that flag it; per document and section, the state the
 * status gives it (judged with the kind the reader gives the document, as `npm run eval` does); per
 * document, each phrasing finding (and problem-before-solution's) and whether each labelled problem is caught. `npm run eval` gives the
 * totals; this tells which sentences and sections moved, so a fix can be checked for what it costs
 * before it is kept (every session used to rebuild such a script in a scratch folder).
 */
import fs from 'node:fs';
import path from 'node:path';
import { lint, defaultConfig, type DocKind } from '../src/engine/index.js';
import { rules } from '../src/rules/index.js';
import { labelSpans } from './spans.js';

const ROOT = path.dirname(new URL(import.meta.url).pathname);
const PHRASING = rules.filter((r) => r.meta.category === 'phrasing').map((r) => r.id);
const KIN: Record<string, string[]> = { 'no-minimizers': ['no-demands'], 'no-demands': ['no-minimizers'] };
const right = (flagged: string, labelled: string[]) => labelled.includes(flagged) || (KIN[flagged] ?? []).some((k) => labelled.includes(k));
const SECTION_IDS: Record<DocKind, string[]> = {
  brief: ['problem', 'audience', 'why', 'success', 'constraints', 'alternatives'],
  ticket: ['problem', 'why', 'acceptance'],
  launch: ['credits'],
};

export interface Outcomes {
  /** Per sentence id: the rules that flag it, the label, and the text. */
  sentences: Record<string, { flagged: string[]; labelled: string[]; text: string }>;
  /** Per `<slug>#<section>`: the state SpecLint gives and the state the reader gives. */
  sections: Record<string, { got: string; want: string }>;
  /** Per phrasing finding in a document (`<slug>:<line> <rule>`), and per labelled problem (`<slug> <text>`): right or caught. */
  documents: Record<string, { ok: boolean; text: string }>;
  /** The documents linted (their slugs), with or without a finding or a section to record. */
  read?: string[];
}

/** Lints the corpus in `dir` (eval/ by default) and records every outcome. */
export function outcomes(dir = ROOT, matching?: RegExp): Outcomes {
  const out: Outcomes = { sentences: {}, sections: {}, documents: {}, read: [] };
  const sentenceDir = path.join(dir, 'sentences');
  for (const f of fs.readdirSync(sentenceDir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(sentenceDir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const s = JSON.parse(line);
      if (matching && !matching.test(s.text)) continue;
      const text = s.context === 'launch' ? `---\ntype: launch\n---\n\n${s.text}\n` : `${s.text}\n`;
      const flagged = [...new Set(lint(text, { rules }).diagnostics.filter((d) => PHRASING.includes(d.ruleId)).map((d) => d.ruleId))].sort();
      out.sentences[s.id] = { flagged, labelled: s.settled?.rules ?? s.second?.rules ?? s.rules, text: s.text };
    }
  }
  const docDir = path.join(dir, 'docs');
  for (const f of fs.readdirSync(docDir).filter((x) => x.endsWith('.labels.json')).sort()) {
    const slug = f.replace(/\.labels\.json$/, '');
    const label = JSON.parse(fs.readFileSync(path.join(docDir, f), 'utf8'));
    const text = fs.readFileSync(path.join(docDir, `${slug}.md`), 'utf8');
    if (matching && !matching.test(text)) continue;
    out.read!.push(slug);
    const filePath = label.path ? `/corpus/${label.repo}/${label.path}` : `/corpus/${slug}.md`;
    const found = lint(text, { rules, filePath }).diagnostics.filter((d) => PHRASING.includes(d.ruleId));
    const inside = (t: string, offset: number) => labelSpans(text, t).some((s) => s.start <= offset && offset < s.end);
    for (const d of found) {
      const lab = label.phrasing.find((p: { text: string }) => inside(p.text, d.range.start.offset));
      const line = text.split('\n')[d.range.start.line - 1] ?? '';
      out.documents[`${slug}:${d.range.start.line} ${d.ruleId}`] = { ok: !!lab && right(d.ruleId, lab.rules), text: line.trim() };
    }
    for (const p of label.phrasing as { text: string; rules: string[] }[]) {
      if (!p.rules.length || !labelSpans(text, p.text).length) continue;
      const caught = found.some((d) => inside(p.text, d.range.start.offset) && p.rules.some((r) => right(d.ruleId, [r])));
      out.documents[`${slug} "${p.text.slice(0, 60)}"`] = { ok: caught, text: p.text };
    }
    if (!label.kind) continue;
    const config = defaultConfig();
    config.kinds[label.kind as DocKind].files = ['**'];
    const judged = lint(text, { rules, filePath, config });
    // problem-before-solution's finding, right where the reader says the solution comes first.
    for (const d of judged.diagnostics.filter((x) => x.ruleId === 'problem-before-solution')) {
      out.documents[`${slug} problem-before-solution`] = { ok: label.problemFirst === false, text: d.message };
    }
    for (const id of SECTION_IDS[label.kind as DocKind]) {
      const want = label.sections[id]?.state;
      const got = judged.status?.entries.find((e) => e.id === id)?.state;
      if (want && got) out.sections[`${slug}#${id}`] = { got, want };
    }
  }
  return out;
}

/** What changed between two recordings, as lines for a person: each gained or lost outcome, then the counts. */
export function compare(before: Outcomes, now: Outcomes): string[] {
  const lines: string[] = [];
  let gained = 0, lost = 0;
  const clip = (t: string) => t.replace(/\s+/g, ' ').slice(0, 140);
  for (const [id, s] of Object.entries(now.sentences)) {
    const b = before.sentences[id];
    if (!b || b.flagged.join() === s.flagged.join()) continue;
    const good = (flagged: string[]) => (flagged.length ? flagged.some((f) => right(f, s.labelled)) : !s.labelled.length);
    const better = good(s.flagged) && !good(b.flagged);
    const worse = !good(s.flagged) && good(b.flagged);
    if (better) gained++;
    if (worse) lost++;
    lines.push(`${better ? 'gained' : worse ? 'LOST  ' : 'moved '} ${id} [${b.flagged.join(', ')}] -> [${s.flagged.join(', ')}] labelled [${s.labelled.join(', ')}]: ${clip(s.text)}`);
  }
  for (const [key, s] of Object.entries(now.sections)) {
    const b = before.sections[key];
    if (!b || b.got === s.got) continue;
    const rightNow = (s.got !== 'present') === (s.want !== 'present');
    rightNow ? gained++ : lost++;
    lines.push(`${rightNow ? 'gained' : 'LOST  '} ${key}: ${b.got} -> ${s.got} (reader: ${s.want})`);
  }
  const keys = new Set([...Object.keys(before.documents), ...Object.keys(now.documents)]);
  for (const key of [...keys].sort()) {
    const b = before.documents[key];
    const s = now.documents[key];
    if (b && s && b.ok === s.ok) continue;
    // A finding that appears (or goes) is better when it is wrong (or right) the other way round; a labelled problem caught or missed.
    const isFinding = !key.includes(' "');
    const better = isFinding ? (s ? s.ok : !b!.ok) : !!s?.ok;
    better ? gained++ : lost++;
    lines.push(`${better ? 'gained' : 'LOST  '} ${key} ${isFinding ? (s ? `new ${s.ok ? 'right' : 'false'} finding` : `${b!.ok ? 'right' : 'false'} finding gone`) : s?.ok ? 'now caught' : 'now missed'}: ${clip((s ?? b)!.text)}`);
  }
  lines.push(`${gained} gained, ${lost} lost`);
  return lines;
}

/**
 * A recording cut to the items a narrower reading holds: the sentences and sections it has, and the findings of
 * its documents. With `--matching`, only the items that hold a candidate's words are linted again (seconds, not
 * minutes, for each phrase tried); the rest cannot have moved, and must not count as findings gone. (A document
 * the reader gives no kind has no sections, so which documents were read comes from `read` where it is recorded.)
 */
export function restrict(before: Outcomes, now: Outcomes): Outcomes {
  const slugs = new Set(now.read ?? Object.keys(now.sections).map((k) => k.split('#')[0]!));
  const docOf = (key: string) => /^[^\s:#]+/.exec(key)![0];
  return {
    sentences: Object.fromEntries(Object.entries(before.sentences).filter(([id]) => id in now.sentences)),
    sections: Object.fromEntries(Object.entries(before.sections).filter(([key]) => key in now.sections)),
    documents: Object.fromEntries(Object.entries(before.documents).filter(([key]) => slugs.has(docOf(key)))),
  };
}

function main(): void {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const save = arg('--save');
  const against = arg('--against');
  if (!save && !against) throw new Error('usage: npm run eval:compare -- --save <file.json> | --against <file.json>');
  if (against && !fs.existsSync(against)) throw new Error(`${against}: no such recording; make one with --save before the change`);
  const words = arg('--matching');
  if (save && words) throw new Error('--matching narrows --against only: a recording is always of the whole corpus');
  const matching = words ? new RegExp(words, 'i') : undefined;
  const now = outcomes(ROOT, matching);
  if (save) fs.writeFileSync(save, JSON.stringify(now));
  if (against) {
    const before = JSON.parse(fs.readFileSync(against, 'utf8')) as Outcomes;
    for (const line of compare(matching ? restrict(before, now) : before, now)) console.log(line);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  try {
    main();
  } catch (e) {
    console.error(`eval:compare: ${(e as Error).message}`);
    process.exitCode = 2;
  }
}
