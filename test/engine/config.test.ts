import assert from 'node:assert/strict';
import { ConfigResolver, ConfigError, lint, ruleSeverities, type ConfigHost } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';

const host = (files: Record<string, string>): ConfigHost => ({ readFile: async (p) => files[p] });
const resolver = (files: Record<string, string>) => new ConfigResolver(host(files), rules);

async function error(p: Promise<unknown>): Promise<ConfigError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ConfigError, String(e));
    return e;
  }
  assert.fail('expected a ConfigError');
}

describe('config files', () => {
  it('cascades from the root down: the nearest file wins, root: true stops the walk', async () => {
    const r = resolver({
      '/.speclintrc.json': '{"rules": {"no-minimizers": "error", "deadline-needs-reason": "off"}}',
      '/repo/.speclintrc.yaml': 'root: true\nrules:\n  no-minimizers: info\n',
      '/repo/docs/.speclintrc.json': '{"rules": {"no-demands": {"severity": "error"}}}',
    });
    const { config, files } = await r.configFor('/repo/docs/prd.md');
    assert.deepEqual(files, ['/repo/.speclintrc.yaml', '/repo/docs/.speclintrc.json']);
    assert.equal(config.rules['no-minimizers']!.severity, 'info');
    assert.equal(config.rules['no-demands']!.severity, 'error');
    assert.equal(config.rules['deadline-needs-reason'], undefined, 'root: true must hide /.speclintrc.json');
    const ds = lint('We just need it.', { rules, config });
    assert.equal(ds.diagnostics[0]!.severity, 'info');
  });

  it('extends relative files, then applies its own settings over them', async () => {
    const r = resolver({
      '/shared/base.yaml': 'rules:\n  no-minimizers: error\n  no-demands: error\n',
      '/repo/.speclintrc.json': '{"extends": "../shared/base.yaml", "rules": {"no-demands": "off"}}',
    });
    const { config } = await r.configFor('/repo/a.md');
    assert.equal(config.rules['no-minimizers']!.severity, 'error');
    assert.equal(config.rules['no-demands']!.severity, 'off');
  });

  it('reports an extends cycle, naming the chain', async () => {
    const r = resolver({ '/a/.speclintrc.json': '{"extends": "b.json"}', '/a/b.json': '{"extends": ".speclintrc.json"}' });
    const e = await error(r.configFor('/a/x.md'));
    assert.match(e.problem, /cycle: \/a\/\.speclintrc\.json → \/a\/b\.json → \/a\/\.speclintrc\.json/);
  });

  it('reports an extends to a missing file, naming the file that refers to it', async () => {
    const e = await error(resolver({ '/a/.speclintrc.json': '{"extends": "nope.json"}' }).configFor('/a/x.md'));
    assert.equal(e.file, '/a/.speclintrc.json');
    assert.match(e.problem, /does not exist: \/a\/nope\.json/);
  });

  it('gives the line and column of a JSON syntax error (a trailing comma)', async () => {
    const e = await error(resolver({ '/a/.speclintrc.json': '{\n  "rules": {\n    "no-minimizers": "off",\n  }\n}' }).configFor('/a/x.md'));
    assert.equal(e.file, '/a/.speclintrc.json');
    assert.equal(e.line, 4);
    assert.match(e.message, /^\/a\/\.speclintrc\.json:4:\d+: invalid JSON/);
  });

  it('gives the line of a YAML syntax error', async () => {
    const e = await error(resolver({ '/a/.speclintrc.yaml': 'rules:\n  no-minimizers: [off\n' }).configFor('/a/x.md'));
    assert.ok(e.line && e.line >= 2, e.message);
    assert.match(e.problem, /invalid YAML/);
  });

  it('names an unknown rule and suggests the closest id', async () => {
    const e = await error(resolver({ '/a/.speclintrc.json': '{"rules": {"no-minimiser": "off"}}' }).configFor('/a/x.md'));
    assert.match(e.problem, /unknown rule "no-minimiser"\. Did you mean "no-minimizers"\?/);
  });

  it('names the path of a wrong option type', async () => {
    const e = await error(resolver({ '/a/.speclintrc.json': '{"rules": {"no-minimizers": {"options": {"allow": [1]}}}}' }).configFor('/a/x.md'));
    assert.match(e.problem, /rules\.no-minimizers\.options\.allow\[0\]: expected a string, got integer/);
  });

  it('rejects an unknown top-level key and an unknown severity', async () => {
    assert.match((await error(resolver({ '/a/.speclintrc.json': '{"rulez": {}}' }).configFor('/a/x.md'))).problem, /unknown key "rulez"/);
    assert.match((await error(resolver({ '/a/.speclintrc.json': '{"rules": {"no-demands": "loud"}}' }).configFor('/a/x.md'))).problem, /"loud"/);
  });

  it('adds team synonyms and custom sections, and kinds by file glob relative to the config', async () => {
    const r = resolver({
      '/repo/.speclintrc.yaml': [
        'sections:',
        '  problem: { synonyms: ["pain we are solving"] }',
        '  security: { title: Security review, synonyms: [security], missing: does not say how security was reviewed }',
        'kinds:',
        '  ticket: { files: ["tickets/**"], sections: [problem, security] }',
      ].join('\n'),
    });
    const { config } = await r.configFor('/repo/tickets/t1.md');
    const res = lint('# Login\n\n## Pain we are solving\n\nUsers forget passwords.\n', { rules, config, filePath: '/repo/tickets/t1.md' });
    assert.equal(res.kind, 'ticket');
    assert.deepEqual(res.diagnostics.map((d) => d.message), ['This ticket does not say how security was reviewed. Add the "Security review" section.']);
    assert.equal(lint('# Login\n', { rules, config, filePath: '/repo/other/t1.md' }).kind, null);
  });

  it('can lint quoted material when configured to', async () => {
    const { config } = await resolver({ '/a/.speclintrc.json': '{"quotes": {"ignore": false}}' }).configFor('/a/x.md');
    assert.equal(lint('> We just need it.\n', { rules }).diagnostics.length, 0);
    assert.equal(lint('> We just need it.\n', { rules, config }).diagnostics.length, 1);
  });

  it('reports a broken inline configure-file comment on the comment, and lints on', () => {
    const ds = lint('<!-- speclint-configure-file {"rules": {"nope": "off"}} -->\n\nWe just need it.\n', { rules }).diagnostics;
    assert.deepEqual(ds.map((d) => d.ruleId), ['config-error', 'no-minimizers']);
    assert.match(ds[0]!.message, /unknown rule "nope"/);
  });
});

