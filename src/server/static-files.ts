// The built web UI (web/dist) as static files. Only files directly inside the folder
// tree, resolved and checked to stay inside it: "..", encoded slashes, NUL bytes,
// backslashes and dot-files are refused, and symbolic links are not followed out.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep, isAbsolute } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { HttpError } from './http.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_FOUND = () => new HttpError(404, 'not_found', 'no such file');

/** Maps a URL path to a file under `root`, or throws 400/404. Pure apart from the file system. */
export async function resolveStatic(root: string, urlPath: string): Promise<string> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'bad_path', 'the path is not valid percent-encoding');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) throw new HttpError(400, 'bad_path', 'the path holds a NUL byte or a backslash');
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p.startsWith('.'))) throw new HttpError(400, 'bad_path', 'the path may not hold ".." or name hidden files');
  const relativePath = parts.length === 0 ? 'index.html' : parts.join('/');
  if (!(extname(relativePath) in TYPES)) throw NOT_FOUND();
  const realRoot = await realpath(root);
  const candidate = join(realRoot, relativePath);
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    throw NOT_FOUND();
  }
  const inside = relative(realRoot, real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) throw NOT_FOUND();
  const info = await stat(real);
  if (!info.isFile()) throw NOT_FOUND();
  return real;
}

export async function serveStatic(root: string, urlPath: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const file = await resolveStatic(root, urlPath);
  const info = await stat(file);
  const type = TYPES[extname(file)]!;
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'Content-Type': type,
    ETag: etag,
    // index.html is small and names the bundle: always revalidated. The rest is revalidated too
    // (no hashed names), cheaply with the ETag.
    'Cache-Control': 'no-cache',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers.Vary = 'Accept-Encoding';
  const gzip = info.size > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !type.startsWith('image/png');
  if (gzip) {
    const body = await gzipped(file, etag);
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(info.size) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Compressed once per version of a file (the bundle is ~0.5 MB, ~150 KB compressed). */
const compressed = new Map<string, { etag: string; body: Buffer }>();

async function gzipped(file: string, etag: string): Promise<Buffer> {
  const cached = compressed.get(file);
  if (cached?.etag === etag) return cached.body;
  const body = gzipSync(await readFile(file), { level: 9 });
  compressed.set(file, { etag, body });
  return body;
}
