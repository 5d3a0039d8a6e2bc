// Claims: how several `entente ingest` processes share one database without two of
// them extracting the same document. Extraction is the costly part; storing twice
// would do no harm (documents are inserted ON CONFLICT DO NOTHING), only waste work.
//
// To claim a document a process makes sure a row for it exists in document_claims
// (autocommit), then locks that row with SELECT … FOR UPDATE SKIP LOCKED inside a
// "claim transaction" it keeps open on a connection of its own. Another process
// trying the same row gets nothing back: the document is busy, and that process
// comes back to it later (waiting, without SKIP LOCKED, until the lock is gone).
// Once the document is stored its row is deleted and the claim transaction commits.
// A process that dies loses its connection, so PostgreSQL drops its locks and the
// documents it held are claimed by the next process that asks: never lost.
//
// Each claim transaction runs on a client of its own with one connection (not
// sql.reserve(): postgres.js 3.4.9 crashes the process on the next query of a
// reserved connection whose server process died, porsager/postgres#1208). If that
// connection dies, the driver opens a new one, outside the transaction: every claim
// checks that it still runs in the server process that began its transaction.
//
// Claims made between two saved batches share one transaction; a transaction is
// committed as soon as every document it claimed has been stored or released.
import type { ClaimResult } from '../store.ts';
import type { Sql } from './connect.ts';

interface ClaimTransaction {
  connection: Sql;
  /** The server process that runs the transaction. */
  pid: number;
  /** Claimed and not yet stored or released. */
  outstanding: Set<string>;
  /** Claimed and finished with: their rows are deleted at commit. */
  finished: string[];
  /**
   * Claims under way in it. A batch saved meanwhile must not commit the transaction
   * under a claim: its lock would end at once and its row would never be deleted.
   */
  claiming: number;
}

/** Claim transactions open at once; beyond, new claims join the newest one. */
const MAX_OPEN = 4;

export class Claims {
  private readonly open: ClaimTransaction[] = [];
  private current: ClaimTransaction | null = null;
  private readonly holder = new Map<string, ClaimTransaction>();

  /** Single-connection clients between two transactions, kept for the next one. */
  private readonly idle: Sql[] = [];

  constructor(
    private readonly sql: Sql,
    /** Opens a client with one connection. */
    private readonly client: () => Sql,
    private readonly isStored: (id: string) => Promise<boolean>,
  ) {}

  async claim(id: string, wait: boolean): Promise<ClaimResult> {
    if (this.holder.has(id)) return 'claimed';
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.sql`INSERT INTO document_claims (id) VALUES (${id}) ON CONFLICT (id) DO NOTHING`;
      const tx = await this.transaction();
      let row;
      try {
        [row] = wait
          ? await tx.connection<{ pid: number; locked: string[] }[]>`SELECT pg_backend_pid() AS pid,
              ARRAY(SELECT id FROM document_claims WHERE id = ${id} FOR UPDATE) AS locked`
          : await tx.connection<{ pid: number; locked: string[] }[]>`SELECT pg_backend_pid() AS pid,
              ARRAY(SELECT id FROM document_claims WHERE id = ${id} FOR UPDATE SKIP LOCKED) AS locked`;
      } catch (error) {
        // The transaction is lost (a deadlock, a dropped connection), and so are its locks.
        await this.abandon(tx);
        throw error;
      } finally {
        tx.claiming--;
      }
      if (row?.pid !== tx.pid) {
        // A new connection, outside the transaction: the lock just taken is already gone.
        await this.abandon(tx);
        continue;
      }
      if (row.locked.length === 0) {
        // Locked by another process, or its row deleted because the document was just stored.
        await this.commitFinished();
        if (await this.isStored(id)) return 'stored';
        if (!wait) return 'busy';
        continue;
      }
      tx.outstanding.add(id);
      this.holder.set(id, tx);
      // Stored by another process between our first look and the lock.
      if (await this.isStored(id)) {
        await this.finish([id]);
        return 'stored';
      }
      return 'claimed';
    }
    return 'busy';
  }

  /** The documents are stored (or will not be, by this process): their claims end. */
  async finish(ids: Iterable<string>): Promise<void> {
    for (const id of ids) {
      const tx = this.holder.get(id);
      if (tx === undefined) continue;
      this.holder.delete(id);
      tx.outstanding.delete(id);
      tx.finished.push(id);
    }
    await this.commitFinished();
  }

  /** Claims made from now on go into a new transaction (called after each saved batch). */
  rotate(): void {
    if (this.open.length < MAX_OPEN) this.current = null;
  }

  async close(): Promise<void> {
    this.current = null;
    for (const tx of this.open) tx.outstanding.clear();
    await this.commitFinished();
    await Promise.all(this.idle.splice(0).map((client) => client.end({ timeout: 5 })));
  }

  /** The transaction the next claim goes into, counted as under a claim. */
  private async transaction(): Promise<ClaimTransaction> {
    if (this.current !== null) {
      this.current.claiming++;
      return this.current;
    }
    const connection = this.idle.pop() ?? this.client();
    await connection`BEGIN`;
    const [row] = await connection<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    this.current = { connection, pid: row!.pid, outstanding: new Set(), finished: [], claiming: 1 };
    this.open.push(this.current);
    return this.current;
  }

  /** Forgets a transaction whose connection died: its claims ended with it. */
  private async abandon(tx: ClaimTransaction): Promise<void> {
    this.open.splice(this.open.indexOf(tx), 1);
    if (this.current === tx) this.current = null;
    for (const id of [...tx.outstanding]) this.holder.delete(id);
    await tx.connection.end({ timeout: 1 }).catch(() => {});
  }

  private async commitFinished(): Promise<void> {
    for (const tx of [...this.open]) {
      if (tx.outstanding.size > 0 || tx.claiming > 0) continue;
      this.open.splice(this.open.indexOf(tx), 1);
      if (tx === this.current) this.current = null;
      try {
        if (tx.finished.length > 0) await tx.connection`DELETE FROM document_claims WHERE id = ANY(${tx.finished}::text[])`;
        await tx.connection`COMMIT`;
        this.idle.push(tx.connection);
      } catch {
        // The connection is gone, and its locks with it; a claim row left behind is
        // harmless (the next claimer locks it, storing deletes it).
        await tx.connection.end({ timeout: 1 }).catch(() => {});
      }
    }
  }
}
