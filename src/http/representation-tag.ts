import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { inHeader, partProblem } from './errors.js';
import { header, isNotModified, parseEntityTags } from './etag.js';
import { problemBody, problemContentType } from './problem.js';

// GET answers whose handler sets no ETag of its own — list pages, search, the tables of parts, timelines, a person's
// positions, the contract — get a weak ETag digested from the body they send, and their preconditions are evaluated
// against it (RFC 9110 §13.1–13.2), so a dashboard can revalidate a page with If-None-Match and get 304 when it has
// not changed. Weak: the same body may go out under other content codings (content-coding.ts). Records, parts of a
// meeting and stats set their own ETags (etag.ts, stats.routes.ts) and are left alone. A streamed export has no body
// to digest: export-stream.ts evaluates its preconditions with preconditionOutcome(request, null) before a row is read.

/** The weak ETag of a body: W/"b-" and 22 characters of its SHA-256 (base64url). */
export function digestTag(body: string | Buffer): string {
  return `W/"b-${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * The outcome of a GET's preconditions against `etag` (null: a streamed answer, which has none): 412 when If-Match
 * names tags (a weak tag never matches strongly, §13.1.1), 304 when If-None-Match is `*` or names the tag weakly
 * (§13.1.2), else null. Throws 400 on a malformed header (parseEntityTags).
 */
export function preconditionOutcome(request: FastifyRequest, etag: string | null): 304 | 412 | null {
  const ifMatch = header(request, 'if-match');
  if (ifMatch !== undefined && parseEntityTags('If-Match', ifMatch) !== '*') return 412;
  if (etag !== null) return isNotModified(request, etag) ? 304 : null;
  const ifNoneMatch = header(request, 'if-none-match');
  return ifNoneMatch !== undefined && parseEntityTags('If-None-Match', ifNoneMatch) === '*' ? 304 : null;
}

/** The 412 of an If-Match with a tag on a streamed answer, which has no ETag. */
export const streamedPreconditionFailed = () =>
  partProblem(
    'precondition_failed',
    inHeader('if-match'),
    'If-Match names an entity tag, but this answer is streamed and has none to compare it with (only "*" can match).',
  );

function refuse(request: FastifyRequest, reply: FastifyReply, etag: string): string {
  const error = partProblem(
    'precondition_failed',
    inHeader('if-match'),
    `If-Match compares entity tags strongly (RFC 9110 §13.1.1) and this answer's ETag, ${etag}, is weak: only "*" can match. Use If-None-Match to revalidate it.`,
  );
  void reply.status(412).type(problemContentType);
  return JSON.stringify(problemBody(error, request));
}

/** Registers the hook (see above) on `app`. */
export function registerRepresentationTags(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200 || reply.hasHeader('etag')) return payload;
    // The API's reads only (not the probes, the metrics or the docs), and not the event stream.
    if (!request.url.startsWith('/v1/') || String(reply.getHeader('content-type') ?? '').startsWith('text/event-stream')) return payload;
    // A stream (an export) evaluated its preconditions before it started (export-stream.ts).
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = digestTag(payload);
    reply.header('etag', etag);
    const outcome = preconditionOutcome(request, etag);
    if (outcome === null) return payload;
    if (outcome === 412) return refuse(request, reply, etag);
    void reply.status(304);
    reply.removeHeader('content-type');
    // No body, as `undefined` (not null): Fastify's own HEAD route reads a null payload as a stream and failed with a 500
    // on a HEAD that revalidated a list (new-user trial 144 F1); undefined is what a 304 of a record sends too.
    return undefined;
  });
}
