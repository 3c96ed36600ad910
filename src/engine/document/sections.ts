/**
 * What a spec's sections mean: the built-in section definitions, heading matching by
 * meaning (synonyms, in any order, any numbering), and the document-kind profiles.
 */
import type { DocKind } from '../types.js';

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
  /**
   * The missing-section message asks this question instead of stating a verdict. Every built-in
   * section has one: on real documents labelled blind, no section's "missing" claims were right
   * often enough to state them (eval/README.md). A team's own section without one is stated.
   */
  question?: string;
  /** Phrases anywhere in the prose that also satisfy the section (e.g. an invitation to push back). */
  satisfiedBy?: string[];
  /**
   * Where those phrases count: the sections with these ids, and `#opening` for the text before
   * the first section and under Summary/Overview/Introduction. Anywhere when left out.
   */
  satisfiedIn?: string[];
  /** Canonical position: the fix inserts a missing section after the sections that come before it. */
  order: number;
}

export const SOLUTION_ORDER = 100;

/**
 * A use case's end state, checked once it has run ("## Postcondition", "## Success post-conditions", Cockburn's "Success
 * guarantees"): success in a spec, acceptance in a ticket (both readers took each corpus use case's so, round
 * zzzzzzzzzzzzzzzza).
 */
const USE_CASE_END = ['postcondition', 'postconditions', 'post-condition', 'post-conditions', 'success postconditions', 'success post-conditions', 'success guarantees', 'success guarantee'];

