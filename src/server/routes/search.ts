// GET /api/search: actors and documents matching a typed text.
import { searchActors } from '../app-state.ts';
import { actorJson } from './entities.ts';
import type { Route } from './context.ts';

export const searchRoutes: Route[] = [
  {
    method: 'GET', pattern: '/api/search',
    async handler(ctx) {
      const p = ctx.params(['q', 'limit']);
      const q = p.requiredText('q', 200);
      const limit = p.integer('limit', 10, 1, 50);
      const index = await ctx.app.actors();
      const actors = searchActors(index, q).slice(0, limit).map((a) => actorJson(a, index.byId));
      const documents = await ctx.app.store.documents({ q, limit, offset: 0 });
      return { body: { q, actors, documents: { total: documents.total, items: documents.items } } };
    },
  },
];
