// What a route handler receives and returns, and the helpers routes share.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoredEntity } from '../../store/store.ts';
import { ActorNotFound, findActor } from '../../graph/resolve/find-actor.ts';
import type { Scope } from '../../graph/load-events.ts';
import type { AppState } from '../app-state.ts';
import type { UploadQueue } from '../uploads/upload-queue.ts';
import { HttpError } from '../http.ts';
import { Params } from '../params.ts';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Decoded path segments named in the route pattern (":id"). */
  path: Record<string, string>;
  app: AppState;
  uploads: UploadQueue;
  maxUploadBytes: number;
  /** Checks the query string against the parameters the route takes. */
  params(allowed: readonly string[]): Params;
}

/** A JSON body (200 unless `status` says otherwise). */
export interface RouteResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RouteContext) => Promise<RouteResult>;

export interface Route {
  method: 'GET' | 'POST';
  /** "/api/events/:id": literal segments and named ones. */
  pattern: string;
  /** Writes are refused in read-only mode and rate-limited. */
  write?: boolean;
  handler: Handler;
}

export function makeParams(url: URL): (allowed: readonly string[]) => Params {
  return (allowed) => new Params(url.searchParams, allowed);
}

/** An actor named by id, name or alias; 404 when unknown, 400 when ambiguous. */
export async function actorParam(ctx: RouteContext, name: string, value: string): Promise<StoredEntity> {
  try {
    return await findActor(ctx.app.store, value);
  } catch (error) {
    if (error instanceof ActorNotFound) {
      const ambiguous = /could be|names several/.test(error.message);
      throw new HttpError(ambiguous ? 400 : 404, ambiguous ? 'ambiguous_actor' : 'unknown_actor', error.message, { parameter: name });
    }
    throw error;
  }
}

export function scopeOf(rollup: boolean, range: { from?: string; to?: string }, extra: Partial<Scope> = {}): Scope {
  return { rollup, ...range, ...extra };
}
