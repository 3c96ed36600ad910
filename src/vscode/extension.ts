/**
 * SpecLint for VS Code (desktop and web): activate wiring only. The engine runs in a worker
 * (lintClient.ts: a worker thread on the desktop, a Web Worker on the web) so no document can
 * block the extension host; the modules beside this file convert positions and draw the UI.
 */
import * as vscode from 'vscode';
import { ConfigManager } from './config/config.js';
import { Linter } from './lint/diagnostics.js';
import { REVEAL_COMMAND, SpecLintCodeActions, runFixAll } from './actions/codeActions.js';
import { SpecStatusBar } from './ui/statusBar.js';
import { lintWorkspace, newBrief } from './ui/commands.js';
import { ADD_SYNONYM_COMMAND, addSynonym } from './actions/synonym.js';
import { MARK_SECTION_COMMAND, markSectionStated } from './actions/marker.js';
import { LintClient, type SpawnWorker } from './lint/lintClient.js';
import { isNode, nodeWorker, webWorker } from './lint/workerSpawn.js';

/** What `activate` returns: a small handle for the integration tests. */
export interface SpecLintApi {
  statusBarText(): string | undefined;
  /** The status bar item's hover, as markdown source. */
  statusBarTooltip(): string | undefined;
  /** "Fix all" with a hook between computing and applying the fixes (for tests of stale fixes). */
  fixAll(uri: vscode.Uri, beforeApply?: () => Promise<void>): Promise<boolean>;
  /** Lint workers started so far, per lane (tests check that linting left the extension host). */
  workerStarts(): { main: number; heavy: number };
}

/** The lint worker's script, beside the extension's own bundle. Started on the first lint, not here. */
function spawner(context: vscode.ExtensionContext): SpawnWorker {
  if (isNode()) return nodeWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath);
  return webWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js').toString(true));
}

export function activate(context: vscode.ExtensionContext): SpecLintApi {
  const configs = new ConfigManager();
  configs.reportSettingProblems();
  const client = new LintClient(spawner(context), { budget: () => configs.settings.maxLintTime });
  const linter = new Linter(configs, client);
  const statusBar = new SpecStatusBar(linter, configs);
  context.subscriptions.push(
    configs,
    linter,
    { dispose: () => client.dispose() },
    statusBar,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new SpecLintCodeActions(linter), SpecLintCodeActions.metadata),
    vscode.commands.registerCommand('speclint.fixAll', (uri?: vscode.Uri) => runFixAll(linter, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('speclint.newBrief', () => newBrief()),
    vscode.commands.registerCommand('speclint.lintWorkspace', () => lintWorkspace(linter, configs)),
    vscode.commands.registerCommand(ADD_SYNONYM_COMMAND, (uri: vscode.Uri, sectionId: string, heading: string) => addSynonym(configs, uri, sectionId, heading)),
    vscode.commands.registerCommand(MARK_SECTION_COMMAND, (uri: vscode.Uri, sectionId: string, title: string, line?: number) =>
      markSectionStated(linter, uri, sectionId, title, line),
    ),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: vscode.Uri, offset: number) => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()) ?? (await vscode.window.showTextDocument(uri));
      const at = editor.document.positionAt(offset);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
  return {
    statusBarText: () => statusBar.text,
    statusBarTooltip: () => statusBar.tooltipText,
    fixAll: (uri, beforeApply) => runFixAll(linter, uri, beforeApply),
    workerStarts: () => client.starts,
  };
}

export function deactivate(): void {}
