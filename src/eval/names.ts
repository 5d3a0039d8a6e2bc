// Actor-name matching of SPEC §3: case-, diacritic-, hyphen- and "al-"-insensitive,
// through aliases.json. Both gold and predicted names pass through `normalizeName`,
// so the rules only need to be consistent, not linguistically perfect.
import { readFileSync } from 'node:fs';
import type { Entity } from '../contract.ts';
import { GoldError } from './gold.ts';

/** Canonical name (normalised) → every normalised variant, the canonical included. */
export type AliasIndex = ReadonlyMap<string, ReadonlySet<string>>;

export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // "Türkiye" = "Turkiye"
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'") // "Hamas’ wing" = "Hamas' wing"
    // "al-Qassam", "Izz al-Din", "el-Sisi", "Bayt al Maqdis": the article is dropped at the
    // start of the name and of each word ("al " only as a separate word, never "Ali ").
    .replace(/(^|[^\p{L}\p{N}'])(?:al|el)[-\u2010\u2011]/gu, '$1')
    .replace(/(^|[^\p{L}\p{N}'])al\s+/gu, '$1')
    .replace(/[-\u2010\u2011\u2013]/g, '') // "Falahat-Pisheh" = "Falahatpisheh"
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildAliasIndex(aliases: Readonly<Record<string, readonly string[]>>): AliasIndex {
  const index = new Map<string, Set<string>>();
  for (const [canonical, variants] of Object.entries(aliases)) {
    const key = normalizeName(canonical);
    // Two canonicals that normalise alike pool their variants rather than overwrite.
    const set = index.get(key) ?? new Set<string>([key]);
    for (const v of variants) set.add(normalizeName(v));
    index.set(key, set);
  }
  return index;
}

export function parseAliases(text: string, file: string): AliasIndex {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new GoldError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GoldError(`${file}: expected an object mapping canonical names to lists of variants`);
  }
  for (const [name, variants] of Object.entries(value)) {
    if (!Array.isArray(variants) || !variants.every((v) => typeof v === 'string')) {
      throw new GoldError(`${file}: the variants of "${name}" must be a list of strings`);
    }
  }
  return buildAliasIndex(value as Record<string, string[]>);
}

export function loadAliases(path: string): AliasIndex {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GoldError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseAliases(text, path);
}

/** The normalised forms any of `goldNames` accepts; a name absent from the index stands for itself. */
export function goldVariants(goldNames: readonly string[], index: AliasIndex): Set<string> {
  const out = new Set<string>();
  for (const name of goldNames) {
    const key = normalizeName(name);
    for (const v of index.get(key) ?? [key]) out.add(v);
  }
  return out;
}

/** The normalised forms a predicted actor goes by: its name, aliases and id ("al-quds-brigades" → "al quds brigades"). */
export function entityKeys(id: string, entity: Entity | undefined): Set<string> {
  const forms = [id.replace(/-/g, ' '), ...(entity ? [entity.name, ...entity.aliases] : [])];
  return new Set(forms.map(normalizeName).filter((f) => f !== ''));
}

export function actorMatches(keys: ReadonlySet<string>, variants: ReadonlySet<string>): boolean {
  for (const k of keys) if (variants.has(k)) return true;
  return false;
}
