// GET /api/network: actors and their ties in a period, ready to draw.
import { allEvents } from '../../graph/load-events.ts';
import { networkView } from '../network-view.ts';
import type { Route } from './context.ts';

/** Actors drawn by default: enough to see the structure, few enough to read and to lay out at once. */
export const DEFAULT_LIMIT = 60;
/** Ties drawn by default, per actor drawn. */
export const TIES_PER_ACTOR = 3;

export const networkRoutes: Route[] = [
  {
    method: 'GET', pattern: '/api/network',
    async handler(ctx) {
      const p = ctx.params(['from', 'to', 'at', 'types', 'kinds', 'minSources', 'rollup', 'limit', 'maxTies']);
      const range = p.range();
      const rollup = p.boolean('rollup');
      const request = {
        rollup,
        minSources: p.integer('minSources', 1, 1, 1000),
        limit: p.integer('limit', DEFAULT_LIMIT, 1, 5000),
        maxTies: p.integer('maxTies', TIES_PER_ACTOR * p.integer('limit', DEFAULT_LIMIT, 1, 5000), 1, 20000),
        ...(p.types() ? { types: p.types()! } : {}),
        ...(p.kinds() ? { kinds: p.kinds()! } : {}),
      };
      const key = `network:${JSON.stringify({ range, ...request })}`;
      const body = await ctx.app.cached(key, async () => {
        // The whole time span is read once and kept; a period is a quick indexed read.
        const set = range.from || range.to ? await allEvents(ctx.app.store, { rollup, ...range }) : await ctx.app.everything(rollup);
        return { period: { from: range.from ?? null, to: range.to ?? null }, rollup, ...networkView(set, await ctx.app.actors(), request) };
      });
      return { body };
    },
  },
];
