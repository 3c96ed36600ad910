/**
 * `speclint --print-config <file>`: what applies to one file and why, for when the editor
 * and CI disagree: the config files in the order they apply, each rule's severity and
 * where it was set, and the kind of document the file was taken to be.
 */
import { readFileSync } from 'node:fs';
import {
  KIND_LABELS, lint, matchGlob, ruleSetting, type ConfigLayer, type DocKind, type ResolvedConfig, type Rule, type SeveritySetting,
} from '../../engine/index.js';

export interface ConfigReport {
  file: string;
  /** Config files in the order they apply (the last one wins); [] for the built-in defaults. */
  configFiles: string[];
  ignored: boolean;
  kind: DocKind | null;
  kindLabel: string;
  kindReason: string;
  /** Section ids the kind requires ([] when the file is not a spec). */
  requiredSections: string[];
  /** The file holds `speclint-configure-file` comments, which apply on top of the files. */
  inlineConfig: boolean;
  rules: Record<string, { severity: SeveritySetting; options: Record<string, unknown>; setBy: string }>;
}

export function configReport(
  file: string, abs: string, config: ResolvedConfig, layers: ConfigLayer[], rules: readonly Rule<any>[],
): ConfigReport {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as Error).message}`);
  }
  const result = lint(text, { rules, config, filePath: abs });
  const report: ConfigReport['rules'] = {};
  for (const rule of rules) {
    const { severity, options } = ruleSetting(rule, config);
    // The last file that sets the rule's severity is where it comes from.
    let setBy = 'default';
    for (const l of layers) {
      const v = l.file.rules?.[rule.id];
      if (v !== undefined && (typeof v !== 'object' || v.severity !== undefined)) setBy = l.path;
    }
    report[rule.id] = { severity, options, setBy };
  }
  return {
    file,
    configFiles: layers.map((l) => l.path),
    ignored: matchGlob(abs, config.ignores),
    kind: result.kind,
    kindLabel: result.kindLabel,
    kindReason: result.kindReason,
    requiredSections: result.kind ? [...config.kinds[result.kind].sections] : [],
    inlineConfig: /<!--\s*speclint-configure-file\b/.test(text),
    rules: report,
  };
}

export function formatConfigReport(r: ConfigReport): string {
  const lines = [r.file, '', 'Config files, in the order they apply (the last one wins):'];
  if (r.configFiles.length) r.configFiles.forEach((f, i) => lines.push(`  ${i + 1}. ${f}`));
  else lines.push('  none: the built-in defaults apply');
  if (r.inlineConfig) lines.push('  then the speclint-configure-file comments in the file itself');
  lines.push('');
  const kind = r.kind ? `${KIND_LABELS[r.kind].toLowerCase()}${r.kindLabel ? ` (it calls itself "${r.kindLabel}")` : ''}` : 'not a spec, so no section rules apply';
  lines.push(`Kind: ${kind}`, `  why: ${r.kindReason || '-'}`);
  if (r.kind) lines.push(`  required sections: ${r.requiredSections.join(', ') || 'none'}`);
  if (r.ignored) lines.push('', 'The config\'s "ignores" exclude this file: speclint skips it unless you pass --no-ignore.');
  lines.push('', 'Rules:');
  const idW = Math.max(...Object.keys(r.rules).map((id) => id.length));
  const sevW = Math.max(...Object.values(r.rules).map((x) => x.severity.length));
  for (const [id, x] of Object.entries(r.rules)) {
    const opts = Object.keys(x.options).length ? `  options ${JSON.stringify(x.options)}` : '';
    lines.push(`  ${id.padEnd(idW)}  ${x.severity.padEnd(sevW)}  ${x.setBy === 'default' ? 'default' : `set in ${x.setBy}`}${opts}`);
  }
  return `${lines.join('\n')}\n`;
}
