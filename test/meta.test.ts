/**
 * Rule metadata is the single source for docs, schema and settings: check it is complete,
 * that its examples behave as documented, and that generated files have not drifted.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { rules } from '../src/rules/index.js';
import { lint } from '../src/engine/index.js';
import { expectedFiles } from '../tools/generate.js';
import { firstSight, firstSightOnDocuments, loadLedger, wouldWarn } from '../eval/ledger.js';

const ROOT = join(__dirname, '..');

describe('rule metadata', () => {
  it('ids are unique, kebab-case, and match their file names', () => {
    // Each rule sits in the folder of its category: src/rules/phrasing/<id>.ts, src/rules/sections/<id>.ts.
    const files = ['phrasing', 'sections'].flatMap((dir) => readdirSync(join(ROOT, 'src', 'rules', dir)).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f.replace(/\.ts$/, '')}`));
    assert.deepEqual(files.sort(), rules.map((r) => `${r.meta.category}/${r.id}`).sort());
    assert.deepEqual(readdirSync(join(ROOT, 'src', 'rules')).filter((f) => f.endsWith('.ts')).sort(), ['catalog.ts', 'define.ts', 'index.ts'], 'no rule outside its category\'s folder');
    for (const r of rules) assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/);
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a description, a rationale and examples of both kinds', () => {
        assert.ok(rule.meta.description.length > 20);
        assert.ok(rule.meta.rationale.length > 80);
        assert.ok(rule.meta.examples.bad.length >= 1 && rule.meta.examples.good.length >= 1);
      });
      it('flags every "bad" example and none of the "good" ones', () => {
        for (const ex of rule.meta.examples.bad) {
          const ds = lint(ex.markdown, { rules: [rule] }).diagnostics.filter((d) => d.ruleId === rule.id);
          assert.ok(ds.length > 0, `not flagged: ${JSON.stringify(ex.markdown)}`);
        }
        for (const ex of rule.meta.examples.good) {
          const ds = lint(ex.markdown, { rules }).diagnostics.filter((d) => d.ruleId === rule.id);
          assert.deepEqual(ds.map((d) => d.message), [], `flagged: ${JSON.stringify(ex.markdown)}`);
        }
      });
      it('offers the kind of fix its metadata declares', () => {
        const fixes = rule.meta.examples.bad.flatMap((ex) =>
          lint(ex.markdown, { rules: [rule] }).diagnostics.filter((d) => d.ruleId === rule.id).flatMap((d) => d.fixes),
        );
        if (rule.meta.fixable === 'safe') assert.ok(fixes.some((f) => f.safe), 'declares safe fixes but offers none');
        if (rule.meta.fixable === 'suggestion') {
          assert.ok(fixes.length > 0, 'declares suggestions but offers none');
          assert.ok(fixes.every((f) => !f.safe), 'declares suggestions only but offers a safe fix');
        }
        if (rule.meta.fixable === false) assert.equal(fixes.length, 0);
      });
    });
  }
});

describe('default severities follow the evidence', () => {
  // eval/first-sight.json: each blind round of real sentences, measured once before any rule was changed for it.
  const ledger = loadLedger();

  it('a built-in phrasing rule warns by default only if its first findings on unseen sentences were right 90 % of the time', () => {
    // team-phrases lists a team's own phrases: the team chose them, so its severity is the team's call.
    const phrasing = rules.filter((r) => r.meta.category === 'phrasing' && r.id !== 'team-phrases');
    assert.ok(phrasing.length >= 6);
    for (const r of ledger.readings) assert.ok(phrasing.some((p) => p.id === r.rule) && r.right <= r.flagged, `a reading of ${r.rule}`);
    for (const r of phrasing) {
      const [, flagged] = firstSight(ledger, r.id);
      assert.ok(flagged > 0, `${r.id} has first-sight findings recorded in eval/first-sight.json`);
      if (r.meta.defaultSeverity !== 'info') {
        const [warnRight, warned] = wouldWarn(ledger, r.id);
        assert.ok(warned >= 20 && warnRight / warned >= 0.9, `${r.id} defaults to ${r.meta.defaultSeverity} on ${warnRight} of ${warned} right`);
      }
    }
  });

  it('a section rule warns by default only if its first claims on unseen documents were right 90 % of the time', () => {
    // require-sections' "missing" claims and problem-before-solution's warnings, per blind round of documents.
    const sections = rules.filter((r) => r.meta.category === 'sections' && r.id !== 'suggest-section-synonym');
    assert.ok(sections.some((r) => r.id === 'require-sections'));
    assert.ok(Object.keys(ledger.documents).length >= 2, 'rounds of documents are recorded in eval/first-sight.json');
    for (const r of sections) {
      const [right, claimed] = firstSightOnDocuments(ledger, r.id);
      if (r.meta.defaultSeverity !== 'info') assert.ok(claimed >= 20 && right / claimed >= 0.9, `${r.id} defaults to ${r.meta.defaultSeverity} on ${right} of ${claimed} right`);
    }
  });
});

describe('generated files', () => {
  it('docs/rules, the README rules table and the config schema match the rule metadata (run npm run generate)', () => {
    const stale: string[] = [];
    for (const [rel, content] of expectedFiles()) {
      let current = '';
      try {
        current = readFileSync(join(ROOT, rel), 'utf8');
      } catch {
        current = '<missing>';
      }
      if (current !== content) stale.push(rel);
    }
    assert.deepEqual(stale, []);
  });
  it('the README has the generated rules table', () => {
    assert.match(readFileSync(join(ROOT, 'README.md'), 'utf8'), /rules-table:start/);
  });
});

describe('the engine runs anywhere', () => {
  it('has no vscode import and no Node-only API under src/engine and src/rules', () => {
    const offenders: string[] = [];
    for (const dir of ['engine', 'rules']) {
      for (const f of readdirSync(join(ROOT, 'src', dir), { recursive: true }) as string[]) {
        if (!f.endsWith('.ts')) continue;
        const text = readFileSync(join(ROOT, 'src', dir, f), 'utf8');
        if (/from ['"](?:vscode|node:[^'"]+|fs|path|os|child_process)['"]|require\(|\bprocess\.|\bBuffer\b|__dirname/.test(text)) offenders.push(`${dir}/${f}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});

describe('what may import what', () => {
  const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*from ['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  const filesIn = (dir: string) => (readdirSync(join(ROOT, 'src', dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, 'src', dir, f));

  it('the engine imports nothing of this repository outside src/engine', () => {
    const bad = filesIn('engine').flatMap((f) => importsOf(f).filter((i) => i.startsWith('.') && !join(f, '..', i).startsWith(join(ROOT, 'src', 'engine'))).map((i) => `${f}: ${i}`));
    assert.deepEqual(bad, []);
  });
  it('the engine\'s stages import only the stages below them (language < parse < document, config; fix apart)', () => {
    // Shared by every stage: the public types and the one binary search.
    const shared = new Set(['types', 'search']);
    const below: Record<string, string[]> = {
      language: [],
      parse: ['language'],
      fix: [],
      // A document's sections come from the config, and the config's defaults are the built-in sections.
      document: ['language', 'parse', 'config'],
      config: ['document'],
    };
    const engine = join(ROOT, 'src', 'engine');
    const bad: string[] = [];
    for (const [stage, allowed] of Object.entries(below)) {
      for (const f of filesIn(join('engine', stage))) {
        for (const i of importsOf(f).filter((x) => x.startsWith('.'))) {
          const target = relative(engine, join(f, '..', i)).split(sep);
          const where = target.length === 1 ? target[0]!.replace(/\.js$/, '') : target[0]!;
          if (where !== stage && !shared.has(where) && !allowed.includes(where)) bad.push(`${relative(ROOT, f)}: ${i}`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });
  it('a rule imports the kit, define.js and the engine, never another rule', () => {
    const bad = ['phrasing', 'sections'].flatMap((dir) => readdirSync(join(ROOT, 'src', 'rules', dir)).filter((f) => f.endsWith('.ts')).flatMap((f) =>
      importsOf(join(ROOT, 'src', 'rules', dir, f)).filter((i) => i.startsWith('.') && !i.startsWith('../kit/') && i !== '../define.js' && !i.startsWith('../../engine/')).map((i) => `${dir}/${f}: ${i}`)));
    assert.deepEqual(bad, []);
  });
  it('the extension\'s stages import only the stages before them (worker < lint < config < actions < ui)', () => {
    const order = ['worker', 'lint', 'config', 'actions', 'ui'];
    const vscodeDir = join(ROOT, 'src', 'vscode');
    const bad: string[] = [];
    for (const stage of order) {
      for (const f of filesIn(join('vscode', stage))) {
        // Type-only imports leave nothing at run time ("the Linter this action asks").
        const runtime = [...readFileSync(f, 'utf8').matchAll(/(?:^|\n)\s*(import|export)(\s+type\b)?[^'"]*from ['"]([^'"]+)['"]/g)].filter((m) => !m[2]).map((m) => m[3]!);
        for (const i of runtime.filter((x) => x.startsWith('.'))) {
          const target = relative(vscodeDir, join(f, '..', i)).split(sep);
          if (target.length < 2 || target[0] === '..') continue;
          if (order.indexOf(target[0]!) > order.indexOf(stage)) bad.push(`${relative(ROOT, f)}: ${i}`);
        }
      }
    }
    assert.deepEqual(bad, []);
    assert.deepEqual(readdirSync(vscodeDir).filter((f) => f.endsWith('.ts')), ['extension.ts'], 'only the wiring sits outside the stages');
  });
  it('the extension host knows the rules from their generated catalog, and only the worker loads them', () => {
    // The host loads no rule, parser or language table: activation stays small (bench/RESULTS.md).
    const host = filesIn('vscode').filter((f) => !f.includes(`${sep}worker${sep}`));
    const bad = host.flatMap((f) => importsOf(f).filter((i) => /\/rules\/(?!catalog\.js$)/.test(i)).map((i) => `${relative(ROOT, f)}: ${i}`));
    assert.deepEqual(bad, []);
    assert.ok(host.some((f) => importsOf(f).some((i) => /\/rules\/catalog\.js$/.test(i))), 'the host reads the catalog');
  });
  it('the CLI and the extension do not import each other', () => {
    const bad = [
      ...filesIn('cli').flatMap((f) => importsOf(f).filter((i) => i.includes('/vscode/')).map((i) => `${f}: ${i}`)),
      ...filesIn('vscode').flatMap((f) => importsOf(f).filter((i) => i.includes('/cli/')).map((i) => `${f}: ${i}`)),
    ];
    assert.deepEqual(bad, []);
  });
});
