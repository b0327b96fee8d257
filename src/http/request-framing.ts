import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorCodes, type ErrorCode } from './errors.js';
import { problemContentType } from './problem.js';
import { problemInstance } from './redact.js';
import { requestIdFrom } from './request-id.js';
import { requestTimeoutWaived } from './streamed-body.js';
import { randomUUID } from 'node:crypto';

/**
 * What the HTTP layer answers itself, before any route: the request's framing as RFC 9112 and RFC 9110 require it,
 * where Node's HTTP server lets a request through or answers with an empty body. Every such answer is problem+json
 * with a request id, `instance` when the request target is a path, and the connection closed after it.
 */
export interface FramingProblem {
  status: number;
  /** The reason phrase of the status line ("HTTP Version Not Supported"). */
  reason: string;
  code: ErrorCode;
  detail: string;
  /** The header the problem is about, when one is ("expect", "host"): `errors` points at it, as every 4xx does. */
  header?: string;
}

/** The methods some route of the server serves (OPTIONS * lists them; a method outside them is not implemented). */
export const servedMethods = ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** RFC 9110 §4.2.3 / RFC 3986 §3.2.2: uri-host [":" port] — an IP literal in brackets or a reg-name, possibly empty. */
const hostValue = /^(?:\[[0-9A-Za-z:.!$&'()*+,;=_~-]+\]|[0-9A-Za-z!$&'()*+,;=._~%-]*)(?::[0-9]*)?$/;

/**
 * The problem with a parsed request's framing, or null when there is none:
 * - a major version other than 1 (a request line that says "HTTP/2.0" or "HTTP/0.9", which Node's parser reads as
 *   HTTP/1 requests) → 505 `http_version_not_supported` (RFC 9110 §15.6.6);
 * - HTTP/1.1 without a Host header, with more than one Host line, or with a Host value that is no uri-host [":" port]
 *   → 400 `bad_request` (RFC 9112 §3.2: "A server MUST respond with a 400 (Bad Request) status code"). An empty Host
 *   is allowed (the target URI may have no authority); HTTP/1.0 needs none;
 * - an Expect with a member other than 100-continue ("foo", "100-continue, foo") → 417 `expectation_failed` (RFC 9110
 *   §10.1.1), before any 100 Continue is sent.
 */
export function framingProblem(request: IncomingMessage): FramingProblem | null {
  if (request.httpVersionMajor !== 1) return versionProblem(request.httpVersion);
  const expect = request.headers.expect;
  if (expect !== undefined && expect.split(',').some((member) => member.trim().toLowerCase() !== '100-continue'))
    return expectationProblem(expect);
  const hosts: string[] = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2)
    if ((request.rawHeaders[i] as string).toLowerCase() === 'host') hosts.push(request.rawHeaders[i + 1] as string);
  const hostDetail =
    hosts.length > 1
      ? `The request has ${hosts.length} Host header lines; an HTTP/1.1 request has exactly one (RFC 9112 §3.2).`
      : hosts.length === 0 && request.httpVersionMinor >= 1
        ? 'An HTTP/1.1 request must carry a Host header (RFC 9112 §3.2).'
        : hosts.length === 1 && !hostValue.test(hosts[0] as string)
          ? `The Host header ${JSON.stringify(hosts[0])} is no host name or address, with an optional port (RFC 9110 §7.2).`
          : null;
  return hostDetail ? { status: 400, reason: 'Bad Request', code: 'bad_request', detail: hostDetail, header: 'host' } : null;
}

/** 505 for a request in HTTP version `version` ("2.0"): this server speaks HTTP/1.1 and HTTP/1.0. */
export function versionProblem(version: string): FramingProblem {
  return {
    status: 505,
    reason: 'HTTP Version Not Supported',
    code: 'http_version_not_supported',
    detail: `The request is HTTP/${version}; this server speaks HTTP/1.1 and HTTP/1.0.`,
  };
}

/** 417 for an Expect this server cannot meet: it meets only 100-continue (RFC 9110 §10.1.1). */
export function expectationProblem(expect: string): FramingProblem {
  return {
    status: 417,
    reason: 'Expectation Failed',
    code: 'expectation_failed',
    detail: `The request expects ${JSON.stringify(expect)}; this server meets only "100-continue" (RFC 9110 §10.1.1).`,
    header: 'expect',
  };
}

/** 501 for a method no route of the server serves and Node's parser does not know ("FOO", or CONNECT: no proxy). */
export function methodProblem(method: string): FramingProblem {
  return {
    status: 501,
    reason: 'Not Implemented',
    code: 'not_implemented',
    detail: `The method ${method} is not one this server implements (RFC 9110 §9.1); it serves ${servedMethods.join(', ')}.`,
  };
}