export const BUILTIN_SECTIONS: Record<string, SectionDef> = {
  problem: {
    id: 'problem',
    title: 'User problem',
    missing: 'does not state the user problem',
    // On real documents labelled blind, few "missing" claims were right: the others stated their problem
    // in a way SpecLint did not read. Asked, never stated. (Each section's first-sight figures, beside how
    // often readers found it missing: eval/RESULTS.md, "Sections on first sight".)
    question: 'What problem does this solve?',
    synonyms: [
      'problem', 'problems', 'problem statement', 'user problem', 'customer problem', 'the problem',
      'pain point', 'pain points', 'pain', 'jobs to be done', 'job to be done', 'jtbd', 'what problem',
      'opportunity', 'user need', 'user needs', 'customer need', 'customer needs', 'motivation', 'motive', 'motives', 'background', 'context',
      'problem description', 'problem definition', 'status quo', 'current state', 'current situation', 'current behavior', 'current behaviour',
      // What users said or research found is the problem told from their side.
      'feedback', 'user feedback', 'customer feedback', 'user research', 'research findings', 'evidence', 'insights',
      // Design-history pages tell the problem as what research found ("UR findings", "What we found").
      'findings', 'ur findings', 'user research findings', 'what we found', 'what we learned', 'what we learnt', 'what we heard',
      'the challenge', 'challenge', 'challenges', 'issue', 'the issue', 'objective',
      // A government one-pager's "Business need" states what the current system keeps people from doing.
      'need', 'needs', 'business need', 'business needs', 'context and motivation', 'description', 'background and motivation', 'rationale',
      // A bug report's problem is the defect it reports: how to make it happen, what happens, how to live with it.
      'steps to reproduce', 'repro steps', 'reproduction steps', 'steps to repro', 'how to reproduce', 'symptom', 'symptoms',
      'observed behaviour', 'observed behavior', 'actual behaviour', 'actual behavior', 'actual result', 'actual results',
      'workaround', 'workarounds', 'bug description', 'describe the bug', 'what happened',
      // A proposal's "# Purpose": what it is for, told as what is missing today ("We currently don't have a way to…").
      'purpose',
    ],
    prompt: 'What problem do users have today? Describe it from their side, with evidence (research, support tickets, data).',
    // Design docs often tell the problem in their opening paragraphs, or with who has it ("advanced
    // users who need control…", "It is critical to provide…").
    satisfiedBy: [
      // ("Can't you just…" is a demand: "can't" alone does not count.)
      'it is critical', 'there is no way', 'no way to', 'is not possible', 'unable to', 'lack of', 'lacks', 'there is no', 'the problem', 'problem is', 'pain point',
      // ("We need to reuse the old flow" is a demand, not a problem: "need to" alone does not count.)
      'struggle', 'struggles', 'who need', 'who needs',
      // A limit or a failure users live with today ("the app currently only notifies…", "propellor does
      // not work anymore"), or what the status quo costs them ("This can make the process take longer").
      'currently only', 'currently there is', 'currently there are', 'only supports', 'does not work', "doesn't work", 'no longer works', 'no longer work', 'not working',
      'fails to', 'fail to', 'will fail', 'would fail', 'take longer', 'takes longer', 'take a long time', 'takes a long time', 'time-consuming', 'time consuming',
      // A bug report's "**Symptom:** Error 547 …" tells the defect.
      'symptom', 'symptoms',
    ],
    // A "Why" section of a PRD often tells the problem it answers.
    satisfiedIn: ['#opening', 'audience', 'why'],
    order: 1,
  },
  audience: {
    id: 'audience',
    title: 'Who it is for',
    missing: 'does not say who it is for',
    // Design docs name their users in passing, so "missing" claims are often wrong (eval/RESULTS.md).
    question: 'Who has this problem?',
    synonyms: [
      'who it is for', "who it's for", 'who is it for', 'who is this for', 'audience', 'target audience',
      'users', 'target users', 'user', 'customers', 'target customers', 'personas', 'persona',
      'user segments', 'segments', 'who', 'for whom', 'stakeholders and users', 'ideal customer', 'user stories', 'user story',
      'target customers', 'target customer', 'user needs', 'customers and users', 'stakeholders', 'primary users', 'affected users',
      'who is affected', 'who benefits', 'who will benefit', 'use cases', 'user journeys', 'jobs to be done',
      // GitLab's feature proposal template, and model and project cards: "Intended users". A design's "User Roles"
      // names who uses it ("Contributors that can add boundaries, Validators that approve them…").
      'intended users', 'user roles', 'user groups', 'user group', 'user types', 'types of users', 'our users', 'intended user', 'intended audience', 'target persona', 'target personas',
    ],
    prompt: 'Which users or customers have this problem? How many of them, and how do we know?',
    // Where a heading is generic, saying who has the problem where the problem is told counts:
    // "library authors", "As a veteran, I want…", "Primary persona: …".
    satisfiedBy: [
      'as a user', 'as an admin', 'as a customer', 'as a developer', 'as an operator', 'primary persona', 'primary users', 'target users',
      'users', 'customers', 'developers', 'authors', 'maintainers', 'operators', 'administrators', 'admins', 'partners', 'applicants',
      'staff', 'teams', 'end users', 'end-users', 'programmers', 'programmer', 'developer', 'people', 'contributors', 'pilots', 'agencies', 'sellers',
      'merchants', 'patients', 'clinicians', 'students', 'teachers', 'members', 'subscribers', 'visitors', 'people who', 'anyone who',
      // Public-service and internal products name their people so ("Veterans miss…", "Engineers lose…").
      'veterans', 'families', 'caregivers', 'citizens', 'residents', 'employees', 'engineers', 'designers', 'researchers', 'integrators',
      // Who is affected, named so ("A user who scales up hundreds of nodes…", "Taxpayers whose return fails…",
      // "It will have the most impact on you if…"): 3 wrong "missing" claims fewer on the corpus, none added.
      'user who', 'user that', 'those who', 'be affected', 'are affected', 'impact on you', 'recipients', 'learners', 'taxpayers', 'owners',
      // Role nouns that can only mean people ("Data scientists doing exploratory analysis", "Delivery officers
      // present…"). Words that also name software ("workers", "agents", "clients", "consumers", "tenants",
      // "providers") were tried and left out: on the corpus they hit as often by luck as by meaning.
      // "parents" too: a tree's or a process's parents are as common in specs as a child's.
      'scientists', 'archivists', 'managers', 'officers', 'administrator', 'operator', 'maintainer', 'editors', 'analysts',
      'nurses', 'doctors', 'guardians', 'trainees', 'volunteers', 'practitioners', 'professionals', 'beginners',
      'newcomers', 'newcomer', 'beginner', 'implementers', 'implementors', 'embedders', 'publishers', 'creators', 'testers',
      'caseworkers', 'advisers', 'advisors', 'instructors', 'employers', 'claimants', 'households', 'schools', 'councils',
      'suppliers', 'buyers', 'vendors', 'candidates', 'referees',
    ],
    satisfiedIn: ['problem', 'why', '#opening'],
    order: 2,
  },
  why: {
    id: 'why',
    title: 'Why it matters',
    missing: 'does not say why it matters',
    // The stakes are often told with the problem, so "missing" claims are often wrong (eval/RESULTS.md).
    question: 'Why does this matter now?',
    synonyms: [
      'why it matters', 'why this matters', 'why now', 'why', 'motivation', 'motive', 'motives', 'rationale', 'business context',
      'business case', 'business value', 'context', 'background', 'impact', 'goals', 'goal', 'objectives',
      'value', 'strategic fit', 'strategic alignment', 'strategic context', 'why we are doing this', "why we're doing this", 'benefits', 'benefits gained',
      'problems addressed', 'business problem', 'opportunity', 'context and motivation', 'background and motivation',
      // VA.gov product outlines: "Why would a user want to use this?", "Why would your business want this to exist?"
      'desired outcomes', 'desired user outcomes', 'desired business outcomes', 'value propositions', 'value proposition',
      // "Who will benefit?": what each group gains is why the change is worth making.
      'who benefits', 'who will benefit',
      // Fedora-style change pages: "Benefit to Fedora", "Benefit to oVirt".
      'benefit',
    ],
    prompt: 'Why does this matter to the business now? What happens if we do nothing?',
    // Where the problem is told, its cost or its stakes say why it matters ("It is critical…",
    // "code is harder to follow", "prohibitively expensive", "The goal is to…").
    satisfiedBy: [
      'it is critical', 'it is important', 'critical', 'crucial', 'harder to', 'hard to', 'difficult to', 'expensive', 'costly',
      'confusing', 'error-prone', 'delays', 'frustrating', 'frustrated', 'the goal', 'our goal', 'the goal is', 'goal is to',
      'matters because', 'important because', 'what happens if we do nothing',
      // What the problem leads to ("…, which means campaigns reach people twice").
      'as a result', 'which means', 'results in', 'resulting in', 'leads to',
      // What it costs someone to keep as it is ("the #1 support burden", "the maintenance burden"): in
      // every brief and ticket of the corpus that says "burden", readers found why it matters.
      'burden',
      // What the change will bring, told with the problem ("this will reduce hold and call times for our contact teams").
      'will reduce', 'will improve', 'will increase', 'would reduce', 'would improve', 'would increase', 'will save', 'would save',
      // A harm the problem does, or a value the fix brings ("…hammering the clusters and causing connection errors").
      'negative impact', 'negatively impacts', 'negatively affects',
      'causing', 'causes', 'security issue', 'security issues', 'time savings', 'saves time', 'save time', 'biggest impact', 'most value',
      // The harm told as a noun ("duplicate links cause confusion", "This is misleading and hides the root cause",
      // "a vulnerability in rbenv"), and the purpose or value of the change ("to improve visual comfort",
      // "so that we can begin selling…", "It's useful to have a letter…", "important for PAWS to…").
      'confusion', 'misleading', 'vulnerability', 'vulnerabilities', 'pain',
      'to improve', 'to reduce', 'to help', ...['significantly', 'greatly', 'drastically', 'dramatically', 'substantially', 'considerably'].flatMap((a) => [`to ${a} reduce`, `to ${a} improve`]), 'will enable', 'would enable', 'so that we can', 'so that they can', 'so that users can',
      'useful', 'valuable', 'important for',
      'would benefit from', 'will benefit from', 'would benefit of', 'would greatly benefit',
      // Demand for it, told ("Easing this has been a long standing feature request … from many of the largest
      // global developers", "one of our most requested features").
      'long standing feature request', 'long-standing feature request', 'long standing request', 'long-standing request',
      'most requested', 'frequently requested', 'highly requested', 'often requested', 'commonly requested',
      // The reason named as such in the prose ("The main motivation behind Customer Analytics is as follows:").
      'the motivation behind', 'the main motivation', 'the motivation for', 'our motivation', 'motivated by',
      // Evidence of what is at stake ("sessions with autofill see up to 41% increase in checkout completion rate",
      // "we observe significant benefit", "high-cost to implement and maintain").
      'increase in', 'decrease in', 'significant benefit', 'high cost', 'high-cost',
      // What drives the work and what the fault does ("The drivers for this pilot include:", "which can lead to
      // transmission of…", "leaking potentially sensitive information", "Skipping it is important as it…").
      'drivers for', 'lead to', 'leaking', 'is important',
      // What the problem costs people in time, effort or waste ("especially during exams", "can easily stretch into
      // hundreds of hours for each Trust", "install about 50 CRDs even if you plan to use only 1").
      'especially during', 'hundreds of hours', 'thousands of hours', 'time-consuming', 'time consuming', 'tedious',
      'waste', 'wasted', 'wasting', 'wasteful', 'inefficient', 'overcrowding', 'overcrowded', 'struggle to', 'struggling to', 'struggle with',
      'cumbersome', 'unnecessary', 'unnecessarily', 'bloat', 'bloated', 'risk of', 'even if you',
      // The effort the problem costs, and demand for the change ("entries must be copied manually", "requested by several
      // councils", "will be very helpful for live reporting"): measured one by one, each moved only wrong claims.
      // ("have to", "so that", "in order to", "cannot", "lost" broke as many as they fixed. "lose", "broken", "slow" and
      // "fails" moved only wrong claims too, but they name the problem itself, "Shoppers lose carts", not why it matters.)
      'very helpful', 'manually', 'requested', 'asked for',
    ],
    satisfiedIn: ['problem', 'why', '#opening'],
    order: 3,
  },
  success: {
    id: 'success',
    title: 'What success looks like',
    missing: 'does not say what success looks like',
    // Goals are often stated without a heading (first-sight figures: eval/RESULTS.md).
    question: 'How will you know it worked?',
    synonyms: [
      'what success looks like', 'what does success look like', 'measure success', 'success', 'success metrics', 'success criteria', 'metrics', 'kpis', 'kpi',
      ...USE_CASE_END,
      'measuring success', 'measures of success', 'outcomes', 'expected outcomes', 'expected result', 'key results', 'okrs',
      'definition of success', 'how we will measure', 'how we measure', 'goals', 'goal', 'objectives', 'graduation criteria',
      // A "Vision" counts only where it names an outcome ("Reducing development efforts"), as "Goals" does.
      'vision',
      'verification', 'definition of done', 'acceptance criteria', 'measurable outcomes', 'measures', 'evaluation', 'proposed metrics',
      'success measures', 'target outcomes', 'results', 'objectives and key results', 'key performance indicators',
      'performance indicators',
      // "How will we know this works?", "How will we measure success?": the question put as a heading.
      'how will we know', 'how we will know', 'how will you know', 'how will we measure', 'how do we measure',
      // A Lean hypothesis ("We believe that … will result in …") names the outcome the change is for.
      'hypothesis', 'hypotheses', 'design hypotheses', 'our hypotheses',
      // Wagtail RFCs' "Intended Outcome"; "Measuring" (how use will be measured) in Meilisearch specs.
      'intended outcome', 'intended outcomes', 'measuring', 'measurement', 'measurements',
      'desired outcome', 'desired outcomes', 'expected results', 'examples of success',
      // MADR's "Decision Drivers" are the criteria a choice is judged by. Re-judged under one reading
      // (eval/README.md), success is stated in 6 of the 16 ADRs of the corpus with them, mostly elsewhere;
      // asking the heading for a stated outcome, or dropping it, fixed 4 claims and broke 4 or 5, so it stays.
      'decision drivers', 'decision driver',
      // A decision record's positive consequences, and a spec's benefits, are the outcomes it expects:
      // readers found success stated in 7 of the 9 briefs of the corpus with such a heading.
      // (Plain "Consequences" lists costs too: taken as success it fixed 15 wrong "missing" claims but
      // made 7 wrong "present" ones and lost 7 gaps, so it stays a constraints heading only.)
      'positive consequences', 'benefits', 'expected benefits', 'positive',
      // How use is counted after release ("Usage metrics", "Uptake"), the properties a design must have, and a
      // feature's test cases: readers took each as what success looks like (5 wrong "missing" claims, 0 lost).
      'usage metrics', 'adoption metrics', 'uptake', 'desired properties', 'test cases',
      // The state a change aims to leave things in ("End state to aim for", the Privacy Budget brief).
      'end state', 'desired end state',
    ],
    prompt: 'How will we know it worked? Name the metric, where it is today and the target.',
    // A stated target counts when its sentence is measurable ("Our goal is that … run with <100 MB").
    satisfiedBy: [
      'our goal is', 'the goal is', 'goal is to', 'we aim', 'we aim to', 'our target', 'the target is', 'success means',
      // "This proposal aims to allow…", "This feature's ultimate goal is to allow…" (with an outcome, as above).
      'aims to', 'ultimate goal', 'main goal', 'goals include',
      'success looks like', 'measured by', 'we will measure', 'we will know', 'must satisfy', 'succeeds when', 'successful when',
      // When the work counts as done: "This will be considered complete when: - Dataset events emit…".
      'considered complete when', 'considered done when', 'considered successful when', 'will be complete when', 'is complete when',
    ],
    order: 4,
  },
  acceptance: {
    id: 'acceptance',
    title: 'Acceptance criteria',
    missing: 'has no acceptance criteria',
    question: 'How will someone check it is done?',
    synonyms: [
      'acceptance criteria', 'acceptance', 'definition of done', 'done when', 'done criteria', 'ac',
      'success criteria', 'test plan', 'how to verify', 'verification',
      // A bug report's "Expected results" / "Expected behavior": what a tester checks once it is fixed.
      'expected result', 'expected behaviour', 'expected behavior',
      // What a work item hands over is what gets checked; Gherkin scenarios are acceptance tests.
      'deliverables', 'list of deliverables', 'expected deliverables', 'key deliverables',
      'acceptance tests', 'acceptance test',
      ...USE_CASE_END,
      // A spike's "Pass criteria": what decides that it worked.
      'pass criteria', 'exit criteria', 'completion criteria',
      // A user story's "Desired outcome": what the story's user sees when it works, which is what gets checked.
      'desired outcome', 'expected outcome',
      // A hiring task's "What we're expecting": the features a reviewer checks the submission for.
      'what we expect', "what we're expecting", 'what we are expecting',
    ],
    prompt: 'How will we check it is done? List observable outcomes, not implementation steps.',
    satisfiedBy: [
      'done when', 'is done when', 'tests must pass', 'all tests pass', 'tests pass', 'everything passes', 'tests added',
      'add tests', 'update any tests', 'should only',
      // A bug report's "Expected: …" is the behaviour a tester checks.
      'expected behaviour', 'expected behavior', 'expected result', 'expected outcome',
      'expected behaviours', 'expected behaviors', 'expected results', 'expected outcomes',
    ],
    order: 5,
  },
  constraints: {
    id: 'constraints',
    title: 'Constraints and tradeoffs',
    missing: 'shares no constraints or tradeoffs',
    question: 'What limits the solution?',
    synonyms: [
      'constraints', 'constraint', 'tradeoffs', 'tradeoff', 'trade offs', 'trade off', 'non goals', 'nongoals', 'non goal', 'nongoal',
      'out of scope', 'scope and constraints', 'limitations', 'risks', 'risks and mitigations', 'assumptions',
      'dependencies', 'known constraints', 'considerations', 'drawbacks', 'drawback', 'compatibility', 'source compatibility',
      'backwards compatibility', 'backward compatibility', 'impact on existing code', 'effect on abi stability', 'abi stability',
      // Shape Up pitches: the appetite (the time the team will spend), rabbit holes and no-gos bound the solution.
      'appetite', 'rabbit holes', 'rabbit hole', 'no-gos', 'no gos', 'nogos', 'no-go', 'no go',
      'no goals', 'non-goals', 'consequences', 'caveats', 'restrictions', 'security considerations', 'privacy considerations',
      'performance considerations', 'scope', 'downsides', 'costs', 'cost', 'open risks', 'trade-offs', 'limits',
      // An explainer's own section on how the feature could be abused ("Abuse Considerations", "Potential for misuse"): the
      // limits it must hold to, as its security and privacy sections are.
      'abuse considerations', 'abuse mitigations', 'abuse scenarios', 'potential for abuse', 'potential for misuse', 'misuse considerations',
      // gRPC proposals guard new behaviour behind an environment variable until it is proven.
      'temporary environment variable protection', 'environment variable protection',
      // Tekton's proposals weigh API conventions, performance, risks and drawbacks under "Design Evaluation".
      'design evaluation',
      // MADR's "Decision Drivers": the forces and criteria a choice has to meet.
      'decision drivers', 'decision driver',
      // Non-functional requirements bound the design as much as a stated limit does.
      'security', 'privacy', 'compliance', 'non-functional requirements', 'nonfunctional requirements', 'security and privacy',
      // What a team means to avoid bounds the design ("Undesired user outcomes" in VA.gov outlines).
      'undesired outcomes', 'undesired user outcomes', 'undesired business outcomes', 'out of current scope',
      // What a change does to what exists: a migration path, and a design template's "API / Performance
      // Impacts" (OpenBMC), bound it as compatibility does. (A bare "Impact" is more often why it matters.)
      'migration', 'migration path', 'migration plan', 'migration strategy', 'api impacts', 'api impact',
      'performance impacts', 'performance impact', 'security impacts', 'upgradability impacts', 'preconditions',
      // What an MVP leaves out ("What's OUT of the MVP"; "out of mvp", "not in mvp" are with the work left for later).
      'out of the mvp', 'not in the mvp', 'not in scope',
      // Where the first release stops: "MVP Boundaries" (Included / Excluded), "Scope boundaries".
      'mvp boundaries', 'scope boundaries', 'mvp scope',
      // Atlassian's PRD template closes with "Not Doing"; others write "What we're not doing".
      'not doing', 'what we are not doing', "what we're not doing", "what we won't do", 'what we will not do',
      // DataHub's "Non-Requirements"; MADR's "Negative Consequences" (its positive ones state success).
      'non-requirements', 'non requirements', 'nonrequirements', 'negative consequences',
      // "How We Are Minimizing Risk": the limits and safeguards a pilot sets itself.
      'minimizing risk', 'minimising risk', 'risk mitigation', 'mitigating risk', 'mitigating risks',
      // A discovery's "Our riskiest assumptions": the risks the next phase must test.
      'riskiest assumptions', 'key assumptions',
      // What is left for later bounds what is built now ("Stretch Goals / Post-MVP Enhancements", "Future work").
      'stretch goals', 'stretch', 'cons', 'post-mvp', 'post mvp', 'post-mvp enhancements', 'future enhancements', 'future work', 'future improvements', 'future improvement', 'future considerations', 'out of mvp', 'not in mvp', 'later phases', 'future phases',
    ],
    // Where no heading says it, a stated limit counts ("Ease of use is an explicit non-goal", "A single
    // label is restrictive", "This will not change…").
    satisfiedBy: [
      'non-goal', 'non goal', 'nongoal', 'out of scope', 'not in scope', 'constraint', 'constraints', 'limitation', 'limitations',
      'restriction', 'restrictions', 'restrictive', 'trade-off', 'tradeoff', 'drawback', 'caveat',
      'breaking change', 'not supported', 'will not', "won't", 'not ideal', 'at the cost of', 'backwards compatibility',
      'backward compatibility', 'lock-in',
      // A requirement the design must keep ("must stay out of version control", "only supports two levels"):
      // on the corpus these fixed 11 wrong "missing" claims for one wrong "present" ("limited to"); "must be"
      // and "depends on" were tried and left out (2 and 1 wrong "present" claims: "the value must be…").
      'must not', 'must stay', 'must remain', 'limited to', 'only supports', 'cannot be', 'must handle', 'only applies',
      // Who or what alone may do something ("Support can only contact taxpayers who contacted them first").
      'can only',
      // A requirement the solution must meet, in the prose that states it ("The export should not block the
      // UI", "This requires Postgres 12", "we need to support postgres v12", "must be accessible to WCAG 2.2"),
      // and a scope kept small for now ("To keep the scope small only…", "in the first release"). Measured one
      // by one on the corpus: together they fix 33 wrong "missing" claims for 1 lost gap.
      // (Not "must be", which describes a design as often as it limits it, "The value must be a string", and stands in
      // templates' checklists; nor "can't", which opens a demand as often: "Can't you just reuse the export job?")
      'should not', "shouldn't", 'requires', 'is required', 'are required', 'need to support', 'needs to support',
      'accessible to', 'keep the scope', 'for now', 'first release', 'first version',
      // A ceiling the design works under ("The maximum number of server nodes we can run with Heroku is 100").
      'the maximum number of', 'hard limit', 'upper limit',
      // What a proposal says it does not do bounds its scope ("This RFC does not suggest removing…").
      'does not propose', 'does not suggest', 'is not proposing', 'not part of this', 'this proposal does not', 'this rfc does not',
    ],
    prompt: 'What do we already know limits the solution (time, budget, platforms, policy)? What are we willing to trade off?',
    order: 6,
  },
  alternatives: {
    id: 'alternatives',
    title: 'Open to alternatives',
    missing: 'does not invite pushback or alternative solutions',
    question: 'Is there room for a better idea?',
    synonyms: [
      'open to alternatives', 'alternatives', 'alternatives considered', 'alternative solutions', 'alternative approaches',
      // "Alternate" for "alternative", as many write it ("# Alternate Solutions", round zo).
      'alternate solutions', 'alternate solution', 'alternate approaches', 'alternate designs', 'alternates', 'alternates considered',
      'open questions', 'open question', 'questions', 'question', 'questions for engineering', 'feedback wanted', 'feedback welcome',
      // (Named for what is still open in the design: "Open Design Questions", "Open design issues".)
      'open design questions', 'open design question', 'open design issues',
      // An RFC post's own call for input ("Giving Feedback": "if it doesn't cover your use case, bring that up").
      'giving feedback', 'request for feedback', 'requests for feedback',
      'options considered', 'other options', 'discussion', 'prior art', 'rationale and alternatives', 'rejected ideas',
      'rejected alternatives', 'considered alternatives', 'considered options', 'options', 'unresolved questions',
      'alternative designs', 'alternative approaches considered', 'alternatives and rationale', 'design alternatives',
      'design discussion', 'discussion points', 'open issues', 'unresolved issues',
      // PSR's "Approaches", OpenG2P's "Other Approaches": the ways weighed before one was chosen.
      'approaches', 'other approaches', 'approaches considered', 'other solutions',
      // A scaling plan's "Potential mitigations": the ways it might meet the load, none yet chosen.
      'potential mitigations', 'possible mitigations', 'mitigation options',
      // Options laid out before one is chosen ("## Solution options", "## Possible solutions").
      'solution options', 'possible solutions', 'possible approaches', 'design options', 'implementation options',
      // A decision record's "What did we evaluate", "Why not KCL?": the options it set aside.
      'what did we evaluate', 'what we evaluated', 'options evaluated', 'evaluated options', 'why not',
      // An explainer's FAQ asks it of itself: "Wouldn't this be better as..." (a CSS property, another API).
      "wouldn't this be better", "wouldn't it be better", 'would this be better', 'would it be better',
      // A "Recommendation" picks one of the options just weighed; an RFC's "Request for Comments" asks for others.
      'recommendation', 'recommendations', 'request for comments',
      // What is already out there, weighed before the proposal ("## Existing solutions", "## Related work").
      'existing solutions', 'existing solution', 'related work',
      // One alternative under its own heading, in the singular ("### Alternative Discussed", "## Alternative proposal").
      // (Not "alternative" alone: "Alternative config file", "Alternative back-end" name a feature being built.)
      'alternative considered', 'alternative discussed', 'alternative considerations', 'alternative proposal', 'alternative proposals',
      'alternative approach', 'alternative solution', 'alternative design', 'alternative implementation', 'alternative implementations',
    ],
    satisfiedBy: [
      'is there a simpler way', 'is there a better way', 'open to alternatives', 'open to other', 'push back',
      'pushback', 'other ideas', 'alternative approaches', 'alternate approaches', 'better ideas', 'a different approach', 'we considered',
      'alternatives considered', 'an alternative', 'alternatively', 'another option', 'we could', 'could also', 'rejected',
      'also considered', 'was considered', 'were considered', 'other approaches',
      // Options weighed in the text: "…the simplest approach but has the notable downside…", "None of
      // these solutions are ideal", "Option 2". (Not "compared to": it measures the one design against
      // today, and readers found no alternative in 5 of the 9 briefs where it was the only sign. Not "none
      // of these" of anything: "none of these adjustments get saved" describes the one design.)
      'downside', 'downsides', 'pros and cons', 'none of these options', 'none of these solutions', 'none of these approaches',
      'none of these alternatives', 'option {num}',
      // An option weighed and dropped ("we decided against the logical replication approach").
      'decided against', 'ruled out', 'alternative solution', 'alternative solutions',
      // A question left open or an option kept in view, in prose ("To be discussed: should we delete the tasks?",
      // "There are several ways to…", "TODO: reconsider this", "We will explore alternative options…"). Each was
      // measured alone on the corpus and moved only wrong claims; broader words ("instead of", "rather than",
      // "either", "could be", "vs") fixed as many claims as they broke, and are left out.
      'we might', 'open question', 'several ways', 'to be discussed', 'open for discussion', 'disadvantages', 'alternative options',
      'reconsider', 'should we', 'not worth', 'other ways', 'to discuss', 'open to suggestions', 'look forward to discussing',
      // Options weighed, said so: "We evaluated some of the major solutions currently available", "Two alternate approaches
      // were evaluated" (measured on the corpus: 1 claim fixed, none broken).
      'we evaluated', 'were evaluated',
      // Options counted before they are weighed: "Two possible options for backwards compatibility are as follows", "There
      // are two approaches to…", "a few options for…". (Not "Two options are added to customize the retry logic": a
      // command's options, told.)
      ...['two', 'three', 'several', 'a few'].flatMap((n) => ['options', 'approaches', 'alternatives'].flatMap((w) => [`${n} ${w} for`, `${n} ${w} to`, `${n} possible ${w}`])),
    ],
    prompt: 'This is a starting point, not a design. Is there a simpler way to achieve this outcome? Push back and propose alternatives.',
    order: 7,
  },
  credits: {
    id: 'credits',
    title: 'Credits',
    missing: 'does not credit the people who built it',
    question: 'Who built this?',
    synonyms: [
      'credits', 'credit', 'thanks', 'thank you', 'acknowledgements', 'acknowledgments', 'shout outs', 'shoutouts',
      'kudos', 'who built it', 'the team', 'team', 'built by', 'contributors',
      // NixOS's "Special thanks": a word before "thanks" says how warm, not what else it is.
      'special thanks', 'many thanks', 'big thanks', 'huge thanks',
      // Apache release posts close with a "List of Contributors".
      'list of contributors',
      // A launch post's story of who built it: "Building a team to create Uppy", "Meet the team".
      'building a team', 'building the team', 'meet the team', 'the team behind', 'the people behind',
    ],
    satisfiedBy: [
      'thanks to', 'thank you to', 'thank you so much to', 'thanks so much to', 'gratitude to',
      // "We had 4 new contributors in this release – @a, @b…": the people named as those who built it.
      'new contributors', 'kudos to', 'shout out to', 'shout-out to', 'shoutout to', 'credit to',
      // "Contributors to this release (pull requests, documentation, and package authors): [abea](…), …"
      'contributors to this release',
      // "Reason 3 is primarily the work of [Fred](…), [Iwan](…) and [Jared](…)".
      ...['is the work of', 'are the work of', 'was the work of'].concat(['primarily', 'mainly', 'mostly', 'largely', 'entirely'].map((w) => `${w} the work of`)),
      // "I would like to take the chance to congratulate the engineering teams involved in the development of this release".
      'congratulate the', 'congratulations to the', 'congratulations to all', 'congrats to the', 'congrats to all',
      // "You all helped build authentik": the community named as its builders.
      'you all helped build', 'who helped build',
      // "Thanks for all the code contributions!" over a list of who made them.
      ...['thanks', 'thank you'].flatMap((t) => ['all the', 'all your', 'your', 'the'].flatMap((d) => [`${t} for ${d} contributions`, `${t} for ${d} code contributions`])),
      'built by', 'props to', 'huge thanks', 'big thanks', 'special thanks', 'want to thank', 'like to thank', 'thank the',
      'thanks the', 'grateful to', 'thanks go to', 'thanks goes to', 'with help from', 'contributions from',
      // "This feature is a community contribution from [@Daluur](…)".
      'contribution from',
      // "Notify was developed by the CDS platform team".
      'developed by', 'created by', 'made possible by', 'designed and built by',
      // "This logo was designed by [Gus Becker]" (after a form of "be", as "developed by").
      'designed by',
      // A person praised for their part: "Harish did great work during Google Summer of Code to add…", "Luís
      // Carvalho worked together with core team members Philip and Ben to deliver dark mode".
      'did great work', 'did amazing work', 'did a great job', 'did an amazing job', 'did a fantastic job', 'worked together with',
      // "We thank all the contributors for all the effort put into improving the language!"
      'we thank', 'thank all',
      // Thanks said to the people themselves: "(thank you beta testers for finding and reporting these)".
      ...['thank you', 'thanks'].flatMap((t) => ['beta testers', 'testers', 'contributors', 'translators', 'reviewers'].flatMap((who) => [`${t} ${who}`, `${t}, ${who}`, `${t} to our ${who}`])),
      'hard work of', 'hard work from',
      // A co-builder named beside the writer: "Over the last year, David Chiles and I have been working on a major overhaul".
      'and i have been working on', 'and i worked on', 'and i built', 'and i have built', 'and i have been building',
      // "Significant work was done by @PFischbeck to improve type safety".
      'work was done by', 'work done by',
      // "Much work on the core code of GEOS was … [carried out by Dan Baston](…)".
      'carried out by',
      // The team credited as a whole: "It's been a huge effort by the whole team."
      'effort by the', 'effort from the', 'whole team', 'entire team',
      // Applause and gratitude for the builders: "Everybody involved deserves a huge round of applause", "We would like to
      // express our gratitude by sharing the author's GitHub profile link".
      'round of applause', 'express our gratitude', 'express our thanks',
      // "Thanks always to all the developers who contributed to this release".
      'contributed to this release',
      // "We can't thank them enough for their work", "we thank them for their contributions".
      'thank them enough', 'thank them for their',
      // The teams who built it together: "Cal-ITP Benefits is the product of a collaboration between Cal-ITP and the Digital
      // Identity team", "built in collaboration with …".
      'collaboration between', 'in collaboration with',
      // "RethinkDB 2.3 includes TLS support, contributed by [Josh Hawn]".
      'contributed by',
      // "With the help of many contributors, Fabric API has received some new features"; "Built with love by folks
      // from Microsoft, SUSE, LiquidReply, and Fermyon".
      'with the help of', 'built with love by', 'made with love by',
    ],
    prompt: 'Name the people and teams who built this, and what each of them made possible.',
    order: 200,
  },
};

