// Which reports of one type between the same actors are the same event, by date.
// - Day-dated reports within WINDOW_DAYS of the first report of a cluster are one
//   event: articles date the same meeting a day or two apart ("on Monday" read
//   against different datelines, a date taken from the publication).
// - A report dated only to a month or a year joins the one finer cluster it overlaps
//   ("in February 2016" is the 18 February visit when that is the only one); when it
//   overlaps none or several, it joins reports with the same month or year.
// - Undated reports are never merged: nothing says two of them are one event.
import type { LeveledReport } from './consolidate.ts';
import { dayInterval, gapDays, type DayInterval } from './dates.ts';

export const WINDOW_DAYS = 7;

interface Cluster {
  interval: DayInterval;
  /** The date value coarse reports group by ("2016", "2016-02"), or null for day clusters. */
  value: string | null;
  reports: LeveledReport[];
}

export function clusterByDate(reports: readonly LeveledReport[]): LeveledReport[][] {
  const undated: LeveledReport[][] = [];
  const byPrecision: Record<'day' | 'month' | 'year', { report: LeveledReport; interval: DayInterval }[]> = { day: [], month: [], year: [] };
  for (const report of reports) {
    const date = report.row.event.date;
    const interval = date === null ? null : dayInterval(date.value);
    if (date === null || interval === null) undated.push([report]);
    else byPrecision[date.precision].push({ report, interval });
  }

  const clusters: Cluster[] = [];
  const days = byPrecision.day.sort((a, b) => a.interval.start - b.interval.start);
  for (const { report, interval } of days) {
    const last = clusters.at(-1);
    if (last && interval.start - last.interval.start <= WINDOW_DAYS) {
      last.reports.push(report);
      last.interval = { start: last.interval.start, end: Math.max(last.interval.end, interval.end) };
    } else {
      clusters.push({ interval, value: null, reports: [report] });
    }
  }
  for (const precision of ['month', 'year'] as const) {
    const finer = [...clusters];
    for (const { report, interval } of byPrecision[precision]) {
      const overlapping = finer.filter((c) => gapDays(c.interval, interval) === 0);
      const value = report.row.event.date!.value;
      const target = overlapping.length === 1 ? overlapping[0]! : clusters.find((c) => c.value === value);
      if (target) target.reports.push(report);
      else clusters.push({ interval, value, reports: [report] });
    }
  }
  return [...clusters.map((c) => c.reports), ...undated];
}
