// The HTTP API described as OpenAPI 3.1, served at /api/openapi.json. A test checks
// that every route of server.ts is described here and nothing else.
import { EVENT_TYPES, ENTITY_KINDS, RELATION_TYPES } from '../contract.ts';
import { PERIODS } from '../graph/dates.ts';
import { UPLOAD_EXTENSIONS } from './uploads/upload-checks.ts';

type Schema = Record<string, unknown>;

function q(name: string, description: string, schema: Schema = { type: 'string' }, required = false) {
  return { name, in: 'query', required, description, schema };
}
function p(name: string, description: string) {
  return { name, in: 'path', required: true, description, schema: { type: 'string' } };
}

const date = (name: string, description: string) => q(name, `${description} (YYYY, YYYY-MM or YYYY-MM-DD)`, { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });
const range = [date('from', 'only events on or after this date'), date('to', 'only events on or before this date')];
const rollup = q('rollup', 'count wings, agencies and office-holders as the actor above them', { type: 'boolean', default: false });
const page = (limit = 50, max = 500) => [
  q('limit', `items per page (1–${max})`, { type: 'integer', minimum: 1, maximum: max, default: limit }),
  q('offset', 'items to skip', { type: 'integer', minimum: 0, default: 0 }),
];
const actor = (name: string, description: string, required = false) => q(name, `${description}: an id, name or alias (e.g. hamas, "Qassam Brigades")`, { type: 'string', maxLength: 200 }, required);
const types = q('types', `PLOVER event types, comma-separated: ${EVENT_TYPES.join(', ')}`, { type: 'string', example: 'AID,SANCTION' });
const kinds = q('kinds', `actor kinds, comma-separated: ${ENTITY_KINDS.join(', ')}`, { type: 'string', example: 'state,organization' });