/**
 * Headings that open a design doc (Summary, Abstract, Overview…): they carry the problem for
 * problem-before-solution, and "who it is for" stated under them counts. ("Context" is a
 * problem synonym already.)
 */
export const OPENING_HEADING = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:summary|abstract|overview|introduction|synopsis|tl;?dr|executive summary|objective|about|what is)\b/i;

/** A task-list item: "- [ ] port fs.open", "* [x] show the progress bar" (a step to do, not text that describes). */
export const TASK_ITEM_LINE = /^[ \t>]*[-*+][ \t]+\[[ xX]\][ \t]+\S/;

/**
 * Words of running text in `text` from `start` to `end`, read from the source (a partial parse may not
 * hold the paragraphs): metadata lines ("Author: …"), fenced code, tables, quotes, HTML and images do not count,
 * nor, with `skipTasks`, task-list items.
 */
export function runningWords(text: string, start: number, end: number, skipTasks = false): number {
  let words = 0;
  let fence = false;
  for (const line of text.slice(start, end).split(/\r?\n/)) {
    if (/^\s*(?:```|~~~)/.test(line)) fence = !fence;
    if (fence || METADATA_LINE.test(line) || /^\s*(?:[|>]|<|!\[|\[!\[|```|~~~)/.test(line)) continue;
    if (skipTasks && TASK_ITEM_LINE.test(line)) continue;
    words += line.split(/\s+/).filter((w) => /[a-z]{2}/i.test(w)).length;
  }
  return words;
}

