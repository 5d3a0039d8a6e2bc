// Every input is untrusted. Each hostile input below is generated here and given to
// the real `entente ingest`, one kind per run, all into the same database that
// already holds earlier articles. Each must be processed correctly or refused with
// one line naming it and the reason; the process must never crash or hang, its
// memory must stay bounded, and the earlier data must come out untouched.
import { describe, it, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli.ts';
import { query } from '../helpers/db.ts';
import { article } from '../helpers/articles.ts';
import { failureLines, runMeasured, type Measured } from './measure.ts';
import { documentDigests, entityNames, integrity } from './db-digest.ts';
import {
  billionLaughsFeed, externalDtdFeed, hostileHtml, hostileJsonl, hostileMarkdown, invalidUtf8Bytes, latin1Bytes,
  noise, pngBytes, utf16, windows1256Bytes, writeGoodArticles, writeLinkLoops, xxeFeed, zipBytes,
} from './hostile-files.ts';

/** Past this a run is hung, not slow: it is killed and the test fails. */
const HANG_MS = 120_000;
/**
 * Each of these inputs is small: a run over one kind of them takes a second or two,
 * ten times that on a machine loaded by other work.
 */
const SLOW_MS = 30_000;
/** Node, the TypeScript loader, SQLite and the parsers take about 150 MB before any input. */
const MEMORY_MB = 400;

const LINE = /^entente: [^\n]+: [^\n]+$/;

interface Summary {
  documents: number;
  new: number;
  unchanged: number;
  duplicate: number;
  failed: number;
}

describe('hostile inputs', () => {
  const tmp = tempDir('hostile');
  after(tmp.remove);
  const cwd = tmp.dir;
  const db = join(cwd, 'shared.db');
  let earlier = new Map<string, string>();
  let earlierEntities = new Set<string>();

  /** One ingest run into the shared database, checked for the things every run must do. */
  function ingest(t: TestContext | null, args: string[], options: { input?: Buffer | string } = {}): Measured & { summary: Summary; lines: string[] } {
    const run = runMeasured(['ingest', ...args, '--db', 'shared.db', '--json', '--quiet'], { cwd, timeoutMs: HANG_MS, ...options });
    t?.diagnostic(`${args.join(' ')}: ${Math.round(run.ms)} ms, peak ${run.peakMb?.toFixed(0)} MB, exit ${run.status}`);
    assert.equal(run.timedOut, false, `hung: killed after ${HANG_MS / 1000} s\n${run.stderr}`);
    assert.equal(run.signal, null, `crashed with ${run.signal}\n${run.stderr}`);
    assert.ok(run.status === 0 || run.status === 1, `exit status ${run.status}\n${run.stderr}`);
    assert.ok(run.ms < SLOW_MS, `took ${Math.round(run.ms)} ms`);
    assert.ok(run.peakMb !== null && run.peakMb < MEMORY_MB, `peak memory ${run.peakMb?.toFixed(0)} MB`);
    const lines = failureLines(run.stderr);
    for (const line of lines) {
      assert.match(line, LINE, 'one line per failure: "entente: SOURCE: REASON"');
      assert.ok(!line.includes('\u001b'), `no terminal escape reaches the terminal: ${JSON.stringify(line)}`);
    }
    const summary = JSON.parse(run.stdout) as Summary;
    assert.equal(summary.failed, lines.length, 'one line for each failure counted');
    assert.equal(run.status, summary.failed > 0 ? 1 : 0, 'exit status 1 exactly when something failed');
    return { ...run, summary, lines };
  }

  /** The line for `source` matches `reason`; returns the reason. */
  function refusal(lines: string[], source: string, reason: RegExp): string {
    const prefix = `entente: ${source}: `;
    const line = lines.find((l) => l.startsWith(prefix));
    assert.ok(line, `a line for ${JSON.stringify(source)} in:\n${lines.join('\n')}`);
    assert.match(line.slice(prefix.length), reason);
    return line.slice(prefix.length);
  }

  function storedText(source: string): string | undefined {
    return query<{ text: string }>(db, 'SELECT text FROM documents WHERE source = ?', source)[0]?.text;
  }

  const MUST_NOT_APPEAR = /MUST_NOT_APPEAR|steal\(|alert\(|javascript:|document\.cookie/;

  before(() => {
    writeGoodArticles(join(cwd, 'earlier'), 12, 200);
    const run = ingest(null, ['earlier']);
    assert.equal(run.summary.new, 12, run.stderr);
    earlier = documentDigests(db, { withIngestTime: true });
    earlierEntities = entityNames(db);
    assert.equal(earlier.size, 12);
  });

  it('empty and blank files are refused as empty', (t) => {
    mkdirSync(join(cwd, 'empty'));
    writeFileSync(join(cwd, 'empty', 'empty.txt'), '');
    writeFileSync(join(cwd, 'empty', 'blank.md'), ' \n\t\n\r\n');
    writeFileSync(join(cwd, 'empty', 'bom-only.txt'), '\ufeff');
    writeFileSync(join(cwd, 'empty', 'empty.jsonl'), '\n\n');
    writeFileSync(join(cwd, 'empty', 'empty.html'), '<html><body><script>x()</script></body></html>');
    const run = ingest(t, ['empty']);
    assert.equal(run.lines.length, 5);
    refusal(run.lines, 'empty/empty.txt', /^empty file$/);
    refusal(run.lines, 'empty/blank.md', /^empty file \(only blank space\)$/);
    refusal(run.lines, 'empty/bom-only.txt', /empty file/);
    refusal(run.lines, 'empty/empty.jsonl', /empty file|no records/);
    refusal(run.lines, 'empty/empty.html', /no readable text/);
  });

  it('images, archives and random bytes are refused as binary, named by type where known', (t) => {
    mkdirSync(join(cwd, 'binary'));
    writeFileSync(join(cwd, 'binary', 'photo.png'), pngBytes());
    writeFileSync(join(cwd, 'binary', 'photo.jpg.txt'), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), noise(3000, 3)]));
    writeFileSync(join(cwd, 'binary', 'story.zip'), zipBytes('story.txt', article(210).text));
    writeFileSync(join(cwd, 'binary', 'random.bin'), noise(200_000));
    writeFileSync(join(cwd, 'binary', 'random.txt'), noise(5000, 11));
    // A download cut short: 70 KB of text, then zeros where the rest should be.
    writeFileSync(join(cwd, 'binary', 'truncated.txt'), Buffer.concat([Buffer.from(article(211).text.repeat(60)), Buffer.alloc(4096)]));
    const run = ingest(t, ['binary']);
    assert.equal(run.lines.length, 6);
    refusal(run.lines, 'binary/photo.png', /^binary file \(PNG image\), not an article$/);
    refusal(run.lines, 'binary/photo.jpg.txt', /^binary file \(JPEG image\)/);
    refusal(run.lines, 'binary/story.zip', /^binary file \(ZIP archive/);
    refusal(run.lines, 'binary/random.bin', /^binary file|not valid UTF-8/);
    refusal(run.lines, 'binary/random.txt', /^binary file|not valid UTF-8/);
    refusal(run.lines, 'binary/truncated.txt', /^text holds NUL/);
  });

  it('invalid UTF-8, Windows-1256 and ISO-8859-1 are refused with the encoding and the command to convert', (t) => {
    mkdirSync(join(cwd, 'encodings'));
    writeFileSync(join(cwd, 'encodings', 'damaged.txt'), invalidUtf8Bytes());
    writeFileSync(join(cwd, 'encodings', 'arabic-1256.txt'), windows1256Bytes());
    writeFileSync(join(cwd, 'encodings', 'latin1.txt'), latin1Bytes());
    const run = ingest(t, ['encodings']);
    assert.equal(run.lines.length, 3);
    refusal(run.lines, 'encodings/damaged.txt', /^not valid UTF-8/);
    refusal(run.lines, 'encodings/arabic-1256.txt', /^not valid UTF-8 \(looks like .*Windows-1256.*\); convert it with iconv -f WINDOWS-1256 -t UTF-8$/);
    refusal(run.lines, 'encodings/latin1.txt', /^not valid UTF-8 \(looks like .*ISO-8859-1\); convert it with iconv -f WINDOWS-1252 -t UTF-8$/);
  });

  it('UTF-16 with and without a byte-order mark, either byte order, is decoded and stored', (t) => {
    mkdirSync(join(cwd, 'utf16'));
    const files: [string, number, 'le' | 'be', boolean][] = [
      ['le-bom.txt', 220, 'le', true], ['be-bom.txt', 221, 'be', true], ['le.txt', 222, 'le', false], ['be.txt', 223, 'be', false],
    ];
    for (const [name, n, order, bom] of files) writeFileSync(join(cwd, 'utf16', name), utf16(`${article(n).title}\n\n${article(n).text}`, order, bom));
    // Arabic in UTF-16 without a BOM: the spaces give it away.
    writeFileSync(join(cwd, 'utf16', 'arabic-le.txt'), utf16('التقى إسماعيل هنية وزير الخارجية الإيراني في طهران يوم الاثنين. '.repeat(20), 'le', false));
    const run = ingest(t, ['utf16']);
    assert.deepEqual(run.lines, []);
    assert.equal(run.summary.new, 5);
    for (const [name, n] of files) {
      assert.ok(storedText(`utf16/${name}`)?.includes(article(n).paragraphs[0]!.slice(0, 80)), `${name} decoded`);
    }
    assert.match(storedText('utf16/arabic-le.txt') ?? '', /^التقى إسماعيل هنية/);
  });

  it('HTML with 10,000 nested elements, scripts, styles, iframes and event handlers: the article text and nothing else', (t) => {
    mkdirSync(join(cwd, 'html'));
    writeFileSync(join(cwd, 'html', 'nested.html'), hostileHtml(10_000));
    // Bare text and a fragment saved as .html (the first one used to stop the whole run).
    writeFileSync(join(cwd, 'html', 'bare-text.html'), `${article(311).text}\n`);
    writeFileSync(join(cwd, 'html', 'fragment.html'), article(312).paragraphs.map((p) => `<p onclick="steal()">${p}</p>`).join('\n'));
    const run = ingest(t, ['html']);
    assert.deepEqual(run.lines, []);
    assert.equal(run.summary.new, 3);
    const nested = storedText('html/nested.html') ?? '';
    for (const paragraph of article(310).paragraphs) assert.ok(nested.includes(paragraph), 'every paragraph kept');
    for (const [source, text] of [['nested.html', nested], ['bare-text.html', storedText('html/bare-text.html')], ['fragment.html', storedText('html/fragment.html')]]) {
      assert.ok(text, `${source} stored`);
      assert.doesNotMatch(text, MUST_NOT_APPEAR, source);
    }
    assert.ok(storedText('html/fragment.html')?.includes(article(312).paragraphs[3]!));
    const [meta] = query<{ title: string; published: string }>(db, "SELECT title, published FROM documents WHERE source = 'html/nested.html'");
    assert.deepEqual(meta, { title: article(310).title, published: '2016-04-21' });
  });

  it('Markdown with embedded HTML keeps the prose and drops scripts, styles, iframes and handlers', (t) => {
    mkdirSync(join(cwd, 'markdown'));
    writeFileSync(join(cwd, 'markdown', 'note.md'), hostileMarkdown());
    const run = ingest(t, ['markdown']);
    assert.deepEqual(run.lines, []);
    const text = storedText('markdown/note.md') ?? '';
    assert.doesNotMatch(text, MUST_NOT_APPEAR);
    for (const paragraph of article(320).paragraphs) assert.ok(text.includes(paragraph.slice(0, 60)), 'every paragraph kept');
    const [meta] = query<{ title: string; published: string }>(db, "SELECT title, published FROM documents WHERE source = 'markdown/note.md'");
    assert.deepEqual(meta, { title: article(320).title, published: '2016-04-21' });
  });

  it('JSON Lines: good records stored; broken, huge, nested and non-object lines each refused on their own line', (t) => {
    mkdirSync(join(cwd, 'jsonl'));
    const { text, good, bad } = hostileJsonl();
    writeFileSync(join(cwd, 'jsonl', 'wire.jsonl'), text);
    const run = ingest(t, ['jsonl']);
    assert.equal(run.lines.length, bad.length, run.stderr);
    for (const n of bad) refusal(run.lines, `jsonl/wire.jsonl#${n}`, new RegExp(`^line ${n} |^text holds NUL`));
    refusal(run.lines, 'jsonl/wire.jsonl#10', /^text holds NUL or control characters/);
    const stored = query<{ source: string }>(db, "SELECT source FROM documents WHERE source LIKE 'jsonl/%' ORDER BY source").map((r) => r.source);
    assert.deepEqual(stored.sort(), good.map((n) => `jsonl/wire.jsonl#${n}`).sort());
  });

  it('RSS with external entities (XXE) or billion-laughs expansion is refused before parsing; an external DTD is never fetched', (t) => {
    mkdirSync(join(cwd, 'feeds'));
    const secret = join(cwd, 'secret.txt');
    writeFileSync(secret, 'SECRET_FILE_CONTENT_MUST_NOT_APPEAR');
    writeFileSync(join(cwd, 'feeds', 'xxe.rss'), xxeFeed(secret));
    writeFileSync(join(cwd, 'feeds', 'laughs.xml'), billionLaughsFeed());
    writeFileSync(join(cwd, 'feeds', 'laughs-sniffed'), billionLaughsFeed());
    writeFileSync(join(cwd, 'feeds', 'external-dtd.rss'), externalDtdFeed());
    const run = ingest(t, ['feeds']);
    assert.equal(run.lines.length, 3);
    refusal(run.lines, 'feeds/xxe.rss', /^feed declares XML entities; refused for safety$/);
    refusal(run.lines, 'feeds/laughs.xml', /^feed declares XML entities; refused for safety$/);
    refusal(run.lines, 'feeds/laughs-sniffed', /^feed declares XML entities; refused for safety$/);
    assert.ok(storedText('feeds/external-dtd.rss#1')?.includes(article(341).paragraphs[0]!.slice(0, 60)));
    assert.equal(query(db, "SELECT 1 FROM documents WHERE text LIKE '%SECRET_FILE%' OR text LIKE '%lollol%'").length, 0);
    assert.ok(run.peakMb! < 250, `no expansion: ${run.peakMb?.toFixed(0)} MB`);
  });

  it('file names with spaces, line breaks, escapes, bidi overrides, non-ASCII and non-UTF-8 bytes', (t) => {
    const dir = join(cwd, 'names');
    mkdirSync(dir);
    const good: [string, number][] = [
      ['with space.txt', 230], ['line\nbreak.txt', 231], ['تقرير غزة.txt', 232], ['emoji 🇮🇷 ÿ—.md', 233], ['-starts-with-dash.txt', 234],
      ['quote\'s "name".txt', 235],
    ];
    for (const [name, n] of good) writeFileSync(join(dir, name), `${article(n).title}\n\n${article(n).text}\n`);
    writeFileSync(join(dir, 'bad\nline.txt'), '');
    writeFileSync(join(dir, 'red\u001b[31m.txt'), pngBytes());
    writeFileSync(join(dir, 'invoice\u202etxt.md'), '');
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/latin1-caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), article(236).text);
    const run = ingest(t, ['names']);
    assert.equal(run.lines.length, 4, run.stderr);
    refusal(run.lines, 'names/bad\\nline.txt', /^empty file$/);
    refusal(run.lines, 'names/red\\u001b[31m.txt', /^binary file \(PNG image\)/);
    refusal(run.lines, 'names/invoice\\u202etxt.md', /^empty file$/);
    refusal(run.lines, 'names/latin1-caf\\xe9.txt', /not valid UTF-8.*rename/);
    for (const [name, n] of good) {
      assert.ok(storedText(`names/${name}`)?.includes(article(n).paragraphs[0]!), `${JSON.stringify(name)} stored under its exact name`);
    }
  });

  it('entente extract also reports a badly named input on one line', () => {
    const run = runMeasured(['extract', 'names/bad\nline.txt', 'names/red\u001b[31m.txt'], { cwd, timeoutMs: HANG_MS });
    assert.equal(run.status, 1);
    assert.deepEqual(failureLines(run.stderr), [
      'entente: names/bad\\nline.txt: empty file',
      'entente: names/red\\u001b[31m.txt: binary file (PNG image), not an article',
    ]);
  });

  it('symbolic-link loops in a folder are reported once each and not followed', (t) => {
    writeLinkLoops(join(cwd, 'loops'));
    const run = ingest(t, ['loops']);
    assert.equal(run.summary.new, 1);
    assert.equal(run.lines.length, 4, run.stderr);
    for (const link of ['self', 'inner/deeper/up', 'ping', 'pong']) refusal(run.lines, `loops/${link}`, /symbolic link loop/);
    assert.ok(storedText('loops/inner/deeper/story.txt'));
    const glob = ingest(t, ['loops/**']);
    assert.deepEqual([glob.summary.new, glob.summary.unchanged, glob.lines.length], [0, 1, 4]);
  });

  it('all of them in one run: every good input stored, every bad one reported, nothing stops the run', (t) => {
    const run = runMeasured(['ingest', 'empty', 'binary', 'encodings', 'utf16', 'html', 'markdown', 'jsonl', 'feeds', 'names', 'loops', 'earlier',
      '--db', 'all.db', '--json', '--quiet'], { cwd, timeoutMs: HANG_MS });
    assert.equal(run.timedOut, false);
    assert.equal(run.status, 1, run.stderr);
    const summary = JSON.parse(run.stdout) as Summary;
    const lines = failureLines(run.stderr);
    assert.equal(summary.failed, lines.length);
    assert.equal(lines.length, 5 + 6 + 3 + hostileJsonl().bad.length + 3 + 4 + 4);
    const shared = new Set(query<{ source: string }>(db, 'SELECT source FROM documents').map((r) => r.source));
    const all = new Set(query<{ source: string }>(join(cwd, 'all.db'), 'SELECT source FROM documents').map((r) => r.source));
    assert.deepEqual([...all].sort(), [...shared].sort(), 'the same documents as the runs one kind at a time');
  });

  it('leaves the earlier documents, their facts and their entities exactly as they were', (t) => {
    assert.deepEqual(integrity(db), { integrity: 'ok', foreignKeyViolations: 0 });
    const now = documentDigests(db, { withIngestTime: true });
    for (const [source, digest] of earlier) assert.equal(now.get(source), digest, `${source} unchanged`);
    const entities = entityNames(db);
    for (const entity of earlierEntities) assert.ok(entities.has(entity), `entity ${entity} kept its name and kind`);
  });
});
