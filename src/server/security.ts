// Who may talk to the server and how often: loopback detection, the Host check that
// stops DNS rebinding, same-origin checks for writes, token authentication and a
// per-client rate limit for the write endpoints.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.ts';

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/**
 * The Host headers a loopback server answers: its own address and "localhost" on
 * its port. A page on another site that rebinds its DNS name to 127.0.0.1 still
 * sends its own name as Host, and is refused — it cannot read the local data.
 * A server bound elsewhere cannot know the names it is reached by; its protection
 * is the token.
 */
export function allowedHosts(host: string, port: number): Set<string> | null {
  if (!isLoopbackHost(host)) return null;
  const names = new Set([host, 'localhost', '127.0.0.1', '[::1]']);
  return new Set([...names].flatMap((name) => [`${name}:${port}`.toLowerCase(), ...(port === 80 ? [name] : [])]));
}

export function checkHost(req: IncomingMessage, allowed: Set<string> | null): void {
  if (allowed === null) return;
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowed.has(host)) {
    throw new HttpError(403, 'bad_host', `Host "${host.slice(0, 100)}" is not this server — open it as http://${[...allowed][0]}/`);
  }
}

/**
 * Requests a browser makes on behalf of another site are refused: Sec-Fetch-Site
 * (sent by current browsers on every request) must not say cross-site, and a write
 * must come from this server's own origin when the browser names one.
 */
export function checkSameOrigin(req: IncomingMessage, write: boolean): void {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || (write && site === 'same-site')) {
    throw new HttpError(403, 'cross_site', 'requests from other sites are refused');
  }
  const origin = req.headers.origin;
  if (write && origin !== undefined && origin !== `http://${req.headers.host}`) {
    throw new HttpError(403, 'cross_site', `writes from origin ${origin.slice(0, 100)} are refused — use the page this server serves`);
  }
}

export const TOKEN_COOKIE = 'entente_token';

/** Compares a presented token with the expected one in constant time. */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The token a request presents: `Authorization: Bearer …` or the session cookie. */
export function presentedToken(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    return match?.[1];
  }
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
}

/**
 * A token bucket per client address: `perMinute` requests a minute on average,
 * bursts of up to the same number. Used for the write endpoints only.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number, private readonly now: () => number = () => Date.now()) {}

  /** Takes one token for `client`, or throws 429 with the seconds to wait. */
  take(client: string): void {
    const now = this.now();
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    if (bucket.tokens < 1) {
      const wait = Math.ceil((1 - bucket.tokens) / rate / 1000);
      this.buckets.set(client, bucket);
      throw new HttpError(429, 'rate_limited', `too many uploads — at most ${this.perMinute} a minute; try again in ${wait} s`, { retryAfter: wait }, { 'Retry-After': String(wait) });
    }
    bucket.tokens -= 1;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
  }

  /** Buckets that have refilled are the same as no bucket: dropped so the map stays small. */
  private forgetFull(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000 >= this.perMinute) this.buckets.delete(client);
    }
  }
}
