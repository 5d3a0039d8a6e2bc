import type { Command } from 'commander';

// Placeholder until the demo command lands.
export function registerDemo(program: Command): void {
  program.command('demo').description('(not yet available)');
}
