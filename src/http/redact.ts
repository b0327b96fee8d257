// API keys belong in headers, but clients put them in query strings anyway (?api_key=…). Such a value must not reach
// the logs or be echoed back in a problem's `instance`.
const secretParameter = /([?&](?:api[_-]?key|key|token|access[_-]?token|auth|password)=)[^&#]*/gi;

// One of our keys pasted anywhere else — a search's `q`, a path (new-user trial 142 F10): "dmk_" and its base64url
// characters (modules/keys/keys.service.ts generateKey), cut at a separator so the rest of the URL stays readable.
const pastedKey = /dmk_[A-Za-z0-9_-]{8,}/g;

/**
 * The URL with the values of key-like query parameters (api_key, key, token, access_token, auth, password) replaced by
 * "[redacted]", and any of our keys ("dmk_…") wherever else it stands by "dmk_[redacted]".
 */
export const withoutSecrets = (url: string): string => url.replace(secretParameter, '$1[redacted]').replace(pastedKey, 'dmk_[redacted]');

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
