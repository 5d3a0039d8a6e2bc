// Contradictions as text: what is disputed, then each side with its reports, each
// report with where it was read and its evidence sentence.
import type { Contradiction } from '../conflicts.ts';
import { claimantOf } from '../ledger.ts';
import { nameIn, type Names } from '../load-events.ts';
import { typeLabel } from './event-cells.ts';
import { shorten } from './table.ts';

export function conflictsText(conflicts: readonly Contradiction[], names: Names, evidenceChars: number, indent = ''): string {
  const lines: string[] = [];
  for (const c of conflicts) {
    const actors = c.target === null ? nameIn(names, c.source) : `${nameIn(names, c.source)} → ${nameIn(names, c.target)}`;
    const what = c.kind === 'amount' ? 'figures differ' : 'said to happen and not to';
    lines.push(`${indent}${c.year}  ${typeLabel({ type: c.type, mode: c.mode, negated: false, modality: 'asserted' })}  ${actors}  (${what})`);
    const width = Math.max(...c.sides.map((s) => s.claim.length));
    for (const side of c.sides) {
      side.reports.forEach((report, i) => {
        const label = i === 0 ? `${side.claim}:`.padEnd(width + 1) : ' '.repeat(width + 1);
        const when = report.document.published ? `, ${report.document.published}` : '';
        lines.push(`${indent}  ${label}  ${claimantOf(report, (id) => nameIn(names, id))}${when}: “${shorten(report.event.evidence.text, evidenceChars)}”`);
      });
    }
  }
  return lines.join('\n');
}
