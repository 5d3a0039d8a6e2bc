// Maximum bipartite matching by augmenting paths (Kuhn's algorithm). A document holds
// tens of items, so O(V·E) is instant, and unlike a greedy pass it never lets one early
// choice block a gold item that only one prediction could have matched.

/**
 * `candidates[i]` lists the right-hand indices (0 ≤ j < rightCount) that left item i may pair with.
 * Returns [left, right] pairs of a maximum matching, sorted by left index.
 */
export function maximumMatching(candidates: readonly (readonly number[])[], rightCount: number): Array<[number, number]> {
  const ownerOf = new Array<number>(rightCount).fill(-1);

  // Tries to give `left` a partner, re-seating current owners along an alternating path.
  const augment = (left: number, seen: boolean[]): boolean => {
    for (const right of candidates[left] ?? []) {
      if (seen[right]) continue;
      seen[right] = true;
      const owner = ownerOf[right]!;
      if (owner === -1 || augment(owner, seen)) {
        ownerOf[right] = left;
        return true;
      }
    }
    return false;
  };

  for (let left = 0; left < candidates.length; left++) augment(left, new Array<boolean>(rightCount).fill(false));

  const pairs: Array<[number, number]> = [];
  ownerOf.forEach((left, right) => {
    if (left !== -1) pairs.push([left, right]);
  });
  return pairs.sort((a, b) => a[0] - b[0]);
}
