/**
 * Hostile configuration: each bad config gives one ConfigError that names the file and the
 * problem (one line, no stack), quickly; no config value runs code, reaches the network or
 * makes matching backtrack. Everything goes through an in-memory ConfigHost. Cases that could
 * hang run in their own process (config-worker.ts) with a timeout.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, ConfigResolver, lint, type ConfigHost } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';
import { CONFIG_CASES } from './config-worker.js';

/**
 * No test here reads the clock: a bound in seconds fails by chance on a busy machine. A hang
 * is caught by mocha's timeout (generous, see `this.timeout` below) and, for the cases that
 * run in their own process, by killing that process; speed targets live in `npm run bench`.
 */
const HANG_MS = 120_000;

function memoryHost(files: Record<string, string>, requested: string[] = []): ConfigHost {
  return {
    readFile: async (p) => {
      requested.push(p);
      return Object.prototype.hasOwnProperty.call(files, p) ? files[p] : undefined;
    },
  };
}

/** Resolves the config for /r/doc.md and expects exactly one ConfigError, quickly. */
async function configError(files: Record<string, string>, requested?: string[]): Promise<ConfigError> {
  let err: unknown;
  try {
    await new ConfigResolver(memoryHost(files, requested), rules).configFor('/r/doc.md');
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${err === undefined ? 'a config' : String((err as Error)?.stack ?? err)}`);
  assert.ok(!err.message.includes('\n'), `the message is one line: ${JSON.stringify(err.message)}`);
  assert.ok(err.message.startsWith(err.file), `the message starts with the file: ${err.message}`);
  assert.ok(err.problem.length > 10 && err.problem.length < 400, `a readable problem: ${err.problem}`);
  return err;
}

const JSON_FILE = '/r/.speclintrc.json';
const YAML_FILE = '/r/.speclintrc.yaml';

describe('robustness: hostile configuration', function () {
  this.timeout(HANG_MS);

  afterEach(() => {
    // Nothing a config says may reach Object.prototype.
    const probe = {} as Record<string, unknown>;
    for (const k of ['rules', 'polluted', 'sections', 'title', 'severity', 'options', 'allow']) assert.equal(probe[k], undefined, `Object.prototype.${k} was polluted`);
  });

  describe('malformed files', () => {
    it('JSON with a trailing comma: the file, line and column', async () => {
      const e = await configError({ [JSON_FILE]: '{\n  "rules": {\n    "no-minimizers": "off",\n  }\n}\n' });
      assert.equal(e.file, JSON_FILE);
      assert.match(e.problem, /^invalid JSON/);
      assert.equal(e.line, 4);
    });
    for (const [what, text] of [
      ['comments', '{\n  // our rules\n  "rules": {}\n}'],
      ['single quotes', "{'rules': {}}"],
      ['an unterminated string', '{"rules": {"no-minimizers": "off}}'],
      ['nothing but a brace', '{'],
      ['binary junk', '\u0000\u0001\uFFFD{]'],
    ] as const) {
      it(`JSON with ${what}`, async () => {
        const e = await configError({ [JSON_FILE]: text });
        assert.equal(e.file, JSON_FILE);
        assert.match(e.problem, /^invalid JSON: /);
      });
    }
    for (const text of ['[]', 'null', '42', '"rules"', 'true']) {
      it(`JSON that is not an object: ${text}`, async () => {
        const e = await configError({ [JSON_FILE]: text });
        assert.match(e.problem, /must be an object/);
      });
    }
    for (const [what, text, line] of [
      ['bad indentation', 'rules:\n  no-minimizers: off\n bad: 1\n', 3],
      ['an unclosed flow sequence', 'rules: [off\n', undefined],
      ['a duplicate key', 'rules:\n  no-minimizers: off\n  no-minimizers: error\n', 3],
      ['a tab for indentation', 'rules:\n\tno-minimizers: off\n', 2],
    ] as const) {
      it(`YAML with ${what}`, async () => {
        const e = await configError({ [YAML_FILE]: text });
        assert.equal(e.file, YAML_FILE);
        assert.match(e.problem, /^invalid YAML: /);
        if (line) assert.equal(e.line, line);
      });
    }
    it('JSON nested 100,000 levels deep', async () => {
      const e = await configError({ [JSON_FILE]: `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}` });
      assert.equal(e.file, JSON_FILE);
    });
    it('YAML nested 10,000 levels deep', async () => {
      const e = await configError({ [YAML_FILE]: `rules: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` });
      assert.equal(e.file, YAML_FILE);
    });
  });

  describe('wrong content', () => {
    it('an unknown rule id, with a suggestion', async () => {
      const e = await configError({ [JSON_FILE]: '{"rules": {"no-minimiser": "off"}}' });
      assert.equal(e.problem, 'unknown rule "no-minimiser". Did you mean "no-minimizers"?');
    });
    it('an unknown top-level key', async () => {
      const e = await configError({ [YAML_FILE]: 'rulez:\n  no-minimizers: off\n' });
      assert.match(e.problem, /unknown key "rulez"/);
    });
    for (const [what, cfg, problem] of [
      ['a string where a list belongs', { rules: { 'no-minimizers': { options: { allow: 'just' } } } }, /^rules\.no-minimizers\.options\.allow: expected a list of strings, got "just"$/],
      ['a number in a phrase list', { rules: { 'no-minimizers': { options: { extra: ['fine', 3] } } } }, /^rules\.no-minimizers\.options\.extra\[1\]: expected a string, got integer$/],
      ['a misspelt severity', { rules: { 'no-minimizers': 'warnig' } }, /expected one of "off", "info", "warning", "error", .*got "warnig"\. Did you mean "warning"\?$/],
      ['a severity number out of ESLint\'s range', { rules: { 'no-minimizers': { severity: 3 } } }, /rules\.no-minimizers\.severity: expected one of .*got 3$/],
      ['a team phrase without its phrase', { rules: { 'team-phrases': { options: { phrases: [{ replace: 'x' }] } } } }, /phrases\[0\]: "phrase" is required/],
      ['a phrase longer than the limit', { rules: { 'team-phrases': { options: { phrases: [{ phrase: 'x'.repeat(201) }] } } } }, /is 201 characters long; the limit is 200/],
      ['extends that is a number', { extends: 5 }, /^extends: expected a string or a list/],
      ['root that is a string', { root: 'yes' }, /^root: expected a boolean, got "yes"$/],
      ['ignores that is a string', { ignores: 'drafts/' }, /^ignores: expected a list of strings/],
      ['an unknown section in a kind', { kinds: { brief: { sections: ['problme'] } } }, /unknown section "problme"\. Did you mean "problem"\?/],
      ['an inherited name as a section', { kinds: { brief: { sections: ['toString'] } } }, /unknown section "toString"/],
    ] as const) {
      it(`wrong option type: ${what}`, async () => {
        const e = await configError({ [JSON_FILE]: JSON.stringify(cfg) });
        assert.equal(e.file, JSON_FILE);
        assert.match(e.problem, problem);
      });
    }
  });

  describe('extends', () => {
    it('a file that extends itself', async () => {
      const e = await configError({ [JSON_FILE]: '{"extends": "./.speclintrc.json"}' });
      assert.match(e.problem, /"extends" makes a cycle: \/r\/\.speclintrc\.json → \/r\/\.speclintrc\.json/);
    });
    it('a cycle through three files names the chain', async () => {
      const e = await configError({ [JSON_FILE]: '{"extends": "a.yaml"}', '/r/a.yaml': 'extends: b.json\n', '/r/b.json': '{"extends": ".speclintrc.json"}' });
      assert.equal(e.file, '/r/b.json');
      assert.match(e.problem, /cycle: \/r\/\.speclintrc\.json → \/r\/a\.yaml → \/r\/b\.json → \/r\/\.speclintrc\.json/);
    });
    it('a missing file names the file that refers to it', async () => {
      const e = await configError({ [JSON_FILE]: '{"extends": ["../shared/base.json"]}' });
      assert.equal(e.file, JSON_FILE);
      assert.match(e.problem, /"extends" names a file that does not exist: \/shared\/base\.json/);
    });
    it('a chain deeper than the limit', async () => {
      const files: Record<string, string> = { [JSON_FILE]: '{"extends": "c0.json"}' };
      for (let i = 0; i < 30; i++) files[`/r/c${i}.json`] = JSON.stringify({ extends: `c${i + 1}.json` });
      files['/r/c30.json'] = '{}';
      const e = await configError(files);
      assert.match(e.problem, /"extends" chain is deeper than 20 files/);
    });
    it('a file that is not a config (say /etc/passwd) is read as data and rejected', async () => {
      const e = await configError({ [JSON_FILE]: '{"extends": "/etc/passwd"}', '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\n' });
      assert.equal(e.file, '/etc/passwd');
      assert.match(e.problem, /must be an object/);
    });
    it('a URL is a (missing) path: nothing is fetched', async () => {
      const requested: string[] = [];
      const e = await configError({ [JSON_FILE]: '{"extends": "https://evil.example/speclint.json"}' }, requested);
      assert.match(e.problem, /does not exist/);
      assert.ok(requested.every((p) => p.startsWith('/')), `only absolute paths were read: ${requested.join(', ')}`);
    });
  });

  describe('size and resource attacks', () => {
    it('a team phrase list of 100,000 entries', async () => {
      const phrases = `[${Array(100_000).fill('{}').join(',')}]`;
      const e = await configError({ [JSON_FILE]: `{"rules": {"team-phrases": {"options": {"phrases": ${phrases}}}}}` });
      assert.equal(e.file, JSON_FILE);
      assert.equal(e.problem, 'rules.team-phrases.options.phrases: has 100000 entries; the limit is 2000');
    });
    it('a team phrase list of 100,000 real entries (over the size limit)', async () => {
      const phrases = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => ({ phrase: `word${i}`, replace: 'x' })));
      const e = await configError({ [JSON_FILE]: `{"rules": {"team-phrases": {"options": {"phrases": ${phrases}}}}}` });
      assert.match(e.problem, /config file is [\d,]+ characters long; the limit is 1,?000,?000/);
    });
    it('a 10 MB config', async () => {
      const e = await configError({ [YAML_FILE]: `# ${'x'.repeat(10_000_000)}\nrules: {}\n` });
      assert.equal(e.file, YAML_FILE);
      assert.match(e.problem, /config file is [\d,]+ characters long; the limit is 1,?000,?000/);
    });
    it('a YAML alias bomb ("billion laughs")', async () => {
      const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 10; i++) {
        const prev = String.fromCharCode(96 + i);
        lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`);
      }
      const e = await configError({ [YAML_FILE]: `${lines.join('\n')}\nrules: {}\n` });
      assert.equal(e.file, YAML_FILE);
      assert.match(e.problem, /^invalid YAML: .*(alias|resource)/i);
    });
    it('a YAML alias bomb in front matter: linting stays fast and goes on', () => {
      const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
      const r = lint(`---\n${lines.join('\n')}\ntype: prd\n---\n# PRD: x\n\nWe just need it.\n`, { rules });
      assert.ok(r.diagnostics.some((d) => d.ruleId === 'no-minimizers'));
    });
  });

  describe('__proto__, constructor and other inherited names are data', () => {
    for (const [what, file, text, problem] of [
      ['__proto__ at the top (JSON)', JSON_FILE, '{"__proto__": {"rules": {"no-minimizers": "off"}}}', /^\(top level\): .*"__proto__"/],
      ['__proto__ at the top (YAML)', YAML_FILE, '__proto__:\n  rules:\n    no-minimizers: off\n', /^\(top level\): .*"__proto__"/],
      ['__proto__ as a rule id', JSON_FILE, '{"rules": {"__proto__": {"severity": "off"}}}', /unknown rule "__proto__"/],
      ['constructor as a rule id', JSON_FILE, '{"rules": {"constructor": "off"}}', /unknown rule "constructor"/],
      ['__proto__ in rule options', JSON_FILE, '{"rules": {"no-minimizers": {"options": {"__proto__": {"allow": ["just"]}}}}}', /^rules\.no-minimizers\.options: .*"__proto__"/],
      ['constructor at the top', JSON_FILE, '{"constructor": {"rules": {}}}', /^\(top level\): .*"constructor"/],
      ['toString in rule options', YAML_FILE, 'rules:\n  no-minimizers:\n    options:\n      toString: just\n', /^rules\.no-minimizers\.options: .*"toString"/],
      ['__proto__ as a section id', JSON_FILE, '{"sections": {"__proto__": {"title": "Polluted", "synonyms": ["problem"]}}}', /__proto__/],
      ['__proto__ as a section id (YAML)', YAML_FILE, 'sections:\n  __proto__:\n    title: Polluted\n', /__proto__/],
    ] as const) {
      it(`${what}: one ConfigError`, async () => {
        const e = await configError({ [file]: text });
        assert.equal(e.file, file);
        assert.match(e.problem, problem);
      });
    }
    it('YAML tags for code (!!js/function) are never run', async () => {
      const g = globalThis as Record<string, unknown>;
      const files = { [YAML_FILE]: 'rules: !!js/function "function () { globalThis.__speclintPwned = 1 }"\n' };
      try {
        await new ConfigResolver(memoryHost(files), rules).configFor('/r/doc.md');
      } catch (e) {
        assert.ok(e instanceof ConfigError, String(e));
      }
      assert.equal(g.__speclintPwned, undefined);
    });
    it('YAML 1.1 !!binary where a string belongs is a clear error', async () => {
      const e = await configError({ [YAML_FILE]: '%YAML 1.1\n---\nextends: !!binary aGVsbG8=\n' });
      assert.match(e.problem, /^extends: expected a string or a list/);
    });
  });

  describe('inline configure-file comments', () => {
    const inline = (json: string) => `<!-- speclint-configure-file ${json} -->\n\nWe just need two more resources ASAP.\n`;
    for (const [what, json, problem] of [
      ['invalid JSON', '{"rules": {,}}', /invalid JSON/],
      ['an unknown rule', '{"rules": {"no-minimiser": "off"}}', /unknown rule "no-minimiser"/],
      ['100,000 team phrases on one line', `{"rules": {"team-phrases": {"options": {"phrases": [${Array(100_000).fill('{"phrase":"x"}').join(',')}]}}}}`, /line 1 is [\d,]+ characters long/],
      ['3,000 team phrases', `{"rules": {"team-phrases": {"options": {"phrases": [\n${Array(3_000).fill('{"phrase":"x"}').join(',\n')}]}}}}`, /has 3000 entries; the limit is 2000/],
      ['__proto__', '{"__proto__": {"rules": {"no-minimizers": "off"}}}', /"__proto__"/],
    ] as const) {
      it(`${what}: a config-error diagnostic on the comment, and the rest is linted`, () => {
        const text = inline(json);
        const { diagnostics } = lint(text, { rules });
        // A comment too large to parse is skipped (and says so) instead of read.
        const errs = diagnostics.filter((d) => d.ruleId === 'config-error' || d.ruleId === 'skipped-content');
        assert.equal(errs.length, 1, JSON.stringify(diagnostics.map((d) => d.ruleId)));
        assert.match(errs[0]!.message, problem);
        assert.ok(diagnostics.some((d) => d.ruleId === 'no-minimizers'), 'linting went on with the last good config');
      });
    }
  });

  describe('cases that could hang (each in its own process)', () => {
    for (const [name, c] of Object.entries(CONFIG_CASES)) {
      it(`${c.what}: done or refused, never hung`, () => {
        const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'config-worker.ts'), name], {
          cwd: join(__dirname, '..', '..'),
          encoding: 'utf8',
          timeout: HANG_MS / 2,
          killSignal: 'SIGKILL',
        });
        const out = (r.stdout ?? '').trim().split('\n').pop() ?? '';
        const summary = r.signal ? `killed after ${HANG_MS / 2000} s (${r.signal})` : out || `exit ${r.status}: ${(r.stderr ?? '').slice(-400)}`;
        console.log(`      [${name}] ${summary}`);
        assert.equal(r.signal, null, `${name}: ${summary}`);
        const res = JSON.parse(out) as { ms: number; outcome?: string; error?: string; configError?: boolean };
        assert.ok(res.outcome || res.configError, `${name}: neither a result nor a ConfigError: ${res.error}`);
      });
    }
  });
});
