// A person's place in the hierarchy: the actor they hold office in, so that
// `--rollup` counts Haniyeh's meetings as Hamas's and Khamenei's as Iran's.
// Roles are read as the documents state them; the most attested one wins.
import type { RoleSummary } from '../../store/graph-types.ts';

/** Offices in these kinds of actor place nobody: "Leader of the Gaza Strip" is not Palestine speaking. */
const NOT_AN_AFFILIATION: ReadonlySet<string> = new Set(['other', 'media', 'person']);
const FORMER = /^(?:former|ex-|late)\b/i;

/**
 * The canonical id each person (by canonical id) is affiliated to, or nothing.
 * A "former" office counts only when the documents state no current one.
 */
export function affiliations(
  roles: readonly RoleSummary[],
  canonicalOf: (id: string) => string,
  kindOf: (canonicalId: string) => string | undefined,
): Map<string, string> {
  const tallies = new Map<string, Map<string, { current: number; former: number }>>();
  for (const role of roles) {
    if (role.of === null) continue;
    const person = canonicalOf(role.entity);
    const of = canonicalOf(role.of);
    if (kindOf(person) !== 'person' || of === person || NOT_AN_AFFILIATION.has(kindOf(of) ?? 'other')) continue;
    const byActor = tallies.get(person) ?? new Map<string, { current: number; former: number }>();
    const tally = byActor.get(of) ?? { current: 0, former: 0 };
    if (FORMER.test(role.title)) tally.former += role.documents;
    else tally.current += role.documents;
    byActor.set(of, tally);
    tallies.set(person, byActor);
  }
  const result = new Map<string, string>();
  for (const [person, byActor] of tallies) {
    const ranked = [...byActor].sort(([a, x], [b, y]) =>
      Number(y.current > 0) - Number(x.current > 0) || y.current - x.current || y.former - x.former || a.localeCompare(b));
    result.set(person, ranked[0]![0]);
  }
  return result;
}
