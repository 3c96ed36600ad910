/** Converting between the engine's offsets and VS Code's positions, ranges and edits. */
import * as vscode from 'vscode';
import type { Diagnostic, Point, Range, Severity, TextEdit } from '../../engine/index.js';

/** Turns engine points into positions: exact offsets for open documents, line/column otherwise. */
export type PositionOf = (p: Point) => vscode.Position;

export function positionsIn(doc: vscode.TextDocument): PositionOf {
  return (p) => doc.positionAt(p.offset);
}

/** For a file linted without opening it: the engine's 1-based line and UTF-16 column. */
export const positionsByLineColumn: PositionOf = (p) => new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));

export function toRange(pos: PositionOf, r: Range): vscode.Range {
  return new vscode.Range(pos(r.start), pos(r.end));
}

export function offsetRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export const SOURCE = 'speclint';

export function toVsDiagnostic(uri: vscode.Uri, pos: PositionOf, d: Diagnostic): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toRange(pos, d.range), d.message, SEVERITY[d.severity]);
  out.source = SOURCE;
  out.code = d.url ? { value: d.ruleId, target: vscode.Uri.parse(d.url) } : d.ruleId;
  if (d.related?.length) {
    out.relatedInformation = d.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(pos, r.range)), r.message),
    );
  }
  return out;
}

/** The rule id a VS Code diagnostic came from (its `code`), if it is one of ours. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  const c = d.code;
  if (typeof c === 'string') return c;
  if (c && typeof c === 'object') return String(c.value);
  return undefined;
}

/** One VS Code text edit per engine edit: minimal, never a whole-document replace. */
export function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[], edit = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const e of edits) edit.replace(doc.uri, offsetRange(doc, e.start, e.end), e.text);
  return edit;
}
