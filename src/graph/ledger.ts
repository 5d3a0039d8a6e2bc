// The funding ledger: money and arms flows (AID events) and cuts (SANCTION/withdraw,
// PLOVER's "reduce or stop aid") per patron, client and year, each figure in US
// dollars per year with the reports that give it. Figures are read per report, not
// per consolidated event: two articles on one pledge may disagree on its size, and
// the ledger shows both, side by side, with who claims each.
import type { Amount, Modality } from '../contract.ts';
import type { EventRow } from '../store/store.ts';
import type { ConsolidatedEvent } from './consolidate.ts';
import { sameFigure, toUsdPerYear, type Basis } from './usd.ts';

/** A flow, a promise of one, a cut, or a denial that either happened ("never cut their channel"). */
export type FlowKind = 'aid' | 'pledge' | 'aid denied' | 'cut' | 'cut denied';

export interface Figure {
  usdPerYear: number | null;
  /** The amount as the first report writes it. */
  amount: Amount;
  basis: Basis;
  /** Who says so: the attributed source, else the outlet, else the document. */
  claimedBy: string[];
  reports: EventRow[];
}

export interface FlowLine {
  /** The year of the flow, or null when no report dates it. */
  year: string | null;
  patron: string;
  client: string;
  kind: FlowKind;
  modes: string[];
  /** Distinct figures, largest first; empty when no report states an amount. */
  figures: Figure[];
  /** Two or more figures that disagree (by more than 10%) for the same flow and year. */
  disputed: boolean;
  events: ConsolidatedEvent[];
  sources: number;
}

export function isFlow(event: Pick<ConsolidatedEvent, 'type' | 'mode'>): boolean {
  return event.type === 'AID' || (event.type === 'SANCTION' && event.mode === 'withdraw');
}

const PLEDGE: ReadonlySet<Modality> = new Set(['pledged', 'planned', 'threatened']);

export function flowKind(event: ConsolidatedEvent): FlowKind {
  if (event.type === 'SANCTION') return event.negated ? 'cut denied' : 'cut';
  if (event.negated) return 'aid denied';
  return PLEDGE.has(event.modality) ? 'pledge' : 'aid';
}

export function buildLedger(events: readonly ConsolidatedEvent[], nameOf: (id: string) => string): FlowLine[] {
  const lines = new Map<string, FlowLine>();
  for (const event of events) {
    if (!isFlow(event) || event.target === null) continue;
    const year = event.date?.value.slice(0, 4) ?? null;
    const kind = flowKind(event);
    const key = [year ?? '', event.source, event.target, kind].join('\u0000');
    const line = lines.get(key) ?? {
      year, patron: event.source, client: event.target, kind, modes: [], figures: [], disputed: false, events: [], sources: 0,
    };
    line.events.push(event);
    if (event.mode && !line.modes.includes(event.mode)) line.modes.push(event.mode);
    for (const report of event.reports) if (report.event.amount) addFigure(line.figures, report, nameOf);
    lines.set(key, line);
  }
  for (const line of lines.values()) {
    line.figures.sort((a, b) => (b.usdPerYear ?? b.amount.value) - (a.usdPerYear ?? a.amount.value));
    line.disputed = line.figures.length > 1;
    line.sources = new Set(line.events.flatMap((e) => e.reports.map((r) => r.document.id))).size;
  }
  return [...lines.values()].sort((a, b) =>
    (a.year ?? '\uffff').localeCompare(b.year ?? '\uffff') || a.patron.localeCompare(b.patron)
    || a.client.localeCompare(b.client) || a.kind.localeCompare(b.kind));
}

function addFigure(figures: Figure[], report: EventRow, nameOf: (id: string) => string): void {
  const amount = report.event.amount!;
  const { usdPerYear, basis } = toUsdPerYear(amount);
  const claimant = claimantOf(report, nameOf);
  const same = figures.find((f) => usdPerYear !== null && f.usdPerYear !== null
    ? sameFigure(f.usdPerYear, usdPerYear)
    : f.amount.currency === amount.currency && sameFigure(f.amount.value, amount.value));
  if (same) {
    same.reports.push(report);
    if (!same.claimedBy.includes(claimant)) same.claimedBy.push(claimant);
  } else {
    figures.push({ usdPerYear, amount, basis, claimedBy: [claimant], reports: [report] });
  }
}

export function claimantOf(report: EventRow, nameOf: (id: string) => string): string {
  const where = report.document.outlet ?? report.document.source.split(/[\\/]/).at(-1) ?? report.document.source;
  return report.event.attribution === null ? where : `${nameOf(report.event.attribution)} (${where})`;
}
