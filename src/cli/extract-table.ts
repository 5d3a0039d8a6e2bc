// A terminal table of one extraction: dates first, evidence shortened.
import type { Extraction } from '../contract.ts';

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}

function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n');
}

export function formatTable(x: Extraction): string {
  const name = (id: string | null) => (id ? x.entities.find((e) => e.id === id)?.name ?? id : '-');
  const header = `${x.document.source}${x.document.title ? ` — ${x.document.title}` : ''}${x.document.published ? ` (${x.document.published})` : ''}`;
  const events = [['date', 'type', 'source', 'target', 'amount', 'modality', 'evidence']];
  for (const e of x.events) {
    events.push([
      e.date ? e.date.value + (e.date.basis === 'publication' ? '*' : '') : 'undated',
      e.type + (e.mode ? `/${e.mode}` : ''),
      name(e.source),
      name(e.target),
      e.amount?.text ?? '',
      e.modality + (e.negated ? ' (negated)' : ''),
      shorten(e.evidence.text, 90),
    ]);
  }
  const relations = [['type', 'source', 'target', 'role', 'evidence']];
  for (const r of x.relations) relations.push([r.type, name(r.source), name(r.target), r.role ?? '', shorten(r.evidence.text, 90)]);
  return [
    header,
    `${x.events.length} events (* = dated by publication)`,
    x.events.length ? columns(events) : '',
    `${x.relations.length} relations`,
    x.relations.length ? columns(relations) : '',
  ].filter(Boolean).join('\n');
}
