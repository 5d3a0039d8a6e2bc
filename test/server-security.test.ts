// The server's defences: headers, static files that stay inside their folder, Host and
// origin checks, size and type limits, token authentication, read-only mode and the
// rate limit on uploads.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { tempDir } from './helpers/cli.ts';
import { getJson, sampleDatabase, startTestServer, waitForJob } from '../src/server/test-support/fixture.ts';
import type { RunningServer } from '../src/server/server.ts';
import { allowedHosts, isLoopbackHost, RateLimiter } from '../src/server/security.ts';
import { resolveStatic } from '../src/server/static-files.ts';
import { jsonText } from '../src/server/http.ts';
import { exposureWarning } from '../src/cli/serve.ts';

/** A raw request: the path is sent exactly as given (fetch would normalise "..") . */
function raw(base: string, path: string, headers: Record<string, string> = {}, method = 'GET', body?: Buffer | string) {
  const url = new URL(base);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers: { host: url.host, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const ARTICLE = 'Doha, 12 March 2021\n\nQatar pledged $40 million to the Gaza Strip on Friday at the Wadi Qurmuz conference, officials said. Egypt welcomed the pledge.\n';

describe('entente serve: security', () => {
  const tmp = tempDir('server-security');
  let db: string;
  let open: RunningServer;
  let guarded: RunningServer;
  let readOnly: RunningServer;
  let limited: RunningServer;
  const TOKEN = 'correct-horse-battery-staple';

  before(async () => {
    db = join(tmp.dir, 'samples.db');
    await sampleDatabase(db);
    const web = join(tmp.dir, 'web');
    open = await startTestServer(db, web, { maxUploadBytes: 4096, uploadsPerMinute: 100 });
    limited = await startTestServer(db, web, { uploadsPerMinute: 2, warm: false });
    guarded = await startTestServer(db, web, { token: TOKEN, warm: false });
    readOnly = await startTestServer(db, web, { readOnly: true, warm: false });
  });
  after(async () => {
    await Promise.all([open?.close(), guarded?.close(), readOnly?.close(), limited?.close()]);
    tmp.remove();
  });

  it('sends a strict Content-Security-Policy and the other security headers on every response', async () => {
    for (const path of ['/', '/app.js', '/api/health', '/api/nothing', '/missing.js']) {
      const res = await raw(open.url, path);
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, `${path}: no 'unsafe-inline' or 'unsafe-eval'`);
      assert.doesNotMatch(csp, /unsafe/);
      assert.match(csp, /object-src 'none'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['x-frame-options'], 'DENY');
      assert.equal(res.headers['referrer-policy'], 'no-referrer');
    }
    const page = await raw(open.url, '/');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in the page');
    assert.doesNotMatch(page.body, /\sstyle=|<style/, 'no inline style');
  });

  it('serves only files inside the UI folder: no path traversal', async () => {
    assert.equal((await raw(open.url, '/app.js')).status, 200);
    for (const path of [
      '/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..\\..\\package.json', '/%5c..%5cpackage.json', '/index.html%00.js', '/.env', '/.git/config', '/%252e%252e/package.json',
      '//etc/passwd', '/etc/passwd', '/web/src/main.ts', '/app.js/..%2f..%2f..%2fpackage.json', '/%ff%fe',
    ]) {
      const res = await raw(open.url, path);
      assert.ok([400, 404].includes(res.status), `${path} → ${res.status}`);
      assert.doesNotMatch(res.body, /"name": "entente"|root:x:0/, path);
    }
    await assert.rejects(resolveStatic(join(tmp.dir, 'web'), '/../samples.db'), /hidden|\.\./);
  });

  it('answers only to its own Host names and refuses cross-site writes', async () => {
    const port = new URL(open.url).port;
    assert.equal((await raw(open.url, '/api/health', { host: `localhost:${port}` })).status, 200);
    const rebound = await raw(open.url, '/api/health', { host: 'attacker.example:80' });
    assert.equal(rebound.status, 403, 'a rebound DNS name is refused');
    assert.deepEqual([...allowedHosts('127.0.0.1', 8080)!].sort(), ['127.0.0.1:8080', '[::1]:8080', 'localhost:8080']);
    assert.equal(allowedHosts('0.0.0.0', 8080), null);
    const crossSite = await raw(open.url, '/api/summary', { 'sec-fetch-site': 'cross-site' });
    assert.equal(crossSite.status, 403);
    const foreign = await raw(open.url, '/api/uploads?name=a.txt', { origin: 'http://attacker.example', 'content-type': 'text/plain' }, 'POST', ARTICLE);
    assert.equal(foreign.status, 403);
    assert.match(JSON.parse(foreign.body).error.message, /origin/);
  });

  it('limits URLs, methods, upload sizes and types', async () => {
    assert.equal((await raw(open.url, `/api/search?q=${'a'.repeat(5000)}`)).status, 414);
    assert.equal((await raw(open.url, '/api/health', {}, 'DELETE')).status, 405);
    assert.equal((await raw(open.url, '/', {}, 'POST', 'x')).status, 405);
    const big = await raw(open.url, '/api/uploads?name=big.txt', { 'content-type': 'text/plain' }, 'POST', 'x'.repeat(5000));
    assert.equal(big.status, 413);
    assert.match(JSON.parse(big.body).error.message, /larger than 4 KB/);
    const pdf = await raw(open.url, '/api/uploads?name=report.pdf', { 'content-type': 'application/pdf' }, 'POST', '%PDF-1.4');
    assert.equal(pdf.status, 415);
    const disguised = await raw(open.url, '/api/uploads?name=report.txt', { 'content-type': 'text/plain' }, 'POST', Buffer.from('%PDF-1.7 binary'));
    assert.equal(disguised.status, 415);
    assert.match(JSON.parse(disguised.body).error.message, /PDF/);
    const image = await raw(open.url, '/api/uploads?name=a.txt', { 'content-type': 'image/png' }, 'POST', 'x');
    assert.equal(image.status, 415);
    for (const name of ['../evil.txt', 'dir/evil.txt', '.hidden.txt', 'a\u0000b.txt']) {
      const res = await raw(open.url, `/api/uploads?name=${encodeURIComponent(name)}`, { 'content-type': 'text/plain' }, 'POST', ARTICLE);
      assert.equal(res.status, 400, name);
    }
    assert.equal((await raw(open.url, '/api/uploads', { 'content-type': 'text/plain' }, 'POST', ARTICLE)).status, 400, 'the name is required');
  });

  it('stores an accepted upload, reports per-file errors, and rate-limits uploads', async () => {
    const ok = await raw(open.url, '/api/uploads?name=qatar-pledge.txt', { 'content-type': 'text/plain' }, 'POST', ARTICLE);
    assert.equal(ok.status, 202, ok.body);
    const job = await waitForJob(open.url, JSON.parse(ok.body).id);
    assert.equal(job.state, 'done', JSON.stringify(job));
    assert.equal(job.summary.new, 1);
    const docs = (await getJson(open.url, '/api/documents?q=Qurmuz')).body;
    assert.equal(docs.total, 1);
    assert.equal(docs.items[0].source, 'qatar-pledge.txt', 'the document keeps the name uploaded, not a temporary path');
    assert.equal((await getJson(open.url, '/api/documents?q=qatar-pledge.txt')).body.total, 1, 'and is found by it');
    const controls = await raw(open.url, '/api/uploads?name=controls.txt', { 'content-type': 'text/plain' }, 'POST', Buffer.from([1, 2, 3, 0, 0, 4, 5, 6, 7, 8]));
    assert.equal(controls.status, 202);
    const failed = await waitForJob(open.url, JSON.parse(controls.body).id);
    assert.equal(failed.state, 'failed');
    assert.equal(failed.failures[0].source, 'controls.txt', 'the failure names the uploaded file, not a temporary path');
    assert.match(failed.failures[0].reason, /binary|NUL|control/);
    // At most 2 a minute: the third is refused, with the seconds to wait.
    for (const name of ['one.txt', 'two.txt']) {
      assert.equal((await raw(limited.url, `/api/uploads?name=${name}`, { 'content-type': 'text/plain' }, 'POST', ARTICLE)).status, 202);
    }
    const refused = await raw(limited.url, '/api/uploads?name=three.txt', { 'content-type': 'text/plain' }, 'POST', ARTICLE);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.equal((await raw(limited.url, '/api/health')).status, 200, 'reads are not limited');
    const limiter = new RateLimiter(2, () => now);
    let now = 0;
    limiter.take('a');
    limiter.take('a');
    assert.throws(() => limiter.take('a'), /too many/);
    limiter.take('b');
    now += 30_000;
    limiter.take('a');
  });

  it('requires the token when one is set: Bearer header, or the cookie set by /?token=', async () => {
    assert.equal((await raw(guarded.url, '/api/health')).status, 401);
    assert.equal((await raw(guarded.url, '/')).status, 401);
    assert.equal((await raw(guarded.url, '/app.js')).status, 401);
    assert.equal((await raw(guarded.url, '/api/health', { authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await raw(guarded.url, '/api/health', { authorization: `Bearer ${TOKEN}` })).status, 200);
    assert.equal((await raw(guarded.url, '/?token=wrong')).status, 401);
    const login = await raw(guarded.url, `/?token=${TOKEN}`);
    assert.equal(login.status, 303);
    assert.equal(login.headers.location, '/', 'the token leaves the address bar');
    const cookie = String(login.headers['set-cookie']);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const session = cookie.split(';')[0]!;
    assert.equal((await raw(guarded.url, '/api/summary', { cookie: session })).status, 200);
    assert.equal((await raw(guarded.url, '/', { cookie: session })).status, 200);
  });

  it('refuses writes in read-only mode and still reads', async () => {
    const res = await raw(readOnly.url, '/api/uploads?name=a.txt', { 'content-type': 'text/plain' }, 'POST', ARTICLE);
    assert.equal(res.status, 403);
    assert.equal(JSON.parse(res.body).error.code, 'read_only');
    const summary = (await getJson(readOnly.url, '/api/summary')).body;
    assert.equal(summary.readOnly, true);
  });

  it('encodes JSON so that no byte of stored text can open a tag', () => {
    const text = jsonText({ evidence: '</script><img src=x onerror=alert(1)>&' });
    assert.doesNotMatch(text, /[<>&]/);
    assert.deepEqual(JSON.parse(text), { evidence: '</script><img src=x onerror=alert(1)>&' });
  });

  it('knows loopback from the rest, and warns loudly when exposed', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) assert.equal(isLoopbackHost(host), true, host);
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'example.org']) assert.equal(isLoopbackHost(host), false, host);
    const withToken = exposureWarning('0.0.0.0', true).join('\n');
    assert.match(withToken, /WARNING/);
    assert.match(withToken, /token/);
    assert.match(exposureWarning('0.0.0.0', false).join('\n'), /NO TOKEN: anyone/);
  });
});
