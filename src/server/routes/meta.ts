// GET /api/health, /api/summary and /api/openapi.json: what the UI loads first.
import { readFileSync } from 'node:fs';
import { EVENT_TYPES, ENTITY_KINDS, MODALITIES } from '../../contract.ts';
import { RELATION_STATES } from '../../graph/relation-state.ts';
import type { Route } from './context.ts';
import { openApiDocument } from '../openapi.ts';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

export const metaRoutes: Route[] = [
  {
    method: 'GET', pattern: '/api/health',
    async handler(ctx) {
      ctx.params([]);
      return { body: { ok: true, version } };
    },
  },
  {
    method: 'GET', pattern: '/api/summary',
    async handler(ctx) {
      ctx.params([]);
      const summary = await ctx.app.cached('summary', async () => {
        const [counts, set, index] = await Promise.all([ctx.app.store.counts(), ctx.app.everything(false), ctx.app.actors()]);
        const years = [...new Set(set.events.flatMap((e) => (e.date ? [e.date.value.slice(0, 4)] : [])))].sort();
        const kinds = Object.fromEntries(ENTITY_KINDS.map((k) => [k, index.actors.filter((a) => a.kind === k).length]));
        return { counts: { ...counts, actors: index.actors.length, consolidatedEvents: set.events.length }, years, kinds };
      });
      return {
        body: {
          version,
          readOnly: ctx.app.readOnly,
          ...summary,
          vocabulary: { eventTypes: EVENT_TYPES, entityKinds: ENTITY_KINDS, modalities: MODALITIES, relationStates: RELATION_STATES },
          ingesting: ctx.uploads.busy,
          maxUploadBytes: ctx.maxUploadBytes,
        },
      };
    },
  },
  {
    method: 'GET', pattern: '/api/openapi.json',
    async handler(ctx) {
      ctx.params([]);
      return { body: openApiDocument(version) };
    },
  },
];
