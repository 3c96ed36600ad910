// Tokenizes sample markdown with VS Code's own markdown grammar plus our injection grammar
// (vscode-textmate + vscode-oniguruma from the code-server install) and checks the scopes.
// usage: node e2e/grammar-check.mjs   (env: SPECLINT_E2E_CACHE, CS_DIR)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = process.env.SPECLINT_E2E_CACHE || path.join(process.env.HOME || '/tmp', '.cache/speclint-e2e');
const VSCODE = path.join(process.env.CS_DIR || path.join(CACHE, 'cs-lite'), 'node_modules/code-server/lib/vscode');
const require = createRequire(path.join(VSCODE, 'package.json'));
const tm = require('vscode-textmate');
const onig = require('vscode-oniguruma');

await onig.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const ours = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/speclint-placeholders.tmLanguage.json'), 'utf8'));
const registry = new tm.Registry({
  onigLib: Promise.resolve({ createOnigScanner: (s) => new onig.OnigScanner(s), createOnigString: (s) => new onig.OnigString(s) }),
  loadGrammar: async (scope) => {
    if (scope === 'text.html.markdown') {
      const p = path.join(VSCODE, 'extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');
      return tm.parseRawGrammar(fs.readFileSync(p, 'utf8'), p);
    }
    if (scope === ours.scopeName) return ours;
    return null;
  },
  getInjections: (scope) => (scope === 'text.html.markdown' ? [ours.scopeName] : undefined),
});
const grammar = await registry.loadGrammar('text.html.markdown');

function scopesOf(text) {
  const out = [];
  let state = tm.INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.join(' ') });
    state = r.ruleStack;
  }
  return out;
}
const has = (tokens, text, scope) => tokens.some((t) => t.text.includes(text) && t.scopes.includes(scope));

const sample = [
  '# PRD: Saved carts',
  '',
  '## User problem',
  '',
  '<!-- What goes wrong for users today? -->',
  'TBD',
  '',
  'Target: [insert metric] by <date>. TODO ask legal.',
  '',
  '<!-- speclint-disable-next-line no-minimizers -->',
  'We just need it.',
  '',
  '```',
  'TODO in code stays code',
  '```',
  '',
  'Inline `TODO` stays code, and TODOS or mastodon are words.',
].join('\n');
const tokens = scopesOf(sample);
const checks = [
  ['TBD', 'invalid.illegal.placeholder.speclint', true],
  ['[insert metric]', 'invalid.illegal.placeholder.speclint', true],
  ['<date>', 'invalid.illegal.placeholder.speclint', true],
  ['TODO ask', 'invalid.illegal.placeholder.speclint', false],
  ['What goes wrong', 'prompt.speclint', true],
  ['speclint-disable-next-line', 'keyword.control.directive.speclint', true],
  ['no-minimizers', 'entity.name.tag.rule.speclint', true],
  ['TODO in code', 'placeholder.speclint', false],
  ['TODOS', 'placeholder.speclint', false],
];
let failed = 0;
// "TODO ask legal": the marker token is "TODO" alone.
if (!tokens.some((t) => t.text === 'TODO' && t.scopes.includes('invalid.illegal.placeholder.speclint') && !t.scopes.includes('raw'))) {
  console.log('FAIL: bare TODO is not scoped as a placeholder');
  failed++;
}
for (const [text, scope, want] of checks) {
  if (text === 'TODO ask') continue;
  const got = has(tokens, text, scope);
  if (got !== want) {
    failed++;
    console.log(`FAIL: "${text}" ${want ? 'should' : 'should not'} have ${scope}`);
    console.log(tokens.filter((t) => t.text.includes(text.split(' ')[0])));
  }
}
if (tokens.some((t) => t.text.includes('TODO') && t.scopes.includes('raw') && t.scopes.includes('placeholder'))) {
  failed++;
  console.log('FAIL: TODO inside code was scoped as a placeholder');
}
console.log(failed ? `grammar: ${failed} check(s) failed` : `grammar: ${checks.length} checks passed`);
process.exit(failed ? 1 : 0);
