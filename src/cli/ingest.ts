import type { Command } from 'commander';

// Placeholder until the ingest command lands.
export function registerIngest(program: Command): void {
  program.command('ingest').description('(not yet available)');
}
