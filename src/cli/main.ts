// The `entente` command line: each command lives in its own file and only maps
// arguments to library calls.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { registerDemo } from './demo.ts';
import { registerEval } from './eval.ts';
import { registerExtract } from './extract.ts';
import { registerIngest } from './ingest.ts';
import { registerDyad } from './dyad.ts';
import { registerEvents } from './events.ts';
import { registerActor } from './actor.ts';
import { registerFlows } from './flows.ts';
import { registerConflicts } from './conflicts.ts';
import { registerNetwork } from './network.ts';
import { registerExport } from './export.ts';
import { registerMerge, registerSplit } from './merge.ts';
import { registerCopy } from './copy.ts';
import { registerServe } from './serve.ts';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

// `entente demo | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const program = new Command()
  .name('entente')
  .description('Turn news articles into an evidence-backed, time-aware graph of political actors.')
  .version(version)
  .showHelpAfterError();

registerDemo(program);
registerIngest(program);
registerExtract(program);
registerEval(program);
registerDyad(program);
registerEvents(program);
registerActor(program);
registerFlows(program);
registerConflicts(program);
registerNetwork(program);
registerExport(program);
registerMerge(program);
registerSplit(program);
registerCopy(program);
registerServe(program);

await program.parseAsync(process.argv);
