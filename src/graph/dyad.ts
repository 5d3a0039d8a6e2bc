// The dyad report: two actors' consolidated events in date order, the relation
// state per period with the events behind each change, the flows between them, and
// the claims about them that contradict each other.
import type { ConsolidatedEvent } from './consolidate.ts';
import type { Period } from './dates.ts';
import type { EventSet } from './load-events.ts';
import type { ActorRef } from './profile.ts';
import { relationSeries, type StatePeriod } from './relation-state.ts';
import { buildLedger, type FlowLine } from './ledger.ts';
import { amountConflicts, polarityConflicts, sortConflicts, type Contradiction } from './conflicts.ts';
import { describeFigure } from './render/figure.ts';

export interface DyadReport {
  a: ActorRef;
  b: ActorRef;
  rollup: boolean;
  from: string | null;
  to: string | null;
  period: Period;
  events: ConsolidatedEvent[];
  series: StatePeriod[];
  flows: FlowLine[];
  conflicts: Contradiction[];
  reports: number;
  documents: number;
  truncated: boolean;
}

export interface DyadOptions {
  rollup: boolean;
  from?: string;
  to?: string;
  period: Period;
}

export function buildDyad(set: EventSet, a: ActorRef, b: ActorRef, options: DyadOptions): DyadReport {
  const nameOf = (id: string) => set.names.get(id)?.name ?? id;
  const flows = buildLedger(set.events, nameOf);
  return {
    a, b,
    rollup: options.rollup,
    from: options.from ?? null,
    to: options.to ?? null,
    period: options.period,
    events: set.events,
    series: relationSeries(set.events, options.period),
    flows,
    conflicts: sortConflicts([...polarityConflicts(set.events), ...amountConflicts(flows, describeFigure)]),
    reports: set.events.reduce((n, e) => n + e.reports.length, 0),
    documents: new Set(set.events.flatMap((e) => e.reports.map((r) => r.document.id))).size,
    truncated: set.truncated,
  };
}
