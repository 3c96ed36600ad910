/**
 * Where a labelled sentence sits in its document. Readers copy a sentence as one line, while the
 * document may wrap it over several (or quote it with "> " on each line), so the words are matched
 * with any run of white space (and block-quote markers) between them. A label found nowhere is
 * reported by `npm run eval`, not silently left out of recall.
 */
export function labelSpans(text: string, quoted: string): { start: number; end: number }[] {
  const words = quoted.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const source = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(?:\\s+(?:>\\s*)*)');
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(new RegExp(source, 'g'))) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}
