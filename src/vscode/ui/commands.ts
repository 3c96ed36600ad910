/** "SpecLint: New brief" and "SpecLint: Lint workspace". */
import * as vscode from 'vscode';
import type { Linter } from '../lint/diagnostics.js';
import type { ConfigManager } from '../config/config.js';
import { snippetBody } from './snippets.js';

export async function newBrief(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(snippetBody('brief')));
  return editor;
}

const MARKDOWN_GLOB = '**/*.{md,markdown,mdown,mkd}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';

export async function lintWorkspace(linter: Linter, configs: ConfigManager): Promise<{ files: number; problems: number; specs: number } | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('SpecLint: open a folder to lint its markdown files.');
    return undefined;
  }
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'SpecLint: linting the workspace', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB, undefined, token);
      let specs = 0;
      let done = 0;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        try {
          const r = await linter.lintClosed(uri);
          if (r.spec) specs++;
        } catch {
          // An unreadable file is skipped; the others still get linted.
        }
        done++;
        progress.report({ message: `${done}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
      }
      // What Problems shows for SpecLint: every document's diagnostics (open ones included, which
      // may lie outside the folder) and config file errors, counted after the run, not summed per file.
      return { files: done, problems: linter.problemCount() + configs.errorCount(), specs };
    },
  );
  void vscode.window.showInformationMessage(
    `SpecLint: ${summary.problems} problem${summary.problems === 1 ? '' : 's'} in ${summary.files} markdown file${summary.files === 1 ? '' : 's'} (${summary.specs} spec${summary.specs === 1 ? '' : 's'}).`,
  );
  if (summary.problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return summary;
}
