/** "Did you mean …?" for misspelt names (rule ids, severities, options). */

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The closest of `options` to `name`, or undefined when none is close enough to be a typo. */
export function closest(name: string, options: Iterable<string>): string | undefined {
  let best = '';
  let bestD = Infinity;
  for (const o of options) {
    const d = levenshtein(name, o);
    if (d < bestD) {
      best = o;
      bestD = d;
    }
  }
  return best && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** ` Did you mean "x"?` (with a leading space), or '' when nothing is close. */
export function didYouMean(name: string, options: Iterable<string>): string {
  const best = closest(name, options);
  return best === undefined ? '' : ` Did you mean "${best}"?`;
}
