// The funding ledger as a table: one row per flow, patron and year; a disputed
// flow gets one row per figure, side by side under it, each with who claims it.
import type { FlowLine, Figure } from '../ledger.ts';
import { claimantOf } from '../ledger.ts';
import { nameIn, type Names } from '../load-events.ts';
import { describeFigure } from './figure.ts';
import { renderTable, shorten } from './table.ts';

export function flowLabel(line: FlowLine): string {
  if (line.kind === 'cut') return 'cut or reduced';
  if (line.kind === 'cut denied') return 'not cut (said)';
  const modes = line.modes.length > 0 ? `/${line.modes.join('+')}` : '';
  return `${line.kind} ${line.events[0]!.type}${modes}`;
}

export function flowsTable(lines: readonly FlowLine[], names: Names, evidenceChars: number, indent = ''): string {
  const rows: string[][] = [];
  for (const line of lines) {
    const head = [line.year ?? 'undated', `${nameIn(names, line.patron)} → ${nameIn(names, line.client)}`, flowLabel(line)];
    const blank = head.map(() => '');
    if (line.figures.length === 0) {
      const report = line.events[0]!.reports[0]!;
      rows.push([...head, 'amount not stated', claimantOf(report, (id) => nameIn(names, id)), String(line.sources),
        `“${shorten(report.event.evidence.text, evidenceChars)}”`]);
      continue;
    }
    line.figures.forEach((figure, i) => {
      rows.push([...(i === 0 ? head : blank), `${i === 0 ? '' : 'vs '}${describeFigure(figure)}`,
        figure.claimedBy.join('; '), String(new Set(figure.reports.map((r) => r.document.id)).size),
        `“${shorten(firstEvidence(figure), evidenceChars)}”`]);
    });
  }
  return renderTable(['year', 'patron → client', 'flow', 'figure (USD)', 'claimed by', 'srcs', 'evidence'], rows, { indent });
}

function firstEvidence(figure: Figure): string {
  return figure.reports[0]!.event.evidence.text;
}