/** The problem+json body of a framing problem, with the request id and, when given, the `instance` (a path). */
export function framingBody(problem: FramingProblem, requestId: string, instance: string | null): string {
  const { status, code, detail, header } = problem;
  return JSON.stringify({
    type: `/problems/${code}`,
    title: errorCodes[code].title,
    status,
    detail,
    code,
    requestId,
    ...(instance === null ? {} : { instance }),
    ...(header === undefined ? {} : { errors: [{ in: 'header', pointer: `/${header}`, message: detail }] }),
  });
}

/** The instance of a request target: the path (secrets redacted) when it is one, else null ("*", "host:443"). */
export function targetInstance(target: string | undefined): string | null {
  return target?.startsWith('/') ? problemInstance(target) : null;
}

/** Answers `problem` on a parsed request's response and closes the connection after it. */
export function answerFraming(request: IncomingMessage, response: ServerResponse, problem: FramingProblem): void {
  const requestId = requestIdFrom(request);
  const body = framingBody(problem, requestId, targetInstance(request.url));
  response.shouldKeepAlive = false;
  response.writeHead(problem.status, {
    'content-type': problemContentType,
    'content-length': Buffer.byteLength(body),
    'x-request-id': requestId,
    connection: 'close',
  });
  response.end(body);
}

/** Writes `problem` straight to a socket (no response object: the parser refused the request), then closes it. */
export function endWithProblem(socket: Duplex, problem: FramingProblem, requestId: string, instance: string | null): void {
  const body = framingBody(problem, requestId, instance);
  socket.end(
    `HTTP/1.1 ${problem.status} ${problem.reason}\r\nContent-Type: ${problemContentType}\r\nX-Request-Id: ${requestId}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Requests Node's server would answer with an empty body or not at all, answered as problems: an Expect other than
 * 100-continue → 417 `expectation_failed` (RFC 9110 §10.1.1; Node's own 417 has no body), and CONNECT → 501 (this
 * server is no proxy; Node closed the connection without a word).
 */
export function answerUnframedRequests(server: Server): void {
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) =>
    answerFraming(request, response, expectationProblem(request.headers.expect ?? '')),
  );
  server.on('connect', (request: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    endWithProblem(socket, methodProblem('CONNECT'), requestIdFrom(request), null);
  });
}

// The request line as far as the parser had read it: a method token, a target, and an HTTP version when it got there.
const requestLine = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+)(?: HTTP\/(\d+)\.(\d+)\r?\n)?/;

/**
 * Requests Node's HTTP parser refuses, answered as problem+json before closing, with `instance` when the request line
 * names a path: headers or a request line over 16 KiB (431, 414), the whole request not received in time (408), a
 * method the parser does not know ("FOO": 501, RFC 9110 §9.1 — a token that is no method, "G@T", stays a 400), an
 * HTTP version other than 1.0 and 1.1 (505), anything else that is no HTTP (400).
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  // A body read along its answer keeps its own deadline; the connection carries on (http/streamed-body.ts).
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT' && requestTimeoutWaived(socket)) return;
  if (!socket.writable) return void socket.destroy();
  const raw = (error as { rawPacket?: Buffer }).rawPacket;
  const line = raw ? requestLine.exec(raw.subarray(0, 16_384).toString('latin1')) : null;
  const instance = targetInstance(line?.[2]);
  endWithProblem(socket, parserProblem(error, raw, line), randomUUID(), instance);
}

// The problem of a parser error, by its code and what was read of the request line.
function parserProblem(
  { code, reason }: Error & { code?: string; reason?: string },
  raw: Buffer | undefined,
  line: RegExpExecArray | null,
): FramingProblem {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      status: 408,
      reason: 'Request Timeout',
      code: 'request_timeout',
      detail: 'The request was not received in full within the time the server allows.',
    };
  if (code === 'HPE_HEADER_OVERFLOW') {
    // The request line alone past the limit (no line break in what was read) is a URI too long; else the headers are.
    const lineEnd = raw?.indexOf('\r\n') ?? 0;
    return raw !== undefined && (lineEnd === -1 || lineEnd > 8_192)
      ? {
          status: 414,
          reason: 'URI Too Long',
          code: 'uri_too_long',
          detail: 'The request line is longer than the server reads (16 KiB with the headers).',
        }
      : {
          status: 431,
          reason: 'Request Header Fields Too Large',
          code: 'header_fields_too_large',
          detail: 'The request line and headers exceed the size the server accepts (16 KiB).',
        };
  }
  if (line?.[3] !== undefined && !(line[3] === '1' && (line[4] === '0' || line[4] === '1'))) return versionProblem(`${line[3]}.${line[4]}`);
  if (code === 'HPE_INVALID_METHOD' && line) return methodProblem(line[1] as string);
  // llhttp's reason says what it stopped at ("Invalid header token", "Invalid method encountered").
  const why = typeof reason === 'string' && reason ? `: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}` : '';
  return { status: 400, reason: 'Bad Request', code: 'bad_request', detail: `The request could not be parsed as HTTP${why}.` };
}
