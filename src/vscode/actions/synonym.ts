/**
 * "Count this heading as that section": the answer to suggest-section-synonym's question, written
 * where the team keeps its config, so every spec of the team gets it and a reviewer sees it.
 *
 * The heading goes into the nearest config file that applies to the document (the one that wins in
 * the cascade), or into a new `.speclintrc.json` at the root of the document's workspace folder.
 * An open config file is edited like a person would (undoable; saved only if it had no unsaved
 * changes); a closed one is rewritten with the same minimal change. A file SpecLint cannot read
 * is left as it is and the problem is shown.
 */
import * as vscode from 'vscode';
import { ConfigError, loadYaml } from '../../engine/index.js';
import { addSectionSynonym, loadJsonc, newConfigWithSynonym } from '../../engine/config/edit.js';
import type { ConfigManager } from '../config/config.js';

export const ADD_SYNONYM_COMMAND = 'speclint.addSectionSynonym';

/** Where the synonym goes: the nearest config file, or a new one at the workspace folder's root. */
async function targetFile(configs: ConfigManager, docUri: vscode.Uri): Promise<{ uri: vscode.Uri; exists: boolean } | undefined> {
  let { files } = await configs.configFor(docUri);
  let nearest = files[files.length - 1];
  if (nearest && !(await exists(docUri.with({ path: nearest, query: '', fragment: '' })))) {
    // Deleted since it was read (the file watcher has not caught up yet): read the cascade again.
    configs.invalidate();
    ({ files } = await configs.configFor(docUri));
    nearest = files[files.length - 1];
  }
  if (nearest) return { uri: docUri.with({ path: nearest, query: '', fragment: '' }), exists: true };
  const folder = (docUri.scheme === 'untitled' ? undefined : vscode.workspace.getWorkspaceFolder(docUri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  return { uri: vscode.Uri.joinPath(folder.uri, '.speclintrc.json'), exists: false };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

export async function addSynonym(configs: ConfigManager, docUri: vscode.Uri, sectionId: string, heading: string): Promise<boolean> {
  const target = await targetFile(configs, docUri);
  if (!target) {
    void vscode.window.showInformationMessage('SpecLint: open a folder to keep a config file in, then try again.');
    return false;
  }
  const name = vscode.workspace.asRelativePath(target.uri);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.uri.toString());
  try {
    // (A new file is written whole, even if an editor still shows a deleted file of that name.)
    if (!target.exists) {
      await vscode.workspace.fs.writeFile(target.uri, new TextEncoder().encode(newConfigWithSynonym(target.uri.path, sectionId, heading)));
    } else {
      const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(target.uri));
      const json = target.uri.path.endsWith('.json');
      const r = addSectionSynonym(text, target.uri.path, sectionId, heading, json ? { jsonc: await loadJsonc() } : { yaml: await loadYaml() });
      if (r.status === 'added') {
        if (open) {
          const wasDirty = open.isDirty;
          const edit = new vscode.WorkspaceEdit();
          edit.replace(target.uri, new vscode.Range(open.positionAt(r.change.start), open.positionAt(r.change.end)), r.change.text);
          if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`${name} changed while SpecLint edited it`);
          if (!wasDirty) await open.save();
        } else {
          await vscode.workspace.fs.writeFile(target.uri, new TextEncoder().encode(r.text));
        }
      }
    }
  } catch (e) {
    const problem = e instanceof ConfigError ? e.problem : (e as Error)?.message ?? String(e);
    void vscode.window.showErrorMessage(`SpecLint: ${name}: ${problem}. Nothing was changed.`);
    return false;
  }
  configs.invalidate();
  const show = 'Open config file';
  void vscode.window
    .showInformationMessage(`SpecLint: "${heading}" now counts as sections.${sectionId} in ${name}.`, show)
    .then((pick) => (pick === show ? vscode.window.showTextDocument(target.uri) : undefined));
  return true;
}
