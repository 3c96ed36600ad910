/**
 * Kinds and sections on documents shaped like the templates of real proposal processes (issue 9).
 *
 * Each fixture in test/fixtures/templates/ is a synthetic document written for these tests. It follows
 * the shape of one public template (front matter, headings and their levels, title style, prompts a
 * real author leaves in) with none of its text:
 *
 * | fixture | shape of |
 * | --- | --- |
 * | kep.md | kubernetes/enhancements keps/NNNN-kep-template/README.md (with the PRR questionnaire) |
 * | rust-rfc.md | rust-lang/rfcs 0000-template.md (metadata list, `[summary]: #summary` anchors) |
 * | go-proposal.md | golang/proposal design/TEMPLATE.md (bracketed prompts, "Open issues (if applicable)") |
 * | posthog-rfc.md | PostHog/requests-for-comments-public .github/ISSUE_TEMPLATE/request-for-comments.md |
 * | funding-service-rfc.md | communitiesuk/funding-service-requests-for-comments template.md (question headings) |
 * | va-product-outline.md | department-of-veterans-affairs/va.gov-team product outline template |
 * | va-initiative-brief.md | department-of-veterans-affairs/va.gov-team teams/vsa/product/initiative-brief-template.md |
 * | gitlab-feature-proposal.md | gitlab-org/gitlab .gitlab/issue_templates "Feature proposal - detailed" (copied widely by other teams) |
 * | backlog-task.md, backlog-subtask.md | MrLesk/Backlog.md task files as its README and CLI describe them |
 * | go-blog-release.md | golang/website Go blog release posts (YAML front matter, "Go 1.NN is released!") |
 * | rust-blog-release.md, rust-blog-release-yaml.md | rust-lang/blog.rust-lang.org release posts (TOML `+++` and the older YAML front matter) |
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, defaultConfig, type DocKind } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';
import { parseDocument } from '../../src/engine/parse/parse.js';
import { SpecDocument } from '../../src/engine/document/document.js';

const DIR = join(__dirname, '..', 'fixtures', 'templates');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** The section ids each heading means, and whether it holds only a placeholder, by heading text. */
function headings(text: string): Map<string, { ids: string[]; placeholder: boolean; solution: boolean }> {
  const doc = new SpecDocument(text, parseDocument(text).tree, defaultConfig());
  return new Map(doc.sections.map((s) => [s.title, { ids: s.ids, placeholder: s.placeholderOnly, solution: s.solution }]));
}

function run(text: string, filePath = '/repo/docs/x.md') {
  const out = lint(text, { rules, filePath });
  const states = Object.fromEntries((out.status?.entries ?? []).map((e) => [e.id, e.state]));
  return { ...out, states };
}

interface Case {
  file: string;
  kind: DocKind;
  reason: RegExp;
  label: string;
  states: Record<string, string>;
  /** Heading → the section ids a reader would say it holds (`[]` for none); `'placeholder'` when unwritten. */
  map: Record<string, string[] | 'placeholder' | 'solution'>;
}

