/**
 * Sections and kinds as real documents write them (issue 9): each case is a pattern seen in
 * public design docs, PRDs, tickets and launch posts, reduced to a few lines.
 */
import assert from 'node:assert/strict';
import { lint, defaultConfig, type DocKind } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';

const sectionRules = rules.filter((r) => r.meta.category === 'sections');
const kindOf = (text: string) => lint(text, { rules: sectionRules, filePath: '/docs/x.md' });
/** The config a team writes to say every file is of this kind. */
function configOf(kind: DocKind) {
  const config = defaultConfig();
  config.kinds[kind].files = ['**'];
  return config;
}

/** The kind SpecLint gives `text` kept at `filePath`. */
const kindAt = (text: string, filePath: string) => lint(text, { rules: sectionRules, filePath }).kind;

function states(text: string, kind: DocKind = 'brief'): Record<string, string> {
  const out = lint(text, { rules: sectionRules, filePath: '/docs/x.md', config: configOf(kind) });
  return Object.fromEntries(out.status!.entries.map((e) => [e.id, e.state]));
}

describe('kinds of real documents', () => {
  it('a design doc that says what it is in its opening', () => {
    const out = kindOf('# Flexible HTTP APIs\n\nThis design doc describes a set of APIs for HTTP.\n\n## Target customers\n\nAdvanced users.\n');
    assert.equal(out.kind, 'brief');
    assert.match(out.kindReason, /This design doc describes/);
    assert.equal(kindOf('# Parser\n\nWe propose a streaming parser.\n').kind, 'brief');
  });
  it('a design doc that opens with an owner line or a metadata block', () => {
    assert.equal(kindOf('# GC support for container limits\n\n**Owner** [Rich](https://example.com)\n\nText.\n\n## Heap limit\n\nMore.\n').kind, 'brief');
    assert.equal(kindOf('# Local variables in when\n\n* **Type**: Design proposal\n* **Author**: A\n\n## Details\n').kind, 'brief');
  });
  it('a blog post whose summary announces a launch, even when its front matter is not valid YAML', () => {
    const post = '---\ntitle: "Buying permits online"\ndate: 2019-02-12\nexcerpt: "We\'re excited to announce the launch of Open Forest.\n---\n\nSome text.\n';
    const out = kindOf(post);
    assert.equal(out.kind, 'launch', out.kindReason);
    assert.equal(kindOf('---\ntitle: Notes\ndate: 2020-01-01\n---\n\nWhat I learned about trees.\n').kind, null);
  });
  it('a PRD with a "Problem statement" heading and a solution', () => {
    assert.equal(kindOf('# Drone Tasking Manager\n\n## Problem Statement\n\nMaps are old.\n\n## Solution\n\nDrones.\n').kind, 'brief');
    assert.equal(kindOf('# .gov\n\n## Primary, Secondary, Tertiary Users\n\nx\n\n## Problem Statements\n\nx\n\n## Short-term Success\n\nx\n\n## Risks\n\nx\n').kind, 'brief');
  });
  it('READMEs and API docs stay without section rules', () => {
    const readme = '# lib\n\n## Motivation\n\nWhy.\n\n## Features\n\n- fast\n\n## Installation\n\nnpm i lib\n\n## Usage\n\nx\n\n## License\n\nMIT\n';
    assert.equal(kindOf(readme).kind, null);
    assert.equal(kindOf('# json-parse\n\n## parse(txt, reviver = null, context = 20)\n\n## class JSONParseError(er, text, context = 20)\n\n## Options\n').kind, null);
    assert.equal(kindOf('# micromark-extension-gfm-task-list-item\n\nAdds task lists.\n').kind, null);
    assert.equal(kindOf('# Contributing\n\nThis document explains how to contribute.\n\n## Pull requests\n').kind, null);
  });
});

describe('sections as real documents write them', () => {
  it('"Goals" count as success only with a measurable target or an outcome, not a list of features', () => {
    assert.equal(states('# RFC: x\n\n## Goals\n\n- Provide a flag that disables HTTP.\n- Add a field for non-TLS endpoints.\n').success, 'missing');
    assert.equal(states('# RFC: x\n\n## Goals\n\n- Support canceling the pipeline when a task fails.\n').success, 'missing');
    assert.equal(states('# RFC: x\n\n## Goals\n\n- The tool must work on any operating system.\n').success, 'missing');
    // Outcomes, though not measured: readers took these as what success looks like.
    assert.equal(states('# RFC: x\n\n## Goals\n\nMake the receiver more reliable.\n').success, 'present');
    assert.equal(states('# RFC: x\n\n## Goals\n\n- Provide make targets.\n- Make the code base easier to modify.\n').success, 'present');
    assert.equal(states('# RFC: x\n\n## Goal\n\nEnable end users to fix token errors on their own.\n').success, 'present');
    assert.equal(states('# RFC: x\n\n### Goals\n\nThe goal is to allow programmatic access without long-lived secrets.\n').success, 'present');
    assert.equal(states('# RFC: x\n\n## Goals\n\n**P0**\n\n- **[G-1]** Reduce downtime of ingestion.\n').success, 'present');
    // "Outcomes" names what it holds: the outcomes hoped for, measured or not ("Results" may report a spike's runs).
    assert.equal(states('# RFC: x\n\n## Outcomes\n\n- More time for core contributors.\n- A more stable CI.\n').success, 'present');
    assert.equal(states('# RFC: x\n\n## Results\n\n- The spike ran once on a laptop.\n').success, 'missing');
    assert.equal(states('# RFC: x\n\n## Goals\n\nCut cart-loss tickets by half by the end of Q3.\n').success, 'present');
    assert.equal(states('# RFC: x\n\n## Goals\n\nP99 latency under 200 ms.\n').success, 'present');
  });

  it('"Approaches" weighed leave the solution open; a spike\'s "Pass criteria" are its acceptance criteria', () => {
    assert.equal(states('# Record history\n\n## Problem\n\nEdits are lost.\n\n## Other Approaches\n\nAn audit-log module keeps one table.\n').alternatives, 'present');
    assert.equal(states('# Record history\n\n## Problem\n\nEdits are lost.\n\n## Other notes\n\nAn audit-log module keeps one table.\n').alternatives, 'missing');
    const spike = '# Spike 03: tap injection\n\n## Why this spike exists\n\nTaps fail on iOS 26, so tests cannot run.\n\n';
    assert.equal(states(spike + '## Pass criteria\n\nA tap lands within 10 points, 10 times out of 10.\n', 'ticket').acceptance, 'present');
    assert.equal(states(spike + '## Plan\n\nTry each channel.\n', 'ticket').acceptance, 'missing');
  });

  it('a burden told with the problem says why it matters', () => {
    const t = '# Onboarding wizard\n\n## Description\n\nSetup today is one dense page of settings.';
    assert.equal(states(t + ' Verification is the #1 support burden.\n', 'ticket').why, 'present');
    assert.equal(states(t + '\n', 'ticket').why, 'missing');
  });

  it('a decision record\'s positive consequences or benefits are the outcomes it expects; its consequences alone may be costs', () => {
    const adr = '# ADR 7: Disable squash merges\n\n## Context\n\nTrain branches get squashed by accident.\n\n## Decision\n\nDisable squash merges.\n\n';
    assert.equal(states(adr + '### Positive Consequences\n\n- Fewer merge conflicts.\n').success, 'present');
    assert.equal(states(adr + '## Benefits\n\n- Riders pay reduced fares.\n').success, 'present');
    assert.equal(states(adr + '## Consequences\n\n- We must rebase by hand.\n').success, 'missing');
  });

  it('a proposal that says in its prose what it aims for states success, if the aim is an outcome', () => {
    const body = '# RFC: x\n\n## Motivation\n\nLogs from different libraries cannot be read together.\n\n';
    assert.equal(states(body + 'This proposal aims to let operators read every log in one place.\n').success, 'present');
    assert.equal(states(body + "This feature's ultimate goal is to allow administrators to point users at the right page.\n").success, 'present');
    // An aim that is a feature to build is not what success looks like.
    assert.equal(states(body + 'This proposal aims to add a new logging API.\n').success, 'missing');
    assert.equal(states(body).success, 'missing');
  });

  it('a ticket\'s deliverables and its Gherkin scenario are what a tester checks', () => {
    const body = '# Story: password rules\n\nUsers pick weak passwords because the rules confuse them.\n\n';
    assert.equal(states(body + '## Deliverables\n\n- A guide covering setup and upgrades.\n', 'ticket').acceptance, 'present');
    assert.equal(states(body + '## Scenario\n\n```gherkin\nGiven a new account\nWhen the password has 12 characters\nThen it is accepted\n```\n', 'ticket').acceptance, 'present');
    assert.equal(states(body + '- **Given** a new account\n- **When** I type a short password\n- **Then** I see the minimum length\n', 'ticket').acceptance, 'present');
    // "Given" alone opens a sentence, not a scenario.
    assert.equal(states(body + 'Given the deadline, we keep the old rules for now.\n', 'ticket').acceptance, 'missing');
    // The steps in one sentence, in a list item or after a label (round zzk): what a tester checks, and for a
    // brief what success is. An ADR's decision put as "Given …, when …, then we …" in running text is neither.
    const criteria = '- Acceptance criteria: Given the landing page, when the user clicks on the login link, then they see the login form.\n';
    assert.equal(states(body + criteria, 'ticket').acceptance, 'present');
    assert.equal(states(body + '## User stories\n\n- As a renter I want to log in.\n' + criteria).success, 'present');
    assert.equal(states(body + 'Given the need for one chart, when deploying, then we bundle a second chart.\n').success, 'missing');
  });

  it('options weighed under numbered headings, or one "decided against", leave the solution open', () => {
    const body = '# Where to save the model\n\n## Context\n\nWe must store branch rules somewhere.\n\n';
    assert.equal(states(body + '### Suggestion 1 (@ann)\n\nIn the repo.\n\n### Suggestion 2 (@bo)\n\nIn the database.\n\n### Decision\n\nThe repo.\n').alternatives, 'present');
    assert.equal(states(body + '### Option 1: No local datastore\n\nCall the API.\n\n### Option 2: Use a local datastore\n\nKeep a copy.\n').alternatives, 'present');
    assert.equal(states(body + 'After further thought we decided against the replication approach.\n').alternatives, 'present');
    // One option is a plan, not a choice; a numbered step is not an option.
    assert.equal(states(body + '### Option 1: No local datastore\n\nCall the API.\n').alternatives, 'missing');
    assert.equal(states(body + '### Step 1\n\nCall the API.\n\n### Step 2\n\nStore it.\n').alternatives, 'missing');
  });

  it('MADR\'s "Decision Drivers" are the criteria a decision is judged by: success, and constraints', () => {
    const s = states('# Use Postgres for carts\n\n## Context and Problem Statement\n\nCarts get lost.\n\n## Decision Drivers\n\n- Keep carts across devices\n- Stay backward compatible\n\n## Considered Options\n\n- A\n- B\n', 'brief');
    assert.equal(s.success, 'present');
    assert.equal(s.constraints, 'present');
    assert.equal(states('# RFC: x\n\n## Success metrics\n\nAdoption.\n').success, 'present');
  });
  it('a measurable goal stated in a sentence counts anywhere; a direction does not', () => {
    assert.equal(states('# RFC: x\n\nOur goal is that apps run with <100 MB memory.\n').success, 'present');
    assert.equal(states('# RFC: x\n\nOur goal is that apps run with less memory.\n').success, 'missing');
  });
  it('"Rationale" after the design weighs alternatives and tradeoffs; before it, it is the why', () => {
    const after = states('# RFC: x\n\n## Background\n\nUsers lose data.\n\n## Proposal\n\nDo y.\n\n## Rationale\n\nWhy y over z.\n');
    assert.equal(after.alternatives, 'present');
    assert.equal(after.constraints, 'present');
    const before = states('# ADR: x\n\n## Rationale\n\nWe lose data.\n\n## Decision\n\nDo y.\n');
    assert.equal(before.alternatives, 'missing');
    assert.equal(before.why, 'present');
  });
  it('a stated limit counts as constraints; weighing an option counts as alternatives', () => {
    const s = states('# RFC: x\n\n## Design\n\nEase of use is an explicit non-goal. We could allow several labels, but one is enough.\n');
    assert.equal(s.constraints, 'present');
    assert.equal(s.alternatives, 'present');
    assert.equal(states('# RFC: x\n\n## Design\n\nDo y.\n').constraints, 'missing');
  });
  it('who is affected, told where the problem is told, names the audience', () => {
    for (const line of ['A user who scales up several hundred nodes in one step runs out of memory.', 'Taxpayers whose return fails validation get no email.', 'It will have the most impact on you if you import single files.']) {
      assert.equal(states(`# RFC: x\n\n## Motivation\n\n${line}\n\n## Design\n\nDo y.\n`).audience, 'present', line);
    }
    // Under the design, a user named in passing does not say who the change is for.
    assert.equal(states('# RFC: x\n\n## Motivation\n\nIt is slow.\n\n## Design\n\nA user who clicks waits.\n').audience, 'missing');
  });
  it('a role noun that can only mean people names the audience; one that can name software does not', () => {
    for (const line of ['Data scientists doing exploratory analysis wait minutes for each plot.', 'Delivery officers record the decision by hand.', 'The old backend is a source of confusion for newcomers.']) {
      assert.equal(states(`# RFC: x\n\n## Motivation\n\n${line}\n\n## Design\n\nDo y.\n`).audience, 'present', line);
    }
    for (const line of ['Most workers get overloaded within minutes.', 'Retries can be added to clients that publish messages.', 'Cloud providers run etcd for the control plane.']) {
      assert.equal(states(`# RFC: x\n\n## Motivation\n\n${line}\n\n## Design\n\nDo y.\n`).audience, 'missing', line);
    }
  });
  it('a requirement the design must keep is a stated limit', () => {
    for (const line of ['The credential secret must stay out of version-controlled files.', 'Archived pipelines must not consume scheduling resources.', 'The first release is limited to TypeScript.', 'The engine only supports two levels.', 'It only applies to errors marked retriable.', 'Support staff can only contact taxpayers who contacted them first.']) {
      assert.equal(states(`# RFC: x\n\n## Design\n\nDo y. ${line}\n`).constraints, 'present', line);
    }
    // A "must be" describes the design as often as it limits it ("The id must be unique"): not read.
    assert.equal(states('# RFC: x\n\n## Design\n\nDo y. The value must be a string.\n').constraints, 'missing');
  });
  it('a "Current …" heading states the problem', () => {
    assert.equal(states('# x\n\n### Current batch functionality\n\nFailed batches are lost.\n').problem, 'present');
  });
  it('metadata lines at the top do not say who it is for', () => {
    assert.equal(states('# x\n\n* **Type**: Design proposal\n* **Contributors**: A, B\n\n## Problem description\n\nThe subject has no name.\n').audience, 'missing');
  });
  it('a template prompt to link out examples is a placeholder (Highlight\'s PRD, round zq)', () => {
    assert.equal(states('# PRD: Logging\n\n## User Feedback\n\n> If this feature is driven by user feedback, link out examples.*\n\n## Goals\n\nAdd logs.\n').problem, 'placeholder');
    assert.equal(states('# PRD: Logging\n\n## User Feedback\n\nTeams told us they copy logs by hand into tickets.\n\n## Goals\n\nAdd logs.\n').problem, 'present');
  });
  it('an italic prompt in underscores is a placeholder', () => {
    assert.equal(states('# PRD: x\n\n## Risks\n_To be prioritized and posted_\n').constraints, 'placeholder');
  });
  it('the stakes told with the problem say why it matters', () => {
    assert.equal(states('# x\n\n## Problem description\n\nWithout a name, code is harder to follow.\n').why, 'present');
    assert.equal(states('# x\n\n## Problem description\n\nThe subject has no name.\n').why, 'missing');
  });
  it('a failure or a limit users live with states the problem, also under a PRD\'s "Why"', () => {
    assert.equal(states('After upgrading my server, propellor does not work anymore.\n', 'ticket').problem, 'present');
    assert.equal(states('# QR codes\n\nThe app currently only notifies people of close contacts.\n').problem, 'present');
    assert.equal(states('# Payment links\n\n## Why\n\nPaying by cheque can make the process take longer.\n').problem, 'present');
    assert.equal(states('# Payment links\n\n## Why\n\nPayments matter to form owners.\n').problem, 'missing');
  });
  it('a ticket or brief that describes itself in a paragraph, before any solution, tells its problem; a one-line request does not', () => {
    const para = 'When an image is deleted the deleted record gets its arch set to x86_64 whatever it was before, so an undeleted arm image is then built for the wrong machine and fails on boot.';
    assert.equal(states(`# Image delete loses arch\n\n${para}\n`, 'ticket').problem, 'present');
    assert.equal(states(`# Custom brokers\n\n## What we're after\n\n${para}\n\n## How to deliver\n\nx\n`, 'ticket').problem, 'present');
    assert.equal(states('# Dark mode\n\nAdd a dark mode toggle to the settings page.\n', 'ticket').problem, 'missing');
    // The description must come before the solution, and acceptance criteria are not one.
    assert.equal(states(`# Dark mode\n\nAdd a toggle.\n\n## Proposed solution\n\n${para}\n`, 'ticket').problem, 'missing');
    assert.equal(states(`# Dark mode\n\n## Acceptance criteria\n\n${para}\n`, 'ticket').problem, 'missing');
    // A brief too: nearly every real one states its problem, most often in prose under no problem heading.
    assert.equal(states(`# Image delete\n\n## Introduction\n\n${para}\n\n## Design\n\nx\n`).problem, 'present');
    assert.equal(states(`# Image delete\n\n## Design\n\n${para}\n`).problem, 'missing');
    // Other context is not the problem, and the author's own problem heading left as a placeholder says it is unwritten.
    assert.equal(states(`# Image delete\n\n## Who it is for\n\n${para}\n`).problem, 'missing');
    // (Not "Purpose", which names the problem: in the corpus every brief with a "Purpose" heading states its problem there.)
    assert.equal(states(`# Image delete\n\n## Scope\n\n${para}\n\n## Problem statement\n\nTBD\n`).problem, 'placeholder');
  });
  it('a bold label stands for a heading in tickets and exports: "**Expected results:**", "***Acceptance Criteria***" (round q)', () => {
    const bug = '# Error messages do not help\n\n**Description of problem:**\n\nThe mirror fails with a bare error code and no hint of the cause, so customers open support cases.\n\n';
    assert.equal(states(`${bug}**Expected results:**\n\n- The error names the root cause and links the docs.\n`, 'ticket').acceptance, 'present');
    assert.equal(states(`${bug}***Acceptance Criteria***\n\n1. An endpoint accepts one file.\n2. Bad files are refused.\n`, 'ticket').acceptance, 'present');
    assert.equal(states(`${bug}**Customer Impact:** Longer troubleshooting and more support cases for every customer.\n`, 'ticket').why, 'present');
    // A label with nothing after it, bold words inside a sentence, or a label in code say nothing.
    assert.equal(states(`${bug}**Acceptance criteria:** TBD\n`, 'ticket').acceptance, 'missing');
    assert.equal(states(`${bug}The **acceptance criteria** were never written down by anyone here.\n`, 'ticket').acceptance, 'missing');
    assert.equal(states(`${bug}\`\`\`\n**Acceptance criteria:**\nThe error names the root cause and links the docs.\n\`\`\`\n`, 'ticket').acceptance, 'missing');
    // A heading "Expected results" is a ticket's acceptance criteria and a brief's success.
    assert.equal(states(`${bug}## Expected results\n\nThe error names the root cause and links the docs.\n`, 'ticket').acceptance, 'present');
    assert.equal(states('# Faster mirror\n\n## Expected results\n\nMirroring takes under 10 minutes for 90% of customers.\n').success, 'present');
  });
  it('a Lean "Hypothesis" names the outcome; Tekton\'s "Design Evaluation" weighs the limits', () => {
    assert.equal(states('# x\n\n## Hypothesis\n\nWe believe payment links will let form owners digitise more forms.\n').success, 'present');
    assert.equal(states('# x\n\n## Design Evaluation\n\nIt should not affect retries.\n').constraints, 'present');
  });
  it('a ticket whose done condition is "all tests must pass" has acceptance', () => {
    assert.equal(states('# Fix errors\n\n## Description\n\nErrors leak. All tests must pass.\n', 'ticket').acceptance, 'present');
    assert.equal(states('# Fix errors\n\n## Description\n\nErrors leak.\n', 'ticket').acceptance, 'missing');
  });
});

describe('suggest-section-synonym', () => {
  const base = '---\ntype: prd\n---\n# Saved carts\n\n## User problem\nShoppers lose carts.\n\n## Who it is for\nReturning shoppers.\n\n## Why it matters\nA fifth of carts are lost.\n\n## Success metrics\nRecovery from 3% to 10%.\n\n';
  const hints = (text: string, config?: ReturnType<typeof defaultConfig>) =>
    lint(text, { rules, filePath: '/docs/x.md', config }).diagnostics.filter((d) => d.ruleId === 'suggest-section-synonym');
  it('asks once, as info, whether an unknown heading is a missing section', () => {
    const found = hints(`${base}## Cart expiry limits\nCarts expire after 30 days.\n\n## Alternatves\nA cookie.\n`);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'info');
    assert.match(found[0]!.message, /"Cart expiry limits" may be your "Constraints and tradeoffs" section/);
    assert.equal(found[0]!.data?.sectionId, 'constraints');
  });
  it('catches a misspelt section heading', () => {
    const found = hints(`${base}## Constraints\nNo new login.\n\n## Alternatves\nA cookie.\n`);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.data?.sectionId, 'alternatives');
  });
  it('says nothing once the team adds the heading as a synonym, and nothing when no section is missing', () => {
    const config = defaultConfig();
    config.sections.constraints = { ...config.sections.constraints!, synonyms: [...config.sections.constraints!.synonyms, 'cart expiry limits'] };
    const text = `${base}## Cart expiry limits\nCarts expire after 30 days.\n\n## Open questions\nIs there a simpler way?\n`;
    assert.equal(hints(text).length, 1);
    assert.equal(hints(text, config).length, 0);
    assert.equal(lint(text, { rules, filePath: '/docs/x.md', config }).diagnostics.filter((d) => d.ruleId === 'require-sections').length, 0);
  });
  it('reads what a heading names, not every word in it ("Security review process" is a process), and a file path is no section', () => {
    // Constraints is the missing section here; the hint words sit in the heading's head or only qualify it.
    assert.equal(hints(`${base}## Open questions\nIs there a simpler way?\n\n## Data source security\nx\n`)[0]?.data?.sectionId, 'constraints');
    assert.equal(hints(`${base}## Open questions\nIs there a simpler way?\n\n## Security review process\nx\n`).length, 0);
    assert.equal(hints(`${base}## Open questions\nIs there a simpler way?\n\n## Stability and operations\nx\n`)[0]?.data?.sectionId, 'constraints');
    assert.equal(hints(`${base}## Open questions\nIs there a simpler way?\n\n## \`src/limits/risks.py\` — modify\nx\n`).length, 0);
    // "Mutability" is two letters from "stability", but a typo seldom changes the first letter.
    assert.equal(hints(`${base}## Open questions\nIs there a simpler way?\n\n## Mutability\nx\n`).length, 0);
  });
  it('does not ask about headings whose head is a vague word the design uses for itself ("Selection criteria", "Configuration options")', () => {
    // Success and alternatives are missing here; "criteria" and "options" would have hinted at them.
    const brief = '---\ntype: prd\n---\n# Saved carts\n\n## User problem\nShoppers lose carts.\n\n## Who it is for\nReturning shoppers.\n\n## Why it matters\nA fifth of carts are lost.\n\n## Constraints\nNo new login flow.\n\n';
    for (const h of ['Patient selection criteria', 'Configuration options and behaviours', 'Key scenarios']) assert.equal(hints(`${brief}## ${h}\nx\n`).length, 0, h);
    assert.equal(hints(`${brief}## Engagement metrics\nx\n`)[0]?.data?.sectionId, 'success');
  });
  it('leaves short look-alike words alone ("Content" is not "Context") and READMEs alone', () => {
    assert.equal(hints(`${base}## Content\nCopy for the page.\n`).length, 0);
    assert.equal(hints('# lib\n\n## Security\n\nReport to x.\n').length, 0);
  });
  it('asks about one slip of the keyboard, not two ("Constriants", not "Keyboard Shortcuts" as "shoutouts"), and not about research questions, milestones or a status', () => {
    assert.equal(hints(`${base}## Open questions\nIs there a simpler way?\n\n## Constriants\nNo new login.\n`)[0]?.data?.sectionId, 'constraints');
    const note = (heading: string) => lint(`---\ntitle: Surge XT 1.0.0\ntype: launch\n---\n\nSurge XT 1.0.0 is out.\n\n## ${heading}\n\nPress F1 for help.\n`, { rules, filePath: '/docs/x.md' }).diagnostics.filter((d) => d.ruleId === 'suggest-section-synonym');
    assert.equal(note('Keyboard Shortcuts').length, 0);
    assert.equal(note('Contributers')[0]?.data?.sectionId, 'credits');
    const brief = '---\ntype: prd\n---\n# Saved carts\n\n## Who it is for\nReturning shoppers.\n\n## Why it matters\nA fifth of carts are lost.\n\n## Constraints\nNo new login flow.\n\n';
    for (const h of ['Research questions', 'Milestones', 'App status', 'Hit test results', 'Formal verification of proposed changes']) assert.equal(hints(`${brief}## ${h}\nx\n`).length, 0, h);
    assert.equal(hints(`${brief}## Adoption measurement\nx\n`)[0]?.data?.sectionId, 'success');
  });
});

