// Guards the store against an extraction that breaks the SPEC §2 rules: a fact
// naming an entity the extraction does not define would fail the foreign keys and
// with them the whole batch of other documents. Such facts are dropped here, each
// with a problem message, instead.
import type { Analysis } from '../extract/index.ts';
import type { Entity } from '../contract.ts';

export interface CheckedAnalysis {
  analysis: Analysis;
  problems: string[];
}

export function checkAnalysis(analysis: Analysis): CheckedAnalysis {
  const problems: string[] = [];
  const { extraction } = analysis;
  const entities = uniqueBy(extraction.entities, (e) => e.id, (e) => `entity '${e.id}' listed twice`, problems);
  const known = new Set(entities.map((e) => e.id));
  const unknown = (ids: (string | null)[]): string | undefined =>
    ids.find((id): id is string => id !== null && !known.has(id));

  const cleanEntities = entities.map((entity): Entity => {
    const badParent = unknown([entity.parent]);
    if (badParent !== undefined) problems.push(`entity '${entity.id}': unknown parent '${badParent}'`);
    const roles = entity.roles?.map((role) => {
      const badOf = unknown([role.of]);
      if (badOf !== undefined) problems.push(`entity '${entity.id}': role of unknown entity '${badOf}'`);
      return badOf === undefined ? role : { ...role, of: null };
    });
    return { ...entity, parent: badParent === undefined ? entity.parent : null, ...(roles ? { roles } : {}) };
  });
  const events = uniqueBy(extraction.events, (e) => e.id, (e) => `event '${e.id}' listed twice`, problems)
    .filter((event) => {
      const bad = unknown([event.source, event.target, event.third, event.attribution]);
      if (bad !== undefined) problems.push(`event '${event.id}' dropped: unknown entity '${bad}'`);
      return bad === undefined;
    });
  const relations = extraction.relations.filter((relation) => {
    const bad = unknown([relation.source, relation.target]);
    if (bad !== undefined) problems.push(`${relation.type} relation dropped: unknown entity '${bad}'`);
    return bad === undefined;
  });
  const mentions = analysis.mentions.filter((mention) => known.has(mention.entity));

  if (problems.length === 0) return { analysis, problems };
  return {
    analysis: {
      extraction: { ...extraction, entities: cleanEntities, events, relations },
      mentions,
      diagnostics: [...analysis.diagnostics, ...problems],
    },
    problems,
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string, problem: (item: T) => string, problems: string[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (!seen.has(key(item))) {
      seen.add(key(item));
      return true;
    }
    problems.push(problem(item));
    return false;
  });
}
