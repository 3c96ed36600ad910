/**
 * Quick fixes (every engine fix, the first one preferred), "Disable <rule> for this line",
 * and "Fix all" (command `speclint.fixAll` and `source.fixAll.speclint` for
 * `editor.codeActionsOnSave`). Every edit is minimal: one TextEdit per engine edit.
 */
import * as vscode from 'vscode';
import { CONFIG_RULE, INTERNAL_RULE, SKIPPED_RULE, type Diagnostic, type Fix } from '../../engine/index.js';
import { disableLineEdit } from './disableComment.js';
import { MAX_LINT_TIME_SETTING, MORE_CODE, STOPPED_CODE, type Linter, isLintable } from '../lint/diagnostics.js';
import { offsetRange, ruleIdOf, toWorkspaceEdit } from '../lint/positions.js';
import { ADD_SYNONYM_COMMAND } from './synonym.js';
import { MARK_SECTION_COMMAND } from './marker.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('speclint');
export const FIX_ALL_TITLE = 'Fix all SpecLint problems';

/**
 * Codes that are not rules a person can disable on a line: the engine ignores disable comments
 * for them (or, for the time-budget notice, they do not come from the engine at all).
 */
const NOT_DISABLEABLE = new Set([INTERNAL_RULE, CONFIG_RULE, SKIPPED_RULE, STOPPED_CODE, MORE_CODE]);

/** Runs after an "insert section" edit: puts the cursor in the new section. */
export const REVEAL_COMMAND = 'speclint.revealOffset';

/**
 * Where the cursor goes after a fix inserts a section: the line after its prompt comment, where
 * the author starts writing (offset in the text after the edit). Undefined for other fixes.
 */
export function insertedSectionCursor(fix: Fix): number | undefined {
  if (fix.edits.length !== 1) return undefined;
  const e = fix.edits[0]!;
  if (e.start !== e.end || !/^\n*#{1,6} /.test(e.text)) return undefined;
  const close = e.text.indexOf('-->');
  const nl = close < 0 ? e.text.indexOf('\n') : e.text.indexOf('\n', close);
  return e.start + (nl < 0 ? e.text.length : nl + 1);
}

function sameRange(d: Diagnostic, doc: vscode.TextDocument, r: vscode.Range): boolean {
  return offsetRange(doc, d.range.start.offset, d.range.end.offset).isEqual(r);
}

export class SpecLintCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: Linter) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if (!isLintable(doc)) return [];
    const only = context.only;
    if (only && FIX_ALL_KIND.intersects(only) && !only.intersects(vscode.CodeActionKind.QuickFix)) {
      const edit = await fixAllEdit(this.linter, doc);
      if (!edit || token.isCancellationRequested) return [];
      const action = new vscode.CodeAction(FIX_ALL_TITLE, FIX_ALL_KIND);
      action.edit = edit.edit;
      return [action];
    }
    if (only && !only.intersects(vscode.CodeActionKind.QuickFix)) return [];

    const ours = context.diagnostics.filter((d) => ruleIdOf(d) !== undefined);
    if (!ours.length) return [];
    const stopped = ours.find((d) => ruleIdOf(d) === STOPPED_CODE);
    if (stopped) {
      // The one notice on a file SpecLint gave up on: its only action is the setting to raise.
      const action = new vscode.CodeAction(`Open the "${MAX_LINT_TIME_SETTING}" setting`, vscode.CodeActionKind.QuickFix);
      action.command = { title: action.title, command: 'workbench.action.openSettings', arguments: [MAX_LINT_TIME_SETTING] };
      action.diagnostics = [stopped];
      return [action];
    }
    const version = doc.version;
    const entry = await this.linter.resultFor(doc);
    if (!entry || token.isCancellationRequested || doc.version !== version) return [];

    const actions: vscode.CodeAction[] = [];
    const disables: vscode.CodeAction[] = [];
    const disabled = new Set<string>();
    for (const vd of ours) {
      const ruleId = ruleIdOf(vd)!;
      const d = entry.result.diagnostics.find((x) => x.ruleId === ruleId && x.message === vd.message && sameRange(x, doc, vd.range));
      if (!d) continue;
      d.fixes.forEach((fix, i) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(doc, fix.edits);
        action.diagnostics = [vd];
        action.isPreferred = i === 0;
        const cursor = d.ruleId === 'require-sections' ? insertedSectionCursor(fix) : undefined;
        if (cursor !== undefined) action.command = { title: 'Go to the new section', command: REVEAL_COMMAND, arguments: [doc.uri, cursor] };
        actions.push(action);
      });
      const missing = d.ruleId === 'require-sections' ? (d.data as { sectionId?: string; sectionTitle?: string; state?: string } | undefined) : undefined;
      if (missing?.sectionId && missing.state === 'missing') {
        // SpecLint may have missed it in prose: the author points at the line instead of adding a heading.
        const title = missing.sectionTitle ?? missing.sectionId;
        const action = new vscode.CodeAction(`Mark the line that already states "${title}"…`, vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command: MARK_SECTION_COMMAND, arguments: [doc.uri, missing.sectionId, title] };
        action.diagnostics = [vd];
        actions.push(action);
      }
      const synonym = d.ruleId === 'suggest-section-synonym' ? (d.data as { sectionId?: string; sectionTitle?: string; heading?: string } | undefined) : undefined;
      if (synonym?.sectionId && synonym.heading) {
        // The answer to the rule's question, for the whole team: written to the config, not the spec.
        const action = new vscode.CodeAction(`Count "${synonym.heading}" as the "${synonym.sectionTitle ?? synonym.sectionId}" section (add it to the SpecLint config)`, vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command: ADD_SYNONYM_COMMAND, arguments: [doc.uri, synonym.sectionId, synonym.heading] };
        action.diagnostics = [vd];
        action.isPreferred = true;
        actions.push(action);
      }
      const key = `${ruleId}:${d.range.start.line}`;
      if (!NOT_DISABLEABLE.has(ruleId) && !disabled.has(key)) {
        disabled.add(key);
        const e = disableLineEdit(entry.text, d.range.start.line - 1, ruleId);
        if (e) {
          const action = new vscode.CodeAction(`Disable ${ruleId} for this line`, vscode.CodeActionKind.QuickFix);
          action.edit = toWorkspaceEdit(doc, [e]);
          action.diagnostics = [vd];
          disables.push(action);
        }
      }
    }
    // "Fix all" in the light bulb too, when there is more than one thing it would fix.
    const fixable = entry.result.diagnostics.filter((d) => d.fixes.some((f) => f.safe)).length;
    if (fixable > 1) {
      const all = new vscode.CodeAction(`${FIX_ALL_TITLE} (safe fixes)`, vscode.CodeActionKind.QuickFix);
      all.command = { title: FIX_ALL_TITLE, command: 'speclint.fixAll', arguments: [doc.uri] };
      actions.push(all);
    }
    return [...actions, ...disables];
  }
}

