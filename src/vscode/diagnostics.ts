/**
 * Lint as you type: on open, on change (debounced), on save; cleared on close.
 * A per-document generation counter makes sure a slow (stale) lint never overwrites a newer one.
 */
import * as vscode from 'vscode';
import { lint, ParseCache, type LintResult, type ResolvedConfig } from '../engine/index.js';
import { rules } from '../rules/index.js';
import type { ConfigManager } from './config.js';
import { positionsByLineColumn, positionsIn, toVsDiagnostic } from './positions.js';

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
}

export function lintText(text: string, uri: vscode.Uri, config: ResolvedConfig, cache?: ParseCache): LintResult {
  return lint(text, { rules, config, cache, filePath: uri.scheme === 'untitled' ? undefined : uri.path });
}

export class Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('speclint');
  private readonly entries = new Map<string, LintEntry>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Parsed chunks per open document: after an edit only the edited chunk is parsed again. */
  private readonly caches = new Map<string, ParseCache>();
  /** Files linted by "Lint workspace" while closed: re-linted when config changes. */
  private readonly closedLinted = new Set<string>();
  private readonly linted = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.linted];
  /** Fires after a document's diagnostics were updated (or cleared). */
  readonly onDidLint = this.linted.event;

  constructor(private readonly configs: ConfigManager) {
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
    const e = await this.compute(doc);
    if (e && e !== 'ignored' && e.version === doc.version) {
      this.entries.set(doc.uri.toString(), e);
      return e;
    }
    return undefined;
  }

  private async compute(doc: vscode.TextDocument): Promise<LintEntry | 'ignored' | undefined> {
    if (!isLintable(doc) || doc.isClosed) return undefined;
    const version = doc.version;
    const { config, ignored } = await this.configs.configFor(doc.uri);
    if (doc.version !== version || doc.isClosed) return undefined;
    if (ignored) return 'ignored';
    const text = doc.getText();
    const key = doc.uri.toString();
    let cache = this.caches.get(key);
    if (!cache) this.caches.set(key, (cache = new ParseCache()));
    return { version, text, result: lintText(text, doc.uri, config, cache), config };
  }

  private trigger(doc: vscode.TextDocument, why: 'open' | 'change' | 'save'): void {
    if (!isLintable(doc)) return;
    const { enable, run } = this.configs.settings;
    if (!enable || run === 'off') return;
    if (why === 'change') {
      if (run === 'onType') this.schedule(doc, debounceFor(doc.offsetAt(new vscode.Position(doc.lineCount, 0))));
      return;
    }
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
    const entry = await this.compute(doc);
    // A newer lint started, the text changed, or the document closed while we waited.
    if (this.generations.get(key) !== generation || !entry) return undefined;
    if (entry === 'ignored') {
      this.collection.delete(doc.uri);
      this.entries.delete(key);
      this.linted.fire(doc);
      return undefined;
    }
    this.entries.set(key, entry);
    this.closedLinted.delete(key);
    const pos = positionsIn(doc);
    this.collection.set(doc.uri, entry.result.diagnostics.map((d) => toVsDiagnostic(doc.uri, pos, d)));
    this.linted.fire(doc);
    return entry;
  }

  /** Lints a file that is not open (for "Lint workspace"): reads it through workspace.fs. */
  async lintClosed(uri: vscode.Uri): Promise<{ problems: number; spec: boolean }> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      const e = await this.lintNow(open);
      return { problems: e?.result.diagnostics.length ?? 0, spec: !!e?.result.kind };
    }
    const [bytes, { config, ignored }] = await Promise.all([vscode.workspace.fs.readFile(uri), this.configs.configFor(uri)]);
    if (ignored) {
      this.collection.delete(uri);
      return { problems: 0, spec: false };
    }
    const result = lintText(new TextDecoder().decode(bytes), uri, config);
    // Still closed? (It may have been opened meanwhile; then the open document's lint wins.)
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return { problems: result.diagnostics.length, spec: !!result.kind };
    this.collection.set(uri, result.diagnostics.map((d) => toVsDiagnostic(uri, positionsByLineColumn, d)));
    this.closedLinted.add(uri.toString());
    return { problems: result.diagnostics.length, spec: !!result.kind };
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1); // invalidates any lint in flight
    this.entries.delete(key);
    this.caches.delete(key);
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
