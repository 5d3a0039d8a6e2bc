// The alias file a user keeps and edits: the same corrections as `entente merge` and
// `entente split`, written down once and applied again whenever it changes.
//   {
//     "merge": { "irgc": ["Revolutionary Guards", "revolutionary-guards"] },
//     "split": [["imad-al-soos", "imad-alsoos"], ["abbas"]]
//   }
// "merge" maps the actor to keep to the names or ids that are the same actor;
// "split" lists pairs kept apart, or a single entity kept apart from all others.

export interface CorrectionFile {
  merge: { into: string; names: string[] }[];
  split: { entity: string; other: string | null }[];
}

export function parseCorrectionFile(text: string, path: string): CorrectionFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const fail = (what: string): never => {
    throw new Error(`${path}: ${what} — expected {"merge": {"keep-id": ["name", …]}, "split": [["a", "b"], ["c"]]}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('not an object');
  const { merge = {}, split = [], ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) fail(`unknown key "${Object.keys(rest)[0]}"`);
  if (typeof merge !== 'object' || merge === null || Array.isArray(merge)) return fail('"merge" is not an object');
  const merges = Object.entries(merge as Record<string, unknown>).map(([into, names]) => {
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || n.trim() === '')) fail(`"merge"."${into}" is not a list of names`);
    return { into, names: names as string[] };
  });
  if (!Array.isArray(split)) return fail('"split" is not a list');
  const splits = split.map((pair, i) => {
    if (!Array.isArray(pair) || pair.length < 1 || pair.length > 2 || pair.some((n) => typeof n !== 'string' || n.trim() === '')) {
      fail(`"split"[${i}] is not a list of one or two names`);
    }
    const [entity, other] = pair as string[];
    return { entity: entity!, other: other ?? null };
  });
  return { merge: merges, split: splits };
}
