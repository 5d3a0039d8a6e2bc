// Query-string checks. Every endpoint names the parameters it takes: an unknown or
// repeated one, or a value of the wrong shape, is a 400 that names the parameter
// and says what is expected — never silently ignored.
import { EVENT_TYPES, ENTITY_KINDS, type EntityKind, type EventType } from '../contract.ts';
import { parseUserDate, PERIODS, type Period } from '../graph/dates.ts';
import { badParameter } from './http.ts';

export interface Page {
  limit: number;
  offset: number;
}

export interface Paged<T> {
  total: number;
  limit: number;
  offset: number;
  /** The offset of the next page, or null on the last one. */
  next: number | null;
  items: T[];
}

export function paginate<T>(all: readonly T[], page: Page): Paged<T> {
  const end = page.offset + page.limit;
  return { total: all.length, limit: page.limit, offset: page.offset, next: end < all.length ? end : null, items: all.slice(page.offset, end) };
}

const MAX_VALUE_LENGTH = 500;
/** Printable text only: control characters have no place in a name or a query. */
const CONTROL = /[\u0000-\u001f\u007f]/;

export class Params {
  private readonly values = new Map<string, string>();

  constructor(search: URLSearchParams, private readonly allowed: readonly string[]) {
    for (const [name, value] of search) {
      if (!allowed.includes(name)) {
        const takes = allowed.length === 0 ? 'takes no parameters' : `takes ${allowed.join(', ')}`;
        throw badParameter(name, `unknown parameter "${name}" — this endpoint ${takes}`);
      }
      if (this.values.has(name)) throw badParameter(name, `"${name}" is given twice — give it once (lists are comma-separated)`);
      if (value.length > MAX_VALUE_LENGTH) throw badParameter(name, `"${name}" is longer than ${MAX_VALUE_LENGTH} characters`);
      if (CONTROL.test(value)) throw badParameter(name, `"${name}" holds control characters`);
      this.values.set(name, value);
    }
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  /** A non-empty text, trimmed; undefined when absent. */
  text(name: string, options: { required?: boolean; max?: number } = {}): string | undefined {
    const value = this.values.get(name)?.trim();
    if (value === undefined || value === '') {
      if (options.required) throw badParameter(name, `"${name}" is required`);
      if (value === '') throw badParameter(name, `"${name}" is empty — give a value or leave it out`);
      return undefined;
    }
    if (options.max !== undefined && value.length > options.max) throw badParameter(name, `"${name}" is longer than ${options.max} characters`);
    return value;
  }

  requiredText(name: string, max = 200): string {
    return this.text(name, { required: true, max })!;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.values.get(name);
    if (raw === undefined) return fallback;
    if (!/^-?\d+$/.test(raw)) throw badParameter(name, `"${name}" must be a whole number from ${min} to ${max}, got "${raw}"`);
    const n = Number(raw);
    if (n < min || n > max) throw badParameter(name, `"${name}" must be from ${min} to ${max}, got ${raw}`);
    return n;
  }

  boolean(name: string): boolean {
    const raw = this.values.get(name);
    if (raw === undefined) return false;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    throw badParameter(name, `"${name}" must be true or false, got "${raw}"`);
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date(name: string): string | undefined {
    const raw = this.values.get(name);
    if (raw === undefined) return undefined;
    try {
      return parseUserDate(raw, name);
    } catch (error) {
      throw badParameter(name, (error as Error).message.replace(/^(\w+) /, '"$1" '));
    }
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const raw = this.values.get(name);
    if (raw === undefined) return fallback;
    if (!(choices as readonly string[]).includes(raw)) throw badParameter(name, `"${name}" must be one of ${choices.join(', ')}, got "${raw}"`);
    return raw as T;
  }

  /** A comma-separated list, each item one of `choices` (case-insensitive). */
  list<T extends string>(name: string, choices: readonly T[], upper: boolean): T[] | undefined {
    const raw = this.values.get(name);
    if (raw === undefined) return undefined;
    const items = raw.split(',').map((v) => v.trim()).filter(Boolean).map((v) => (upper ? v.toUpperCase() : v.toLowerCase()));
    if (items.length === 0) throw badParameter(name, `"${name}" is empty — give one or more of ${choices.join(', ')}`);
    for (const item of items) {
      if (!(choices as readonly string[]).includes(item)) throw badParameter(name, `"${item}" in "${name}" is not one of ${choices.join(', ')}`);
    }
    return [...new Set(items)] as T[];
  }

  types(name = 'types'): EventType[] | undefined {
    return this.list(name, EVENT_TYPES, true);
  }

  kinds(name = 'kinds'): EntityKind[] | undefined {
    return this.list(name, ENTITY_KINDS, false);
  }

  period(): Period {
    return this.choice('period', PERIODS, 'year');
  }

  /** from/to (or `at` when allowed), checked to be in order. */
  range(): { from?: string; to?: string } {
    let from = this.date('from');
    let to = this.date('to');
    if (this.allowed.includes('at') && this.has('at')) {
      if (from || to) throw badParameter('at', '"at" cannot be combined with "from" or "to"');
      from = to = this.date('at');
    }
    if (from && to && to.slice(0, from.length) < from.slice(0, to.length)) {
      throw badParameter('from', `"from" ${from} is after "to" ${to} — swap them`);
    }
    return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }

  page(defaultLimit = 50, maxLimit = 500): Page {
    return { limit: this.integer('limit', defaultLimit, 1, maxLimit), offset: this.integer('offset', 0, 0, 10_000_000) };
  }
}

/** Parameter names of a paged endpoint. */
export const PAGE = ['limit', 'offset'] as const;
export const RANGE = ['from', 'to'] as const;

export function checkPathId(name: string, value: string, pattern: RegExp, example: string): string {
  if (!pattern.test(value)) throw badParameter(name, `"${value.slice(0, 80)}" is not a valid ${name} — expected something like ${example}`);
  return value;
}

export const DOCUMENT_ID = /^[0-9a-f]{64}$/;
export const EVENT_ID = /^[0-9a-f]{12}-[A-Za-z0-9_.:-]{1,64}$/;
export const ENTITY_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,199}$/u;

export type { Period };
