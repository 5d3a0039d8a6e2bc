// `entente flows`: the funding ledger — money and arms flows and cuts by year, with
// amounts in US dollars per year and who claims each figure.
import type { Command } from 'commander';
import { findActor } from '../graph/resolve/find-actor.ts';
import { actorEvents, allEvents, pairEvents, type Scope } from '../graph/load-events.ts';
import { buildLedger } from '../graph/ledger.ts';
import { flowsTable } from '../graph/render/flows-text.ts';
import { flowJson } from '../graph/render/flows-json.ts';
import { stableJson } from '../graph/render/event-json.ts';
import { checkRange, formatOption, fullOption, print, scopeOptions, withGraphStore, type ScopeFlags } from './graph-common.ts';

interface FlowsFlags extends ScopeFlags {
  patron?: string;
  client?: string;
  format: 'table' | 'json';
  full?: boolean;
}

export function registerFlows(program: Command): void {
  const command = program
    .command('flows')
    .description('The funding ledger: money and arms flows (and cuts) by year, in USD per year, with the source of each figure');
  scopeOptions(command)
    .option('--patron <name>', 'only flows from this actor')
    .option('--client <name>', 'only flows to this actor')
    .addOption(formatOption(['table', 'json']))
    .option(...fullOption)
    .addHelpText('after', `
Examples:
  entente flows --patron Iran --rollup
  entente flows --patron Iran --client "Islamic Jihad" --from 2010
  entente flows --format json

A figure "per month" is counted ×12; a one-off sum, or one whose period the text
does not give, counts for its year and says so. Other currencies are converted at
fixed approximate rates (src/graph/usd.ts). Where reports give different figures for
the same flow and year, each is shown on its own line ("vs …") with who claims it.`)
    .action(async (flags: FlowsFlags) => {
      process.exitCode = await withGraphStore(flags, async (store) => {
        checkRange(flags);
        const scope: Scope = {
          rollup: flags.rollup === true, types: ['AID', 'SANCTION'],
          ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}),
        };
        const patron = flags.patron ? await findActor(store, flags.patron) : null;
        const client = flags.client ? await findActor(store, flags.client) : null;
        const set = patron && client ? await pairEvents(store, patron.id, client.id, scope)
          : patron ? await actorEvents(store, patron.id, scope)
          : client ? await actorEvents(store, client.id, scope) : await allEvents(store, scope);
        const names = set.names;
        const lines = buildLedger(set.events, (id) => names.get(id)?.name ?? id)
          .filter((line) => (!patron || line.patron === patron.id) && (!client || line.client === client.id));
        if (flags.format === 'json') print(stableJson({ flows: lines.map((line) => flowJson(line, names)) }));
        else print(lines.length === 0 ? 'no flows match' : flowsTable(lines, names, flags.full ? 0 : 80));
      });
    });
}
