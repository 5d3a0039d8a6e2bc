// The graph half of the SQLite Store: resolution tables, corrections and the
// queries of src/graph. Every method is a thin mapping of prepared statements.
import type Database from 'better-sqlite3';
import type { Store, StoredEntity } from '../store.ts';
import type { Correction, Descendant, ResolvedId, RoleRecord } from '../graph-types.ts';
import type { EntityKind } from '../../contract.ts';
import { prepareGraphStatements } from './graph-statements.ts';
import { profileTotals } from './profile-totals.ts';
import { eventsQuery } from './events-query.ts';
import { toRelationRow, type RelationJoinRow } from './event-row.ts';

type GraphMethods = Omit<Store, 'hasDocument' | 'findNearDuplicate' | 'saveBatch' | 'counts' | 'entity' | 'dyadEvents' | 'close'
  | 'document' | 'documents' | 'documentIdsWithPrefix'>;

const ids = (list: readonly string[]) => JSON.stringify(list);

export function sqliteGraphMethods(db: Database.Database): GraphMethods {
  const g = prepareGraphStatements(db);
  const events = eventsQuery(db);
  const totals = profileTotals(db);
  const saveResolution = db.transaction((resolution: Parameters<GraphMethods['saveResolution']>[0], stamp: string) => {
    g.clearResolution.run();
    g.clearAncestors.run();
    g.clearLookup.run();
    for (const row of resolution.canonical) g.insertResolution.run(row.entity, row.canonical);
    for (const row of resolution.ancestors) g.insertAncestor.run(row.entity, row.ancestor, row.depth, row.via);
    for (const row of resolution.lookup) g.insertLookup.run(row.key, row.entity, row.rank);
    totals.fold();
    g.saveStamp.run({ stamp, at: new Date().toISOString() });
  });
  const withAliases = (rows: Omit<StoredEntity, 'aliases'>[], aliasRows: { entity: string; alias: string }[]): StoredEntity[] => {
    const aliases = new Map<string, string[]>();
    for (const { entity, alias } of aliasRows) aliases.set(entity, [...(aliases.get(entity) ?? []), alias]);
    return rows.map((row) => ({ ...row, aliases: aliases.get(row.id) ?? [] }));
  };

  return {
    async resolutionInputs() {
      const entities = withAliases(
        g.allEntities.all() as Omit<StoredEntity, 'aliases'>[],
        g.allAliases.all() as { entity: string; alias: string }[],
      );
      return {
        entities,
        roles: g.roleSummaries.all() as { entity: string; title: string; of: string | null; documents: number }[],
        corrections: g.corrections.all() as Correction[],
      };
    },
    async resolutionStamp() {
      // One read transaction: the three from the same moment.
      return db.transaction(() => ({
        current: g.currentStamp.get() as string,
        saved: (g.savedStamp.get() as string | undefined) ?? null,
        queued: g.queued.get() === 1,
      }))();
    },
    async saveResolution(resolution, stamp) {
      saveResolution.immediate(resolution, stamp);
    },
    async addCorrection(input) {
      const createdAt = new Date().toISOString();
      const { lastInsertRowid } = g.insertCorrection.run({ ...input, createdAt });
      return { ...input, id: Number(lastInsertRowid), createdAt };
    },
    async corrections() {
      return g.corrections.all() as Correction[];
    },
    async removeCorrection(id) {
      return g.deleteCorrection.run(id).changes > 0;
    },
    async lookupEntities(keys) {
      return g.lookup.all({ keys: ids(keys) }) as { id: string; rank: number }[];
    },
    async resolvedIds(list) {
      const rows = (list === undefined ? g.resolvedAll.all() : g.resolvedSome.all({ ids: ids(list) })) as
        { id: string; canonical: string; ancestors: string }[];
      return rows.map((row): ResolvedId => ({ ...row, ancestors: JSON.parse(row.ancestors) as string[] }));
    },
    async descendants(id) {
      return g.descendants.all({ id }) as Descendant[];
    },
    async memberIds(canonicalIds) {
      return g.memberIds.all({ ids: ids(canonicalIds) }) as string[];
    },
    async entities(list) {
      const rows = g.entitiesByIds.all({ ids: ids(list) }) as { id: string; name: string; kind: EntityKind; parent: string | null }[];
      const found = withAliases(rows, g.aliasesByIds.all({ ids: ids(list) }) as { entity: string; alias: string }[]);
      const byId = new Map(found.map((e) => [e.id, e]));
      return list.flatMap((id) => byId.get(id) ?? []);
    },
    async events(query) {
      return events(query);
    },
    async relations(list) {
      const rows = (list === undefined ? g.allRelations.all() : g.relationsByIds.all({ ids: ids(list) })) as RelationJoinRow[];
      return rows.map(toRelationRow);
    },
    async roles(list) {
      return g.roles.all({ ids: ids(list) }) as RoleRecord[];
    },
    async counterparts(list) {
      return totals.counterparts(list);
    },
    async seen(list) {
      return totals.seen(list);
    },
    async roleTotals(list) {
      return totals.roleTotals(list);
    },
  };
}
