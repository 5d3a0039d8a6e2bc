// Scoring a corpus folder: each file is read and cleaned exactly as `entente extract`
// would, analysed, and scored against the gold items of its doc id (file name without
// extension).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { cleanDoc } from '../clean/index.ts';
import { analyze } from '../extract/index.ts';
import { DEFAULT_MAX_BYTES, readInput } from '../read/index.ts';
import type { Extraction } from '../contract.ts';
import { EvalInputError } from './gold.ts';
import type { GoldItem } from './gold.ts';
import type { AliasIndex } from './names.ts';
import type { DocResult } from './report.ts';
import { goldByDoc, scoreDocument } from './score.ts';

export interface CorpusFile {
  doc: string;
  path: string;
}

/** Regular, non-hidden files of `dir`, sorted by doc id. */
export function listCorpus(dir: string): CorpusFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new EvalInputError(`${dir}: cannot read the corpus folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const isFile = (path: string): boolean => {
    try {
      return statSync(path).isFile();
    } catch {
      return false; // a dangling link is not an article
    }
  };
  const files = names
    .filter((n) => !n.startsWith('.') && isFile(join(dir, n)))
    .map((n) => ({ doc: basename(n, extname(n)), path: join(dir, n) }))
    .sort((a, b) => a.doc.localeCompare(b.doc));
  const clash = files.find((f, i) => files[i - 1]?.doc === f.doc);
  // "a.txt" and "a.html" would both be scored against the gold of "a", counting it twice.
  if (clash) throw new EvalInputError(`${dir}: two corpus files share the doc id "${clash.doc}"`);
  return files;
}

interface Analysed {
  extraction: Extraction | null;
  docText: string;
  diagnostics: string[];
}

async function analyseFile(path: string): Promise<Analysed> {
  const read = await readInput(path, { maxBytes: DEFAULT_MAX_BYTES });
  if (!read.ok) return { extraction: null, docText: '', diagnostics: [`cannot read: ${read.failure.reason}`] };
  const raw = read.docs[0];
  if (!raw) {
    const reason = read.failures[0]?.reason ?? 'no document found';
    return { extraction: null, docText: '', diagnostics: [`cannot read: ${reason}`] };
  }
  const extra = read.docs.length > 1 ? [`file holds ${read.docs.length} documents; only the first is scored`] : [];
  const cleaned = cleanDoc(raw);
  if (!cleaned.ok) return { extraction: null, docText: '', diagnostics: [...extra, `not scored: ${cleaned.failure.reason}`] };
  try {
    const analysis = analyze(cleaned.doc);
    return { extraction: analysis.extraction, docText: cleaned.doc.text, diagnostics: [...extra, ...analysis.diagnostics] };
  } catch (e) {
    // One failing document should not hide the scores of the others; it scores as empty.
    return { extraction: null, docText: cleaned.doc.text, diagnostics: [...extra, `extraction failed: ${(e as Error).message}`] };
  }
}

/**
 * Scores every corpus file; gold documents with no corpus file count as fully missed.
 * `warn` receives one line per problem a user should see even without --verbose.
 */
export async function scoreCorpus(
  dir: string,
  gold: readonly GoldItem[],
  aliases: AliasIndex,
  warn: (line: string) => void,
): Promise<DocResult[]> {
  const byDoc = goldByDoc(gold);
  const results: DocResult[] = [];
  for (const file of listCorpus(dir)) {
    const a = await analyseFile(file.path);
    if (a.extraction === null) warn(`${file.path}: ${a.diagnostics.join('; ')}`);
    const originalText = readFileSync(file.path, 'utf8');
    results.push(scoreDocument({ doc: file.doc, gold: byDoc.get(file.doc) ?? [], originalText, ...a }, aliases));
    byDoc.delete(file.doc);
  }
  for (const [doc, items] of byDoc) {
    warn(`${doc}: gold document has no file in ${dir}; its ${items.length} item(s) count as missed`);
    const diagnostics = ['no corpus file'];
    results.push(scoreDocument({ doc, gold: items, extraction: null, docText: '', originalText: '', diagnostics }, aliases));
  }
  return results;
}
