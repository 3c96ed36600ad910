/**
 * eval/first-sight.json, the first measurement of each blind round (eval/README.md): read by
 * `npm run eval` for RESULTS.md and by test/meta.test.ts, which holds the default severities to it.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Reading { rule: string; reading: 'warns' | 'asks'; what: string; rounds: string; right: number; flagged: number }
export interface Ledger {
  /** Per round, per rule: [right, flagged] sentences on first sight. */
  rounds: Record<string, Record<string, [number, number]>>;
  /** Within a rule, the readings that warn when it is set to `warning`, and those that stay questions. */
  readings: Reading[];
  /** Per round of real documents labelled blind, per section rule: [right, claimed] on first sight. */
  documents: Record<string, Record<string, [number, number]>>;
  /** The same rounds, per section: [right, claimed] "missing" claims. */
  documentSections: Record<string, Record<string, [number, number]>>;
}

export function loadLedger(): Ledger {
  return JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'first-sight.json'), 'utf8')) as Ledger;
}

/** A rule's first findings over every round: [right, flagged]. */
export function firstSight(ledger: Ledger, rule: string): [number, number] {
  return sum(ledger.rounds, rule);
}

/** A section rule's first claims over every round of documents: [right, claimed]. */
export function firstSightOnDocuments(ledger: Ledger, rule: string): [number, number] {
  return sum(ledger.documents, rule);
}

/** Summed over rounds: [right, flagged] of one key. */
export function sum(rounds: Record<string, Record<string, [number, number]>>, key: string): [number, number] {
  return Object.values(rounds).reduce<[number, number]>(([r, f], round) => [r + (round[key]?.[0] ?? 0), f + (round[key]?.[1] ?? 0)], [0, 0]);
}

/** What would warn if the rule were set to `warning`: its readings recorded as warning, or else every finding. */
export function wouldWarn(ledger: Ledger, rule: string): [number, number] {
  const warns = ledger.readings.find((r) => r.rule === rule && r.reading === 'warns');
  return warns ? [warns.right, warns.flagged] : firstSight(ledger, rule);
}

/** One sentence of a new round, linted: the rules that flag it (every finding, and the warnings when every phrasing rule is set to `warning`) and its label. */
export interface RoundOutcome { flagged: string[]; strict: string[]; labelled: string[] }

/**
 * A new round's first sight, per rule, in the shape `eval/first-sight.json` keeps: [right, flagged] over every
 * finding (`round`, its entry under `rounds`) and over the findings that would warn with the rule set to
 * `warning` (`warns`, what a rule's `readings` with `reading: warns` add up). `right` says whether a rule's
 * finding agrees with a label (kin rules count for each other).
 */
export function tallyRound(outcomes: RoundOutcome[], right: (flagged: string, labelled: string[]) => boolean): { round: Record<string, [number, number]>; warns: Record<string, [number, number]> } {
  const round: Record<string, [number, number]> = {};
  const warns: Record<string, [number, number]> = {};
  const add = (into: Record<string, [number, number]>, rule: string, ok: boolean) => {
    const e = (into[rule] ??= [0, 0]);
    e[0] += +ok;
    e[1]++;
  };
  for (const o of outcomes) {
    for (const f of new Set(o.flagged)) add(round, f, right(f, o.labelled));
    for (const f of new Set(o.strict)) add(warns, f, right(f, o.labelled));
  }
  const sorted = (r: Record<string, [number, number]>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
  return { round: sorted(round), warns: sorted(warns) };
}
