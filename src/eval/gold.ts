// Gold annotations (shared/dev/SCHEMA.md): one JSON object per line. Loading is strict
// because a silently skipped or misread gold line would move every score without a trace.
import { readFileSync } from 'node:fs';
import { EVENT_TYPES, MODALITIES, RELATION_TYPES } from '../contract.ts';
import type { AmountPeriod } from '../contract.ts';

export type GoldKind = 'event' | 'relation';

export interface GoldAmount {
  value: number;
  currency: string;
  per: AmountPeriod;
}

export interface GoldItem {
  doc: string;
  /** 1-based line in the gold file, so reports can point back to it. */
  line: number;
  kind: GoldKind;
  /** Acceptable types; the first is the annotator's main reading. */
  type: string[];
  mode?: string;
  role?: string;
  /** Acceptable actor names, canonical first. */
  source: string[];
  /** null only when the article names no target: any predicted target then counts. */
  target: string[] | null;
  date?: string;
  amount?: GoldAmount;
  modality?: string;
  negated?: boolean;
  attribution?: string;
  evidence: string;
  core: boolean;
}

/** An input of `entente eval` that cannot be used (gold, aliases, corpus folder); one-line message. */
export class EvalInputError extends Error {}

/** A gold or aliases file that cannot be used; the message names file:line. */
export class GoldError extends EvalInputError {}

const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PERIODS: readonly string[] = ['year', 'month', 'once'];

type Fields = Record<string, unknown>;

function names(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && v.trim() !== '')) {
    throw new Error(`"${field}" must be a non-empty list of names`);
  }
  return value as string[];
}

function optionalString(o: Fields, field: string): string | undefined {
  const value = o[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`"${field}" must be a string`);
  return value;
}

function parseAmount(value: unknown): GoldAmount | undefined {
  if (value === undefined || value === null) return undefined;
  const a = value as Fields;
  if (typeof a !== 'object' || typeof a.value !== 'number' || !Number.isFinite(a.value)) {
    throw new Error('"amount" must be {value: number, currency, per}');
  }
  if (typeof a.per !== 'string' || !PERIODS.includes(a.per)) throw new Error('"amount.per" must be year, month or once');
  return { value: a.value, currency: typeof a.currency === 'string' ? a.currency : 'USD', per: a.per as AmountPeriod };
}

function parseItem(o: Fields, line: number): GoldItem {
  if (typeof o.doc !== 'string' || o.doc === '') throw new Error('"doc" must be a non-empty string');
  if (o.kind !== 'event' && o.kind !== 'relation') throw new Error('"kind" must be "event" or "relation"');
  const allowed: readonly string[] = o.kind === 'event' ? EVENT_TYPES : RELATION_TYPES;
  const type = names(o.type, 'type');
  const unknown = type.find((t) => !allowed.includes(t));
  if (unknown) throw new Error(`unknown ${o.kind} type "${unknown}"`);
  if (typeof o.evidence !== 'string') throw new Error('"evidence" must be a string');
  if (o.core !== undefined && typeof o.core !== 'boolean') throw new Error('"core" must be true or false');
  const date = optionalString(o, 'date');
  if (date !== undefined && !ISO_PARTIAL.test(date)) throw new Error(`"date" ${date} is not an ISO partial date`);
  const modality = optionalString(o, 'modality');
  if (modality !== undefined && !(MODALITIES as readonly string[]).includes(modality)) {
    throw new Error(`unknown modality "${modality}"`);
  }
  if (o.negated !== undefined && typeof o.negated !== 'boolean') throw new Error('"negated" must be true or false');
  const item: GoldItem = {
    doc: o.doc, line, kind: o.kind, type,
    source: names(o.source, 'source'),
    target: o.target === null || o.target === undefined ? null : names(o.target, 'target'),
    evidence: o.evidence, core: o.core === true,
  };
  const optional = {
    mode: optionalString(o, 'mode'), role: optionalString(o, 'role'), date,
    amount: parseAmount(o.amount), modality, negated: o.negated as boolean | undefined,
    attribution: optionalString(o, 'attribution'),
  };
  // Only defined fields are copied, so items compare and print without `undefined` noise.
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(item, { [key]: value });
  return item;
}

/** Parses gold JSONL text; `file` only names the source in error messages. Blank lines are skipped. */
export function parseGold(text: string, file: string): GoldItem[] {
  const items: GoldItem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new GoldError(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new GoldError(`${file}:${i + 1}: expected a JSON object`);
    }
    try {
      items.push(parseItem(value as Fields, i + 1));
    } catch (e) {
      throw new GoldError(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return items;
}

export function loadGold(path: string): GoldItem[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GoldError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseGold(text, path);
}
