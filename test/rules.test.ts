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
  it('are info and worded as a question; clear findings stay warnings', () => {
    // The author may be judging their own work: a question.
    const soft = lintText('I think this should be easy to implement.\n').filter((d) => d.ruleId === 'no-minimizers');
    assert.equal(soft.length, 1);
    assert.equal(soft[0]!.severity, 'info');
    assert.match(soft[0]!.message, /\?/);
    // Nobody's own work named: the brief presumes someone else's work is small.
    const brief = lintText('This page will be easy to build.\n').filter((d) => d.ruleId === 'no-minimizers');
    assert.equal(brief.length, 1);
    assert.equal(brief[0]!.severity, 'warning');
    const firm = lintText('We just need a toggle here.\n').filter((d) => d.ruleId === 'no-minimizers');
    assert.equal(firm.length, 1);
    assert.equal(firm[0]!.severity, 'warning');
  });

  it('asks about a size only stated, and warns when it is pressed on someone', () => {
    const severities = (text: string) => lintText(text).filter((d) => d.ruleId === 'no-minimizers').map((d) => d.severity);
    // A maintainer says this of their own change as often as anyone says it of someone else's work.
    assert.deepEqual(severities("It's a pretty straightforward fix.\n"), ['info']);
    assert.deepEqual(severities('It was only one line of code, after all.\n'), ['info']);
    // Pressed on someone: an addressee, a modal, a plea, or a question just before.
    assert.deepEqual(severities("It's a pretty straightforward fix, you could do it today.\n"), ['warning']);
    assert.deepEqual(severities('This should be a trivial change.\n'), ['warning']);
    assert.deepEqual(severities("Why doesn't the app just add this feature? It seems so simple.\n"), ['warning']);
    assert.deepEqual(severities('It seems so simple.\n'), ['info']);
  });

  it('asks a launch note whether a team built what "I built"; "single-handedly" is a warning', () => {
    const launch = (line: string) => lintText(`---\ntype: launch\n---\n# Launch: saved carts\n\n${line}\n`).filter((d) => d.ruleId === 'credit-the-team');
    const asked = launch('I built saved carts this month.');
    assert.deepEqual(asked.map((d) => d.severity), ['info']);
    assert.match(asked[0]!.message, /\?/);
    assert.deepEqual(launch('I single-handedly shipped saved carts.').map((d) => d.severity), ['warning']);
  });
});
