/** The ordered rule registry. The file name of each rule is its id, in the folder of its category (phrasing/, sections/). */
import type { Rule } from '../engine/types.js';
import requireSections from './sections/require-sections.js';
import problemBeforeSolution from './sections/problem-before-solution.js';
import suggestSectionSynonym from './sections/suggest-section-synonym.js';
import noMinimizers from './phrasing/no-minimizers.js';
import noDemands from './phrasing/no-demands.js';
import noPeopleAsResources from './phrasing/no-people-as-resources.js';
import noEstimateHaggling from './phrasing/no-estimate-haggling.js';
import deadlineNeedsReason from './phrasing/deadline-needs-reason.js';
import creditTheTeam from './phrasing/credit-the-team.js';
import teamPhrases from './phrasing/team-phrases.js';

export const rules: readonly Rule<any>[] = [
  requireSections,
  problemBeforeSolution,
  suggestSectionSynonym,
  noMinimizers,
  noDemands,
  noPeopleAsResources,
  noEstimateHaggling,
  deadlineNeedsReason,
  creditTheTeam,
  teamPhrases,
];

export function ruleById(id: string): Rule<any> | undefined {
  return rules.find((r) => r.id === id);
}
