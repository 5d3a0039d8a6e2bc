// POST /api/uploads?name=FILE (the file as the request body) queues it for ingest;
// GET /api/uploads and /api/uploads/:id report progress and per-file errors.
import { HttpError, readBody } from '../http.ts';
import { checkUploadBytes, checkUploadName, checkUploadType } from '../uploads/upload-checks.ts';
import type { Route } from './context.ts';

const JOB_ID = /^[0-9a-f-]{36}$/;

export const uploadRoutes: Route[] = [
  {
    method: 'POST', pattern: '/api/uploads', write: true,
    async handler(ctx) {
      const p = ctx.params(['name']);
      const name = checkUploadName(p.text('name', { max: 500 }));
      checkUploadType(ctx.req.headers['content-type']);
      const bytes = await readBody(ctx.req, ctx.maxUploadBytes);
      checkUploadBytes(name, bytes);
      const job = await ctx.uploads.add(name, bytes);
      return { status: 202, body: job, headers: { Location: `/api/uploads/${job.id}` } };
    },
  },
  {
    method: 'GET', pattern: '/api/uploads',
    async handler(ctx) {
      ctx.params([]);
      return { body: { busy: ctx.uploads.busy, items: ctx.uploads.list() } };
    },
  },
  {
    method: 'GET', pattern: '/api/uploads/:id',
    async handler(ctx) {
      ctx.params([]);
      const id = ctx.path.id!;
      const job = JOB_ID.test(id) ? ctx.uploads.get(id) : undefined;
      if (!job) throw new HttpError(404, 'not_found', `no upload ${id.slice(0, 40)} — uploads are kept while the server runs`);
      return { body: job };
    },
  },
];
