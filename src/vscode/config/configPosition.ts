/** Locating a config problem in the config file's text. Pure (no `vscode` import), unit-tested in Node. */

/** Where the key named at the start of a schema problem ("rules.no-minimizers: …") sits in a config file. */
export function keyPosition(text: string, problem: string): { line: number; column: number; length: number } | undefined {
  const unknown = /unknown rule "([^"]+)"/.exec(problem)?.[1];
  const path = /^([\w$-]+(?:(?:\.[\w$-]+)|\[\d+\])*):/.exec(problem)?.[1];
  const key = unknown ?? path?.replace(/\[\d+\]/g, '').split('.').pop();
  if (!key) return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = new RegExp(`(["']?)${escaped}\\1\\s*:`).exec(lines[i]!);
    if (m) return { line: i, column: m.index, length: key.length + 2 * m[1]!.length };
  }
  return undefined;
}
