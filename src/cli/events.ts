// `entente events`: consolidated events matching filters, as a table, JSON or CSV.
import type { Command } from 'commander';
import type { EventType } from '../contract.ts';
import { findActor, findActors } from '../graph/resolve/find-actor.ts';
import { actorEvents, allEvents, pairEvents, type Scope } from '../graph/load-events.ts';
import { EVENT_HEADER, eventCells, furtherReports } from '../graph/render/event-cells.ts';
import { eventJson, stableJson } from '../graph/render/event-json.ts';
import { eventsCsv } from '../graph/render/events-csv.ts';
import { renderTable } from '../graph/render/table.ts';
import {
  checkRange, eventTypes, formatOption, fullOption, positiveInteger, print, scopeOptions, UserError, withGraphStore,
  type ScopeFlags,
} from './graph-common.ts';

interface EventsFlags extends ScopeFlags {
  actor?: string;
  dyad?: string[];
  type?: EventType[];
  source?: string;
  format: 'table' | 'json' | 'csv';
  limit: number;
  full?: boolean;
}

export function registerEvents(program: Command): void {
  const command = program
    .command('events')
    .description('List events (each one consolidated over the articles that report it) matching filters');
  scopeOptions(command)
    .option('--actor <name>', 'events with this actor on either side')
    .option('--dyad <actors...>', 'events between two actors: --dyad Iran Hamas')
    .option('--type <types>', 'PLOVER types, comma-separated or repeated: --type AID,SANCTION', eventTypes)
    .option('--source <outlet>', 'only reports from this outlet (or a piece of the file path)')
    .addOption(formatOption(['table', 'json', 'csv']))
    .option('--limit <n>', 'show at most this many events', positiveInteger, 500)
    .option(...fullOption)
    .addHelpText('after', `
Examples:
  entente events --actor Hamas --from 2012 --to 2013
  entente events --dyad Iran "Islamic Jihad" --type AID --rollup
  entente events --source "Levant Wire" --format csv > levant.csv
  entente events --type SANCTION --format json`)
    .action(async (flags: EventsFlags) => {
      process.exitCode = await withGraphStore(flags, async (store) => {
        checkRange(flags);
        if (flags.actor && flags.dyad) throw new UserError('give --actor or --dyad, not both');
        if (flags.dyad && flags.dyad.length !== 2) throw new UserError(`--dyad takes two actors, got ${flags.dyad.length} — e.g. --dyad Iran Hamas`);
        const scope: Scope = {
          rollup: flags.rollup === true,
          ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}),
          ...(flags.type ? { types: flags.type } : {}), ...(flags.source ? { outlet: flags.source } : {}),
        };
        const pair = flags.dyad && await findActors(store, [flags.dyad[0]!, flags.dyad[1]!] as const);
        const set = pair
          ? await pairEvents(store, pair[0].id, pair[1].id, scope)
          : flags.actor ? await actorEvents(store, (await findActor(store, flags.actor)).id, scope) : await allEvents(store, scope);
        const shown = set.events.slice(0, flags.limit);
        if (shown.length < set.events.length || set.truncated) {
          process.stderr.write(`entente: showing ${shown.length} of ${set.truncated ? 'more than ' : ''}${set.events.length} events — narrow the filters or raise --limit\n`);
        }
        if (flags.format === 'json') print(stableJson({ count: set.events.length, events: shown.map((e) => eventJson(e, set.names)) }));
        else if (flags.format === 'csv') process.stdout.write(eventsCsv(shown, set.names));
        else if (shown.length === 0) print('no events match');
        else if (!flags.full) print(renderTable(EVENT_HEADER, shown.map((e) => eventCells(e, set.names)), { right: [4] }));
        else print(shown.flatMap((e) => [renderTable(EVENT_HEADER, [eventCells(e, set.names, 0)], { right: [4] }).split('\n')[1]!, ...furtherReports(e, '    ')]).join('\n'));
      });
    });
}
