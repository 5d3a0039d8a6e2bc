// A ledger line as stable JSON.
import type { FlowLine } from '../ledger.ts';
import type { Names } from '../load-events.ts';
import { refJson, reportJson } from './event-json.ts';

export function flowJson(line: FlowLine, names: Names) {
  return {
    year: line.year,
    patron: refJson(line.patron, names),
    client: refJson(line.client, names),
    kind: line.kind,
    modes: line.modes,
    disputed: line.disputed,
    sources: line.sources,
    events: line.events.map((e) => e.id),
    figures: line.figures.map((f) => ({
      usdPerYear: f.usdPerYear,
      basis: f.basis,
      amount: f.amount,
      claimedBy: f.claimedBy,
      reports: f.reports.map((r) => reportJson(r, names)),
    })),
    // Flows with no stated amount still show what says they happened.
    reports: line.figures.length > 0 ? [] : line.events.flatMap((e) => e.reports.map((r) => reportJson(r, names))),
  };
}
