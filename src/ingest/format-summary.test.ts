import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatSummary } from './format-summary.ts';
import { renderProgress } from './progress-line.ts';

const summary = {
  documents: 31, new: 29, unchanged: 1, duplicate: 1, failed: 0, notAnalyzed: 0,
  events: 140, relations: 95, elapsedMs: 1234, interrupted: false,
};

describe('formatSummary', () => {
  it('says everything in one line', () => {
    assert.equal(formatSummary(summary),
      'ingested 31 documents: 29 new, 1 unchanged, 1 duplicate, 0 failed; 140 events, 95 relations in 1.2 s');
  });
  it('uses the singular and marks an interrupted run', () => {
    assert.equal(formatSummary({ ...summary, documents: 1, new: 1, unchanged: 0, duplicate: 0, events: 1, relations: 1, interrupted: true }),
      'interrupted: ingested 1 document: 1 new, 0 unchanged, 0 duplicate, 0 failed; 1 event, 1 relation in 1.2 s');
  });
});

describe('renderProgress', () => {
  it('shows a bar, the rate and an ETA when the total is known', () => {
    assert.equal(renderProgress({ inputsDone: 10, totalInputs: 40, documents: 10 }, 2000),
      '[#####---------------] 10/40 inputs · 10 documents · 5 docs/s · ETA 6.0 s');
  });
  it('shows only the count and rate for standard input', () => {
    assert.equal(renderProgress({ inputsDone: 1, totalInputs: null, documents: 300 }, 3000), '300 documents · 100 docs/s');
  });
});
