/**
 * SpecLint for VS Code (desktop and web): activate wiring only. The engine does the linting;
 * the modules beside this file convert positions and draw the UI.
 */
import * as vscode from 'vscode';
import { ConfigManager } from './config.js';
import { Linter } from './diagnostics.js';
import { SpecLintCodeActions, runFixAll } from './codeActions.js';
import { SpecStatusBar } from './statusBar.js';
import { lintWorkspace, newBrief } from './commands.js';

/** What `activate` returns: a small handle for the integration tests. */
export interface SpecLintApi {
  statusBarText(): string | undefined;
  /** "Fix all" with a hook between computing and applying the fixes (for tests of stale fixes). */
  fixAll(uri: vscode.Uri, beforeApply?: () => Promise<void>): Promise<boolean>;
}

export function activate(context: vscode.ExtensionContext): SpecLintApi {
  const configs = new ConfigManager();
  const linter = new Linter(configs);
  const statusBar = new SpecStatusBar(linter, configs);
  context.subscriptions.push(
    configs,
    linter,
    statusBar,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new SpecLintCodeActions(linter), SpecLintCodeActions.metadata),
    vscode.commands.registerCommand('speclint.fixAll', (uri?: vscode.Uri) => runFixAll(linter, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('speclint.newBrief', () => newBrief()),
    vscode.commands.registerCommand('speclint.lintWorkspace', () => lintWorkspace(linter)),
  );
  return { statusBarText: () => statusBar.text, fixAll: (uri, beforeApply) => runFixAll(linter, uri, beforeApply) };
}

export function deactivate(): void {}
