// `entente dyad --format json`: the whole report, stable in shape and order.
import type { DyadReport } from '../dyad.ts';
import type { Names } from '../load-events.ts';
import { eventJson, refJson } from './event-json.ts';
import { flowJson } from './flows-json.ts';
import { conflictJson } from './conflicts-json.ts';

export function dyadJson(report: DyadReport, names: Names) {
  return {
    a: refJson(report.a.id, names),
    b: refJson(report.b.id, names),
    rollup: report.rollup,
    from: report.from,
    to: report.to,
    period: report.period,
    counts: { events: report.events.length, reports: report.reports, documents: report.documents },
    truncated: report.truncated,
    events: report.events.map((e) => eventJson(e, names)),
    state: report.series.map((p) => ({
      period: p.period, score: p.score, warmth: p.warmth, coldness: p.coldness, events: p.events,
      state: p.state, changed: p.changed, causes: p.causes,
    })),
    flows: report.flows.map((line) => flowJson(line, names)),
    conflicts: report.conflicts.map((c) => conflictJson(c, names)),
  };
}
