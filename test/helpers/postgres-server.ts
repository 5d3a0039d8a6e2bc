// A real PostgreSQL server for tests and benchmarks, started from the Debian
// package's binaries in a temporary folder and removed afterwards:
//
//   const server = await startPostgres();
//   const url = await server.createDatabase();   // postgres://postgres@127.0.0.1:PORT/entente_1
//   …
//   await server.stop();                          // stops it by PID and deletes the folder
//
// initdb refuses to run as root, so as root the server runs as user `postgres`
// (Debian's package creates it). It listens on 127.0.0.1 only, on a free port, with
// its Unix socket in the temporary folder, trusting local connections: nothing of
// the machine's own PostgreSQL (if any) is touched. When `initdb` is missing, the
// Debian package `postgresql` is installed with apt-get first.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres (the maintenance database). */
  url: string;
  port: number;
  /** Creates an empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server (SIGINT: fast shutdown) and deletes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * Trade durability for speed (fsync off, asynchronous commit): right for tests,
   * whose databases are thrown away. Benchmarks leave it off.
   */
  fast?: boolean;
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string | number>;
}

const START_TIMEOUT_MS = 60_000;
let databases = 0;

export async function startPostgres(options: StartOptions = {}): Promise<PostgresServer> {
  const bin = postgresBinaries();
  const root = mkdtempSync(join(tmpdir(), 'entente-pg-'));
  const data = join(root, 'data');
  const socketDir = join(root, 'socket');
  mkdirSync(socketDir);
  const owner = serverUser();
  if (owner) for (const path of [root, socketDir]) chownSync(path, owner.uid, owner.gid);
  const as = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C', HOME: root };

  const init = spawnSync(join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions'],
    { ...as, env, cwd: root, encoding: 'utf8' });
  if (init.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`initdb failed (status ${init.status}): ${init.stderr || init.stdout || init.error?.message}`);
  }

  const settings: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: socketDir,
    max_connections: 100,
    shared_buffers: '128MB',
    ...(options.fast ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
    ...options.settings,
  };
  let lastError = '';
  // The free port is found, released, then taken by the server: another process
  // may take it in between, so a start that fails is retried on another port.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const logPath = join(root, `server-${attempt}.log`);
    const log = openSync(logPath, 'w');
    if (owner) chownSync(logPath, owner.uid, owner.gid);
    const args = ['-D', data, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
    const child = spawn(join(bin, 'postgres'), args, { ...as, env, cwd: root, stdio: ['ignore', log, log] });
    closeSync(log);
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const ready = await waitUntilReady(url, child);
    if (ready) return handle(url, port, child, root);
    lastError = readFileSync(logPath, 'utf8').trim().split('\n').slice(-5).join('\n');
    await stopChild(child);
  }
  rmSync(root, { recursive: true, force: true });
  throw new Error(`PostgreSQL did not start: ${lastError}`);
}

function handle(url: string, port: number, child: ChildProcess, root: string): PostgresServer {
  let stopped = false;
  // A test process that ends without stop() — an error, Ctrl-C, the test runner's
  // timeout — must not leave a server behind.
  const onExit = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGQUIT');
    rmSync(root, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    url,
    port,
    async createDatabase(name = `entente_${process.pid}_${++databases}`) {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`CREATE DATABASE "${name}"`);
      } finally {
        await sql.end();
      }
      return url.replace(/\/postgres$/, `/${name}`);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', onExit);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await stopChild(child);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The folder holding initdb and postgres: Debian's /usr/lib/postgresql/N/bin, newest N. */
function postgresBinaries(): string {
  const found = findBinaries();
  if (found) return found;
  installPostgres();
  const installed = findBinaries();
  if (!installed) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql/*/bin after installing postgresql');
  return installed;
}

function findBinaries(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(base, versions[0], 'bin');
}

function installPostgres(): void {
  if (process.getuid?.() !== 0) {
    throw new Error('PostgreSQL is not installed and installing it needs root: run apt-get install -y postgresql');
  }
  process.stderr.write('postgres-server: initdb not found, installing the Debian package postgresql\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { env, encoding: 'utf8' });
  let result = install();
  if (result.status !== 0) {
    spawnSync('apt-get', ['update'], { env, encoding: 'utf8' });
    result = install();
  }
  if (result.status !== 0) throw new Error(`apt-get install postgresql failed: ${result.stderr.trim().split('\n').slice(-3).join('\n')}`);
}

/** As root the server must run as another user; Debian's package creates `postgres`. */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(`running as ${userInfo().username} (root) but there is no user postgres to run the server as`);
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      await sql`SELECT 1`;
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await sql.end({ timeout: 1 });
    }
  }
  return false;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    // SIGINT: "fast shutdown" — open sessions are ended, the server exits cleanly.
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGINT');
  });
}