/**
 * A heading's meaning can depend on where it stands. "Rationale" after the design (gRPC's template:
 * "alternate approaches and the trade offs") weighs alternatives and tradeoffs; before it, it is the why.
 * "Current …"/"Existing …" ("Current batch functionality") describes the status quo: the problem.
 */
export function positionalIds(title: string, ids: string[], afterSolution: boolean): string[] {
  const words = headingWords(title);
  let i = 0;
  while (i < words.length - 1 && i < 3 && HEADING_LEADS.has(words[i]!) && words[i] !== 'current') i++;
  const head = words[i];
  if (head === 'rationale' && afterSolution) return [...new Set([...ids.filter((id) => id !== 'problem'), 'alternatives', 'constraints'])];
  // ("Current status", "Current phase requirements" tell where the project stands, not the users' problem.)
  if (!ids.length && (words[0] === 'current' || words[0] === 'existing') && words.length >= 2 && words.length <= 4 && !PROJECT_STATE_WORDS.has(words[1]!)) return ['problem'];
  return ids;
}

/**
 * A solution heading that names what exists before the change ("Initial design", "Current architecture", "Existing
 * implementation"): the status quo a design-history page opens with, not the solution. (Read by document.ts when it
 * marks where the solution starts, beside positionalIds' "Current …" as the problem.)
 */
export const STATUS_QUO_HEADING = /^\s*(?:the\s+)?(?:initial|current|existing|original|previous|old|legacy)\s/i;

/** What "Current …" names when it is the project's own state, not the status quo users live with. */
const PROJECT_STATE_WORDS = new Set(['status', 'phase', 'progress', 'release', 'version', 'owners', 'owner', 'team', 'timeline', 'plan', 'priorities', 'scope', 'milestone', 'milestones', 'sprint']);

/**
 * Heads of a success heading that name a direction, not a measure ("Goals", "Objectives"): they count
 * as success only when what they hold is measurable (a number, a date, a metric) or an outcome.
 */
