// Matches a request path to a route: literal segments, and ":name" segments that
// capture one decoded path segment.
import { HttpError } from './http.ts';
import type { Route } from './routes/context.ts';

export interface Match {
  route: Route;
  path: Record<string, string>;
}

export function matchRoute(routes: readonly Route[], method: string, pathname: string): Match {
  const segments = pathname.split('/').slice(1);
  let allowed: string[] = [];
  for (const route of routes) {
    const pattern = route.pattern.split('/').slice(1);
    if (pattern.length !== segments.length) continue;
    const path: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < pattern.length && ok; i++) {
      const want = pattern[i]!;
      const got = segments[i]!;
      if (want.startsWith(':')) {
        if (got === '') ok = false;
        else path[want.slice(1)] = decodeSegment(got);
      } else {
        ok = want === got;
      }
    }
    if (!ok) continue;
    if (route.method === method || (route.method === 'GET' && method === 'HEAD')) return { route, path };
    allowed = [...allowed, route.method];
  }
  if (allowed.length > 0) {
    throw new HttpError(405, 'method_not_allowed', `${method} is not allowed here — use ${allowed.join(' or ')}`, {}, { Allow: allowed.join(', ') });
  }
  throw new HttpError(404, 'not_found', `no API endpoint ${pathname.slice(0, 100)} — see /api/openapi.json`);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'bad_path', 'the path is not valid percent-encoding');
  }
}
