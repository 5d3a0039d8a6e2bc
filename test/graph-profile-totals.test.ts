// `entente actor` reads its counts from the profile totals (migration 4): the profile a
// user sees must be the one its events, mentions and role statements give, in both
// stores, with and without --rollup, after merge and split corrections, and when
// documents arrive after the totals were last brought up to date.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/store.ts';
import { analysis, counterpartsFromEvents, entity, event, item, makeDoc } from '../src/store/store-fixtures.ts';
import { actorProfile } from '../src/graph/actor-profile.ts';
import { spanTotals, type ActorProfile } from '../src/graph/profile.ts';
import { ensureResolution } from '../src/graph/resolve/ensure.ts';
import { startPostgres, type PostgresServer } from './helpers/postgres-server.ts';

const iran = entity('iran', 'Iran', { aliases: ['Tehran'] });
const hamas = entity('hamas', 'Hamas', { kind: 'organization' });
const qassam = entity('qassam', 'Qassam Brigades', { kind: 'armed_wing', parent: 'hamas' });
const wing = entity('qassam-wing', 'Qassam wing', { kind: 'armed_wing' });
const sinwar = entity('sinwar', 'Yahya Sinwar', { kind: 'person', roles: [{ title: 'Leader', of: 'hamas', from: '2017', to: null }] });
const israel = entity('israel', 'Israel');

function doc(text: string, published: string | null, entities: Parameters<typeof analysis>[1]['entities'], events: (d: ReturnType<typeof makeDoc>) => ReturnType<typeof event>[]) {
  const d = makeDoc(text, { published });
  return item(d, analysis(d, { entities, events: events(d) }));
}

const FIRST = [
  doc('Iran armed the Qassam Brigades and the Qassam wing.', '2012-05-01', [iran, hamas, qassam, wing], (d) => [
    event(d, 'a1', 'iran', 'qassam', '2012'),
    event(d, 'a2', 'iran', 'qassam-wing', '2012-03-05', { mode: 'military' }),
    event(d, 'a3', 'qassam', 'israel', '2012-04', { type: 'ASSAULT', mode: null }),
  ]),
  doc('Sinwar visited Tehran; Israel struck Hamas.', '2016-03-01', [iran, hamas, sinwar, israel], (d) => [
    event(d, 'b1', 'sinwar', 'iran', '2016-02', { type: 'CONSULT', mode: 'visit' }),
    event(d, 'b2', 'israel', 'hamas', '2016-02-18', { type: 'ASSAULT', mode: null }),
    event(d, 'b3', 'iran', 'hamas', null, { negated: true }),
  ]),
  doc('Hamas and Iran met; the date is not given.', null, [iran, hamas], (d) => [
    event(d, 'c1', 'iran', 'hamas', null, { type: 'CONSULT', mode: 'meet' }),
  ]),
];
const LATER = [
  doc('In 2010 the Qassam wing thanked Iran; Israel accused Iran.', '2010-07-09', [iran, wing, israel, entity('sinwar', 'Yahya Sinwar', { kind: 'person', roles: [{ title: 'leader', of: 'hamas', from: null, to: null }] })], (d) => [
    event(d, 'd1', 'qassam-wing', 'iran', '2010', { type: 'SUPPORT', mode: null }),
    event(d, 'd2', 'israel', 'iran', '2010-06', { type: 'ACCUSE', mode: null, modality: 'denied' }),
  ]),
];

/** The same store, but counting everything from the events, mentions and role statements. */
function countedFromFacts(store: Store): Store {
  return Object.assign(Object.create(store) as Store, {
    counterparts: async (ids: string[]) => counterpartsFromEvents(await store.events({ actors: ids }), ids),
    // seen() of several ids counts from the mentions: an id no entity has makes it several.
    seen: (ids: string[]) => store.seen([...ids, '(no entity)']),
    roleTotals: async (ids: string[]) => spanTotals(await store.roles(ids), (id) => id),
  });
}

const ACTORS = ['iran', 'hamas', 'qassam', 'sinwar', 'israel'];

async function profiles(store: Store): Promise<ActorProfile[]> {
  const all: ActorProfile[] = [];
  for (const id of ACTORS) {
    const entity = await store.entity(id);
    assert.ok(entity, id);
    for (const rollup of [false, true]) all.push(await actorProfile(store, entity, rollup));
  }
  return all;
}

async function assertSameProfiles(store: Store, stage: string): Promise<ActorProfile[]> {
  const read = await profiles(store);
  assert.deepEqual(read, await profiles(countedFromFacts(store)), stage);
  return read;
}

function backends(): [string, () => Promise<Store>][] {
  let dir = '';
  let server: PostgresServer | undefined;
  let n = 0;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-profile-totals-'));
    server = await startPostgres({ fast: true });
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return [
    ['sqlite', () => openStore(join(dir, `p-${++n}.db`))],
    ['postgres', async () => openStore(await server!.createDatabase())],
  ];
}

describe('actor profiles from the profile totals', () => {
  for (const [backend, open] of backends()) {
    it(`${backend}: the same profiles as counted from the facts, after a merge, with documents stored since, after a split`, async () => {
      const store = await open();
      try {
        await store.saveBatch(FIRST);
        await ensureResolution(store);
        const first = await assertSameProfiles(store, 'first documents');
        const iranProfile = first[0]!;
        assert.deepEqual(iranProfile.partners.map((t) => [t.id, t.reports]), [['qassam', 1], ['qassam-wing', 1], ['sinwar', 1]]);
        assert.deepEqual(iranProfile.mentionedIn, { documents: 3, firstPublished: '2012-05-01', lastPublished: '2016-03-01' });

        await store.addCorrection({ action: 'merge', entity: 'qassam-wing', other: 'qassam', note: null });
        await ensureResolution(store);
        const merged = await assertSameProfiles(store, 'after merging the wing into the Brigades');
        assert.deepEqual(merged[0]!.partners.map((t) => [t.id, t.reports]), [['qassam', 2], ['sinwar', 1]]);

        // Not yet folded into the totals: counted from the queued documents meanwhile.
        await store.saveBatch(LATER);
        const later = await assertSameProfiles(store, 'documents stored since');
        assert.equal(later[0]!.mentionedIn.documents, 4);
        assert.equal(later[0]!.mentionedIn.firstPublished, '2010-07-09');
        // 'leader' (2010) and 'Leader' (2016) of Hamas are one office, stated in two documents.
        assert.deepEqual(later[6]!.roles.map((r) => [r.title, r.of?.id, r.from, r.documents]), [['leader', 'hamas', '2010-07-09', 2]]);
        await ensureResolution(store);
        assert.deepEqual(await assertSameProfiles(store, 'folded'), later);

        // The wing kept apart again: the same totals, counted for two actors.
        await store.addCorrection({ action: 'split', entity: 'qassam-wing', other: null, note: null });
        await ensureResolution(store);
        const split = await assertSameProfiles(store, 'after splitting the wing off');
        assert.deepEqual(split[0]!.partners.map((t) => [t.id, t.reports]), [['qassam-wing', 2], ['qassam', 1], ['israel', 1], ['sinwar', 1]]);
      } finally {
        await store.close();
      }
    });
  }
});
