// Score floors for CI: `entente eval --min-f1 0.45` fails the build when a change
// lowers quality.
import type { Figures } from './report.ts';

export interface Floors {
  f1?: number;
  recall?: number;
  precision?: number;
  coreRecall?: number;
}

const LABELS: Record<keyof Floors, string> = { f1: 'F1', recall: 'recall', precision: 'precision', coreRecall: 'core recall' };

// Two decimals read best, but "0.45 is below the floor 0.45" would puzzle anyone:
// widen until the shown value differs from the floor.
function show(value: number, floor: number): string {
  for (const digits of [2, 3, 4]) {
    const s = value.toFixed(digits);
    if (Number(s) < floor) return s;
  }
  return String(value);
}

/** null when every floor holds; otherwise one line naming each figure below its floor. */
export function checkFloors(totals: Figures, floors: Floors): string | null {
  const failures: string[] = [];
  for (const key of Object.keys(LABELS) as Array<keyof Floors>) {
    const floor = floors[key];
    if (floor === undefined) continue;
    const value = totals[key];
    // A figure with no denominator ("n/a") cannot demonstrate it meets a floor.
    if (value === null) failures.push(`${LABELS[key]} n/a is below the floor ${floor}`);
    else if (value < floor) failures.push(`${LABELS[key]} ${show(value, floor)} is below the floor ${floor}`);
  }
  return failures.length === 0 ? null : failures.join('; ');
}
