// What the server tests share: a database of the bundled samples, the built UI in a
// folder of the test's own, the server started in-process or as `entente serve`.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../store/store.ts';
import { ingest } from '../../ingest/ingest.ts';
import { ensureResolution } from '../../graph/resolve/ensure.ts';
import { buildWeb } from '../build-web.ts';
import { startServer, type RunningServer, type ServerOptions } from '../server.ts';
import { DEFAULTS } from '../defaults.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLES = join(ROOT, 'samples');

/** The bundled sample corpus ingested into `path` (what `entente demo` does). */
export async function sampleDatabase(path: string): Promise<void> {
  const files = readdirSync(SAMPLES).filter((n) => !n.startsWith('.') && !/^readme\b/i.test(n)).sort().map((n) => join(SAMPLES, n));
  const store = await openStore(path);
  try {
    await ingest(files, { countInputs: false }, store, () => {});
    await ensureResolution(store);
  } finally {
    await store.close();
  }
}

export async function startTestServer(db: string, webDir: string, options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  await buildWeb(webDir);
  return startServer({
    db, host: '127.0.0.1', port: 0, token: null, readOnly: false, maxUploadBytes: DEFAULTS.maxUploadBytes,
    uploadsPerMinute: DEFAULTS.uploadsPerMinute, staticDir: webDir, log: () => {}, ...options,
  });
}

export interface Served {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  stop(): Promise<void>;
}

/** Runs `entente serve ARGS` and waits for the line with its address. */
export function spawnServe(args: string[], env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'entente.js'), 'serve', ...args], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { void stop(); reject(new Error(`entente serve did not start in 60 s:\n${err}`)); }, 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/\S+?)(?:\?token=\S+)? /.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, stderr: () => err, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`entente serve exited with ${code}:\n${err}`));
    });
  });
}

export async function getJson<T = any>(base: string, path: string, init: RequestInit = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(new URL(path, base), init);
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

/** Polls an upload job until it is done or failed. */
export async function waitForJob(base: string, id: string, init: RequestInit = {}, timeoutMs = 60_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await getJson(base, `/api/uploads/${id}`, init);
    if (body.state === 'done' || body.state === 'failed') return body;
    if (Date.now() > deadline) throw new Error(`upload ${id} still ${body.state} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
