// A small glob matcher (Node 20 has no fs.glob): `*` and `?` within one path
// segment, `**` for any number of folders. A pattern is split into the literal
// folder to start from and a regular expression for the paths below it. Patterns
// match files only ("corpus/*" lists the files in corpus, not its subfolders; use
// "corpus/**" for everything below).

export function hasGlobMagic(arg: string): boolean {
  return /[*?]/.test(arg);
}

export interface GlobPlan {
  /** The literal folder the pattern starts in ("." when it starts with a wildcard). */
  base: string;
  /** Matches paths relative to `base`, with "/" separators. */
  matcher: RegExp;
  /** How many folders deep the walk must go below `base`; Infinity with `**`. */
  depth: number;
}

function segmentSource(segment: string): string {
  let out = '';
  for (const ch of segment) {
    if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

export function planGlob(pattern: string): GlobPlan {
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex(hasGlobMagic);
  const literal = segments.slice(0, firstMagic);
  const rest = segments.slice(firstMagic).filter((s, i, all) => s !== '' || i === all.length - 1);
  const base = literal.length === 0 ? '.' : literal.join('/') || '/';
  let source = '';
  rest.forEach((segment, i) => {
    const last = i === rest.length - 1;
    if (segment === '**') source += last ? '.*' : '(?:[^/]+/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  const depth = rest.includes('**') ? Infinity : rest.length - 1;
  return { base, matcher: new RegExp(`^${source}$`), depth };
}
