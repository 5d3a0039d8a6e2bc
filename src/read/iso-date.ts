// Container dates (feed pubDate, HTML meta, JSON records) to ISO partial dates.
// The date is kept as the publisher wrote it: "Tue, 10 Jun 2003 23:30:00 -0500" is
// 2003-06-10, not shifted to the next day in UTC.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

function valid(year: number, month?: number, day?: number): boolean {
  if (year < 1900 || year > 2100) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2016", "2016-04", "2016-04-21" (with or without a time), "Tue, 10 Jun 2003 ..." → ISO partial, else null. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined];
    if (!valid(year, month, day)) return null;
    return [iso[1], iso[2], iso[3]].filter(Boolean).join('-');
  }
  // RFC 822 as in RSS: optional weekday, day, month name, year.
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\b/.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    let year = Number(rfc[3]);
    if (rfc[3]!.length === 2) year += year < 70 ? 2000 : 1900;
    const day = Number(rfc[1]);
    return month > 0 && valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  return null;
}
