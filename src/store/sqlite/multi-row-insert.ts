// An INSERT of many rows in a few statement executions: each execution of a
// one-row statement costs more than binding the row itself, so rows go by up to
// MAX_ROWS per statement. A run of n rows takes the binary digits of n (64, 32, …,
// 1 rows), so at most seven statements are prepared per table, each on first use,
// and the rows keep their order (and so their rowids).
import type Database from 'better-sqlite3';

const MAX_ROWS = 64;

/**
 * `head` is `INSERT INTO table (columns)`, `tail` what follows the VALUES (an ON
 * CONFLICT clause). The writer takes the rows' values flat, row after row.
 */
export function multiRowInsert(db: Database.Database, head: string, columns: number, tail = ''): (values: unknown[]) => void {
  const row = `(${new Array<string>(columns).fill('?').join(', ')})`;
  const statements = new Map<number, Database.Statement>();
  const statement = (rows: number) => {
    let found = statements.get(rows);
    if (found === undefined) {
      found = db.prepare(`${head} VALUES ${new Array<string>(rows).fill(row).join(', ')} ${tail}`);
      statements.set(rows, found);
    }
    return found;
  };
  return (values) => {
    if (values.length % columns !== 0) throw new Error(`${values.length} values do not make rows of ${columns}`);
    let at = 0;
    for (let left = values.length / columns; left > 0;) {
      let rows = MAX_ROWS;
      while (rows > left) rows >>= 1;
      statement(rows).run(values.slice(at, at + rows * columns));
      at += rows * columns;
      left -= rows;
    }
  };
}
