// GET /api/entities (actors, searchable, paged), GET /api/entities/:id (an actor's
// profile with its recent events) and GET /api/relations (standing ties with evidence).
import { RELATION_TYPES, type RelationType } from '../../contract.ts';
import { actorProfile } from '../../graph/actor-profile.ts';
import { actorEvents } from '../../graph/load-events.ts';
import { actorMembers } from '../../graph/level.ts';
import { eventJson } from '../../graph/render/event-json.ts';
import type { RelationRow } from '../../store/store.ts';
import { searchActors, type IndexedActor } from '../app-state.ts';
import { checkPathId, paginate, PAGE } from '../params.ts';
import { actorParam, type Route } from './context.ts';

const RECENT = 10;
/** Recent events are read from this many years before the last one. */
const RECENT_YEARS = 5;

export function actorJson(actor: IndexedActor, index: Map<string, IndexedActor>) {
  const parent = actor.parent === null ? null : { id: actor.parent, name: index.get(actor.parent)?.name ?? actor.parent };
  return { id: actor.id, name: actor.name, kind: actor.kind, parent, aliases: actor.aliases.slice(0, 12), events: actor.events };
}

export const entityRoutes: Route[] = [
  {
    method: 'GET', pattern: '/api/entities',
    async handler(ctx) {
      const p = ctx.params(['q', 'kinds', ...PAGE]);
      const q = p.text('q', { max: 200 }) ?? '';
      const kinds = p.kinds();
      const page = p.page();
      const index = await ctx.app.actors();
      const paged = paginate(searchActors(index, q, kinds), page);
      return { body: { ...paged, items: paged.items.map((a) => actorJson(a, index.byId)) } };
    },
  },
  {
    method: 'GET', pattern: '/api/entities/:id',
    async handler(ctx) {
      const p = ctx.params(['rollup', 'top']);
      const rollup = p.boolean('rollup');
      const top = p.integer('top', 8, 1, 100);
      const name = checkPathId('actor', ctx.path.id!, /^[^\u0000-\u001f\u007f]{1,200}$/u, 'hamas or "Qassam Brigades"');
      const entity = await actorParam(ctx, 'id', name);
      const body = await ctx.app.cached(`entity:${entity.id}:${rollup}:${top}`, async () => {
        const profile = await actorProfile(ctx.app.store, entity, rollup, top);
        const lastYear = profile.lastEvent?.slice(0, 4);
        const set = await actorEvents(ctx.app.store, entity.id, {
          rollup, ...(lastYear ? { from: String(Number(lastYear) - RECENT_YEARS) } : {}),
        });
        const recent = [...set.events].filter((e) => e.date !== null).reverse().slice(0, RECENT);
        return { ...profile, recentEvents: recent.map((e) => eventJson(e, set.names)) };
      });
      return { body };
    },
  },
  {
    method: 'GET', pattern: '/api/relations',
    async handler(ctx) {
      const p = ctx.params(['actor', 'types', 'rollup', ...PAGE]);
      const actorText = p.text('actor', { max: 200 });
      const types = p.list('types', RELATION_TYPES, true);
      const rollup = p.boolean('rollup');
      const page = p.page();
      const actor = actorText ? await actorParam(ctx, 'actor', actorText) : null;
      const grouped = await ctx.app.cached(`relations:${actor?.id ?? ''}:${rollup}`, async () => {
        const members = actor ? await actorMembers(ctx.app.store, actor.id, rollup) : undefined;
        return groupRelations(await ctx.app.store.relations(members), await ctx.app.actors().then((i) => i.byId),
          new Map((await ctx.app.store.resolvedIds()).map((r) => [r.id, r.canonical])));
      });
      const filtered = types ? grouped.filter((r) => types.includes(r.type)) : grouped;
      return { body: paginate(filtered, page) };
    },
  },
];

/** One tie per type and canonical pair, with every statement of it and its document. */
function groupRelations(rows: readonly RelationRow[], index: Map<string, IndexedActor>, canonical: Map<string, string>) {
  const ref = (raw: string) => {
    const id = canonical.get(raw) ?? raw;
    return { id, name: index.get(id)?.name ?? id };
  };
  const groups = new Map<string, {
    type: RelationType; source: { id: string; name: string }; target: { id: string; name: string };
    roles: string[]; sources: number; reports: unknown[]; documents: Set<string>;
  }>();
  for (const { relation, document } of rows) {
    const source = ref(relation.source);
    const target = ref(relation.target);
    if (source.id === target.id) continue;
    const key = `${relation.type}\u0000${source.id}\u0000${target.id}`;
    const group = groups.get(key) ?? { type: relation.type, source, target, roles: [], sources: 0, reports: [], documents: new Set<string>() };
    if (relation.role && !group.roles.includes(relation.role)) group.roles.push(relation.role);
    group.documents.add(document.id);
    group.reports.push({
      document: { id: document.id, source: document.source, title: document.title, published: document.published, outlet: document.outlet, url: document.url },
      role: relation.role, since: relation.since, evidence: relation.evidence, confidence: relation.confidence,
    });
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ documents, ...g }) => ({ id: `${g.type}:${g.source.id}:${g.target.id}`, ...g, sources: documents.size }))
    .sort((a, b) => b.sources - a.sources || a.type.localeCompare(b.type) || a.source.name.localeCompare(b.source.name));
}

