import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from './decode.ts';

const SENTENCE = 'Iran pledged new aid to the group, officials said on Monday.\n';
const ARABIC = 'قالت الحركة إن الوفد زار طهران الأسبوع الماضي والتقى بمسؤولين إيرانيين.\n';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes.push(...(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(bytes);
}

/** Encodes into a single-byte code page by inverting Node's own decoder for it. */
function singleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0x80; b < 0x100; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table.get(ch) ?? 0x3f)));
}

function decoded(bytes: Uint8Array): string {
  const result = decodeBytes(bytes);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.text;
}

function refused(bytes: Uint8Array): string {
  const result = decodeBytes(bytes);
  assert.equal(result.ok, false);
  return result.ok ? '' : result.reason;
}

test('UTF-8 without and with a BOM is read, the BOM dropped', () => {
  assert.equal(decoded(new TextEncoder().encode(SENTENCE + ARABIC)), SENTENCE + ARABIC);
  assert.equal(decoded(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCE)])), SENTENCE);
});

test('UTF-16 LE and BE with a BOM are decoded', () => {
  assert.equal(decoded(utf16(SENTENCE + ARABIC, 'le', true)), SENTENCE + ARABIC);
  assert.equal(decoded(utf16(SENTENCE + ARABIC, 'be', true)), SENTENCE + ARABIC);
});

test('UTF-16 without a BOM is recognised by its zero bytes, Arabic included', () => {
  assert.equal(decoded(utf16(SENTENCE.repeat(3), 'le', false)), SENTENCE.repeat(3));
  assert.equal(decoded(utf16(SENTENCE.repeat(3), 'be', false)), SENTENCE.repeat(3));
  assert.equal(decoded(utf16(ARABIC.repeat(3), 'le', false)), ARABIC.repeat(3));
});

test('Windows-1256 Arabic is refused, naming the encoding and the iconv command', () => {
  const reason = refused(singleByte(ARABIC.repeat(4), 'windows-1256'));
  assert.match(reason, /^not valid UTF-8 \(looks like an 8-bit Arabic legacy encoding such as Windows-1256/);
  assert.match(reason, /iconv -f WINDOWS-1256 -t UTF-8$/);
});

test('Windows-1252 Latin text and Windows-1251 Cyrillic text get their own advice', () => {
  const french = 'Le ministre a déclaré que les négociations reprendront à Genève après l’été.\n';
  assert.match(refused(singleByte(french.repeat(3), 'windows-1252')), /Windows-1252 or ISO-8859-1\); convert it with iconv -f WINDOWS-1252/);
  const russian = 'Министр заявил, что переговоры о помощи продолжатся в понедельник в Москве.\n';
  assert.match(refused(singleByte(russian.repeat(3), 'windows-1251')), /Cyrillic.*iconv -f WINDOWS-1251/);
});

test('UTF-8 with a damaged byte is not mistaken for a legacy encoding', () => {
  const good = new TextEncoder().encode(ARABIC.repeat(3));
  const damaged = Uint8Array.from([...good.slice(0, 40), 0xff, ...good.slice(40)]);
  assert.match(refused(damaged), /mostly UTF-8 with 1 damaged byte sequence/);
});

test('random bytes and known file signatures are refused as binary', () => {
  let seed = 7;
  const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
  assert.equal(refused(random), 'binary file, not an article');
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  assert.equal(refused(png), 'binary file (PNG image), not an article');
  assert.equal(refused(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')), 'binary file (PDF document), not an article');
  assert.equal(refused(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0])), 'binary file (gzip archive), not an article');
  assert.equal(refused(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])), 'binary file (JPEG image), not an article');
});

test('text with a high share of control bytes is binary, tabs and newlines are not', () => {
  const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  assert.equal(refused(controls), 'binary file, not an article');
  assert.equal(decoded(new TextEncoder().encode('a\tb\r\nc\fd\n')), 'a\tb\r\nc\fd\n');
});
