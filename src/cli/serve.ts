// `entente serve`: the web UI and the HTTP API over a database, on 127.0.0.1 unless
// told otherwise. Exposing it beyond this machine prints a warning and, unless a
// token is given (or explicitly refused), makes one up: every request must then
// carry it.
import { InvalidArgumentError, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { DEFAULT_DB } from './ingest.ts';
import { DEFAULTS } from '../server/defaults.ts';

interface ServeFlags {
  db?: string;
  host: string;
  port: number;
  token?: string;
  insecureNoToken?: boolean;
  readOnly?: boolean;
  maxUpload: number;
  uploadRate: number;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Open the web UI and the HTTP API on a database (network, dyads, flows, evidence, uploads)')
    .option('--db <path>', `database file (default: $ENTENTE_DB, else ${DEFAULT_DB})`)
    .option('--port <n>', 'port to listen on; 0 picks a free one', port, DEFAULTS.port)
    .option('--host <address>', 'address to bind; anything but loopback exposes the data to the network', DEFAULTS.host)
    .option('--token <secret>', 'require this token on every request (default: $ENTENTE_TOKEN; made up when --host is not loopback)')
    .option('--insecure-no-token', 'with a non-loopback --host, serve without a token (anyone who can reach it can read and upload)')
    .option('--read-only', 'refuse uploads: only read the database')
    .option('--max-upload <MB>', 'largest file accepted for upload', megabytes, DEFAULTS.maxUploadBytes / 1024 / 1024)
    .option('--upload-rate <n>', 'uploads accepted per minute from one address', count, DEFAULTS.uploadsPerMinute)
    .addHelpText('after', `
Examples:
  entente demo --db demo.db && entente serve --db demo.db     then open http://127.0.0.1:${DEFAULTS.port}/
  entente serve --db iran.db --port 8080 --read-only
  entente serve --db iran.db --host 0.0.0.0 --token "$(openssl rand -hex 16)"

The API is described at /api/openapi.json. See "Security model" in the README
before exposing the server beyond this machine.`)
    .action(async (flags: ServeFlags) => {
      process.exitCode = await serve(flags);
    });
}

async function serve(flags: ServeFlags): Promise<number> {
  const db = flags.db ?? (process.env.ENTENTE_DB || DEFAULT_DB);
  if (!/^postgres(ql)?:\/\//i.test(db) && !existsSync(db)) {
    process.stderr.write(`entente: no database at ${db} — create one with \`entente demo --db ${db}\` or \`entente ingest FILES --db ${db}\`, or pass --db\n`);
    return 1;
  }
  // Loaded here, not at the top: every other command starts without the server and esbuild.
  const { startServer } = await import('../server/server.ts');
  const { isLoopbackHost } = await import('../server/security.ts');
  const { buildWeb, DIST_DIR, webBuildStale } = await import('../server/build-web.ts');
  let token = flags.token ?? (process.env.ENTENTE_TOKEN || null);
  const exposed = !isLoopbackHost(flags.host);
  if (exposed) {
    if (token === null && !flags.insecureNoToken) token = randomBytes(18).toString('base64url');
    process.stderr.write(`${exposureWarning(flags.host, token !== null).join('\n')}\n`);
  }
  try {
    if (await webBuildStale()) await buildWeb();
  } catch (error) {
    if (!existsSync(`${DIST_DIR}/app.js`)) {
      process.stderr.write(`entente: cannot build the web UI: ${(error as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`entente: warning: cannot rebuild the web UI (${(error as Error).message}); serving the previous build\n`);
  }
  let running;
  try {
    running = await startServer({
      db, host: flags.host, port: flags.port, token, readOnly: flags.readOnly === true,
      maxUploadBytes: Math.round(flags.maxUpload * 1024 * 1024), uploadsPerMinute: flags.uploadRate, staticDir: DIST_DIR,
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const hint = e.code === 'EADDRINUSE' ? ` — port ${flags.port} is taken: pass --port with another number (or 0)` : '';
    process.stderr.write(`entente: cannot serve: ${e.message}${hint}\n`);
    return 1;
  }
  const link = token === null ? running.url : `${running.url}?token=${encodeURIComponent(token)}`;
  process.stdout.write(`Entente is serving ${db} at ${link}${flags.readOnly ? ' (read-only)' : ''} — press Ctrl-C to stop\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  return 0;
}

/** The banner printed when the server is bound beyond loopback. */
export function exposureWarning(host: string, withToken: boolean): string[] {
  const line = '!'.repeat(78);
  return [
    line,
    `WARNING: entente serve is bound to ${host}, not to loopback: other machines can reach it.`,
    withToken
      ? 'Every request must carry the token (the link below sets it as a cookie). Share it only with people allowed to read AND upload.'
      : 'NO TOKEN: anyone who can reach this address can read every stored article and upload files.',
    'Traffic is plain HTTP: put it behind a TLS reverse proxy, or use an SSH tunnel instead. Add --read-only to refuse uploads.',
    line,
  ];
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return n;
}

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1024) throw new InvalidArgumentError('expected a number of megabytes above 0 (at most 1024), e.g. 10 or 0.5');
  return n;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, at least 1');
  return n;
}
