/**
 * Lint as you type: on open, on change (debounced), on save; cleared on close.
 * The lint itself runs in a worker (lintClient.ts), never on the extension host. A
 * per-document generation counter and the document version make sure a slow (stale) lint
 * never overwrites a newer one. A lint that outruns `speclint.maxLintTime` leaves one notice
 * on its document and is not retried while typing (only on save, reopen or a config change).
 */
import * as vscode from 'vscode';
import type { LintResult, MarkableLine, ResolvedConfig } from '../../engine/index.js';
import type { ConfigManager } from '../config/config.js';
import type { FixAllValue, LintClient, Outcome } from './lintClient.js';
import { positionsByLineColumn, positionsIn, SOURCE, toVsDiagnostic, type PositionOf } from './positions.js';

export const DEBOUNCE_MS = 300;
/** Large documents wait longer after a keystroke: 100 ms more per 100,000 characters, at most 2 s. */
export function debounceFor(length: number): number {
  return Math.min(2000, DEBOUNCE_MS + Math.floor(length / 100_000) * 100);
}

/** Schemes we never lint: diff views, output, SCM input and the like. */
const SKIP_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'vscode-settings', 'comment', 'vscode-notebook-cell-output']);

export function isLintable(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && !SKIP_SCHEMES.has(doc.uri.scheme);
}

export interface LintEntry {
  version: number;
  text: string;
  result: LintResult;
  config: ResolvedConfig;
  /** Diagnostics the worker did not send (past MAX_SENT_DIAGNOSTICS). */
  omitted: number;
}

/** The code of the notice left on a document whose lint outran the time budget (or crashed the worker). */
export const STOPPED_CODE = 'lint-stopped';
export const MAX_LINT_TIME_SETTING = 'speclint.maxLintTime';
/** The code of the line saying how many diagnostics past the first MAX_SENT_DIAGNOSTICS are not shown. */
export const MORE_CODE = 'more-problems';

/** The path config globs see for a document (none for an unsaved one). */
export function filePathOf(uri: vscode.Uri): string | undefined {
  return uri.scheme === 'untitled' ? undefined : uri.path;
}

/** The one notice on a document SpecLint gave up on: why, and what to do about it. */
export function stoppedDiagnostic(outcome: Outcome<unknown>, budget: number, pos: PositionOf): vscode.Diagnostic | undefined {
  if (outcome.ok || outcome.reason === 'superseded') return undefined;
  const message =
    outcome.reason === 'timeout'
      ? `SpecLint stopped linting this file after ${(budget / 1000).toLocaleString('en')} s, the limit set by "${MAX_LINT_TIME_SETTING}". Raise that setting to lint it; SpecLint tries again when you save the file.`
      : `SpecLint could not lint this file (${outcome.message}). It tries again when you save the file.`;
  const at = pos({ offset: 0, line: 1, column: 1 });
  const d = new vscode.Diagnostic(new vscode.Range(at, at), message, vscode.DiagnosticSeverity.Information);
  d.source = SOURCE;
  d.code = STOPPED_CODE;
  return d;
}

/** One line after the first MAX_SENT_DIAGNOSTICS saying how many more there are (the CLI lists them all). */
function withOmitted(diags: vscode.Diagnostic[], omitted: number, pos: PositionOf): vscode.Diagnostic[] {
  if (!omitted) return diags;
  const at = diags.length ? diags[diags.length - 1]!.range.end : pos({ offset: 0, line: 1, column: 1 });
  const d = new vscode.Diagnostic(
    new vscode.Range(at, at),
    `SpecLint shows the first ${diags.length.toLocaleString('en')} problems in this file; ${omitted.toLocaleString('en')} more are not shown. Run the speclint CLI on it to see them all.`,
    vscode.DiagnosticSeverity.Information,
  );
  d.source = SOURCE;
  d.code = MORE_CODE;
  return [...diags, d];
}

