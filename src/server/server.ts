// `entente serve`: the HTTP API and the web UI over one store. node:http and no
// framework: a dozen routes, each a function from a checked request to JSON.
//
// Every request passes, in order: security headers → size and method limits → Host
// check (loopback servers answer only to their own names) → same-origin check →
// token (when one is set) → the route (read-only and rate limits for writes) or a
// static file of the built UI.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openStore, type Store } from '../store/store.ts';
import { createAppState, type AppState } from './app-state.ts';
import { HttpError, sendError, sendJson, setSecurityHeaders } from './http.ts';
import { matchRoute } from './router.ts';
import { allowedHosts, checkHost, checkSameOrigin, presentedToken, RateLimiter, tokenCookie, tokenMatches } from './security.ts';
import { serveStatic } from './static-files.ts';
import { UploadQueue } from './uploads/upload-queue.ts';
import { makeParams, type Route } from './routes/context.ts';
import { metaRoutes } from './routes/meta.ts';
import { networkRoutes } from './routes/network.ts';
import { eventRoutes } from './routes/events.ts';
import { dyadRoutes } from './routes/dyad.ts';
import { flowRoutes } from './routes/flows.ts';
import { entityRoutes } from './routes/entities.ts';
import { documentRoutes } from './routes/documents.ts';
import { searchRoutes } from './routes/search.ts';
import { uploadRoutes } from './routes/uploads.ts';

export const ROUTES: readonly Route[] = [
  ...metaRoutes, ...networkRoutes, ...eventRoutes, ...dyadRoutes, ...flowRoutes, ...entityRoutes,
  ...documentRoutes, ...searchRoutes, ...uploadRoutes,
];

export interface ServerOptions {
  /** Store location: an SQLite file path or a postgres:// URL. */
  db: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** When set, every request must present it (Bearer header or the cookie set by /?token=). */
  token: string | null;
  readOnly: boolean;
  maxUploadBytes: number;
  uploadsPerMinute: number;
  /** The built web UI (see build-web.ts). */
  staticDir: string;
  /** Compute the first views before answering (default true). */
  warm?: boolean;
  log?: (line: string) => void;
}

export { DEFAULTS } from './defaults.ts';

const MAX_URL = 4096;
const MAX_QUEUED_UPLOADS = 100;

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  app: AppState;
  uploads: UploadQueue;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store: Store = await openStore(options.db);
  let app: AppState;
  const uploads = new UploadQueue(options.db, options.maxUploadBytes, MAX_QUEUED_UPLOADS, () => app.refresh());
  app = createAppState(options.db, store, options.readOnly, () => uploads.busy);
  const limiter = new RateLimiter(options.uploadsPerMinute);
  let hosts: Set<string> | null = null;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return sendError(req, res, error);
      log(`entente serve: ${req.method} ${req.url?.slice(0, 200)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      sendError(req, res, new HttpError(500, 'internal', 'the server failed on this request — see its log'));
    });
  });
  // Slow or endless requests cannot hold connections open.
  server.headersTimeout = 10_000;
  server.requestTimeout = 120_000;
  server.maxHeadersCount = 100;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const raw = req.url ?? '/';
    if (raw.length > MAX_URL) throw new HttpError(414, 'uri_too_long', `the URL is longer than ${MAX_URL} characters`);
    const method = req.method ?? 'GET';
    if (!['GET', 'HEAD', 'POST'].includes(method)) {
      throw new HttpError(405, 'method_not_allowed', `${method} is not allowed — use GET or POST`, {}, { Allow: 'GET, HEAD, POST' });
    }
    if (!raw.startsWith('/')) throw new HttpError(400, 'bad_path', 'the request target must be a path');
    const url = new URL(raw, 'http://entente.invalid');
    checkHost(req, hosts);
    checkSameOrigin(req, method === 'POST');
    if (options.token !== null && !authenticate(req, res, url, options.token)) return;
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const { route, path } = matchRoute(ROUTES, method, url.pathname);
      if (route.write) {
        if (options.readOnly) throw new HttpError(403, 'read_only', 'this server is read-only (started with --read-only): uploads are refused');
        limiter.take(req.socket.remoteAddress ?? 'unknown');
      }
      await app.version();
      const result = await route.handler({
        req, res, url, path, app, uploads, maxUploadBytes: options.maxUploadBytes, params: makeParams(url),
      });
      sendJson(req, res, result.status ?? 200, result.body, result.headers);
      return;
    }
    if (method === 'POST') throw new HttpError(405, 'method_not_allowed', 'POST is only for /api/uploads', {}, { Allow: 'GET, HEAD' });
    await serveStatic(options.staticDir, url.pathname, req, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(options.host, port);
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${shownHost === '0.0.0.0' || shownHost === '[::]' ? '127.0.0.1' : shownHost}:${port}/`;

  const close = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await uploads.close();
    await store.close();
  };

  if (options.warm !== false) {
    try {
      // The views the UI opens with, computed now so that the first page is instant.
      await app.version();
      await Promise.all([app.everything(false), app.actors()]);
      const headers: Record<string, string> = options.token === null ? {} : { authorization: `Bearer ${options.token}` };
      for (const path of ['/api/summary', '/api/network']) {
        await fetch(new URL(path, url), { headers }).then((r) => r.arrayBuffer());
      }
    } catch (error) {
      await close();
      throw error;
    }
  }
  return { url, port, server, app, uploads, close };
}

/**
 * With a token set: `/?token=…` (the link `entente serve` prints) sets an HttpOnly
 * cookie and redirects to a clean URL; every other request must carry the cookie or
 * `Authorization: Bearer …`. Returns false when the response is already sent.
 */
function authenticate(req: IncomingMessage, res: ServerResponse, url: URL, token: string): boolean {
  const offered = url.searchParams.get('token');
  if (url.pathname === '/' && offered !== null) {
    if (!tokenMatches(offered, token)) throw new HttpError(401, 'unauthorized', 'wrong token — use the link `entente serve` printed', {}, { 'WWW-Authenticate': 'Bearer' });
    res.writeHead(303, { Location: '/', 'Set-Cookie': tokenCookie(token), 'Cache-Control': 'no-store' });
    res.end();
    return false;
  }
  if (tokenMatches(presentedToken(req), token)) return true;
  const message = 'this server needs a token — open the link `entente serve` printed (…/?token=…), or send "Authorization: Bearer TOKEN"';
  if (url.pathname.startsWith('/api/')) throw new HttpError(401, 'unauthorized', message, {}, { 'WWW-Authenticate': 'Bearer' });
  const body = `${message}\n`;
  res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), 'WWW-Authenticate': 'Bearer' });
  res.end(req.method === 'HEAD' ? undefined : body);
  return false;
}
