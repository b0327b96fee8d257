import type { Test } from 'supertest';

/** `request` with its body read whole as UTF-8 text, whatever its media type (CSV and NDJSON exports); `.body` is the string. */
export function asText(request: Test): Test {
  return request.buffer(true).parse((response, done) => {
    let body = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (body += chunk));
    response.on('end', () => done(null, body));
  });
}
