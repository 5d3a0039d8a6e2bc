// CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a field quoted when it
// holds a comma, a quote or a line break, quotes inside doubled. Spreadsheets and
// neo4j-admin read it alike.

export type CsvValue = string | number | boolean | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