describe('kinds: what a document says about itself', () => {
  it('"This is a proposal to…" under the first heading; "we propose" past the opening of a README is not enough', () => {
    assert.equal(kindOf('# Disable lookup by default\n\n## Lookup\n\nIt searches.\n\n## Change\n\nThis is a proposal to change the default.\n').kind, 'brief');
    assert.equal(kindOf('# safe-buffer\n\n## install\n\nnpm i\n\n## why\n\nWe propose a safer API.\n').kind, null);
  });
  it('a numbered proposal\'s front matter ("eip: 7785", "discussions-to") makes it a spec; a type of another scheme decides nothing', () => {
    const erc = '---\neip: 7785\ntitle: Onchain registration of chain identifiers\nstatus: Draft\ntype: Standards Track\ncategory: ERC\n---\n\n## Abstract\n\nThis ERC derives ids.\n';
    const out = kindOf(erc);
    assert.equal(out.kind, 'brief', out.kindReason);
    assert.match(out.kindReason, /eip: 7785/);
    assert.equal(kindOf('---\ntitle: Chain ids\ndiscussions-to: https://example.org/t/1\n---\n\nText.\n').kind, 'brief');
    assert.equal(kindOf('---\ntitle: Setup\ntype: docs\n---\n\n# Setup\n\n## Problem\n\nx\n\n## Solution\n\ny\n').kind, null);
    assert.equal(kindOf('---\ntitle: Notes\ntype: Informational\n---\n\nWhat I learned.\n').kind, null);
  });
  it('"This JEP introduces…": a proposal process\'s own name for its documents', () => {
    assert.equal(kindOf('# Kernel subshells\n\n## Summary\n\nThis JEP introduces kernel subshells.\n\n## Motivation\n\nUsers wait.\n').kind, 'brief');
    assert.equal(kindOf('# Steps\n\n## Usage\n\nThis step introduces a cache.\n').kind, null);
  });
  it('a release post with a byline and an excerpt, or a dated file name, that says "we\'re releasing version…"', () => {
    const post = '---\ntitle: Nushell 0.114.1\nauthor: The Nu Authors\nexcerpt: Today, we\'re releasing version 0.114.1 of Nu.\n---\n\n# Nushell 0.114.1\n\nToday, we\'re releasing version 0.114.1 of Nu.\n';
    assert.equal(kindOf(post).kind, 'launch', kindOf(post).kindReason);
    const dated = 'Today, we\'re releasing version 2.1 of the app.\n\n## Fixes\n\n- x\n';
    assert.equal(lint(dated, { rules: sectionRules, filePath: '/blog/2026-07-11-app-2-1.md' }).kind, 'launch');
    assert.equal(lint(dated, { rules: sectionRules, filePath: '/docs/app.md' }).kind, null);
    // A blog's year and month folders date a post as its file name does (Julia's "blog/2015/10/julia-0.4-release.md").
    const pleased = 'We are pleased to announce the release of Julia 0.4.0.\n\n## Highlights\n\n- x\n';
    assert.equal(kindAt(pleased, '/blog/2015/10/julia-0.4-release.md'), 'launch');
    assert.equal(kindAt(pleased, '/docs/2015/julia.md'), null);
    // A title that is only a version is that release's notes; a version inside a title is not.
    assert.equal(kindAt('---\ntitle: v0.26.2\n---\n\n## List: Scroll Padding\n\nWe added a method.\n', '/docs/highlights/v0.26.2.md'), 'launch');
    assert.equal(kindAt('# 1.4.0\n\n- Fixed a crash.\n', '/CHANGES.md'), 'launch');
    assert.equal(kindAt('# Upgrading to 1.4.0\n\nRun the script.\n', '/docs/upgrade.md'), null);
    // "design documentation" names a design doc as "design doc" does.
    assert.equal(kindAt('---\ntitle: Parole design documentation\ndate: 2021-12-20\n---\n\n## What is changing\n\nx\n', '/app/posts/2021-12-20-parole.md'), 'brief');
    // A byline alone, without the saying, is any post.
    assert.equal(kindOf('---\ntitle: Trees\nauthor: A\nexcerpt: What I learned about trees.\n---\n\nText.\n').kind, null);
  });
  it('a template is the form specs are written from, not a spec; a file of tickets is tickets (round r)', () => {
    const rfc = '## Summary\n\nOne paragraph.\n\n## Motivation\n\nWhy.\n\n## Drawbacks\n\nx\n\n## Rationale and alternatives\n\ny\n';
    assert.equal(kindAt(rfc, '/rfcs/0012-retries.md'), 'brief');
    assert.equal(kindAt(rfc, '/rfcs/0000-template.md'), null);
    assert.equal(kindAt(`---\ntitle: RFC Template\n---\n\n${rfc}`, '/docs/rfc.md'), null);
    assert.equal(kindAt(`# KEP template (copy me)\n\n${rfc}`, '/docs/kep.md'), null);
    assert.equal(kindAt('## Describe the bug\n\nx\n\n## Steps to reproduce\n\ny\n', '/.github/ISSUE_TEMPLATE/bug_report.md'), null);
    // A spec about templates is still a spec.
    assert.equal(kindAt('# PRD: Issue template redesign\n\n## Problem\n\nx\n', '/docs/x.md'), 'brief');
    assert.equal(kindAt(`# Template literals in config\n\n${rfc}`, '/rfcs/0013-template-literals.md'), 'brief');
    assert.equal(kindAt('# Jira Tickets: Database-backed configuration\n\n## Epic\n\nx\n', '/docs/proposals/config-tickets.md'), 'ticket');
  });
  it('round zo: an item kept as a folder with a README in a folder of bugs; "Alternate Solutions"', () => {
    const bug = '# A module shared by two libraries leaves one without exports\n\n## What happens\n\nThe build fails.\n\n## Reproduce\n\nRun it.\n';
    assert.equal(kindAt(bug, '/pcons/bugs/06-shared-module/README.md'), 'ticket');
    // The folder of bugs' own README, and a README elsewhere, are no ticket.
    assert.equal(kindAt(bug, '/pcons/bugs/README.md'), null);
    assert.equal(kindAt(bug, '/pcons/docs/shared-module/README.md'), null);
    assert.equal(states('# RFC: x\n\n## Design\n\nDo y.\n\n# Alternate Solutions\n\n## Alt #1 Docker Bake\n\nBake files.\n').alternatives, 'present');
    // A dated post introducing a version tells the problem it solved and its solution: still a launch.
    const body = '## Problem\n\nLogs are hard to search.\n\n## Goals\n\nSearch them in one place.\n\n## Risks\n\nCost.\n';
    assert.equal(kindAt(`---\ntitle: "Introducing Data Prepper 1.2.0 with Log Pipelines"\ndate: 2021-12-15\n---\n\n${body}`, '/blog/x.md'), 'launch');
    assert.equal(kindAt(`---\ntitle: "Static site soft launch"\n---\n\n${body}`, '/docs/x.md'), 'brief');
  });
  it('round q: a process\'s enhancement-proposal folder, a scoping document, a product roadmap, a release\'s notes kept as a page', () => {
    const text = '## Summary\n\nWe would like to move the algorithms.\n\n## Usage\n\nx\n';
    // "reps" (Ray), "ceps" (conda) as "keps" and "peps"; not "deps" or "steps".
    assert.equal(kindAt(text, '/ray/reps/2023-04-28-remove-algorithms.md'), 'brief');
    assert.equal(kindAt(text, '/conda/ceps/cep-0018.md'), 'brief');
    assert.equal(kindAt(text, '/app/deps/notes.md'), null);
    assert.equal(kindAt(text, '/docs/steps/one.md'), null);
    assert.equal(kindAt('# Table of contents\n\n## Introduction\n\nx\n', '/cwa/scoping_document.md'), 'brief');
    assert.equal(kindAt('# Product Roadmap\n\n### Summary\n\nx\n', '/docs/ROADMAP.md'), 'brief');
    assert.equal(kindAt('# Roadmap\n\n- v2\n', '/docs/ROADMAP.md'), null);
    // A page bundle: the folder names the page; a folder of specs keeps its index a process file.
    const notes = 'Hugo `0.50` brings greatly improved error messages.\n\n## Fixes\n\n- x\n';
    assert.equal(kindAt(notes, '/content/news/0.50-relnotes/index.md'), 'launch');
    assert.equal(kindAt(notes, '/content/news/errors-so-good/index.md'), null);
    assert.equal(kindAt(notes, '/content/news/0.50/index.md'), 'launch');
    assert.equal(kindAt(text, '/rfcs/index.md'), null);
    // A dated post the blog files under its releases.
    assert.equal(kindAt(`---\ndate: 2018-10-29\ntitle: "Errors so good"\ncategories: ["Releases"]\n---\n\n${notes}`, '/content/news/errors.md'), 'launch');
    assert.equal(kindAt(`---\ndate: 2018-10-29\ntitle: "Errors so good"\ncategories: ["Guides"]\n---\n\n${notes}`, '/content/news/errors.md'), null);
  });
  it('round p: a dated post "launching the" service behind a link; an RFP numbered like a key offers work', () => {
    const post = '---\ntitle: Help Center\nauthor: FedRAMP\n---\n\nTo address this need, we are launching the <a href="https://help.example.gov">Help Center</a>, a home for guidance.\n';
    assert.equal(kindAt(post, '/_posts/2024-10-15-help-center.md'), 'launch');
    assert.equal(kindAt(post.replace('we are launching the', 'we are launching a'), '/_posts/2024-10-15-help-center.md'), 'launch');
    assert.equal(kindAt(post.replace('we are launching the', 'we are reviewing the'), '/_posts/2024-10-15-help-center.md'), null);
    const sections = '## Background\n\nx\n\n## Problem Statement\n\ny\n\n## Objectives & Key Results\n\nz\n\n## Alternatives considered\n\nw\n';
    assert.equal(kindAt(`# RFP-007: Multi-Level DHT design and evaluation\n\n${sections}`, '/rfps/rfp-007.md'), 'ticket');
    assert.equal(kindAt(`# NAP-8: Telemetry\n\n${sections}`, '/docs/nap-8.md'), 'brief');
  });
  it('round o: a security advisory kept under its id, a post titled by a version, an MVP scoping', () => {
    const advisory = '# Memory disclosure in mirage-net-xen\n\n## Background\n\nx\n\n## Problem Description\n\ny\n\n## Impact\n\nz\n\n## Solution\n\nw\n';
    assert.equal(kindAt(advisory, '/advisories/2016/OSEC-2016-02.md'), 'ticket');
    assert.equal(kindAt(advisory, '/crates/gix-path/RUSTSEC-2024-0367.md'), 'ticket');
    assert.equal(kindAt(advisory, '/docs/memory-disclosure.md'), 'brief');
    const post = '+++\ntitle = "Redox OS 0.9.0"\ndate = "2024-09-09"\n+++\n\n## Overview\n\nIt has been a while since our last one.\n';
    assert.equal(kindAt(post, '/content/news/redox.md'), 'launch');
    // A version without a minor number, or no date: not a release post.
    assert.equal(kindAt(post.replace('Redox OS 0.9.0', 'Templates v2'), '/content/news/redox.md'), null);
    assert.equal(kindAt(post.replace('date = "2024-09-09"\n', ''), '/content/news/redox.md'), null);
    assert.equal(kindAt('---\ntitle: Scoping for MVP\n---\n\n## Why we did this work\n\nx\n', '/app/posts/scoping.md'), 'brief');
    // A design history that weighs options under headings of their own records a decision; a README's
    // ways to install do not.
    const options = '---\ntitle: Enabling users to book for other people\n---\n\nThe service assumes people book for themselves.\n\n## What we did\n\nx\n\n## Option 1 – agnostic content\n\ny\n\n## Option 2 – filter page\n\nz\n';
    assert.equal(kindAt(options, '/app/2025/06/proxy-users/index.md'), 'brief');
    assert.equal(kindAt('# tool\n\n## Installation\n\n### Option 1: npm\n\nx\n\n### Option 2: from source\n\ny\n\n## Usage\n\nz\n', '/README.md'), null);
  });
  it('round n: a proposal with an FAQ, a design doc\'s "High Level Design", a post titled "Release <date>"', () => {
    const meta = '# Clock Meta Document\n\n## 1. Summary\n\nx\n\n## 2. Why Bother?\n\nx\n\n## 3. Scope\n\n### 3.1 Goals\n\nx\n\n### 3.2 Non-Goals\n\nx\n\n## 4. Approaches\n\nx\n\n## 9. FAQ\n\nx\n';
    assert.equal(kindAt(meta, '/accepted/PSR-20-clock-meta.md'), 'brief');
    // An FAQ no longer marks a README, but installation still does.
    assert.equal(kindAt(meta.replace('## 9. FAQ', '## Installation'), '/accepted/x.md'), null);
    const hld = '# BGP Router ID Explicitly Configured\n\n### Revision\n\nx\n\n### Scope\n\nx\n\n### Overview\n\nx\n\n### Requirements\n\nx\n\n### High Level Design\n\nx\n';
    assert.equal(kindAt(hld, '/doc/BGP/BGP-router-id.md'), 'brief');
    assert.equal(kindAt('---\nauthor: flatcap\ntitle: Release 2026-01-05\n---\n\n## Notes\n\nHappy New Year.\n', '/_posts/2026-01-05-release.md'), 'launch');
    assert.equal(kindAt('---\ntitle: Release planning\n---\n\n## Notes\n\nWho cuts the branch.\n', '/docs/release.md'), null);
  });
  it('round l: a template\'s title left in a proposal\'s front matter, a post opening with a banner image, "`None`"', () => {
    const body = '## Motivation\n\nWhy.\n\n## Proposal\n\nx\n\n### User Stories\n\ny\n\n### Risks and Mitigations\n\nz\n';
    assert.equal(kindAt(`---\ntitle: Proposal Template\nstatus: implementable\n---\n\n# Cascading deletion protection\n\n${body}`, '/docs/proposals/20210331-protection.md'), 'brief');
    // Still a template when its own heading is a placeholder too.
    assert.equal(kindAt(`---\ntitle: KEP Template\n---\n\n# KEP-NNNN: Your short, descriptive title\n\n${body}`, '/keps/NNNN-kep-template/README.md'), null);
    const post = '---\nlayout: post\ntitle: "Force, the website"\ndate: 2014-09-05 15:09\n---\n\n![May the Force be with you](/images/force.png)\n\nToday we\'re happy to announce we\'ve open sourced the entire web app.\n';
    assert.equal(kindAt(post, '/_posts/2014-09-05-force.markdown'), 'launch');
    assert.equal(states('# RFC: x\n\n## Problem\n\nCarts get lost.\n\n## Non-goals\n\n`None`\n').constraints, 'placeholder');
  });
  it('a team\'s "User groups" or "User types" heading says who it is for', () => {
    const brief = (heading: string) => states(`# Roadmap\n\n## Problem\n\nForecasts are hard to read.\n\n## ${heading}\n\n- Emergency managers in cities and counties\n- Forecasters at local offices\n`).audience;
    assert.equal(brief('User groups'), 'present');
    assert.equal(brief('User types'), 'present');
    assert.equal(brief('Priority table'), 'missing');
  });
  it('a section that holds only a filled table is written (only a table\'s head row can be a template\'s labels)', () => {
    const brief = (table: string) => states(`# Roadmap\n\n## Problem\n\nForecasts are hard to read.\n\n## Who it is for\n\n${table}`).audience;
    assert.equal(brief('| Priority | Groups |\n| --- | --- |\n| High | Emergency managers, forecasters |\n| Low | Aviation |\n'), 'present');
    assert.equal(brief('| Priority | Groups |\n| --- | --- |\n| [Priority] | [User group] |\n'), 'placeholder');
  });
  it('round zv: a release post whose items open with who did each change credits them', () => {
    const post = (items: string) => states(`---\ntype: launch\n---\n\n# NewPipe 0.23.0\n\n## New\n\n${items}`, 'launch').credits;
    assert.equal(post('- [@nv95](https://github.com/nv95) brings you notifications for new streams.\n- @Stypox made mixes show up in related videos.\n'), 'present');
    assert.equal(post('- @Stypox made mixes show up in related videos.\n- Faster start-up.\n'), 'missing');
  });
  it('round zv: a user story\'s "Desired outcome" is what gets checked', () => {
    const ticket = (heading: string) => states(`# Test hooks\n\nAs a tester, I want my tests to run when a release reaches hardening.\n\n### ${heading}\n\nIf the webhook answers with a 2xx status the tests passed; otherwise they failed.\n`, 'ticket').acceptance;
    assert.equal(ticket('Desired outcome'), 'present');
    assert.equal(ticket('Event stream'), 'missing');
  });
  it('round zv: a section on the project\'s priorities or timeline is not its own description of the problem', () => {
    const body = '- Each priority gets time for research, prototyping, scoping, design, development and testing as needed, and half of our bandwidth goes to planned work while the rest covers support.\n';
    const brief = (heading: string) => states(`# Product roadmap\n\n## Vision\n\nWeather for all.\n\n## ${heading}\n\n${body}\n## Risks\n\n- Staff turnover.\n`).problem;
    assert.equal(brief('Ongoing priorities'), 'missing');
    assert.equal(brief('Timeline'), 'missing');
    assert.equal(brief('What we are after'), 'present');
  });
  it('a description that opens by ordering the work ("Implement an expenses list…") states no problem', () => {
    const ticket = (opening: string) => states(`# Expenses list\n\n${opening}\n\n## Acceptance criteria\n\n- It lists expenses.\n- It filters them.\n`, 'ticket').problem;
    assert.equal(ticket('Implement an expenses list fetching all expenses from the provided API. Allow the user to add notes and upload receipt pictures to each expense, and filter them on the client side.'), 'missing');
    assert.equal(ticket('We need to design and build a new bulk uploader using what we learned on the existing one, adapting it to the latest data model and the new validation rules for every provider.'), 'missing');
    assert.equal(ticket('Finance staff cannot see which expenses still need a receipt, so they chase people by email every month and miss the deadline for the monthly close of the books.'), 'present');
    // The plan itself, or the document describing itself, is no problem either.
    assert.equal(ticket("I'm thinking we could have it so you upload the receipts as a zip, then it breaks them down and asks for the amount of each one before it files them in the list."), 'missing');
    assert.equal(ticket('This document describes the features and user flows made available by the expenses list, and assumes that you have already read the overview of the whole app first.'), 'missing');
  });
  it('round zi: an ikiwiki news page dated by its meta directive and titled by a version is a launch note', () => {
    const page = '[[!meta date="2011-07-01"]]\n\nNotmuch 0.6 (2011-07-01)\n=======================\n\nNew, general features\n---------------------\n\n* Folder-based searching\n';
    assert.equal(kindAt(page, '/news/release-0.6.mdwn'), 'launch');
    // Not without the date: a page titled by a version alone is not a post.
    assert.equal(kindAt(page.replace('[[!meta date="2011-07-01"]]\n\n', ''), '/docs/notmuch-0.6.md'), null);
  });
  it('round zg: a post whose own title says the feature "just landed" is its launch note', () => {
    const post = (title: string) => `---\ndate: 2022-09-12\nauthors: [squidfunk]\ndescription: Our new blog is built with the blog plugin.\n---\n\n# ${title}\n\nYou are looking at our new blog.\n`;
    assert.equal(kindAt(post('Blog support just landed'), '/docs/blog/posts/blog-support.md'), 'launch');
    assert.equal(kindAt(post('How we chose a blog engine'), '/docs/blog/posts/blog-engine.md'), null);
  });
  it('round ze: a blog\'s release post ("type: blog") is a launch note; a retro\'s "What happened" is no bug report; an RFC post\'s "Giving Feedback"', () => {
    const post = '---\ndate: "2021-09-16"\ntitle: "Dapr v1.4 is now available"\ntype: blog\n---\n\nWe are excited to announce the release of Dapr v1.4!\n\n## Release highlights\n\n- x\n';
    assert.equal(kindAt(post, '/content/posts/2021/v1.4-release.md'), 'launch');
    // A blog post that announces nothing stays a page.
    assert.equal(kindAt('---\ndate: "2025-07-20"\ntitle: "SciPy 2025 recap"\ntype: blog\n---\n\nWhat a week it was.\n\n## Talks\n\n- x\n', '/content/posts/2025/recap.md'), null);
    const retro = '# Who\n\nMatt, Karam\n\n# What happened\n\n- We set up a machine\n\n# Insights (Good, Bad)\n\n- Good base\n\n# Actions\n\n- Mob again\n';
    assert.equal(kindAt(retro, '/retros/2020-04-29.md'), null);
    assert.equal(kindAt('## What happened\n\nThe export crashed.\n\n## Steps to reproduce\n\n1. Export\n', '/x/bug.md'), 'ticket');
    assert.equal(states('# RFC: Importing CSS files\n\n## Problem\n\nImports clash.\n\n## Giving Feedback\n\nIf it does not cover a use case that matters to you, bring that up.\n').alternatives, 'present');
  });
  it('round ze: a ticket\'s own "Functional requirements" or "Action Required" list is what gets checked', () => {
    const ticket = (heading: string, body: string) => states(`# Expenses list\n\nImplement an expenses list fetching all expenses from the API.\n\n## ${heading}\n${body}`, 'ticket').acceptance;
    assert.equal(ticket('Functional requirements', '- User can list expenses\n- User can add a comment\n'), 'present');
    assert.equal(ticket('Action Required', '1. Use the summary list component\n2. Use the full link text\n'), 'present');
    assert.equal(ticket('Work acceptance criteria', '- Passes the analyzer\n- Runs in the sandbox\n'), 'present');
    // One line is a note, not a list to check; other headings say nothing.
    assert.equal(ticket('Functional requirements', 'See the API docs.\n'), 'missing');
    assert.equal(ticket('Implementation notes', '- Use React\n- Use Redux\n'), 'missing');
  });
  it('what a change does to what exists bounds it: "Migration", "API Impacts", "Preconditions"; a bare "Impact" is why it matters', () => {
    const brief = (heading: string) => states(`# RFC: Leak detection\n\n## Problem\n\nLeaks go unseen.\n\n## Proposal\n\nA sensor.\n\n## ${heading}\n\nThe design may slow the system a little.\n`, 'brief');
    for (const h of ['Migration', 'Migration path', 'API Impacts', 'Performance Impacts', 'Preconditions / Triggers']) assert.equal(brief(h).constraints, 'present', h);
    assert.equal(brief('Impact').constraints, 'missing');
    assert.equal(brief('Impact').why, 'present');
  });
  it('a decision record\'s consequences that name what it gains, twice or more, state its success; costs alone do not', () => {
    const adr = (consequences: string) => states(`# 12. Phone number accounts\n\n## Context\n\nUsers without email cannot sign up.\n\n## Decision\n\nAccept phone numbers.\n\n## Consequences\n\n${consequences}\n`, 'brief').success;
    assert.equal(adr('Users without an email address will be able to sign up. It also makes it easier to reach rural users.'), 'present');
    assert.equal(adr('Positive: fewer support calls. Negative: SMS costs. It reduces drop-off at sign-up.'), 'present');
    assert.equal(adr('We will need an SMS provider, and assembling the app gets more complex.'), 'missing');
    assert.equal(adr('It makes it easier to test.'), 'missing');
  });
  it('a user story told as a list, one part per item, still gives its "so that" as the why', () => {
    const story = '- **As a** Marketing Manager,\n- **I want to** ensure that each contact receives one email,\n- **so that** we avoid spamming them.\n';
    const ticket = (body: string) => states(`# Prevent duplicate sends\n\n${body}\n## Acceptance Criteria\n\n- Sent once.\n`, 'ticket').why;
    assert.equal(ticket(story), 'present');
    // Not inside a code fence or a quote.
    assert.equal(ticket(`\`\`\`\n${story}\`\`\`\n`), 'missing');
    assert.equal(ticket(story.replace(/^/gm, '> ')), 'missing');
  });
  it('round zj: a template heading that pairs a label with its question is named by the label, and one "Prerequisites" does not make a PRD a README', () => {
    const prd = [
      '---', 'tags: Proposal', '---', '', '# Gas fee algorithm', '',
      '## Prerequisites', '#### Dependencies: What work must be completed before this part of the solution is actionable?', '', 'A working runtime contract.', '',
      '## Problem', '', '#### Target audience: Who is the target audience and why?', '', 'Developers who already use EVM tools.', '',
      '#### Strategic alignment: How does this problem align with our core strategic pillars?', '', 'Compatibility attracts the wider ecosystem.', '',
      '## Solution', '', '#### Success definition: What are the top metrics for the product (up to 5) to define success?', '', '1. Miners stay profitable.', '',
      '#### Risks: What risks should be considered? https://www.svpg.com/four-big-risks/', '', 'Prices may swing.', '',
      '## Open questions', '', 'Should the refund be capped?', '',
    ].join('\n');
    assert.equal(kindAt(prd, '/repo/product/gas_fee_algorithm.md'), 'brief');
    const got = states(prd);
    assert.equal(got.audience, 'present');
    assert.equal(got.why, 'present');
    assert.equal(got.success, 'present');
    assert.equal(got.constraints, 'present');
    // A README keeps its README heading's meaning.
    assert.equal(kindAt('# Tool\n\n## Prerequisites\n\nNode 20.\n\n## Usage\n\nRun it.\n\n## Problem\n\nSlow builds.\n', '/repo/docs/tool.md'), null);
    // A Fedora-style change page's "Benefit to …" says why it matters.
    assert.equal(states('# Backup awareness\n\n## Summary\n\nWarn when no backup was taken.\n\n## Benefit to oVirt\n\nAdmins learn of missing backups before an accident.\n').why, 'present');
  });

  it('a heading\'s closing aside names its section when the rest does not, and "What\'s …" reads as a question put as a statement', () => {
    const brief = (h: string) => states(`# Containers\n\n## Problem\n\nSites cannot isolate cookies.\n\n## ${h}\n\n- No UI in browser settings.\n- No effect on extensions.\n`);
    assert.equal(brief('User Experience Non-Requirements (out of scope)').constraints, 'present');
    assert.equal(brief("What's OUT of the MVP").constraints, 'present');
    assert.equal(brief('Not in scope').constraints, 'present');
    // An aside beside a heading that already names a section changes nothing.
    assert.equal(brief('Risks (optional)').constraints, 'present');
    assert.equal(brief('Release plan (out of scope)').constraints, 'present');
    assert.equal(brief('Implementation notes (draft)').constraints, 'missing');
  });

  it('round zk: a release post titled by a version with a subtitle, or announcing "the stable release", is a launch note', () => {
    const post = (fm: string, body: string) => kindAt(`---\n${fm}\n---\n\n${body}\n`, '/site/_posts/2019-12-18-notes.md');
    assert.equal(post('title: Delta Chat 1.0 with new features, more robust, faster and more secure', 'After months of hard work, we started the 1.0 series.'), 'launch');
    assert.equal(post('title: "Svelte 3: Rethinking reactivity"\nauthor: Rich Harris', "After several months, we are over the moon to announce the stable release of Svelte 3."), 'launch');
    // A post that only talks about a version, announcing nothing, stays no spec.
    assert.equal(post('title: Our upgrade plans for the year', 'Some notes on moving to the stable branch.'), null);
  });

  it('round zn: a user story\'s wish names who the brief is for; a requirement put as "I need" does not', () => {
    const doc = (line: string) => `# Site-wide notification\n\n## Abstract\n\n${line}\n\n## Design\n\nA banner model in the CMS.\n`;
    assert.equal(states(doc("As a member of the marketing team, I'd like to be able to post a message on all pages.")).audience, 'present');
    assert.equal(states(doc('As a **cluster admin**, I want to pause syncs.')).audience, 'present');
    assert.equal(states(doc('As a repository owner, I need to protect a branch.')).audience, 'missing');
    assert.equal(states(doc('We will add a banner model.')).audience, 'missing');
  });
  it('round zm: a heading whose body only names it again is a placeholder; "We thank all the contributors" credits them', () => {
    const doc = (body: string) => `---\ntype: brief\n---\n# My Services\n\n## Customer Feedback Received\n\n${body}\n\n## Design\n\nA table of services.\n`;
    assert.equal(states(doc('  - Overview of customer feedback received')).problem, 'placeholder');
    assert.equal(states(doc('Customer feedback received')).problem, 'placeholder');
    assert.equal(states(doc('Customers told us they cannot find their retired services.')).problem, 'present');
    const notes = (line: string) => `# Crystal 1.18.0 is released!\n\nWe are announcing a new Crystal release.\n\n## Stats\n\nThis release includes 200 changes. ${line}\n`;
    assert.equal(states(notes('We thank all the contributors for all the effort put into improving the language!'), 'launch').credits, 'present');
    assert.equal(states(notes('See the changelog for details.'), 'launch').credits, 'missing');
  });
  it('round zl: a post titled "Release: <name> <version>" with emoji after it is a launch note', () => {
    const post = (title: string, file = '2023-10-23-yarn.md') => kindAt(`---\ntitle: "${title}"\nauthors: [arcanis]\n---\n\nToday is the day! After more than a year of work, our team is excited to finally put a "stable" sticker on it.\n`, `/blog/${file}`);
    assert.equal(post('Release: Yarn 4.0 🪄⚗️'), 'launch');
    assert.equal(post('Yarn 4.0 🎉'), 'launch');
    // A label with no version after it names no release. (Kept as "…-release-4.0.md", the file's name would say it.)
    assert.equal(post('Release: notes on our process 🪄'), null);
    assert.equal(post('Release: notes on our process 🪄', '2023-10-23-release-4.0.md'), 'launch');
  });
  it('round zzr: "developed by" credits the work itself, not a spec or a project the work uses', () => {
    const notes = (line: string) => `# Introducing OpenCost Plugins\n\nToday we are releasing a plugin framework.\n\n## Details\n\n${line}\n`;
    assert.equal(states(notes('It supports costs that conform to the [FOCUS spec](https://focus.finops.org/) developed by the FinOps Foundation.'), 'launch').credits, 'missing');
    assert.equal(states(notes('The [Flux Operator](https://example.com/flux-operator) is an open-source project developed by ControlPlane.'), 'launch').credits, 'missing');
    assert.equal(states(notes('The plugin framework was developed by the OpenCost community.'), 'launch').credits, 'present');
    assert.equal(states(notes('Rspack is a Rust-based bundler developed by the ByteDance Web Infra team.'), 'launch').credits, 'present');
  });
  it('round zzs: thanks to sponsors credit none of the builders; thanks to contributors and sponsors do', () => {
    const notes = (line: string) => `# Django REST framework 3.10 released\n\nToday we are releasing version 3.10.\n\n## Funding\n\n${line}\n`;
    assert.equal(states(notes('*Many thanks to all our [wonderful sponsors](https://example.com), and in particular to our premium backers.*'), 'launch').credits, 'missing');
    assert.equal(states(notes('Many thanks to our contributors and sponsors.'), 'launch').credits, 'present');
    assert.equal(states(notes('Many thanks to Tom and Carlton for the new schema generation.'), 'launch').credits, 'present');
  });
  it('round zs: a release post that credits the whole team for the effort credits them', () => {
    const notes = (line: string) => `# ElectricSQL 1.0 released\n\nToday we are releasing version 1.0.\n\n## Looking back\n\n${line}\n`;
    assert.equal(states(notes("It's been a huge effort by the [whole team](/about/team)."), 'launch').credits, 'present');
    assert.equal(states(notes('The entire team worked on this release.'), 'launch').credits, 'present');
    assert.equal(states(notes('It took a lot of effort to get here.'), 'launch').credits, 'missing');
  });
  it('round zl: a release post that praises people by name for their part credits them', () => {
    const notes = (line: string) => `# Cockpit 118\n\nCockpit is the modern Linux admin interface. We release regularly.\n\n## Timers\n\n${line}\n`;
    assert.equal(states(notes('Harish did great work during Google Summer of Code to add support for systemd timers.'), 'launch').credits, 'present');
    assert.equal(states(notes('Luís Carvalho, a first time contributor, worked together with core team members Philip and Ben to deliver dark mode.'), 'launch').credits, 'present');
    assert.equal(states(notes('You can now add systemd timers.'), 'launch').credits, 'missing');
  });
  it('round zl: a user story told reason first ("In order that …, As a …, I want …") says why it matters', () => {
    const story = (lead: string) => `---\ntitle: ABUS.20 Display booked appointments\n---\n\n## ABUS.20 Display booked appointments\n${lead} the patient can confirm what appointments are already booked for them\n\n**_As a_** 111 Call Handler\n\n**_I want_** to retrieve the details of appointments booked for a patient.\n\n### Acceptance Criteria\n\n* The request **must** have a time window.\n`;
    assert.equal(states(story('**_In order_** that'), 'ticket').why, 'present');
    assert.equal(states(story('In order that'), 'ticket').why, 'present');
    // Without the reason-first lead there is no why.
    assert.equal(states(story('**_Context_**:'), 'ticket').why, 'missing');
    // Nor in a fenced example of the format.
    assert.equal(states(`# Story\n\n\`\`\`\nIn order that X\n\nAs a user\n\nI want Y\n\`\`\`\n\n## Acceptance Criteria\n\n- Done.\n`, 'ticket').why, 'missing');
  });
  it('round zl: "Future improvements" is work left for later, which bounds what is built now', () => {
    const doc = (h: string) => `# Reusing questions across funds\n\n## Problem\n\nApplicants answer the same questions twice.\n\n## Design\n\nA question bank.\n\n## ${h}\n\nReuse across applications will depend on the data model.\n`;
    assert.equal(states(doc('Future improvements')).constraints, 'present');
    assert.equal(states(doc('Next week')).constraints, 'missing');
  });
  it('round zb: a page titled "Acceptance Criteria" is a product\'s spec; a ticket\'s "## Acceptance Criteria" section is not its title', () => {
    assert.equal(kindAt('# Acceptance Criteria\n\n## User Experience\n\n- A toolbar button.\n\n## Measurements\n\n- Daily users.\n', '/docs/acceptance.md'), 'brief');
    assert.equal(kindAt('# MVP Acceptance Criteria\n\n## MVP\n\n- Play a video.\n', '/docs/acceptance-criteria.md'), 'brief');
    assert.equal(kindAt('**Card:** filter contacts\n\n## Acceptance Criteria\n\n- The list can be filtered.\n', '/cards/filter.md'), 'ticket');
  });
  it('round zc: a harm the problem causes, or the time a fix saves, says why it matters', () => {
    const doc = (line: string) => `# Client rate limits\n\n## Problem\n\nThe UI sends many requests. ${line}\n\n## Decision\n\nSet QPS to 50.\n`;
    assert.equal(states(doc('It may be hammering the clusters and causing connection errors.')).why, 'present');
    assert.equal(states(doc('Replacing it gives the biggest time savings for the team.')).why, 'present');
    assert.equal(states(doc('We looked at the defaults.')).why, 'missing');
  });
  it('round zc: release notes that thank contributors by handle credit the team', () => {
    const notes = (line: string) => `# k6 v0.33.0\n\n## Enhancements\n\n- The help message was improved. ${line}\n`;
    assert.equal(states(notes('Thanks, @vishalkuo!'), 'launch').credits, 'present');
    assert.equal(states(notes('Thank you [Aditya1404Sal](https://github.com/Aditya1404Sal)!'), 'launch').credits, 'present');
    assert.equal(states(notes('See #2005.'), 'launch').credits, 'missing');
  });
  it('round zc: a version\'s notes kept in a "release notes" folder; a report kept with a project\'s incidents', () => {
    const notes = 'k6 v0.33.0 is here! It is a small release.\n\n## Enhancements\n\n- Better help.\n\n## Bugs fixed!\n\n- A crash.\n';
    assert.equal(kindAt(notes, '/release notes/v0.33.0.md'), 'launch');
    // (Not any folder: a "notes" folder of versions counts too since round zzzzzzzzzzzzzze, sbt's "notes/1.1.0.markdown".)
    assert.equal(kindAt(notes, '/docs/v0.33.0.md'), null);
    const incident = '# Release v0.29 published the chart too early\n\nTracking issue: https://example.com/3907\n\n## Summary\n\nUpgrades failed.\n\n## Prevention\n\nGate the job.\n';
    assert.equal(kindAt(incident, '/doc/incidents/issues-3907/README.md'), null);
    assert.equal(kindAt(incident, '/doc/designs/issues-3907/README.md'), 'brief');
  });
  it('round zb: an option\'s "Cons" and a spec\'s "Stretch" list bound the scope', () => {
    const doc = (h: string) => `# Gateway API CRDs\n\n## Problem\n\nUsers install CRDs by hand.\n\n## Decision\n\nShip them in a chart.\n\n## ${h}\n\n- Increased maintenance.\n`;
    assert.equal(states(doc('Cons')).constraints, 'present');
    assert.equal(states(doc('Pros and Cons of the Options')).constraints, 'present');
    assert.equal(states(doc('Stretch')).constraints, 'present');
    assert.equal(states(doc('Notes')).constraints, 'missing');
  });
  it('round zb: a checklist of steps to do does not describe the problem', () => {
    const steps = ['replace msg.sender with _msgSender() in all files', 'add events for every state change we emit', 'remove the unused owner role from the token', 'check the gas cost of every public function again'];
    assert.equal(states(`# After deploy\n\n## Sub-tasks\n\n${steps.map((x) => `- [ ] ${x}`).join('\n')}\n`, 'ticket').problem, 'missing');
    assert.equal(states(`# After deploy\n\n## Notes\n\n${steps.map((x) => `- ${x}`).join('\n')}\n`, 'ticket').problem, 'present');
  });
  it('round za: a feature outline that lists several user stories is a spec; one story is a ticket', () => {
    const stories = ['an ops member', 'an analyst', 'an admin'].map((who) => `- As ${who}, I want to upload a file so that I save time.`).join('\n');
    assert.equal(kindAt(`# Bulk Uploader\n\n${stories}\n`, '/docs/bulk.md'), 'brief');
    assert.equal(kindAt('# Bulk Uploader\n\nAs an ops member, I want to upload a file so that I save time.\n', '/docs/bulk.md'), 'ticket');
  });
  it('round za: a Lean hypothesis told in prose ("We believe this would: - Increase sign ups") states success', () => {
    const base = '# Career paths\n\n## Problem\n\nSocial workers cannot see their options.\n\n';
    assert.equal(states(`${base}We believe this would:\n- Increase awareness of the programmes on offer.\n- Reduce cost of marketing.\n`).success, 'present');
    assert.equal(states(`${base}> **We believe that** one page per question\n> **Will be useful for** processors\n> **As it will** allow them to focus.\n`).success, 'present');
    // A belief with no outcome after its "would", or an outcome past the next heading, is no hypothesis.
    assert.equal(states(`${base}We believe LuaJIT would be a good target for a first implementation.\n`).success, 'missing');
    // A target the change is to reach (round zzl); not an aim with nothing to check it by.
    assert.equal(states(`${base}By adding representers we believe we can achieve 95% auto-analysis of iterations.\n`).success, 'present');
    assert.equal(states(`${base}We believe we can achieve a cleaner design this way.\n`).success, 'missing');
    assert.equal(states(`${base}We believe this would be a start.\n\n## Design\n\n- Increase the cache size.\n`).success, 'missing');
  });
  it('round za: what the change will bring, told with the problem, says why it matters', () => {
    const doc = (line: string) => `# Self-serve portal\n\nFamilies call us to update their details. ${line}\n\n## Design\n\nA form.\n`;
    assert.equal(states(doc('Letting them do it online will reduce hold and call times for our contact teams.')).why, 'present');
    assert.equal(states(doc('We will add a form.')).why, 'missing');
  });
  it('the harm told as a noun, or the purpose of the change, says why it matters', () => {
    const doc = (line: string) => `# Change your answers links\n\nSeveral links read only "Change". ${line}\n\n## Design\n\nA summary list.\n`;
    assert.equal(states(doc('Duplicate links cause confusion for people who use screen readers.'), 'ticket').why, 'present');
    assert.equal(states(doc('The message is misleading and hides the root cause.'), 'ticket').why, 'present');
    assert.equal(states(doc('We want a dark mode to improve visual comfort.'), 'ticket').why, 'present');
    assert.equal(states(doc('It would be useful to see what changed since the last visit.'), 'ticket').why, 'present');
    assert.equal(states(doc('Each link goes to a different page.'), 'ticket').why, 'missing');
  });
  it('round za: what is left for later ("Stretch Goals / Post-MVP Enhancements", "Future work") bounds the scope', () => {
    const doc = (h: string) => `# Bulk uploader\n\n## Problem\n\nUploads fail.\n\n## MVP Requirements\n\n- One source per upload.\n\n## ${h}\n\n- Several sources at once.\n`;
    assert.equal(states(doc('Stretch Goals / Post-MVP Enhancements')).constraints, 'present');
    assert.equal(states(doc('Future work')).constraints, 'present');
    assert.equal(states(doc('Examples')).constraints, 'missing');
  });
  it('round za: a ticket\'s checklist of three or more items is what must be done, its acceptance', () => {
    const ticket = (items: string[]) => `# Port fs calls to IOP\n\nThe fs calls still block.\n\n## Sub-tasks\n\n${items.map((i) => `- [ ] ${i}`).join('\n')}\n`;
    assert.equal(states(ticket(['fs.open', 'fs.close', 'fs.read']), 'ticket').acceptance, 'present');
    assert.equal(states(ticket(['fs.open', 'fs.close']), 'ticket').acceptance, 'missing');
  });
  it('round za: "compared to" measures the design against today; it weighs no other option', () => {
    const doc = (line: string) => `# Always on top\n\n## Problem\n\nThe window hides.\n\n## Proposal\n\nA pin button. ${line}\n`;
    assert.equal(states(doc('Sessions are 20% longer compared to last year.')).alternatives, 'missing');
    assert.equal(states(doc('We considered a keyboard shortcut instead.')).alternatives, 'present');
  });
  it('round a: a postmortem is an account of what happened, whatever its metadata', () => {
    const pm = '# v3.5 data inconsistency postmortem\n\n| | |\n|---|---|\n| Authors | serathius@ |\n| Date | 2022-04-20 |\n| Status | published |\n\n## Summary\n\nData was lost.\n';
    assert.equal(kindAt(pm, '/Documentation/postmortems/v3.5.md'), null);
    assert.equal(kindAt(pm.replace('postmortem', 'design'), '/Documentation/design/v3.5.md'), 'brief');
  });
  it('round b: D\'s "DIPs" are proposals, by folder and by name', () => {
    const dip = '# Shortened Method Syntax\n\n## Abstract\n\nThis DIP proposes a shortened syntax for function definitions.\n';
    assert.equal(kindAt(dip, '/DIPs/accepted/DIP1043.md'), 'brief');
    assert.equal(kindAt('# Tips\n\nUse the shortcut.\n', '/docs/tips/shortcuts.md'), null);
    assert.equal(kindOf('# DIP1043: Shortened Method Syntax\n\nText.\n').kind, 'brief');
  });
  it('round b: a section that only links to where it is told states nothing here', () => {
    const spec = (body: string) => `# fetchLater() API\n\n## Motivation\n\n${body}\n\n## Design\n\nA new API.\n`;
    assert.equal(states(spec('See [Motivation - Pending Beacon API](../README.md#motivation).')).problem, 'placeholder');
    assert.equal(states(spec('https://example.org/explainer')).problem, 'placeholder');
    // A sentence that tells the problem and links to more is written.
    assert.equal(states(spec('Beacons sent on page unload are lost; see [the data](../README.md#data).')).problem, 'present');
  });
  it('round b: "Expected Results" that name changes ("Increased speed of payment"), "Examples of success"', () => {
    const pilot = '# Micro-acquisition pilot\n\n## Problem Statement\n\nSmall purchases take months.\n\n';
    assert.equal(states(pilot + '## Expected Results\n\n- Increased speed of payment of suppliers\n- Reduced workload for procurement officers\n').success, 'present');
    // Results that are only features say nothing of success.
    assert.equal(states(pilot + '## Expected Results\n\n- A purchase form\n- A supplier list\n').success, 'missing');
    assert.equal(states(pilot + '## Examples of success\n\nFeedback is collected continuously.\n').success, 'present');
    // A question put as a statement names its section after its opening.
    assert.equal(states(pilot + '## How We Are Minimizing Risk\n\n- We are not changing any procurement rules.\n').constraints, 'present');
    assert.equal(states(pilot + '## How we got here\n\nA long story.\n').constraints, 'missing');
  });
  it('round c: a post that announces further into its opening or "we have included support"; a feature\'s "User Stories"', () => {
    const intro = '---\ndate: 2024-05-29\ntitle: Kyverno Reports Server\n---\n\n## Introduction\n\nPolicy reports are stored in etcd.\n\nThis works in most cases.\n\nToday, we are excited to announce reports-server, a new project.\n';
    assert.equal(kindAt(intro, '/src/content/blog/introducing-reports-server/index.md'), 'launch');
    // Not a page that is no post.
    assert.equal(kindAt(intro.replace('date: 2024-05-29\n', ''), '/src/content/docs/reports.md'), null);
    assert.equal(kindAt('---\ntitle: Welcoming the Audit Scanner\ndate: 2023-10-11\n---\n\nFresh in the already released Kubewarden `v1.7.0` stack, we welcome a new module.\n', '/content/blog/2023/10/audit.md'), 'launch');
    assert.equal(kindAt('---\ntitle: Machine readable output\n---\n\nWith the latest nightly build, we have included support for two output streams.\n', '/blog/2026-01-22-dual-output.md'), 'launch');
    assert.equal(kindAt('# Multiple Data Source Support User Stories\n\nToday the app connects to one cluster.\n', '/docs/multi/user_stories.md'), 'brief');
    assert.equal(kindAt('# User Story: Map to location\n\nAs a rider I want a map.\n', '/docs/story.md'), 'ticket');
  });
  it('round zzl: "today, we\'re excited to share some updates" announces what shipped; sharing a plan does not', () => {
    const post = (said: string) => `---\ntitle: 'Improving Push: Better Error Reporting'\ndate: 2015-08-19\nlayout: post\n---\nPush is one of our most used products, and today, we're excited to ${said}.\n\n## Push Delivery Report\n\nSee how each push did.\n`;
    assert.equal(kindAt(post('share some updates'), '/_posts/2015-08-19-improving-push.md'), 'launch');
    assert.equal(kindAt(post('share a few improvements'), '/_posts/2015-08-19-improving-push.md'), 'launch');
    assert.equal(kindAt(post('share our plans for next year'), '/_posts/2015-08-19-improving-push.md'), null);
  });
  it('round d: a post in a design history is a spec; "gratitude to" and "new contributors" credit the team', () => {
    const post = '---\ntitle: Bulk recording of outcomes\ndate: 2024-03-01\n---\n\nCaseworkers record each outcome one at a time.\n\n## What we changed\n\nA bulk page.\n';
    assert.equal(kindAt(post, '/work/new-design-history/app/posts/dga/bulk.md'), 'brief');
    assert.equal(kindAt(post, '/work/new-design-histories/app/posts/dga/bulk.md'), 'brief');
    // Not a history of anything else, nor a folder that only mentions one.
    assert.equal(kindAt(post, '/work/site/app/posts/dga/bulk.md'), null);
    assert.equal(kindAt(post, '/work/design-history-notes-archive/bulk.md'), null);
    // (A copy of a design history kept under a person's name, in the template's own folders, is one.)
    assert.equal(kindAt(post, '/work/new-design-history-monica/app/posts/dga/bulk.md'), 'brief');
    assert.equal(kindAt(post, '/work/design-history-notes-archive/posts/bulk.md'), null);
    assert.equal(states('# Bazel 8\n\nIt is out.\n\n## Thanks\n\nWe would like to extend our sincere gratitude to the entire Bazel community.\n', 'launch').credits, 'present');
    assert.equal(states('# FerretDB v1.24\n\nIt is out.\n\nWe had 4 new contributors in this release: @a, @b, @c and @d.\n', 'launch').credits, 'present');
  });
  it('round e: a plain "Background:" label over a list, "Currently there is an error", "Thank you so much to…"', () => {
    const notes = 'Backup design notes\n===================\n\nBackground:\n* Backups are made by hand, so a lost disk loses a week of user work.\n\nRequirements:\n* Nightly backup.\n';
    assert.equal(states(notes).why, 'present');
    // Only a label alone on its line: a sentence that ends in a colon labels nothing.
    assert.equal(states(notes.replace('Background:\n', 'We looked at the background of this:\n')).why, 'missing');
    assert.equal(states('# Get the environment working\n\nCurrently there is an import error due to a missing C library.\n\n## Sub-tasks\n\n- [ ] Ask support\n', 'ticket').problem, 'present');
    assert.equal(states('# Lit 3.0\n\nIt is out.\n\n## Graduation day\n\nThank you so much to everyone in the community who tested a Labs package.\n', 'launch').credits, 'present');
  });
  it('round f: "Design hypotheses", "Our riskiest assumptions", an Apache post\'s "List of Contributors"', () => {
    const spec = '# Account management\n\n## Problem\n\nAdmins reset passwords by hand.\n\n';
    assert.equal(states(spec + '## Design hypotheses\n\nFewer reset tickets reach the help desk.\n').success, 'present');
    assert.equal(states(spec + '## Our riskiest assumptions\n\nCourts will share lists a day early.\n').constraints, 'present');
    assert.equal(states('# Operator 1.6.0\n\nIt is out.\n\n## List of Contributors\n\nAlice, Bob.\n', 'launch').credits, 'present');
    assert.equal(states('# Operator 1.6.0\n\nIt is out.\n\n## List of Changes\n\nA fix.\n', 'launch').credits, 'missing');
  });
  it('round g: "Non-Requirements" and MADR\'s "Negative Consequences" bound the design', () => {
    const spec = '# User survey\n\n## Problem\n\nWe do not know why users leave.\n\n';
    assert.equal(states(spec + '## Non-Requirements\n\nCookie-based targeting waits for a later version.\n').constraints, 'present');
    assert.equal(states(spec + '### Negative Consequences\n\nHosting costs more.\n').constraints, 'present');
    assert.equal(states(spec + '## Requirements\n\nA survey form in the app.\n').constraints, 'missing');
  });
  it('round h: a guide to an RFC process, a decision record\'s "What did we evaluate" and "Why not KCL?"', () => {
    assert.equal(kindAt('# PowerShell RFC Process and Guidelines\n\n## Motivation\n\nx\n\n## Alternatives\n\ny\n', '/RFC0000-Process.md'), null);
    assert.equal(kindAt('# RFC: Guidelines for the guide page\n\n## Problem\n\nx\n', '/docs/x.md'), 'brief');
    const adr = '# ADR 12: Config language\n\n## Context\n\nOur YAML has no types.\n\n';
    assert.equal(states(adr + '### What did we evaluate\n\nKCL, Pkl, Jsonnet and CUE.\n').alternatives, 'present');
    assert.equal(states(adr + '### Why not KCL?\n\nIts tooling is young.\n').alternatives, 'present');
    assert.equal(states(adr + '### What we did\n\nWe wrote Pkl.\n').alternatives, 'missing');
  });
  it('round i: a ticket filed in a tickets folder, a spike, a title in a link-reference comment, a changelog, "Since announcing…"', () => {
    const plan = '# Match legacy users by secondary email\n\n## The Problem\n\nOld accounts are never linked.\n\n## The Technical Plan\n\nLook up secondary emails.\n\n## Alternatives\n\nx\n';
    assert.equal(kindAt(plan, '/docs/tickets/014-match-secondary-emails.md'), 'ticket');
    assert.equal(kindAt(plan, '/docs/design/014-match-secondary-emails.md'), 'brief');
    assert.equal(kindAt('# Spike 03 — iOS tap injection\n\n## Why this spike exists\n\nx\n\n## Pass criteria\n\ny\n', '/docs/spike-03.md'), 'ticket');
    // A traffic spike is what a design handles.
    assert.equal(kindAt('# Spike protection for the ingest API\n\nx\n', '/docs/x.md'), null);
    assert.equal(kindAt("[//]: # (title: What's new in Kotlin 2.1.20)\n\nThe release is here!\n\n## IDE support\n\nx\n", '/docs/topics/whatsnew2120.md'), 'launch');
    const log = '# v1.20.0\n\n## Features\n\n- x\n\n# v1.19.0\n\n## Features\n\n- y\n';
    assert.equal(kindAt(log, '/CHANGELOG.md'), null);
    assert.equal(kindAt(log, '/docs/v1.20.0.md'), 'launch');
    const post = '---\ntitle: Quick decline\ndate: 2023-03-27\n---\n\nSince announcing that the service is live, we have changed how assessors decline.\n\n## Notes\n\nx\n';
    assert.equal(kindAt(post, '/app/posts/2023-03-27-quick-decline.md'), null);
    assert.equal(kindAt(post.replace('Since announcing that the service is live, we', 'Announcing: we'), '/app/posts/2023-03-27-quick-decline.md'), 'launch');
  });
  it('round j: a blog\'s releases folder, a banner <figure> spanning lines, "This use case describes", a tracker\'s fields', () => {
    assert.equal(kindAt('# Details on the 1.0 release of Knative\n\nToday we release Knative 1.0.\n\n## What\'s new\n\nx\n', '/docs/blog/releases/knative-1.0.md'), 'launch');
    // Release notes kept for a version are not a blog's folder ("release-notes/10.0/known-issues.md").
    assert.equal(kindAt('# Details on the release process\n\n## Steps\n\nx\n', '/docs/releases/process.md'), null);
    const post = '---\nlayout: post\ntitle: "This month in Servo: grid layout"\ndate: 2024-12-09\n---\n\n<figure><a href="/img/nov.png"><img src="/img/nov.png"\n    alt="Servo nightly showing grid layout"></a></figure>\n\nServo now supports **:is() and :where() selectors**.\n';
    assert.equal(kindAt(post, '/_posts/2024-12-09-this-month-in-servo.md'), 'launch');
    assert.equal(kindAt('# Low-income\n\n## Overview\n\nThis use case describes a feature that lets riders verify their income.\n\n## Basic Flow\n\n1. x\n', '/docs/explanation/low-income.md'), 'brief');
    const ticket = '# 003 - CSV object reference import\n\n**Status:** Open  \n**Priority:** High  \n**Effort:** 4-6h\n\n## Problem Statement\n\nImport fails.\n\n## Current Situation\n\nx\n\n## Proposed Solution\n\ny\n';
    assert.equal(kindAt(ticket, '/issues-list/003-csv-import.md'), 'ticket');
    // A status alone (a design doc's "Status: Draft") is no work item.
    assert.equal(kindAt(ticket.replace('**Priority:** High  \n**Effort:** 4-6h\n', ''), '/issues-list/003-csv-import.md'), 'brief');
  });
  it('round e: "<Product> Release v0.11.0", a blog post named by a version, "design notes", a backlog of proposals', () => {
    assert.equal(kindAt('# Lemmy Release v0.11.0\n\nSince our last release we had 60 commits.\n\n## Upgrade notes\n\nx\n', '/src/assets/news/2021-04-27 - Lemmy Release v0.11.0.md'), 'launch');
    // A plan for a release is not its announcement.
    assert.equal(kindAt('# Plan for release v2.0 and after\n\nx\n', '/docs/plan.md'), null);
    assert.equal(kindAt('# MDX 3\n\nVersion 3 already!\n\n## Breaking changes\n\nx\n', '/docs/blog/v3.mdx'), 'launch');
    assert.equal(kindAt('# MDX 3\n\nVersion 3 already!\n\n## Breaking changes\n\nx\n', '/docs/guides/v3.mdx'), null);
    assert.equal(kindAt('Backup design notes\n===================\n\nBackground:\n* The database is backed up by hand.\n', '/development/design_notes/backup/backup.md'), 'brief');
    assert.equal(kindAt('# Proposed Decision Backlog\n\nThis backlog tracks guidance not yet accepted.\n\n## Acceptance Criteria\n\nx\n', '/proposed-decision-backlog.md'), null);
  });
  it('round k: "This documentation contains the design of…", a guide titled "… Process Guidelines"', () => {
    assert.equal(kindAt('# Flux Outputs\n\nThis documentation contains the design of how Flux will produce outputs.\n\n## Endpoints\n\nx\n', '/docs/Outputs.md'), 'brief');
    const guide = 'Rhombus Design Process Guidelines\n=================================\n\nThis document describes the design process.\n\nMotivation\n----------\n\nx\n\n## Proposal\n\ny\n\n## Alternatives\n\nz\n';
    assert.equal(kindAt(guide, '/design/meta/process/process.md'), null);
    // A spec whose title names its kind first is still a spec.
    assert.equal(kindAt('# PRD: Seller onboarding guide\n\n## Problem\n\nx\n', '/docs/x.md'), 'brief');
    // A process users go through is what a PRD may be about.
    assert.equal(kindAt('# Returns process\n\n## Problem\n\nx\n\n## Proposal\n\ny\n\n## Alternatives\n\nz\n', '/docs/returns.md'), 'brief');
  });
  it('headings that are nearly all spec sections make a one-pager a spec, even with no solution heading', () => {
    const onePager = '# Business Need\n\nStates cannot report.\n\n# Business Impact\n\nx\n\n# Assumptions\n\nx\n\n# Constraints\n\nx\n';
    assert.equal(kindOf(onePager).kind, 'brief', kindOf(onePager).kindReason);
    assert.equal(states(onePager).problem, 'present');
    assert.equal(kindOf('# Notes\n\n## Background\n\nx\n\n## Context\n\nx\n\n## Limitations\n\nx\n\n## Installation\n\nx\n').kind, null);
  });
  it('where the file is kept says what it is when the text does not', () => {
    const at = kindAt;
    const bare = 'When a leader starts a new round, the server rejects the re-join.\n';
    assert.equal(at(bare, '/repo/docs/bugs/leader-name.md'), 'ticket');
    assert.equal(at(bare, '/repo/working/0884/interface_default_methods_proposal.md'), 'brief');
    assert.equal(at(bare, '/repo/rfcs/0012-offline-mode.md'), 'brief');
    // Design documents kept as such: "designs/", "design/accepted/", "docs/design/projects/", "specs/".
    assert.equal(at(bare, '/repo/designs/runnable-projects.md'), 'brief');
    assert.equal(at(bare, '/repo/design/accepted/protected-branches.md'), 'brief');
    assert.equal(at(bare, '/repo/docs/design/projects/2023_checkout.md'), 'brief');
    assert.equal(at(bare, '/repo/design/README.md'), null);
    assert.equal(at(bare, '/repo/docs/notes.md'), null);
    // A process's own files are not documents of its kind; the text still wins over the folder.
    assert.equal(at('# The process\n\nCopy the template and open a pull request.\n', '/repo/rfcs/README.md'), null);
    assert.equal(at('# lib\n\n## Installation\n\nnpm i\n\n## Usage\n\nx\n', '/repo/proposals/lib.md'), 'brief');
  });
  it('"CFP-37350: …" numbers a proposal; "Story 0.1: …" numbers a ticket; "The purpose of this specification is…" names a spec', () => {
    assert.equal(kindOf('# CFP-37350: Clang-format for BPF\n\nText.\n').kind, 'brief');
    assert.equal(kindOf('# Story 0.1: URGENT - SDK migration\n\nText.\n').kind, 'ticket');
    assert.equal(kindOf('# Geosearch\n\n## Summary\n\nThe purpose of this specification is to add geosearch.\n').kind, 'brief');
    assert.equal(kindOf('# Leader sees an error\n\n## Summary\n\nx\n\n## Repro steps\n\n1. y\n').kind, 'ticket');
  });
  it('template headings: MADR\'s "Decision Drivers", "Intended Outcome", "Measuring"; a bug report\'s expected behaviour; "developed by" a team', () => {
    assert.equal(states('# ADR\n\n## Decision Drivers\n\nMust ship in three weeks.\n').constraints, 'present');
    assert.equal(states('# RFC\n\n## Intended Outcome\n\nA more accessible admin.\n').success, 'present');
    assert.equal(states('# Spec\n\n### I. Measuring\n\nWe count how often _geo is used.\n').success, 'present');
    assert.equal(states('Bug.\n\nExpected behaviour: the leader returns to the lobby.\n', 'ticket').acceptance, 'present');
    assert.equal(states('Bug.\n\nThe leader returns to the lobby.\n', 'ticket').acceptance, 'missing');
    assert.equal(states('# Introducing Notify\n\nNotify was developed by the platform team.\n', 'launch').credits, 'present');
    assert.equal(states('# NixOS 24.11\n\nIt is out.\n\n## Special thanks\n\nTo the editors of the release notes.\n', 'launch').credits, 'present');
    assert.equal(states('# NixOS 24.11\n\nIt is out.\n\n## Special features\n\nA new logo.\n', 'launch').credits, 'missing');
    assert.equal(states('# Default members\n\nAn implementing class will fail to compile.\n').problem, 'present');
  });
  it('a bug report states its problem (repro steps, a symptom, a workaround); a user story\'s "so that" is its why', () => {
    assert.equal(states('# Leader sees an error\n\n## Summary\n\nThe server rejects the re-join.\n\n## Repro steps\n\n1. Start a round.\n', 'ticket').problem, 'present');
    assert.equal(states('# Bug 19\n\n**Symptom:** Error 547 on insert.\n', 'ticket').problem, 'present');
    assert.equal(states('# Stock differs\n\n## Summary\n\nIds are case sensitive.\n\n## Workaround\n\nUse lower case.\n', 'ticket').problem, 'present');
    // A feature request that only says what to build states no problem.
    assert.equal(states('# Log chat\n\n## Summary\n\nLog every chat message.\n', 'ticket').problem, 'missing');
    const story = '# Password rules\n\n## User Story\n\nAs a Security Engineer\\\nI want to lift composition rules\\\nSo that people can pick passwords they remember\n';
    assert.equal(states(story, 'ticket').why, 'present');
    assert.equal(states(story.replace(/So that.*\n/, ''), 'ticket').why, 'missing');
    // "so that" outside a story is not a reason given.
    assert.equal(states('# Log chat\n\n## Design\n\nWe buffer messages so that writes batch.\n', 'ticket').why, 'missing');
  });
  it('problem-before-solution: paragraphs under the title, before any section, open the document as a Summary does', () => {
    const pbs = (text: string) => lint(text, { rules: sectionRules, filePath: '/docs/x.md', config: configOf('brief') })
      .diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length;
    const body = '\n\n## Proposal\n\nA block list.\n\n## Potential issues\n\nSpam may move elsewhere.\n';
    assert.equal(pbs('# Invite blocking\n\nUsers need a way to protect themselves from spammy room invites. Earlier proposals have all proven complex to implement, so this one stays small.' + body), 0);
    // A one-line opening, metadata or a code block does not frame the document.
    assert.equal(pbs('# Invite blocking\n\nThis MSC describes invite blocking.' + body), 1);
    assert.equal(pbs('# Invite blocking\n\nAuthor: someone with a very long name and a great many words in the field, more than twenty of them in all, really.' + body), 1);
    assert.equal(pbs('# Invite blocking\n\n```\nsome code with a great many words in it, more than twenty of them, counted as if it were prose, which it is not\n```' + body), 1);
  });
  it('a post that says something "is now public", "now supports…" or is "Announcing…"; a file named like an issue', () => {
    const at = kindAt;
    assert.equal(at('---\nlayout: post\ntitle: The Alpha prototype is now public\nauthor: A\n---\n\nToday the Alpha prototype was made public.\n', '/site/_posts/2016-03-23-alpha.md'), 'launch');
    assert.equal(at('---\ntitle: Attestations\ndescription: Announcing support for PEP 740 on the index\ndate: 2024-11-14\n---\n\nMaintainers can publish attestations.\n', '/docs/blog/posts/attestations.md'), 'launch');
    assert.equal(kindOf('# PyPI now supports digital attestations\n\nMaintainers can publish attestations.\n').kind, 'launch');
    // Not a post: the same sentence in a guide says nothing about its kind.
    assert.equal(at('# Attestations\n\nThe index was made public in 2016.\n', '/docs/guide/attestations.md'), null);
    const bare = '### Project Description\n\nThis staffing request is for the third phase of the project.\n';
    assert.equal(at(bare, '/repo/docs-library/phase-3-staffing-issue.md'), 'ticket');
    assert.equal(at(bare, '/repo/notes/issue-412.md'), 'ticket');
    // A known-issues page lists defects: tickets, as readers read it.
    assert.equal(at(bare, '/repo/release-notes/10.0/known-issues.md'), 'ticket');
    assert.equal(at(bare, '/repo/docs/bug-bounty.md'), null);
  });
  it('work offered to outside contributors ("RFP: …", a "Project Idea"), a process titled in the plural, "we improved…" in a post', () => {
    const at = kindAt;
    assert.equal(kindOf('# RFP: Tool for applying test vectors\n\n## Project Description\n\nWe are seeking proposals from teams.\n').kind, 'ticket');
    assert.equal(kindOf('---\ntitle: RPC proxy\ntype: "Project Idea"\n---\n\n# RPC proxy\n\n## Summary\n\nx\n').kind, 'ticket');
    assert.equal(at('# Keptn Roadmap and Keptn Enhancement Proposals (KEP)\n\nHow to propose a change.\n', '/repo/README.md'), null);
    assert.equal(kindOf('# KEP-12: Roadmap\n\nx\n').kind, 'brief');
    assert.equal(at('---\ntitle: Banner content\nauthor: A\nexcerpt: We improved the security banner on many government websites.\n---\n\nText.\n', '/site/_posts/banner.md'), 'launch');
  });
  it('a bug report\'s headings say ticket, though they also tell its problem; "Known Issue: …" is a ticket; "As a …, I need …" alone is no user story', () => {
    const kb = '# RWX volume owned by nobody\n\n## Symptoms\n\nFiles show nobody.\n\n## Background\n\nNFSv4 maps ids.\n\n## Reason\n\nThe domain differs.\n\n## Solution\n\nSet the domain.\n';
    assert.equal(kindOf(kb).kind, 'ticket', kindOf(kb).kindReason);
    assert.equal(kindOf('# Known Issue: IMS image delete loses arch\n\nText.\n').kind, 'ticket');
    // A README's "Workarounds" for known problems is still a README.
    assert.equal(kindOf('# undici\n\n## Install\n\nnpm i undici\n\n## Workarounds\n\nx\n').kind, null);
    assert.equal(kindOf('# Protected branches\n\nAs a repository owner, I need to protect a branch from direct writes.\n').kind, null);
    assert.equal(kindOf('# Protected branches\n\nAs a repository owner, I want to protect a branch from direct writes.\n').kind, 'ticket');
  });
  it('a proposal numbered like a ticket key, a metadata table, "I\'d like to announce", a user story, a known-issues folder', () => {
    const nap = '# NAP-8 — Telemetry\n\n## Motivation\n\nx\n\n## Detailed design\n\nx\n\n## Alternatives\n\nx\n\n## Backward Compatibility\n\nx\n';
    assert.equal(kindOf(nap).kind, 'brief', kindOf(nap).kindReason);
    assert.equal(kindOf('# ABC-123: Fix the login button\n\nIt is broken.\n').kind, 'ticket');
    const table = '| Title  | ABI Stable Module API |\n|--------|------|\n| Author | @a, @b |\n| Status | DRAFT |\n| Date   | 2016-12-12 |\n\n# Introduction\n\nModules need native code.\n\n# Background\n\nx\n';
    assert.equal(kindOf(table).kind, 'brief', kindOf(table).kindReason);
    const post = '---\ntitle: 4.0.0\nauthor: someone\n---\n\nToday, I\'d like to announce Homebrew 4.0.0.\n';
    assert.equal(lint(post, { rules: sectionRules, filePath: '/site/_posts/2023-02-16-homebrew-4.0.0.md' }).kind, 'launch');
    assert.equal(kindOf('# Password rules\n\n## User Story\n\n**As a** site user, **I want** to choose any characters, **so that** I can remember my password.\n').kind, 'ticket');
    assert.equal(lint('# Stock differs\n\nIds are case sensitive.\n', { rules: sectionRules, filePath: '/docs/en/known-issues/logistics/ids.md' }).kind, 'ticket');
  });
  it('a "Feedback" heading tells the problem from the users\' side', () => {
    assert.equal(states('# x\n\n## Feedback\n\nUsers find it confusing.\n').problem, 'present');
    assert.equal(states('# x\n\n## Feedback wanted\n\nIs there a simpler way?\n').problem, 'missing');
  });
  it('a lead word before another noun modifies it: "User Experience" is not who it is for', () => {
    assert.equal(states('# x\n\n## User Experience\n\nThe flag is on by default.\n').audience, 'missing');
    assert.equal(states('# x\n\n## Users\n\nThe flag is on by default.\n').audience, 'present');
    assert.equal(states('# x\n\n## Users and stakeholders\n\nThe flag is on by default.\n').audience, 'present');
  });
  it('round zn: a "Recommendation" after libraries compared, a "**Question:**" label, an RFC\'s "Request for Comments", "one alternative solution"', () => {
    const rfc = '# Affiliate links\n\n## Problem\n\nPartners cannot be paid for the traffic they send.\n\n';
    assert.equal(states(rfc + '#### Libraries\n\nThree track referrals.\n\n#### Recommendation\n\nFork the first and publish our own package.\n').alternatives, 'present');
    assert.equal(states(rfc + '**Question:** Can we use a uuid to identify each earned letter?\n').alternatives, 'present');
    assert.equal(states(rfc + '## Request for Comments\n\nTell us which algorithms you need first.\n').alternatives, 'present');
    assert.equal(states(rfc + 'There is one alternative solution: run the query in the plugin.\n').alternatives, 'present');
    assert.equal(states(rfc + '#### Libraries\n\nThree track referrals.\n\n#### Rollout\n\nFork the first and publish our own package.\n').alternatives, 'missing');
  });
});

