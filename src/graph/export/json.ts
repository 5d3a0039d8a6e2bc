// JSON export: the graph (nodes, edges) and the events with every report, in one
// document with a format version, keys in a fixed order.
import type { ExportModel } from './model.ts';
import type { Names } from '../load-events.ts';
import { eventJson } from '../render/event-json.ts';

export const EXPORT_JSON_VERSION = 1;

export function toExportJson(model: ExportModel, names: Names): string {
  return `${JSON.stringify({
    format: 'entente-graph',
    version: EXPORT_JSON_VERSION,
    nodes: model.nodes,
    edges: model.edges,
    events: model.events.map((e) => eventJson(e, names)),
  }, null, 2)}\n`;
}
