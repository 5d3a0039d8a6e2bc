// The actors of one document: lexicon actors it mentions and the new ones it names.
import type { Entity, EntityKind, Role } from '../../contract.ts';
import type { Lexicon } from '../../lexicon/load.ts';

export interface DocEntity {
  id: string;
  name: string;
  kind: EntityKind;
  parent: string | null;
  aliases: Set<string>;
  roles: Role[];
  /** Known to the lexicon (as opposed to discovered in this text). */
  known: boolean;
}

export interface Registry {
  lexicon: Lexicon;
  entities: Map<string, DocEntity>;
}

export function newRegistry(lexicon: Lexicon): Registry {
  return { lexicon, entities: new Map() };
}

const slugs = new Map<string, string>();

/** Names recur, so slugs are remembered (bounded, so memory stays flat). */
export function slugify(name: string): string {
  const known = slugs.get(name);
  if (known !== undefined) return known;
  if (slugs.size >= 20_000) slugs.clear();
  const slug = computeSlug(name);
  slugs.set(name, slug);
  return slug;
}

function computeSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'actor';
}

/** The entity with this lexicon id, added to the document on first use. */
export function knownEntity(reg: Registry, id: string, surface?: string): DocEntity {
  let entity = reg.entities.get(id);
  if (!entity) {
    const actor = reg.lexicon.actors.get(id);
    if (!actor) throw new Error(`lexicon has no actor "${id}"`);
    // SPEC: aliases are the surface forms seen or known; the lexicon's are known.
    entity = { id, name: actor.name, kind: actor.kind, parent: actor.parent, aliases: new Set(actor.aliases), roles: [], known: true };
    reg.entities.set(id, entity);
    if (actor.parent) ensureAncestors(reg, actor.parent);
  }
  if (surface && surface !== entity.name) entity.aliases.add(surface);
  return entity;
}

// SPEC: `parent` must name an entity present in the same output.
function ensureAncestors(reg: Registry, id: string): void {
  if (!reg.entities.has(id) && reg.lexicon.actors.has(id)) knownEntity(reg, id);
}

/** A new actor named in the text; the same name twice is the same entity. */
export function namedEntity(reg: Registry, name: string, kind: EntityKind, parent: string | null = null): DocEntity {
  let id = slugify(name);
  const existing = reg.entities.get(id);
  if (existing) {
    if (!existing.parent && parent && parent !== id) existing.parent = parent;
    return existing;
  }
  if (reg.lexicon.actors.has(id)) id = `${id}-${kind}`;
  const entity: DocEntity = { id, name, kind, parent: parent === id ? null : parent, aliases: new Set(), roles: [], known: false };
  reg.entities.set(id, entity);
  if (parent) ensureAncestors(reg, parent);
  return entity;
}

export function toContractEntity(e: DocEntity): Entity {
  const aliases = [...e.aliases].filter((a) => a !== e.name).sort();
  const base: Entity = { id: e.id, name: e.name, kind: e.kind, aliases, parent: e.parent };
  return e.kind === 'person' ? { ...base, roles: e.roles } : base;
}