describe('headings of common PRD templates', () => {
  const base = '# Audit export\n\n## Problem\n\nOfficers copy events by hand.\n\n';
  it('"Not Doing" (Atlassian) and "What we\'re not doing" bound the scope', () => {
    for (const h of ['Not Doing', "What we're not doing", 'What are we not doing?']) assert.equal(states(`${base}## ${h}\n\n- No PDF export.\n`).constraints, 'present', h);
    assert.equal(states(`${base}## Doing\n\n- A CSV export.\n`).constraints, 'missing');
  });
  it('"MVP Boundaries" and "Scope boundaries" bound the scope; "Engine boundaries" is a design topic', () => {
    for (const h of ['MVP Boundaries', 'Scope boundaries']) assert.equal(states(`${base}## ${h}\n\nIncluded: object scans. Excluded: cloud upload.\n`).constraints, 'present', h);
    assert.equal(states(`${base}## Engine boundaries\n\nThe renderer owns the frame loop.\n`).constraints, 'missing');
  });
  it('"How will we measure success?" is what success looks like; "Target Persona" is who it is for', () => {
    assert.equal(states(`${base}## How will we measure success?\n\nExports by 50 groups a quarter.\n`).success, 'present');
    assert.equal(states(`${base}## Target Persona\n\nA compliance officer at a bank.\n`).audience, 'present');
  });
});

