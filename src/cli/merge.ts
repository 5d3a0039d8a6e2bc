// `entente merge A B` and `entente split A [B]`: corrections to entity resolution,
// kept in the database and applied to every document, past and future. Both live
// here as two faces of one record, the corrections log (`entente merge --list`).
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import type { Correction, CorrectionInput, Store } from '../store/store.ts';
import { findEntity } from '../graph/resolve/find-actor.ts';
import { parseCorrectionFile } from '../graph/resolve/correction-file.ts';
import { applyCorrections, pairKey } from '../graph/resolve/corrections.ts';
import { ensureResolution } from '../graph/resolve/ensure.ts';
import { renderTable } from '../graph/render/table.ts';
import { dbOption, positiveInteger, print, UserError, withGraphStore, type StoreFlags } from './graph-common.ts';

interface MergeFlags extends StoreFlags {
  list?: boolean;
  undo?: number;
  file?: string;
  note?: string;
}

export function registerMerge(program: Command): void {
  const command = program
    .command('merge')
    .description('Tell Entente that two actors are one: A becomes part of B (applies to past and future documents)')
    .argument('[a]', 'the actor to merge away (name, alias or id)')
    .argument('[b]', 'the actor it is (name, alias or id); its id and name are kept');
  dbOption(command)
    .option('--note <text>', 'why, kept with the correction')
    .option('--file <path>', 'apply an alias file: {"merge": {"keep-id": ["name", …]}, "split": [["a", "b"]]}')
    .option('--list', 'list every correction made so far')
    .option('--undo <id>', 'remove the correction with this number (see --list)', positiveInteger)
    .addHelpText('after', `
Examples:
  entente merge "Revolutionary Guards" irgc --note "same body"
  entente merge --file my-aliases.json
  entente merge --list
  entente merge --undo 3

Automatic resolution already joins transliterations of one person's name ("Imad
Al-Soos" / "Imad Alsoos"); \`entente split\` undoes a join that is wrong.`)
    .action(async (a: string | undefined, b: string | undefined, flags: MergeFlags) => {
      process.exitCode = await withGraphStore(flags, async (store) => {
        if (flags.list) return listCorrections(await store.corrections());
        if (flags.undo !== undefined) {
          if (!(await store.removeCorrection(flags.undo))) throw new UserError(`there is no correction ${flags.undo} — see entente merge --list`);
          return done(store, `removed correction ${flags.undo}`);
        }
        if (flags.file) return applyFile(store, flags.file);
        if (a === undefined || b === undefined) throw new UserError('give two actors (entente merge A B), or --file, --list or --undo');
        const [from, into] = [await findEntity(store, a), await findEntity(store, b)];
        if (from.id === into.id) throw new UserError(`"${a}" and "${b}" are the same entity (${from.id})`);
        await add(store, { action: 'merge', entity: from.id, other: into.id, note: flags.note ?? null });
        await done(store, `merged ${from.id} into ${into.id}${pending(from, into)}`);
      });
    });
}

export function registerSplit(program: Command): void {
  const command = program
    .command('split')
    .description('Undo a wrong merge: keep A apart from B, or from every other entity when B is left out')
    .argument('<a>', 'an entity (name, alias or id)')
    .argument('[b]', 'the entity to keep it apart from');
  dbOption(command)
    .option('--note <text>', 'why, kept with the correction')
    .addHelpText('after', `
Examples:
  entente split imad-al-soos imad-alsoos      two people, not one spelled twice
  entente split hamas-party                   keep it out of every merge`)
    .action(async (a: string, b: string | undefined, flags: MergeFlags) => {
      process.exitCode = await withGraphStore(flags, async (store) => {
        const entity = await findEntity(store, a);
        const other = b === undefined ? null : await findEntity(store, b);
        if (other?.id === entity.id) throw new UserError(`"${a}" and "${b}" are the same entity (${entity.id})`);
        await add(store, { action: 'split', entity: entity.id, other: other?.id ?? null, note: flags.note ?? null });
        await done(store, other ? `kept ${entity.id} apart from ${other.id}` : `kept ${entity.id} apart from every other entity`);
      });
    });
}

async function add(store: Store, correction: CorrectionInput): Promise<void> {
  await store.addCorrection(correction);
}

/** Recomputes the resolution now, so the next query is fast and the change shows at once. */
async function done(store: Store, message: string): Promise<void> {
  await ensureResolution(store);
  print(message);
}

function pending(...entities: { id: string; known: boolean }[]): string {
  const unknown = entities.filter((e) => !e.known).map((e) => e.id);
  return unknown.length === 0 ? '' : ` (${unknown.join(', ')} not in the database yet: applies when a document names it)`;
}

async function applyFile(store: Store, path: string): Promise<void> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const file = parseCorrectionFile(text, path);
  const existing = await store.corrections();
  // Only what is not already in force is added: applying the same file twice adds nothing.
  const active = applyCorrections(existing);
  const same = (c: CorrectionInput) => c.action === 'merge'
    ? active.merges.some((m) => m.entity === c.entity && m.into === c.other)
    : c.other === null ? active.isolated.has(c.entity) : active.apart.has(pairKey(c.entity, c.other));
  let added = 0;
  for (const { into, names } of file.merge) {
    const target = await findEntity(store, into);
    for (const name of names) {
      const entity = await findEntity(store, name);
      const correction: CorrectionInput = { action: 'merge', entity: entity.id, other: target.id, note: `from ${path}` };
      if (entity.id !== target.id && !same(correction)) {
        await add(store, correction);
        added++;
      }
    }
  }
  for (const { entity, other } of file.split) {
    const correction: CorrectionInput = {
      action: 'split', entity: (await findEntity(store, entity)).id,
      other: other === null ? null : (await findEntity(store, other)).id, note: `from ${path}`,
    };
    if (!same(correction)) {
      await add(store, correction);
      added++;
    }
  }
  await done(store, `${path}: ${added} new correction${added === 1 ? '' : 's'} (${existing.length} before)`);
}

function listCorrections(corrections: Correction[]): void {
  if (corrections.length === 0) return print('no corrections yet — entente merge A B records one');
  print(renderTable(['#', 'date', 'action', 'entity', 'with', 'note'], corrections.map((c) => [
    String(c.id), c.createdAt.slice(0, 10), c.action, c.entity, c.other ?? '(all others)', c.note ?? '',
  ]), { right: [0] }));
}
