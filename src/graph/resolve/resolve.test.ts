// Entity resolution across documents, as a pure function of what the store holds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Correction, Resolution, ResolutionInputs } from '../../store/store.ts';
import { computeResolution } from './compute.ts';
import { personMatchKeys } from './person-keys.ts';
import { queryKeys } from './lookup-keys.ts';

type E = ResolutionInputs['entities'][number];
const e = (id: string, name: string, kind = 'person', parent: string | null = null, aliases: string[] = []): E => ({ id, name, kind, parent, aliases });
let nextId = 1;
const c = (action: 'merge' | 'split', entity: string, other: string | null): Correction =>
  ({ id: nextId++, action, entity, other, note: null, createdAt: '2026-01-01' });

const ENTITIES: E[] = [
  e('iran', 'Iran', 'state'), e('irgc', 'Islamic Revolutionary Guard Corps', 'government_body', 'iran'),
  e('quds-force', 'Quds Force', 'armed_wing', 'irgc'), e('hamas', 'Hamas', 'organization'),
  e('qassam-brigades', 'Izz ad-Din al-Qassam Brigades', 'armed_wing', 'hamas', ['Qassam Brigades']),
  e('revolutionary-guards', 'Revolutionary Guards', 'government_body'),
  // The same discovered person, spelled by two outlets.
  e('khalil-al-haddad', 'Khalil al-Haddad'), e('khalil-alhaddad', 'Khalil Alhaddad', 'person', null, ['Alhaddad']),
  e('yehya-sinwar', 'Yehya Sinwar'), e('yahya-sinwar', 'Yahya Sinwar', 'person', null, ['Sinwar']),
  e('abbas', 'Abbas'), e('abbas-2', 'Abbas'), e('gaza-strip', 'Gaza Strip', 'other'),
];
const ROLES: ResolutionInputs['roles'] = [
  { entity: 'khalil-alhaddad', title: 'Official', of: 'hamas', documents: 1 },
  { entity: 'yahya-sinwar', title: 'Leader', of: 'gaza-strip', documents: 4 },
  { entity: 'yehya-sinwar', title: 'Commander', of: 'qassam-brigades', documents: 1 },
];
const lexicon = new Set(['iran', 'irgc', 'quds-force', 'hamas', 'qassam-brigades', 'yahya-sinwar']);

function resolve(corrections: Correction[] = [], entities = ENTITIES): { canonical: (id: string) => string; chain: (id: string) => string[]; r: Resolution } {
  const r = computeResolution({ entities, roles: ROLES, corrections }, (id) => lexicon.has(id));
  const canonical = (id: string) => r.canonical.find((row) => row.entity === id)?.canonical ?? '?';
  const chain = (id: string) => r.ancestors.filter((a) => a.entity === canonical(id)).sort((x, y) => x.depth - y.depth).map((a) => a.ancestor);
  return { canonical, chain, r };
}

describe('entity resolution across documents', () => {
  it('joins transliterations of one person, glued article or not', () => {
    assert.deepEqual(personMatchKeys('Imad Al-Soos'), personMatchKeys('Imad Alsoos').slice(-1));
    const { canonical } = resolve();
    assert.equal(canonical('khalil-al-haddad'), canonical('khalil-alhaddad'));
    // The lexicon's id wins: stable across documents.
    assert.equal(canonical('yehya-sinwar'), 'yahya-sinwar');
  });

  it('does not join one-word names or different kinds', () => {
    const { canonical } = resolve();
    assert.equal(canonical('abbas'), 'abbas');
    assert.equal(canonical('abbas-2'), 'abbas-2');
    // A given name is never read as a glued article: "Alexander" keeps its "Al".
    assert.equal(personMatchKeys('Alexander Lukashenko').length, 1);
    assert.deepEqual(personMatchKeys('Hussein'), []);
  });

  it('keeps the hierarchy: wing → movement, agency → state, person → the actor they hold office in', () => {
    const { chain } = resolve();
    assert.deepEqual(chain('qassam-brigades'), ['qassam-brigades', 'hamas']);
    assert.deepEqual(chain('quds-force'), ['quds-force', 'irgc', 'iran']);
    assert.deepEqual(chain('khalil-al-haddad'), ['khalil-alhaddad', 'hamas']);
    // An office "of the Gaza Strip" (a place) places nobody; the merged spelling's command does.
    assert.deepEqual(chain('yahya-sinwar'), ['yahya-sinwar', 'qassam-brigades', 'hamas']);
  });

  it('applies a user merge to the entity and everything below it, keeping the target', () => {
    const { canonical, chain } = resolve([c('merge', 'revolutionary-guards', 'irgc')]);
    assert.equal(canonical('revolutionary-guards'), 'irgc');
    assert.deepEqual(chain('revolutionary-guards'), ['irgc', 'iran']);
  });

  it('lets a split undo an automatic join and an earlier merge, and a later merge undo a split', () => {
    assert.equal(resolve([c('split', 'khalil-al-haddad', 'khalil-alhaddad')]).canonical('khalil-al-haddad'), 'khalil-al-haddad');
    assert.equal(resolve([c('split', 'khalil-al-haddad', null)]).canonical('khalil-alhaddad'), 'khalil-alhaddad');
    const merged = [c('merge', 'abbas', 'abbas-2')];
    assert.equal(resolve(merged).canonical('abbas'), 'abbas-2');
    const split = [...merged, c('split', 'abbas-2', 'abbas')];
    assert.equal(resolve(split).canonical('abbas'), 'abbas');
    assert.equal(resolve([...split, c('merge', 'abbas', 'abbas-2')]).canonical('abbas'), 'abbas-2');
  });

  it('keeps a split pair apart even when a third entity would join them', () => {
    const { canonical } = resolve([c('split', 'khalil-al-haddad', 'khalil-alhaddad'), c('merge', 'abbas', 'khalil-al-haddad'), c('merge', 'abbas', 'khalil-alhaddad')]);
    assert.notEqual(canonical('khalil-al-haddad'), canonical('khalil-alhaddad'));
  });

  it('holds a merge that names an entity no document has named yet, for when one does', () => {
    const early = resolve([c('merge', 'hamas-party', 'hamas')]);
    assert.equal(early.r.canonical.some((row) => row.entity === 'hamas-party'), false);
    const later = resolve([c('merge', 'hamas-party', 'hamas')], [...ENTITIES, e('hamas-party', 'Hamas Party', 'organization')]);
    assert.equal(later.canonical('hamas-party'), 'hamas');
  });

  it('indexes names, aliases and person skeletons for lookup', () => {
    const { r } = resolve();
    const find = (text: string) => r.lookup.filter((row) => queryKeys(text).includes(row.key)).map((row) => [row.entity, row.rank]);
    assert.deepEqual(find('the Qassam Brigades'), [['qassam-brigades', 0]]);
    assert.deepEqual(find('Yehya al-Sinwar').sort(), [['yahya-sinwar', 3], ['yehya-sinwar', 0], ['yehya-sinwar', 3]]);
    assert.deepEqual(find('IRAN'), [['iran', 0]]);
  });
});
