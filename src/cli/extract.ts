// `entente extract`: the SPEC §2 contract on standard output, one object per input.
import type { Command } from 'commander';
import { cleanDoc } from '../clean/index.ts';
import type { Extraction } from '../contract.ts';
import { explain } from '../extract/explain.ts';
import { runPipeline } from '../extract/pipeline.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { failureLine } from '../read/failure-line.ts';
import { DEFAULT_MAX_BYTES, readInput } from '../read/index.ts';
import { formatTable } from './extract-table.ts';

type Format = 'jsonl' | 'json' | 'table';

interface ExtractOptions {
  format: string;
  explain?: boolean;
  maxSize: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract actors, events and relations from articles and print them (SPEC §2)')
    .argument('<files...>', 'text, HTML, Markdown, JSONL or feed files; - for standard input')
    .option('-f, --format <format>', 'jsonl (one object per input), json or table', 'jsonl')
    .option('--explain', 'show the rule and the marked sentence behind every fact')
    .option('--max-size <MB>', 'refuse inputs larger than this', String(DEFAULT_MAX_BYTES / 1024 / 1024))
    .addHelpText('after', `
Examples:
  entente extract article.txt
  entente extract --format table samples/09-hamas-leaves-damascus.txt
  entente extract --explain page.html
  cat article.txt | entente extract -`)
    .action(async (files: string[], options: ExtractOptions) => {
      process.exitCode = await runExtract(files, options);
    });
}

async function runExtract(files: string[], options: ExtractOptions): Promise<number> {
  const format = options.format as Format;
  if (!['jsonl', 'json', 'table'].includes(format)) {
    console.error(`entente: --format must be jsonl, json or table, not "${options.format}"`);
    return 2;
  }
  const maxBytes = Math.round(Number(options.maxSize) * 1024 * 1024);
  const lexicon = loadLexicon();
  const collected: Extraction[] = [];
  let failed = false;
  for (const file of files) {
    const read = await readInput(file, { maxBytes });
    if (!read.ok) {
      console.error(failureLine(read.failure.source, read.failure.reason));
      failed = true;
      continue;
    }
    for (const f of read.failures) {
      console.error(failureLine(f.source, f.reason));
      failed = true;
    }
    for (const raw of read.docs) {
      const cleaned = cleanDoc(raw);
      if (!cleaned.ok) {
        console.error(failureLine(cleaned.failure.source, cleaned.failure.reason));
        failed = true;
        continue;
      }
      const result = runPipeline(cleaned.doc, lexicon);
      for (const d of result.diagnostics) console.error(failureLine(raw.source, d));
      if (options.explain) console.log(explain(result) + '\n');
      else if (format === 'jsonl') console.log(JSON.stringify(result.extraction));
      else if (format === 'table') console.log(formatTable(result.extraction) + '\n');
      else collected.push(result.extraction);
    }
  }
  if (format === 'json' && !options.explain) console.log(JSON.stringify(collected, null, 2));
  return failed ? 1 : 0;
}
