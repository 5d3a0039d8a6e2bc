// Made-up reports for the graph tests: one sentence per document, its event spanning it.
import { createHash } from 'node:crypto';
import type { ExtractedEvent } from '../contract.ts';
import type { EventRow } from '../store/store.ts';
import type { LeveledReport } from './consolidate.ts';

export interface ReportSpec extends Partial<Omit<ExtractedEvent, 'date'>> {
  text: string;
  date?: string | null;
  outlet?: string | null;
  published?: string | null;
}

let counter = 0;

export function row(spec: ReportSpec): EventRow {
  const { text, date = null, outlet = 'Levant Wire', published = null, ...event } = spec;
  const docId = createHash('sha256').update(`${text}#${++counter}`).digest('hex');
  return {
    event: {
      id: event.id ?? `e${counter}`, type: 'CONSULT', mode: null, source: 'hamas', target: 'iran', third: null,
      date: date === null ? null : { value: date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day', basis: 'explicit' },
      amount: null, modality: 'asserted', negated: false, attribution: null,
      evidence: { text, start: 0, end: text.length }, confidence: 0.8, ...event,
    },
    document: { id: docId, source: `test/${counter}.txt`, title: null, published: published ?? date, outlet, url: null },
  };
}

/** A report at the raw level: its actors are its own ids. */
export function report(spec: ReportSpec): LeveledReport {
  const r = row(spec);
  return { row: r, source: r.event.source, target: r.event.target, third: r.event.third };
}
