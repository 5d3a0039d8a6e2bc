// Gathers the export model from the store: consolidated events in scope, standing
// relations mapped to the same level, and what is known of each actor.
import type { Store } from '../../store/store.ts';
import { allEvents, type Names, type Scope } from '../load-events.ts';
import { atLevel, levelMap } from '../level.ts';
import { buildExportModel, type ExportModel, type NodeInfo } from './model.ts';

export async function loadExportModel(store: Store, scope: Scope): Promise<{ model: ExportModel; names: Names }> {
  const set = await allEvents(store, scope);
  const rows = await store.relations();
  const raw = [...new Set(rows.flatMap((r) => [r.relation.source, r.relation.target]))];
  const level = levelMap(await store.resolvedIds(raw), [], scope.rollup);
  const inEvents = new Set(set.events.flatMap((e) => (e.target === null ? [e.source] : [e.source, e.target])));
  const dated = scope.from !== undefined || scope.to !== undefined;
  const relations = rows
    .map((row) => ({ row, source: atLevel(level, row.relation.source), target: atLevel(level, row.relation.target) }))
    // In a period, a standing relation is kept between actors active in it.
    .filter((r) => !dated || (inEvents.has(r.source) && inEvents.has(r.target)));
  const ids = [...new Set([...inEvents, ...relations.flatMap((r) => [r.source, r.target])])];
  const [entities, resolved] = await Promise.all([store.entities(ids), store.resolvedIds(ids)]);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const parentOf = new Map(resolved.map((r) => [r.id, r.ancestors[1] ?? null]));
  const info = (id: string): NodeInfo => {
    const entity = byId.get(id);
    return {
      name: entity?.name ?? id, kind: entity?.kind ?? null,
      parent: scope.rollup ? null : (parentOf.get(id) ?? null), aliases: entity?.aliases ?? [],
    };
  };
  return { model: buildExportModel(set.events, relations, info), names: set.names };
}
