// `entente network`: actors and their aggregated ties in a period.
import { Option, type Command } from 'commander';
import type { EventType } from '../contract.ts';
import { allEvents, type Scope } from '../graph/load-events.ts';
import { buildNetwork } from '../graph/network.ts';
import { networkJson, networkText } from '../graph/render/network-text.ts';
import { stableJson } from '../graph/render/event-json.ts';
import { parseUserDate } from '../graph/dates.ts';
import {
  checkRange, eventTypes, formatOption, positiveInteger, print, scopeOptions, UserError, withGraphStore, type ScopeFlags,
} from './graph-common.ts';

interface NetworkFlags extends ScopeFlags {
  at?: string;
  types?: EventType[];
  minSources: number;
  top: number;
  format: 'table' | 'json';
}

export function registerNetwork(program: Command): void {
  const command = program
    .command('network')
    .description('The graph of actors and their aggregated ties in a period');
  scopeOptions(command)
    .addOption(new Option('--at <date>', 'the ties of one year, month or day (YYYY, YYYY-MM, YYYY-MM-DD)').conflicts(['from', 'to']))
    .option('--types <types>', 'only these PLOVER types, comma-separated', eventTypes)
    .option('--min-sources <n>', 'only ties reported by at least this many documents', positiveInteger, 1)
    .option('--top <n>', 'in a table, show this many ties', positiveInteger, 50)
    .addOption(formatOption(['table', 'json']))
    .addHelpText('after', `
Examples:
  entente network --at 2012 --rollup
  entente network --from 2016 --to 2017 --types AID,SUPPORT,COOPERATE --min-sources 2
  entente network --format json > network.json      (entente export for GraphML, GEXF, CSV, Cypher)`)
    .action(async (flags: NetworkFlags) => {
      process.exitCode = await withGraphStore(flags, async (store) => {
        checkRange(flags);
        let from = flags.from;
        let to = flags.to;
        if (flags.at) {
          try {
            from = to = parseUserDate(flags.at, '--at');
          } catch (error) {
            throw new UserError((error as Error).message);
          }
        }
        const scope: Scope = {
          rollup: flags.rollup === true, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(flags.types ? { types: flags.types } : {}),
        };
        const set = await allEvents(store, scope);
        const network = buildNetwork(set.events, flags.minSources);
        print(flags.format === 'json' ? stableJson(networkJson(network, set.names)) : networkText(network, set.names, flags.top));
      });
    });
}
