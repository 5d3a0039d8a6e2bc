// `entente serve` on a PostgreSQL store: the document list and search, one document's
// text with its events, and the evidence views, all read through the Store as on
// SQLite (they once answered 501 there). The samples are ingested into a real server
// started for this file.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tempDir } from './helpers/cli.ts';
import { startPostgres, type PostgresServer } from './helpers/postgres-server.ts';
import { getJson, sampleDatabase, startTestServer } from '../src/server/test-support/fixture.ts';
import type { RunningServer } from '../src/server/server.ts';

describe('entente serve on PostgreSQL: documents and evidence', () => {
  const tmp = tempDir('server-postgres');
  let postgres: PostgresServer;
  let server: RunningServer;
  const get = (path: string) => getJson(server.url, path);

  before(async () => {
    postgres = await startPostgres({ fast: true });
    const url = await postgres.createDatabase();
    await sampleDatabase(url);
    server = await startTestServer(url, join(tmp.dir, 'web'));
  });
  after(async () => {
    await server?.close();
    await postgres?.stop();
    tmp.remove();
  });

  it('lists, searches and opens documents, and shows an event\'s evidence in its paragraph', async () => {
    const list = await get('/api/documents?limit=10');
    assert.equal(list.status, 200, JSON.stringify(list.body));
    assert.deepEqual([list.body.total, list.body.items.length, list.body.next], [34, 10, 10]);
    const found = (await get('/api/documents?q=Khamenei%20delegation')).body;
    assert.ok(found.total >= 1);
    const doc = (await get(`/api/documents/${found.items[0].id}`)).body;
    assert.ok(doc.events.length > 0);
    for (const e of doc.events) assert.equal(doc.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
    const report = doc.events[0];
    const passage = (await get(`/api/documents/${doc.id}/passage?start=${report.evidence.start}&end=${report.evidence.end}`)).body;
    assert.equal(passage.paragraph.text.slice(passage.highlight.start, passage.highlight.end), report.evidence.text);
    assert.equal((await get(`/api/documents/${'0'.repeat(64)}`)).status, 404);
  });

  it('opens an event by id with its reports, and searches documents with actors', async () => {
    const [listed] = (await get('/api/events?limit=1')).body.items;
    const event = await get(`/api/events/${listed.id}`);
    assert.equal(event.status, 200, JSON.stringify(event.body));
    assert.equal(event.body.id, listed.id);
    const search = (await get('/api/search?q=haniyeh')).body;
    assert.equal(search.actors[0].id, 'ismail-haniyeh');
    assert.ok(search.documents.total > 0);
  });
});
