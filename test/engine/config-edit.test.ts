import { strict as assert } from 'node:assert';
import * as yaml from 'yaml';
import * as jsonc from 'jsonc-parser';
import { addSectionSynonym, newConfigWithSynonym } from '../../src/engine/config/edit.js';
import { ConfigError, parseConfigText } from '../../src/engine/config/config.js';
import { ConfigResolver, lint } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';

function added(text: string, file: string, id: string, heading: string): string {
  const r = addSectionSynonym(text, file, id, heading, { yaml, jsonc });
  assert.equal(r.status, 'added');
  if (r.status !== 'added') throw new Error('unreachable');
  // The change alone rebuilds the new text.
  assert.equal(text.slice(0, r.change.start) + r.change.text + text.slice(r.change.end), r.text);
  return r.text;
}

describe('adding a heading as a section synonym to a config file', () => {
  it('JSON: creates sections.<id>.synonyms and keeps the rest of the file as it was', () => {
    const before = '{\n  "rules": {\n    "no-minimizers": "off"\n  }\n}\n';
    const after = added(before, '/w/.speclintrc.json', 'constraints', 'Drawbacks');
    assert.deepEqual(JSON.parse(after), { rules: { 'no-minimizers': 'off' }, sections: { constraints: { synonyms: ['Drawbacks'] } } });
    assert.ok(after.startsWith('{\n  "rules": {\n    "no-minimizers": "off"\n  }'), after);
  });

  it('JSON: appends to a list that exists, with the file\'s own indentation, and changes only what it must', () => {
    const before = '{\n\t"sections": {\n\t\t"why": { "synonyms": ["Business case"] }\n\t},\n\t"rules": {}\n}\n';
    const r = addSectionSynonym(before, 'x/.speclintrc.json', 'why', 'Drivers', { jsonc });
    assert.equal(r.status, 'added');
    if (r.status !== 'added') return;
    assert.deepEqual(JSON.parse(r.text).sections.why.synonyms, ['Business case', 'Drivers']);
    assert.ok(r.text.endsWith('\t"rules": {}\n}\n'), r.text);
    assert.ok(r.change.start > 0 && r.change.end < before.length, 'not the whole file');
  });

  it('YAML: keeps comments, and adds to an existing list', () => {
    const before = '# team config\nsections:\n  success:\n    synonyms:\n      - Outcomes # ours\nrules:\n  no-minimizers: warning\n';
    const after = added(before, '/w/.speclintrc.yaml', 'success', 'Usage metrics');
    assert.ok(after.includes('# team config') && after.includes('# ours'), after);
    assert.deepEqual(yaml.parse(after).sections.success.synonyms, ['Outcomes', 'Usage metrics']);
    assert.deepEqual(yaml.parse(after).rules, { 'no-minimizers': 'warning' });
  });

  it('YAML: inserts whole lines and touches no other line (comment spacing, flow lists, CRLF)', () => {
    const before = '# team\r\nrules:\r\n  no-minimizers: warning   # loud\r\nkinds:\r\n  brief: { files: ["specs/**"] }\r\nsections:\r\n  why:\r\n    synonyms:\r\n      - Drivers\r\n';
    assert.equal(
      added(before, '/w/.speclintrc.yaml', 'success', 'Usage: metrics'),
      '# team\r\nrules:\r\n  no-minimizers: warning   # loud\r\nkinds:\r\n  brief: { files: ["specs/**"] }\r\nsections:\r\n  why:\r\n    synonyms:\r\n      - Drivers\r\n  success:\r\n    synonyms:\r\n      - "Usage: metrics"\r\n',
    );
    assert.equal(
      added(before, '/w/.speclintrc.yaml', 'why', 'Business case'),
      before.replace('- Drivers\r\n', '- Drivers\r\n      - Business case\r\n'),
    );
  });

  it('YAML: a flow-style list still gets the synonym, with the same data otherwise', () => {
    const before = 'sections: { why: { synonyms: [Drivers] } }\nrules: { no-minimizers: off }\n';
    assert.deepEqual(yaml.parse(added(before, '/w/.speclintrc.yaml', 'why', 'Costs')), { sections: { why: { synonyms: ['Drivers', 'Costs'] } }, rules: { 'no-minimizers': 'off' } });
  });

  it('YAML: creates the path in an empty file or one with only comments', () => {
    for (const before of ['', '# nothing yet\n']) {
      const after = added(before, '/w/.speclintrc.yml', 'audience', 'Affected projects');
      assert.deepEqual(yaml.parse(after), { sections: { audience: { synonyms: ['Affected projects'] } } });
    }
  });

  it('does nothing when the heading is already a synonym there (in any case)', () => {
    const text = JSON.stringify({ sections: { constraints: { synonyms: ['drawbacks'] } } });
    assert.deepEqual(addSectionSynonym(text, '/w/.speclintrc.json', 'constraints', 'Drawbacks', { jsonc }), { status: 'already' });
  });

  it('a broken or oddly shaped file is an error naming the file, never a rewrite', () => {
    assert.throws(() => addSectionSynonym('{ "sections": ', '/w/.speclintrc.json', 'why', 'Drivers', { jsonc }), (e: unknown) => e instanceof ConfigError && e.file === '/w/.speclintrc.json' && /invalid JSON/.test(e.problem));
    assert.throws(() => addSectionSynonym('{ "sections": [] }', '/w/.speclintrc.json', 'why', 'Drivers', { jsonc }), (e: unknown) => e instanceof ConfigError && /sections is not an object/.test(e.problem));
    assert.throws(() => addSectionSynonym('sections:\n  why:\n    synonyms: Drivers\n', '/w/.speclintrc.yaml', 'why', 'Costs', { yaml }), (e: unknown) => e instanceof ConfigError && /synonyms is not a list/.test(e.problem));
  });

  it('a new file in either format holds just the synonym', () => {
    for (const file of ['/w/.speclintrc.json', '/w/.speclintrc.yaml']) {
      assert.deepEqual(parseConfigText(newConfigWithSynonym(file, 'constraints', 'Risks: "known"'), file, yaml), { sections: { constraints: { synonyms: ['Risks: "known"'] } } });
    }
  });

  it('end to end: the suggestion names a heading, the edit adds it, and the section then counts', async () => {
    const spec = '---\ntype: prd\n---\n# Saved carts\n\n## User problem\nShoppers lose carts.\n\n## Who it is for\nReturning shoppers.\n\n## Why it matters\nA fifth of carts are lost.\n\n## Success metrics\nRecovery from 3% to 10%.\n\n## Open questions\nIs there a simpler way?\n\n## Cart expiry limits\nCarts expire after 30 days.\n';
    const files: Record<string, string> = { '/w/.speclintrc.json': '{\n  "rules": {}\n}\n' };
    const resolver = () => new ConfigResolver({ readFile: async (p) => files[p] }, rules);
    const before = lint(spec, { rules, filePath: '/w/brief.md', config: (await resolver().configFor('/w/brief.md')).config });
    const ask = before.diagnostics.find((d) => d.ruleId === 'suggest-section-synonym');
    assert.ok(ask, 'the rule asks about "Cart expiry limits"');
    const { sectionId, heading } = ask.data as { sectionId: string; heading: string };
    assert.ok(before.diagnostics.some((d) => d.ruleId === 'require-sections' && (d.data as { sectionId: string }).sectionId === sectionId));
    const r = addSectionSynonym(files['/w/.speclintrc.json']!, '/w/.speclintrc.json', sectionId, heading, { jsonc });
    assert.equal(r.status, 'added');
    if (r.status === 'added') files['/w/.speclintrc.json'] = r.text;
    const after = lint(spec, { rules, filePath: '/w/brief.md', config: (await resolver().configFor('/w/brief.md')).config });
    assert.ok(!after.diagnostics.some((d) => d.ruleId === 'suggest-section-synonym'), 'asked once, answered');
    assert.ok(!after.diagnostics.some((d) => d.ruleId === 'require-sections' && (d.data as { sectionId: string }).sectionId === sectionId), 'the section counts now');
  });
});
