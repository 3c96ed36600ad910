import assert from 'node:assert/strict';
import { keyPosition } from '../../../src/vscode/config/configPosition.js';

describe('keyPosition', () => {
  const json = '{\n  "rules": {\n    "no-minimizers": "loud"\n  }\n}\n';
  it('finds the key a schema problem names, in JSON', () => {
    assert.deepEqual(keyPosition(json, 'rules.no-minimizers: expected one of "off", got "loud"'), { line: 2, column: 4, length: 15 });
  });
  it('finds it in YAML', () => {
    assert.deepEqual(keyPosition('rules:\n  no-minimizers: loud\n', 'rules.no-minimizers: expected one of'), { line: 1, column: 2, length: 13 });
  });
  it('finds an unknown rule', () => {
    assert.equal(keyPosition('{ "rules": {\n "no-minimiser": "off" } }', 'unknown rule "no-minimiser". Did you mean "no-minimizers"?')?.line, 1);
  });
  it('gives up politely', () => {
    assert.equal(keyPosition(json, 'the config must be an object'), undefined);
  });
});
