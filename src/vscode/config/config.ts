/**
 * Settings and config files for the extension.
 *
 * - Config files (`.speclintrc.json|yaml|yml`, the same cascade as the CLI) are read through
 *   `vscode.workspace.fs`, so they work on the web and in virtual workspaces. They are data,
 *   never code, which is why the extension runs in untrusted workspaces.
 * - `speclint.rules` (settings) apply UNDER the config files: they are your defaults, and a
 *   team's committed config file wins where it sets a rule, so the editor agrees with CI.
 * - A broken config file gives one clear error (a diagnostic on the file, and a notification
 *   once per distinct error); documents keep the last good config they had.
 */
import * as vscode from 'vscode';
import {
  ConfigError, ConfigResolver, defaultConfig, matchGlob, ruleSeverities, type ResolvedConfig, type SeveritySetting,
} from '../../engine/index.js';
import { catalog as rules } from '../../rules/catalog.js';
import { SOURCE } from '../lint/positions.js';
import { keyPosition } from './configPosition.js';
import { DEFAULT_MAX_LINT_TIME } from '../lint/lintClient.js';

export type RunMode = 'onType' | 'onSave' | 'off';

export interface Settings {
  enable: boolean;
  run: RunMode;
  rules: Record<string, SeveritySetting>;
  statusBar: boolean;
  /** Per-document lint time budget in ms (`speclint.maxLintTime`). */
  maxLintTime: number;
  /** What is wrong in `speclint.rules` (an unknown rule or severity), shown to the user once. */
  problems: string[];
}

const MIN_LINT_TIME = 100;

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('speclint', scope);
  const run = c.get<string>('run', 'onType');
  // "warn", 0, 1 and 2 work as in config files; anything else is reported (see ConfigManager) and ignored.
  const { rules: ruleSettings, problems } = ruleSeverities(c.get<unknown>('rules', {}), rules.map((r) => r.id), 'speclint.rules');
  return {
    problems,
    enable: c.get<boolean>('enable', true),
    run: run === 'onSave' || run === 'off' ? run : 'onType',
    rules: ruleSettings,
    statusBar: c.get<boolean>('statusBar', true),
    maxLintTime: lintTime(c.get<unknown>('maxLintTime', DEFAULT_MAX_LINT_TIME)),
  };
}

function lintTime(v: unknown): number {
  // The settings UI enforces the schema; a hand-edited settings.json may not.
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(MIN_LINT_TIME, v) : DEFAULT_MAX_LINT_TIME;
}

const withSettingsMemo = new WeakMap<ResolvedConfig, { settings: Settings; out: ResolvedConfig }>();

/** The settings' rule severities as defaults under what the config files say. */
export function withSettings(config: ResolvedConfig, settings: Settings): ResolvedConfig {
  const ids = Object.keys(settings.rules);
  if (!ids.length) return config;
  // The same object for the same inputs: it travels to the lint worker once, and the engine memoises per config object.
  const memo = withSettingsMemo.get(config);
  if (memo?.settings === settings) return memo.out;
  const out = { ...config, rules: { ...config.rules } };
  for (const id of ids) {
    const file = out.rules[id];
    if (file?.severity === undefined) out.rules[id] = { ...file, severity: settings.rules[id] };
  }
  withSettingsMemo.set(config, { settings, out });
  return out;
}

export interface DocConfig {
  config: ResolvedConfig;
  /** The config files that apply (empty when none, or when only the defaults could be used). */
  files: string[];
  /** The document matches the config's `ignores`. */
  ignored: boolean;
}

/** A config file name the watcher cares about. */
export function isConfigFile(uri: vscode.Uri): boolean {
  return /(^|\/)\.speclintrc(\.json|\.ya?ml)?$/.test(uri.path);
}

export class ConfigManager implements vscode.Disposable {
  private readonly resolvers = new Map<string, ConfigResolver>();
  private readonly lastGood = new Map<string, { config: ResolvedConfig; files: string[] }>();
  private readonly notified = new Set<string>();
  private readonly errors: vscode.DiagnosticCollection;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when config files or settings changed: open documents should be linted again. */
  readonly onDidChange = this.changed.event;
  settings: Settings = readSettings();

