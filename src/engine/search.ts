/**
 * Index of the first item for which `before` is false, by binary search. The items must be
 * ordered so that `before` holds for a prefix of them and for nothing after it; returns
 * `items.length` when it holds for all.
 */
export function firstIndex<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
