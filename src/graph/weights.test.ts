import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_TYPES } from '../contract.ts';
import { corroborated, eventWeight, isCooperative, isRupture, TYPE_WEIGHTS } from './weights.ts';

const asserted = { mode: null, modality: 'asserted', negated: false } as const;

describe('event weights', () => {
  it('has a weight for every PLOVER type: cooperative positive, conflictual negative', () => {
    for (const type of EVENT_TYPES) assert.equal(typeof TYPE_WEIGHTS[type], 'number');
    assert.deepEqual(EVENT_TYPES.filter(isCooperative), ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
    assert.equal(eventWeight({ ...asserted, type: 'ASSAULT' }), -9);
  });

  it('refines by mode, softens pledges and hearsay, and turns a negation half around', () => {
    assert.equal(eventWeight({ ...asserted, type: 'AID', mode: 'military' }), 8);
    assert.equal(eventWeight({ ...asserted, type: 'AID', modality: 'pledged' }), 3.5);
    assert.equal(eventWeight({ ...asserted, type: 'SANCTION', mode: 'withdraw', modality: 'reported' }), -4.48);
    // "Relations are still not repaired": a cool signal.
    assert.equal(eventWeight({ ...asserted, type: 'SUPPORT', negated: true }), -1.75);
    // "They never cut the channel": a warm one.
    assert.equal(eventWeight({ ...asserted, type: 'SANCTION', negated: true }), 2.5);
    assert.equal(eventWeight({ ...asserted, type: 'AID', modality: 'denied' }), -3.5);
  });

  it('counts corroboration by the log of the sources', () => {
    assert.equal(corroborated(4, 1), 4);
    assert.equal(corroborated(4, 2), 6);
    assert.equal(corroborated(-4, 4), -8);
  });

  it('treats only acted sanctions as ruptures', () => {
    assert.equal(isRupture({ ...asserted, type: 'SANCTION' }), true);
    assert.equal(isRupture({ ...asserted, type: 'SANCTION', modality: 'threatened' }), false);
    assert.equal(isRupture({ ...asserted, type: 'SANCTION', negated: true }), false);
    assert.equal(isRupture({ ...asserted, type: 'ACCUSE' }), false);
  });
});
