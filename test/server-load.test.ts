// Load: concurrent clients on the API of `entente serve` while an upload is being
// ingested. Bounded (20 clients, 5 seconds), on loopback only. Prints requests per
// second and latency percentiles; every request must succeed.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tempDir } from './helpers/cli.ts';
import { getJson, sampleDatabase, spawnServe, type Served } from '../src/server/test-support/fixture.ts';

const CLIENTS = 20;
const SECONDS = 5;
const ARTICLES = 800;

/** Made-up wire items, each different, each with a few events for the extractor. */
function wireFile(): string {
  const states = ['Qatar', 'Turkey', 'Iran', 'Egypt', 'Jordan', 'Saudi Arabia', 'Lebanon', 'Syria'];
  const groups = ['Hamas', 'Hezbollah', 'Islamic Jihad', 'the Houthis'];
  const months = ['January', 'March', 'May', 'July', 'September', 'November'];
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const a = states[i % states.length]!;
    const b = states[(i * 3 + 1) % states.length]!;
    const g = groups[i % groups.length]!;
    const year = 2000 + (i % 24);
    const month = months[i % months.length]!;
    const text = `${a.toUpperCase()}, ${1 + (i % 27)} ${month} ${year}\n\n`
      + `${a} pledged $${10 + (i % 90)} million to ${g} on Monday, officials said in dispatch number ${i}. `
      + `${b} condemned ${a} for the payment and recalled its ambassador.\n\n`
      + `Leaders of ${g} met officials of ${b} in the capital on Tuesday, the agency reported in item ${i * 7 + 3}.`;
    lines.push(JSON.stringify({ title: `Dispatch ${i}`, outlet: 'Load Wire', published: `${year}-0${1 + (i % 9)}-1${i % 9}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

describe('entente serve under load', () => {
  const tmp = tempDir('server-load');
  let served: Served;

  before(async () => {
    const db = join(tmp.dir, 'samples.db');
    await sampleDatabase(db);
    served = await spawnServe(['--db', db, '--port', '0']);
  });
  after(async () => {
    await served?.stop();
    tmp.remove();
  });

  it(`${CLIENTS} concurrent clients for ${SECONDS} s while an ingest writes: no errors`, async () => {
    assert.equal(new URL(served.url).hostname, '127.0.0.1', 'loopback only');
    const doc = (await getJson(served.url, '/api/documents?q=Khamenei&limit=1')).body.items[0];
    const paths = [
      '/api/network', '/api/summary', '/api/events?limit=20', '/api/events?actor=hamas&limit=10', '/api/dyad?a=iran&b=hamas',
      '/api/entities?q=ha', '/api/search?q=iran', '/api/documents?limit=10', '/api/flows?limit=50', '/api/conflicts?limit=10',
      '/api/entities/hamas', '/api/network?at=2017', `/api/documents/${doc.id}/passage?start=0&end=40`, '/api/relations?actor=iran',
    ];
    const before = (await getJson(served.url, '/api/summary')).body.counts.documents;
    const upload = await fetch(new URL('/api/uploads?name=load-wire.jsonl', served.url), { method: 'POST', body: wireFile(), headers: { 'content-type': 'application/x-ndjson' } });
    assert.equal(upload.status, 202);
    const job = (await upload.json()) as { id: string };

    const latencies: number[] = [];
    const errors: string[] = [];
    const deadline = performance.now() + SECONDS * 1000;
    let next = 0;
    const client = async () => {
      while (performance.now() < deadline) {
        const path = paths[next++ % paths.length]!;
        const started = performance.now();
        try {
          const response = await fetch(new URL(path, served.url));
          await response.arrayBuffer();
          if (response.status !== 200) errors.push(`${path}: ${response.status}`);
        } catch (error) {
          errors.push(`${path}: ${(error as Error).message}`);
        }
        latencies.push(performance.now() - started);
      }
    };
    const jobStates: string[] = [];
    const watch = (async () => {
      while (performance.now() < deadline) {
        jobStates.push((await getJson(served.url, `/api/uploads/${job.id}`)).body.state);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    const started = performance.now();
    await Promise.all([...Array.from({ length: CLIENTS }, client), watch]);
    const elapsed = (performance.now() - started) / 1000;

    const sorted = [...latencies].sort((a, b) => a - b);
    const during = (await getJson(served.url, `/api/uploads/${job.id}`)).body;
    console.log(`load: ${CLIENTS} clients × ${SECONDS} s on ${paths.length} endpoints: ${latencies.length} requests, `
      + `${Math.round(latencies.length / elapsed)} requests/s, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, `
      + `max ${sorted.at(-1)!.toFixed(0)} ms, ${errors.length} errors; ingest ${during.state}, ${during.documents} of ${ARTICLES} documents read while loaded`);
    assert.deepEqual(errors.slice(0, 5), [], `${errors.length} requests failed`);
    assert.ok(jobStates.includes('running'), `the ingest was writing during the load (states seen: ${[...new Set(jobStates)].join(', ')})`);
    assert.ok(latencies.length > CLIENTS * SECONDS, 'the server kept answering');

    // The upload completes and its documents are then in every view.
    const { waitForJob } = await import('../src/server/test-support/fixture.ts');
    const done = await waitForJob(served.url, job.id, {}, 120_000);
    assert.equal(done.state, 'done', JSON.stringify(done.failures.slice(0, 3)));
    const after = (await getJson(served.url, '/api/summary')).body.counts.documents;
    // Near-identical dispatches are stored as duplicates of the first: stored all the same.
    assert.equal(done.summary.new + done.summary.duplicate, ARTICLES);
    assert.equal(after, before + ARTICLES);
  });
});
