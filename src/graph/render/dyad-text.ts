// `entente dyad` as a terminal report: events (numbered), relation state, flows,
// and disagreements. Evidence is shortened; `full` prints it whole with every report.
import type { DyadReport } from '../dyad.ts';
import type { Names } from '../load-events.ts';
import { EVENT_HEADER, EVIDENCE_CHARS, eventCells, furtherReports } from './event-cells.ts';
import { conflictsText } from './conflicts-text.ts';
import { flowsTable } from './flows-text.ts';
import { stateTable } from './state-text.ts';
import { plural, renderTable } from './table.ts';

export function dyadText(report: DyadReport, names: Names, full: boolean): string {
  const chars = full ? 0 : EVIDENCE_CHARS;
  const { a, b, events } = report;
  const span = [report.from, report.to].some((d) => d !== null) ? `, ${report.from ?? '…'} to ${report.to ?? '…'}` : '';
  const out = [`${a.name} – ${b.name}${span}${report.rollup ? ' (rolled up: wings, agencies and office-holders count as their actor)' : ''}`];
  if (events.length === 0) {
    out.push(`no events between ${a.name} and ${b.name}${span ? ' in that period' : ''}${report.rollup ? '' : ' — try --rollup to count their wings, agencies and officials'}`);
    return `${out.join('\n')}\n`;
  }
  out.push(`${plural(events.length, 'event')} from ${plural(report.reports, 'report')} in ${plural(report.documents, 'document')}`);
  if (report.truncated) out.push('(only the first rows were read: narrow the question with --from/--to)');
  out.push('', eventTable(report, names, chars, full));
  out.push('', `Relation state by ${report.period} (score: the weights of the period's events, cooperative + and conflictual −; see src/graph/weights.ts)`);
  out.push(report.series.length > 0 ? stateTable(report.series, events, names, full ? 0 : 70, '  ') : '  no dated events');
  if (report.flows.length > 0) out.push('', 'Flows (money and arms; cuts)', flowsTable(report.flows, names, full ? 0 : 60, '  '));
  if (report.conflicts.length > 0) out.push('', 'Disagreements', conflictsText(report.conflicts, names, full ? 0 : 80, '  '));
  return `${out.join('\n')}\n`;
}

function eventTable(report: DyadReport, names: Names, chars: number, full: boolean): string {
  const header = ['#', ...EVENT_HEADER];
  if (!full) {
    return renderTable(header, report.events.map((e, i) => [String(i + 1), ...eventCells(e, names, chars)]), { right: [0, 5], indent: '  ' });
  }
  // In full, every event is followed by its other reports: tables per event keep the columns aligned.
  const rows = report.events.map((e, i) => [String(i + 1), ...eventCells(e, names, 0)]);
  const table = renderTable(header, rows, { right: [0, 5], indent: '  ' }).split('\n');
  return [table[0]!, ...report.events.flatMap((e, i) => [table[i + 1]!, ...furtherReports(e, '        ')])].join('\n');
}
