/**
 * The editor and CI agree: the CLI's diagnostics for the extension's test workspace are
 * recorded in test/vscode/fixtures/ws/cli-expected.json, and the in-host suite
 * (test/vscode/suite, run by `npm run test:web`) checks that the extension shows the same
 * ones. This test keeps that record equal to what the CLI says today, so a drift in either
 * the CLI or the extension fails one of the two.
 * Rewrite the record with UPDATE_SNAPSHOTS=1.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WS = path.join(ROOT, 'test/vscode/fixtures/ws');
const RECORD = path.join(ROOT, 'test/vscode/fixtures/ws/cli-expected.json');

interface JsonResult { file: string; diagnostics: { ruleId: string; line: number; column: number; message: string }[] }

describe('the editor and CI agree', () => {
  it('the recorded CLI diagnostics of the test workspace are what the CLI says today', async () => {
    let stdout = '';
    const code = await run(['.', '--format', 'json'], { cwd: WS, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => undefined }, env: {} });
    assert.ok(code === 0 || code === 1, `exit code ${code}`);
    const results = JSON.parse(stdout) as JsonResult[];
    const record: Record<string, string[]> = {};
    for (const r of results.sort((a, b) => a.file.localeCompare(b.file))) {
      record[r.file.split(path.sep).join('/')] = r.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.message}`);
    }
    assert.ok(Object.keys(record).length >= 3, 'the workspace has several markdown files');
    if (process.env.UPDATE_SNAPSHOTS) fs.writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
    assert.deepEqual(JSON.parse(fs.readFileSync(RECORD, 'utf8')), record, 'run with UPDATE_SNAPSHOTS=1 and check the in-host suite still agrees');
  });
});
