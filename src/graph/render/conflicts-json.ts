// A contradiction as stable JSON: both sides, each with its reports and evidence.
import type { Contradiction } from '../conflicts.ts';
import type { Names } from '../load-events.ts';
import { refJson, reportJson } from './event-json.ts';

export function conflictJson(c: Contradiction, names: Names) {
  return {
    kind: c.kind,
    year: c.year,
    type: c.type,
    mode: c.mode,
    source: refJson(c.source, names),
    target: refJson(c.target, names),
    sides: c.sides.map((side) => ({
      claim: side.claim,
      events: side.events,
      reports: side.reports.map((r) => reportJson(r, names)),
    })),
  };
}
