// Calls to the server's JSON API. Errors carry the server's message, which says
// what was wrong with the request.
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === false || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(name, value.join(','));
    } else {
      params.set(name, String(value));
    }
  }
  const search = params.toString();
  return `/api/${path}${search ? `?${search}` : ''}`;
}

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.error?.code ?? 'error', body?.error?.message ?? `${response.status} ${response.statusText}`);
  }
  return body as T;
}

export async function get<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(apiUrl(path, query), { signal: signal ?? null, headers: { accept: 'application/json' } }));
}

export async function upload<T>(file: File): Promise<T> {
  const response = await fetch(apiUrl('uploads', { name: file.name }), {
    method: 'POST',
    body: file,
    headers: { 'content-type': file.type || 'application/octet-stream' },
  });
  return parse<T>(response);
}

/** Path segment for an actor id or name. */
export function seg(text: string): string {
  return encodeURIComponent(text);
}
