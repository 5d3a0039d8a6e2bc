// GET /api/events (consolidated events matching filters, paged) and
// GET /api/events/:id (one event with every report of it).
import { actorEvents, allEvents, pairEvents, type EventSet, type Scope } from '../../graph/load-events.ts';
import { eventJson } from '../../graph/render/event-json.ts';
import { badParameter, HttpError } from '../http.ts';
import { checkPathId, EVENT_ID, paginate, PAGE, RANGE } from '../params.ts';
import { actorParam, type RouteContext, type Route } from './context.ts';

export const eventRoutes: Route[] = [
  {
    method: 'GET', pattern: '/api/events',
    async handler(ctx) {
      const p = ctx.params(['actor', 'a', 'b', 'types', 'outlet', 'rollup', 'order', ...RANGE, ...PAGE]);
      const range = p.range();
      const rollup = p.boolean('rollup');
      const types = p.types();
      const outlet = p.text('outlet', { max: 200 });
      const actor = p.text('actor', { max: 200 });
      const a = p.text('a', { max: 200 });
      const b = p.text('b', { max: 200 });
      const order = p.choice('order', ['asc', 'desc'] as const, 'asc');
      const page = p.page();
      if (actor && (a || b)) throw badParameter('actor', 'give "actor" or the pair "a" and "b", not both');
      if ((a === undefined) !== (b === undefined)) throw badParameter(a ? 'b' : 'a', 'a pair needs both "a" and "b"');
      const scope: Scope = { rollup, ...range, ...(types ? { types } : {}), ...(outlet ? { outlet } : {}) };
      let set: EventSet;
      if (a && b) {
        const [x, y] = [await actorParam(ctx, 'a', a), await actorParam(ctx, 'b', b)];
        if (x.id === y.id) throw badParameter('b', `"${a}" and "${b}" are the same actor (${x.id})`);
        set = await ctx.app.cached(`events:pair:${x.id}:${y.id}:${JSON.stringify(scope)}`, () => pairEvents(ctx.app.store, x.id, y.id, scope));
      } else if (actor) {
        const x = await actorParam(ctx, 'actor', actor);
        set = await ctx.app.cached(`events:actor:${x.id}:${JSON.stringify(scope)}`, () => actorEvents(ctx.app.store, x.id, scope));
      } else if (!range.from && !range.to && !types && !outlet) {
        set = await ctx.app.everything(rollup);
      } else {
        set = await ctx.app.cached(`events:all:${JSON.stringify(scope)}`, () => allEvents(ctx.app.store, scope));
      }
      const ordered = order === 'asc' ? set.events : [...set.events].reverse();
      const paged = paginate(ordered, page);
      return { body: { ...paged, truncated: set.truncated, items: paged.items.map((e) => eventJson(e, set.names)) } };
    },
  },
  {
    method: 'GET', pattern: '/api/events/:id',
    async handler(ctx) {
      const p = ctx.params(['rollup']);
      const id = checkPathId('event id', ctx.path.id!, EVENT_ID, '1893b39d3ead-2c955900dd1ff4d5');
      const found = await findEvent(ctx, id, p.boolean('rollup'));
      return { body: eventJson(found.event, found.set.names) };
    },
  },
];

/**
 * A consolidated event id is the first report's document (12 hex digits) and that
 * report's event id. The report is found in its document, then the event its actors
 * share that holds it — under the same id, or another if a later report now comes first.
 */
async function findEvent(ctx: RouteContext, id: string, rollup: boolean) {
  const prefix = id.slice(0, 12);
  const eventPart = id.slice(13);
  const notFound = new HttpError(404, 'not_found', `no event ${id} — ids come from /api/events, /api/dyad or /api/network`);
  for (const documentId of await ctx.app.store.documentIdsWithPrefix(prefix, 5)) {
    const row = (await ctx.app.store.events({ document: documentId })).find((r) => r.event.id === eventPart);
    if (!row) continue;
    const resolved = new Map((await ctx.app.store.resolvedIds([row.event.source, ...(row.event.target ? [row.event.target] : [])]))
      .map((r) => [r.id, r.canonical]));
    const source = resolved.get(row.event.source) ?? row.event.source;
    const target = row.event.target === null ? null : (resolved.get(row.event.target) ?? row.event.target);
    const set = target === null || target === source
      ? await actorEvents(ctx.app.store, source, { rollup })
      : await pairEvents(ctx.app.store, source, target, { rollup });
    const event = set.events.find((e) => e.id === id)
      ?? set.events.find((e) => e.reports.some((r) => r.document.id === documentId && r.event.id === eventPart));
    if (event) return { event, set };
  }
  throw notFound;
}
