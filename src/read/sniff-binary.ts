// Tell binary files from text before decoding: known magic numbers first (so the
// reason can name the file type), then NUL bytes and the share of control bytes.

interface Magic {
  name: string;
  bytes: number[];
  /** Where the signature starts (most start at 0). */
  at?: number;
}

// Data, not code: add a signature here to name another file type.
const MAGIC: Magic[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive or Office document', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', bytes: [0x42, 0x5a, 0x68] },
  { name: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'WebP image', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { name: 'executable program', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { name: 'old Word/Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/** The name of the file type when the bytes start with a known signature. */
export function magicName(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) {
    const at = magic.at ?? 0;
    if (bytes.length >= at + magic.bytes.length && magic.bytes.every((b, i) => bytes[at + i] === b)) return magic.name;
  }
  return null;
}

/** How much of the start is looked at: enough to judge, cheap on large files. */
const SAMPLE = 64 * 1024;
/** Text has tabs and newlines, but almost never other control characters. */
const MAX_CONTROL_SHARE = 0.1;

function isControl(code: number): boolean {
  // Tab, line feed, form feed, carriage return and escape appear in real text files.
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b) || code === 0x7f;
}

/** Bytes that are not text: a NUL byte, or a high share of control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (isControl(b)) control++;
  }
  return end > 0 && control / end > MAX_CONTROL_SHARE;
}

/**
 * The same test on decoded text: after UTF-16 decoding (where NUL bytes are normal),
 * and on each document a reader returns. There a NUL anywhere counts, not only in the
 * sample: a download cut short and padded with zeros is text first, zeros after; a
 * JSON record may spell its NULs "\u0000". (The byte test looks at the sample only,
 * so that a JSON Lines file with one damaged line keeps its other records.)
 */
export function textLooksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const end = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) control++;
  }
  return end > 0 && control / end > MAX_CONTROL_SHARE;
}
