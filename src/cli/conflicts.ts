// `entente conflicts`: claims that contradict each other, with both sides' evidence.
import type { Command } from 'commander';
import { findActor } from '../graph/resolve/find-actor.ts';
import { actorEvents, allEvents, type Scope } from '../graph/load-events.ts';
import { buildLedger } from '../graph/ledger.ts';
import { amountConflicts, polarityConflicts, sortConflicts } from '../graph/conflicts.ts';
import { describeFigure } from '../graph/render/figure.ts';
import { conflictsText } from '../graph/render/conflicts-text.ts';
import { conflictJson } from '../graph/render/conflicts-json.ts';
import { stableJson } from '../graph/render/event-json.ts';
import { checkRange, formatOption, fullOption, print, scopeOptions, withGraphStore, type ScopeFlags } from './graph-common.ts';

interface ConflictsFlags extends ScopeFlags {
  actor?: string;
  format: 'table' | 'json';
  full?: boolean;
}

export function registerConflicts(program: Command): void {
  const command = program
    .command('conflicts')
    .description('Claims that contradict each other: asserted vs denied or negated, and different amounts for one flow');
  scopeOptions(command)
    .option('--actor <name>', 'only claims about this actor')
    .addOption(formatOption(['table', 'json']))
    .option(...fullOption)
    .addHelpText('after', `
Examples:
  entente conflicts
  entente conflicts --actor Hamas --rollup --full

Two claims conflict when they concern the same actors, event type and year and one
says it happened while the other says it did not ("relations are restored" against
"relations are still not repaired"), or when they give the same flow in the same
year different amounts.`)
    .action(async (flags: ConflictsFlags) => {
      process.exitCode = await withGraphStore(flags, async (store) => {
        checkRange(flags);
        const scope: Scope = { rollup: flags.rollup === true, ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}) };
        const set = flags.actor ? await actorEvents(store, (await findActor(store, flags.actor)).id, scope) : await allEvents(store, scope);
        const lines = buildLedger(set.events, (id) => set.names.get(id)?.name ?? id);
        const conflicts = sortConflicts([...polarityConflicts(set.events), ...amountConflicts(lines, describeFigure)]);
        if (flags.format === 'json') print(stableJson({ conflicts: conflicts.map((c) => conflictJson(c, set.names)) }));
        else print(conflicts.length === 0 ? 'no conflicting claims found' : conflictsText(conflicts, set.names, flags.full ? 0 : 100));
      });
    });
}
