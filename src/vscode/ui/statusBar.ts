/**
 * "How ready is this spec?" at a glance: "$(checklist) Brief 4/6 · 2 phrasing" for the active
 * spec; the tooltip lists what is missing, a click offers to insert a missing section.
 */
import * as vscode from 'vscode';
import { KIND_LABELS, type SectionStatusEntry } from '../../engine/index.js';
import { ruleInfo } from '../../rules/catalog.js';
import type { ConfigManager } from '../config/config.js';
import { isLintable, type LintEntry, type Linter } from '../lint/diagnostics.js';
import { offsetRange, toWorkspaceEdit } from '../lint/positions.js';
import { insertedSectionCursor } from '../actions/codeActions.js';

export const SHOW_STATUS_COMMAND = 'speclint.showStatus';

/** "This PRD does not say who it is for." (the engine gives the predicate; the label is what the author called it). */
function sentence(label: string, e: SectionStatusEntry): string {
  const m = e.missing.trim().replace(/\.$/, '');
  return /^\p{Ll}/u.test(m) ? `This ${/^[A-Z]{2,}/.test(label) ? label : label.toLowerCase()} ${m}.` : `${m}.`;
}

function phrasingCount(entry: LintEntry): number {
  return entry.result.diagnostics.filter((d) => ruleInfo(d.ruleId)?.meta.category === 'phrasing').length;
}

/** The status bar text for a lint result, or undefined when the document is not a spec. */
export function statusText(entry: LintEntry): string | undefined {
  const s = entry.result.status;
  if (!s) return undefined;
  const phrasing = phrasingCount(entry);
  const done = s.present === s.required && phrasing === 0;
  return `${done ? '$(pass)' : '$(checklist)'} ${nameOf(entry)} ${s.present}/${s.required}${phrasing ? ` · ${phrasing} phrasing` : ''}`;
}

/** What the document calls itself ("PRD", "RFC", "design doc"), else the kind's name ("Brief"). */
function labelOf(entry: LintEntry): string {
  return entry.result.kindLabel || KIND_LABELS[entry.result.status!.kind];
}

/** The label as a status bar word: "PRD", "Design doc", "Brief". */
function nameOf(entry: LintEntry): string {
  const label = labelOf(entry);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function tooltip(entry: LintEntry): vscode.MarkdownString {
  const s = entry.result.status!;
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**SpecLint — ${nameOf(entry)}: ${s.present} of ${s.required} sections**\n\n`);
  // Why SpecLint read the document as this kind ("front matter type: prd", "the title … names a brief").
  if (entry.result.kindReason) md.appendMarkdown(`Read as ${escape(articled(labelOf(entry)))} because ${escape(entry.result.kindReason)}.\n\n`);
  const open = s.entries.filter((e) => e.state !== 'present');
  for (const e of open) {
    const what = e.state === 'missing' ? 'missing' : 'only a placeholder';
    md.appendMarkdown(`- $(${e.state === 'missing' ? 'circle-large-outline' : 'edit'}) **${escape(e.title)}** (${what}): ${escape(sentence(s.kind, e))}\n`);
  }
  if (!open.length) md.appendMarkdown('Every required section is there.\n');
  const phrasing = phrasingCount(entry);
  if (phrasing) md.appendMarkdown(`\n${phrasing} phrasing problem${phrasing === 1 ? '' : 's'} (see Problems).\n`);
  md.appendMarkdown('\nClick to add a missing section or open Problems.');
  return md;
}

/** "a PRD", "an RFC", "a ticket". */
function articled(label: string): string {
  const upper = /^[A-Z]{2,}/.test(label);
  const vowelSound = upper ? /^[AEFHILMNORSX]/.test(label) : /^[aeiou]/i.test(label);
  return `${vowelSound ? 'an' : 'a'} ${upper ? label : label.toLowerCase()}`;
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, '\\$&');
}

export class SpecStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('speclint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** The text last shown (tests read it through the extension's exports). */
  text: string | undefined;
  /** The hover last shown, as markdown source (for tests). */
  tooltipText: string | undefined;

  constructor(
    private readonly linter: Linter,
    private readonly configs: ConfigManager,
  ) {
    this.item.name = 'SpecLint';
    this.item.command = SHOW_STATUS_COMMAND;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidLint((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) this.update();
      }),
      configs.onDidChange(() => this.update()),
      vscode.commands.registerCommand(SHOW_STATUS_COMMAND, () => this.pick()),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const { enable, statusBar } = this.configs.settings;
    const entry = doc && enable && statusBar && isLintable(doc) ? this.linter.latest(doc) : undefined;
    const text = entry && statusText(entry);
    this.text = text;
    if (!entry || !text) {
      this.tooltipText = undefined;
      this.item.hide();
      return;
    }
    this.item.text = text;
    const tip = tooltip(entry);
    this.tooltipText = tip.value;
    this.item.tooltip = tip;
    this.item.accessibilityInformation = { label: text.replace(/\$\([^)]*\)\s*/g, '').replace('·', ','), role: 'button' };
    this.item.show();
  }

  /** The click: a QuickPick of missing sections (insert one) and "Open Problems". */
  async pick(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    const entry = doc && isLintable(doc) ? await this.linter.resultFor(doc) : undefined;
    type Item = vscode.QuickPickItem & { run: () => Thenable<unknown> };
    const items: Item[] = [];
    const status = entry?.result.status;
    for (const e of status?.entries ?? []) {
      if (e.state === 'missing') {
        items.push({ label: `$(add) Insert "${e.title}"`, detail: sentence(labelOf(entry!), e), run: () => this.insert(doc!, e) });
      } else if (e.state === 'placeholder' && e.section) {
        const section = e.section;
        items.push({
          label: `$(edit) Fill in "${section.title}"`,
          detail: `It holds only a placeholder. ${sentence(labelOf(entry!), e)}`,
          run: async () => {
            const r = offsetRange(doc!, section.start, section.headingEnd);
            const ed = await vscode.window.showTextDocument(doc!);
            ed.selection = new vscode.Selection(r.end, r.end);
            ed.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
          },
        });
      }
    }
    items.push({ label: '$(list-unordered) Open Problems', run: () => vscode.commands.executeCommand('workbench.actions.view.problems') });
    const picked = await vscode.window.showQuickPick(items, {
      title: entry?.result.status ? `SpecLint: ${statusText(entry)?.replace(/\$\([^)]*\)\s*/g, '')}` : 'SpecLint',
      placeHolder: items.some((i) => i.label.startsWith('$(add)'))
        ? 'Insert a missing section, or open Problems'
        : items.length > 1
          ? 'Go to a section that still holds only a placeholder, or open Problems'
          : 'Every required section is there',
    });
    if (picked) await picked.run();
  }

  /** Inserts a missing section by applying that section diagnostic's own fix. */
  private async insert(doc: vscode.TextDocument, e: SectionStatusEntry): Promise<void> {
    const entry = await this.linter.resultFor(doc);
    const fix = entry?.result.diagnostics
      .find((d) => d.ruleId === 'require-sections' && d.data?.sectionId === e.id)?.fixes[0];
    if (!entry || !fix) return;
    if (doc.version !== entry.version) return;
    if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(doc, fix.edits)))) return;
    const at = doc.positionAt(insertedSectionCursor(fix) ?? Math.min(...fix.edits.map((x) => x.start)));
    const ed = await vscode.window.showTextDocument(doc);
    ed.selection = new vscode.Selection(at, at);
    ed.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
