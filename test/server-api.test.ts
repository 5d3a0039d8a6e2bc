// The HTTP API on the bundled samples: every endpoint answers, pages, and refuses
// bad parameters with a 400 that names them.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tempDir } from './helpers/cli.ts';
import { getJson, sampleDatabase, startTestServer } from '../src/server/test-support/fixture.ts';
import { ROUTES, type RunningServer } from '../src/server/server.ts';

describe('entente serve: the API', () => {
  const tmp = tempDir('server-api');
  let server: RunningServer;
  let base: string;
  const get = (path: string) => getJson(base, path);
  const bad = async (path: string, parameter?: string, status = 400) => {
    const { status: got, body } = await get(path);
    assert.equal(got, status, `${path}: ${JSON.stringify(body)}`);
    assert.equal(typeof body.error.message, 'string');
    assert.ok(body.error.message.length > 10, 'the message says what is wrong');
    if (parameter) assert.equal(body.error.parameter, parameter, `${path} names ${parameter}`);
    return body.error.message as string;
  };

  before(async () => {
    const db = join(tmp.dir, 'samples.db');
    await sampleDatabase(db);
    server = await startTestServer(db, join(tmp.dir, 'web'));
    base = server.url;
  });
  after(async () => {
    await server?.close();
    tmp.remove();
  });

  it('describes every route in /api/openapi.json, and nothing else', async () => {
    const { status, body } = await get('/api/openapi.json');
    assert.equal(status, 200);
    const documented = Object.entries(body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`)).sort();
    const served = ROUTES.map((r) => `${r.method} ${r.pattern.replace(/:(\w+)/g, '{$1}')}`).sort();
    assert.deepEqual(documented, served);
  });

  it('summarises the store for the first view', async () => {
    const { status, body } = await get('/api/summary');
    assert.equal(status, 200);
    assert.equal(body.counts.documents, 34);
    assert.ok(body.counts.actors > 50);
    assert.ok(body.years.includes('2012'));
    assert.equal(body.readOnly, false);
    assert.deepEqual((await get('/api/health')).body.ok, true);
  });

  it('GET /api/network: nodes, ties with per-year figures, wings inside their parent, filters', async () => {
    const { body } = await get('/api/network');
    assert.ok(body.nodes.length > 20);
    const tie = body.ties.find((t: any) => [t.a, t.b].sort().join() === 'hamas,iran');
    assert.ok(tie, 'the Iran–Hamas tie');
    assert.ok(tie.years['2012'].score < 0, '2012 was the break');
    assert.ok(tie.years['2017'].score > 0, '2017 the restoration');
    const qassam = body.nodes.find((n: any) => n.id === 'qassam-brigades');
    assert.equal(qassam?.parent, 'hamas', 'the Qassam Brigades are drawn inside Hamas');
    const year = (await get('/api/network?at=2012')).body;
    assert.ok(year.ties.length > 0 && year.ties.length < body.ties.length);
    assert.ok(year.ties.every((t: any) => Object.keys(t.years).every((y) => y === '2012')));
    const aid = (await get('/api/network?types=AID')).body;
    assert.ok(aid.ties.every((t: any) => Object.keys(t.types).join() === 'AID'));
    const states = (await get('/api/network?kinds=state')).body;
    assert.ok(states.nodes.filter((n: any) => !n.context).every((n: any) => n.kind === 'state'));
    const corroborated = (await get('/api/network?minSources=3')).body;
    assert.ok(corroborated.ties.length > 0 && corroborated.ties.every((t: any) => t.sources >= 3));
    const few = (await get('/api/network?limit=5&rollup=true')).body;
    assert.ok(few.nodes.length <= 5);
    await bad('/api/network?at=2012&from=2010', 'at');
    await bad('/api/network?types=AID,BRIBE', 'types');
    await bad('/api/network?kinds=country', 'kinds');
    await bad('/api/network?limit=0', 'limit');
    await bad('/api/network?minSources=two', 'minSources');
    await bad('/api/network?rollup=maybe', 'rollup');
    await bad('/api/network?from=2016&to=2012', 'from');
    await bad('/api/network?from=2016-13', 'from');
    await bad('/api/network?colour=red', 'colour');
    await bad('/api/network?limit=5&limit=6', 'limit');
  });

  it('GET /api/events: filters and pages, with every report and its evidence span', async () => {
    const first = (await get('/api/events?limit=5')).body;
    assert.equal(first.items.length, 5);
    assert.equal(first.offset, 0);
    assert.equal(first.next, 5);
    const second = (await get('/api/events?limit=5&offset=5')).body;
    assert.equal(second.total, first.total);
    assert.notEqual(second.items[0].id, first.items[0].id);
    const last = (await get(`/api/events?limit=5&offset=${first.total - 2}`)).body;
    assert.equal(last.items.length, 2);
    assert.equal(last.next, null);
    const pair = (await get('/api/events?a=Iran&b=Hamas&types=SANCTION')).body;
    assert.ok(pair.total >= 1);
    for (const e of pair.items) {
      assert.equal(e.type, 'SANCTION');
      assert.deepEqual([e.source.id, e.target.id].sort(), ['hamas', 'iran']);
      for (const r of e.reports) assert.equal(typeof r.evidence.start, 'number');
    }
    const hamas = (await get('/api/events?actor=hamas&from=2017&to=2017&order=desc')).body;
    assert.ok(hamas.items.length > 0);
    assert.ok(hamas.items.every((e: any) => e.date.value.startsWith('2017')));
    await bad('/api/events?actor=Hamas&a=Iran&b=Hamas', 'actor');
    await bad('/api/events?a=Iran', 'b');
    await bad('/api/events?limit=501', 'limit');
    await bad('/api/events?offset=-1', 'offset');
    await bad('/api/events?order=random', 'order');
    await bad('/api/events?actor=Nowhereistan', 'actor', 404);
  });

  it('GET /api/events/:id: one event with all its reports', async () => {
    const { items } = (await get('/api/events?a=iran&b=hamas&types=SANCTION')).body;
    const withMost = items.sort((x: any, y: any) => y.sources - x.sources)[0];
    const { status, body } = await get(`/api/events/${withMost.id}`);
    assert.equal(status, 200);
    assert.equal(body.id, withMost.id);
    assert.equal(body.reports.length, withMost.reports.length);
    await bad('/api/events/not-an-id', 'event id');
    await bad('/api/events/000000000000-nothing', undefined, 404);
  });

  it('GET /api/dyad: the relation state series, events, flows and disagreements', async () => {
    const { status, body } = await get('/api/dyad?a=Iran&b=Hamas');
    assert.equal(status, 200);
    assert.equal(body.a.id, 'iran');
    assert.ok(body.events.length >= 10);
    const states = Object.fromEntries(body.state.map((p: any) => [p.period, p.state]));
    assert.equal(states['2012'], 'broken');
    assert.equal(states['2017'], 'restored');
    assert.ok(body.flows.length > 0);
    assert.ok(Array.isArray(body.conflicts));
    const quarters = (await get('/api/dyad?a=iran&b=hamas&period=quarter&from=2017&to=2017')).body;
    assert.ok(quarters.state.every((p: any) => /^2017-Q[1-4]$/.test(p.period)));
    await bad('/api/dyad?a=Iran', 'b');
    await bad('/api/dyad?a=Iran&b=Tehran', 'b');
    await bad('/api/dyad?a=Iran&b=Hamas&period=decade', 'period');
    await bad('/api/dyad?a=Iran&b=Atlantis', 'b', 404);
  });

  it('GET /api/flows and /api/conflicts: the ledger by year and the contradictions', async () => {
    const flows = (await get('/api/flows?patron=Iran')).body;
    assert.ok(flows.items.length > 0);
    assert.ok(flows.items.every((l: any) => l.patron.id === 'iran'));
    assert.ok(flows.years.some((y: any) => y.flows.some((f: any) => f.usdPerYear > 0)));
    const paged = (await get('/api/flows?limit=2')).body;
    assert.equal(paged.items.length, 2);
    assert.ok(paged.total > 2);
    const conflicts = (await get('/api/conflicts')).body;
    assert.ok(conflicts.total > 0);
    assert.ok(conflicts.items[0].sides.length >= 2);
    assert.ok(conflicts.items[0].sides[0].reports[0].evidence.text.length > 0);
    await bad('/api/flows?patron=', 'patron');
    await bad('/api/conflicts?actor=Atlantis', 'actor', 404);
  });

  it('GET /api/entities, /api/entities/:id and /api/relations', async () => {
    const found = (await get('/api/entities?q=hamas')).body;
    assert.equal(found.items[0].id, 'hamas');
    const persons = (await get('/api/entities?kinds=person&limit=3')).body;
    assert.equal(persons.items.length, 3);
    assert.ok(persons.items.every((a: any) => a.kind === 'person'));
    assert.ok(persons.total > 3);
    const profile = (await get('/api/entities/hamas')).body;
    assert.equal(profile.name, 'Hamas');
    assert.ok(profile.children.some((c: any) => c.id === 'qassam-brigades'));
    assert.ok(profile.partners.some((t: any) => t.id === 'iran'));
    assert.ok(profile.recentEvents.length > 0);
    const byName = (await get(`/api/entities/${encodeURIComponent('Qassam Brigades')}`)).body;
    assert.equal(byName.id, 'qassam-brigades');
    await bad('/api/entities/Atlantis', undefined, 404);
    await bad('/api/entities?kinds=planet', 'kinds');
    const relations = (await get('/api/relations?actor=Hamas&types=PART_OF')).body;
    assert.ok(relations.items.some((r: any) => r.source.id === 'qassam-brigades' && r.target.id === 'hamas'));
    assert.ok(relations.items.every((r: any) => r.type === 'PART_OF' && r.reports.length > 0));
    await bad('/api/relations?types=FRIEND', 'types');
  });

  it('GET /api/documents, /api/documents/:id and its passages: the stored text the evidence points into', async () => {
    const list = (await get('/api/documents?limit=10')).body;
    assert.equal(list.total, 34);
    assert.equal(list.items.length, 10);
    assert.equal(list.next, 10);
    assert.equal(list.items[0].text, undefined, 'lists carry no text');
    const found = (await get('/api/documents?q=Khamenei%20delegation')).body;
    assert.ok(found.total >= 1);
    const doc = (await get(`/api/documents/${found.items[0].id}`)).body;
    assert.ok(doc.text.length > 100);
    assert.ok(doc.events.length > 0);
    for (const e of doc.events) assert.equal(doc.text.slice(e.evidence.start, e.evidence.end), e.evidence.text, 'offsets point into the stored text');
    const e = doc.events[0];
    const passage = (await get(`/api/documents/${doc.id}/passage?start=${e.evidence.start}&end=${e.evidence.end}`)).body;
    assert.equal(passage.paragraph.text.slice(passage.highlight.start, passage.highlight.end), e.evidence.text);
    assert.ok(!passage.paragraph.text.includes('\n\n'), 'one paragraph');
    await bad(`/api/documents/${doc.id}/passage?start=10&end=5`, 'end');
    await bad(`/api/documents/${doc.id}/passage?start=0&end=${doc.text.length + 1}`, 'end');
    await bad(`/api/documents/${doc.id}/passage?start=3`, 'end');
    await bad('/api/documents/xyz', 'document id');
    await bad(`/api/documents/${'0'.repeat(64)}`, undefined, 404);
    // Typed text is matched literally: LIKE wildcards and quotes are data, not SQL.
    assert.equal((await get(`/api/documents?q=${encodeURIComponent('%%%% _')}`)).body.total, 0);
    assert.equal((await get(`/api/documents?q=${encodeURIComponent("' OR 1=1 --")}`)).body.total, 0);
  });

  it('GET /api/search: actors and documents', async () => {
    const { body } = await get('/api/search?q=haniyeh');
    assert.equal(body.actors[0].id, 'ismail-haniyeh');
    assert.ok(body.documents.total > 0);
    await bad('/api/search', 'q');
    await bad('/api/search?q=iran&limit=500', 'limit');
  });

  it('answers unknown endpoints and methods with 404 and 405', async () => {
    assert.equal((await get('/api/nothing')).status, 404);
    const post = await getJson(base, '/api/events', { method: 'POST', body: 'x' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET');
    const put = await getJson(base, '/api/events', { method: 'PUT' });
    assert.equal(put.status, 405);
  });
});
