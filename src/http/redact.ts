// API keys belong in headers, but clients put them in query strings anyway (?api_key=…). Such a value must not reach
// the logs or be echoed back in a problem's `instance`.
const secretParameter = /([?&](?:api[_-]?key|key|token|access[_-]?token|auth|password)=)[^&#]*/gi;

/** The URL with the values of key-like query parameters (api_key, key, token, access_token, auth, password) replaced by "[redacted]". */
export const withoutSecrets = (url: string): string => url.replace(secretParameter, '$1[redacted]');
