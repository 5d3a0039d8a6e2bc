// Latency of the four graph questions on a large store, each asked the way the CLI
// asks it (name look-up, store queries, consolidation, the report), without printing:
//   dyad     entente dyad A B            events between two actors, relation state by year
//   actor    entente actor A             the profile: partners, adversaries, roles, first/last seen
//   events   entente events --actor A --from Y --to Y+1
//   network  entente network --at Y      every tie in one year
// Actors are drawn from the 500 most frequent and pairs from the 500 pairs with most
// events, uniformly: the questions an analyst asks of the actors the archive is about.
import type { Store } from '../src/store/store.ts';
import { findActor, findActors } from '../src/graph/resolve/find-actor.ts';
import { ensureResolution } from '../src/graph/resolve/ensure.ts';
import { actorEvents, allEvents, pairEvents } from '../src/graph/load-events.ts';
import { buildDyad } from '../src/graph/dyad.ts';
import { actorProfile } from '../src/graph/actor-profile.ts';
import { buildNetwork } from '../src/graph/network.ts';
import { Rng } from './prng.ts';
import { percentile } from './measure.ts';
import type { SyntheticStore } from './synthetic-store.ts';

export const QUERIES = ['dyad', 'actor', 'events', 'network'] as const;
export type QueryName = (typeof QUERIES)[number];

export interface QueryFigures {
  p50: number;
  p95: number;
  calls: number;
  /** Mean consolidated events (dyad, events), partners (actor) or ties (network) per answer. */
  size: number;
}

const CALLS: Record<QueryName, number> = { dyad: 100, actor: 100, events: 100, network: 12 };

export async function queryBench(store: Store, data: SyntheticStore, seed: number): Promise<Record<QueryName, QueryFigures>>;
export async function queryBench(store: Store, data: SyntheticStore, seed: number, only: readonly QueryName[]): Promise<Partial<Record<QueryName, QueryFigures>>>;
export async function queryBench(store: Store, data: SyntheticStore, seed: number, only: readonly QueryName[] = QUERIES): Promise<Partial<Record<QueryName, QueryFigures>>> {
  await ensureResolution(store);
  const r = new Rng(seed);
  const actors = data.actorsByRank.slice(0, 500);
  const pairs = data.topPairs.slice(0, 500);
  const year = () => r.int(data.years[0], data.years[1] - 1);
  const ask: Record<QueryName, () => Promise<number>> = {
    async dyad() {
      const [a, b] = r.pick(pairs);
      const [actorA, actorB] = await findActors(store, [a, b] as const);
      const set = await pairEvents(store, actorA.id, actorB.id, { rollup: false });
      return buildDyad(set, actorA, actorB, { rollup: false, period: 'year' }).events.length;
    },
    async actor() {
      const profile = await actorProfile(store, await findActor(store, r.pick(actors)), false);
      return JSON.stringify(profile).length > 0 ? 1 : 0;
    },
    async events() {
      const y = year();
      const actor = await findActor(store, r.pick(actors));
      return (await actorEvents(store, actor.id, { rollup: false, from: `${y}`, to: `${y + 1}` })).events.length;
    },
    async network() {
      const y = `${year()}`;
      return buildNetwork((await allEvents(store, { rollup: false, from: y, to: y })).events).ties.length;
    },
  };
  const figures: Partial<Record<QueryName, QueryFigures>> = {};
  for (const name of only) {
    await ask[name](); // warm the caches once
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < CALLS[name]; i++) {
      const start = performance.now();
      size += await ask[name]();
      times.push(performance.now() - start);
    }
    figures[name] = { p50: percentile(times, 50), p95: percentile(times, 95), calls: times.length, size: size / times.length };
  }
  return figures;
}
