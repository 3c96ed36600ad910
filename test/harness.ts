/** Shared test helpers: lint with the real registry, read fixture expectations. */
import { lint, fixUntilStable, applyFixes, type Diagnostic, type LintOptions } from '../src/engine/index.js';
import { rules } from '../src/rules/index.js';

export function lintText(text: string, extra: Partial<LintOptions> = {}): Diagnostic[] {
  return lint(text, { rules, ...extra }).diagnostics;
}

export function fixAll(text: string, extra: Partial<LintOptions> = {}) {
  return fixUntilStable(text, (t) => lintText(t, extra));
}

/**
 * Expectations written inline: `<!-- expect rule-a rule-b×2 -->` on a line means exactly those
 * diagnostics start on that line. Every other line must have none.
 */
export function expectations(text: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const re = /<!--\s*expect\s+([^>]*?)\s*-->/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      for (const item of m[1]!.split(/[\s,]+/).filter(Boolean)) {
        const [id, n] = item.split('×');
        const list = out.get(i + 1) ?? [];
        for (let k = 0; k < Number(n ?? 1); k++) list.push(id!);
        out.set(i + 1, list.sort());
      }
    }
  });
  return out;
}

export function actualByLine(diags: Diagnostic[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const d of diags) {
    const list = out.get(d.range.start.line) ?? [];
    list.push(d.ruleId);
    out.set(d.range.start.line, list.sort());
  }
  return out;
}

export { rules, applyFixes };
