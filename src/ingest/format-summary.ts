// The one line `entente ingest` ends with, e.g.
// "ingested 31 documents: 29 new, 1 unchanged, 1 duplicate, 0 failed; 140 events, 95 relations in 1.2 s".
import type { IngestSummary } from './types.ts';

export function formatSummary(s: IngestSummary): string {
  const documents = `${s.documents} document${s.documents === 1 ? '' : 's'}`;
  const line =
    `ingested ${documents}: ${s.new} new, ${s.unchanged} unchanged, ${s.duplicate} duplicate, ${s.failed} failed; ` +
    `${s.events} event${s.events === 1 ? '' : 's'}, ${s.relations} relation${s.relations === 1 ? '' : 's'} ` +
    `in ${formatSeconds(s.elapsedMs)}`;
  return s.interrupted ? `interrupted: ${line}` : line;
}

export function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
