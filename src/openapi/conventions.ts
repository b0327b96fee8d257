// The HTTP conventions every route shares, stated once for the OpenAPI document: error responses, headers sent and
// accepted, and who may call what.

/** The headers of the rate limit (IETF draft RateLimit header fields), sent on every answer a limit counted. */
export const rateLimitHeaders = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];

const problem = (description: string, extraHeaders: string[] = []) => ({
  description,
  headers: Object.fromEntries(
    ['X-Request-Id', ...extraHeaders, ...rateLimitHeaders].map((name) => [name, { $ref: `#/components/headers/${name}` }]),
  ),
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export const problemResponses: Record<string, [name: string, response: ReturnType<typeof problem>]> = {
  '400': [
    'BadRequest',
    problem('The request is malformed: validation errors, unknown query parameters, bad JSON, or a cursor from another query.'),
  ],
  '401': ['Unauthorized', problem('Writes need an API key on this server (Authorization: Bearer <key>).', ['WWW-Authenticate'])],
  '403': ['Forbidden', problem('The API key does not have the scope this request needs (read, write or admin).')],
  '404': ['NotFound', problem('No such record, or no such endpoint.')],
  '406': [
    'NotAcceptable',
    problem(
      'Accept allows none of the media types the operation answers in (application/json; a list also text/csv and application/x-ndjson; the change stream text/event-stream).',
      ['Vary'],
    ),
  ],
  '408': ['RequestTimeout', problem('The request was not received in full within the time the server allows.')],
  '409': [
    'Conflict',
    problem(
      'The change conflicts with stored records (a duplicate, a record still in use), or a request with the same Idempotency-Key is still running (then with Retry-After).',
      ['Retry-After'],
    ),
  ],
  '412': [
    'PreconditionFailed',
    problem('If-Match names no current version (compared strongly), or If-None-Match names the current one (RFC 9110 §13).'),
  ],
  '413': ['PayloadTooLarge', problem('The body is larger than the server accepts.')],
  '414': ['UriTooLong', problem('The request line is longer than the server reads.')],
  '415': [
    'UnsupportedMediaType',
    problem('The body has a content type, or a content coding, this endpoint does not take.', ['Accept-Encoding']),
  ],
  '429': [
    'TooManyRequests',
    problem('Too many requests from this API key (or address); or too many failed authentications.', ['Retry-After']),
  ],
  '431': ['RequestHeaderFieldsTooLarge', problem('The request headers are larger than the server reads.')],
  '422': [
    'UnprocessableContent',
    problem(
      'The body is well-formed but refers to records that do not fit (unknown ids, a speaker who is not a participant), or reuses an Idempotency-Key.',
    ),
  ],
  '500': ['InternalError', problem('Something failed on the server; the requestId identifies it in the logs.')],
  '503': [
    'ServiceUnavailable',
    problem(
      'The database cannot serve the request now (unreachable, too slow, locked), or migrations are pending: retry after Retry-After seconds.',
      ['Retry-After'],
    ),
  ],
};

export const headers = {
  'X-Request-Id': {
    description: 'The request id: yours if you sent a usable X-Request-Id, else one minted for you.',
    schema: { type: 'string' },
  },
  ETag: {
    description:
      'Version of the record ("v3"; with embedded records "v3-participants"); for documents, a hash of the text and its meetings; for stats, a digest of the answer; for lists, search, tables, timelines and positions a weak tag digested from the body (W/"b-…"), for If-None-Match (If-Match compares strongly, so only "*" matches it). A streamed export sends none.',
    schema: { type: 'string' },
  },
  Location: { description: 'URL of the created or existing record.', schema: { type: 'string' } },
  Link: {
    description:
      'RFC 8288 links: on a page, to the next page (`<url>; rel="next"`); on a commit, to each meeting made (`<url>; rel="item"`).',
    schema: { type: 'string' },
  },
  'Content-Disposition': {
    description: 'On an export (CSV or NDJSON): `attachment; filename="<list>.csv"` (or `.ndjson`).',
    schema: { type: 'string' },
  },
  'WWW-Authenticate': { description: 'The authentication scheme: `Bearer`.', schema: { type: 'string' } },
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
  'RateLimit-Limit': {
    description:
      'Requests allowed per window to this API key (or address without one). On every answer the limit counted; absent from health probes, /metrics, and while the shared counter (Redis) cannot be reached.',
    schema: { type: 'integer', minimum: 0 },
  },
  'RateLimit-Remaining': { description: 'Requests left in the current window.', schema: { type: 'integer', minimum: 0 } },
  'RateLimit-Reset': { description: 'Seconds until the window ends.', schema: { type: 'integer', minimum: 0 } },
  'Cache-Control': {
    description:
      'On statistics: `public, max-age=60` (`private` when reads need a key), revalidated by ETag. On an export (CSV or NDJSON), a bulk create, a new API key and the change stream: `no-store`.',
    schema: { type: 'string' },
  },
  'Accept-Encoding': {
    description: 'On a 415 for a content coding the server does not decode: the codings it does (RFC 9110 §12.5.3), `gzip, deflate, br`.',
    schema: { type: 'string' },
  },
  'X-Accel-Buffering': {
    description: 'On the change stream: `no`, so that a proxy in front (nginx) passes each event on as it comes.',
    schema: { type: 'string', enum: ['no'] },
  },
  Vary: {
    description: 'On a list that can be exported: `Accept`, as the representation is negotiated from it (JSON, CSV or NDJSON).',
    schema: { type: 'string' },
  },
  'X-Consistency-Token': {
    description:
      "Opaque token of this write's position in the database (sent on every 2xx answer to a write, replays included). Send it as X-Consistency-Token on a later read to see this write: a standby serves that read only once it has replayed it, else the primary does.",
    schema: { type: 'string' },
  },
  'Idempotent-Replayed': {
    description: '`true` when this is the stored response to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
};

export const parameters = {
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: 'An ETag you hold; 304 when it is current.',
    schema: { type: 'string' },
  },
  IfNoneMatchOnWrite: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description:
      '"*" or ETags; 412 when "*" and the target exists (a record, a meeting for its parts, a document for its commit, ' +
      'a collection), or when it names the current ETag (RFC 9110 §13.1.2).',
    schema: { type: 'string' },
  },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'The ETag you read; 412 when the record has changed since. On POST: adding a meeting part compares it with the ' +
      "meeting's ETag, committing a document with the document's; any other POST targets a collection, which has no " +
      'ETag, so only "*" passes (and If-None-Match: * is a 412).',
    schema: { type: 'string' },
  },
  ConsistencyToken: {
    name: 'X-Consistency-Token',
    in: 'header',
    required: false,
    description:
      "The X-Consistency-Token of a write you made: this read then sees that write (read-your-writes), from a standby that has replayed it or from the primary. A list's `nextCursor` carries it on, so its next pages need not send it again (with both, the later write counts). A value that is no such token is a 400.",
    schema: { type: 'string', maxLength: 24 },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'A unique key per intended request (1–255 visible ASCII characters). A retry with the same key and body returns the first response; kept 24 hours.',
    schema: { type: 'string', minLength: 1, maxLength: 255 },
  },
};