  constructor() {
    this.errors = vscode.languages.createDiagnosticCollection('speclint-config');
    const watcher = vscode.workspace.createFileSystemWatcher('**/.speclintrc*');
    const onFile = (uri: vscode.Uri) => {
      if (isConfigFile(uri)) this.invalidate();
    };
    this.disposables.push(
      this.errors,
      this.changed,
      watcher,
      watcher.onDidCreate(onFile),
      watcher.onDidChange(onFile),
      watcher.onDidDelete(onFile),
      // Some file systems (virtual workspaces, the web) do not report changes to watchers:
      // saving a config file in the editor is enough on its own.
      vscode.workspace.onDidSaveTextDocument((d) => onFile(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('speclint')) {
          this.settings = readSettings();
          this.reportSettingProblems();
          this.changed.fire();
        }
      }),
    );
  }

  /** A wrong entry in `speclint.rules` is shown once (per wording), not dropped in silence. */
  private readonly shownSettingProblems = new Set<string>();
  reportSettingProblems(): void {
    for (const p of this.settings.problems) {
      if (this.shownSettingProblems.has(p)) continue;
      this.shownSettingProblems.add(p);
      void vscode.window.showWarningMessage(`SpecLint: ${p}`, 'Open Settings').then((pick) => {
        if (pick) void vscode.commands.executeCommand('workbench.action.openSettings', 'speclint.rules');
      });
    }
  }

  /** Forget cached config files and errors, then ask for a re-lint. */
  invalidate(): void {
    for (const r of this.resolvers.values()) r.clear();
    this.errors.clear();
    this.notified.clear();
    this.changed.fire();
  }

  private readonly untitledDefault = defaultConfig();

  /**
   * The config for a document. Never throws: a broken config is reported and the last good one used.
   * An unsaved document gets the config of the first workspace folder's root (where "New brief"
   * would most likely be saved), or the defaults without a folder. Its `ignores` never apply.
   */
  async configFor(uri: vscode.Uri): Promise<DocConfig> {
    const settings = this.settings;
    if (uri.scheme === 'untitled') {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      if (!folder) return { config: withSettings(this.untitledDefault, settings), files: [], ignored: false };
      const stand = vscode.Uri.joinPath(folder, 'untitled.md');
      const r = await this.configFor(stand);
      return { ...r, ignored: false };
    }
    const key = uri.toString();
    let found: { config: ResolvedConfig; files: string[] };
    try {
      found = await this.resolverFor(uri).configFor(uri.path);
      this.lastGood.set(key, found);
    } catch (e) {
      this.report(uri, e);
      found = this.lastGood.get(key) ?? { config: defaultConfig(), files: [] };
    }
    const ignored = found.config.ignores.length > 0 && matchGlob(uri.path, found.config.ignores);
    return { config: withSettings(found.config, settings), files: found.files, ignored };
  }

  /** Config errors shown in Problems. */
  errorCount(): number {
    let n = 0;
    this.errors.forEach((_u, d) => {
      n += d.length;
    });
    return n;
  }

  forget(uri: vscode.Uri): void {
    this.lastGood.delete(uri.toString());
  }

  private resolverFor(uri: vscode.Uri): ConfigResolver {
    const key = `${uri.scheme}://${uri.authority}`;
    let r = this.resolvers.get(key);
    if (!r) {
      const base = uri.with({ path: '/', query: '', fragment: '' });
      const folderOf = (path: string) => vscode.workspace.getWorkspaceFolder(base.with({ path }));
      r = new ConfigResolver(
        {
          readFile: async (path) => {
            // Only absolute paths: the engine's walk up can end on a relative "./.speclintrc.json".
            if (!path.startsWith('/')) return undefined;
            const target = base.with({ path });
            // On virtual file systems, look no further up than the workspace folder.
            if (uri.scheme !== 'file' && !folderOf(path)) return undefined;
            try {
              return new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
            } catch (e) {
              if (e instanceof vscode.FileSystemError && e.code !== 'NoPermissions' && e.code !== 'Unavailable') return undefined;
              if ((e as { code?: string }).code === 'ENOENT' || (e as { code?: string }).code === 'FileNotFound') return undefined;
              throw e;
            }
          },
        },
        rules,
      );
      this.resolvers.set(key, r);
    }
    return r;
  }

  private report(doc: vscode.Uri, e: unknown): void {
    const err = e instanceof ConfigError ? e : undefined;
    const message = err ? err.message : `Could not load the SpecLint config: ${(e as Error)?.message ?? String(e)}`;
    if (err && err.file.includes('/')) {
      const fileUri = doc.with({ path: err.file, query: '', fragment: '' });
      const show = (line: number, col: number, len: number) => {
        const d = new vscode.Diagnostic(
          new vscode.Range(line, col, line, col + len),
          `${err.problem} (SpecLint keeps using the last good configuration until this is fixed.)`,
          vscode.DiagnosticSeverity.Error,
        );
        d.source = SOURCE;
        d.code = 'config-error';
        this.errors.set(fileUri, [d]);
      };
      if (err.line) show(err.line - 1, Math.max(0, (err.column ?? 1) - 1), 1);
      else {
        // Schema problems name a path ("rules.no-minimizers: …"): point at that key in the file.
        show(0, 0, 1);
        void vscode.workspace.fs.readFile(fileUri).then(
          (bytes) => {
            const at = keyPosition(new TextDecoder().decode(bytes), err.problem);
            if (at && this.errors.has(fileUri)) show(at.line, at.column, at.length);
          },
          () => undefined,
        );
      }
    }
    if (this.notified.has(message)) return;
    this.notified.add(message);
    const open = 'Open config file';
    void vscode.window
      .showErrorMessage(
        err
          ? `SpecLint: ${err.file.includes('/') ? vscode.workspace.asRelativePath(doc.with({ path: err.file, query: '', fragment: '' })) : err.file}${err.line ? `:${err.line}` : ''}: ${err.problem} — linting goes on with the last good configuration.`
          : `SpecLint: ${message} — linting goes on with the last good configuration.`,
        ...(err?.file.includes('/') ? [open] : []),
      )
      .then(async (pick) => {
        if (pick === open && err) {
          const fileUri = doc.with({ path: err.file, query: '', fragment: '' });
          const editor = await vscode.window.showTextDocument(fileUri);
          if (err.line) {
            const p = new vscode.Position(err.line - 1, Math.max(0, (err.column ?? 1) - 1));
            editor.selection = new vscode.Selection(p, p);
            editor.revealRange(new vscode.Range(p, p));
          }
        }
      });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
