// The entities and aliases a store has already written, so that a batch does not
// write them again. Every article names Iran, Hamas or the UN with all their aliases:
// without this, each batch upserts the same rows again, and those no-op writes are
// a large share of a batch's index work. Both tables only ever grow (entities are
// inserted or get a missing parent filled in; aliases are inserted), so what is known
// to be written stays written; what this process has not seen is simply written.
import type { Entity } from '../contract.ts';
import type { StoredDocInput } from './store.ts';

/** Entities remembered at most: the lexicon's and the most named, not every person in an archive. */
const MAX_REMEMBERED = 20_000;

interface Written {
  /** A parent is stored: a later row can change nothing. */
  parentKnown: boolean;
  aliases: Set<string>;
}

export class WrittenEntities {
  private readonly written = new Map<string, Written>();

  /** Whether the entity's row would change anything in the store (its insert, or a parent filled in). */
  needsRow(entity: Entity): boolean {
    const known = this.written.get(entity.id);
    return known === undefined || (!known.parentKnown && entity.parent !== null);
  }

  /** The aliases not known to be stored. */
  newAliases(entity: Entity): readonly string[] {
    const known = this.written.get(entity.id);
    return known === undefined ? entity.aliases : entity.aliases.filter((alias) => !known.aliases.has(alias));
  }

  /** Called once the transaction that wrote these entities has committed. */
  remember(entities: Iterable<Entity>): void {
    for (const entity of entities) {
      let known = this.written.get(entity.id);
      if (known === undefined) {
        if (this.written.size >= MAX_REMEMBERED) continue;
        known = { parentKnown: false, aliases: new Set() };
        this.written.set(entity.id, known);
      }
      if (entity.parent !== null) known.parentKnown = true;
      for (const alias of entity.aliases) known.aliases.add(alias);
    }
  }
}

/** The entities of a batch's analysed documents. */
export function* entitiesOf(items: readonly StoredDocInput[]): Iterable<Entity> {
  for (const item of items) yield* item.analysis?.extraction.entities ?? [];
}
