// `entente actor NAME`: one actor's profile.
import type { Command } from 'commander';
import { findActor } from '../graph/resolve/find-actor.ts';
import { actorProfile } from '../graph/actor-profile.ts';
import { profileText } from '../graph/render/profile-text.ts';
import { stableJson } from '../graph/render/event-json.ts';
import { dbOption, formatOption, positiveInteger, print, withGraphStore, type StoreFlags } from './graph-common.ts';

interface ActorFlags extends StoreFlags {
  rollup?: boolean;
  format: 'table' | 'json';
  top: number;
}

export function registerActor(program: Command): void {
  const command = program
    .command('actor')
    .description("An actor's profile: kind, aliases, parent and parts, roles over time, partners and adversaries, first and last seen")
    .argument('<name>', 'a name, alias or id (e.g. "Yahya Sinwar", IRGC, qassam-brigades)');
  dbOption(command)
    .option('--rollup', 'count the events of its parts and office-holders as its own, and partners at their top level')
    .option('--top <n>', 'how many partners and adversaries to list', positiveInteger, 8)
    .addOption(formatOption(['table', 'json']))
    .addHelpText('after', `
Examples:
  entente actor Hamas --rollup
  entente actor "Yehya al-Sinwar"        spelling variants find the same person
  entente actor irgc --format json`)
    .action(async (name: string, flags: ActorFlags) => {
      process.exitCode = await withGraphStore(flags, async (store) => {
        const profile = await actorProfile(store, await findActor(store, name), flags.rollup === true, flags.top);
        print(flags.format === 'json' ? stableJson(profile) : profileText(profile, flags.rollup === true));
      });
    });
}
