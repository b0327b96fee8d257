/* global fetch, sessionStorage */
// The public API as the page calls it: JSON in and out, the API key when one is set, problems (RFC 9457) as errors.

const storageKey = 'dm-api:review:api-key';

export const apiKey = {
  get: () => sessionStorage.getItem(storageKey) ?? '',
  set(value) {
    if (value) sessionStorage.setItem(storageKey, value);
    else sessionStorage.removeItem(storageKey);
  },
};

/** A problem+json answer (or no answer at all, status 0). */
export class Problem extends Error {
  constructor(status, body) {
    super(body?.detail ?? body?.title ?? `HTTP ${status}`);
    this.status = status;
    this.title = body?.title ?? `HTTP ${status}`;
    this.detail = body?.detail ?? '';
    this.errors = Array.isArray(body?.errors) ? body.errors : [];
    this.requestId = body?.requestId ?? null;
  }
}

export async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  const key = apiKey.get();
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new Problem(0, { title: 'The API did not answer', detail: error instanceof Error ? error.message : String(error) });
  }
  const type = response.headers.get('content-type') ?? '';
  const payload = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new Problem(response.status, payload);
  return payload;
}
