// Contradictions between claims:
// - polarity: for the same actors, type and year, one report says the event happened
//   and another that it did not (negated or denied): "relations are restored" against
//   "relations are still not repaired";
// - amount: the same flow in the same year with figures that disagree (ledger.ts).
// Each side keeps its reports, so both evidence sentences and sources can be shown.
import type { EventType } from '../contract.ts';
import type { EventRow } from '../store/store.ts';
import { SYMMETRIC_TYPES, type ConsolidatedEvent } from './consolidate.ts';
import type { FlowLine } from './ledger.ts';

export interface ClaimSide {
  /** What this side says: "happened", "did not happen", or a figure such as "$30m per year". */
  claim: string;
  /** Ids of the consolidated events on this side. */
  events: string[];
  /** The reports that make this claim, each with its evidence and document. */
  reports: EventRow[];
}

export interface Contradiction {
  kind: 'polarity' | 'amount';
  type: EventType;
  mode: string | null;
  source: string;
  target: string | null;
  /** The year both sides speak of. */
  year: string;
  sides: ClaimSide[];
}

export function polarityConflicts(events: readonly ConsolidatedEvent[]): Contradiction[] {
  const groups = new Map<string, ConsolidatedEvent[]>();
  for (const event of events) {
    if (event.date === null) continue;
    const actors = [event.source, event.target ?? ''];
    if (SYMMETRIC_TYPES.has(event.type)) actors.sort();
    const key = [event.type, ...actors, event.date.value.slice(0, 4)].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const found: Contradiction[] = [];
  for (const group of groups.values()) {
    const yes = group.filter((e) => !e.negated);
    const no = group.filter((e) => e.negated);
    if (yes.length === 0 || no.length === 0) continue;
    const lead = no[0]!;
    found.push({
      kind: 'polarity', type: lead.type, mode: lead.mode, source: lead.source, target: lead.target,
      year: lead.date!.value.slice(0, 4),
      sides: [side('happened', yes), side('did not happen', no)],
    });
  }
  return sortConflicts(found);
}

export function amountConflicts(lines: readonly FlowLine[], describe: (figure: FlowLine['figures'][number]) => string): Contradiction[] {
  return lines.filter((line) => line.disputed && line.year !== null).map((line) => ({
    kind: 'amount' as const,
    type: line.events[0]!.type,
    mode: line.modes[0] ?? null,
    source: line.patron,
    target: line.client,
    year: line.year!,
    sides: line.figures.map((figure) => ({
      claim: describe(figure),
      events: line.events.filter((e) => e.reports.some((r) => figure.reports.includes(r))).map((e) => e.id),
      reports: figure.reports,
    })),
  }));
}

function side(claim: string, events: ConsolidatedEvent[]): ClaimSide {
  return { claim, events: events.map((e) => e.id), reports: events.flatMap((e) => e.reports) };
}

export function sortConflicts(conflicts: Contradiction[]): Contradiction[] {
  return conflicts.sort((a, b) => a.year.localeCompare(b.year) || a.source.localeCompare(b.source)
    || (a.target ?? '').localeCompare(b.target ?? '') || a.type.localeCompare(b.type) || a.kind.localeCompare(b.kind));
}
