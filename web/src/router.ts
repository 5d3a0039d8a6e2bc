// Hash routes: #/network, #/dyad/iran/hamas?period=year, #/actor/hamas,
// #/documents/ID?start=10&end=90 … The part before "?" names the view and its
// arguments; the rest is the view's own state.
export interface Route {
  view: string;
  args: string[];
  query: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = hash.split('?', 2) as [string?, string?];
  const [view = 'network', ...args] = path.split('/').filter(Boolean).map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  return { view, args, query: new URLSearchParams(search) };
}

export function routeHash(view: string, args: string[] = [], query: Record<string, string | number | boolean | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === false || value === '') continue;
    params.set(name, value === true ? '1' : String(value));
  }
  const search = params.toString();
  return `#/${[view, ...args.map(encodeURIComponent)].join('/')}${search ? `?${search}` : ''}`;
}

export function go(view: string, args: string[] = [], query: Record<string, string | number | boolean | null | undefined> = {}): void {
  location.hash = routeHash(view, args, query);
}

/** Records a view's state in the address without re-rendering it. */
export function replaceQuery(query: Record<string, string | number | boolean | null | undefined>): void {
  const route = currentRoute();
  history.replaceState(null, '', routeHash(route.view, route.args, query));
}
