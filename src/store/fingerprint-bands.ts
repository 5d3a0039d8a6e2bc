// How a 64-bit SimHash is kept in a database so that near copies can be found by
// an index instead of a scan. The fingerprint is cut into BANDS 16-bit pieces: two
// fingerprints that differ in at most BANDS - 1 bits share at least one piece
// exactly (pigeonhole), so "same value in any band" finds every candidate and the
// exact distance is then checked on those few rows only.

export const BANDS = 4;
const BAND_BITS = 16n;
const BAND_MASK = (1n << BAND_BITS) - 1n;
const MASK_64 = (1n << 64n) - 1n;

/** 16 lower-case hex digits: sorts and compares the same in every database. */
export function fingerprintToHex(fp: bigint): string {
  return (fp & MASK_64).toString(16).padStart(16, '0');
}

export function fingerprintFromHex(hex: string): bigint {
  return BigInt(`0x${hex}`);
}

/** The BANDS 16-bit pieces of a fingerprint, lowest first. */
export function fingerprintBands(fp: bigint): number[] {
  const bands: number[] = [];
  for (let i = 0n; i < BigInt(BANDS); i++) {
    bands.push(Number((fp >> (i * BAND_BITS)) & BAND_MASK));
  }
  return bands;
}