describe('kinds named by where a team keeps its product docs', () => {
  const body = '# Habit streaks\n\n## Overview\n\nStreaks for daily habits.\n';
  const named = (text: string, filePath: string) => {
    const out = lint(text, { rules: sectionRules, filePath });
    return [out.kind, out.kindLabel];
  };
  it('a "prd" or "product-briefs" folder, and a "product-spec.md" file, hold briefs named as the team names them', () => {
    assert.deepEqual(named(body, '/repo/docs/prd/streaks.md'), ['brief', 'PRD']);
    assert.deepEqual(named(body, '/repo/docs/product-briefs/streaks.md'), ['brief', 'brief']);
    assert.deepEqual(named(body, '/repo/docs/product-spec.md'), ['brief', 'spec']);
    assert.deepEqual(named(body, '/repo/docs/prd/README.md'), [null, '']);
  });
  it('an epic named so in its title is a tracker\'s work item', () => {
    assert.deepEqual(named('# Epic: Habit streaks\n\n## Description\n\nStreaks.\n', '/repo/docs/x.md'), ['ticket', 'epic']);
    assert.deepEqual(named('# Epic fails of onboarding\n\nText.\n', '/repo/docs/x.md'), [null, '']);
  });
});

describe('where a status points', () => {
  it("a ticket's description is pointed at past a comment left for tools", () => {
    const text = '# Export audit events\n\n<!-- markdownlint-disable MD033 -->\n\nCompliance officers copy every audit event by hand into a spreadsheet at the end of each quarter, which takes most of a day, and some rows get lost on the way.\n\n## Proposal\n\nA CSV export.\n';
    const out = lint(text, { rules: sectionRules, filePath: '/docs/x.md', config: configOf('ticket') });
    const problem = out.status!.entries.find((e) => e.id === 'problem')!;
    assert.equal(problem.state, 'present');
    assert.match(text.slice(problem.byPhrase!.start, problem.byPhrase!.end), /^Compliance officers/);
  });
});

describe('"task" and numbered proposals in titles', () => {
  it('"task" names a ticket only as the title\'s label; a JSR number is a proposal, not a ticket key', () => {
    assert.equal(kindAt('# Task Local Values\n\n## Motivation\n\nTasks need context.\n', '/repo/proposals/0311-task-locals.md'), 'brief');
    assert.equal(kindAt('# Controlled Open-Ended Writing Task\n\nParticipants write a story.\n', '/repo/experiment/README.md'), null);
    assert.equal(kindAt('# Task: Export audit events\n\nOfficers need a CSV.\n', '/repo/docs/x.md'), 'ticket');
    assert.equal(kindAt('# [Task] Export audit events\n\nOfficers need a CSV.\n', '/repo/docs/x.md'), 'ticket');
    assert.equal(kindAt('# JSR-305 custom nullability qualifiers\n\nText.\n', '/repo/docs/x.md'), 'brief');
  });
});

describe('pages about tickets and launch notes are not one of them', () => {
  it('tickets in the plural are a page\'s topic unless they label it; "How to write…" a kind of document is a guide', () => {
    assert.equal(kindAt('# Help Wanted tickets\n\nHow to find them.\n', '/handbook/help-wanted.md'), null);
    assert.equal(kindAt('# Severity Levels for Bug Tickets\n\nLevels.\n', '/handbook/severity.md'), null);
    assert.equal(kindAt('# Jira Tickets: Agency configuration\n\nParent epic.\n', '/docs/x.md'), 'ticket');
    assert.equal(kindAt('# How to Write a Feature Release Announcement\n\nSteps.\n', '/handbook/release-announcement.md'), null);
    // A design question titled "How to…" names no kind: where it is kept still decides.
    assert.equal(kindAt('# How to prevent frontends from reading drafts\n\nText.\n', '/rfcs/rfc-016-drafts.md'), 'brief');
  });
});

describe('files every repository keeps', () => {
  it('a licence and the instructions to coding agents are no spec or ticket, whatever their headings', () => {
    const gpl = '# GNU AFFERO GENERAL PUBLIC LICENSE\n\n### 9. Acceptance Not Required for Having Copies\n\nYou are not required to accept this License.\n';
    assert.equal(kindAt(gpl, '/repo/LICENSE.md'), null);
    assert.equal(kindAt(gpl, '/repo/docs/terms.md'), 'ticket', 'the same text elsewhere is read by its headings, as before');
    const agents = '# Agents\n\n## Current architecture\n\nA monolith.\n\n## Security and safety boundaries\n\nNo secrets.\n\n## Database and migration policy\n\nAlembic.\n\n## Goals\n\nShip.\n';
    assert.equal(kindAt(agents, '/repo/AGENTS.md'), null);
    assert.equal(kindAt(agents, '/repo/CLAUDE.md'), null);
  });
  it('a page titled by a package documents the package, whatever its name or file name joins', () => {
    const page = '---\ntitle: "@babel/plugin-proposal-decorators"\n---\n\n## Example\n\nCode.\n';
    assert.equal(kindAt(page, '/repo/docs/plugin-proposal-decorators.md'), null);
    assert.equal(kindAt('# plugin-proposal-pipeline-operator\n\nText.\n', '/repo/docs/x.md'), null);
    assert.equal(kindAt('# Pipeline operator\n\nText.\n', '/repo/docs/pipeline_operator_proposal.md'), 'brief');
  });
});

describe('a title that opens the document among several level-1 headings', () => {
  const pbs = (text: string) => lint(text, { rules: sectionRules, filePath: '/repo/notes/x.md', config: configOf('brief') }).diagnostics.filter((d) => d.ruleId === 'problem-before-solution');
  it('is the title, not a solution placed before the problem', () => {
    const notes = '# Design Notes: Refinement Types for Kotlin\n\n* **Type**: Design Notes\n\n# Abstract\n\nSome text.\n\n# Motivation\n\nValues are checked by hand today, and mistakes reach production.\n';
    assert.deepEqual(pbs(notes), []);
    const setext = 'Proposal to a New gRPC Objective-C API\n----\n\n* Author(s): someone\n\n## Abstract\n\nText.\n\n## Background\n\nThe old API blocks the main thread, which users notice.\n';
    assert.deepEqual(pbs(setext), []);
    // A section heading that opens a document is still its section ("## Proposal" first, the problem after it).
    assert.equal(pbs('## Proposal\n\nA new API.\n\n## Problem\n\nThe old API blocks the main thread.\n').length, 1);
  });
  it('a solution heading with nothing under it is a subtitle, not a solution stated', () => {
    const prd = '# CareConnect\n\n## Product Requirements Document\n\n## Executive Summary\n\nOfficers cannot see free beds today.\n\n## Problem Statement\n\nOfficers cannot reserve a bed.\n';
    assert.deepEqual(pbs(prd), []);
    // With text under it, it is the solution, placed before the problem.
    assert.equal(pbs(prd.replace('## Product Requirements Document\n', '## Product Requirements Document\n\nA booking screen for officers.\n')).length, 1);
  });
});

describe('a blog post filed under "announcements"', () => {
  it('is news, not a launch note, unless it announces one; "releases" still files a launch', () => {
    const post = (category: string, body: string) => `---\nlayout: post\ntitle: "The State of the Linter"\ndate: 2020-07-13\ncategories: ${category}\n---\n\n${body}\n`;
    assert.equal(kindAt(post('announcements', 'A look back at a year of the project and where it goes next.'), '/site/blog/2020-07-13-state.md'), null);
    assert.equal(kindAt(post('releases', 'A look back at a year of the project and where it goes next.'), '/site/blog/2020-07-13-state.md'), 'launch');
    assert.equal(kindAt(post('announcements', "Today we're announcing the Linter Podcast!"), '/site/blog/2020-07-13-state.md'), 'launch');
  });
});

describe('a page of frequently asked questions', () => {
  it('is no spec, even when an answer weighs options; a PR/FAQ still is', () => {
    const faq = '# ❓ Frequently Asked Questions ❓\n\n## General\n\n### Q. Why this tool?\n\n#### Option 1: Consultant\n\nCostly.\n\n#### Option 2: Do it yourself\n\nSlow.\n';
    assert.equal(kindAt(faq, '/repo/docs/about/faq.md'), null);
    assert.equal(kindAt('# PR/FAQ: Drone tasking for field teams\n\n## Press release\n\nToday…\n', '/repo/docs/prfaq.md'), 'brief');
  });
});

describe('a proposal\'s own sub-sections and folders', () => {
  it('a "### Usage" under the proposal is part of its design; a README\'s top-level "## Usage" still marks a README', () => {
    const otep = '# Automatic detection\n\nIntroduce a detector.\n\n## Motivation\n\nToday every user configures it by hand.\n\n## Internal details\n\n### Usage\n\nCall detect().\n\n## Trade-offs and mitigations\n\nSlower start.\n\n## Prior art and alternatives\n\nNone.\n';
    assert.equal(kindAt(otep, '/repo/text/0111-detection.md'), 'brief');
    const readme = '# lib\n\n## Motivation\n\nWhy.\n\n## Trade-offs\n\nSlower.\n\n## Alternatives\n\nOther libs.\n\n## Usage\n\nx\n';
    assert.equal(kindAt(readme, '/repo/docs/lib.md'), null);
  });

  it('a folder of RFCs named with their status ("active-rfcs") keeps RFCs', () => {
    const rfc = '- Start Date: 2019-11-14\n- Target Major Version: 3.x\n\n# Summary\n\nRemove inline templates.\n\n# Motivation\n\nThey confuse scoping.\n\n# Adoption strategy\n\nA codemod.\n';
    assert.equal(kindAt(rfc, '/rfcs/active-rfcs/0016-remove-inline-templates.md'), 'brief');
    assert.equal(kindAt(rfc, '/vue/notes/0016-remove-inline-templates.md'), null);
  });

  it('a reason quoting a heading that spans two lines is one line', () => {
    const doc = 'status: "OPEN"\nnotes: "Open for comments and questions"\n---\n\n## Background\n\nTests stub every service.\n\n## Proposal\n\nRun end-to-end tests.\n\n## Consequences\n\nSlower builds.\n';
    const out = lint(doc, { rules: sectionRules, filePath: '/docs/rfc-050.md' });
    assert.equal(out.kind, 'brief');
    assert.match(out.kindReason, /status: "OPEN" notes/);
    assert.doesNotMatch(out.kindReason, /\n/);
  });
});

describe('a handbook page about a kind of document', () => {
  it('a ticket or launch word before a noun of process names the topic: "Ticket Lifecycle", "Bounty Program", "Launch Plan"', () => {
    const page = (title: string) => `# ${title}\n\nHow the company handles this.\n\n## Who owns it\n\nThe operations team.\n`;
    assert.equal(kindAt(page('Jira Ticket Lifecycle'), '/handbook/process/jira-ticket-lifecycle.md'), null);
    // Spelled with a hyphen, in the title or the file name.
    assert.equal(kindAt(page('Ticket life-cycle'), '/handbook/process/notes.md'), null);
    assert.equal(kindAt(page('How we work'), '/handbook/process/ticket_life_cycle.md'), null);
    assert.equal(kindAt(page('Arrange a Bounty Program'), '/handbook/finance/how-to-arrange-a-bounty-program.md'), null);
    assert.equal(kindAt(page('Launch Plan'), '/handbook/product/launch-plan.md'), null);
    assert.equal(kindAt(page('Mattermost Software Requirements Process'), '/handbook/product/software-requirements.md'), null);
    // The kind itself still names the document.
    assert.equal(kindAt(page('Bounty: port the parser to WASM'), '/handbook/x.md'), 'ticket');
    assert.equal(kindAt(page('Bug: the sidebar overflows'), '/handbook/x.md'), 'ticket');
    assert.equal(kindAt(page('Launching Boards for everyone'), '/handbook/x.md'), 'launch');
    assert.equal(kindAt(page('Login page'), '/handbook/issue-412.md'), 'ticket');
    assert.equal(kindAt(page('Login page'), '/handbook/login-ticket.md'), 'ticket');
  });

  it('a folder of architecture decision records keeps decisions', () => {
    const adr = '# EKS\n\nDate: 11/11/2024\n\n## Status\n\nAccepted\n\n## What is proposed\n\nUse EKS for the main cluster.\n\n## Reasoning\n\nLess to run.\n';
    assert.equal(kindAt(adr, '/cloud-platform/architecture-decision-record/022-EKS.md'), 'brief');
    assert.equal(kindAt(adr, '/cloud-platform/notes/022-EKS.md'), null);
  });
});

describe('a runbook with options', () => {
  it('options among numbered steps are ways of doing a procedure, not a decision weighed', () => {
    const body = '## Step 1: Obtain the files\n\nDownload them.\n\n## Step 2: Load them\n\n### OPTION 1 - Analyze only\n\nRun with --dry-run.\n\n### OPTION 2 - Run the migration\n\nRun it.\n';
    assert.equal(kindAt(`# Registrar Data Migration\n\n${body}`, '/docs/operations/data_migration.md'), null);
    const design = '# Checkout filters\n\n## Option 1 - agnostic content design\n\nOne page.\n\n## Option 2 - filter page\n\nTwo pages.\n';
    assert.equal(kindAt(design, '/docs/design/filters.md'), 'brief');
  });

  it('a page titled "Documentation for …" is documentation, whatever its headings; an RFC about docs is still an RFC', () => {
    const body = '## Goals\n\nMake grants simpler to find and apply for.\n\n## Deliverables\n\nA new search page.\n\n## Decisions\n\nSee the ADRs.\n';
    assert.equal(kindAt(`# Documentation for the Simpler Grants Project\n\n${body}`, '/repo/documentation/README.md'), null);
    assert.equal(kindAt(`# Ember CLI Docs\n\n## Summary\n\nWrite CLI docs.\n\n## Motivation\n\nUsers cannot find the flags.\n\n## Detailed design\n\nA site.\n\n## Alternatives\n\nNone.\n`, '/rfcs/text/0120-cli-guides.md'), 'brief');
  });

  it('"Technical Specifications" names a spec, even with a test plan among its headings', () => {
    const doc = '# Technical Specifications\n\nTechnical details for the hub.\n\n## Scope for v0\n\nPages.\n\n### Test Plan\n\nUnit tests.\n';
    assert.equal(kindAt(doc, '/docs/v0-tech-spec.md'), 'brief');
  });

  it('a post filed under a Zola taxonomy named "Releases" is a launch note, in YAML or TOML front matter', () => {
    const body = '\nSeveral new features are available in the September update.\n\n* New map data\n';
    assert.equal(kindAt(`---\ntitle: "Crowdfunding and the September update"\ndate: 2023-09-30\ntaxonomies:\n  news: ["Releases"]\n---\n${body}`, '/content/news/2023-09-30/221/index.md'), 'launch');
    assert.equal(kindAt(`+++\ntitle = "Crowdfunding and the September update"\ndate = 2023-09-30\n[taxonomies]\nnews = ["Releases"]\n+++\n${body}`, '/content/news/2023-09-30/221/index.md'), 'launch');
    assert.equal(kindAt(`---\ntitle: "Crowdfunding and the September update"\ndate: 2023-09-30\ntaxonomies:\n  news: ["Community"]\n---\n${body}`, '/content/news/2023-09-30/221/index.md'), null);
  });
  it('round zv: a post filed under "pre-release" announces one', () => {
    const post = (label: string) => kindAt(`---\ntitle: "The editor arrives on the Play Store"\ncategories: ["${label}"]\ndate: 2023-02-03 15:00:00\n---\n\nYou can now make games on your phone.\n\n## Highlights\n\nx\n`, '/collections/_article/editor_play_store.md');
    assert.equal(post('pre-release'), 'launch');
    assert.equal(post('progress-report'), null);
  });
});

describe('the opening of a document whose first heading is one of several level-1 headings', () => {
  it('what the first heading holds before any sub-section opens the document', () => {
    const doc = '# Apollos States\n\nCards share data between components. This is important because the data is dropped when a component is destroyed.\n\n## Design\n\nA card keeps its state.\n\n# Still in progress\n\nOpen questions.\n';
    assert.equal(states(doc).why, 'present');
    // A known section first is read as that section, not as the opening.
    const proposal = '# Proposal\n\nThis is important because the data is dropped.\n\n# Motivation\n\nTBD\n\n# Alternatives\n\nNone.\n';
    assert.notEqual(states(proposal).why, 'present');
  });
  it('a metadata table under the title names its authors, not the audience', () => {
    const rfc = '# Migrate gelu to core\n\n| Status | Accepted |\n| :--- | :--- |\n| **Authors** | Tzu-Wei Sung, Sean Morgan |\n| **Sponsor** | @alextp |\n\n## Rationale\n\nThe function is cited often and is slow to import.\n';
    assert.equal(states(rfc).audience, 'missing');
    // A table of people that is not metadata still names them.
    assert.equal(states(rfc.replace('## Rationale', '## Users\n\n| Group | Need |\n| --- | --- |\n| Researchers who import gelu in 3 of 4 models | imports under 2 s |\n\n## Rationale')).audience, 'present');
  });
});

describe('round zw: a purpose told with an adverb, under a "What is X?" heading', () => {
  it('"aims to significantly reduce the time…" in the opening says why it matters', () => {
    const post = '---\ntitle: Initial design thinking for Extract\n---\n\n## What is Extract anyway?\n\nExtract turns old PDFs into data. Extract aims to significantly reduce the amount of time planners spend converting them.\n\n## Next steps\n\nWe will test the flow.\n';
    assert.equal(states(post).why, 'present');
    // Under a heading that opens nothing, the same sentence is not read for the why.
    assert.equal(states(post.replace('## What is Extract anyway?', '## Screens')).why, 'missing');
    // Without the purpose, the opening says nothing of why.
    assert.equal(states(post.replace(' Extract aims to significantly reduce the amount of time planners spend converting them.', '')).why, 'missing');
  });
});

describe('round zze: what a project "would benefit from" says why it matters', () => {
  it('"I believe the workflows would benefit from more options…" in the introduction gives the why', () => {
    const rfc = '# Proposal for Cron Workflows improvements\n\n## Introduction\n\nCron workflows cannot be told to stop after some failures. I believe the project would benefit from more configuration options for them.\n\n## Proposal\n\nAdd two fields.\n';
    assert.equal(states(rfc).why, 'present');
    // Without the benefit, the introduction says only what is missing.
    assert.equal(states(rfc.replace(' I believe the project would benefit from more configuration options for them.', '')).why, 'missing');
  });
});

describe('round zz: the audience named as such, under any heading', () => {
  it('"Our main audience target are organisations…" in an ADR\'s decision drivers states who it is for', () => {
    const adr = '# Use GitHub as the main hub\n\n## Context and Problem Statement\n\nWe need one place for code and issues.\n\n## Decision Drivers\n\n* Our main audience target are organisations and companies using self-hosted GitLab.\n';
    assert.equal(states(adr).audience, 'present');
    // "Target audience: …" as a list item, too.
    assert.equal(states(adr.replace('* Our main audience target are organisations and companies using self-hosted GitLab.', '- Target audience: Kubernetes administrators.')).audience, 'present');
    // A template's question, or the audience set aside for later, names nobody.
    assert.equal(states(adr.replace('* Our main audience target are organisations and companies using self-hosted GitLab.', '* Who is the target audience?')).audience, 'missing');
    assert.equal(states(adr.replace('* Our main audience target are organisations and companies using self-hosted GitLab.', '* Segmenting our audience is a separate conversation.')).audience, 'missing');
  });
});

describe('round zza: thanks said to the people who helped', () => {
  it('"thank you beta testers for finding these" credits them; thanking everyone for their patience does not', () => {
    const note = (line: string) => `---\ntype: launch\n---\n# Mail 6.000\n\nWe are happy to release version 6.000.\n\n## Fixed bugs\n\n- ${line}\n`;
    assert.equal(states(note('Fixed a crash when opening a message (thank you beta testers for finding and reporting these)'), 'launch').credits, 'present');
    assert.equal(states(note('Fixed a crash when opening a message (thanks all for your patience)'), 'launch').credits, 'missing');
  });
});

describe('round zzb: options laid out under "Solution options"', () => {
  it('"## Solution options" with the options under it weighs alternatives', () => {
    const doc = '# Addressing the freq deprecation\n\n## Introduction\n\nThe `freq` attribute is deprecated upstream, so conversions will break.\n\n## Solution options\n\n### 1. Prohibit timestamps\n\nSimple, but breaks users.\n\n### 2. Pass the frequency explicitly\n\nMore work for callers.\n';
    assert.equal(states(doc).alternatives, 'present');
    assert.equal(states(doc.replace('## Solution options', '## Solution')).alternatives, 'missing');
  });
});

describe('round zzc: a release named by its kind', () => {
  it('"Pencil2D v0.6.6 - Bug fix release!" is a launch note, not a bug report; a release process or checklist is neither', () => {
    const post = (title: string) => `---\ntitle: "${title}"\n---\n\nThis release fixes crashes on startup.\n\n## Features\n\nFaster brushes.\n`;
    assert.equal(kindOf(post('Pencil2D v0.6.6 - Bug fix release!')).kind, 'launch');
    assert.equal(kindOf(post('Patch release 1.2.1 is out')).kind, 'launch');
    assert.equal(kindOf(post('Bug: fix release pipeline')).kind, 'ticket');
    assert.notEqual(kindOf(post('Bug fix release process')).kind, 'launch');
    assert.notEqual(kindOf(post('Feature release checklist')).kind, 'launch');
  });
});

describe('problem-before-solution only where a kind asks for the problem', () => {
  it('a launch note\'s "Features" before its "Known issues" is no solution before a problem', () => {
    const pbs = (text: string) => lint(text, { rules, filePath: '/docs/x.md' }).diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length;
    const note = '---\ntype: launch\n---\n# Pencil2D 0.6.6\n\n## Features\n\nFaster brushes.\n\n## Known issues\n\nThe problem with tablets remains.\n';
    assert.equal(pbs(note), 0);
    // The same headings in a brief still get the question.
    assert.equal(pbs(note.replace('type: launch', 'type: brief').replace('## Known issues', '## Problem')), 1);
  });
});

