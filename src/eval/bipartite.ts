// Matching gold items to predictions: a maximum matching (never letting one early choice
// block a gold item only one prediction could match), and among those the one whose pairs
// agree most on dates and amounts.

/**
 * The maximum matching that, among all maximum matchings, has the greatest total `quality`
 * (a gold item paired with the prediction that also has its date right, rather than an
 * equally valid one that does not). Hungarian algorithm on weights 1000 + quality, O(n³).
 */
export function bestMaximumMatching(candidates: readonly (readonly number[])[], rightCount: number, quality: (left: number, right: number) => number): Array<[number, number]> {
  const n = Math.max(candidates.length, rightCount);
  if (n === 0) return [];
  const weight = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  candidates.forEach((rights, left) => {
    for (const right of rights) weight[left]![right] = 1000 + quality(left, right);
  });
  // Minimum-cost assignment on cost = -weight (potentials u, v; p[j] = row assigned to column j).
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(INF);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = -weight[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: Array<[number, number]> = [];
  for (let j = 1; j <= n; j++) {
    const left = p[j]! - 1;
    const right = j - 1;
    if (left < candidates.length && right < rightCount && weight[left]![right]! > 0) pairs.push([left, right]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