export const writeSecurity = [{}, { bearerAuth: [] }, { apiKeyHeader: [] }];

/** Which response headers an operation sends, by its operationId. */
export function successHeaders(operationId: string, status: string, paged: boolean, conditional = false): string[] {
  const sent = ['X-Request-Id'];
  if (paged) sent.push('Link');
  // A read that answers 304 compares an ETag it sends (not the event stream, which has none: only * can match it); an
  // update answers with the new version's.
  if (((conditional && operationId !== 'streamChanges') || /^update/.test(operationId)) && status === '200') sent.push('ETag');
  // A new API key is shown once: `Cache-Control: no-store`.
  if (operationId === 'createApiKey') sent.push('Cache-Control');
  // The change stream: never stored, never buffered by a proxy in front (change-stream.ts).
  if (operationId === 'streamChanges' && status === '200') sent.push('Cache-Control', 'X-Accel-Buffering');
  if (operationId.startsWith('create') || operationId === 'commitDocument') {
    sent.push('Location', 'Idempotent-Replayed');
    // A commit links each meeting it made: `</v1/meetings/{id}>; rel="item"`.
    if (operationId === 'commitDocument') sent.push('Link');
    // A document's and a commit's answers name no single version (a document's ETag is read with GET).
    if (operationId !== 'createDocument' && operationId !== 'commitDocument') sent.push('ETag');
  }
  return sent;
}