describe('round zzg: a requirements document and the motivation it names', () => {
  it('"Functional Requirements" under an objective makes a product requirements document a spec', () => {
    const prd = '# Usage reports for on-premise installs\n\n## Objective\n\nToday we cannot tell how customers use the appliance.\n\n## Things to keep in mind\n\n- Opt out, not opt in.\n\n## Functional Requirements\n\n### Setup\n\nAsk the admin once.\n';
    const out = kindOf(prd);
    assert.equal(out.kind, 'brief');
    assert.match(out.kindReason ?? '', /Functional Requirements/);
    // "Non-functional requirements" is the same template's heading.
    assert.equal(kindOf(prd.replace('## Functional Requirements', '## Non-functional requirements')).kind, 'brief');
    // Without the heading nothing names a spec.
    assert.equal(kindOf(prd.replace('## Functional Requirements', '## Setup flow')).kind, null);
    // What to build and nothing else, as a take-home task lists it, names no spec section.
    assert.equal(kindOf('# Front-end task\n\n## Functional requirements\n\n- List expenses.\n\n## General requirements\n\n- Use TypeScript.\n\n## Nice to have\n\n- Dark mode.\n').kind, null);
    // A README's "Requirements" (what to install) is not a spec's heading.
    assert.equal(kindOf('# Tool\n\n## Objective\n\nRun reports.\n\n## Requirements\n\nNode 20.\n').kind, null);
  });

  it('"The main motivation behind it is…" where the problem is told says why it matters', () => {
    const prd = '# Usage reports\n\n## Objective\n\nWe cannot tell how customers use the appliance. The main motivation behind the reports is to let account managers start conversations early.\n\n## Design\n\nA weekly upload.\n';
    assert.equal(states(prd).why, 'present');
    assert.equal(states(prd.replace('The main motivation behind the reports is to let account managers start conversations early.', 'Reports go to account managers.')).why, 'missing');
  });

  it('"Success Queries:" lists the queries of a Customer Success team; it does not say what success is', () => {
    const prd = '# Usage reports\n\n## Objective\n\nWe cannot tell how customers use the appliance.\n\n## Reports\n\nSuccess Queries:\n\n- Number of restarts in the last X days by customer\n- Number of shared folders by customer\n';
    assert.equal(states(prd).success, 'missing');
    assert.equal(states(prd.replace('## Reports', '## Success Stories')).success, 'missing');
    // "Success criteria:" and "Success for this release:" are about it.
    assert.equal(states(prd.replace('Success Queries:', 'Success criteria:')).success, 'present');
    assert.equal(states(prd.replace('## Reports', '## Success for this release')).success, 'present');
  });

  it('a ticket that lists what it should do, or names the expected result, has acceptance criteria', () => {
    const ticket = (body: string) => `# Historical data entry\n\nAdmins need to enter old credit transfers.\n\n## Tasks\n\n${body}\n`;
    const modal = '- The status of an added transfer should be "Approved".\n- Its status must not be changed afterwards.';
    assert.equal(states(ticket(modal), 'ticket').acceptance, 'present');
    // One passing "should" is not a list of behaviours; a list without them is a plan of work.
    assert.equal(states(ticket('- The status of an added transfer should be "Approved".\n- Add a form.'), 'ticket').acceptance, 'missing');
    assert.equal(states(ticket('- Add a form.\n- Add a table.'), 'ticket').acceptance, 'missing');
    // Inside a code fence it is code, not the ticket's words.
    assert.equal(states(ticket('```\n- a should b\n- c must d\n```'), 'ticket').acceptance, 'missing');
    // "Expected: …" with the result on the line, bold or not.
    assert.equal(states(ticket('Expected: `build/consumer` prints `consumer=42`.'), 'ticket').acceptance, 'present');
    assert.equal(states(ticket('**Expected behaviour:** the header is removed.'), 'ticket').acceptance, 'present');
    assert.equal(states(ticket('Expected to land next week.'), 'ticket').acceptance, 'missing');
    // In a brief, a list of "should" items is the solution, not what gets checked.
    assert.equal(states(`# Historical data entry\n\n## Problem\n\nAdmins need old transfers.\n\n## Design\n\n${modal}\n`).acceptance, undefined);
  });

  it('a ticket\'s bare "Description" that opens by ordering the work states no problem', () => {
    const ticket = (body: string) => `# CRUD API\n\n## Description\n\n${body}\n\n## Technical requirements\n\n- Use Node 22.\n`;
    assert.equal(states(ticket('Your task is to implement a simple CRUD API using an in-memory database.'), 'ticket').problem, 'missing');
    assert.equal(states(ticket('<!-- SECTION:DESCRIPTION:BEGIN -->\nReplace the current registration with an application form.'), 'ticket').problem, 'missing');
    // What is wrong today, under the same heading, is the problem.
    assert.equal(states(ticket('Clients lose their data on every restart because the API keeps nothing.'), 'ticket').problem, 'present');
    // A heading that names the problem holds it whatever its first words.
    assert.equal(states(ticket('x').replace('## Description\n\nx', '## Problem\n\nReplace the current registration: users abandon it.'), 'ticket').problem, 'present');
  });

  it('a requirements document that opens with what the app must do states no problem', () => {
    const doc = (first: string) => `# Requirements\n\n## Mobile Application\n\n${first}\n* App must be able to sync with the server and retrieve the patients, readings and referrals that the health worker needs\n\n## Security\n\nReadings are encrypted.\n`;
    assert.equal(states(doc('* App must be able to upload readings to the server')).problem, 'missing');
    assert.equal(states(doc('The web app should support exporting readings as CSV.')).problem, 'missing');
    // What goes wrong today, told first, is the problem.
    assert.equal(states(doc('Health workers lose readings when the village has no signal for days.\n')).problem, 'present');
  });

  it('a design-history page: research findings, the stakes told as an impact, and "How will we know this works?"', () => {
    const page = (opening: string, heading: string, body: string) => `---\ntitle: Making references faster\n---\n\n${opening}\n\n## ${heading}\n\n${body}\n\n## Changes made\n\nWe split the message in two.\n`;
    // What user research found is the problem told from the users' side.
    for (const h of ['UR findings', 'What we found', 'What we learned']) {
      assert.equal(states(page('We changed the message page.', h, 'Some struggled to recall what was asked of them.')).problem, 'present', h);
    }
    assert.equal(states(page('We changed the message page.', 'Changes', 'Some struggled to recall what was asked of them.')).problem, 'missing');
    // "How will we know this works?" asks for success, and what follows answers it.
    assert.equal(states(page('We changed the message page.', 'How will we know this works?', 'We will look at whether references arrive within 5 days.')).success, 'present');
    // A harm to a named group says why it matters, and who it is for.
    const impact = states(page('On average it takes 11 days to get references. This has a negative impact on candidates.', 'Details', 'More.'));
    assert.equal(impact.why, 'present');
    assert.equal(impact.audience, 'present');
    const none = states(page('It takes 11 days to get references.', 'Details', 'More.'));
    assert.equal(none.why, 'missing');
    assert.equal(none.audience, 'missing');
  });

  it('a launch post that tells who built it under "Building a team to create …"', () => {
    const post = (heading: string) => `---\ntype: launch\n---\n# Uppy 1.0\n\nUppy 1.0 is out.\n\n## ${heading}\n\nThe team first was Artur and Harry. Later that year, Ife joined.\n`;
    assert.equal(states(post('Building a team to create Uppy'), 'launch').credits, 'present');
    assert.equal(states(post('Meet the team'), 'launch').credits, 'present');
    assert.equal(states(post('Building a plugin system'), 'launch').credits, 'missing');
  });

  it('an explainer that says why by the demand for it: "a long standing feature request"', () => {
    const doc = (sentence: string) => `# WebOTP\n\n## Introduction\n\nUsers must type one-time codes by hand. ${sentence}\n\n## Proposal\n\nAn API that reads the code.\n`;
    assert.equal(states(doc('Easing this has been a long standing feature request for the web from many of the largest global developers.')).why, 'present');
    assert.equal(states(doc('It is one of our most requested features.')).why, 'present');
    assert.equal(states(doc('We describe an API below.')).why, 'missing');
  });

  it('a scaling plan: a ceiling stated as a limit, and "Potential mitigations" as the options weighed', () => {
    const plan = (bottleneck: string, heading: string) => `# Scaling roadmap\n\n## Background\n\nLarge conversations overload the servers.\n\n## Bottlenecks\n\n- ${bottleneck}\n\n## ${heading}\n\n- Shut off commenting above a threshold.\n- Add read replicas.\n`;
    assert.equal(states(plan('The maximum number of server nodes we can run with Heroku is 100', 'Potential mitigations')).constraints, 'present');
    assert.equal(states(plan('The math worker is slow', 'Potential mitigations')).constraints, 'missing');
    assert.equal(states(plan('The math worker is slow', 'Potential mitigations')).alternatives, 'present');
    assert.equal(states(plan('The math worker is slow', 'Next steps')).alternatives, 'missing');
  });

  it('problem-before-solution: an "Initial design" that opens a design-history page is the status quo, not the solution', () => {
    const pbs = (first: string) => lint(`# Further evidence\n\n## ${first}\n\nToday the request is one message for all the evidence needed.\n\n## UR findings\n\nUsers struggled to recall what was asked of them.\n\n## Changes made\n\nWe split the message in two.\n`, { rules: sectionRules, filePath: '/docs/x.md', config: configOf('brief') })
      .diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length;
    assert.equal(pbs('Initial design'), 0);
    assert.equal(pbs('Current architecture'), 0);
    assert.equal(pbs('Proposed design'), 1);
  });

  it('an explainer that names itself: "This proposed API allows developers to…", "This explainer outlines…"', () => {
    const doc = (opening: string) => `# User Idle Detection\n\n${opening}\n\n## Use cases\n\nChat apps show who is away.\n\n## Security and Privacy\n\nA permission is asked first.\n`;
    assert.equal(kindOf(doc('This proposed API allows developers to add an event listener for when the user becomes idle.')).kind, 'brief');
    assert.equal(kindOf(doc('This explainer outlines an API for idle detection.')).kind, 'brief');
    assert.equal(kindOf(doc('This library allows developers to add an event listener for when the user becomes idle.')).kind, null);
  });

  it('goals told as a comparison with today are success: "less friction for the customer than current challenge flows"', () => {
    const doc = (goal: string) => `# Secure payment confirmation\n\n## Motivation\n\nCustomers abandon checkouts at the bank's challenge step.\n\n### Goals\n\nFind a solution that:\n\n* ${goal}\n* Allows registration during a challenge flow.\n\n## Proposed Solution\n\nA new payment method.\n`;
    assert.equal(states(doc('Is less friction for the customer than current challenge flows.')).success, 'present');
    assert.equal(states(doc("Has stronger authentication than today's flows.")).success, 'present');
    assert.equal(states(doc('Uses the current challenge flows.')).success, 'missing');
  });

  it('user stories told with "I would like" count toward a spec\'s stories as "I want" does', () => {
    const doc = (verb: string) => `# Equality Information API\n\n## Purpose\n\nResident data is held in silos.\n\n## Our users and their needs\n\n**As a service user I ${verb} to see my equality information.**\n\n**As a consumer of this API I ${verb} to read it.**\n\n**As a developer, I want to store extended data.**\n`;
    assert.equal(kindOf(doc('would like')).kind, 'brief');
    assert.equal(kindOf(doc('want')).kind, 'brief');
    assert.equal(kindOf('# Export\n\nAs a developer, I want to export my data, so that I can back it up.\n').kind, 'ticket');
  });

  it('evidence of the stakes in a spec\'s opening says why it matters: "up to 41% increase in checkout completion rate"', () => {
    const doc = (evidence: string) => `# Autofill Event\n\nAutofill is widely used on checkout forms. ${evidence}\n\nAt the same time, autofill on the web has many deficiencies for developers.\n\n# Proposal\n\nAn event that lets a page ask for a refill.\n`;
    assert.equal(states(doc('Sessions with autofill see up to 41% increase in checkout completion rate.')).why, 'present');
    assert.equal(states(doc('We observe significant benefit from autofill.')).why, 'present');
    assert.equal(states(doc('It fills names and addresses.')).why, 'missing');
  });

  it('a "Vision" is success where it names an outcome ("Reducing development efforts"), as "Goals" is', () => {
    const doc = (item: string) => `# Equality Information API\n\n## Purpose\n\nResident data is held in silos, so officers re-enter it.\n\n## Vision\n\n- A single data source for equality information.\n- ${item}\n\n## Endpoints\n\nA REST API.\n`;
    assert.equal(states(doc('Reducing development efforts')).success, 'present');
    assert.equal(states(doc('Remove the need for the difficult task of data matching in the future.')).success, 'present');
    assert.equal(states(doc('A reusable microservice API used for managing that data.')).success, 'missing');
  });

  it('why it matters, told by what drives the work or what the fault leads to', () => {
    const doc = (sentence: string) => `# Service discovery\n\n## Problem\n\nEvery process asks the broker for the service list at startup. ${sentence}\n\n## Proposal\n\nCache the list in shared memory.\n`;
    assert.equal(states(doc('With many processes this can lead to a bottleneck at startup.')).why, 'present');
    assert.equal(states(doc('The drivers for this change include the new fleet.')).why, 'present');
    assert.equal(states(doc('The broker answers with a list.')).why, 'missing');
  });

  it('kinds: a dated post "Introducing …" is a launch note even with "Why did we build this?"; a "Scoping Plan" is a spec', () => {
    const post = (date: string) => `---\n${date}authors:\n  - Mustafa\n---\n\n# From Thought to Speech: Introducing AAQ's New Voice Service\n\nWe're excited to unveil our new speech service.\n\n## Why did we build this?\n\nUsers in low-literacy settings asked for voice.\n\n## How it works\n\nA new endpoint.\n\n## Future Enhancements\n\nMore languages.\n`;
    assert.equal(kindOf(post('date: 2024-09-09\n')).kind, 'launch');
    assert.equal(kindOf('# Human Services Pilot Project Scoping Plan\n\nIt is hard to see the safety net.\n').kind, 'brief');
  });

  it('why it matters, told by what the problem costs people: "especially during exams", "hundreds of hours", "even if you"', () => {
    const doc = (sentence: string) => `# Room Reservation Design Doc\n\n## Overview\n\nStudents cannot book a group study room online. ${sentence}\n\n## Design\n\nA booking page.\n`;
    assert.equal(states(doc('The libraries are overcrowded, especially during exams.')).why, 'present');
    assert.equal(states(doc('Scheduling by hand can stretch into hundreds of hours for each Trust.')).why, 'present');
    assert.equal(states(doc('You have to install every controller even if you plan to use only one.')).why, 'present');
    assert.equal(states(doc('Rooms are listed on a shared sheet.')).why, 'missing');
  });

  it('a heading that is a label and a link ("Wireframes / Mockups: https://figma…") is named by its label', () => {
    const doc = `# Organizations Page Design Doc\n\n## Key Personas\n\nClub leaders who run student organizations.\n\n## Wireframes / Mockups: https://www.figma.com/design/abc/CSXL-Template-(Copy)?node-id=11-1833\n\n- Organizations Page: You can view all the organizations on a page and apply to join from there.\n`;
    assert.equal(states(doc).problem, 'missing');
    assert.equal(states('# Export Design Doc\n\nOfficers cannot get the data out.\n\n## Risks: https://example.com/risks\n\nThe export may time out on large sites.\n').constraints, 'present');
  });

  it('a folder named for what it proposes ("project-proposals", "enhancement-proposals") keeps proposals', () => {
    const doc = '# Project Name\nFarmworker Wallet OS\n\n# Project Description\nFarmworkers forego services they are eligible for.\n\n# External Dependencies\nMendix Studio Pro.\n';
    assert.equal(kindAt(doc, '/corpus/openwallet-foundation/project-proposals/projects/farmworker-wallet-os.md'), 'brief');
    assert.equal(kindAt(doc, '/corpus/openwallet-foundation/tac/projects/farmworker-wallet-os.md'), null);
  });

  it('constraints stated as requirements in prose: "should not", "requires", "accessible to", "for now"', () => {
    const doc = (sentence: string) => `# Saved Views Design Doc\n\n## Problem\n\nAnalysts rebuild the same filters every morning.\n\n## Proposal\n\nLet people save a view. ${sentence}\n`;
    assert.equal(states(doc('Saving a view should not block the table from loading.')).constraints, 'present');
    assert.equal(states(doc('This requires Postgres 12 or later.')).constraints, 'present');
    assert.equal(states(doc('Every view is accessible to screen readers.')).constraints, 'present');
    // (Not "Can't you just…", a demand.)
    assert.equal(states(doc("Can't you just reuse the export job?")).constraints, 'missing');
    assert.equal(states(doc('Views are kept per project for now.')).constraints, 'present');
    assert.equal(states(doc('A view holds the filters and the sort order.')).constraints, 'missing');
  });

  it('front matter that is not valid YAML (title: \'What\'s New in ClickHouse 21.12\') is still read, line by line', () => {
    const post = "---\ntitle: 'What's New in ClickHouse 21.12'\ndate: '2021-12-16'\n---\n\nWe're continuing our monthly release cadence.\n";
    assert.equal(kindOf(post).kind, 'launch');
    assert.equal(kindOf("---\ntitle: 'What's in our garden'\ndate: '2021-12-16'\n---\n\nTomatoes.\n").kind, null);
  });

  it('"Non-goal", singular, is a constraints heading as "Non-goals" is', () => {
    const doc = (h: string) => `# Notification Policies Proposal\n\n## Motivation\n\nOperators get every alert in one channel.\n\n## ${h}\n\n- Filtering by label.\n`;
    assert.equal(states(doc('Non-goal')).constraints, 'present');
    assert.equal(states(doc('Examples')).constraints, 'missing');
  });

  it('an open question or an option kept in view, in prose, leaves room for alternatives', () => {
    const doc = (sentence: string) => `# Backup Design Doc\n\n## Problem\n\nInstances lose user data when a node dies.\n\n## Design\n\nA nightly dump to object storage. ${sentence}\n`;
    assert.equal(states(doc('To be discussed: should we also back up the logs?')).alternatives, 'present');
    assert.equal(states(doc('There are several ways to schedule the dump.')).alternatives, 'present');
    assert.equal(states(doc('We will explore alternative options for storing it later.')).alternatives, 'present');
    assert.equal(states(doc('The dump runs at midnight.')).alternatives, 'missing');
  });

  it('why it matters, told by the effort the problem costs or by demand: "copied manually", "requested by"', () => {
    const doc = (sentence: string) => `# Session Expiry Ticket\n\n## Problem\n\nReviewers are signed out while they write. ${sentence}\n\n## Acceptance criteria\n\nA warning shows two minutes before expiry.\n`;
    assert.equal(states(doc('Their comments must then be copied manually.'), 'ticket').why, 'present');
    assert.equal(states(doc('This was requested by several review teams.'), 'ticket').why, 'present');
    assert.equal(states(doc('The session length is set in the config.'), 'ticket').why, 'missing');
  });

  it('a spec whose summary opens "We propose to develop…" is a spec; a summary that only describes is not', () => {
    const doc = (summary: string) => `# Visualizing the Consequences of Climate Change\n\n*by Ada and Grace*\n\n## Executive Summary\n\n${summary}\n\n## Background\n\nSea levels rise.\n`;
    assert.equal(kindOf(doc('We propose to develop an interactive website that shows each viewer their climate future.')).kind, 'brief');
    assert.equal(kindOf(doc('The website shows each viewer their climate future.')).kind, null);
    assert.equal(kindOf('# Weather Widget\n\n## Installation\n\nRun the installer.\n\n## Notes\n\nWe propose you pin the version.\n').kind, null);
  });

  it('a post titled "… is here!", or one that is "unveiling" something, announces a launch', () => {
    const post = (title: string, opening: string) => `+++\ndate = "2020-05-23T03:00:00+05:30"\ntitle = "${title}"\n+++\n\n${opening}\n`;
    assert.equal(kindOf(post('Citra Android is here!', 'Hello there, emulation fans!')).kind, 'launch');
    assert.equal(kindOf(post('Progress report', 'Today we are unveiling the most requested addition: Android support!')).kind, 'launch');
    assert.equal(kindOf(post('Progress report', 'The problem is here: games stutter on older phones.')).kind, null);
  });

  it('usage metrics, uptake, desired properties and test cases say what success looks like, and so does a goal to alleviate a cost', () => {
    const doc = (h: string, body = 'Each report is counted once a week.') => `# Report Sharing Design Doc\n\n## Problem\n\nPartners cannot show their numbers to funders.\n\n## ${h}\n\n${body}\n`;
    for (const h of ['Usage metrics', 'Uptake', 'Desired properties', 'Test cases']) assert.equal(states(doc(h)).success, 'present', h);
    assert.equal(states(doc('Usage notes')).success, 'missing');
    assert.equal(states(doc('Goals', '- Alleviate the memory used by copied reports.')).success, 'present');
    assert.equal(states(doc('Goals', '- Copied reports.')).success, 'missing');
  });

  it('"Existing solutions" and "Related work" weigh what is out there; "other ways", "to discuss" and "More questions" keep options open', () => {
    const doc = (h: string, body: string) => `# Caller Verification Proposal\n\n## Motivation\n\nScammers phone users and claim to be their bank.\n\n## ${h}\n\n${body}\n`;
    for (const h of ['Existing solutions', 'Related work']) assert.equal(states(doc(h, 'Users avoid calls from companies.')).alternatives, 'present', h);
    assert.equal(states(doc('Design', 'There are other ways to show the caller is trusted.')).alternatives, 'present');
    assert.equal(states(doc('Design', 'Which channel to use is still to discuss with the support team.')).alternatives, 'present');
    assert.equal(states(doc('Design', 'The server signs a short code that the user reads back.')).alternatives, 'missing');
    assert.equal(states(doc('More questions', 'How do we define the categories?')).alternatives, 'present');
    assert.equal(states(doc('More details', 'The code is six digits.')).alternatives, 'missing');
  });

  it('"CloudQuery V1 Release", a post\'s "… is a new tool", a numbered ADR\'s file name and "outlines the motivation" name their kinds', () => {
    const post = (title: string, opening: string) => `---\ntitle: ${title}\ndate: 2025-01-17\n---\n\n${opening}\n\n## Getting started\n\nOpen the map.\n`;
    assert.equal(kindOf(post('CloudQuery V1 Release', 'Today is an exciting day for us.')).kind, 'launch');
    assert.equal(kindOf(post('Podman Desktop 1.10 Release', 'Hello.')).kind, 'launch');
    assert.equal(kindOf(post('Release engineering at scale', 'Hello.')).kind, null);
    assert.equal(kindOf(post('Meshtastic Site Planner', 'The Site Planner is a new, open-source tool that predicts range.')).kind, 'launch');
    assert.equal(kindOf(post('Meshtastic Site Planner', 'This is a new way to think about range.')).kind, null);
    const roles = '# User Roles and Boundary Workflow\n\n## User Roles\n\nThis app supports three kinds of users.\n';
    assert.equal(kindAt(roles, '/doc/arch/adr-004-user-roles-workflow.md'), 'brief');
    assert.equal(kindAt(roles, '/doc/arch/user-roles-workflow.md'), null);
    assert.equal(kindAt(roles, '/doc/arch/address-004.md'), null);
    const intro = (sentence: string) => `# Audience, objectives and pedagogy\n\n${sentence}\n\n## Learning tool\n\nBlocks snap together.\n`;
    assert.equal(kindOf(intro('This document aims to outline the motivation for the creation of the plugin.')).kind, 'brief');
    assert.equal(kindOf(intro('This document lists the blocks of the plugin.')).kind, null);
  });

  it('a changelog whose change lines close with their authors\' handles credits the people who built the release', () => {
    const post = (items: string) => `---\ntitle: Hexo 5.0.0 Released\ndate: 2020-07-29\n---\n\n## Changes\n\n${items}\n`;
    assert.equal(states(post('- feat: bring up new extend Injector [@SukkaW] [#4049]\n- fix: override the permalink [@curbengh] [#4359]\n- refactor: simplify code [@2997ms] [#4408]'), 'launch').credits, 'present');
    assert.equal(states(post('* Swipe to toggle Favourites (@ByteHamster)\n* Android Auto list (@tonytamsf)\n* Long-press to scroll up (@ByteHamster)'), 'launch').credits, 'present');
    assert.equal(states(post('- Add retries by @jane in #123\n- Fix the cache by @li in #124\n- Docs by @omar in #125'), 'launch').credits, 'present');
    assert.equal(states(post('- feat: bring up new extend Injector [#4049]\n- fix: override the permalink [#4359]\n- refactor: simplify code [#4408]'), 'launch').credits, 'missing');
    assert.equal(states(post('- Mention @bot to rerun a job\n- Email @support with questions\n- Follow @hexojs for news'), 'launch').credits, 'missing');
  });

  it('"User Roles" says who it is for, "Motive" why it matters, and "none of these adjustments" weighs no options', () => {
    const doc = (h: string, body: string) => `# Boundary Review Design Doc\n\n## Problem\n\nUtilities email shapefiles that nobody can check.\n\n## ${h}\n\n${body}\n`;
    assert.equal(states(doc('User Roles', 'Contributors add boundaries; Validators approve them.')).audience, 'present');
    assert.equal(states(doc('Workflow', 'Contributors add boundaries; Validators approve them.')).audience, 'missing');
    assert.equal(states(doc('Motive', 'A robust scheduling system is essential for efficient care.')).why, 'present');
    assert.equal(states(doc('Viewing', 'A read-only view, where none of these adjustments get saved.')).alternatives, 'missing');
    assert.equal(states(doc('Viewing', 'None of these options fits every utility.')).alternatives, 'present');
  });

  it('"First method" and "Second method" weigh options; a post kept as "…-launch.md" announces one; thanks to a fund "which funded" it credit no builder', () => {
    const methods = '## Recommender systems\n\nAs a contributor, I have come up with a way to recommend mentees to mentors.\n\n### First method\n\nMultiply the two tables.\n\n### Second method\n\nRank by ratings.\n';
    assert.equal(kindOf(methods).kind, 'brief');
    assert.equal(states(methods).alternatives, 'present');
    assert.equal(states(methods.replace('### Second method', '### Ranking')).alternatives, 'missing');
    const post = 'Today we have added New Mexico income taxes to the calculator.\n\n## New Mexico income tax\n\nRates peak at 5.9%.\n';
    assert.equal(kindAt(post, '/src/posts/articles/new-mexico-income-tax-launch.md'), 'launch');
    assert.equal(kindAt(post, '/docs/launch.md'), null);
    assert.equal(kindAt(post, '/src/posts/articles/new-mexico-income-tax.md'), null);
    const thanks = (line: string) => `---\ntitle: New Mexico income tax is now available\ndate: 2023-08-02\n---\n\n${line}\n\nToday we have added New Mexico.\n`;
    assert.equal(states(thanks('_We are grateful to the [**Huff Fund**](https://fund.example.org/), which funded the development of this feature._'), 'launch').credits, 'missing');
    assert.equal(states(thanks('A huge thanks to Ada Logics for their superb work and to the CNCF for sponsoring!'), 'launch').credits, 'present');
  });

  it('a "new-features.md" or "whats-new.md" page is release notes, and a post titled "New …" announces what is new', () => {
    const page = '![header](/img/header.png)\n\n## Overview\n\nThis document gives you an overview of version 2.6.\n\n### Dark theme\n\nA dark theme for the client.\n';
    assert.equal(kindAt(page, '/docs/docs/new-features.md'), 'launch');
    assert.equal(kindAt(page, '/docs/whats-new.md'), 'launch');
    assert.equal(kindAt(page, '/docs/docs/features.md'), null);
    const post = (title: string) => `---\ntitle: "${title}"\ndate: "2026-03-12"\n---\n\nTrees are growing ever larger.\n\n## Focus on selected\n\nDrill into the tree.\n`;
    assert.equal(kindOf(post('New tree visualisations in Auspice')).kind, 'launch');
    assert.equal(kindOf(post('New Year, new goals for the team')).kind, null);
    assert.equal(kindOf(post('Tree visualisations in Auspice')).kind, null);
  });

  it('"David Chiles and I have been working on…" credits a co-builder', () => {
    const post = (line: string) => `---\ntitle: ChatSecure iOS v3.0 Released\ndate: 2015-01-05\n---\n\n${line}\n\nThe app is in the App Store today.\n`;
    assert.equal(states(post('Over the last year, [David Chiles](https://github.com/davidchiles) and I have been working on a major overhaul.'), 'launch').credits, 'present');
    assert.equal(states(post('Over the last year, I have been working on a major overhaul.'), 'launch').credits, 'missing');
  });

  it('a page in a blog\'s folder that "proudly presents" a version announces it; "work was done by @x" credits its builder', () => {
    const post = (opening: string) => `---\nauthors:\n  - manuel-rw\n---\n\n# Homarr 1.0 - complete rewrite of all systems\n\n${opening}\n\n## Changes at a glance\n\nNew boards.\n`;
    assert.equal(kindAt(post('We proudly present to you - Homarr 1.0.'), '/blog/2024/09-23-version-1.0/index.mdx'), 'launch');
    assert.equal(kindAt(post('We proudly present to you - Homarr 1.0.'), '/docs/homarr.md'), null);
    assert.equal(kindAt(post('This page describes the boards.'), '/blog/2024/09-23-version-1.0/index.mdx'), null);
    const notes = (line: string) => `---\ntitle: v1.0.0 A Whole New App\ntype: release-notes\n---\n\n## Goodies\n\n- ${line}\n`;
    assert.equal(states(notes('Significant work was done by [@PFischbeck](https://github.com/PFischbeck) to improve type safety.'), 'launch').credits, 'present');
    assert.equal(states(notes('Significant work was done to improve type safety.'), 'launch').credits, 'missing');
  });

  it('a dated post with a heading "Introducing …" announces what it ships', () => {
    const post = (heading: string) => `---\ntitle: "The Hidden Costs of Misconfiguration"\ndate: 2022-09-27\nauthor: John Ryan\n---\n\n## A Cryptic Error\n\nTake a look at this error message.\n\n## ${heading}\n\nSchemas now hold rules for each value.\n`;
    assert.equal(kindAt(post('Introducing `ytt` Validations'), '/site/content/blog/ytt-validations-released.md'), 'launch');
    // (A page that is no post: the guide's own heading does not announce.)
    assert.equal(kindAt(post('Introducing `ytt` Validations').replace('date: 2022-09-27\n', ''), '/docs/validations.md'), null);
    assert.equal(kindAt(post('Validations in `ytt`'), '/site/content/blog/ytt-validations.md'), null);
    // (The post's file name says it too: a post named for its release.)
    assert.equal(kindAt(post('Validations in `ytt`'), '/site/content/blog/ytt-validations-released.md'), 'launch');
  });

  it('problem-before-solution: a design section that only links elsewhere does not come before the problem', () => {
    const doc = (body: string) => `# Design\n\n### Design Guidelines\n${body}\n\n### Problem Statement\n\nRidership fell after the pandemic, and transit agencies lack the data to understand what riders need.\n`;
    const pbs = (text: string) => lint(text, { rules: sectionRules, filePath: '/docs/design.md', config: configOf('brief') }).diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length;
    assert.equal(pbs(doc('Design Guidelines are saved [here](https://box.example/s/p76s5).')), 0);
    assert.equal(pbs(doc('The tool collects rider feedback by text message and shows it to planners on a map, by route and by stop.')), 1);
  });

  it('a design doc with a "Test Plan" beside its design is a spec, and a "Release Day for …" post is a launch', () => {
    const doc = (last: string) => `# Point-in-time recovery\n\n# Overview\n\nRestore a database to a moment before a failed change.\n\n## Requirements\n\nRestore within minutes.\n\n# Design\n\n### Why bother?\n\nA full backup alone loses a day of writes.\n\n## Replay\n\nReplay the log from the last backup.\n\n# ${last}\n\nRun the restore against a copy.\n`;
    assert.equal(kindAt(doc('Test Plan'), '/docs/design/pitr.md'), 'brief');
    // (A ticket's own "Acceptance" heading still makes a ticket of a page without spec sections.)
    assert.equal(kindAt(doc('Acceptance'), '/docs/design/pitr.md'), 'ticket');
    const post = (title: string) => `---\ntitle: "${title}"\npubDate: 2023-01-14\n---\n\nAnd it's that day again!\n\n## Bug fixes\n\n- The launcher no longer crashes.\n`;
    assert.equal(kindAt(post('Release Day for Bottles 50: Bug hunting and a new version name'), '/site/posts/2023-01-14-release-50.md'), 'launch');
    // (The work before a release is no note of it.)
    assert.notEqual(kindAt(post('Release day checklist'), '/site/posts/2023-01-14-checklist.md'), 'launch');
  });

  it('a post that "now has full support for" something, and a release page that announces its release, are launch notes', () => {
    const post = (opening: string) => `---\ntitle: Encryption\nauthor: Martijn\nlayout: post\n---\n\n${opening}\n\n### Why use this\n\nSome projects need data encrypted on the device.\n\n### Limitations\n\nDrafts are not encrypted.\n`;
    assert.equal(kindAt(post('Enketo now has full support for encryption-enabled forms!'), '/blog/_posts/2018-10-05-encryption.md'), 'launch');
    // (A plan to add the support is a spec's subject, not news.)
    assert.notEqual(kindAt(post('Enketo should get support for encryption-enabled forms.'), '/blog/_posts/2018-10-05-encryption.md'), 'launch');
    const notes = `# InvenioRDM v11.0\n\n_2023-01-26_\n\nWe're happy to announce the release of InvenioRDM v11.0.\n\n## What's new?\n\n### Static pages\n\nAdd pages from the admin panel.\n\n## Limitations\n\nNo search in static pages yet.\n\n## Questions?\n\nAsk in the chat.\n`;
    assert.equal(kindAt(notes, '/docs/releases/v11/version-v11.0.0.md'), 'launch');
    // (The same page kept elsewhere, with no date and no blog around it, is not taken for a post by its announcement;
    // its "What's new?" section alone makes it a release's note.)
    const undated = notes.replace("## What's new?\n\n### Static pages", '## Static pages');
    assert.notEqual(kindAt(undated, '/docs/features/static-pages.md'), 'launch');
    assert.equal(kindAt(notes, '/docs/features/static-pages.md'), 'launch');
  });

  it('a dated post whose opening says the app "can now be downloaded" announces it', () => {
    const post = (opening: string) => `---\ndate: 2025-03-01\ntitle: "evcc App for iOS & Android"\n---\n\nWe did it!\n${opening}\n\n## What does the app do?\n\nIt wraps the web interface.\n\n## Where are we headed?\n\nRemote access.\n`;
    assert.equal(kindAt(post('It can now be downloaded from the App Store and Google Play.'), '/docs/en/blog/2025/03/01/evcc-app.mdx'), 'launch');
    assert.equal(kindAt(post('It will be ready to download once the review is done.'), '/docs/en/blog/2025/03/01/evcc-app.mdx'), null);
  });

  it('a design heading that only gathers sections, the problem first among them, is not a solution told first', () => {
    const pbs = (text: string) => lint(text, { rules: sectionRules, filePath: '/docs/x.md', config: configOf('brief') }).diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length;
    const doc = (lead: string) => `# Privacy Badger design and roadmap\n\n## DESIGN\n\n${lead}### OBJECTIVE\n\nTrackers follow users from site to site without their consent.\n\n### PRIMARY MECHANISM\n\nBlock a third party seen on three sites.\n`;
    assert.equal(pbs(doc('')), 0);
    // (A design told before the objective under it is still a solution first.)
    assert.equal(pbs(doc('The extension blocks third parties that track across sites.\n\n')), 1);
  });

  it('a dated post whose excerpt will "introduce a new" feature announces it', () => {
    const post = (excerpt: string) => `---\ntitle: "Anonymized endpoints and token authentication in Vespa Cloud"\ndate: '2023-11-09'\nexcerpt: "${excerpt}"\n---\n\nWhen you deploy an application, it gets an endpoint.\n\n## Token authentication\n\nCreate a token in the console.\n`;
    assert.equal(kindAt(post('In this post we will explain the new endpoint format and also introduce a new token authentication method.'), '/blog/_posts/2023-11-09-tokens.md'), 'launch');
    assert.equal(kindAt(post('In this post we will explain the endpoint format.'), '/blog/_posts/2023-11-09-tokens.md'), null);
  });

  it('a problem heading two levels below the solution, inside a later part, is a detail of that part, not the problem told late', () => {
    const pbs = (text: string) => lint(text, { rules: sectionRules, filePath: '/docs/x.md', config: configOf('brief') }).diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length;
    const doc = (hashes: string) => `# Crowdsourcing platform\n\n## Design principles\n\nVolunteers transcribe pages in the browser.\n\n## Understand\n\nStaff see what volunteers do.\n\n${hashes} Enabling immersion\n\nLong sessions are welcome.\n\n${hashes} Motivations\n\nStudents join to meet a course's hours.\n`;
    assert.equal(pbs(doc('####')), 0);
    // (One level below, it is still the problem told after the design.)
    assert.equal(pbs(doc('###')), 1);
  });

  it('a page in a news folder whose opening says a version "is out" announces it', () => {
    const post = (opening: string) => `Drawpile 2.3.0\n==============\n\n${opening} It brings many new features and numerous fixes.\n\n## Updating\n\nInstall it over the previous one.\n\n## Changes in this Release\n\nFaster reconnects.\n`;
    assert.equal(kindAt(post('Drawpile version 2.3.0 is out!'), '/site/assets/news/release-2.3.0.md'), 'launch');
    assert.equal(kindAt(post('Drawpile version 2.2 is out of date, so update.'), '/site/assets/news/release-2.3.0.md'), null);
  });

  it('a history that opens a spec tells how the need came about, before the features', () => {
    const pbs = (text: string) => lint(text, { rules: sectionRules, filePath: '/docs/x.md', config: configOf('brief') }).diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length;
    const history = '\n\nThe only identity a teacher has today is a reference number, which many lose.\n\n';
    const features = '\n\nOne sign-in across services.\n\n';
    const tail = '## Challenges\n\nTeams are changing.\n';
    assert.equal(pbs(`# Get an Identity\n\n## Brief History${history}## Key Features${features}${tail}`), 0);
    assert.equal(pbs(`# Get an Identity\n\n## Scope${history}## Key Features${features}${tail}`), 1);
    // (A history further down does not open the document.)
    assert.equal(pbs(`# Get an Identity\n\n## Key Features${features}## History${history}${tail}`), 1);
  });

  it('options weighed under numbered headings ("8.1. Option A") make a design note a spec', () => {
    const note = (a: string, b: string) => `# Workforce Reimbursement Options\n\n## 2. Overview\n\nStaff cannot get training paid for.\n\n## 3. Users\n\nCare workers.\n\n## ${a}\n\nPay learners directly.\n\n## ${b}\n\nPay employers on claims.\n`;
    assert.equal(kindAt(note('8.1. Option A', '8.2. Option B'), '/decks/note.md'), 'brief');
    assert.equal(kindAt(note('8.1. Direct payments', '8.2. Claims'), '/decks/note.md'), null);
  });

  it('non-functional requirements that set a number are the targets a service is judged by: success', () => {
    const brief = (nfr: string) => `# Training reimbursement\n\n## Problem\n\nCare staff cannot get training paid for.\n\n## Users\n\nCare workers.\n\n## 7.2. NFRs\n\n${nfr}\n`;
    assert.equal(states(brief('| Requirement | Target |\n| --- | --- |\n| Time to process a claim | 10 days |')).success, 'present');
    assert.equal(states(brief('- The service is accessible.\n- Claims are processed promptly.')).success, 'missing');
  });

  it('a web platform explainer proposes an API: by its title, or by an opening that calls it a proposed API', () => {
    const body = '## User flow\n\nThe user picks an app from the share picker.\n\n## Sample code\n\nCall share() from a button.\n';
    assert.equal(kindAt(`# Handwriting Recognition Explainer\n\nWe want pen input on the web.\n\n${body}`, '/docs/notes.md'), 'brief');
    assert.equal(kindAt(`# Web Share API Explained\n\n**Web Share** is a proposed web API to let a site share data with an app.\n\n${body}`, '/docs/notes.md'), 'brief');
    // (Neither says it: a page about an API that exists is not a spec.)
    assert.equal(kindAt(`# Web Share API Explained\n\n**Web Share** is a web API that lets a site share data with an app.\n\n${body}`, '/docs/notes.md'), null);
  });

  it('a launch note thanks whoever a link to a GitHub profile names, whatever the link says', () => {
    const post = (line: string) => `# Android 15 test builds are now available\n\nWe are releasing test builds today.\n\n## Fixes\n\n* ${line}\n`;
    assert.equal(states(post('We found a patch, thanks [Yet another AOSP project](https://github.com/yaap)!'), 'launch').credits, 'present');
    assert.equal(states(post('We found a patch, thanks [@jfcg](https://github.com/jfcg)!'), 'launch').credits, 'present');
    // (A link to a page of code is not who is thanked.)
    assert.equal(states(post('We found a patch, thanks [this commit](https://github.com/yaap/messaging/commit/b6bb85a)!'), 'launch').credits, 'missing');
  });

  it('a page whose section lists "What\'s New" is a release\'s note, unless its headings make it a spec', () => {
    const page = (heading: string) => `# October 2023 Newsletter\n\nHello from the team.\n\n## ${heading}\n\n### Formula shortcuts\n\nType $ to reference a column.\n\n## Learning resources\n\nWebinars every month.\n`;
    assert.equal(kindAt(page("What's New"), '/help/docs/newsletters/2023-10.md'), 'launch');
    assert.equal(kindAt(page('Highlights'), '/help/docs/newsletters/2023-10.md'), null);
    // (A spec's own headings decide first.)
    const spec = `# Saved carts\n\n## Problem\n\nShoppers lose carts.\n\n## Goals\n\nHalve lost carts.\n\n## Proposed solution\n\nKeep carts on the server.\n\n## What's new for users\n\nCarts follow them.\n`;
    assert.equal(kindAt(spec, '/docs/carts.md'), 'brief');
  });

  it('a page titled by a version whose opening speaks of "this release" is that release\'s note, wherever it is kept', () => {
    const page = (title: string, opening: string) => `# ${title}\n\n${opening}\n\n## New Features\n\nA new character sheet framework.\n\n## Bug fixes\n\nDice no longer roll twice.\n`;
    assert.equal(kindAt(page('Fari v4.0.0', "This release has been in the making since November of 2020 so it's a big one."), '/docs/blog.md'), 'launch');
    assert.equal(kindAt(page('Fari v4.0.0', 'Fari is a web app to play Fate online.'), '/docs/blog.md'), null);
    assert.equal(kindAt(page('Character sheets', "This release has been in the making since November of 2020 so it's a big one."), '/docs/blog.md'), null);
  });

  it('a list of goals is read line by line: one line that opens like a prompt does not make the others a prompt', () => {
    const brief = (goals: string) => `# Web Preferences API\n\n## Introduction\n\nSites cannot honour a user's preference for one site only.\n\n### Goals\n\n${goals}\n\n### Non-Goals\n\n- Storing arbitrary preferences.\n`;
    const goals = states(brief('- Provide a way for sites to override a given user preference\n- Increase usage of these preferences, leading to a more accessible web'));
    assert.equal(goals.success, 'present');
    assert.equal(goals.why, 'present');
    // (A template's prompts are still prompts, line by line, and one wrapped over two lines is still one.)
    assert.equal(states(brief('- Describe the outcome you want\n- Explain how you will measure it')).success, 'placeholder');
    assert.equal(states(brief('Describe the outcome you want\nand how you will measure it.')).success, 'placeholder');
  });

  it('a title naming a kind of specs in the plural ("… UX Specs") is one feature\'s spec', () => {
    const page = (title: string) => `${title}\n${'='.repeat(title.length)}\n\nSo that I can reduce the number of logins I have, as a Mozilla Add-ons user, I want to switch to a Firefox Account.\n\n## Migrating\n\n* When a user returns, they see a notice.\n`;
    assert.equal(kindAt(page('AMO to Firefox Account Migration UX Specs'), '/features/fxa-migration/README.md'), 'brief');
    // (Without it, one user story is a ticket.)
    assert.equal(kindAt(page('AMO to Firefox Account Migration'), '/features/fxa-migration/README.md'), 'ticket');
  });

  it('a post kept in a design history is a spec even when its summary tells what changed', () => {
    const post = '---\ntitle: How users can publish forms\ndescription: We redesigned the form publishing process, allowing users to publish directly from draft to live.\ndate: 2024-04-25\n---\n\nThe goal is to let users publish a form immediately.\n\n## How it works\n\nA new form starts as a draft.\n';
    assert.equal(kindAt(post, '/work/defra-forms-designer-history/app/posts/2024-04-25-versioning.md'), 'brief');
    assert.equal(kindAt(post, '/work/forms-design-history/app/posts/2024-04-25-versioning.md'), 'brief');
    // (Elsewhere a dated post that says so announces a launch.)
    assert.equal(kindAt(post, '/work/forms-blog/posts/2024-04-25-versioning.md'), 'launch');
  });

  it('a heading of two questions, or of a question after a clause that sets the scene, names what its questions name', () => {
    const brief = (heading: string) => `# Lobbyist data\n\n## Problem\n\nRenewal dates are missing from the dataset.\n\n## Who will benefit\n\nReporters.\n\n### ${heading}\n\n1. The city adds a dated row for every renewal.\n2. An interactive timeline of lobbyists by client.\n`;
    assert.equal(states(brief('At the end of the weekend, what does success look like? What are your expected outcomes?')).success, 'present');
    assert.equal(states(brief('At the end of the weekend, what does success look like?')).success, 'present');
    // (A question that names no section still names none.)
    assert.equal(states(brief('At the end of the weekend, what will we demo? Who will present it?')).success, 'missing');
  });

  it('a long question names the section it opens with when what follows says what it is about', () => {
    const brief = (heading: string) => `# Lobbyist data\n\n## ${heading}\n\nRenewal dates have to be inferred from expiry dates.\n\n## Goals\n\nA timeline of lobbyists by client.\n`;
    assert.equal(states(brief('What is the problem you are trying to solve by participating in the hackathon?')).problem, 'present');
    // (Not a long question whose opening word is no section: "What data will you be bringing to the team on the day?")
    assert.equal(states(brief('What data will you be bringing to the development team on the day of the hackathon?')).problem, 'missing');
  });

  it('a press page or a Zola post says it announces a launch in its own front-matter fields', () => {
    const press = (heading: string) => `---\ndate: "2022-09-21T17:00:00"\ntitle: Cal-ITP Benefits is the first web tool to link fare discounts to bank cards\nheading: >-\n  ${heading}\n---\n\nCal-ITP Benefits is initially available for people 65 and older.\n`;
    assert.equal(kindAt(press('State of California launches Cal-ITP Benefits, the first online tool for transit riders'), '/site/src/press/benefits.md'), 'launch');
    assert.equal(kindAt(press('Transit riders can link fare discounts to their cards'), '/site/src/press/benefits.md'), null);
    // (An app that launches starts up: no launch announced.)
    assert.equal(kindAt(press('How the app launches when a rider taps a card'), '/site/src/press/benefits.md'), null);
    const zola = (summary: string) => `+++\ntitle = "Graphite progress report (Q2 2024)"\ndate = 2024-07-31\n[extra]\nauthor = "Keavon Chambers"\nsummary = "${summary}"\n+++\n\nGraphite is an open source 2D content creation app.\n\n## Additions\n\n- Boolean path operations.\n`;
    assert.equal(kindAt(zola("Graphite's Q2 2024 update introduces boolean path operations and a new gradient picker."), '/site/content/blog/2024-07-31-progress.md'), 'launch');
    assert.equal(kindAt(zola('A look back at what we learned this spring.'), '/site/content/blog/2024-07-31-progress.md'), null);
  });

  it('a launch note credits the teams who built it together, or the people whose linked work it names', () => {
    const note = (body: string) => `# Cal-ITP Benefits launches\n\nRiders can now link a fare discount to a bank card.\n\n${body}\n`;
    assert.equal(states(note('Cal-ITP Benefits is the product of a collaboration between Cal-ITP and the Digital Identity team at CDT.'), 'launch').credits, 'present');
    assert.equal(states(note('The app was built in collaboration with Monterey-Salinas Transit.'), 'launch').credits, 'present');
    assert.equal(states(note('The app works with any contactless card.'), 'launch').credits, 'missing');
    const report = (n: number) => note(['[Dennis Kobert](https://github.com/truedoctor)', '[Elbert Ronnie](https://github.com/elbertronnie)', '[Adam Gerhant](https://github.com/adamgerhant)'].slice(0, n).map((p) => `- ${p}'s Google Summer of Code project landed.`).join('\n'));
    assert.equal(states(report(2), 'launch').credits, 'present');
    // (One person's work named is one helper, not the people who built the release.)
    assert.equal(states(report(1), 'launch').credits, 'missing');
  });

  it('a post\'s tagline in italics is not its first paragraph: the announcement after it is', () => {
    const post = (tagline: string) => `---\ntitle: "Bluefin LTS: Reinventing the Steel"\nauthors: castrojo\n---\n\n${tagline}\n\nAfter nine months of development Bluefin LTS and Bluefin GDX are now Generally Available.\n\n## Rationale\n\nSome users want a slower release cadence.\n\n## Discussion\n\nTell us what you think.\n\n## Alternatives\n\nStaying on GTS.\n`;
    assert.equal(kindAt(post('_Achillobator giganticus_'), '/docs/blog/2025-09-18-bluefin-lts.md'), 'launch');
    // (A paragraph in italics that goes on is the post's own words.)
    assert.equal(kindAt(post('_Achillobator giganticus_\ncontinues the line of raptors'), '/docs/blog/2025-09-18-bluefin-lts.md'), 'brief');
  });

  it('an opening that calls the document a proposal by what it focuses on or its scope names a spec', () => {
    const doc = (opening: string) => `# IP Protection\n\n## Introduction\n\nIP Protection limits the availability of a user's IP address in third-party contexts.\n\n${opening}\n\n## Proposal\n\n### Privacy Proxy\n\nTraffic goes through two hops.\n`;
    assert.equal(kindAt(doc('To that end, this proposal focuses on limiting the use of IP addresses in a third-party context.'), '/docs/README.md'), 'brief');
    assert.equal(kindAt(doc("As mentioned, the scope of this proposal is limited to Chrome's Incognito mode."), '/docs/README.md'), 'brief');
    assert.equal(kindAt(doc('IP addresses are essential to routing traffic.'), '/docs/README.md'), null);
  });

  it('a blog post that says its features "have been released" announces them', () => {
    const post = (opening: string) => `# News from ioBroker (August-September 2023)\n\n${opening}\n\n## Frigate (August 20, 2023)\n\nAn adapter for the Frigate NVR.\n`;
    assert.equal(kindAt(post("In this blog post, we'll take a look at some of the new adapters and new features that have been released for ioBroker in August and September 2023."), '/docs/blog/en/2023_09_16.md'), 'launch');
    assert.equal(kindAt(post("In this blog post, we'll take a look at some of the adapters people asked about in August and September 2023."), '/docs/blog/en/2023_09_16.md'), null);
  });

  it('an opening that names the document through a link ("The goal of this [specification](…) is") names a spec', () => {
    const doc = (opening: string) => `# A Well-Known URL for Changing Passwords\n\n## Table of Contents\n\n- [Proposal](#proposal)\n\nPassword managers cannot find a site's change-password form.\n\n${opening}\n\n## Proposal\n\nSites redirect \`/.well-known/change-password\` to their form.\n`;
    assert.equal(kindAt(doc('The goal of this [specification](https://w3c.github.io/webappsec-change-password-url/) is to do the simplest possible thing to improve this situation.'), '/docs/README.md'), 'brief');
    assert.equal(kindAt(doc('The goal of [the site](https://example.com/) is to help people.'), '/docs/README.md'), null);
  });

  it('a long "Why not …?" heading weighs an option set aside', () => {
    const brief = (heading: string) => `# Change password URL\n\n## Problem\n\nPassword managers cannot find a site's change-password form.\n\n## Proposal\n\nA well-known URL.\n\n### ${heading}\n\nA header would need every page to carry it.\n`;
    assert.equal(states(brief('Why not allow sites to override this location with an HTTP Link header or an HTML link element?')).alternatives, 'present');
    assert.equal(states(brief('What about servers whose HTTP response codes are unreliable for this location?')).alternatives, 'missing');
  });

  it('a launch note credits changes to their authors in parentheses, by two or more people', () => {
    const note = (items: string) => `# News from ioBroker\n\nNew adapters were released this month.\n\n## Admin\n\n${items}\n`;
    assert.equal(states(note('- (Apollon77) Update Alexa2 adapter.\n- (bluefox) Door lock widget has been added.\n- (bluefox) API has been updated to version 3.'), 'launch').credits, 'present');
    // (One person only, or labels rather than handles, credit no team.)
    assert.equal(states(note('- (bluefox) Door lock widget.\n- (bluefox) API version 3.\n- (bluefox) JSON configuration.'), 'launch').credits, 'missing');
    assert.equal(states(note('- (optional) Door lock widget.\n- (experimental) API version 3.\n- (beta) JSON configuration.'), 'launch').credits, 'missing');
  });

  it('a title by the explainer convention ("… API Explained") names a spec when a heading is a spec section', () => {
    const doc = (title: string, heading: string) => `# ${title}\n\n## ${heading}\n\nMedia on the web does not integrate well with the platform.\n\n## API design\n\nA \`MediaSession\` interface.\n`;
    assert.equal(kindAt(doc('MediaSession API Explained', 'Objectives'), '/docs/explainer.md'), 'brief');
    // (A tutorial that explains something has no spec section.)
    assert.equal(kindAt(doc('Git Branching Explained', 'Branches'), '/docs/git.md'), null);
  });

  it('an explainer\'s "Wouldn\'t this be better as..." heading weighs alternatives', () => {
    const brief = (heading: string) => `# inert\n\n## Problem\n\nModal content leaves the rest of the page focusable.\n\n## Proposal\n\nAn \`inert\` attribute.\n\n## ${heading}\n\nA CSS property would not remove content from the accessibility tree.\n`;
    assert.equal(states(brief("Wouldn't this be better as...")).alternatives, 'present');
    assert.equal(states(brief('Browser support')).alternatives, 'missing');
  });

  it('a launch note that shows its tool\'s output credits no one by the handles in that sample', () => {
    const note = (body: string) => `# git-cliff 2.0.0 is released\n\nThis release brings GitHub integration.\n\n${body}\n`;
    const items = '- @someone made their first contribution in #360\n- @cliffjumper made their first contribution in #389';
    assert.equal(states(note(`Run \`git cliff\` to generate a changelog like the following:\n\n\`\`\`md\n## New Contributors\n\n${items}\n\`\`\``), 'launch').credits, 'missing');
    // (The same items in the post itself credit the people who built it.)
    assert.equal(states(note(`## Changes\n\n${items}`), 'launch').credits, 'present');
  });

  it('a launch note\'s "Contributors to this release" names who built it', () => {
    const note = (line: string) => `# Version 1.0.0 released\n\nWP-CLI v1.0.0 is out today.\n\n## Changes\n\n- Adds \`alias\` to subcommands.\n\n${line}\n`;
    assert.equal(states(note('Contributors to this release (pull requests, documentation, and package authors): [abea](https://github.com/abea), [cobyan](https://github.com/cobyan)'), 'launch').credits, 'present');
    assert.equal(states(note('Report bugs on the issue tracker.'), 'launch').credits, 'missing');
  });

  it('a release\'s notes named by its version between an ordering number and its date, in a changelog folder', () => {
    const notes = '### New Feature: Stock reports\n\n- New button "Reports" on the stock overview page\n\n### Stock\n\n- New product option "Default quantity unit consume"\n';
    assert.equal(kindAt(notes, '/repo/changelog/70_4.0.0_2023-07-29.md'), 'launch');
    assert.equal(kindAt(notes, '/repo/changelog/4.0.0.md'), 'launch');
    // (Not a file in that folder named for something else.)
    assert.equal(kindAt(notes, '/repo/changelog/70_notes_2023-07-29.md'), null);
  });

  it('a dated post titled by a major version ("MapLibre GL JS v3") is a launch note when its opening speaks of this release', () => {
    const post = (opening: string) => `---\ntitle: "MapLibre GL JS v3"\ndate: 2023-05-23\n---\n\n${opening}\n\n## Terrain\n\nTerrain 3D renders faster.\n`;
    assert.equal(kindAt(post('This release is a big step for MapLibre GL JS! Version 3.0.0 is our best release yet.'), '/site/content/news/maplibre-v3/index.md'), 'launch');
    // (A major version alone in a title may name a plan as well as a release.)
    assert.equal(kindAt(post('We are planning the next steps for terrain and globe views.'), '/site/content/news/maplibre-v3/index.md'), null);
  });

  it('"Thanks for all the code contributions!" over a list of who made them credits a release', () => {
    const note = (line: string) => `# MapLibre GL JS 3.0.0 released\n\nVersion 3.0.0 is out.\n\n## Changes\n\n- Terrain 3D renders faster.\n\n${line}\n`;
    assert.equal(states(note('Thanks for all the code contributions!\n\n[@rotu](https://example.com/rotu), [@pramilk](https://example.com/pramilk)'), 'launch').credits, 'present');
    assert.equal(states(note('Contributions are welcome on the issue tracker.'), 'launch').credits, 'missing');
  });

  it('a launch note credits a release by counting its contributors, or by telling the community it helped build it', () => {
    const note = (line: string) => `# Kopia v0.8 released\n\nKopia v0.8 is out.\n\n## Changes\n\n- Faster snapshots.\n\n${line}\n`;
    assert.equal(states(note('There were over 150 changes by 19 contributors which represents a big growth in community engagement.'), 'launch').credits, 'present');
    assert.equal(states(note('This release includes 300 commits from 45 contributors.'), 'launch').credits, 'present');
    assert.equal(states(note('You all helped build authentik into what it is today.'), 'launch').credits, 'present');
    // (Changes counted alone, or a plan that "helped us build" something, credit no one.)
    assert.equal(states(note('There were over 150 changes in this release.'), 'launch').credits, 'missing');
    assert.equal(states(note('While plugins helped us build an ecosystem, they were hard to manage.'), 'launch').credits, 'missing');
  });

  it('a post titled "What’s New in …" with a curly apostrophe, or "<name> v0.6 brings …", is a launch note', () => {
    const post = (title: string) => kindAt(`---\ntitle: "${title}"\ndate: 2024-10-24\n---\n\nThis update focuses on virtual machines.\n\n## Windows on VMs\n\nWindows now runs in a VM.\n`, '/site/content/blog/2024-10-24-post.md');
    assert.equal(post('What’s New in Cozystack v0.17'), 'launch');
    assert.equal(post('fearless_simd v0.6 brings AVX-512 and ways to disable it'), 'launch');
    assert.equal(post('Where our virtual machines are heading'), null);
    // (A design question about showing what is new names no release.)
    assert.equal(post('How might we show the user what’s new and what’s been updated'), null);
  });

  it('"thanks to" a change or a feature means "because of", and credits no one', () => {
    const note = (line: string) => `# Zarr Python 2.3 Release\n\nZarr 2.3 is out.\n\n## Storage\n\n${line}\n`;
    assert.equal(states(note('Thanks to some under-the-hood changes in Zarr 2.3, stores can now be read lazily.'), 'launch').credits, 'missing');
    assert.equal(states(note('Thanks to full codemod support, upgrading takes one command.'), 'launch').credits, 'missing');
    assert.equal(states(note('Thanks to the improvements by @jane, stores can now be read lazily.'), 'launch').credits, 'present');
    assert.equal(states(note('Thanks to Jane Doe for the new storage layer.'), 'launch').credits, 'present');
  });

  it('a dated post filed under a "release-note" tag is a launch note', () => {
    const post = (tags: string) => kindAt(`---\ntitle: Reaching new peaks in continuous delivery\ntags: [ DevOps, ${tags} ]\n---\n\n## Overview\n\nKubeVela is an application platform.\n`, '/site/blog/2021-10-08-blog-1.1.md');
    assert.equal(post('release-note'), 'launch');
    assert.equal(post('community'), null);
  });

  it('a launch note credits "Developed by <team>, …" opening a sentence, and "is primarily the work of …"', () => {
    const note = (line: string) => `# Introducing Rslib\n\nWe are excited to introduce Rslib, a library tool. ${line}\n\n## Features\n\n- Fast builds.\n`;
    assert.equal(states(note('Developed by ByteDance Web Infra Team, Rslib helps developers create libraries.'), 'launch').credits, 'present');
    assert.equal(states(note('Reason 3 is primarily the work of [Fred](https://example.com/fred) and [Iwan](https://example.com/iwan).'), 'launch').credits, 'present');
    // (Who made something the work uses is not credited for the work.)
    assert.equal(states(note('It reads the FOCUS spec developed by the FinOps Foundation.'), 'launch').credits, 'missing');
  });

  it('headings that name roles as stories do ("As a service assessor, I need...") state who a brief is for', () => {
    const doc = (heading: string) => `---\ntype: brief\n---\n# Service assessments\n\n## ${heading}\n\n- To know what assessment applies, so that we can prepare.\n\n## Problem\n\nIt is unclear which assessment applies.\n`;
    assert.equal(states(doc('As a service team, we need...')).audience, 'present');
    assert.equal(states(doc('As a service assessor, I need...')).audience, 'present');
    assert.equal(states(doc('Needs')).audience, 'missing');
  });

  it('a launch note that congratulates the teams who built it credits them; "<name> 1.3.0 adds …" announces a release', () => {
    const note = (line: string) => `# Tackle 2.0\n\nTackle 2.0 is now available.\n\n## Features\n\n- Faster analysis.\n\n${line}\n`;
    assert.equal(states(note('I would like to congratulate the engineering teams involved in the development of this release.'), 'launch').credits, 'present');
    assert.equal(states(note('Read the docs to get started.'), 'launch').credits, 'missing');
    const post = (description: string) => kindAt(`---\ntitle: "Running on Windows"\ndescription: "${description}"\ndate: 2022-05-20\n---\nSPIRE issues workload identities.\n`, '/site/content/blog/2022-05-20-windows/index.md');
    assert.equal(post('SPIRE 1.3.0 adds experimental support for running the Server and Agent on Windows.'), 'launch');
    assert.equal(post('How SPIRE issues identities to workloads on Windows.'), null);
  });

  it('a dated post titled by a version with an apostrophe in its name, or that says "I\'m releasing version 1.0", "we are open sourcing", "<name> releases v1.1", is a launch note', () => {
    const post = (title: string, opening: string) => kindAt(`---\nlayout: post\ntitle: "${title}"\n---\n\n${opening}\n\n## Details\n\nSome details.\n`, '/site/doc/_posts/2023-07-28-post.md');
    assert.equal(post("Cap'n Proto 1.0", 'It has been ten years since the first release.'), 'launch');
    assert.equal(post('Looking back', 'Today I\'m releasing version 1.0 of the C++ implementation.'), 'launch');
    assert.equal(post('Welcome', 'Today we are open sourcing Abseil, a collection of libraries.'), 'launch');
    assert.equal(post('OpenEBS community releases v1.1, maintaining a faster cadence.', 'In this blog, I will summarise the changes.'), 'launch');
    assert.equal(post('Looking back', 'It has been ten years since the first release.'), null);
  });

  it('a byline on its own line is not the opening paragraph a launch is read from', () => {
    const post = (byline: string) => kindAt(`---\ntitle: Welcome to Abseil!\n---\n\n### A New Common Libraries Project\n\n${byline}\n\nToday we are open sourcing [Abseil](https://abseil.io), a collection of libraries.\n`, '/site/_posts/2017-09-26-welcome-to-abseil.md');
    assert.equal(post('By [Titus Winters](mailto:titus@example.com), Abseil Lead'), 'launch');
    assert.equal(post('These libraries underpin almost everything we run.'), null);
  });

  it('a launch note credits changes whose links close with the handles of who made them; "your whole team" is the reader\'s, not the builders', () => {
    const note = (body: string) => `# Clusterpedia 0.2.0\n\nClusterpedia 0.2.0 is now available.\n\n## Release Notes\n\n${body}\n`;
    const items = '* Support Helm Charts ([#53](https://example.com/53), @calvin0327, @wzshiming)\n* Fuzzy search ([#117](https://example.com/117), @cleverhu)\n* Search by owner ([#91](https://example.com/91), @Iceber)';
    assert.equal(states(note(items), 'launch').credits, 'present');
    assert.equal(states(note(items.replace(/, @[\w-]+/g, '')), 'launch').credits, 'missing');
    assert.equal(states(note('How does it help with getting your whole team to write Terraform?'), 'launch').credits, 'missing');
    assert.equal(states(note('It was a huge effort by the whole team.'), 'launch').credits, 'present');
  });

  it('a launch note credits its builders with a round of applause or gratitude expressed', () => {
    const note = (line: string) => `# Glasskube Beta\n\nGlasskube Beta is now available.\n\n## Packages\n\n- More packages.\n\n${line}\n`;
    assert.equal(states(note('Everybody involved deserves a huge round of applause.'), 'launch').credits, 'present');
    assert.equal(states(note('We would like to express our gratitude by sharing the author\'s profile link.'), 'launch').credits, 'present');
    assert.equal(states(note('Everybody can install it today.'), 'launch').credits, 'missing');
  });

  it('a title naming a spec by its version is that version released ("AsyncAPI Spec 2.4.0 Release Notes"); a dated post titled by a version may carry a subtitle after a dash', () => {
    const post = (title: string) => kindAt(`---\ntitle: "${title}"\ndate: 2022-04-28\n---\n\nWe write about our work here.\n\n## Details\n\nSome details.\n`, '/site/blog/post.md');
    assert.equal(post('AsyncAPI Spec 2.4.0 Release Notes'), 'launch');
    assert.equal(post('Video.js v4.7.0 - Built mostly by NEW contributors!'), 'launch');
    assert.equal(post('AsyncAPI Spec Release Notes'), 'brief');
    assert.equal(post('Video.js - Built mostly by NEW contributors!'), null);
  });

  it('"thanks to" the product a note is about, or to "extensive use of" a technique, credits no one; "who contributed to this release" does', () => {
    const note = (line: string) => `# Introducing StyleX\n\nStyleX is now available.\n\n## Features\n\n- Atomic styles.\n\n${line}\n`;
    assert.equal(states(note("We're expanding support for cross-platform styling, thanks to StyleX."), 'launch').credits, 'missing');
    assert.equal(states(note('The cycles are gone, thanks to extensive use of dependency injection.'), 'launch').credits, 'missing');
    assert.equal(states(note('It is fast, thanks to StyleX contributors.'), 'launch').credits, 'present');
    assert.equal(states(note('It is fast, thanks to Jane Doe.'), 'launch').credits, 'present');
    assert.equal(states(note('Thanks always to all the developers who contributed to this release.'), 'launch').credits, 'present');
  });

  it('"team" before another noun in a heading is not a Credits heading ("… org and team memberships on GitHub")', () => {
    const note = (heading: string) => `# Pinniped 0.31\n\nPinniped 0.31 is now available.\n\n## ${heading}\n\nSessions follow org changes.\n`;
    assert.equal(states(note('Control new and existing sessions by changing org and team memberships on GitHub'), 'launch').credits, 'missing');
    assert.equal(states(note('The team'), 'launch').credits, 'present');
  });

  it('"Thanks a lot to @a, @b" credits the people named; a dated post named "release-<version>" in a blog folder is a launch note', () => {
    const note = (line: string) => `# Luau type checking\n\nType checking is now available.\n\n## Details\n\n- Strict mode.\n\n${line}\n`;
    assert.equal(states(note('Thanks a lot to @Apakovtac, @EthicalRobot and @zeuxcg!'), 'launch').credits, 'present');
    assert.equal(states(note('Thanks a lot for reading!'), 'launch').credits, 'missing');
    const post = (file: string) => kindAt(`---\nlayout: post\ntitle: 'Settings UI, Welcome UI and more'\ndate: 2023-09-19 13:53\n---\n\nThis post also covers other changes.\n\n### Highlight\n\nA new window API.\n`, `/rio/docs/blog/${file}`);
    assert.equal(post('2023-09-19-release-0.0.19.md'), 'launch');
    assert.equal(post('2023-09-19-settings-ui.md'), null);
  });

  it('a post of "type: blog" titled "Introducing …" announces a launch; "We can\'t thank them enough for their work" credits the builders', () => {
    const post = (title: string) => kindAt(`---\ntitle: "${title}"\ntype: blog\ndate: "2024-10-22"\n---\n\nSince the beginning of the project, we have been thinking about what comes next.\n\n## Kitten 10\n\nA preview.\n`, '/site/content/blog/2024-10-22-kitten.md');
    assert.equal(post('Introducing AlmaLinux OS Kitten'), 'launch');
    assert.equal(post('Thinking about what comes next'), null);
    const note = (line: string) => `# AlmaLinux Kitten 10\n\nKitten 10 is now available.\n\n## Backgrounds\n\nNew desktop backgrounds. ${line}\n`;
    assert.equal(states(note("We can't thank them enough for their work."), 'launch').credits, 'present');
    assert.equal(states(note('We hope you enjoy them.'), 'launch').credits, 'missing');
  });

  it('a dated post titled by a major version with a subtitle ("tusd v2: better hooks, …") is a launch note when its opening speaks of the release', () => {
    const post = (title: string, opening: string) => kindAt(`---\ntitle: '${title}'\ndate: 2023-09-20\n---\n\n${opening}\n\n## Hooks\n\nBetter hooks.\n`, '/site/src/content/blog/hooks.md');
    assert.equal(post('tusd v2: better hooks, network resilience and IETF protocol', 'We are happy to say that tusd v2 is finished! The release is ready for production.'), 'launch');
    assert.equal(post('tusd v2: better hooks, network resilience and IETF protocol', 'Hooks let you run code when an upload finishes.'), null);
    assert.equal(post('Templates v2: a plan', 'We are thinking about templates.'), null);
  });

  it('a post titled by a version with an exclamation ("Tskit 1.0.0!") is a launch note', () => {
    const post = (title: string) => kindAt(`---\nlayout: news\ntitle: ${title}\ndescription: The library comes of age.\nauthor: Yan Wong\n---\n\nThe library has reached a milestone.\n\n## Details\n\nSome details.\n`, '/site/_news/20261601-tskit-1.0.md');
    assert.equal(post('Tskit 1.0.0!'), 'launch');
    assert.equal(post('Tskit at ten!'), null);
  });

  it('release notes named so ("release-notes-5.7.0.md", "RELEASE_NOTES.md"), a news file announcing a release, and posts named for a release or titled "The all new …" are launch notes', () => {
    const notes = `Notable changes\n===============\n\nThe script is now deprecated.\n\nFixes\n-----\n\n- A crash on start.\n`;
    assert.equal(kindAt(notes, '/zcash/doc/release-notes/release-notes-5.7.0.md'), 'launch');
    assert.equal(kindAt(notes, '/passbolt/RELEASE_NOTES.md'), 'launch');
    assert.equal(kindAt(notes, '/zcash/doc/release-notes/five-seven.md'), null);
    const news = (opening: string) => kindAt(`**February 10, 2022**: ${opening}\n\nIMPORTANT NOTE: the last version to support PostgreSQL 8.3.\n`, '/pgbackrest/doc/NEWS.md');
    assert.equal(news('Crunchy Data is pleased to announce the release of pgBackRest 2.37.'), 'launch');
    assert.equal(news('pgBackRest is a backup and restore tool.'), null);
    const body = `---\ntitle: Shipping your code to cloud with Scala\n---\n\nA wider perspective on the cloud.\n\n## Setup\n\nSome steps.\n`;
    assert.equal(kindAt(body, '/besom/website/blog/2024-03-01-0.2.x-release.md'), 'launch');
    assert.equal(kindAt(body, '/wren/doc/site/blog/3-0.4.0-released.markdown'), 'launch');
    assert.equal(kindAt(body, '/pixls/src/blog/posts/2015-05-07 Launch/index.md'), 'launch');
    assert.equal(kindAt(body, '/besom/website/blog/2024-03-01-shipping-to-cloud.md'), null);
    const titled = (title: string) => kindAt(`---\ntitle: '${title}'\ndate: 2020-10-29\n---\n\nIt has been a busy year.\n\n## Website\n\nA new home.\n`, '/open-wc/docs/blog/the-year/index.md');
    assert.equal(titled('The all new Open Web Components'), 'launch');
    assert.equal(titled('The year of Open Web Components'), null);
  });

  it('"contributed by <name>", pull requests counted "from more than 20 contributors" and a changelog by author ("Jack Grigg (53):") credit a release', () => {
    const note = (line: string) => `# RethinkDB 2.3\n\nRethinkDB 2.3 is now available.\n\n## Encryption\n\n${line}\n`;
    assert.equal(states(note('It includes TLS support, contributed by [Josh Hawn][].\n\n[Josh Hawn]: https://github.com/jh'), 'launch').credits, 'present');
    assert.equal(states(note('The project received over 250 pull requests, from more than 20 contributors.'), 'launch').credits, 'present');
    assert.equal(states(note('It includes TLS support.'), 'launch').credits, 'missing');
    const shortlog = (authors: string[]) => states(note(`Changelog\n=========\n\n${authors.map((a) => `${a}:\n      Fix a crash\n`).join('\n')}`), 'launch').credits;
    assert.equal(shortlog(['Jack Grigg (53)', 'Sean Bowe (5)']), 'present');
    assert.equal(shortlog(['Jack Grigg (53)']), 'missing');
  });

  it('from round zzzzzzzzzzzzi: pages among release notes titled by a version or a month, release notes named "rl-2.92" or "ch1_7_0" or kept by series, SvelteKit posts and posts opening "announcing-" are launch notes', () => {
    const body = `Some fixes.\n\n## Fixes\n\n- A crash on start.\n`;
    const titled = (title: string, path: string) => kindAt(`---\ntitle: "${title}"\n---\n\n${body}`, path);
    assert.equal(titled('Xamarin.Android 7.2', '/xamarin/release-notes/android/xamarin.android_7.2/index.md'), 'launch');
    assert.equal(titled('May 2024', '/semgrep/docs/release-notes/may-2024.mdx'), 'launch');
    assert.equal(titled('Getting started', '/semgrep/docs/release-notes/getting-started.mdx'), null);
    assert.equal(titled('May 2024', '/semgrep/docs/guides/may-2024.mdx'), null);
    assert.equal(kindAt(body, '/lix/doc/manual/src/release-notes/rl-2.92.md'), 'launch');
    assert.equal(kindAt(body, '/tlaplus/general/docs/changelogs/ch1_7_0.md'), 'launch');
    assert.equal(kindAt(body, '/scala-native/docs/changelog/0.4.x/0.4.4.md'), 'launch');
    assert.equal(kindAt(body, '/scala-native/docs/guides/0.4.x/0.4.4.md'), null);
    assert.equal(kindAt(body, '/obra/docs/src/routes/blog/(posts)/1-4-0-released/+page.md'), 'launch');
    assert.equal(kindAt(body, '/httptoolkit/src/content/posts/announcing-terminal-interception.mdx'), 'launch');
    assert.equal(kindAt(body, '/httptoolkit/src/content/posts/terminal-interception.mdx'), null);
    const post = (title: string) => kindAt(`---\ntitle: '${title}'\ndate: 1737978700\n---\n\nNew year, new things.\n\n## Fixes\n\nSome fixes.\n`, '/hyprland/src/content/news/update47.md');
    assert.equal(post('Hyprland 0.47.0 has arrived!'), 'launch');
    assert.equal(post('Jest 14.0: React Tree Snapshot Testing'), 'launch');
    assert.equal(post('Spring has arrived!'), null);
  });

  it('"50+ developers contributing" credits a release; "thanks to the move to inotify" does not', () => {
    const note = (line: string) => `# Label Studio 1.0\n\nLabel Studio 1.0 is now available.\n\n## Changes\n\n${line}\n`;
    assert.equal(states(note('After 1000+ commits and 50+ developers contributing minor and major parts, it is here.'), 'launch').credits, 'present');
    assert.equal(states(note('After 1000+ commits, it is here.'), 'launch').credits, 'missing');
    assert.equal(states(note('- config should now be reloaded faster thanks to the move to inotify'), 'launch').credits, 'missing');
    assert.equal(states(note('- config should now be reloaded faster thanks to Ana'), 'launch').credits, 'present');
  });

  it('from round zzzzzzzzzzzzq: notes in a "relnotes" folder, "RELEASE_NOTES_LATEST.md", a dated page among release notes, an MDX post whose opening follows its imports, and release notes whose first heading is a section', () => {
    const body = `Some fixes.\n\n## Fixes\n\n- A crash on start.\n`;
    assert.equal(kindAt(body, '/rubocop/relnotes/v1.70.0.md'), 'launch');
    assert.equal(kindAt(body, '/rubocop/docs/v1.70.0.md'), null);
    assert.equal(kindAt(body, '/typedb/RELEASE_NOTES_LATEST.md'), 'launch');
    assert.equal(kindAt(`# Rollout of a new engine\n\n${body}`, '/codacy/docs/release-notes/cloud/cloud-2023-11-23-new-engine.md'), 'launch');
    assert.equal(kindAt(`# Rollout of a new engine\n\n${body}`, '/codacy/docs/release-notes/cloud/new-engine.md'), null);
    const mdx = (opening: string) => kindAt(`---\ntitle: Exploring the data, no SQL required\n---\n\nimport useBaseUrl from '@docusaurus/useBaseUrl';\n\n${opening}\n\n## How\n\nSome steps.\n`, '/overture/blog/2024-07-24-explore-site.mdx');
    assert.equal(mdx('Overture has launched a new browser-based tool.'), 'launch');
    assert.equal(mdx('Overture data can be read in many ways.'), null);
    const moodle = `---\ntitle: Moodle 5.1\ndescription: The release notes for Moodle version 5.1.0.\n---\n\n## Server requirements\n\nPHP 8.2.\n\n## Major features\n\nA new course page.\n`;
    assert.equal(kindAt(moodle, '/moodle/general/releases/5.1.md'), 'launch');
  });

  it('a changelog whose entries close with "(@handle - Full Name)" credits its authors; "thanks to its web-based interface" and "binaries built by upstream vendor" do not', () => {
    const note = (lines: string) => `# hsd 4.0\n\nhsd 4.0 is now available.\n\n## Changelog\n\n${lines}\n`;
    const entries = ['Enable tree compaction. (@pinheadmz - Matthew Zipkin & @nodech - Nodari Chkuaselidze)', 'Add a checkpoint. (@nodech - Nodari Chkuaselidze)', 'Emit block events. (@rithvik - Rithvik Vibhu)'];
    assert.equal(states(note(entries.map((e) => `- ${e}`).join('\n')), 'launch').credits, 'present');
    assert.equal(states(note(entries.map((e) => `- ${e.replace(/ \(.*\)$/, '')}`).join('\n')), 'launch').credits, 'missing');
    assert.equal(states(note('It simplifies downloading, thanks to its web-based user interface.'), 'launch').credits, 'missing');
    assert.equal(states(note('| spice-client | Contains binaries built by upstream vendor |\n| --- | --- |'), 'launch').credits, 'missing');
    assert.equal(states(note('The installer was built by the release team.'), 'launch').credits, 'present');
  });

  it('from round zzzzzzzzzzzzy: version-named notes in a "changehistory" folder or one level under "releases", an ANNOUNCE file that announces a release, and "We had 28 contributors this update!"', () => {
    const body = `Some fixes.\n\n## Fixes\n\n- A crash on start.\n`;
    assert.equal(kindAt(body, '/itwinjs/docs/changehistory/4.3.0.md'), 'launch');
    assert.equal(kindAt(body, '/thingsboard/_includes/docs/releases/releases-table/v4.0.0.md'), 'launch');
    assert.equal(kindAt(body, '/thingsboard/_includes/docs/guides/tables/v4.0.0.md'), null);
    assert.equal(kindAt(`The Wine development release 10.8 is now available.\n\n${body}`, '/wine/ANNOUNCE.md'), 'launch');
    assert.equal(kindAt(`Wine runs Windows programs on Linux.\n\n${body}`, '/wine/ANNOUNCE.md'), null);
    const note = (line: string) => `# RuneLite 1.10\n\nRuneLite 1.10 is now available.\n\n## New commits\n\n${line}\n`;
    assert.equal(states(note('We had 28 contributors this update!'), 'launch').credits, 'present');
    assert.equal(states(note('We had 28 fixes this update!'), 'launch').credits, 'missing');
  });

  it('from round zzzzzzzzzzzzzg: a Pelican post\'s metadata lines are not its opening; "with the help of many contributors" and "built with love by" credit; "requires the whole team to participate" does not', () => {
    // (Since round zzzzzzzzzzzzzzzzzzza the lines are read as the post's front matter, so a title that announces, "poliastro
    // 0.7.0 released", says it alone: the opening is tested under a title that does not.)
    const pelican = (opening: string) => kindAt(`Title: poliastro in the classroom\nDate: 2017-09-15 11:00 CEST\nAuthor: Juan Luis\n\n${opening}\n\n## Changes\n\nSome changes.\n`, '/poliastro/content/articles/2017-09-15-poliastro-070.md');
    assert.equal(pelican('It fills us with joy to announce the release of poliastro 0.7.0!'), 'launch');
    assert.equal(pelican('Orbits can be drawn in a notebook.'), null);
    const note = (line: string) => `# Fabric for 1.21\n\nFabric for 1.21 is now available.\n\n## Changes\n\n${line}\n`;
    assert.equal(states(note('With the help of many contributors, Fabric API has received some new features.'), 'launch').credits, 'present');
    assert.equal(states(note('With the help of this tool, mods load faster.'), 'launch').credits, 'missing');
    assert.equal(states(note('Built with love by folks from Microsoft, SUSE and Fermyon.'), 'launch').credits, 'present');
    assert.equal(states(note('Security requires the whole team to participate and engage.'), 'launch').credits, 'missing');
    assert.equal(states(note("It's been a huge effort by the whole team."), 'launch').credits, 'present');
    assert.equal(states(note('The whole team worked on this release.'), 'launch').credits, 'present');
  });

  it('from round zzzzzzzzzzzzzo: "8.41.0 release (2024-11-28)" and "Apache ECharts 5.5.0 Features" are release titles, and a "release-note" folder keeps one file per release', () => {
    const body = `Some fixes.\n\n## Fixes\n\n- A crash on start.\n`;
    assert.equal(kindAt(`# 8.41.0 release (2024-11-28)\n\n${body}`, '/openrewrite/docs/changelog/earlier-releases/8-41-0-Release.md'), 'launch');
    assert.equal(kindAt(`# Apache ECharts 5.5.0 Features\n\n${body}`, '/echarts/contents/en/basics/guides/features.md'), 'launch');
    assert.equal(kindAt(`# Apache ECharts Features\n\n${body}`, '/echarts/contents/en/basics/guides/features.md'), null);
    assert.equal(kindAt(body, '/echarts/contents/en/basics/release-note/5-5-0.md'), 'launch');
    assert.equal(kindAt(body, '/echarts/contents/en/basics/guides/5-5-0.md'), null);
  });

  it('from round zzzzzzzzzzzzzw: a version\'s "CHANGELOG-v3.24.md" in a changelog folder and a title "Release notes for Gluster 6.0" are release notes; "developed by us", "thanks to a … engine" and "thanks to KMS" credit no one', () => {
    const body = `Some fixes.\n\n## Fixes\n\n- A crash on start.\n`;
    assert.equal(kindAt(body, '/phaser/changelog/3.24/CHANGELOG-v3.24.md'), 'launch');
    assert.equal(kindAt(body, '/phaser/docs/3.24/CHANGELOG-v3.24.md'), null);
    const gluster = (title: string) => kindAt(`# ${title}\n\nThis is a major release with stability fixes.\n\n## Major issues\n\nNone.\n\n## Goals\n\nFaster volumes.\n\n## Non-goals\n\nNew clients.\n\n## Alternatives considered\n\nNone.\n`, '/gluster/docs/notes.md');
    assert.equal(gluster('Release notes for Gluster 6.0'), 'launch');
    assert.equal(gluster('Static site soft launch'), 'brief');
    const note = (line: string) => `# WebVM 2.0\n\nWebVM 2.0 is now available.\n\n## Changes\n\n${line}\n`;
    assert.equal(states(note('It runs on CheerpX, a virtualization engine developed by us at Leaning Technologies.'), 'launch').credits, 'missing');
    assert.equal(states(note('Notify was developed by the CDS platform team.'), 'launch').credits, 'present');
    assert.equal(states(note('It runs faster, thanks to a vastly improved virtualization engine.'), 'launch').credits, 'missing');
    assert.equal(states(note('It runs faster, thanks to a contribution from @jane.'), 'launch').credits, 'present');
    assert.equal(states(note("Thanks to _KMS_ it's possible to move from boot to Xorg without flicker."), 'launch').credits, 'missing');
    assert.equal(states(note('Thanks to the KDE team for the new theme.'), 'launch').credits, 'present');
  });

  it('from round zzzzzzzzzzzzzze: versions in a "notes" folder, a version\'s "RN", a post that is "excited to release" or tagged "Release" are launch notes; "thanks to moving…" and "thanks to code imported from…" credit no one, "a community contribution from @x" does', () => {
    const body = `Some fixes.\n\n## Fixes\n\n- A crash on start.\n`;
    assert.equal(kindAt(body, '/sbt/notes/1.1.0.markdown'), 'launch');
    assert.equal(kindAt(body, '/bloop/notes/v1.3.0.md'), 'launch');
    assert.equal(kindAt(body, '/team/notes/2023-05-01.md'), null);
    assert.equal(kindAt(body, '/percona/docs/RN/Kubernetes-Operator-for-PSMONGODB-RN1.16.0.md'), 'launch');
    assert.equal(kindAt(body, '/percona/docs/Kubernetes-Operator-for-PSMONGODB.md'), null);
    const post = (opening: string) => kindAt(`---\ntitle: "OpenFlamingo v2: New Models"\ndate: "June 28 2023"\n---\n\n[[GitHub]](https://example.org)\n\n${opening}\n\n## Training\n\nText.\n`, '/laion/blog/open-flamingo-v2.md');
    assert.equal(post('**Today, we are excited to release five trained OpenFlamingo models.**'), 'launch');
    assert.equal(post('**Today, we look back at how OpenFlamingo models were trained.**'), null);
    const tagged = (tag: string) => kindAt(`---\ntitle: Tempest is beta\nauthor: brent\ntag: ${tag}\n---\n\nTwo years ago, Tempest started out as a side project.\n`, '/tempest/src/Web/Blog/articles/2025-05-08-beta-1.md');
    assert.equal(tagged('Release'), 'launch');
    assert.equal(tagged('Thoughts'), null);
    const note = (line: string) => `# Agda 2.6.2.1\n\nAgda 2.6.2.1 is now available.\n\n## Changes\n\n${line}\n`;
    assert.equal(states(note('The LaTeX backend is faster, thanks to moving the wrapping into the macro.'), 'launch').credits, 'missing');
    assert.equal(states(note('Thanks to code imported from the Spring boot loader, launchers start faster.'), 'launch').credits, 'missing');
    assert.equal(states(note('Thanks to @jane for moving the wrapping into the macro.'), 'launch').credits, 'present');
    assert.equal(states(note('This feature is a community contribution from [@Daluur](https://github.com/Daluur).'), 'launch').credits, 'present');
  });

  it('from round zzzzzzzzzzzzzzm: thanks to a vendor "for supplying" a tool, to someone "for suggesting" a change, or to a project linked by its repository credit no one', () => {
    const note = (line: string) => `# Play 2.3\n\nPlay 2.3 is now available.\n\n## Changes\n\n${line}\n`;
    assert.equal(states(note('Thank you to YourKit for supplying us with their Java profiler.'), 'launch').credits, 'missing');
    assert.equal(states(note('Thanks to kolbycrouch for suggesting this optimization.'), 'launch').credits, 'missing');
    assert.equal(states(note('We thank Andrea Aime for the development and NOAA for sponsoring the work.'), 'launch').credits, 'present');
    assert.equal(states(note('Thanks to kolbycrouch for implementing this optimization.'), 'launch').credits, 'present');
    assert.equal(states(note("That's right! Thanks to [tonic](https://github.com/hyperium/tonic), we now have support for gRPC."), 'launch').credits, 'missing');
    assert.equal(states(note('Thanks to [@jane](https://github.com/jane), we now have support for gRPC.'), 'launch').credits, 'present');
  });

  it('from round zzzzzzzzzzzzzzu: a beta release titled with its date, a page in "release_announcements", a version\'s folder among release notes, a "RELEASE.md" titled by a version and a post saying "is finally released" are launch notes; "was designed by [Name]" credits, "designed by our team" and a "Thanks for reading" heading do not', () => {
    const body = `Some fixes.\n\n## Fixes\n\n- A crash on start.\n`;
    assert.equal(kindAt(`# Beta release 5.0.0beta1 (24 Dec 2024)\n\n${body}`, '/easybuild/docs/easybuild-v5/5.0.0beta1.md'), 'launch');
    assert.equal(kindAt(`# Beta release checklist\n\n${body}`, '/easybuild/docs/checklist.md'), null);
    assert.equal(kindAt(`---\ntitle: Keptn 0.7.1\n---\n\nKeptn 0.7.1 improves the installation.\n`, '/keptn/content/docs/news/release_announcements/keptn-071/index.md'), 'launch');
    assert.equal(kindAt(body, '/wp-editor/release-note/10.2.1/en-US.md'), 'launch');
    assert.equal(kindAt(body, '/wp-editor/guide/10.2.1/en-US.md'), null);
    assert.equal(kindAt(`# liboqs version 0.16.0\n\nliboqs is a C library.\n`, '/liboqs/RELEASE.md'), 'launch');
    assert.equal(kindAt(`# Release process\n\nTag the commit, then publish.\n`, '/liboqs/RELEASE.md'), null);
    const post = (opening: string) => kindAt(`${opening}\n\n# core-js@3 and a look into the future\n\nWhat is core-js?\n`, '/core-js/docs/2019-03-19-core-js-3.md');
    assert.equal(post('After 1.5 years of development, **core-js@3** is finally released.'), 'launch');
    assert.equal(post('core-js is released under the MIT licence.'), null);
    const note = (line: string) => `# Lonboard 0.15\n\nLonboard 0.15 is now available.\n\n## Changes\n\n${line}\n`;
    assert.equal(states(note('This logo was designed by [Gus Becker], and continues the pun.'), 'launch').credits, 'present');
    assert.equal(states(note('It ships a set of wallpapers, designed by our team and community.'), 'launch').credits, 'missing');
    assert.equal(states(`# Modern Web\n\nModern Web is now available.\n\n## Thanks for reading\n\nWritten by the core team.\n`, 'launch').credits, 'missing');
    assert.equal(states(`# Modern Web\n\nModern Web is now available.\n\n## Thanks\n\n@jane and @ana built the dev server.\n`, 'launch').credits, 'present');
  });

  it('from round zzzzzzzzzzzzzzzc: "releasenotes/release-1.4.0.md", "release_notes/ProxySQL_v1.4.4.md", Octave\'s "NEWS.10.md" and "excited to finally announce" name launch notes', () => {
    const body = `Some fixes.\n\n## Fixes\n\n- A crash on start.\n`;
    assert.equal(kindAt(body, '/sao/_draft/releasenotes/release-1.4.0.md'), 'launch');
    assert.equal(kindAt(body, '/sao/_draft/guides/release-1.4.0.md'), null);
    assert.equal(kindAt(body, '/proxysql/doc/release_notes/ProxySQL_v1.4.4.md'), 'launch');
    assert.equal(kindAt(body, '/proxysql/doc/release_notes/ProxySQL_setup.md'), null);
    assert.equal(kindAt(body, '/octave/etc/NEWS.10.md'), 'launch');
    assert.equal(kindAt(body, '/octave/etc/NEWS-howto.md'), null);
    const post = (opening: string) => kindAt(`---\ndate: 2023-12-25\n---\n\n# Hello, Mesop\n\n${opening}\n\n## Why Mesop?\n\nText.\n`, '/mesop/docs/blog/posts/hello-mesop.md');
    assert.equal(post("After two months, I'm excited to finally announce the first version of Mesop, v0.1."), 'launch');
    assert.equal(post('After two months, I want to explain how Mesop renders a page.'), null);
  });
  it("a course's numbered plan questions name their sections, and the plan is a spec (round zzzzzzzzzzzzzzzk)", () => {
    const plan = [
      '# SickKids Uroflowmetry', '', '## Product Details', '',
      '#### Q1: What are you planning to build?', '', 'An app that records urine flow at home.', '',
      '#### Q2: Who are your target users?', '', 'Children with voiding problems and their parents.', '',
      '#### Q3: Why would your users choose your product? What are they using today to solve their problem/need?', '',
      'Today they travel to the clinic for every test.', '',
    ].join('\n');
    assert.equal(kindAt(plan, '/repo/deliverable-1/planning.md'), 'brief');
    assert.equal(states(plan).audience, 'present');
    // A quarter's heading is no question: "Q3: Goals" is read as it always was.
    assert.equal(kindAt('# Roadmap\n\n## Q3: Ship the beta\n\nText.\n', '/repo/docs/roadmap.md'), null);
  });
  it("a template's prompt with its own example is unwritten (OpenShift's enhancement template, round zzzzzzzzzzzzzzzk)", () => {
    const doc = [
      '# Ansible operator developer experience', '', '## Open Questions (optional)', '',
      'This is where to call out areas of the design that require closure before deciding',
      'to implement the design.  For instance,',
      ' > 1. This requires exposing previously private resources which contain sensitive',
      '  information.  Can we do this?', '', '## Summary', '', 'We plan to improve the developer experience.', '',
      '## Alternatives', '', 'None', '',
    ].join('\n');
    assert.equal(states(doc).alternatives, 'placeholder');
    // An open question of the design itself is still written.
    assert.equal(states(doc.replace('This is where to call out areas of the design that require closure before deciding\nto implement the design.  For instance,\n', '')).alternatives, 'present');
  });
  it("a post whose summary tells what the product now does announces it (round zzzzzzzzzzzzzzzv)", () => {
    const post = (excerpt: string) => kindAt(`---\ntitle: Linting code for LLMs with tree-sitter\nexcerpt: ${excerpt}\n---\n\n# Linting code for LLMs\n\nSome text.\n`, '/aider/website/_posts/2024-05-22-linting.md');
    assert.equal(post('Aider now lints code after every LLM edit and automatically fixes errors.'), 'launch');
    // A pronoun's "now" tells no product's news.
    assert.equal(post('It now seems that linting helps: here is how we measured it.'), null);
    assert.equal(post('This now means that linting is a step of every edit.'), null);
  });
  it("a heading further down is no title when the front matter holds one (round zzzzzzzzzzzzzzzv)", () => {
    const post = (title: string) => kindAt(`---\nslug: fury_0_3_0_release\ntitle: ${title}\n---\n\nI'm pleased to announce the 0.3.0 release of Fury.\n\nFor a long time, scala serialization was tricky.\n\n## Scala Serialization Guide\n\nInstall it.\n`, '/fury-site/blog/2023-11-04-fury_0_3_0_release.md');
    assert.equal(post('Fury v0.3.0 released'), 'launch');
    // The front matter's own title still says what the page is.
    assert.equal(post('Scala Serialization Guide'), null);
  });
  it("problem-before-solution: a decision record that opens with its Decision and states no problem has none to put first (round zzzzzzzzzzzzzzzv)", () => {
    const pbs = (text: string) => lint(text, { rules: sectionRules, filePath: '/docs/x.md', config: configOf('brief') })
      .diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length;
    const adr = '# The token service must always be embedded\n\n## Decision\n\nThe token service will only be run inside the identity hub.\n\n## Rationale\n\nThe two are tightly coupled, and running them apart doubles the work of running them.\n';
    assert.equal(pbs(adr), 0);
    // With a problem stated after the decision, the decision still comes first.
    assert.equal(pbs(adr + '\n## Problem\n\nOperators cannot run the token service without the hub today, and they lose tokens when it restarts.\n'), 1);
  });
  it("a use case's postconditions are what gets checked once it has run (round zzzzzzzzzzzzzzzza)", () => {
    const useCase = (heading: string) => `# 16. Search taxon names\n\n## Background/Motivation\n\nA user wants to find information about a taxon.\n\n## Course of events\n\n1. User enters a name\n\n## ${heading}\n\n1. User selects the correct taxon.\n`;
    assert.equal(states(useCase('Success post-conditions'), 'ticket').acceptance, 'present');
    assert.equal(states(useCase('Postconditions'), 'brief').success, 'present');
    // "Success" before another noun still modifies it.
    assert.equal(states(useCase('Success stories'), 'ticket').acceptance, 'missing');
  });
  it("thanks for suggestions or feedback credit no builder (round zzzzzzzzzzzzzzzza)", () => {
    const note = (line: string) => `# Lumberyard Beta 1.23\n\nLumberyard Beta 1.23 adds new features. ${line}\n\n## Highlights\n\nA new editor.\n`;
    assert.equal(states(note('Thank you to everyone in our community whose suggestions help us continue to make Lumberyard better with every release!'), 'launch').credits, 'missing');
    assert.equal(states(note('Thanks to all of you for your feedback on the beta.'), 'launch').credits, 'missing');
    // The builders thanked, whatever else they gave, are still credited.
    assert.equal(states(note('Thank you to our contributors, whose feedback and code made this release.'), 'launch').credits, 'present');
    assert.equal(states(note('Thank you to everyone who contributed to this release!'), 'launch').credits, 'present');
  });
  it("a blog post dated under its title and titled by a version, and a design's own words (round zzzzzzzzzzzzzzzzi)", () => {
    const post = (dateLine: string) => kindAt(`---\ntitle: 'AWS Copilot v1.24: ECS Service Connect!'\n---\n\n# AWS Copilot v1.24: ECS Service Connect!\n\n${dateLine}\n\nCopilot v1.24 brings several new features.\n`, '/copilot-cli/site/content/blogs/release-v124.en.md');
    assert.equal(post('Posted On: Nov 28, 2022'), 'launch');
    // Undated, a blog page's version title alone does not make it a release's post.
    assert.equal(post('A page about the release process.'), null);
    const design = (opening: string) => kindAt(`# Design for Unison documentation and comments\n\n${opening}\n\n## Comments\n\nText.\n`, '/unison/docs/comments-and-docs.markdown');
    assert.equal(design('This is a rough design of a way to supply commentary and formal documentation for Unison code.'), 'brief');
    assert.equal(design('Comments in Unison can be line comments or block comments.'), null);
  });
  it("a level-1 \"# Contents\" is no second title (round zzzzzzzzzzzzzzzzi)", () => {
    // "# Contents" is no second title: the document's own first heading still is.
    const pbs = (text: string) => lint(text, { rules: sectionRules, filePath: '/docs/x.md', config: configOf('brief') })
      .diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length;
    const doc = (contents: string) => `# Design for future flow modelling in Waltz\n\nA draft.\n\n${contents}## Motivation\n\nWaltz captures current state architecture only and cannot model planned changes, so architects keep them in spreadsheets.\n\n## Proposal\n\nA change set table.\n`;
    assert.equal(pbs(doc('# Contents\n\n- [Motivation](#motivation)\n\n')), 0);
    assert.equal(pbs(doc('')), 0);
  });
  it("a title of a version's features and improvements names its release note (round zzzzzzzzzzzzzzzzq)", () => {
    const page = (title: string) => kindAt(`---\nlayout: default\n---\n${title}\n${'='.repeat(title.length)}\n\nThe following list shows which features have been added.\n\n## SmartGraphs\n\nText.\n`, '/arangodb/docs/3.9/release-notes-new-features31.md');
    assert.equal(page('Features and Improvements in ArangoDB 3.1'), 'launch');
    assert.equal(page('New features in Foo 2.0'), 'launch');
    // Without a version it names a topic.
    assert.equal(page('Features and Improvements in the Query Planner'), null);
  });
  it("a singular alternative under its own heading, and a template's section marked TBD (round zzzzzzzzzzzzzzzzw)", () => {
    const vip = (heading: string) => `# VIP-191: Designated Gas Payer\n\n## Motivation\n\ndApps cannot pay fees for their users today, so new users must buy VTHO first.\n\n## Specification\n\nA delegator signs the transaction too.\n\n## ${heading}\n\nAdding \`origin\` as a reserved field was initially discussed as a solution to the replay problem.\n`;
    assert.equal(states(vip('Alternative Discussed')).alternatives, 'present');
    assert.equal(states(vip('Alternative proposal')).alternatives, 'present');
    // "Alternative" before what is being built names a feature, not an option weighed.
    assert.equal(states(vip('Alternative config file').replace('was initially discussed as a solution to the replay problem', 'is read from the home folder')).alternatives, 'missing');
    // A template's section kept with its description and a "(TBD)" mark holds nothing yet, and its words ("rejected")
    // state no alternative.
    const fep = (body: string) => `# FEP-0006 Materials Editor\n\n## Motivation\n\nThe editor cannot show appearance and physical properties together, which confuses people.\n\n## Specification\n\nA new editor.\n\n## Rejected Ideas (optional)\n\n${body}\n\n## Alternatives (optional)\n\n(TBD) Discussion about alternative approaches considered during the design or the discussion.\n`;
    assert.equal(states(fep('(TBD) List of ideas that were rejected at discussion stage with rationale on why they were rejected.')).alternatives, 'placeholder');
    assert.equal(states(fep('TBD: a description of the ideas set aside.')).alternatives, 'placeholder');
    // What an author wrote after the mark is written.
    assert.equal(states(fep('(TBD) We rejected a separate appearance editor because users asked for one window.')).alternatives, 'present');
  });
  it("a post's opening read with its links as text, and an MDX page's exported metadata (round zzzzzzzzzzzzzzzzw)", () => {
    const bulma = (opening: string) => kindAt(`---\ntitle: "Light and Dark colors, better look, larger form controls, and more"\nlayout: post\n---\n\n${opening}\n\n- [Light/Dark colors](#light-dark-colors)\n\n## Light/Dark colors\n\nEach main color now comes with a light and a dark version.\n`, '/bulma/docs/_posts/2019-10-15-light-dark-colors.md');
    assert.equal(bulma('The new version **[Bulma 0.8.0](https://github.com/jgthms/bulma/releases/tag/0.8.0)** is out! It comes with several bug fixes.'), 'launch');
    assert.equal(bulma('Colors are hard to get right in a design system, and here is how we think about them.'), null);
    const iroh = (title: string) => `import { BlogPostLayout } from '@/components/BlogPostLayout'\n\nexport const post = {\n  draft: false,\n  author: 'ramfox',\n  date: '2024-08-21',\n  title: '${title}',\n  description: 'Iroh release',\n}\n\nexport const metadata = {\n    title: post.title,\n    openGraph: {\n      type: 'article'\n    }\n}\n\nexport default (props) => <BlogPostLayout article={post} {...props} />\n\nWe have a new version of iroh, and with it support for Node.js.\n\n## Node.js bindings\n\nText.\n`;
    const at = '/iroh.computer/src/app/blog/iroh-0-23/page.mdx';
    assert.equal(kindAt(iroh('iroh 0.23.0 - Welcoming Node.js to the family!'), at), 'launch');
    // The exported title is the page's title, as a front matter's would be: one naming no release makes no launch note,
    // and the object's keys are no design doc's metadata.
    assert.equal(kindAt(iroh('How we test iroh'), at), null);
  });
  it("a spec kept in a design folder is its engineers' own proposal (round zzzzzzzzzzzzzzzzw)", () => {
    const doc = `# GCS HA support\n\n## Motivation\n\nToday a GCS failure takes the whole Ray cluster down, so long jobs are lost.\n\n## Goals\n\nThe cluster recovers by itself.\n\n## Constraints / Limitations\n\nRedis must be external.\n\n## Implementation\n\nThis should be a straightforward setting.\n`;
    const found = (filePath: string) => lint(doc, { rules, filePath }).diagnostics.filter((d) => d.ruleId === 'no-minimizers').length;
    assert.equal(found('/kuberay/docs/design/gcs-ha-support.md'), 0);
    // Elsewhere the same words, unexplained, still ask whose work it is.
    assert.equal(found('/kuberay/notes/gcs-ha-support.md'), 1);
  });
  it("headings numbered without a space after the number (round zzzzzzzzzzzzzzzzze)", () => {
    const doc = (problem: string) => `## 1.Overview\n\nIn this document, we will propose a solution in OpenSearch Observability to query log data stored in S3.\n\n### ${problem}\n\nThe major requirements we heard from customers are cost and ingestion throughput.\n\n## 2.Terminology\n\nTerms.\n\n## 3.Requirements\n\nQuery S3.\n`;
    assert.equal(kindAt(doc('1.1.Problem Statements'), '/sql/docs/dev/datasource-query-s3.md'), 'brief');
    assert.equal(states(doc('1.1.Problem Statements')).problem, 'present');
    // A version is no numbering: "2.0.Notes" is not "Notes", and a heading that is only a version names nothing.
    assert.equal(states(doc('1.1.Notes')).problem, 'missing');
  });
  it("a last question without its mark, a section waved away, and work 'carried out by' someone (round zzzzzzzzzzzzzzzzzk)", () => {
    const plan = (heading: string) => `# Scribe/Team 53\n\n## 1. What are you planning to build?\n\nA web app for medical students' notes.\n\n## ${heading}\n\nStudents' notes are unstandardized, and submitting them wastes hours each week.\n`;
    assert.equal(states(plan('3. Why would users choose your product? What are they using today to solve their problem/need')).why, 'present');
    const rfc = (alternatives: string) => `# RFC-0000: Deprecate storage_root v1\n\n## Motivation\n\nThe v1 function is slow for runtimes with large storage, which costs every node time on each block.\n\n## Alternatives\n\n${alternatives}\n\n## Unresolved Questions\n\nNo question.\n`;
    assert.equal(states(rfc('Irrelevant section.')).alternatives, 'placeholder');
    assert.equal(states(rfc('Keeping v1 forever was considered: it would leave the slow path in place.')).alternatives, 'present');
    const note = (line: string) => `# GEOS 3.12 Released\n\nThe 3.12 release of GEOS is now available to download.\n\n* ${line}\n\n## New things\n\n- Interpolate M values in overlay results\n`;
    assert.equal(states(note('Much work on the core code of GEOS was carried out with a maintenance grant and [carried out by Dan Baston](https://example.org/msg).'), 'launch').credits, 'present');
    assert.equal(states(note('Much work on the core code of GEOS was carried out with a maintenance grant.'), 'launch').credits, 'missing');
  });
  it("'Why X instead of Y?', criteria of done, a proposal's Purpose, and releases named or titled by their fixes (round zzzzzzzzzzzzzzzzzr)", () => {
    const rfc = (heading: string) => `# Trace identifiers\n\n## Problem\n\nLogs written apart from the tracer cannot be joined to their traces today.\n\n## Proposal\n\nAdd \`ToTraceID\` and \`ToSpanID\`.\n\n## ${heading}\n\nA string is preferred over other formats.\n`;
    assert.equal(states(rfc('Why `ToTraceID` instead of `TraceID`?')).alternatives, 'present');
    assert.equal(states(rfc('Why a string?')).alternatives, 'missing');
    const lineage = (line: string) => `# Static lineage\n\n# Purpose\n\nWe currently don't have a way to capture static metadata outside of runs, so dataset owners are set by hand.\n\n# Implementation\n\nTwo new events.\n\n## Objective\n\nDevelop a model to emit Dataset and Job metadata outside of a RunEvent. ${line}\n\n- Dataset events emit absent a RunEvent\n- Job events emit absent a RunEvent\n`;
    assert.equal(states(lineage('This will be considered complete when:')).success, 'present');
    assert.equal(states(lineage('It has two parts:')).success, 'missing');
    // The problem is stated under "Purpose", before the implementation: problem-before-solution says nothing.
    const pbs = lint(lineage(''), { rules: sectionRules, filePath: '/ol/proposals/1837/static_lineage.md', config: configOf('brief') }).diagnostics.filter((d) => d.ruleId === 'problem-before-solution');
    assert.equal(pbs.length, 0);
    const modm = (opening: string) => kindAt(`## 2023-04-06: 2023q1 release\n\n${opening}\n\nBreaking changes:\n\n- SAMV71 button polarity.\n`, '/modm/docs/release/2023q1.md');
    assert.equal(modm('This release covers everything from 2023-01-01 and has been tested with avr-gcc v12.2.0.'), 'launch');
    assert.equal(modm('We plan to cut this release once the new drivers land.'), null);
    const post = (title: string) => kindAt(`---\nlayout: post\ntitle: ${title}\ndate: 2020-10-17 14:38\n---\n\nWe were a bit eager with the last release.\n\n## Search\n\nSearch is now a modal window.\n`, '/thiefmd/_posts/2020-10-17-improved-search.md');
    assert.equal(post('Improved Search, Focus Mode, Hide the Toolbar, and Fixes'), 'launch');
    assert.equal(post('How we think about search'), null);
  });
  it("a web platform proposal's EXPLAINER.md, and a proposal's status heading (round zzzzzzzzzzzzzzzzzv)", () => {
    const explainer = `# Get Installed Related Apps API\n\n# Abstract\n\nIt is important to allow websites to detect if an app is installed.\n\n# Privacy Considerations\n\nText.\n`;
    assert.equal(kindAt(explainer, '/wicg/get-installed-related-apps/EXPLAINER.md'), 'brief');
    assert.equal(kindAt(explainer, '/wicg/get-installed-related-apps/NOTES.md'), null);
    const proposal = (heading: string) => `# Prefix Cache Aware Request Scheduling\n\n## ${heading}\n\nImplemented.\n\n## Overview\n\nRouting ignores what each model server has cached, so requests miss the cache and the time to first token suffers.\n\n## Goals\n\nRoute by prefix.\n`;
    const pbs = (text: string) => lint(text, { rules: sectionRules, filePath: '/gaie/docs/proposals/0602/README.md', config: configOf('brief') }).diagnostics.filter((d) => d.ruleId === 'problem-before-solution').length;
    assert.equal(pbs(proposal('Proposal Status')), 0);
    // A design before the problem is still reported.
    assert.equal(pbs(proposal('Proposal')), 1);
  });
  it("a hiring task's title, and a post saying its product has entered beta (round zzzzzzzzzzzzzzzzzzk)", () => {
    const task = (title: string) => kindAt(`# ${title}\n\nThis test is part of our hiring process for a front-end developer position.\n\n## Objective\n\nCode a small file manager app against the provided API.\n\n## Submission\n\nSend us a link to your repository.\n`, '/oodrive/front-technical-test/README.md');
    assert.equal(task('Oodrive - Front-end technical test'), 'ticket');
    assert.equal(task('Form3 Take Home Exercise'), 'ticket');
    assert.equal(task('Busbud Front-End Coding Challenge'), 'ticket');
    // Not a page about such work, its plan or its answers.
    assert.equal(task('Technical challenges'), null);
    assert.equal(task('Coding challenge solutions'), null);
    const post = (opening: string) => lint(`---\ntitle: "Community Update #10"\nauthors: starkos\n---\n\n### Premake 5.0-beta1!\n\n${opening}\n\n### Community Contributions\n\n- Fix the gmake exporter\n`, { rules: sectionRules, filePath: '/premake/website/blog/2021-11-21-community-update-10.md' });
    const beta = post("After one of the world's longest alpha cycles, Premake5 has finally entered beta! I definitely had a drink to celebrate.");
    assert.equal(beta.kind, 'launch');
    // The reason quotes the sentence from a word's start.
    assert.match(beta.kindReason, /\("…cycles, Premake5 has finally entered beta!/);
    assert.equal(post('We talked about the path to a stable 5.0 and what is left to do.').kind, null);
  });
  it("an 'End state to aim for' and a hiring task's 'What we're expecting' (round zzzzzzzzzzzzzzzzzzk)", () => {
    const brief = (heading: string) => `# Combating fingerprinting with a privacy budget\n\n## Current state of affairs\n\nFingerprinting tracks users without their knowledge, so it does not respect user choice.\n\n## ${heading}\n\nLimit how much information about individual users is exposed to sites, so that in total it is insufficient to identify them.\n`;
    assert.equal(states(brief('End state to aim for')).success, 'present');
    assert.equal(states(brief('How to get there')).success, 'missing');
    const task = (heading: string) => `# Front-end technical test\n\n## Objective\n\nCode a small file manager app against the provided API.\n\n### ${heading}\n\nWe expect your code to work without bugs and to display the root folder's content.\n`;
    assert.equal(states(task("What we're expecting"), 'ticket').acceptance, 'present');
    assert.equal(states(task('Structure'), 'ticket').acceptance, 'missing');
  });
  it("an alternatives section left 'TBD from discussions', release notes titled 'Version 3.0.0' or a 'release report', and a coding kata (round zzzzzzzzzzzzzzzzzzs)", () => {
    const design = (alternatives: string) => `# Scalable and robust MPI operator\n\n## Motivation\n\nThe operator relies on kube-apiserver for every launch, which does not scale past a few hundred workers.\n\n## Alternatives Considered\n\n${alternatives}\n`;
    assert.equal(states(design('TBD from discussions')).alternatives, 'placeholder');
    assert.equal(states(design('TBD: we weighed a sidecar, but it doubles the pods per job.')).alternatives, 'present');
    const notes = (opening: string, path = '/nrel/openstudio/developer/doc/notes/v3.md') => kindAt(`# OpenStudio Version 3.0.0\n\n_4/24/2020_\n\n${opening} describe version 3.0.0 of the OpenStudio SDK.\n\n# Overview\n\nThe 3.x series drops Ruby 2.2.\n`, path);
    assert.equal(notes('These release notes'), 'launch');
    assert.equal(notes('These plans'), null);
    // (Or named so: "OpenStudio_Release_Notes_3_0_0_20200424.md".)
    assert.equal(notes('These plans', '/nrel/openstudio/developer/doc/ReleaseNotes/OpenStudio_Release_Notes_3_0_0_20200424.md'), 'launch');
    const report = (title: string) => kindAt(`---\ntitle: ${title}\ndate: 2024-02-09\n---\n\nDocsy 0.9.0 is a sizable release with some breaking changes.\n\n## Footer improvements\n\nThe footer layout changed.\n`, '/docsy/docsy.dev/content/en/blog/2024/0.9.0.md');
    assert.equal(report('Docsy 0.9.0 release report'), 'launch');
    assert.equal(report('Docsy 0.9.0 release schedule'), null);
    const kata = (title: string) => kindAt(`# ${title}\n\nRailway operators want you to help them improve their online booking service. Your next task is to implement seat reservations.\n\n## Business Rules around Reservations\n\nNo more than 70% of seats may be reserved in advance.\n`, '/emilybache/KataTrainReservation/README.md');
    assert.equal(kata('Kata: Train Reservation'), 'ticket');
    assert.equal(kata('Train Reservation'), null);
  });
  it("a Pelican post's metadata lines, 'is now generally available', and alternatives as 'Open Design Questions' or evaluated (round zzzzzzzzzzzzzzzzzzza)", () => {
    const pelican = (block: string) => lint(`${block}\n\n[Babashka](https://babashka.org) is a fast-starting native Clojure scripting runtime.\n\n## Highlights\n\nJLine3 and TUI support.\n`, { rules: sectionRules, filePath: '/borkdude/blog/posts/babashka-1.12.215.md' });
    const bb = pelican('Title: Babashka 1.12.215: Revenge of the TUIs\nDate: 2026-02-17\nTags: clojure, babashka');
    assert.equal(bb.kind, 'launch');
    assert.match(bb.kindReason, /Babashka 1\.12\.215/);
    // (Not a proposal's header, whose keys are no post's: "Status:", "Type:".)
    assert.equal(pelican('Title: Babashka 1.12.215: Revenge of the TUIs\nDate: 2026-02-17\nStatus: Draft').kind, null);
    const ga = (title: string) => kindAt(`# ${title}\n\nurllib3 v1.0 was first published 12 years ago.\n\n## Top-level request function\n\nText.\n`, '/sethmlarson/site/app/markdown/2023-04-26/urllib3.md');
    assert.equal(ga('urllib3 v2.0.0 is now generally available'), 'launch');
    assert.equal(ga('Is urllib3 v2.0.0 generally useful?'), null);
    const design = (heading: string, body = 'Is it meaningful to have overflow: clip?') => `# Intersection Observer\n\n## Problem\n\nSites poll element positions to lazy-load content, which costs battery and causes jank for readers.\n\n## ${heading}\n\n${body}\n`;
    assert.equal(states(design('Open Design Questions')).alternatives, 'present');
    assert.equal(states(design('Design Details')).alternatives, 'missing');
    assert.equal(states(design('Rationale', 'Two alternate approaches were evaluated: wire encoding and a random nonce.')).alternatives, 'present');
    assert.equal(states(design('Rationale', 'The encoding is stable across versions.')).alternatives, 'missing');
  });
  it("a changelog whose entries close with their authors' names linked to GitHub credits them (round zzzzzzzzzzzzzzzzzzzl)", () => {
    const entry = (what: string, who: string, handle: string) => `- ${what}\n  ([${who}](https://github.com/${handle}))\n`;
    const note = (entries: string) => `# v1.9.0 - 2025-03-08\n\n## Compiler\n\n${entries}`;
    const three = entry('The compiler now prints a warning for unused imports.', 'Giacomo Cavalieri', 'giacomocavalieri') + entry('Faster builds for large projects.', 'Surya Rose', 'GearsDatapacks') + entry('Better errors for missing labels.', 'Richard Viney', 'richard-viney');
    assert.equal(states(note(three), 'launch').credits, 'present');
    // (One person's three changes, or two changes, are not the team's.)
    const one = entry('Faster builds.', 'Surya Rose', 'GearsDatapacks');
    assert.equal(states(note(one + one + one), 'launch').credits, 'missing');
    assert.equal(states(note(entry('Faster builds.', 'Surya Rose', 'GearsDatapacks') + entry('Better errors.', 'Richard Viney', 'richard-viney')), 'launch').credits, 'missing');
  });
  it("a goal that opens with 'Provide', a 'This Month in' newsletter and a post opening with a feature it announced (round zzzzzzzzzzzzzzzzzzzq)", () => {
    const design = (goals: string) => `# MongoDB Sharding\n\n## Summary\n\nMost load falls on the database, so production clusters need sharding to spread data and queries.\n\n### Goals\n\n${goals}\n\n### Non-Goals\n\nK8s configuration is not covered.\n`;
    // A goal is written, not a template's instruction to its author.
    assert.notEqual(states(design('Provide compatibility with sharded MongoDB clusters based on requirements in the production environment.')).success, 'placeholder');
    assert.equal(states(design('Provide a brief description of the goals of this proposal.')).success, 'placeholder');
    assert.equal(states(design('Provide any additional context here.')).success, 'placeholder');
    const news = (title: string) => kindAt(`+++\ntitle = "${title}"\ndate = 2025-10-09\n+++\n\nWelcome to a new issue. In these posts, we give a regular overview of notable changes in the ecosystem.\n\n## Infrastructure and Tooling\n\nThe bootloader got faster.\n`, '/rust-osdev/homepage/content/this-month/2025-09/index.md');
    assert.equal(news('This Month in Rust OSDev: September 2025'), 'launch');
    assert.equal(news('Rust OSDev: September 2025'), null);
    const post = (opening: string) => kindAt(`---\ntitle: ETags, When and How\nauthors: [hkhalid]\n---\n\n${opening}\n\nThis article explores when and how you can use ETags in your applications.\n\n## Keeping the Cache Consistent\n\nIn a distributed environment it is common to cache records.\n`, '/microsoft/garnet/website/blog/2025-01-18-etag-when-and-how.md');
    assert.equal(post('**Garnet recently announced native support for ETag-based commands.**'), 'launch');
    assert.equal(post('**Garnet supports ETag-based commands.**'), null);
  });
  it("a post that says its project was 'officially launched', and a post titled by a release stage (round zzzzzzzzzzzzzzzzzzzzj)", () => {
    const post = (title: string, third: string) => kindAt(`---\nslug: 1\ntitle: ${title}\nauthors: Michael\n---\n\nHwameiStor, an automated, highly available local storage system, is coming online.\n\n> News today: a new land for developers.\n\n${third} HwameiStor creates a local storage resource pool.\n\n## The local storage is smart\n\nIt uses the CSI architecture.\n`, '/hwameistor/hwameistor/docs/blog/2022-04-25_long-blog-post.md');
    assert.equal(post('HwameiStor Comes Online', 'Daocloud officially launched the open source project today.'), 'launch');
    assert.equal(post('HwameiStor Comes Online', 'Daocloud started the open source project last year.'), null);
    assert.equal(post('Tamagui Beta', 'It has been six months since the last post.'), 'launch');
    assert.equal(post('Formik 3 Alpha', 'It has been six months since the last post.'), 'launch');
    assert.equal(post('Beta testers wanted', 'It has been six months since the last post.'), null);
  });

  it('reads a version without a dot as a release, and an explainer\'s section on misuse as its constraints (round zzzzzzzzzzzzzzzzzzzzr)', () => {
    // Grafana Operator's post: "Version 5 RC introduction", whose summary says "version 5 RC is now out".
    const post = '---\ntitle: "Version 5 RC introduction"\ndate: 2023-03-14\ndescription: "Grafana-operator version 5 RC is now out, lets find out what has changed."\n---\n\nIf you are reading this, we have our first RC of version 5.\n\n## Architectural changes\n\nA rewrite.\n';
    assert.equal(kindAt(post, '/repo/docs/blog/v5-intro.md'), 'launch');
    // (A version "out of" something is no release: "version 5 is out of support".)
    assert.notEqual(kindAt(post.replace('is now out, lets find out what has changed', 'is out of support, and here is how to move on'), '/repo/docs/blog/v5-intro.md'), 'launch');
    // Shape Detection's "Potential for misuse", Content Index's "Abuse Considerations": limits the design must hold to.
    const explainer = (heading: string) => states(`# Shape Detection API\n\n## Problem\n\nWeb apps cannot reach the hardware detectors.\n\n## ${heading}\n\nA site could use face detection to track people, so the API only runs on frames the page already has.\n`).constraints;
    assert.equal(explainer('Potential for misuse'), 'present');
    assert.equal(explainer('Abuse Considerations'), 'present');
  });

  it("reads a project assignment with 'Acceptance Criteria' as a ticket, and a post 'now with support for' a release as a launch note (round zzzzzzzzzzzzzzzzzzzzza)", () => {
    // Chingu's voyage projects: an overview of the app to build, its requirements and "Acceptance Criteria".
    const assignment = (heading: string) => kindAt(`# voyage-project-tier3-planning-poker\n\n## Overview\n\nThis project is a Scrum Poker app for teams that estimate their work together.\n\n## Requirements & Specifications\n\n- Players join a room with a code.\n\n## ${heading}\n\n- [ ] A player can join a room.\n`, '/chingu-voyages/voyage-project/README.md');
    assert.equal(assignment('Acceptance Criteria'), 'ticket');
    // (A spec's own strong heading with the same sections still says spec: "Non-goals".)
    assert.equal(assignment('Non-goals'), 'brief');
    // Sonobuoy's post: "Now with support for Kubernetes 1.16.0, let's review all the recent improvements".
    const post = (excerpt: string) => kindAt(`---\ntitle: Recent Improvements in Sonobuoy\nexcerpt: ${excerpt}\nauthor_name: John Schnake\ndate: 2019-09-25\n---\n\nWe thought it would be a good time to recap what changed in Sonobuoy.\n\n## Improvements Running Sonobuoy\n\nPlugins report their progress.\n`, '/vmware-tanzu/sonobuoy/site/content/posts/2019-09-25-Summary-of-improvements.md');
    assert.equal(post("Now with support for Kubernetes 1.16.0, let's review all the recent improvements to Sonobuoy."), 'launch');
    assert.equal(post("Let's review how Sonobuoy runs its plugins."), null);
  });

  it('reads options counted before they are weighed as alternatives, not a command\'s options (round zzzzzzzzzzzzzzzzzzzzzo)', () => {
    // Diego's health-check tuning: "Two possible options for backwards compatibility are as follows".
    const design = (sentence: string) => states(`# Tuning health checks\n\n## Problem\n\nHealth checks time out on busy cells.\n\n## Proposal\n\nRun the check in the container. ${sentence}\n\n1. Keep the old check.\n2. Drop it.\n`).alternatives;
    assert.equal(design('Two possible options for backwards compatibility are as follows:'), 'present');
    assert.equal(design('There are a few options for reference:'), 'present');
    // NATS' publish retries: "Two options are added to customize the retry logic": options of a command, told.
    assert.notEqual(design('Two options are added to customize the retry logic:'), 'present');
  });
});
