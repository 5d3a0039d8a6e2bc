// GET /api/flows (the funding ledger, with totals per year for the chart) and
// GET /api/conflicts (claims that contradict each other).
import { actorEvents, allEvents, pairEvents, type EventSet, type Scope } from '../../graph/load-events.ts';
import { buildLedger, type FlowLine } from '../../graph/ledger.ts';
import { flowJson } from '../../graph/render/flows-json.ts';
import { amountConflicts, polarityConflicts, sortConflicts } from '../../graph/conflicts.ts';
import { conflictJson } from '../../graph/render/conflicts-json.ts';
import { describeFigure } from '../../graph/render/figure.ts';
import type { StoredEntity } from '../../store/store.ts';
import { paginate, PAGE, RANGE } from '../params.ts';
import { actorParam, type RouteContext, type Route } from './context.ts';

export const flowRoutes: Route[] = [
  {
    method: 'GET', pattern: '/api/flows',
    async handler(ctx) {
      const p = ctx.params(['patron', 'client', 'rollup', ...RANGE, ...PAGE]);
      const range = p.range();
      const rollup = p.boolean('rollup');
      const page = p.page(200, 1000);
      const patronText = p.text('patron', { max: 200 });
      const clientText = p.text('client', { max: 200 });
      const patron = patronText ? await actorParam(ctx, 'patron', patronText) : null;
      const client = clientText ? await actorParam(ctx, 'client', clientText) : null;
      const { lines, set } = await ctx.app.cached(`flows:${JSON.stringify({ range, rollup, p: patron?.id, c: client?.id })}`, async () => {
        const scope: Scope = { rollup, types: ['AID', 'SANCTION'], ...range };
        const set = await eventsFor(ctx, scope, patron, client);
        const lines = buildLedger(set.events, (id) => set.names.get(id)?.name ?? id)
          .filter((line) => (!patron || line.patron === patron.id) && (!client || line.client === client.id));
        return { lines, set };
      });
      const paged = paginate(lines, page);
      return { body: { ...paged, years: yearTotals(lines, set), items: paged.items.map((line) => flowJson(line, set.names)) } };
    },
  },
  {
    method: 'GET', pattern: '/api/conflicts',
    async handler(ctx) {
      const p = ctx.params(['actor', 'rollup', ...RANGE, ...PAGE]);
      const range = p.range();
      const rollup = p.boolean('rollup');
      const page = p.page();
      const actorText = p.text('actor', { max: 200 });
      const actor = actorText ? await actorParam(ctx, 'actor', actorText) : null;
      const { conflicts, set } = await ctx.app.cached(`conflicts:${JSON.stringify({ range, rollup, a: actor?.id })}`, async () => {
        const scope: Scope = { rollup, ...range };
        const set = actor ? await actorEvents(ctx.app.store, actor.id, scope)
          : !range.from && !range.to ? await ctx.app.everything(rollup) : await allEvents(ctx.app.store, scope);
        const lines = buildLedger(set.events, (id) => set.names.get(id)?.name ?? id);
        return { conflicts: sortConflicts([...polarityConflicts(set.events), ...amountConflicts(lines, describeFigure)]), set };
      });
      const paged = paginate(conflicts, page);
      return { body: { ...paged, items: paged.items.map((c) => conflictJson(c, set.names)) } };
    },
  },
];

async function eventsFor(ctx: RouteContext, scope: Scope, patron: StoredEntity | null, client: StoredEntity | null): Promise<EventSet> {
  if (patron && client) return pairEvents(ctx.app.store, patron.id, client.id, scope);
  if (patron || client) return actorEvents(ctx.app.store, (patron ?? client)!.id, scope);
  if (!scope.from && !scope.to) {
    const all = await ctx.app.everything(scope.rollup);
    return { ...all, events: all.events.filter((e) => e.type === 'AID' || e.type === 'SANCTION') };
  }
  return allEvents(ctx.app.store, scope);
}

/**
 * Per year and flow, the figure to draw: the largest stated USD per year (the
 * smallest beside it when reports disagree), and whether it is disputed. Flows
 * without a stated amount are counted but not drawn as money.
 */
function yearTotals(lines: readonly FlowLine[], set: EventSet) {
  const name = (id: string) => set.names.get(id)?.name ?? id;
  const years = new Map<string, unknown[]>();
  for (const line of lines) {
    if (line.year === null) continue;
    const usd = line.figures.map((f) => f.usdPerYear).filter((v): v is number => v !== null);
    years.set(line.year, [...(years.get(line.year) ?? []), {
      patron: { id: line.patron, name: name(line.patron) },
      client: { id: line.client, name: name(line.client) },
      kind: line.kind,
      usdPerYear: usd.length > 0 ? Math.max(...usd) : null,
      lowUsdPerYear: usd.length > 1 ? Math.min(...usd) : null,
      disputed: line.disputed,
      sources: line.sources,
    }]);
  }
  return [...years].sort(([a], [b]) => a.localeCompare(b)).map(([year, flows]) => ({ year, flows }));
}
