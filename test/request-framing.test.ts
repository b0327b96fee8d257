import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// Requests the HTTP layer answers before any route (http/request-framing.ts): each one that Node's server answered
// with an empty body, not at all, or let through although RFC 9112 / RFC 9110 say otherwise (new-user trial 137 F15:
// a request without Host got an empty 400; parser problems had no `instance`). Sent on raw sockets, since clients
// will not write these.

const ctx = useTestContext();
let port = 0;
beforeAll(async () => {
  port = Number(new URL(await ctx.app.listen({ host: '127.0.0.1', port: 0 })).port);
});
afterAll(() => ctx.app.close());

/** Sends `data` and resolves with what came back by the time the server closed the connection. */
function exchange(data: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(data));
    let received = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}

interface Answer {
  status: number;
  headers: Map<string, string>;
  body: Record<string, unknown>;
}

function parse(received: string): Answer {
  const [head = '', body = ''] = received.split('\r\n\r\n', 2);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) as Record<string, unknown> };
}

describe('a request the server refuses before any route is a problem+json, the connection closed after it', () => {
  it.each([
    // RFC 9112 §3.2: exactly one Host on an HTTP/1.1 request, of a valid value.
    ['no Host', 'GET /v1/meetings HTTP/1.1\r\n\r\n', 400, 'bad_request', '/v1/meetings', /must carry a Host header/],
    ['no Host on a POST', 'POST /v1/people HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}', 400, 'bad_request', '/v1/people', /Host/],
    [
      'two Host lines',
      'GET /v1/meetings HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n',
      400,
      'bad_request',
      '/v1/meetings',
      /2 Host header lines/,
    ],
    ['a Host with a space', 'GET /v1/people HTTP/1.1\r\nHost: a b\r\n\r\n', 400, 'bad_request', '/v1/people', /"a b"/],
    ['a Host with a path', 'GET /v1/people HTTP/1.1\r\nHost: a/b\r\n\r\n', 400, 'bad_request', '/v1/people', /"a\/b"/],
    // RFC 9110 §15.6.6: a version other than HTTP/1.x.
    [
      'HTTP/2.0 in a request line',
      'GET /v1/meetings HTTP/2.0\r\nHost: a\r\n\r\n',
      505,
      'http_version_not_supported',
      '/v1/meetings',
      /HTTP\/2\.0/,
    ],
    [
      'HTTP/0.9 in a request line',
      'GET /v1/meetings HTTP/0.9\r\nHost: a\r\n\r\n',
      505,
      'http_version_not_supported',
      '/v1/meetings',
      /HTTP\/0\.9/,
    ],
    ['HTTP/1.2', 'GET /v1/meetings HTTP/1.2\r\nHost: a\r\n\r\n', 505, 'http_version_not_supported', '/v1/meetings', /HTTP\/1\.2/],
    ['HTTP/3.0', 'GET /v1/meetings HTTP/3.0\r\nHost: a\r\n\r\n', 505, 'http_version_not_supported', '/v1/meetings', /HTTP\/3\.0/],
    ["HTTP/2's connection preface", 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 505, 'http_version_not_supported', null, /HTTP\/2\.0/],
    // RFC 9110 §9.1: a method the server does not implement.
    ['a method unknown to the parser', 'FOO /v1/meetings HTTP/1.1\r\nHost: a\r\n\r\n', 501, 'not_implemented', '/v1/meetings', /FOO/],
    [
      'CONNECT (no proxy here)',
      'CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n',
      501,
      'not_implemented',
      null,
      /CONNECT/,
    ],
    // RFC 9110 §10.1.1: an expectation other than 100-continue.
    ['Expect: foo', 'GET /v1/meetings HTTP/1.1\r\nHost: a\r\nExpect: foo\r\n\r\n', 417, 'expectation_failed', '/v1/meetings', /"foo"/],
    // New-user trial 138 F8: Node sends 100 Continue for any value holding 100-continue.
    [
      'Expect: 100-continue, foo',
      'POST /v1/people HTTP/1.1\r\nHost: a\r\nExpect: 100-continue, foo\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n',
      417,
      'expectation_failed',
      '/v1/people',
      /"100-continue, foo"/,
    ],
    [
      'Expect: foo on a POST',
      'POST /v1/people HTTP/1.1\r\nHost: a\r\nExpect: foo\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
      417,
      'expectation_failed',
      '/v1/people',
      /"foo"/,
    ],
    // What the parser refuses, with what it stopped at and the path when the request line names one.
    ['a method that is no token', 'G@T /v1/meetings HTTP/1.1\r\nHost: a\r\n\r\n', 400, 'bad_request', null, /could not be parsed as HTTP/],
    ['a header name with a space', 'GET /v1/meetings HTTP/1.1\r\nHost: a\r\nX Y: z\r\n\r\n', 400, 'bad_request', '/v1/meetings', /header/i],
    [
      'a Content-Length that is no number',
      'POST /v1/people HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n',
      400,
      'bad_request',
      '/v1/people',
      /content-length/i,
    ],
    [
      'two Content-Lengths',
      'POST /v1/people HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
      400,
      'bad_request',
      '/v1/people',
      /parsed/,
    ],
    [
      'Transfer-Encoding beside Content-Length',
      'POST /v1/people HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
      'bad_request',
      '/v1/people',
      /parsed/,
    ],
    [
      'an obsolete folded header line',
      'GET /v1/meetings HTTP/1.1\r\nHost: a\r\nX-A: b\r\n  c\r\n\r\n',
      400,
      'bad_request',
      '/v1/meetings',
      /parsed/,
    ],
    [
      'a NUL in a header value',
      'GET /v1/meetings HTTP/1.1\r\nHost: a\r\nX-A: b\u0000c\r\n\r\n',
      400,
      'bad_request',
      '/v1/meetings',
      /parsed/,
    ],
    ['a TLS handshake on the plain port', '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001', 400, 'bad_request', null, /parsed/],
    [
      'a secret in the target is redacted',
      'GET /v1/meetings?apiKey=s3cret HTTP/2.0\r\nHost: a\r\n\r\n',
      505,
      'http_version_not_supported',
      '/v1/meetings?apiKey=[redacted]',
      /HTTP\/2/,
    ],
  ] as const)('%s → %i %s', async (_, request, status, code, instance, detail) => {
    const answer = parse(await exchange(request));
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.headers.get('connection')).toBe('close');
    expect(answer.body).toMatchObject({ type: `/problems/${code}`, status, code });
    expect(answer.body.detail).toMatch(detail);
    expect(answer.headers.get('x-request-id')).toBe(answer.body.requestId);
    expect(answer.body.instance ?? null).toBe(instance);
    expect(JSON.stringify(answer.body)).not.toContain('s3cret');
    // A problem about one header points at it in `errors`, as every 4xx about one part of a request does (trial 140 F10).
    const header = code === 'expectation_failed' ? 'expect' : /Host/.test(String(answer.body.detail)) ? 'host' : null;
    if (header) expect(answer.body.errors).toEqual([{ in: 'header', pointer: `/${header}`, message: answer.body.detail }]);
    else expect(answer.body.errors).toBeUndefined();
    // The type resolves to a page of the same status and title (RFC 9457 §3.1.1).
    const page = await fetch(`http://127.0.0.1:${port}/problems/${code}`, { headers: { accept: 'application/json' } });
    expect(await page.json()).toMatchObject({ status, title: answer.body.title });
  });
});

describe('requests whose framing is right are served', () => {
  it.each([
    ['an empty Host (a target URI without authority, RFC 9112 §3.2)', 'GET /v1/meetings HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n'],
    ['an IPv6 literal with a port', 'GET /v1/meetings HTTP/1.1\r\nHost: [::1]:3000\r\nConnection: close\r\n\r\n'],
    ['a name with a port', 'GET /v1/meetings HTTP/1.1\r\nHost: api.example.org:8080\r\nConnection: close\r\n\r\n'],
    ['HTTP/1.0 without Host', 'GET /v1/meetings HTTP/1.0\r\n\r\n'],
    [
      'the absolute form (RFC 9112 §3.2.2)',
      'GET http://api.example.org/v1/meetings HTTP/1.1\r\nHost: api.example.org\r\nConnection: close\r\n\r\n',
    ],
    [
      'an Upgrade the server ignores (RFC 9110 §7.8)',
      'GET /v1/meetings HTTP/1.1\r\nHost: a\r\nConnection: Upgrade, close\r\nUpgrade: websocket\r\n\r\n',
    ],
  ])('%s', async (_, request) => {
    const answer = parse(await exchange(request));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: [], nextCursor: null });
  });
});
