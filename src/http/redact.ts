// API keys belong in headers, but clients put them in query strings anyway (?api_key=…). Such a value must not reach
// the logs or be echoed back in a problem's `instance`.
const secretParameter = /([?&](?:api[_-]?key|key|token|access[_-]?token|auth|password)=)[^&#]*/gi;

/** The URL with the values of key-like query parameters (api_key, key, token, access_token, auth, password) replaced by "[redacted]". */
export const withoutSecrets = (url: string): string => url.replace(secretParameter, '$1[redacted]');

/** The longest `instance` a problem carries, in characters (a request line may run to 16 KiB). */
export const maxInstanceLength = 512;

/**
 * A problem's `instance` (RFC 9457 §3.1.5): the request's path and query with secrets redacted, cut at
 * `maxInstanceLength` characters — a 400 for a 15,000-character `q` need not send it back — and never inside a
 * percent-escape, so it stays a URI reference.
 */
export function problemInstance(url: string): string {
  const redacted = withoutSecrets(url);
  if (redacted.length <= maxInstanceLength) return redacted;
  return redacted.slice(0, maxInstanceLength).replace(/%[0-9A-Fa-f]?$/, '');
}
