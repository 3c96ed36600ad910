/**
 * "It is stated already": the answer to a "missing section" claim SpecLint got wrong, because the
 * author states the section in a sentence SpecLint cannot read as one. The author picks the line;
 * a `<!-- speclint-section <id> -->` comment at its end (no reader sees it) tells SpecLint, the
 * CLI and a team's dashboard that the section is there. The lines come from the worker.
 */
import * as vscode from 'vscode';
import { sectionMarkerEdit, type MarkableLine } from '../../engine/index.js';
import type { Linter } from '../lint/diagnostics.js';
import { isLintable } from '../lint/diagnostics.js';

export const MARK_SECTION_COMMAND = 'speclint.markSectionStated';

/**
 * Marks a line of the document as stating section `sectionId`. `line` (1-based) skips the picker
 * (tests, and keybindings); without it the author picks from the lines a marker may go on.
 */
export async function markSectionStated(linter: Linter, uri: vscode.Uri, sectionId: string, sectionTitle: string, line?: number): Promise<boolean> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc || !isLintable(doc)) return false;
  const version = doc.version;
  const entry = await linter.resultFor(doc);
  if (!entry || doc.version !== version) return stale();
  const lines = await linter.markable(doc, entry);
  if (!lines.ok) {
    void vscode.window.showWarningMessage('SpecLint: the document took too long to read, so no line can be offered. Add the comment by hand: see "Sections stated in prose" in the README.');
    return false;
  }
  let target: MarkableLine | undefined;
  if (line !== undefined) target = lines.value.find((l) => l.line === line);
  else {
    const picked = await vscode.window.showQuickPick(
      lines.value.map((l) => ({ label: l.preview, description: `line ${l.line}`, line: l })),
      {
        title: `Which line states "${sectionTitle}"?`,
        placeHolder: 'Type to filter. SpecLint adds a comment at the end of that line, which no reader of the page sees.',
        matchOnDescription: true,
      },
    );
    target = picked?.line;
  }
  if (!target) return false;
  if (doc.version !== version) return stale();
  const e = sectionMarkerEdit(entry.text, target, [sectionId]);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  if (!(await vscode.workspace.applyEdit(edit))) return stale();
  const editor = vscode.window.visibleTextEditors.find((x) => x.document === doc);
  if (editor) {
    const at = doc.positionAt(e.start + e.text.length);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return true;
}

function stale(): false {
  void vscode.window.showWarningMessage('SpecLint: the document changed while the lines were read. Nothing was changed; try again.');
  return false;
}