/**
 * The safe fixes, applied pass after pass until stable, as one minimal WorkspaceEdit against
 * the document as it is now. Undefined when there is nothing to fix or the document changed.
 */
export async function fixAllEdit(
  linter: Linter,
  doc: vscode.TextDocument,
): Promise<{ edit: vscode.WorkspaceEdit; version: number; applied: number } | undefined> {
  const version = doc.version;
  const entry = await linter.resultFor(doc);
  if (!entry || doc.version !== version) return undefined;
  if (!entry.result.diagnostics.some((d) => d.fixes.some((f) => f.safe))) return undefined;
  // Pass after pass of re-linting runs in the worker too; the edits come back as plain offsets.
  const r = await linter.fixAll(doc, entry);
  if (!r.ok || !r.value.edits.length || doc.version !== version) return undefined;
  return { edit: toWorkspaceEdit(doc, r.value.edits), version, applied: r.value.applied };
}

/**
 * Command `speclint.fixAll`: applies fix all to the active (or given) markdown document.
 * `beforeApply` runs between computing the fixes and applying them; tests use it to change
 * the document in that window and check that stale fixes are refused, never misapplied.
 */
export async function runFixAll(linter: Linter, uri?: vscode.Uri, beforeApply?: () => Promise<void>): Promise<boolean> {
  const doc = uri
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
    : vscode.window.activeTextEditor?.document;
  if (!doc || !isLintable(doc)) {
    void vscode.window.showInformationMessage('SpecLint: open a markdown document to fix.');
    return false;
  }
  const fix = await fixAllEdit(linter, doc);
  if (!fix) {
    void vscode.window.setStatusBarMessage('SpecLint: nothing to fix automatically', 3000);
    return false;
  }
  if (beforeApply) await beforeApply();
  if (doc.version !== fix.version) {
    void vscode.window.showWarningMessage('SpecLint: the document changed while fixes were computed. Nothing was changed; run "Fix all" again.');
    return false;
  }
  const ok = await vscode.workspace.applyEdit(fix.edit);
  if (!ok) void vscode.window.showWarningMessage('SpecLint: the fixes could not be applied (the document changed). Run "Fix all" again.');
  else void vscode.window.setStatusBarMessage(`SpecLint: applied ${fix.applied} fix${fix.applied === 1 ? '' : 'es'}`, 3000);
  return ok;
}
