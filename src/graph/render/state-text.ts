// The relation-state series as a table: period, score, state, and for every change
// the events that caused it (numbered as in the event table above it).
import type { ConsolidatedEvent } from '../consolidate.ts';
import type { StatePeriod } from '../relation-state.ts';
import type { Names } from '../load-events.ts';
import { actorsLabel, typeLabel } from './event-cells.ts';
import { renderTable, shorten, signed } from './table.ts';

export function stateTable(series: readonly StatePeriod[], events: readonly ConsolidatedEvent[], names: Names,
  evidenceChars: number, indent = ''): string {
  const byId = new Map(events.map((e, i) => [e.id, { event: e, number: i + 1 }]));
  const rows: string[][] = [];
  for (const p of series) {
    const causes = p.causes.map((id) => byId.get(id)).filter((c) => c !== undefined);
    const cause = (c: (typeof causes)[number]) =>
      `#${c.number} ${typeLabel(c.event)} ${actorsLabel(c.event, names)}${c.event.sources > 1 ? ` (${c.event.sources} sources)` : ''}: “${shorten(c.event.reports[0]!.event.evidence.text, evidenceChars)}”`;
    rows.push([p.period, signed(p.score), String(p.events), p.changed ? p.state : `(${p.state})`, causes[0] ? cause(causes[0]) : '']);
    for (const more of causes.slice(1)) rows.push(['', '', '', '', cause(more)]);
  }
  return renderTable(['period', 'score', 'events', 'state', 'changed by'], rows, { right: [1, 2], indent });
}
