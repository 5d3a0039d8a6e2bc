// `entente eval`: score the extraction engine against gold annotations (SPEC §3).
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { checkFloors } from '../eval/floors.ts';
import { EvalInputError, loadGold } from '../eval/gold.ts';
import { loadAliases } from '../eval/names.ts';
import { renderJson, renderMisses, renderText } from '../eval/render.ts';
import { buildReport } from '../eval/report.ts';
import { scoreCorpus } from '../eval/run.ts';

interface EvalOptions {
  gold: string;
  aliases: string;
  verbose?: boolean;
  json?: boolean;
  minF1?: number;
  minRecall?: number;
  minPrecision?: number;
  minCoreRecall?: number;
}

function fraction(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new InvalidArgumentError('expected a number from 0 to 1.');
  return x;
}

const EXAMPLE = `
Each file in CORPUS_DIR is scored against the gold items whose "doc" is its file name
without extension. Exit status: 0 when every floor holds, 1 when a floor is not met,
2 on bad arguments or an unreadable gold or aliases file.

Example:
  $ entente eval --gold dev/gold.jsonl --aliases dev/aliases.json dev/corpus --min-f1 0.45
`;

async function run(corpusDir: string, opts: EvalOptions): Promise<number> {
  const gold = loadGold(opts.gold);
  const aliases = loadAliases(opts.aliases);
  const results = await scoreCorpus(corpusDir, gold, aliases, (line) => console.error(`warning: ${line}`));
  const report = buildReport(results);
  if (opts.json) {
    console.log(renderJson(report, opts.verbose ? results : undefined));
  } else {
    const lines = [...(opts.verbose ? renderMisses(results) : []), ...renderText(report)];
    console.log(lines.join('\n'));
  }
  const failure = checkFloors(report.totals, {
    f1: opts.minF1, recall: opts.minRecall, precision: opts.minPrecision, coreRecall: opts.minCoreRecall,
  });
  if (failure === null) return 0;
  console.error(failure);
  return 1;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score extraction against gold annotations: recall, precision, F1, core recall, date and amount accuracy.')
    .argument('<CORPUS_DIR>', 'folder of articles, one per file')
    .requiredOption('--gold <file>', 'gold annotations (JSONL, see shared/dev/SCHEMA.md)')
    .requiredOption('--aliases <file>', 'aliases.json: canonical actor name -> surface variants')
    .option('--verbose', 'list every missed gold item and unmatched prediction, per document')
    .option('--json', 'print one JSON object instead of tables')
    .option('--min-f1 <x>', 'exit 1 when F1 is below x', fraction)
    .option('--min-recall <x>', 'exit 1 when recall is below x', fraction)
    .option('--min-precision <x>', 'exit 1 when precision is below x', fraction)
    .option('--min-core-recall <x>', 'exit 1 when core recall is below x', fraction)
    .addHelpText('after', EXAMPLE)
    // Bad arguments exit 2, keeping 1 for "scores below the floor" so CI can tell them apart.
    .exitOverride((err) => {
      if (err.exitCode !== 0) process.exit(2);
    })
    .action(async (corpusDir: string, opts: EvalOptions) => {
      try {
        process.exitCode = await run(corpusDir, opts);
      } catch (e) {
        if (!(e instanceof EvalInputError)) throw e;
        console.error(`entente eval: ${e.message}`);
        process.exitCode = 2;
      }
    });
}
