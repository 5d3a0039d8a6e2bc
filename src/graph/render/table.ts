// Plain terminal tables: a header, aligned columns, the last column free to run on
// (evidence), empty columns dropped. No colours, so output pipes and diffs cleanly.

export interface TableOptions {
  /** Columns aligned to the right (numbers). */
  right?: readonly number[];
  indent?: string;
}

export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => width(row[c] ?? ''))));
  const used = header.map((_, c) => rows.some((row) => (row[c] ?? '') !== ''));
  const last = used.lastIndexOf(true);
  const indent = options.indent ?? '';
  return all.map((row) => indent + row
    .map((cell, c) => {
      if (c === last) return cell;
      const pad = ' '.repeat(Math.max((widths[c] ?? 0) - width(cell), 0));
      return options.right?.includes(c) ? pad + cell : cell + pad;
    })
    .filter((_, c) => used[c] && c <= last)
    .join('  ')
    .trimEnd()).join('\n');
}

/** Display width: combining marks take no column. */
function width(text: string): number {
  return text.normalize('NFC').replace(/\p{M}/gu, '').length;
}

/** One line, at most `max` characters, cut at a word and marked "…"; `max` 0 keeps it whole. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (max <= 0 || flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The file name of a document source ("samples/07-x.txt" → "07-x.txt"). */
export function baseName(source: string): string {
  return source.split(/[\\/]/).at(-1) ?? source;
}

/** "+7.5" / "-3" / "0": signed scores for tables. */
export function signed(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return rounded > 0 ? `+${rounded}` : `${rounded}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
