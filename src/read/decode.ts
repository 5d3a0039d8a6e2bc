// Bytes to text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised by
// its zero bytes); anything else is refused with a reason that says what to do.
import { magicName, looksBinary, textLooksBinary } from './sniff-binary.ts';
import { guessLegacyEncoding, mostlyUtf8 } from './legacy-encoding.ts';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const NOT_ARTICLE = 'not an article';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a BOM: ASCII characters (spaces, digits, punctuation, Latin letters)
 * put a zero in every other byte. Zeros at one parity and almost none at the other
 * is UTF-16; binary data has its zeros anywhere.
 */
export function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, 8192) & ~1;
  if (end < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = end / 2;
  if (oddZeros / pairs >= 0.1 && evenZeros / pairs < 0.02) return 'utf-16le';
  if (evenZeros / pairs >= 0.1 && oddZeros / pairs < 0.02) return 'utf-16be';
  return null;
}

function decodeAs(bytes: Uint8Array, encoding: string, label: string): Decoded {
  let text: string;
  try {
    // fatal: a malformed sequence is an error, never a silent U+FFFD in an actor's name.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `not valid ${label} text; check the file's encoding` };
  }
  if (textLooksBinary(text)) return { ok: false, reason: `binary file, ${NOT_ARTICLE}` };
  return { ok: true, text, encoding: label };
}

function invalidUtf8(bytes: Uint8Array): string {
  const { valid, invalid } = mostlyUtf8(bytes);
  if (valid > invalid * 4) {
    return `not valid UTF-8 (mostly UTF-8 with ${invalid} damaged byte sequence${invalid === 1 ? '' : 's'}; the file may be truncated or mixed)`;
  }
  const guess = guessLegacyEncoding(bytes);
  return `not valid UTF-8 (looks like ${guess.description}); convert it with iconv -f ${guess.iconvName} -t UTF-8`;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const magic = magicName(bytes);
  if (magic) return { ok: false, reason: `binary file (${magic}), ${NOT_ARTICLE}` };
  // UTF-32's BOM begins like UTF-16 LE's, so it is checked first.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, reason: 'UTF-32 text is not supported; convert it with iconv -f UTF-32 -t UTF-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeAs(bytes, 'utf-16le', 'UTF-16');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeAs(bytes, 'utf-16be', 'UTF-16');
  const utf16 = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? null : utf16ByZeros(bytes);
  if (utf16) return decodeAs(bytes, utf16, 'UTF-16');
  if (looksBinary(bytes)) return { ok: false, reason: `binary file, ${NOT_ARTICLE}` };
  try {
    // TextDecoder drops a leading UTF-8 BOM by itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { ok: false, reason: invalidUtf8(bytes) };
  }
}