export const GENERIC_SUCCESS_HEADS = new Set(['goal', 'goals', 'objective', 'objectives', 'results', 'vision']);

/**
 * A goal stated as an outcome rather than as a feature: an item or sentence that opens with a verb of
 * change ("Reduce downtime of …", "Enable users to …", "Make upgrades easier", "The goal is to allow …").
 * "Provide a flag", "Support canceling …" and "The tool must …" name what gets built, not what success is.
 */
const OUTCOME_OPENING = new RegExp(
  String.raw`^(?:(?:the|our|my|one|a|main|primary|overall|key|its|this [\w-]+'s) (?:(?:main|primary|overall|key|ultimate) )?(?:goals?|aims?|objectives?|intent|purpose)(?: of this \w+)? (?:is|are|was) (?:to )?|we (?:want|aim|hope|intend) to |(?:this|the) [\w-]+ (?:aims|intends) to |(?:in order )?to )?` +
    String.raw`(?:reduce|improve|alleviate|enable|allow|let|help|gain|increase|decrease|lower|cut|minimi[sz]e|maximi[sz]e|avoid|eliminate|ensure|prevent|simplify|speed up|shorten|empower|remove the need|` +
    // The same told as an activity: "Reducing development efforts", "Removing the need for manual matching".
    String.raw`reducing|improving|increasing|decreasing|lowering|minimi[sz]ing|eliminating|removing the need|` +
    String.raw`make (?:[\w'-]+ ){0,6}?(?:easier|simpler|faster|safer|clearer|possible|more|less)|` +
    // An outcome named as a change that has happened: "Increased speed of payment", "Reduced workload for…".
    String.raw`increased|reduced|decreased|lowered|shortened|fewer|faster)\b`,
  'i',
);

/** Whether a goal section or statement names an outcome in at least one item or sentence. */
export function statesOutcome(text: string): boolean {
  for (const line of text.split('\n')) {
    const item = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/^(?:[*_]+|\[[^\]]*\](?!\()|\s+)+/, '');
    for (const sentence of item.split(/(?<=[.!?])\s+/)) if (OUTCOME_OPENING.test(sentence.trim())) return true;
  }
  return false;
}

/**
 * A goal told as a comparison with how things are today: "Is less friction for the customer than current
 * challenge flows", "stronger authentication than today's flows". It names the outcome the change is judged by.
 */
