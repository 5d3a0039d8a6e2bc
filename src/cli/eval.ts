import type { Command } from 'commander';

// Placeholder until the eval command lands.
export function registerEval(program: Command): void {
  program.command('eval').description('(not yet available)');
}
