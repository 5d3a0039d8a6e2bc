// Name the likely encoding of bytes that are not valid UTF-8, so the refusal can say
// how to convert the file. A guess from byte frequencies, never used to decode:
// reading a wrong guess silently would put garbled names into the graph.

export interface EncodingGuess {
  /** What the reason says: "an 8-bit Arabic legacy encoding such as Windows-1256 or ISO-8859-6". */
  description: string;
  /** The name iconv knows it by. */
  iconvName: string;
}

/** The most frequent letters of each script, at their byte values in that code page. */
const ARABIC_1256 = [0xc7, 0xe1]; // alef, lam: "al-" alone makes them the commonest bytes
const CYRILLIC_1251 = [0xee, 0xe0, 0xe8, 0xf2]; // o, a, i, t

const LATIN: EncodingGuess = {
  description: 'an 8-bit legacy encoding such as Windows-1252 or ISO-8859-1',
  iconvName: 'WINDOWS-1252',
};
const ARABIC: EncodingGuess = {
  description: 'an 8-bit Arabic legacy encoding such as Windows-1256 or ISO-8859-6',
  iconvName: 'WINDOWS-1256',
};
const CYRILLIC: EncodingGuess = {
  description: 'an 8-bit Cyrillic legacy encoding such as Windows-1251 or KOI8-R',
  iconvName: 'WINDOWS-1251',
};

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

export function guessLegacyEncoding(bytes: Uint8Array): EncodingGuess {
  const counts = new Array<number>(256).fill(0);
  for (const b of bytes) counts[b]!++;
  let high = 0;
  let ascii = 0;
  for (let b = 0; b < 256; b++) {
    if (b >= 0x80) high += counts[b]!;
    else if (isAsciiLetter(b)) ascii += counts[b]!;
  }
  // Western text is mostly ASCII letters with an accented letter here and there;
  // Arabic or Cyrillic text is mostly high bytes.
  if (high / Math.max(1, high + ascii) < 0.25) return LATIN;
  const score = (letters: number[]) => letters.reduce((sum, b) => sum + counts[b]!, 0);
  return score(ARABIC_1256) >= score(CYRILLIC_1251) ? ARABIC : CYRILLIC;
}

/**
 * Invalid UTF-8 that still holds many valid multi-byte characters is UTF-8 with a
 * few damaged bytes (a file cut mid-character, two files pasted together), not a
 * legacy encoding: say so instead of suggesting a conversion that would garble it.
 */
export function mostlyUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  let valid = 0;
  let invalid = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') invalid++;
    else if (ch.charCodeAt(0) >= 0x80) valid++;
  }
  return { valid, invalid };
}
