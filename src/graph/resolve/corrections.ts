// Reads the log of user corrections (merge, split) into what resolution applies.
// Later entries win over earlier ones: a split undoes an earlier merge of the same
// pair, and a merge after a split joins the pair again.
import type { Correction } from '../../store/graph-types.ts';

export interface AppliedCorrections {
  /** Active merges, oldest first: `entity` joins `into`. */
  merges: { entity: string; into: string }[];
  /** Pairs that must never end up in one actor (pairKey). */
  apart: Set<string>;
  /** Entities kept out of every automatic merge. */
  isolated: Set<string>;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function applyCorrections(corrections: readonly Correction[]): AppliedCorrections {
  let merges: { entity: string; into: string }[] = [];
  const apart = new Set<string>();
  const isolated = new Set<string>();
  for (const c of [...corrections].sort((x, y) => x.id - y.id)) {
    if (c.action === 'merge' && c.other !== null) {
      const key = pairKey(c.entity, c.other);
      apart.delete(key);
      merges = merges.filter((m) => pairKey(m.entity, m.into) !== key);
      merges.push({ entity: c.entity, into: c.other });
    } else if (c.action === 'split' && c.other !== null) {
      const key = pairKey(c.entity, c.other);
      apart.add(key);
      merges = merges.filter((m) => pairKey(m.entity, m.into) !== key);
    } else if (c.action === 'split') {
      merges = merges.filter((m) => m.entity !== c.entity && m.into !== c.entity);
      isolated.add(c.entity);
    }
  }
  return { merges, apart, isolated };
}