const errorResponse = {
  description: 'A client error: the message says what to change',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
function op(summary: string, parameters: unknown[], description = '', ok = 'OK', extra: Schema = {}) {
  return {
    summary, description, parameters,
    responses: {
      200: { description: ok, content: { 'application/json': { schema: { type: 'object' } } } },
      400: errorResponse, 401: errorResponse, 404: errorResponse,
      ...extra,
    },
  };
}

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Entente API',
      version,
      description: 'Read the evidence-backed graph of political actors and events, and add articles. '
        + 'Every parameter is checked: an unknown, repeated or malformed one is a 400 whose message names it. '
        + 'Lists are paged with limit and offset and answer {total, limit, offset, next, items}.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: {
        Error: {
          type: 'object',
          properties: { error: { type: 'object', properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, parameter: { type: 'string' } } } },
        },
      },
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'Only when the server was started with --token (or exposed beyond loopback)' } },
    },
    paths: {
      '/api/health': { get: op('Liveness', []) },
      '/api/summary': { get: op('Counts, years with events, actor kinds and the vocabulary: what the UI loads first', []) },
      '/api/openapi.json': { get: op('This document', []) },
      '/api/network': {
        get: op('Actors and their ties in a period, with per-year figures for each tie', [
          ...range, date('at', 'one year, month or day (instead of from/to)'), types, kinds,
          q('minSources', 'only ties reported by at least this many documents', { type: 'integer', minimum: 1, default: 1 }),
          rollup,
          q('limit', 'most actors (those with most ties)', { type: 'integer', minimum: 1, maximum: 5000, default: 60 }),
          q('maxTies', 'most ties among them (those with most events); default 3 per actor', { type: 'integer', minimum: 1, maximum: 20000 }),
        ]),
      },
      '/api/events': {
        get: op('Consolidated events (each with all its reports and evidence) matching filters', [
          actor('actor', 'events with this actor on either side'), actor('a', 'with b: events between two actors'), actor('b', 'the other actor of the pair'),
          types, q('outlet', 'only reports from this outlet (or a piece of the source path)'), ...range, rollup,
          q('order', 'date order', { type: 'string', enum: ['asc', 'desc'], default: 'asc' }), ...page(),
        ]),
      },
      '/api/events/{id}': { get: op('One consolidated event with every report of it', [p('id', 'event id: 12 hex digits, "-", the event id in its first document'), rollup]) },
      '/api/relations': {
        get: op('Standing relations (PATRON, PART_OF, LEADS…) grouped per pair, each with every statement of it', [
          actor('actor', 'relations of this actor'), q('types', `relation types, comma-separated: ${RELATION_TYPES.join(', ')}`), rollup, ...page(),
        ]),
      },
      '/api/dyad': {
        get: op('Two actors: events in date order, relation state per period with the events behind each change, flows, disagreements', [
          actor('a', 'one actor', true), actor('b', 'the other actor', true), ...range,
          q('period', 'period of the relation-state series', { type: 'string', enum: [...PERIODS], default: 'year' }), rollup,
        ]),
      },
      '/api/flows': {
        get: op('Money and arms flows and cuts by year in USD per year, disputed figures side by side; `years` sums them for charts', [
          actor('patron', 'only flows from this actor'), actor('client', 'only flows to this actor'), ...range, rollup, ...page(200, 1000),
        ]),
      },
      '/api/conflicts': { get: op('Claims that contradict each other, with both sides\' evidence', [actor('actor', 'only claims about this actor'), ...range, rollup, ...page()]) },
      '/api/entities': {
        get: op('Actors (canonical, after merges), most active first, or matching a search', [
          q('q', 'words in the name or an alias (accents, case and "al-" ignored)'), kinds, ...page(),
        ]),
      },
      '/api/entities/{id}': {
        get: op('An actor\'s profile: kind, aliases, parent and parts, roles over time, partners and adversaries, recent events', [
          p('id', 'an id, name or alias'), rollup, q('top', 'partners and adversaries listed', { type: 'integer', minimum: 1, maximum: 100, default: 8 }),
        ]),
      },
      '/api/documents': { get: op('Stored documents, newest first (without their text)', [q('q', 'words that must all appear in the title, source or text: whole words or their beginning, case and punctuation ignored'), q('outlet', 'outlet name'), ...page()]) },
      '/api/documents/{id}': { get: op('One document\'s full stored text (every evidence offset points into it) and the events read from it', [p('id', 'SHA-256 of the cleaned text, 64 hex digits')]) },
      '/api/documents/{id}/passage': {
        get: op('The paragraph around an evidence span, with the span\'s place inside it', [
          p('id', 'document id'), q('start', 'evidence start offset', { type: 'integer', minimum: 0 }, true), q('end', 'evidence end offset', { type: 'integer', minimum: 1 }, true),
        ]),
      },
      '/api/search': { get: op('Actors and documents matching a text', [q('q', 'the text', { type: 'string', maxLength: 200 }, true), q('limit', 'most of each', { type: 'integer', minimum: 1, maximum: 50, default: 10 })]) },
      '/api/uploads': {
        get: op('Uploads of this server run, newest first, with progress and per-file errors', []),
        post: {
          summary: 'Queue one file for ingest; poll the returned job',
          description: `The file is the request body. Accepted: ${UPLOAD_EXTENSIONS.join(', ')}; refused with 413 above --max-upload, 415 for other types, 429 above the rate limit, 403 in read-only mode.`,
          parameters: [q('name', 'the file name, which decides how it is read', { type: 'string' }, true)],
          requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } }, 'text/plain': { schema: { type: 'string' } } } },
          responses: {
            202: { description: 'Queued: the job, with its id', content: { 'application/json': { schema: { type: 'object' } } } },
            400: errorResponse, 401: errorResponse, 403: errorResponse, 413: errorResponse, 415: errorResponse, 429: errorResponse, 503: errorResponse,
          },
        },
      },
      '/api/uploads/{id}': { get: op('One upload: queued, running, done or failed, documents read, failures and notices', [p('id', 'job id')]) },
    },
  };
}