const THAN_TODAY = /\b(?:more|less|fewer|better|faster|stronger|safer|cheaper|simpler|easier|lower|higher|smaller|quicker|shorter|sooner)\b[^.\n]{0,80}?\bthan (?:(?:the|our|its|their) )?(?:current(?:ly)?|today(?:'s)?|existing|present|previous(?:ly)?|before|now|legacy|the status quo)\b/i;
export const comparedToToday = (text: string) => THAN_TODAY.test(text);

/** A heading that numbers one of several options: "Option 1: No local datastore", "Suggestion 2 (@ariels)", "Approach B", "Second method", "8.1. Option A". */
export const OPTION_HEADING = /^(?:\*\*|__)?(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:option|suggestion|alternative|approach|proposal|solution|variant|idea)\s*(?:#?\d+|[a-d]|one|two|three)\b|(?:first|second|third) (?:option|method|approach|alternative|solution|proposal|idea|variant)\b)/i;

/** A number set as a target: a bound ("< 200 ms"), a percentage, or a quantity with its unit ("3 days", "1000 users"). */
export const NUMBER_TARGET = /[<>≤≥]\s*\d|\d\s*%|\d+(?:[.,]\d+)?\s*(?:ms|s|sec|seconds?|minutes?|hours?|days?|weeks?|months?|years?|x|times|percent|mb|gb|kb|tb|users|requests|rps|qps)\b/i;

/** A measurable statement: a number, a percentage, a comparison, a date, or a metric named. */
export function isMeasurable(text: string): boolean {
  const t = text
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, ' ')
    .replace(/\]\([^)]*\)|https?:\/\/\S+|`[^`]*`|#\d+/g, ' ');
  return (
    NUMBER_TARGET.test(t) ||
    /\b(?:from|to|by|under|below|above|within|at least|at most|less than|more than|fewer than|over)\s+\$?\d/i.test(t) ||
    /\b(?:by|before|in)\s+(?:q[1-4]|h[12]|(?:the )?end of|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i.test(t) ||
    /\b(?:metrics?|kpis?|p9\d|p50|latency|throughput|conversion|retention|error rate|slos?|slas?|nps|csat|adoption rate|success rate)\b/i.test(t)
  );
}

/**
 * A metadata line at the top of a design doc ("**Owner** …", "* **Status**: Draft", "Authors: …"):
 * it names people and states, not the problem or its audience.
 */
const METADATA_KEYS = String.raw`owners?|author\(s\)|authors?|contributors|status|type|reviewers?|approvers?|sponsors?|champions?|drivers?|dri|editors?|start date|created|last updated|updated|discussion|feature name|tracking issue|rfc pr|implementation pr|shepherds?|deciders|date|version|team|stakeholders`;
export const METADATA_LINE = new RegExp(String.raw`^\s*(?:[-*+]\s+)?(?:\*\*|__)?(${METADATA_KEYS})(?:\*\*|__)?\s*(?::|\*\*:|\s(?=\[|@))`, 'i');
/** A row of a metadata table ("| **Authors** | Yi Situ, … |"): its first cell names a field of the document. */
export const METADATA_ROW = new RegExp(String.raw`^\s*\|?\s*(?:\*\*|__)?(?:${METADATA_KEYS})(?:\*\*|__)?\s*:?\s*\|`, 'i');

/** Headings that introduce the solution: a problem statement should come before them. */
export const SOLUTION_SYNONYMS = [
  'solution', 'proposed solution', 'the solution', 'proposal', 'the proposal', 'requirements',
  'functional requirements', 'product requirements', 'technical requirements', 'design', 'technical design',
  'detailed design', 'implementation', 'implementation plan', 'approach', 'proposed approach', 'specification',
  'features', 'feature list', 'mockups', 'wireframes', 'architecture', 'how it works',
  'what we will build', "what we're building", 'what to build', 'design details', 'design proposal', 'proposed design',
  'proposed change', 'proposed changes', 'guide-level explanation', 'reference-level explanation', 'decision',
  'internal details', 'detailed proposal', 'proposed new functionality', 'new functionality', 'technical description',
  // Question-form template headings ("What're you building", "How should we address this?").
  "what're you building", 'what are you building', "what you're building", 'what we are building', 'address this',
  // (A course's product plan: "Q1: What are you planning to build?")
  'what are you planning to build', 'what we are planning to build', 'what we plan to build',
];

/**
 * Words a heading may open with before its head phrase ("Key goals", "Our motivation",
 * "Detailed design"): the head phrase must start the heading, after at most these.
 */
export const HEADING_LEADS = new Set([
  'the', 'a', 'an', 'our', 'key', 'main', 'core', 'primary', 'current', 'high-level', 'high', 'level', 'detailed', 'technical',
  'product', 'business', 'customer', 'user', 'project', 'overall', 'initial', 'proposed', 'known', 'additional', 'other',
  'potential', 'possible', 'open', 'summary', 'brief', 'short', 'general', 'specific', 'important', 'major', 'top', 'step',
  'part', 'section', 'appendix', 'secondary', 'tertiary', 'long-term', 'short-term', 'long', 'short', 'term', 'expected',
  // "More questions" are questions still open (round zzzs–zzzu; no other heading in the corpus moved).
  'more',
]);
/** Words that open what a question's named section is about: "the problem *you* are trying to solve", "the users *that* …". */
const RELATIVE_STARTS = new Set(['you', 'we', 'they', 'that', 'which', 'who', 'i', 'our', 'your']);
/** How a question heading opens before the words that name its section: "What is the", "How should we". */
const QUESTION_OPENERS = new Set([
  'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where', "what's", "what're", "who's",
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'should', 'will', 'would', 'can', 'could', 'must', 'shall', 'may', 'might',
  'we', 'you', 'they', 'it', 'this', 'these', 'there', 'i', 'your', 'their',
]);
/** Words between two head phrases of one heading: "Problem *and* motivation", "Risks *&* mitigations". */
const HEADING_JOINS = new Set(['and', 'or', 'vs', 'versus', 'plus', 'with']);
/** Words that may follow "success" in a heading that is about it (besides a join): what measures it, or for whom or when it holds. */
const SUCCESS_TAILS = new Set([
  'metrics', 'metric', 'criteria', 'criterion', 'measures', 'measure', 'measurement', 'measurements', 'indicators', 'signals',
  'factors', 'definition', 'defined', 'looks', 'means', 'conditions', 'targets', 'goals', 'outcomes', 'kpis', 'kpi',
  'for', 'of', 'in', 'on', 'at', 'by', 'if', 'when', 'is', 'will', 'would', 'should', 'we',
]);

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
  // Work offered to outside contributors: a grant programme's "Project Idea", a bounty, a request for proposals.
  'project-idea': 'ticket', bounty: 'ticket', rfp: 'ticket',
  launch: 'launch', 'launch-note': 'launch', 'launch-notes': 'launch', 'release-note': 'launch',
  'release-notes': 'launch', announcement: 'launch', changelog: 'launch',
};

export function kindFromFrontMatterValue(value: unknown): DocKind | null | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (Object.hasOwn(FRONT_MATTER_KINDS, key)) return FRONT_MATTER_KINDS[key]!;
  // A type of page that is no spec ("type: docs") says so; a value of some other scheme ("type:
  // Standards Track" in an Ethereum proposal) says nothing either way, so the rest of the file decides.
  return NOT_SPEC_TYPES.has(key) ? null : undefined;
}

/** Front matter `type:` values of pages that are no spec, ticket or launch note. */
const NOT_SPEC_TYPES = new Set([
  'doc', 'docs', 'documentation', 'page', 'pages', 'guide', 'guides', 'tutorial', 'tutorials', 'reference', 'readme', 'how-to',
  'howto', 'landing', 'home', 'index', 'policy', 'meeting-notes', 'minutes', 'note', 'notes', 'glossary', 'faq', 'api', 'example',
]);

/** The names of proposal processes' numbered documents ("KEP-3104", "eip: 7785" in front matter). */
export const PROPOSAL_NAMES = ['kep', 'rfc', 'adr', 'pep', 'otep', 'kip', 'flip', 'jep', 'jsr', 'dep', 'bip', 'eip', 'erc', 'tep', 'gep', 'hip', 'zep', 'xep', 'nep', 'fep', 'cfp', 'dip'];
/**
 * Numbered proposals ("KEP-3104", "RFC 2119", "ADR-012", "A113:") are specs, not ticket keys: the names above,
 * a few more that are only ever numbered so, and gRPC's "A113".
 */
const PROPOSAL_KEY = new RegExp(`^\\s*(?:${[...PROPOSAL_NAMES, 'oep', 'sep', 'cep', 'mep', 'rep', 'sip', 'design', 'proposal', 'a'].join('|')})[- _]?\\d+\\b`, 'i');
/**
 * "As a site user, I …", "**As a** system architect, **I** …", "As a Security Engineer\\ I …" (markup and hard
 * breaks between the words allowed), and a story told as a list ("- **As a** Marketing Manager,\n- **I want to** …").
 */
// (The role is written: a template's stand-in "[type of user]" or "<persona>" names no one.)
const STORY_OPENING = String.raw`\bAs an?\b(?![*_\s]*[\[{<\uFFFC])[*_\s]+[^,.\n]{1,60}?,?[*_\s\\]+(?:[-*+][ \t]+[*_]*)?I `;
/**
 * A user story, as the kind reads it: "As a site user, I want …". (Not "I need": design docs state
 * requirements so, "As a repository owner, I need to protect a branch".)
 */
export const USER_STORY = new RegExp(`${STORY_OPENING}want\\b`, 'i');
/** A user story's ask in any of its forms ("I want", "I need", "I would like"), where its "so that" gives the why. */
export const USER_STORY_ASK = new RegExp(`${STORY_OPENING}(?:want|need|would like)\\b`, 'i');
/** A user story's wish, which names who it is for: "As a member of the marketing team, I'd like to…" (not "I need", as requirements are stated). */
export const USER_STORY_WISH = new RegExp(`${STORY_OPENING.replace(/I $/, '')}I(?: (?:want|would like|would love)|['’]d (?:like|love))\\b`, 'i');
/** A tracker's key opening a title ("ABC-123: …"). */
export const TICKET_KEY = /^\s*[A-Z][A-Z0-9]{1,9}-\d{1,6}\b/;

/** Nouns of how work is done, which a ticket or a launch word may modify: "Ticket Lifecycle", "Launch process". */
const PROCESS_NOUNS = String.raw`life[-_ ]?cycles?|workflows?|process(?:es)?|templates?|guidelines?|guides?|polic(?:y|ies)`;
/** The work before a launch or a release, which a title may name instead of the launch itself ("Launch plan", "Release day checklist"). */
const WORK_BEFORE = String.raw`${PROCESS_NOUNS}|checklists?|plans?|planning`;
/**
 * Nouns of a process or a place that a kind word modifies when it names a page's topic: "Ticket Lifecycle", "Bug
 * Triage", "Bounty Program".
 */
export const TOPIC_NOUNS = String.raw`(?:${PROCESS_NOUNS}|triage|programs?|programmes?|bash(?:es)?|trackers?|tracking|management|handling|labels?|fields?|priorit(?:y|ies)|severit(?:y|ies)|hygiene|boards?|queues?|system|types?|etiquette|conventions?)\b`;

const TITLE_PATTERNS: [DocKind, RegExp][] = [
  // ("RFP: …", a request for proposals: work offered to teams to bid on.)
  // ("Task" names the document only when it opens the title as a label, "Task: …", "[Task] …"; elsewhere it is
  // what the work is about: "Task Local Values", "Background task scheduling".)
  // (In the plural, tickets are what a page is about, "Help Wanted tickets", "Severity Levels for Bug Tickets", unless
  // they label it: "Jira Tickets: Database-backed agency configuration".)
  // (A ticket word before a noun of process names the page's topic: "Jira Ticket Lifecycle", "Arrange a Bounty
  // Program", "Bug Triage".)
  ['ticket', new RegExp(String.raw`(?<![\w-])(?:ticket(?:s(?=\s*[:—–-]))?|user stor(?:y|ies)|bug report|bug(?! tickets| reports| ?fix(?:es)? release)|feature request|rfp|request for proposals?|bounty|known issue)(?![\w-])(?!\s+${TOPIC_NOUNS})|^\s*\[?task\]?\s*[:—–\]-]`, 'i')],
  // A spike or an epic numbered or named as a work item opens its title ("Spike 03 — iOS tap injection", "Epic:
  // Streaks"): a tracker's work item, however large. A traffic spike in a title is what a design handles.
  ['ticket', /^\s*(?:spike|epic)\b\s*#?\d*\s*[:—–-]/i],
  // A hiring task set as one piece of work: "Busbud Front-End Coding Challenge", "Form3 Take Home Exercise", "Oodrive -
  // Front-end technical test", "Systems Assignment". (All 8 such titles in the corpus are tickets. Not in the plural,
  // "Technical challenges", nor a test's plan: "Coding test strategy".) A coding kata set as a task, "Kata: Train
  // Reservation", "The Supermarket Receipt Refactoring Kata", is one too (both in the corpus are tickets).
  ['ticket', new RegExp(String.raw`^\s*kata\s*[:—–-]|\bkata\s*$|\b(?:take[- ]home|coding|code|programming|technical|tech|hiring|interview|recruit(?:ment|ing)|front[- ]?end|back[- ]?end|full[- ]?stack|systems)\s+(?:(?:coding|technical|programming)\s+)?(?:challenge|exercise|assignment|assessment|(?<=(?:take[- ]home|technical|tech|hiring|interview|coding|recruit(?:ment|ing))\s+(?:(?:coding|technical|programming)\s+)?)test)(?![\w-])(?!\s+(?:${TOPIC_NOUNS}|plans?|strateg(?:y|ies)|suites?|results?|coverage|framework|solutions?|answers?|submissions?))`, 'i')],
  // Release posts: "Go 1.22 is released!", "Announcing Rust 1.75.0", "Go 1.21 Release Candidate", "Go 1.18 Beta 1 is available".
  // ("Release 2026-01-05", "Release v1.4.0": a release named by its date or version; "Lemmy Release v0.11.0", "CloudQuery
  // V1 Release", "Podman Desktop 1.10 Release", "Docsy 0.9.0 release report": a product's. Or what a product's version brings: "Apache ECharts 5.5.0
  // Features", "iTwin.js 4.3.0 Change Notes", "Features and Improvements in ArangoDB 3.1". Or a kind of release: "Beta
  // release 5.0.0beta1 (24 Dec 2024)".)
  // (A launch's plan, checklist or process is work before it, not its note: "Launch Plan". Not every topic noun:
  // "Launching Boards" launches a product called Boards.)
  // A project's periodic news, "This Month in Rust OSDev: September 2025", "This Week in Fluvio #1", "This month in
  // Servo: …", tells what shipped since the last issue (all 3 such titles in the corpus are launch notes).
  ['launch', /^\s*this (?:week|fortnight|month|quarter) in\s+\S/i],
  ['launch', new RegExp(String.raw`^\s*release\s+v?\d[\d.-]*\s*$|^\s*[\p{L}][\p{L}\d .-]{0,30}?\s+v?\d+(?:\.\d+)*\s+release(?:\s+(?:report|summary|recap|highlights|announcement|post))?\s*$|^\s*[\p{L}][\p{L}\d .-]{0,30}?\s+v?\d+\.\d+(?:\.\d+)*\s+(?:features|highlights|change ?notes|changes)\s*$|^\s*(?:new\s+)?features(?:\s+and\s+(?:improvements|changes|fixes))?\s+in\s+[\p{L}][\p{L}\d .-]{0,30}?\s+v?\d+\.\d+[\d.]*\s*$|^\s*[\p{L}][\p{L}\d .-]{0,30}?\s+release\s+v?\d+\.\d+[\d.]*\s*$|\b(?:launch(?:ing|ed)?(?!\s+(?:${WORK_BEFORE}|readiness|strateg(?:y|ies)|reviews?|calendars?)\b)|release notes?|release day(?!s?\s+(?:${WORK_BEFORE})\b)|released|release candidates?|(?:bug ?fix(?:es)?|maintenance|patch|minor|major|feature|stable|point|beta|alpha) release(?!s?\s+(?:${WORK_BEFORE}|schedules?|calendars?|cadence|polic(?:y|ies)|strateg(?:y|ies)|branch(?:es)?|process(?:es)?|train|cycles?)\b)|now available|(?:is|are) (?:now )?(?:available|out|live)|(?:is|are) (?:now )?generally available|(?:is|are) now (?:public|open)|now supports?|introducing|announcing|announcement|we shipped|shipped|(?<!\b(?:show|shows|showing|see|know|tell|find|understand)\s+(?:[\p{L}-]+\s+){0,2})what['’]s new)\b`, 'iu')],
  // (Amazon's "PR/FAQ", a working-backwards press release and its questions, is a brief.)
  // ("AMO to Firefox Account Migration UX Specs": a kind of specs named in the plural is one feature's spec.)
  // (A title asking how to show users what is new, "How might we show the user what’s new", names a design question.)
  // (A web platform "Explainer", "Handwriting Recognition Explainer", proposes an API: all 13 such titles in the corpus are briefs.)
  // (A spec named with its version is that version, released: "AsyncAPI Spec 2.4.0 Release Notes".)
  ['brief', /\b(?:prd|pr ?\/ ?faq|prfaq|product requirements?(?: doc(?:ument)?)?|product brief|brief|one[- ]pager|spec|specification|(?:tech(?:nical)?|ux|ui|design|feature|product|functional|interaction) spec(?:ification)?s|rfc|request for comments?|proposal|proposed|requirements|design doc(?:ument(?:ation)?)?|design proposal|technical design|adr|architecture decision(?: record)?|decision record|initiative brief|product outline|product roadmap|scoping (?:document|plan)|mvp|scope document|pitch|kep|pep|design draft|draft design|design notes|explainer)\b(?!\s+v?\d+\.\d)/i],
];

/** A title naming proposals in the plural: the process or its index. */
const PROCESS_TITLE = /\b(?:proposals|rfcs|keps|peps|adrs|design docs|decision records|enhancement proposals)\b/i;

/**
 * A package or slug as a page's title ("@babel/plugin-proposal-decorators", "plugin-proposal-pipeline-operator"): the
 * page documents that code, whatever words its name joins.
 */
export const PACKAGE_TITLE = /^\s*@?[\w.-]+\/[\w./-]+\s*$|^\s*[a-z0-9]+(?:[-_][a-z0-9]+){2,}\s*$/;

/** Kind from a document title, or null. The earliest match in the title wins ("PRD: launch emails" is a brief). */
export function kindFromTitle(title: string): DocKind | null {
  if (PACKAGE_TITLE.test(title)) return null;
  if (PROPOSAL_KEY.test(title)) return 'brief';
  if (TICKET_KEY.test(title)) return 'ticket';
  // A tracker's story or task named by its number: "Story 0.1: SDK migration", "Task 12 - …".
  if (/^\s*(?:story|task|bug|issue)\s*(?:#\s*)?\d+(?:\.\d+)*\s*[:.–—-]/i.test(title)) return 'ticket';
  // "Multiple Data Source Support User Stories": a feature's stories gathered is its spec; a ticket is one story.
  if (/\buser stories\s*$/i.test(title)) return 'brief';
  // A title that is only a version ("v0.26.2", "1.4.0"), perhaps called a release and dated ("8.41.0 release
  // (2024-11-28)"): the notes of that release.
  if (/^\s*v?\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?(?:\s+release)?(?:\s*\((?:19|20)\d\d-[01]\d-[0-3]\d\))?\s*$/i.test(title)) return 'launch';
  let best: DocKind | null = null;
  let bestAt = Infinity;
  for (const [kind, re] of TITLE_PATTERNS) {
    const m = re.exec(title);
    if (m && m.index < bestAt) {
      best = kind;
      bestAt = m.index;
    }
  }
  // "Keptn Enhancement Proposals (KEP)", "Rust RFCs": a process and its collection, not one proposal.
  if (best === 'brief' && PROCESS_TITLE.test(title)) return null;
  return best;
}

/** What the document calls itself, to name it in messages: "This PRD does not…", "This RFC…". */
const SELF_NAMES: [RegExp, string][] = [
  [/\bprd\b|product requirements/i, 'PRD'], [/\bkep\b/i, 'KEP'], [/\bpep\b/i, 'PEP'], [/\badr\b|architecture decision|decision record/i, 'ADR'],
  [/\bpr ?\/ ?faq\b|\bprfaq\b/i, 'PR/FAQ'], [/\brfc\b|request for comments?/i, 'RFC'], [/design doc/i, 'design doc'], [/\bone[- ]pager\b/i, 'one-pager'], [/\bpitch\b/i, 'pitch'],
  [/\bproposal\b/i, 'proposal'], [/\bspec(?:ification)?\b/i, 'spec'], [/\bbrief\b/i, 'brief'],
  [/\buser stor(?:y|ies)\b|\bstory\b/i, 'story'], [/^\s*epic\b/i, 'epic'], [/\bbug\b/i, 'bug report'], [/\bticket\b/i, 'ticket'], [/\btask\b/i, 'task'],
  [/release notes?/i, 'release note'], [/\bannounc/i, 'announcement'], [/\blaunch\b/i, 'launch note'],
];

export function selfName(kind: DocKind, from: (string | undefined)[]): string {
  const fitting: Record<DocKind, string[]> = {
    brief: ['PRD', 'PR/FAQ', 'KEP', 'PEP', 'ADR', 'RFC', 'design doc', 'one-pager', 'pitch', 'proposal', 'spec', 'brief'],
    ticket: ['story', 'epic', 'bug report', 'ticket', 'task'],
    launch: ['release note', 'announcement', 'launch note'],
  };
  for (const text of from) {
    if (!text) continue;
    for (const [re, name] of SELF_NAMES) if (fitting[kind].includes(name) && re.test(text)) return name;
  }
  return KIND_LABELS[kind].toLowerCase();
}

/** Lower-case words of a heading or synonym: numbering, emoji, punctuation and markup dropped. */
export function headingWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’ʼ]/g, "'")
    .replace(/^\s*(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[.)]\s+/, '')
    .replace(/^\s*\d+(?:\.\d+)*\s+/, '')
    // (Numbered without a space: "1.Overview", "3.2.Function Requirements". Not "2.0" nor "v1.x".)
    .replace(/^\s*\d+(?:\.\d+)*\.(?=\p{L}{2})/u, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** A slash between words, the next one capitalised: a list of sections ("Notes/Constraints"), not a path. */
const LIST_SLASH = /(?<=[\p{L})])\/(?=[\p{Lu}[(])/gu;

/**
 * A file path, signature or expression is not a section name ("pkg/metrics/x.go",
 * "src/auth/tests.py — modify", "parse(txt, context = 20)", "options.ttl", "values() -> Generator").
 * Call it after LIST_SLASH has spaced out a list's slashes.
 */
function isCodeName(heading: string): boolean {
  // (A number before the dot is a section's: "3.Requirements" is numbered, not `config.Requirements`.)
  return /[\w.-]\/[\w.-]|\.(?:md|go|ts|js|py|rs|java|ya?ml|json|txt|rb|c|h|cpp|proto|sh)\s*$/.test(heading) || /[\w$]\(.*\)|\s=\s|->|=>|^\s*(?!\d+\.)[\w$]+\.[\w$]+\s*$/.test(heading);
}

/** Singular forms a plural word may have ("statements" → "statement", "approaches" → "approach"). */
function singulars(word: string): string[] {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return [];
  const out = [word.slice(0, -1)];
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  return out;
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
/** A short aside in parentheses that ends a heading: "(out of scope)", "(non-goals)". */
const TRAILING_ASIDE = /\s*\(([^()]{2,40})\)\s*$/;
/** A short label, a colon, then a question (a link may follow it). */
const LABELLED_QUESTION = /^\s*([^:?]*[A-Za-z][^:?]*):\s+[^?]*\?(?:\s+\S+)?\s*$/;

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
    // Words joined by a slash are a list of sections ("Notes/Constraints/Caveats", "Assumptions/Risks"),
    // not a path, when the word after the slash is capitalised.
    // "User Experience Non-Requirements (out of scope)": an aside that names the section when the rest does not.
    const aside = TRAILING_ASIDE.exec(heading);
    if (aside) {
      const rest = this.compute(heading.slice(0, aside.index));
      if (rest.length) return rest;
      const named = this.compute(aside[1]!);
      if (named.length) return named;
    }
    // "Proposal Status", "RFC history": where the document itself stands, not its design.
    if (/^\s*(?:proposal|rfc|kep|document|doc)\s+(?:status|state|history|metadata)\s*:?\s*$/i.test(heading)) return [];
    // "Why `ToTraceID` instead of `TraceID`?", "Why a string rather than bytes?": the choice defended against another.
    // (Not a question put to someone, "Why don't you just use HTML instead of…?": a demand's shape, read as before.)
    if (/^\s*why\s+(?!(?:don['’]?t|do|does|did|not|can['’]?t|can|could|won['’]t|would|wouldn['’]t|should|shouldn['’]t|you|we|they)\b)[^?]{1,80}\b(?:instead of|rather than|and not|versus|vs\.?)\s[^?]{1,80}\?\s*$/i.test(heading)) return ['alternatives'];
    // A template's numbered question ("Q2: Who are your target users?", "Question 3. What is the problem?"): the
    // question names the section. (Only a question: "Q3: Goals" is a quarter's.)
    const numberedQuestion = /^\s*(?:q|question)\s?\d{1,2}[a-z]?\s*[:.)\u2013\u2014-]\s*(?=\S[^\n]*\?\s*$)/i.exec(heading);
    if (numberedQuestion) return this.compute(heading.slice(numberedQuestion[0].length));
    // Two questions in one heading, each ending in its own mark ("At the end of the weekend, what does success
    // look like? What are your expected outcomes?"): each is read alone, and the heading means what they name.
    // (The last may have lost its mark: "Why would users choose your product? What are they using today to solve their
    // problem/need", a course template's third question.)
    const questions = heading.split(/(?<=\?)\s+(?=\S)/);
    if (questions.length > 1 && questions.every((q, i) => /\?$/.test(q) || (i === questions.length - 1 && /^(?:what|how|who|why|which|when|where)\b/i.test(q)))) {
      const ids: string[] = [];
      for (const q of questions) for (const id of this.compute(q)) if (!ids.includes(id)) ids.push(id);
      return ids;
    }
    // A question after a clause that sets the scene ("At the end of the weekend, what does success look like?"):
    // the question names the section.
    const scene = /^[^,?]+,\s+((?:what|how|who|why|which)\b[^,?]*\?)\s*$/i.exec(heading);
    if (scene) {
      const ids = this.compute(scene[1]!);
      if (ids.length) return ids;
    }
    // A template's "Label: the question it asks?" ("Target audience: Who is the target audience
    // and why?", "Risks: What risks should be considered? <link>") is named by its label.
    const labelled = LABELLED_QUESTION.exec(heading);
    if (labelled && labelled[1]!.trim().split(/\s+/).length <= 4) {
      const ids = this.compute(labelled[1]!);
      if (ids.length) return ids;
    }
    // "Wireframes / Mockups: https://www.figma.com/…": a label and the link to where it lives; the label names it.
    const linked = /^(.*?\p{L}.*?)\s*:\s*<?https?:\/\/\S+>?\s*$/u.exec(heading);
    if (linked) return this.compute(linked[1]!);
    heading = heading.replace(LIST_SLASH, ' / ');
    if (isCodeName(heading)) return [];
    // "Thanks for reading", "Thank you for your support": a sign-off to the readers, no section.
    if (/^\s*thank(?:s| you)\s+for\s+(?:reading|watching|listening|following|stopping by|your (?:support|patience|time|attention|interest))\b/i.test(heading)) return [];
    // "Benefits gained / Problems addressed", "Risks, mitigations": each part has its own head phrase.
    const words = headingWords(heading.replace(/\s[\/|:;+–—-]\s|[,;:]\s/g, ' and '));
    // A short question names its section after its opening ("What is the current state?", "What
    // alternatives are we discarding?", "What are the key risks to manage or mitigate?"); a long one
    // is a question to answer, not a section name.
    let asked = 0;
    // ("How We Are Minimizing Risk", "How we will measure it": a question put as a statement.)
    // ("What's OUT of the MVP", "What we are not doing": a question put as a statement too.)
    if (/\?\s*$/.test(heading) || /^\s*how (?:we|you|they)\b/i.test(heading) || /^\s*what(?:'s|’s| is| are| we)\s/i.test(heading)) {
      while (asked < words.length - 1 && asked < 5 && (QUESTION_OPENERS.has(words[asked]!) || HEADING_LEADS.has(words[asked]!))) asked++;
      if (words.length - asked > 6 || words.length > 12) {
        // Two questions in one heading: the first names the section ("What does success look like, and how can we
        // measure that?", GitLab's feature proposal template).
        const first = /^([^,;?]+)[,;]\s*(?:and|or)\s[^,;]*\?\s*$/i.exec(heading);
        if (first) return this.compute(`${first[1]!.trim()}?`);
        // A section named right after the opening, then what it is about ("What is the problem you are trying to
        // solve by participating in the hackathon?", "Who are the users that will benefit from it?"): the name.
        const about = words.findIndex((w, i) => i > asked && i <= asked + 3 && RELATIVE_STARTS.has(w));
        if (about > 0) return this.compute(`${words.slice(0, about).join(' ')}?`);
        // "Why not allow sites to override this location with an HTTP Link header?": an option set aside, however long.
        return words[0] === 'why' && words[1] === 'not' ? this.compute('Why not?') : [];
      }
    }
    // The head phrase starts the heading (after a few lead words), or follows a joining word.
    const starts = new Set<number>();
    for (let i = 0; i <= asked; i++) starts.add(i);
    // Lead words, and the joins between them ("Primary, secondary, tertiary users").
    let lead = 0;
    for (let seen = 0; lead < words.length && seen < 3; lead++) {
      if (HEADING_LEADS.has(words[lead]!)) seen++;
      else if (!(lead > 0 && HEADING_JOINS.has(words[lead]!))) break;
    }
    for (let i = 0; i <= lead; i++) starts.add(i);
    words.forEach((w, i) => {
      if (HEADING_JOINS.has(w)) starts.add(i + 1);
    });
    const found: { id: string; start: number; len: number }[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!starts.has(i)) continue;
      const w = words[i]!;
      // A head phrase may end in a plural the synonym list spells singular ("Problem statements").
      const firsts = [w, ...singulars(w)];
      for (const first of firsts) {
        for (const c of this.byFirst.get(first) ?? []) {
          if (i + c.words.length > words.length) continue;
          if (first !== w && c.words.length > 1) continue;
          // A lead word before another noun modifies it: "User Experience" is about an experience, not
          // who the users are ("Users", "Users and stakeholders" still are).
          if (c.words.length === 1 && HEADING_LEADS.has(w) && i + 1 < words.length && !HEADING_JOINS.has(words[i + 1]!)) continue;
          let ok = true;
          for (let k = 1; k < c.words.length; k++) {
            const got = words[i + k]!;
            if (got !== c.words[k] && !(k === c.words.length - 1 && singulars(got).includes(c.words[k]!))) {
              ok = false;
              break;
            }
          }
          // "Success" names the section, or a measure of it ("Success measures", "Success for this project");
          // before another noun it modifies that noun: "Success Queries", "Success stories", "Customer Success team".
          if (ok && c.words.length === 1 && w === 'success' && i + 1 < words.length && !HEADING_JOINS.has(words[i + 1]!) && !SUCCESS_TAILS.has(words[i + 1]!)) ok = false;
          // "Team" before another noun is what it modifies: "changing org and team memberships", "Team management".
          if (ok && c.words.length === 1 && w === 'team' && i + 1 < words.length && !HEADING_JOINS.has(words[i + 1]!)) ok = false;
          if (ok) found.push({ id: c.id, start: i, len: c.words.length });
        }
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

/**
 * Heading words that hint at a section without naming it: a team's "Vision" may be its why,
 * "Targets" its success. Only used to ask, never to count.
 */
// (Not "criteria", "options" or "scenarios", even where a section's synonym is that word alone: as the head of a
// longer heading they are most often the design's own terms, "Selection Criteria", "Configuration Options", "Key
// scenarios"; the question was wrong on all 6 such headings in the corpus, eval/RESULTS.md. "Questions" too: a
// proposal's "Research questions" are what it sets out to answer, not questions left open; all 3 were wrong. So are
// "results" and "verification" after the design's own nouns, "Hit test results", "Formal Verification of Proposed
// Changes": all 5 such questions were wrong.)
const VAGUE_HEADS = new Set(['criteria', 'options', 'scenarios', 'questions', 'results', 'verification']);
// ("Status" and "Milestones" were dropped: "App status" and "Proposal Status" held no problem, and none of the 3
// "Milestones" held success, by the readers.)
const NEAR_WORDS: Record<string, string[]> = {
  problem: ['pain', 'friction', 'gap', 'gaps', 'today'],
  audience: ['personas', 'customers', 'users', 'segments', 'who'],
  why: ['vision', 'purpose', 'value', 'benefits', 'justification', 'business'],
  success: ['targets', 'measurement', 'measuring', 'metrics', 'kpis'],
  constraints: ['stability', 'security', 'privacy', 'migration', 'limits', 'risks', 'constraints', 'dependencies', 'compatibility'],
  alternatives: ['comparison', 'alternatives', 'approaches', 'questions'],
  acceptance: ['testing', 'tests', 'checklist', 'done'],
  credits: ['thanks', 'team', 'contributors', 'acknowledgements'],
};

/**
 * One slip of the keyboard apart: a letter left out, added or mistyped, or two neighbours swapped ("Alternatves",
 * "Constriants"). Not two mistyped letters: "Shortcuts" is not "Shoutouts" (both corpus headings asked so were wrong).
 */
function oneTypo(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length !== b.length) {
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    return long.slice(i + 1) === short.slice(i);
  }
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * The section an unrecognised heading may mean, to ask the author about once: a known section word
 * that is not its head phrase ("Cgroup constraints", "Product vision"), or a near-miss spelling of one
 * ("Alternatves"). `candidates` are the section ids still missing, in order of preference.
 */
export function nearSection(title: string, candidates: { id: string; synonyms: readonly string[] }[]): string | undefined {
  const spaced = title.replace(LIST_SLASH, ' / ');
  const words = headingWords(spaced);
  if (!words.length || words.length > 6 || /\?\s*$/.test(title) || isCodeName(spaced)) return undefined;
  const heads = headWords(spaced);
  for (const { id, synonyms } of candidates) {
    const near = new Set(NEAR_WORDS[id] ?? []);
    for (const s of synonyms) {
      const sw = headingWords(s);
      if (sw.length === 1) near.add(sw[0]!);
    }
    for (const w of heads) {
      if (near.has(w) && !VAGUE_HEADS.has(w)) return id;
      // A misspelling of a long section word ("Alternatves", "Constriants"); short words are too
      // often other words ("Content" is not "Context"), and a typo seldom changes the first letter
      // ("Mutability" is not "Stability").
      if (w.length >= 9) {
        for (const n of near) if (n.length >= 9 && n[0] === w[0] && oneTypo(w, n)) return id;
      }
    }
  }
  return undefined;
}

const HEAD_TAIL = new Set(['of', 'for', 'in', 'on', 'to', 'with', 'about', 'from', 'by', 'per', 'at']);

/**
 * The words a heading names: the last word of each part joined by "and", "or" or a slash,
 * before any tail ("Risks and mitigations" → risks, mitigations; "Scope of work" → scope;
 * "Usage metrics" → metrics, not "User experience" → user). A word that only qualifies another
 * ("User documentation", "Submariner metrics DaemonSet") is not what the heading is about.
 */
function headWords(title: string): string[] {
  const words = headingWords(title.replace(/\([^)]*\)/g, ' ').replace(/\s[\/|]\s|\//g, ' and '));
  const tail = words.findIndex((w, i) => i > 0 && HEAD_TAIL.has(w));
  const main = tail > 0 ? words.slice(0, tail) : words;
  return main.filter((w, i) => w !== 'and' && w !== 'or' && (i === main.length - 1 || main[i + 1] === 'and' || main[i + 1] === 'or'));
}
