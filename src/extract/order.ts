// Keeping small lists in text order. Most of them are in order already when a rule asks
// for it, and Array.prototype.sort copies the array into a work area even then: a check
// first spares that copy, once per sentence and stage.

/** Sorts `items` in place unless they are in order already. Stable, like Array.prototype.sort,
 * so the result is the same either way. */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    if (compare(items[i - 1]!, items[i]!) > 0) return items.sort(compare);
  }
  return items;
}

export function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

export function byFirst(a: { first: number }, b: { first: number }): number {
  return a.first - b.first;
}
