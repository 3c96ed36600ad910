import type { Rule } from '../engine/types.js';

/** Identity helper that keeps a rule's options typed. */
export function defineRule<O extends Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}
