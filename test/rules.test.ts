/**
 * Fixture scenarios (markdownlint-style): each test/fixtures/rules/*.md states its expected
 * diagnostics inline. The safe fixes are applied until stable, compared with the committed
 * `.fixed.md` snapshot (written when UPDATE_SNAPSHOTS=1), and the fixed text is re-linted:
 * no safe fix may be left, and text outside the fixes' ranges must be unchanged.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lintText, fixAll, expectations, actualByLine, applyFixes } from './harness.js';
import { defaultConfig } from '../src/engine/index.js';

const DIR = join(__dirname, 'fixtures', 'rules');
const files = readdirSync(DIR).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md')).sort();

function asObject(m: Map<number, string[]>): Record<string, string[]> {
  return Object.fromEntries([...m.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [`line ${k}`, v]));
}

describe('rule fixtures', () => {
  it('has fixtures', () => assert.ok(files.length >= 8, `only ${files.length} fixtures`));
  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const path = `/fixtures/${file}`;
      it('reports exactly the expected diagnostics', () => {
        const diags = lintText(text, { filePath: path });
        assert.deepEqual(asObject(actualByLine(diags)), asObject(expectations(text)));
      });
      it('every range lies on the text it names, every fix edit is in range', () => {
        for (const d of lintText(text, { filePath: path })) {
          assert.ok(d.range.start.offset <= d.range.end.offset && d.range.end.offset <= text.length);
          for (const f of d.fixes) for (const e of f.edits) assert.ok(e.start <= e.end && e.end <= text.length, f.title);
        }
      });
      it('fixes converge, match the snapshot and leave nothing fixable', () => {
        const result = fixAll(text, { filePath: path });
        const snap = join(DIR, file.replace(/\.md$/, '.fixed.md'));
        if (!existsSync(snap) && process.env.CI) assert.fail(`missing snapshot ${snap}: run the tests locally and commit it`);
        if (process.env.UPDATE_SNAPSHOTS || !existsSync(snap)) writeFileSync(snap, result.output);
        assert.equal(result.output, readFileSync(snap, 'utf8'));
        const again = lintText(result.output, { filePath: path });
        assert.equal(applyFixes(result.output, again).applied.length, 0, 'a safe fix is still offered after fixing');
      });
    });
  }
});

describe('phrasing findings a reader may disagree with', () => {
  /** Lint with the rules set to these severities, as a team's config file would. */
  const withSeverities = (text: string, severities: Record<string, 'warning' | 'error'>) => {
    const config = defaultConfig();
    for (const [id, severity] of Object.entries(severities)) config.rules[id] = { severity };
    return lintText(text, { config });
  };
  const of = (ds: ReturnType<typeof lintText>, rule: string) => ds.filter((d) => d.ruleId === rule).map((d) => d.severity);

  it('are info by default: no rule held 90 % precision on first sight of unseen sentences', () => {
    // eval/first-sight.json, seventeen blind rounds each measured before any change for it: minimising, haggling
    // and dates were right about half the time; people called resources on about 83 %, its clear readings on 88 %
    // since they were split off; "can't you just…" on 10 of 14.
    for (const [text, rule] of [['We just need a toggle here.', 'no-minimizers'], ['This must ship by Friday.', 'deadline-needs-reason'], ['Three weeks seems padded; get it down to one.', 'no-estimate-haggling']] as const) {
      const found = lintText(`${text}\n`).filter((d) => d.ruleId === rule);
      assert.ok(found.length > 0 && found.every((d) => d.severity === 'info'), text);
      assert.match(found[0]!.message, /\?/, `${rule} asks`);
    }
    assert.deepEqual(of(lintText('We need two more resources on this.\n'), 'no-people-as-resources'), ['info']);
    assert.deepEqual(of(lintText("Can't you just reuse the old flow?\n"), 'no-demands'), ['info']);
    const demands = (text: string) => of(withSeverities(text, { 'no-demands': 'warning' }), 'no-demands');
    // Set to "warning": "can't you just" is a demand wherever it stands; "you just need to" is as often directions.
    assert.deepEqual(demands("Can't you just reuse the old flow?\n"), ['warning']);
    assert.deepEqual(demands('You just need to add a toggle.\n'), ['info']);
    // "We" includes the author: weighing an idea as often as pressing it.
    assert.deepEqual(demands("Why can't we just reuse the old flow?\n"), ['info']);
  });

  it('set to "warning", a finding the author may make of their own work stays one level softer', () => {
    const minimizers = (text: string) => of(withSeverities(text, { 'no-minimizers': 'warning' }), 'no-minimizers');
    // The author may be judging their own work: a question.
    assert.deepEqual(minimizers('I think this should be easy to implement.\n'), ['info']);
    // Nobody's own work named: the brief presumes someone else's work is small.
    assert.deepEqual(minimizers('This page will be easy to build.\n'), ['warning']);
    assert.deepEqual(minimizers('We just need a toggle here.\n'), ['warning']);
    // A size only stated: a maintainer says it of their own change as often as anyone of someone else's work.
    assert.deepEqual(minimizers("It's a pretty straightforward fix.\n"), ['info']);
    assert.deepEqual(minimizers('It is only one line of code, after all.\n'), ['info']);
    // Told in the past, what something was: nobody is asked for work.
    assert.deepEqual(minimizers('It was only one line of code, after all.\n'), []);
    assert.deepEqual(minimizers('It seems so simple.\n'), ['info']);
    // Pressed on someone: an addressee, a modal, a plea, or a question just before.
    assert.deepEqual(minimizers("It's a pretty straightforward fix, you could do it today.\n"), ['warning']);
    assert.deepEqual(minimizers('This should be a trivial change.\n'), ['warning']);
    assert.deepEqual(minimizers("Why doesn't the app just add this feature? It seems so simple.\n"), ['warning']);
    // An error setting softens to a warning.
    assert.deepEqual(of(withSeverities('You just need to add a toggle.\n', { 'no-demands': 'error' }), 'no-demands'), ['warning']);
  });

  it('set to "warning", calls people "resources" a warning only where nothing else can be meant, and asks otherwise', () => {
    // Blind rounds d–s, first sight: clear readings right on 95 of 99 findings, the others on 77 of 108.
    const people = (text: string) => of(withSeverities(`${text}\n`, { 'no-people-as-resources': 'warning' }), 'no-people-as-resources');
    for (const clear of [
      'We need two more resources on this.', 'We will borrow engineering resources from Payments.', 'We plan to hire three resources in Q2.', 'Our offshore resources start on Monday.',
      'The resource said he would be late.', 'Ask for two more headcount next quarter.', 'Engineering headcount is the largest line of the budget.',
      'Make sure the project has resources with the right skills.', 'The lead assigns resources to tasks every Monday.', 'We will add offshore technical resources in May.',
    ]) {
      assert.deepEqual(people(clear), ['warning'], clear);
    }
    // People, most likely, but read from a staffing topic, a word further off, or the learned model: a question.
    for (const likely of ['We are short on resources this quarter because of the hiring freeze.', 'Headcount is the bottleneck for this roadmap.', 'The migration took 200 man-hours.']) {
      const found = withSeverities(`${likely}\n`, { 'no-people-as-resources': 'warning' }).filter((d) => d.ruleId === 'no-people-as-resources');
      assert.deepEqual(found.map((d) => d.severity), ['info'], likely);
      assert.match(found[0]!.message, /\?/, likely);
    }
  });

  it('does not ask whether "resources" means people in a document that uses the word for things throughout', () => {
    // Asked on its own ("work" after the word may be people's), and read by the same patterns as people, unclearly.
    const question = 'The technical approach of this should be pretty simple and very similar to how targeted resources work.';
    const clear = 'We need two more resources on this.';
    const thing = (n: number) => `The \`Bucket${n}\` resource is created by the controller.`;
    const doc = (things: number, ...lines: string[]) => `# Tagging design\n\n${[...Array.from({ length: things }, (_, i) => thing(i)), ...lines].join('\n\n')}\n`;
    const found = (text: string) => lintText(text).filter((d) => d.ruleId === 'no-people-as-resources').map((d) => (d.message.includes('?') ? 'asked' : 'stated'));
    assert.deepEqual(found(doc(0, question)), ['asked']);
    // Five uses read as things settle the document's sense of the word: the unclear one is the same thing.
    assert.deepEqual(found(doc(5, question)), []);
    // Four are not enough.
    assert.deepEqual(found(doc(4, question)), ['asked']);
    // A clear reading of people is still stated; with it, eight things are needed (people at most a quarter as often).
    assert.deepEqual(found(doc(8, question, clear)), ['stated']);
    assert.deepEqual(found(doc(7, question, clear)), ['asked', 'stated']);
    // A stored object saved or uploaded is a thing, however few the document's other readings.
    assert.deepEqual(found('# Fixes\n\n- Fixed an audit log error when saving resource by @jane.\n'), []);
  });

  it('reads "resources with the right skills" as people, but not "your resources, improving the overall user experience"', () => {
    const found = (text: string) => lintText(`${text}\n`).filter((d) => d.ruleId === 'no-people-as-resources').map((d) => (d.message.includes('?') ? 'asked' : 'stated'));
    assert.deepEqual(found('We need resources with the right skills.'), ['stated']);
    // Another clause, and the users' experience of a product: at most a question.
    assert.deepEqual(found('This enhancement provides a clearer and more comprehensive view of your resources, improving the overall user experience.'), ['asked']);
    assert.deepEqual(found('Assign resources with user experience design skills.'), ['stated']);
  });

  it('does not read a machine\'s time under a second as work made small: "the code for this only takes about 5-10ms" (round zzzzzzzzzzzzzzzv)', () => {
    const found = (text: string) => lintText(`${text}\n`).filter((d) => d.ruleId === 'no-minimizers').length;
    assert.equal(found('The JavaScript code for this only takes about 5-10ms (0.005 seconds), even on very large projects.'), 0);
    assert.equal(found('Honestly this only takes about 5 minutes, can you do it?'), 1);
  });

  it('reads shared state in concurrent code as a thing: "multiple parties access the same resource and one of those parties mutates it" (round zzzzzzzzzzzzzzzzq)', () => {
    const found = (text: string) => lintText(`${text}\n`).filter((d) => d.ruleId === 'no-people-as-resources').length;
    assert.equal(found('Race condition happens when multiple parties access the same resource and one of those parties mutates it.'), 0);
    // "individual" before a noun that names no person is an adjective.
    assert.equal(found('Under the context of a Cosmos-based blockchain, the finest grained mutable resources are individual KV store entries.'), 0);
    assert.equal(found('Our resources are individual contractors we hire per project.'), 1);
    assert.equal(found('Our resources are individual contributors.'), 1);
    assert.equal(found('We need two more resources and one of them must be a senior.'), 1);
  });

  it('reads Kubernetes network objects that own records as things: "owned by certain ingress/service resources" (round zzzzzzzzzzzzzzzk)', () => {
    const found = (text: string) => lintText(`${text}\n`).filter((d) => d.ruleId === 'no-people-as-resources').length;
    assert.equal(found('DNS records are now owned by certain ingress/service resources.'), 0);
    // Work owned by people named as resources is still read.
    assert.equal(found('The work was owned by certain engineering resources.'), 1);
  });

  it('does not ask a launch note that calls the project the author\'s own hobby project whether a team built what "I made"', () => {
    const note = (extra: string) => `---\ntype: launch\n---\n# core-js@3\n\nFor cases like this, I made the compat package.\n\n${extra}\n`;
    const found = (text: string) => lintText(text).filter((d) => d.ruleId === 'credit-the-team').length;
    assert.equal(found(note('Thanks for reading.')), 1);
    assert.equal(found(note('`core-js` is my own hobby project and it does not bring me any profit.')), 0);
  });

  it('asks a launch note whether a team built what "I built"; set to "warning", "single-handedly" warns', () => {
    const note = (line: string) => `---\ntype: launch\n---\n# Launch: saved carts\n\n${line}\n`;
    const launch = (line: string) => withSeverities(note(line), { 'credit-the-team': 'warning' }).filter((d) => d.ruleId === 'credit-the-team');
    const asked = launch('I built saved carts this month.');
    assert.deepEqual(asked.map((d) => d.severity), ['info']);
    assert.match(asked[0]!.message, /\?/);
    assert.deepEqual(launch('I single-handedly shipped saved carts.').map((d) => d.severity), ['warning']);
    assert.deepEqual(of(lintText(note('I single-handedly shipped saved carts.')), 'credit-the-team'), ['info']);
    // The project's history, told before or after the phrase, claims nothing for this launch.
    assert.deepEqual(launch('My idea at the time was to support plugins, so users could bring their own builders.'), []);
    assert.deepEqual(launch('Back then my idea was to support plugins.'), []);
    // The author's own project as one the product works on: the writer speaks as its user.
    assert.deepEqual(launch('Shortcuts will make my project look cleaner.'), []);
    assert.deepEqual(launch('I use shortcuts in my project every day.'), []);
    assert.equal(launch('This release is my project.').length, 1);
    assert.deepEqual(launch('Some time ago, I implemented an advanced system for controlling the camera in the 3D view.'), []);
    // An earlier launch, months back, told as the project's history (GimletD's post, round zzzzzzzzzzzzzzzzzzzzr).
    assert.deepEqual(launch('A little more than two months ago I launched Gimlet CLI to bring conventions to the gitops repository.'), []);
    // (Not this week's: "Last week I shipped the importer" may still be this release's work.)
    assert.equal(launch('Last week I shipped the importer.').length, 1);
  });
});

describe("engineers' own design proposals", () => {
  const of = (ds: ReturnType<typeof lintText>, rule: string) => ds.filter((d) => d.ruleId === rule).map((d) => d.severity);
  it('a title that calls itself a proposal is the engineers\' own: their plan ("we would like to just build…") is not work made small', () => {
    const proposal = (title: string) => `# ${title}\n\n## Motivation\n\nThe current annotation system is slow and hard to use.\n\n## Proposed change\n\nFor this phase we would like to just build our support for bitmaps.\n`;
    assert.deepEqual(of(lintText(proposal('Interactive Annotations Proposal')), 'no-minimizers'), []);
    // A product proposal is a PM's: the same sentence is still asked about.
    assert.deepEqual(of(lintText(proposal('Product Proposal: Interactive Annotations')), 'no-minimizers'), ['info']);
  });
});