describe('editor rule severities (speclint.rules)', () => {
  const ids = rules.map((r) => r.id);
  it('accepts the spellings a config file accepts', () => {
    const { rules: got, problems } = ruleSeverities({ 'no-minimizers': 'warn', 'no-demands': 0, 'deadline-needs-reason': 2, 'credit-the-team': 'info' }, ids, 'speclint.rules');
    assert.deepEqual(got, { 'no-minimizers': 'warning', 'no-demands': 'off', 'deadline-needs-reason': 'error', 'credit-the-team': 'info' });
    assert.deepEqual(problems, []);
  });
  it('names a wrong rule or severity instead of dropping it in silence', () => {
    const { rules: got, problems } = ruleSeverities({ 'no-minimizrs': 'off', 'no-demands': 'warnn', 'credit-the-team': 5 }, ids, 'speclint.rules');
    assert.deepEqual(got, {});
    assert.equal(problems.length, 3);
    assert.match(problems[0]!, /"no-minimizrs" is not a SpecLint rule\. Did you mean "no-minimizers"\?/);
    assert.match(problems[1]!, /speclint\.rules\.no-demands: "warnn" is not a severity.*Did you mean "warning"\?/);
    assert.match(problems[2]!, /credit-the-team: 5 is not a severity/);
  });
  it('reports a setting that is not an object', () => {
    assert.match(ruleSeverities('off', ids, 'speclint.rules').problems[0]!, /should be an object/);
  });
});