export class Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('speclint');
  private readonly entries = new Map<string, LintEntry>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents whose lint outran the budget or failed, by the version that did: not re-linted while typing. */
  private readonly stopped = new Map<string, number>();
  /** Files linted by "Lint workspace" while closed: re-linted when config changes. */
  private readonly closedLinted = new Set<string>();
  private readonly linted = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.linted];
  /** Fires after a document's diagnostics were updated (or cleared). */
  readonly onDidLint = this.linted.event;

  constructor(
    private readonly configs: ConfigManager,
    private readonly client: LintClient,
  ) {
    const ws = vscode.workspace;
    this.disposables.push(
      ws.onDidOpenTextDocument((d) => this.trigger(d, 'open')),
      ws.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.trigger(e.document, 'change');
      }),
      ws.onDidSaveTextDocument((d) => this.trigger(d, 'save')),
      ws.onDidCloseTextDocument((d) => this.clear(d.uri)),
      configs.onDidChange(() => this.relintAll()),
    );
    for (const d of ws.textDocuments) this.trigger(d, 'open');
  }

  /** The latest result for a document, if it matches the document's current version. */
  current(doc: vscode.TextDocument): LintEntry | undefined {
    const e = this.entries.get(doc.uri.toString());
    return e && e.version === doc.version ? e : undefined;
  }

  /** The latest result, even if the document changed since (for the status bar in onSave mode). */
  latest(doc: vscode.TextDocument): LintEntry | undefined {
    return this.entries.get(doc.uri.toString());
  }

  /**
   * A result for the document as it is now (code actions, fix all): the cached one, or a
   * fresh lint that is not published to the Problems view. Undefined if the document is
   * not linted (ignored by config, not markdown) or changed while its config loaded.
   */
  async resultFor(doc: vscode.TextDocument): Promise<LintEntry | undefined> {
    const cached = this.current(doc);
    if (cached) return cached;
    // Given up on for this version: asking again (the light bulb asks on every cursor move) would burn the budget again.
    if (this.stopped.get(doc.uri.toString()) === doc.version) return undefined;
    const version = doc.version;
    const e = await this.compute(doc, 'ask');
    if (e && typeof e === 'object' && 'ok' in e) this.stopped.set(doc.uri.toString(), version); // over budget: not again for this version
    if (e && typeof e === 'object' && 'result' in e && e.version === doc.version) {
      this.entries.set(doc.uri.toString(), e);
      return e;
    }
    return undefined;
  }

  /** Fix all in the worker: the safe fixes pass after pass, as minimal edits against `entry.text`. */
  async fixAll(doc: vscode.TextDocument, entry: LintEntry): Promise<Outcome<FixAllValue>> {
    return this.client.fixAll({ key: doc.uri.toString(), text: entry.text, config: entry.config, filePath: filePathOf(doc.uri) });
  }

  /** The lines of `entry.text` where a `speclint-section` marker may go, read in the worker. */
  async markable(doc: vscode.TextDocument, entry: LintEntry): Promise<Outcome<MarkableLine[]>> {
    return this.client.markable({ key: doc.uri.toString(), text: entry.text, config: entry.config, filePath: filePathOf(doc.uri) });
  }

  private async compute(doc: vscode.TextDocument, queue?: string): Promise<LintEntry | 'ignored' | Outcome<LintResult> | undefined> {
    if (!isLintable(doc) || doc.isClosed) return undefined;
    const version = doc.version;
    const { config, ignored } = await this.configs.configFor(doc.uri);
    if (doc.version !== version || doc.isClosed) return undefined;
    if (ignored) return 'ignored';
    const text = doc.getText();
    const outcome = await this.client.lint({ key: doc.uri.toString(), text, config, filePath: filePathOf(doc.uri), queue });
    if (!outcome.ok) return outcome.reason === 'superseded' ? undefined : outcome;
    // The text changed while the worker linted: a newer lint is on its way (or, with run: onSave, comes on save).
    if (doc.version !== version || doc.isClosed) return undefined;
    const { omitted, ...result } = outcome.value;
    return { version, text, result, config, omitted };
  }

  private trigger(doc: vscode.TextDocument, why: 'open' | 'change' | 'save'): void {
    if (!isLintable(doc)) return;
    const { enable, run } = this.configs.settings;
    if (!enable || run === 'off') return;
    if (why === 'change') {
      if (run === 'onType' && !this.stopped.has(doc.uri.toString())) {
        this.schedule(doc, debounceFor(doc.offsetAt(new vscode.Position(doc.lineCount, 0))));
      }
      return;
    }
    this.stopped.delete(doc.uri.toString());
    this.schedule(doc, 0);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lintNow(doc);
      }, delay),
    );
  }

  /** Lints the document now and publishes the result. Undefined when it went stale before it was ready. */
  async lintNow(doc: vscode.TextDocument): Promise<LintEntry | undefined> {
    if (!isLintable(doc) || doc.isClosed) return undefined;
    const key = doc.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const version = doc.version;
    const entry = await this.compute(doc);
    // A newer lint started, the text changed, or the document closed while we waited.
    if (this.generations.get(key) !== generation || !entry) return undefined;
    if (entry === 'ignored') {
      this.collection.delete(doc.uri);
      this.entries.delete(key);
      this.linted.fire(doc);
      return undefined;
    }
    if ('ok' in entry) {
      // Over the time budget, or the worker failed on it: one notice, no stale squiggles.
      this.stopped.set(key, version);
      this.entries.delete(key);
      const notice = stoppedDiagnostic(entry, this.configs.settings.maxLintTime, positionsIn(doc));
      this.collection.set(doc.uri, notice ? [notice] : []);
      this.linted.fire(doc);
      return undefined;
    }
    this.entries.set(key, entry);
    this.closedLinted.delete(key);
    const pos = positionsIn(doc);
    this.collection.set(doc.uri, withOmitted(entry.result.diagnostics.map((d) => toVsDiagnostic(doc.uri, pos, d)), entry.omitted, pos));
    this.linted.fire(doc);
    return entry;
  }

  /** Lints a file that is not open (for "Lint workspace"): reads it through workspace.fs. */
  async lintClosed(uri: vscode.Uri): Promise<{ spec: boolean }> {
    const isOpen = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const open = isOpen();
    if (open) {
      const e = (await this.lintNow(open)) ?? this.latest(open);
      return { spec: !!e?.result.kind };
    }
    const [bytes, { config, ignored }] = await Promise.all([vscode.workspace.fs.readFile(uri), this.configs.configFor(uri)]);
    if (ignored) {
      this.collection.delete(uri);
      return { spec: false };
    }
    const outcome = await this.client.lint({ text: new TextDecoder().decode(bytes), config, filePath: filePathOf(uri) });
    // Still closed? (It may have been opened meanwhile; then the open document's lint wins.)
    if (isOpen()) return { spec: outcome.ok && !!outcome.value.kind };
    if (!outcome.ok) {
      const notice = stoppedDiagnostic(outcome, this.configs.settings.maxLintTime, positionsByLineColumn);
      if (notice) this.collection.set(uri, [notice]);
      this.closedLinted.add(uri.toString());
      return { spec: false };
    }
    this.collection.set(uri, withOmitted(outcome.value.diagnostics.map((d) => toVsDiagnostic(uri, positionsByLineColumn, d)), outcome.value.omitted, positionsByLineColumn));
    this.closedLinted.add(uri.toString());
    return { spec: !!outcome.value.kind };
  }

  /** Every SpecLint problem VS Code holds now (what the Problems view shows for SpecLint). */
  problemCount(): number {
    let n = 0;
    this.collection.forEach((_uri, diags) => {
      n += diags.length;
    });
    return n;
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1); // invalidates any lint in flight
    this.entries.delete(key);
    this.stopped.delete(key);
    this.client.forget(key);
    this.closedLinted.delete(key);
    this.collection.delete(uri);
    this.configs.forget(uri);
  }

  /** Settings or config files changed: lint every open markdown document again (or clear, when off). */
  relintAll(): void {
    const { enable, run } = this.configs.settings;
    if (!enable) {
      for (const t of this.timers.values()) clearTimeout(t);
      this.timers.clear();
      for (const key of this.entries.keys()) this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
      this.entries.clear();
      this.closedLinted.clear();
      this.collection.clear();
      for (const d of vscode.workspace.textDocuments) if (isLintable(d)) this.linted.fire(d);
      return;
    }
    this.stopped.clear(); // a new budget or config deserves a new try
    for (const d of vscode.workspace.textDocuments) {
      if (!isLintable(d)) continue;
      if (run === 'off') this.clear(d.uri);
      else this.schedule(d, 0);
    }
    for (const key of [...this.closedLinted]) void this.lintClosed(vscode.Uri.parse(key)).catch(() => this.collection.delete(vscode.Uri.parse(key)));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
