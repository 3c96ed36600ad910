/** The ordered rule registry. The file name of each rule is its id. */
import type { Rule } from '../engine/types.js';
import requireSections from './require-sections.js';
import problemBeforeSolution from './problem-before-solution.js';
import suggestSectionSynonym from './suggest-section-synonym.js';
import noMinimizers from './no-minimizers.js';
import noDemands from './no-demands.js';
import noPeopleAsResources from './no-people-as-resources.js';
import noEstimateHaggling from './no-estimate-haggling.js';
import deadlineNeedsReason from './deadline-needs-reason.js';
import creditTheTeam from './credit-the-team.js';
import teamPhrases from './team-phrases.js';

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
