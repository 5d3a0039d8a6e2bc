// GET /api/dyad: two actors' events, relation state per period, flows and disagreements.
import { pairEvents } from '../../graph/load-events.ts';
import { buildDyad } from '../../graph/dyad.ts';
import { dyadJson } from '../../graph/render/dyad-json.ts';
import { badParameter } from '../http.ts';
import { RANGE } from '../params.ts';
import { actorParam, type Route } from './context.ts';

export const dyadRoutes: Route[] = [
  {
    method: 'GET', pattern: '/api/dyad',
    async handler(ctx) {
      const p = ctx.params(['a', 'b', 'period', 'rollup', ...RANGE]);
      const a = p.requiredText('a');
      const b = p.requiredText('b');
      const range = p.range();
      const period = p.period();
      const rollup = p.boolean('rollup');
      const [x, y] = [await actorParam(ctx, 'a', a), await actorParam(ctx, 'b', b)];
      if (x.id === y.id) throw badParameter('b', `"${a}" and "${b}" are the same actor (${x.id}) — name two different ones`);
      const body = await ctx.app.cached(`dyad:${JSON.stringify({ a: x.id, b: y.id, range, period, rollup })}`, async () => {
        const scope = { rollup, ...range };
        const set = await pairEvents(ctx.app.store, x.id, y.id, scope);
        const report = buildDyad(set, x, y, { ...scope, period });
        const names = new Map([...set.names, [x.id, x], [y.id, y]]);
        return { ...dyadJson(report, names), kinds: { a: x.kind, b: y.kind } };
      });
      return { body };
    },
  },
];
