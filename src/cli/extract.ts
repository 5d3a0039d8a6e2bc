import type { Command } from 'commander';

// Placeholder until the extract command lands.
export function registerExtract(program: Command): void {
  program.command('extract').description('(not yet available)');
}
