// Opening a PostgreSQL connection pool for a store (postgres.js). The only file that
// knows the driver's options; errors name the URL with its password hidden.
import postgres from 'postgres';
import { redactLocation } from '../store.ts';
import { errorMessage } from '../../error-message.ts';

export type Sql = postgres.Sql<{ bigint: bigint }>;
export type TransactionSql = postgres.TransactionSql<{ bigint: bigint }>;

/** Connections a store may open: the pool for queries and batches, plus claims (claims.ts). */
const POOL_SIZE = 4;

export function connect(url: string, max = POOL_SIZE): Sql {
  return postgres(url, {
    max,
    // CREATE … IF NOT EXISTS and the like would print notices on the terminal.
    onnotice: () => {},
    // BIGINT (fingerprints, counters) as exact BigInt rather than strings.
    types: { bigint: postgres.BigInt },
    connect_timeout: 10,
    connection: { application_name: 'entente' },
  });
}


/** PostgreSQL's SQLSTATE of an error from the server, or undefined. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function openError(url: string, error: unknown): Error {
  const reason = errorMessage(error);
  const hint = sqlState(error) === '3D000'
    ? `create it first (createdb, or CREATE DATABASE) or pass another --db`
    : 'check that the server is running and the URL (host, port, user, database) is right, or pass --db';
  return new Error(`cannot open database ${redactLocation(url)}: ${reason} — ${hint}`, { cause: error });
}
