// `entente dyad A B`: two actors' events in date order, with the relation state per
// period, the flows between them and the claims that disagree.
import type { Command } from 'commander';
import { findActors } from '../graph/resolve/find-actor.ts';
import { pairEvents } from '../graph/load-events.ts';
import { buildDyad } from '../graph/dyad.ts';
import { dyadText } from '../graph/render/dyad-text.ts';
import { dyadJson } from '../graph/render/dyad-json.ts';
import { stableJson } from '../graph/render/event-json.ts';
import {
  checkRange, formatOption, fullOption, period, periodOption, print, scopeOptions, UserError, withGraphStore,
  type ScopeFlags,
} from './graph-common.ts';

interface DyadFlags extends ScopeFlags {
  format: 'table' | 'json';
  period?: string;
  full?: boolean;
}

export function registerDyad(program: Command): void {
  const command = program
    .command('dyad')
    .description('Events between two actors in date order, with the relation state over time, flows and disagreements')
    .argument('<a>', 'an actor: name, alias or id (e.g. Iran, "Qassam Brigades", hamas)')
    .argument('<b>', 'the other actor');
  scopeOptions(command)
    .addOption(periodOption())
    .addOption(formatOption(['table', 'json']))
    .option(...fullOption)
    .addHelpText('after', `
Examples:
  entente dyad Iran Hamas                      their own events
  entente dyad Iran Hamas --rollup             with the Qassam Brigades, the IRGC, Khamenei, Haniyeh…
  entente dyad Iran Hamas --from 2011 --to 2017 --full
  entente dyad Iran Hamas --format json > iran-hamas.json

Relation states: allied, cooperative, strained, hostile, broken, restored. Each
period's score sums its events' weights (cooperative types +, conflictual −;
src/graph/weights.ts); every change of state names the events that caused it.`)
    .action(async (a: string, b: string, flags: DyadFlags) => {
      process.exitCode = await withGraphStore(flags, async (store) => {
        checkRange(flags);
        const [actorA, actorB] = await findActors(store, [a, b] as const);
        if (actorA.id === actorB.id) throw new UserError(`"${a}" and "${b}" are the same actor (${actorA.id}) — name two different ones`);
        const scope = { rollup: flags.rollup === true, ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}) };
        const set = await pairEvents(store, actorA.id, actorB.id, scope);
        const report = buildDyad(set, actorA, actorB, { ...scope, period: period(flags.period) });
        const names = new Map([...set.names, [actorA.id, actorA], [actorB.id, actorB]]);
        print(flags.format === 'json' ? stableJson(dyadJson(report, names)) : dyadText(report, names, flags.full === true));
      });
    });
}
