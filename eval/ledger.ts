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
