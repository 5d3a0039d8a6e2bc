// Text shown for dates, amounts, events and documents.
import type { Amount, DocumentRef, EventItem, Report } from './types.ts';

export function eventLabel(type: string, mode: string | null | undefined): string {
  return mode ? `${type}/${mode}` : type;
}

export function arrow(e: Pick<EventItem, 'type' | 'source' | 'target'>): string {
  const symmetric = e.type === 'CONSULT' || e.type === 'COOPERATE' || e.type === 'AGREE';
  return e.target ? `${e.source.name} ${symmetric ? '↔' : '→'} ${e.target.name}` : e.source.name;
}

export function usd(value: number | null): string {
  if (value === null) return '—';
  if (value >= 1e9) return `$${trim(value / 1e9)}bn`;
  if (value >= 1e6) return `$${trim(value / 1e6)}m`;
  if (value >= 1e3) return `$${trim(value / 1e3)}k`;
  return `$${Math.round(value)}`;
}

function trim(n: number): string {
  return n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

export function amountText(amount: Amount | null | undefined): string {
  if (!amount) return '';
  return amount.text || `${amount.value} ${amount.currency}${amount.per ? ` per ${amount.per}` : ''}`;
}

/** Last path segment of a source path or URL. */
export function baseName(source: string): string {
  const cleaned = source.replace(/[?#].*$/, '');
  return cleaned.split(/[\\/]/).filter(Boolean).at(-1) ?? source;
}

export function documentName(doc: DocumentRef): string {
  return doc.title ?? baseName(doc.source);
}

export function outletOf(doc: DocumentRef): string {
  return doc.outlet ?? baseName(doc.source);
}

export function modalityText(report: Pick<Report, 'modality' | 'negated'>): string {
  const parts = [report.modality ?? 'asserted'];
  if (report.negated) parts.push('negated');
  return parts.join(', ');
}

/** "2016-04-21" as a fractional year for charts. */
export function yearFraction(value: string): number {
  const [y, m, d] = value.split('-').map(Number);
  const year = y ?? 0;
  if (m === undefined) return year + 0.5;
  if (d === undefined) return year + (m - 0.5) / 12;
  return year + (m - 1) / 12 + (d - 0.5) / 365;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}
