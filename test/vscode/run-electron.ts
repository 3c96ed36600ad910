/**
 * `npm run test:electron`: downloads VS Code (once, into .vscode-test/) with @vscode/test-electron
 * and runs the integration suite in its extension host against the desktop bundle.
 * The workspace is a temporary copy of test/vscode/fixtures/ws, so the repo is never modified.
 */
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const ws = mkdtempSync(path.join(tmpdir(), 'speclint-vscode-ws-'));
  cpSync(path.join(root, 'test/vscode/fixtures/ws'), ws, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist/test/electron.js'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