const CASES: Case[] = [
  {
    file: 'kep.md',
    kind: 'brief',
    reason: /title "KEP-4821/,
    label: 'KEP',
    states: { problem: 'present', audience: 'present', why: 'present', success: 'present', constraints: 'present', alternatives: 'present' },
    map: {
      Motivation: ['problem', 'why'],
      'Non-Goals': ['constraints'],
      'User Stories (Optional)': ['audience'],
      'Notes/Constraints/Caveats (Optional)': ['constraints'],
      'Risks and Mitigations': ['constraints'],
      'Graduation Criteria': ['success'],
      Drawbacks: ['constraints'],
      Alternatives: ['alternatives'],
      Proposal: 'solution',
      'Design Details': 'solution',
      // The production readiness questionnaire asks reviewers' questions: none of it is a spec section.
      'Production Readiness Review Questionnaire': [],
      Dependencies: [],
      'What specific metrics should inform a rollback?': [],
      'Infrastructure Needed (Optional)': 'placeholder',
    },
  },
  {
    file: 'rust-rfc.md',
    kind: 'brief',
    reason: /metadata \(feature name, start date, rfc pr\)/,
    label: 'RFC',
    // The template has no success section, and this RFC states no target.
    states: { problem: 'present', audience: 'present', why: 'present', success: 'missing', constraints: 'present', alternatives: 'present' },
    map: {
      Summary: [],
      Motivation: ['problem', 'why'],
      'Guide-level explanation': 'solution',
      'Reference-level explanation': 'solution',
      Drawbacks: ['constraints'],
      'Rationale and alternatives': ['alternatives', 'constraints'],
      'Prior art': ['alternatives'],
      'Unresolved questions': ['alternatives'],
      // The template's prompt, left in as written.
      'Future possibilities': 'placeholder',
    },
  },
  {
    file: 'go-proposal.md',
    kind: 'brief',
    reason: /title "Proposal: Per-module build cache limits"/,
    label: 'proposal',
    states: { problem: 'present', audience: 'present', why: 'present', success: 'missing', constraints: 'present', alternatives: 'present' },
    map: {
      Abstract: [],
      Background: ['problem', 'why'],
      Proposal: 'solution',
      Compatibility: ['constraints'],
      Implementation: 'solution',
      // Still the template's bracketed prompt: the unresolved issues are unwritten.
      'Open issues (if applicable)': 'placeholder',
    },
  },
  {
    file: 'posthog-rfc.md',
    kind: 'brief',
    reason: /title "Request for comments: Alert muting windows/,
    label: 'RFC',
    // The template asks for no alternatives, and this RFC weighs none.
    states: { problem: 'present', audience: 'present', why: 'present', success: 'present', constraints: 'present', alternatives: 'missing' },
    map: {
      'Problem statement': ['problem'],
      'Success criteria': ['success', 'acceptance'],
      Context: ['problem', 'why'],
      Design: 'solution',
      Sprints: 'placeholder',
    },
  },
  {
    file: 'funding-service-rfc.md',
    kind: 'brief',
    reason: /metadata \(owner, status\)/,
    label: 'design doc',
    states: { problem: 'present', audience: 'present', why: 'present', success: 'missing', constraints: 'present', alternatives: 'present' },
    map: {
      Overview: [],
      'What is the current state?': ['problem'],
      'Why should we change?': ['why'],
      'How should we address this?': 'solution',
      'What alternatives are we discarding?': ['alternatives'],
      'Who will be affected?': ['audience'],
      'Who will benefit?': ['audience', 'why'],
      'What are the key risks to manage or mitigate?': ['constraints'],
    },
  },
  {
    file: 'va-product-outline.md',
    kind: 'brief',
    reason: /title "Appointment Reminders Product Outline"/,
    label: 'brief',
    states: { problem: 'present', audience: 'present', why: 'present', success: 'present', constraints: 'present', alternatives: 'missing' },
    map: {
      Overview: [],
      'Problem Statement': ['problem'],
      'Desired User Outcomes': ['why'],
      'Undesired User Outcomes': ['constraints'],
      'Desired Business Outcomes': ['why'],
      'Undesired Business Outcomes': ['constraints'],
      'Measuring Success': ['success'],
      'Key Performance Indicators (KPIs)': ['success'],
      // Only the template's italic prompt.
      'Objectives and Key Results (OKRs)': 'placeholder',
      Assumptions: ['constraints'],
      'Solution Approach': 'solution',
      'Launch Strategy': 'placeholder',
      // Where the project stands, not the status quo users live with.
      'Current Status': [],
    },
  },
  {
    file: 'va-initiative-brief.md',
    kind: 'brief',
    reason: /title "Initiative Brief: Save in progress/,
    label: 'brief',
    states: { problem: 'present', audience: 'present', why: 'present', success: 'present', constraints: 'present', alternatives: 'missing' },
    map: {
      Problem: ['problem'],
      'Desired User Outcomes': ['why'],
      'Undesired Business Outcomes': 'placeholder',
      'Measuring Success': ['success'],
      'Key Performance Indicators (KPIs)': ['success'],
      'Assumptions/Risks': ['constraints'],
      "What're you building": 'solution',
      'Go-to-market': 'placeholder',
    },
  },
  {
    file: 'backlog-task.md',
    kind: 'ticket',
    reason: /front matter id: TASK-57/,
    label: 'task',
    states: { problem: 'present', why: 'present', acceptance: 'present' },
    map: { Description: ['problem'], 'Acceptance Criteria': ['success', 'acceptance'], 'Implementation Plan': 'solution', 'Implementation Notes': 'placeholder' },
  },
  {
    file: 'backlog-subtask.md',
    kind: 'ticket',
    reason: /front matter id: BACK-12\.3/,
    label: 'task',
    // A sub-task that tells what breaks but not what it costs anyone: SpecLint asks why it matters.
    states: { problem: 'present', why: 'missing', acceptance: 'present' },
    map: { Description: ['problem'], 'Acceptance Criteria': ['success', 'acceptance'], 'Definition of Done': ['success', 'acceptance'] },
  },
  {
    file: 'gitlab-feature-proposal.md',
    kind: 'brief',
    reason: /headings are spec sections \(Problem to solve, Intended users/,
    label: 'brief',
    // The template asks for no alternatives, and this proposal weighs none.
    states: { problem: 'present', audience: 'present', why: 'present', success: 'present', constraints: 'present', alternatives: 'missing' },
    map: {
      'Problem to solve': ['problem'],
      'Intended users': ['audience'],
      Proposal: 'solution',
      'Permissions and Security': ['constraints'],
      // Two questions in one heading: the first names the section.
      'What does success look like, and how can we measure that?': ['success'],
      'What is the type of buyer?': [],
      'What is the competitive advantage or differentiation for this feature?': [],
    },
  },
  {
    file: 'go-blog-release.md',
    kind: 'launch',
    reason: /front matter title "Go 1\.31 is released!"/,
    label: 'launch note',
    states: { credits: 'present' },
    // The thanks close the post as a paragraph, under the last section.
    map: { Tools: [], 'Standard library': [], Runtime: [] },
  },
  {
    file: 'rust-blog-release.md',
    kind: 'launch',
    reason: /front matter title "Announcing Rust 1\.97\.0"/,
    label: 'announcement',
    states: { credits: 'present' },
    map: { "What's in 1.97.0 stable": [], 'Stabilized APIs': [], 'Contributors to 1.97.0': ['credits'] },
  },
  {
    file: 'rust-blog-release-yaml.md',
    kind: 'launch',
    reason: /front matter title "Announcing Rust 1\.96\.1"/,
    label: 'announcement',
    states: { credits: 'present' },
    map: { "What's in 1.96.1": [], 'Contributors to 1.96.1': ['credits'] },
  },
];

describe('documents shaped like the templates of real proposal processes', () => {
  for (const c of CASES) {
    describe(c.file, () => {
      const text = read(c.file);
      const out = run(text);
      it(`is a ${c.kind}, for a reason a reader can check`, () => {
        assert.equal(out.kind, c.kind, out.kindReason);
        assert.match(out.kindReason, c.reason);
        assert.equal(out.kindLabel, c.label);
      });
      it('has the sections a reader finds in it', () => {
        assert.deepEqual(out.states, c.states);
      });
      it('maps each heading of the template to the section it holds', () => {
        const found = headings(text);
        for (const [title, want] of Object.entries(c.map)) {
          const got = found.get(title);
          assert.ok(got, `no heading "${title}"`);
          if (want === 'placeholder') assert.ok(got.placeholder, `"${title}" holds only a prompt or placeholder`);
          else if (want === 'solution') assert.ok(got.solution, `"${title}" is the solution`);
          else {
            assert.deepEqual([...got.ids].sort(), [...want].sort(), `"${title}"`);
            assert.ok(!got.placeholder, `"${title}" is written`);
          }
        }
      });
      it('raises no false alarm: no phrasing finding, no problem-before-solution, only the sections it lacks', () => {
        const missing = Object.entries(c.states).filter(([, s]) => s !== 'present').map(([id]) => id);
        const got = out.diagnostics.map((d) => (d.ruleId === 'require-sections' ? `require-sections:${d.data?.sectionId}` : d.ruleId));
        assert.deepEqual(got.filter((r) => r !== 'suggest-section-synonym'), missing.map((id) => `require-sections:${id}`));
      });
    });
  }
});

describe('template prompts left in count as unwritten', () => {
  it('the funding-service RFC with its prompts still under the headings (reworded here)', () => {
    const text = [
      '```\nTitle: Move sessions\nOwner: Priya\nStatus: Draft\n```\n',
      '## What is the current state?\n\nProvide a short description of how things work today.\n',
      '## Why should we change?\n\nWhat is wrong with the way it works now?\n',
      '## How should we address this?\n\nDescribe your proposal and how it solves the problem.\n',
      '## What alternatives are we discarding?\n\nList any alternatives you looked at, with the reasons they are not suitable.\n',
      '## Who will be affected?\n\nThink about who is affected. Is it only the team, or our users too? How will we manage that?\n',
      '## Who will benefit?\n\nA little summary of why we should change, focused on what each group of people gains.\n',
      '## What are the key risks to manage or mitigate?\n\nHighlight the main risks of the change and how we can reduce them.\n',
    ].join('\n');
    const out = run(text);
    assert.equal(out.kind, 'brief');
    for (const id of ['problem', 'why', 'alternatives', 'audience', 'constraints']) assert.equal(out.states[id], 'placeholder', id);
  });

  it('Rust RFC sections that still hold the template questions, with their anchors', () => {
    const text = [
      '- Feature Name: `x`\n- Start Date: 2024-01-01\n- RFC PR: [rust-lang/rfcs#0000](https://github.com/rust-lang/rfcs/pull/0000)\n',
      '# Summary\n[summary]: #summary\n\nOne paragraph on the feature.\n',
      '# Motivation\n[motivation]: #motivation\n\nWhy are we doing this? Which use cases does it serve? What outcome do we expect?\n',
      '# Drawbacks\n[drawbacks]: #drawbacks\n\nWhy should we *not* do this?\n',
      '# Rationale and alternatives\n[rationale-and-alternatives]: #rationale-and-alternatives\n\n- Why is this design better than the others we could pick?\n- Which other designs were weighed, and why were they not chosen?\n- What happens if we do not do this?\n',
      '# Unresolved questions\n[unresolved-questions]: #unresolved-questions\n\n- Which parts of the design do you expect to settle before merging?\n',
    ].join('\n');
    const found = headings(text);
    for (const t of ['Motivation', 'Drawbacks', 'Rationale and alternatives', 'Unresolved questions']) assert.ok(found.get(t)!.placeholder, t);
    assert.ok(!found.get('Summary')!.placeholder);
  });

  it('open questions written as questions are content, not a prompt', () => {
    const found = headings('# RFC: x\n\n## Unresolved questions\n\n- Should the guard be `!Send`?\n- Can this wait for the next edition?\n\n## Alternatives\n\nCould we use a closure instead?\n');
    assert.ok(!found.get('Unresolved questions')!.placeholder);
    assert.ok(!found.get('Alternatives')!.placeholder);
  });

  it('KEP sections that hold only the template comment, and an emptied Drawbacks and Alternatives', () => {
    const kep = read('kep.md')
      .replace(/## Drawbacks\n\n[\s\S]*?\n\n## Alternatives\n\n[\s\S]*?\n\n## Infrastructure/, '## Drawbacks\n\n<!--\nWhy should this KEP not be implemented?\n-->\n\n## Alternatives\n\n<!--\nWhat else did you consider?\n-->\n\n## Infrastructure')
      .replace(/### Non-Goals\n\n[\s\S]*?\n\n## Proposal/, '### Non-Goals\n\n<!--\nWhat is out of scope?\n-->\n\n## Proposal')
      .replace(/### Notes\/Constraints\/Caveats \(Optional\)\n\n[\s\S]*?\n\n### Risks and Mitigations\n\n[\s\S]*?\n\n## Design Details/, '### Notes/Constraints/Caveats (Optional)\n\n### Risks and Mitigations\n\nTBD\n\n## Design Details');
    const out = run(kep);
    assert.equal(out.states.alternatives, 'placeholder');
    // The questionnaire's "Dependencies" does not stand in for the constraints the KEP left unwritten.
    assert.equal(out.states.constraints, 'placeholder');
  });

  it('VA.gov prompts in italics, on list items or after a quote marker', () => {
    const found = headings('# X Product Outline\n\n## Problem Statement\n\n> *Who has the problem, and why does it matter?*\n\n## KPIs\n\n- *Which metrics tell you it works?*\n- _Baseline and target, if applicable._\n\n## Assumptions\n\n*Veterans already trust text messages from VA.*\n');
    assert.ok(found.get('Problem Statement')!.placeholder);
    assert.ok(found.get('KPIs')!.placeholder);
    // An italic statement is the author's own sentence.
    assert.ok(!found.get('Assumptions')!.placeholder);
  });

  it("VA.gov's unfilled KPI table: guidance lines and a row of labels, no values", () => {
    const text = [
      '# Initiative Brief: Save in progress\n',
      '## Problem\n\nFamilies lose their answers when they close the form.\n',
      '## Measuring Success\n',
      '### Key Performance Indicators (KPIs)',
      '> 💡 *Our products are measured on ease of use, completion, trust and health.*<sup>1</sup>\\',
      '> 💡 *Pick balancing metrics too, so you notice what you did not mean to cause.*\n',
      '- Product KPI | Baseline | Target | Link to data source (e.g. GA, Domo)\n',
    ].join('\n');
    const out = run(text);
    assert.ok(headings(text).get('Key Performance Indicators (KPIs)')!.placeholder);
    assert.equal(out.states.success, 'placeholder');
    const filled = text.replace('- Product KPI | Baseline | Target | Link to data source (e.g. GA, Domo)', '- Completion rate | 50% | 70% | Domo');
    assert.equal(run(filled).states.success, 'present');
  });

  it('a PRD template copied and not filled in: field labels with stand-ins, numbered stand-ins, a table and a story of them', () => {
    // The shapes of the PRD templates kept in many repositories (bracketed stand-ins after bold field labels,
    // "Goal 1" items, a metrics table of stand-ins, a user story with "[type of user]"), in words written here.
    const text = [
      '# PRD: {{FEATURE}}\n',
      '## Problem Statement\n',
      '- **Who runs into it?** [The people who have the problem]',
      '- **What goes wrong?** [The problem, in their words]\n',
      '## Target Users\n',
      '### [Persona name]',
      '- **Role**: [Their job]',
      '- **Goals**: [What they are trying to get done]\n',
      '## Strategic Context\n',
      '- **Why now?** [What makes this urgent]\n',
      '## Goals\n',
      '_What should be true once this ships?_\n',
      '- [ ] Goal 1',
      '- [ ] Goal 2\n',
      '## Success Metrics\n',
      '| Metric | Target | How we measure it |',
      '|--------|--------|-------------------|',
      '| [Metric 1] | [Target] | [Source] |\n',
      '## User Stories\n',
      '### Story 1',
      '**As a** [type of user]',
      '**I want** [an outcome]',
      '**So that** [a reason]\n',
      '**Acceptance Criteria:**',
      '- [ ] Criterion 1\n',
      '## Out of Scope\n',
      '- [What this will not do]\n',
    ].join('\n');
    const out = run(text);
    assert.equal(out.kind, 'brief');
    // Nothing is written yet: no section may count as present, from its heading, a label or a story.
    assert.deepEqual(Object.entries(out.states).filter(([, state]) => state === 'present'), []);
    for (const h of ['Problem Statement', 'Target Users', 'Strategic Context', 'Goals', 'Success Metrics', 'User Stories', 'Out of Scope']) {
      assert.ok(headings(text).get(h)!.placeholder, h);
    }
    // Filled in, the same lines count.
    const filled = text
      .replace('[The people who have the problem]', 'Analysts who rebuild the same filters every morning.')
      .replace('[Their job]', 'Finance analyst in the EU region, who opens five reports a day.')
      .replace('- [ ] Goal 1', '- [ ] Cut the time to open a daily report from 6 minutes to 1.')
      .replace('| [Metric 1] | [Target] | [Source] |', '| Time to first report | under 1 minute | session analytics |')
      .replace('- [What this will not do]', '- Sharing saved filters between teams.');
    const states = run(filled).states;
    for (const id of ['problem', 'audience', 'success', 'constraints']) assert.equal(states[id], 'present', id);
  });

  it("an issue filed from a tracker's default template and not filled in states no section; filled in, it does", () => {
    // The shape of the default bug report and feature request templates: bold field labels, each over the
    // template's one-sentence prompt ("A clear and concise description of…"), stand-in steps, an example.
    const bug = [
      '**Describe the bug**',
      'A clear and concise description of what the bug is.\n',
      '**To Reproduce**',
      'Steps to reproduce the behavior:',
      "1. Go to '...'",
      "2. Click on '....'\n",
      '**Expected behavior**',
      'A clear and concise description of what you expected to happen.\n',
      '**Additional context**',
      'Add any other context about the problem here.\n',
    ].join('\n');
    const feature = [
      '**Is your feature request related to a problem? Please describe.**',
      "A clear and concise description of what the problem is. Ex. I'm always frustrated when [...]\n",
      "**Describe the solution you'd like**",
      'A clear and concise description of what you want to happen.\n',
    ].join('\n');
    for (const text of [bug, feature]) {
      const out = run(text, '/repo/issues/ISSUE-12.md');
      assert.equal(out.kind, 'ticket');
      assert.deepEqual(Object.entries(out.states).filter(([, state]) => state === 'present'), [], text.slice(0, 40));
    }
    const filled = bug
      .replace('A clear and concise description of what the bug is.', 'Saving a filter with a comma in its name drops everything after the comma, and analysts lose half of it.')
      .replace('A clear and concise description of what you expected to happen.', 'The saved filter keeps its full name after a reload.');
    const states = run(filled, '/repo/issues/ISSUE-12.md').states;
    assert.equal(states.problem, 'present');
    assert.equal(states.acceptance, 'present');
  });

  it("prompts in parentheses, as GitLab's issue templates write them, are unwritten", () => {
    const text = [
      '### Summary\n',
      '(Summarize the bug you ran into, briefly)\n',
      '### Steps to reproduce\n',
      '(How someone else can make it happen again - this matters most)\n',
      '### What is the current behavior?\n',
      '(What actually happens)\n',
    ].join('\n');
    const out = run(text, '/repo/issues/ISSUE-20.md');
    assert.equal(out.kind, 'ticket');
    assert.ok(headings(text).get('Steps to reproduce')!.placeholder);
    assert.deepEqual(Object.entries(out.states).filter(([, state]) => state === 'present'), []);
    const filled = text.replace('(How someone else can make it happen again - this matters most)', '1. Save a filter named "EU, weekly".\n2. Reload the page: the filter is named "EU".');
    assert.ok(!headings(filled).get('Steps to reproduce')!.placeholder);
  });

  it('a user story and a Gherkin scenario of stand-ins are unwritten; filled in, they count', () => {
    const text = [
      '# Saved filters\n',
      '## User story\n',
      'As a <type of user>, I want <some goal> so that <some reason>.\n',
      '## Acceptance criteria\n',
      'Given <some context>',
      'When <some action is carried out>',
      'Then <a set of observable outcomes should occur>\n',
    ].join('\n');
    const ticket = (t: string) => run(t, '/repo/stories/saved-filters.md');
    const h = headings(text);
    assert.ok(h.get('User story')!.placeholder);
    assert.ok(h.get('Acceptance criteria')!.placeholder);
    assert.deepEqual(Object.entries(ticket(text).states).filter(([, state]) => state === 'present'), []);
    const filled = text
      .replace('As a <type of user>, I want <some goal> so that <some reason>.', 'As a finance analyst, I want to save my report filters so that my daily report opens ready.')
      .replace('Given <some context>', 'Given I saved the filter "EU, weekly"')
      .replace('When <some action is carried out>', 'When I open the reports page tomorrow')
      .replace('Then <a set of observable outcomes should occur>', 'Then the filter "EU, weekly" is applied');
    const h2 = headings(filled);
    assert.ok(!h2.get('User story')!.placeholder);
    assert.ok(!h2.get('Acceptance criteria')!.placeholder);
  });

  it('a decision record left as its template states nothing, even where a prompt lists "rejected" as a status', () => {
    // The shape of the widely copied short ADR template: every section holds only the question it asks.
    const text = [
      '# 7. Cache layer\n',
      'Date: 2026-12-04\n',
      '## Status\n',
      'Which status is it in: proposed, accepted, rejected, deprecated or superseded?\n',
      '## Context\n',
      'What is the issue that makes this decision or change necessary?\n',
      '## Decision\n',
      'What change are we proposing or making?\n',
      '## Consequences\n',
      'What becomes easier or harder to do because of this change?\n',
    ].join('\n');
    const out = run(text, '/repo/docs/adr/0007-cache.md');
    assert.equal(out.kind, 'brief');
    assert.deepEqual(Object.entries(out.states).filter(([, state]) => state === 'present'), []);
  });

  it('fields left empty or holding a stand-in after a plain label are unwritten; a sentence in bold is written', () => {
    const text = [
      '# PRD: Saved filters\n',
      '## Problem\n',
      '- **Who:** ',
      '- **What goes wrong?**\n',
      '## Constraints\n',
      '- Timeline: [Deadline]',
      '- Budget: [What we can spend]\n',
      '## Risks\n',
      '**We will not support the old desktop app.**\n',
    ].join('\n');
    const h = headings(text);
    assert.ok(h.get('Problem')!.placeholder);
    assert.ok(h.get('Constraints')!.placeholder);
    assert.ok(!h.get('Risks')!.placeholder);
    assert.equal(run(text.replace('- Timeline: [Deadline]', '- Timeline: before the March price change')).states.constraints, 'present');
  });
});

describe('a Shape Up pitch', () => {
  it('its appetite, rabbit holes and no-gos bound the solution: each is a constraint', () => {
    const pitch = (heading: string, body: string) =>
      `# Pitch: Saved searches\n\n## Problem\n\nAnalysts rebuild the same report filters every morning, and support hears about it every week.\n\n## ${heading}\n\n${body}\n`;
    for (const [heading, body] of [
      ['Appetite', 'Two weeks, for one designer and one programmer.'],
      ['Rabbit Holes', 'Sharing saved filters between teams would pull in permissions, so it stays out.'],
      ['No-gos', 'No folders or tags for saved filters in this cycle.'],
    ]) {
      const out = run(pitch(heading!, body!), '/repo/pitches/saved-searches.md');
      assert.equal(out.kind, 'brief', heading);
      assert.equal(out.states.constraints, 'present', heading);
      assert.deepEqual(headings(pitch(heading!, body!)).get(heading!)!.ids, ['constraints'], heading);
    }
  });
});

describe('kinds of tracker tasks and release posts', () => {
  it('a task id with any project prefix and a status is a ticket; a numbered proposal with a status is not', () => {
    assert.equal(run('---\nid: PROJ-7\ntitle: Retry uploads\nstatus: To Do\n---\n\n## Description\n\nUploads fail.\n').kind, 'ticket');
    assert.equal(run('---\nid: task-100.1\ntitle: Set up\nstatus: Done\n---\n\nText.\n').kind, 'ticket');
    assert.notEqual(run('---\nid: adr-12\ntitle: Use Postgres\nstatus: accepted\n---\n\nText.\n').kind, 'ticket');
    assert.equal(run('---\nid: step-1\ntitle: Install\n---\n\nText.\n').kind, null);
  });

  it('Go design docs titled "Design Draft: …", or opening with "Author(s):" and "Last updated:"', () => {
    assert.equal(run('# Design Draft: Module cache limits\n\nText.\n').kind, 'brief');
    const out = run('# Module cache limits\n\nAuthor(s): Dana Ortiz\n\nLast updated: 2024-06-20\n\n## Abstract\n\nA cap.\n');
    assert.equal(out.kind, 'brief');
    assert.match(out.kindReason, /metadata \(author\(s\), last updated\)/);
  });

  it("a post's front-matter title names it before its first section heading does", () => {
    const out = run('+++\ntitle = "Announcing rustup 1.29.0"\n+++\n\nText.\n\n## What\'s new\n\nx\n\n## Thanks\n\nThanks to all the contributors.\n');
    assert.equal(out.kind, 'launch');
    assert.match(out.kindReason, /front matter title "Announcing rustup 1\.29\.0"/);
  });

  it('release post titles as the Go and Rust blogs write them', () => {
    for (const title of ['Go 1.22 is released!', 'Go 1.21 Release Candidate', 'Go 1.18 Beta 1 is available, with generics', 'Announcing Rust 1.75.0', 'Rust 1.77.2 is out']) {
      assert.equal(run(`---\ntitle: "${title}"\ndate: 2024-01-01\n---\n\nText.\n`).kind, 'launch', title);
    }
  });

  it('TOML front matter is read for the title, and a malformed line in it is skipped', () => {
    const out = run('+++\ntitle = "Announcing Rust 1.80.0"\nauthors = ["The Rust Release Team"]\nbroken line\n\n[extra]\nrelease = true\n+++\n\nText.\n');
    assert.equal(out.kind, 'launch', out.kindReason);
    assert.equal(run('+++\ntitle = "Notes on traits"\n+++\n\nText.\n').kind, null);
  });

  it('long runs of spaces in TOML values and in list-only bodies are read in one pass (a hang fails by the suite timeout)', () => {
    const toml = `+++\ntitle = ${' '.repeat(100_000)}x\nkey = "a${' '.repeat(100_000)}#\n+++\n\nText.\n`;
    assert.equal(run(toml).kind, null);
    const list = `# RFC: x\n\n## Problem\n\n<!-- prompt -->\n${'- \n'.repeat(50_000)}\n`;
    assert.equal(run(list).kind, 'brief');
  });
});
