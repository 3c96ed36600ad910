/** The ordered rule registry. The file name of each rule is its id. */
import type { Rule } from '../engine/types.js';
import requireSections from './require-sections.js';
import noMinimizers from './no-minimizers.js';

export const rules: readonly Rule<any>[] = [requireSections, noMinimizers];

export function ruleById(id: string): Rule<any> | undefined {
  return rules.find((r) => r.id === id);
}
