// `entente export --format F OUT`: the graph for other tools — GraphML, GEXF (Gephi,
// with a timeline), CSV (a folder of three files), JSON, or Cypher for Neo4j.
import { Option, type Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExportModel } from '../graph/export/load.ts';
import { toGraphml } from '../graph/export/graphml.ts';
import { toGexf } from '../graph/export/gexf.ts';
import { toCsvFiles } from '../graph/export/csv.ts';
import { toExportJson } from '../graph/export/json.ts';
import { toCypher } from '../graph/export/cypher.ts';
import { checkRange, scopeOptions, UserError, withGraphStore, type ScopeFlags } from './graph-common.ts';

const FORMATS = ['graphml', 'gexf', 'csv', 'json', 'cypher'] as const;
type Format = (typeof FORMATS)[number];

interface ExportFlags extends ScopeFlags {
  format: Format;
}

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('Write the graph for other tools: GraphML, GEXF (Gephi timeline), CSV, JSON or Cypher (Neo4j)')
    .argument('<out>', 'file to write (a folder for csv; - for standard output, except csv)');
  scopeOptions(command)
    .addOption(new Option('--format <format>', 'export format').choices([...FORMATS]).makeOptionMandatory())
    .addHelpText('after', `
Examples:
  entente export --format gexf iran.gexf --rollup        open in Gephi; the timeline follows event dates
  entente export --format graphml graph.graphml
  entente export --format csv out/                       out/nodes.csv, out/edges.csv, out/events.csv
  entente export --format cypher graph.cypher && cypher-shell -f graph.cypher
  entente export --format json - --from 2011 --to 2017 | jq '.edges | length'`)
    .action(async (out: string, flags: ExportFlags) => {
      process.exitCode = await withGraphStore(flags, async (store) => {
        checkRange(flags);
        if (flags.format === 'csv' && out === '-') throw new UserError('csv writes three files: give a folder, e.g. out/');
        const scope = { rollup: flags.rollup === true, ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}) };
        const { model, names } = await loadExportModel(store, scope);
        const write = (path: string, text: string) => (path === '-' ? process.stdout.write(text) : writeFileSync(path, text));
        try {
          if (flags.format === 'csv') {
            mkdirSync(out, { recursive: true });
            for (const [name, text] of Object.entries(toCsvFiles(model))) write(join(out, name), text);
          } else {
            const text = flags.format === 'graphml' ? toGraphml(model) : flags.format === 'gexf' ? toGexf(model)
              : flags.format === 'json' ? toExportJson(model, names) : toCypher(model);
            write(out, text);
          }
        } catch (error) {
          throw new UserError(`cannot write ${out}: ${(error as Error).message} — check the path`);
        }
        if (out !== '-') {
          process.stderr.write(`wrote ${model.nodes.length} actors, ${model.edges.length} edges, ${model.events.length} events to ${out}\n`);
        }
      });
    });
}
