import { knownRouteUrls } from './methods.js';
import { decodesAsUtf8, undecodableMessage } from './text-guard.js';
import {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { laterHeaderErrors, timesSent } from './header-checks.js';
import { z } from 'zod';
import pg from 'pg';
import { Prisma } from '../generated/prisma/client.js';
import { FaultEpisodes, faultCause, isConnectionLost, isDatabaseUnavailable, isSchemaMissing } from '../db/faults.js';
import { databaseAnswers } from '../db/query-deadline.js';
import { contractOperation } from './contract-operation.js';
import { problemInstance } from './redact.js';
import {
  AppError,
  errorCodes,
  type ErrorCode,
  type FieldError,
  type FieldLocation,
  fieldsProblem,
  foundBeforeValidation,
  inHeader,
  partProblem,
  wholeBody,
} from './errors.js';

// One error model: everything that goes wrong becomes RFC 9457 application/problem+json with a stable code.

export const problemContentType = 'application/problem+json; charset=utf-8';

/** A 5xx's problem code and cause, by request, for its "request completed" log line. */
const serverErrors = new WeakMap<object, { problem: ErrorCode; cause: ReturnType<typeof faultCause> | null }>();

const validationLocation = { body: 'body', querystring: 'query', params: 'path', headers: 'header' } as const;

// Fastify's body errors, each with the part of the request it is about.
const fastifyErrorCodes: Record<string, { code: ErrorCode; at: FieldLocation }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', at: inHeader('content-type') },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', at: wholeBody },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', at: wholeBody },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', at: wholeBody },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', at: inHeader('content-length') },
};

// The driver adapter's kind of error under a raw query's P2010 ("Raw query failed"), for the same mapping as Prisma's
// own P2002 and P2003 (the nested create's INSERTs are raw).
const rawQueryErrorCodes: Record<string, string> = {
  UniqueConstraintViolation: 'P2002',
  ForeignKeyConstraintViolation: 'P2003',
};

// The same violations as PostgreSQL's SQLSTATEs, from pg's own error: raw SQL run on the pool (db/sql-transaction.ts).
const sqlStateCodes: Record<string, string> = {
  '23505': 'P2002',
  '23503': 'P2003',
};

/**
 * Prisma's code of a database error — its own, a raw query's driver-adapter kind mapped to the code Prisma gives its
 * own queries, or the one of a pg error's SQLSTATE — with the database's message; undefined for any other error.
 */
function databaseCode(error: unknown): { code: string; message: string } | undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return prismaCode(error);
  if (error instanceof pg.DatabaseError && error.code && sqlStateCodes[error.code])
    return { code: sqlStateCodes[error.code]!, message: error.message };
  return undefined;
}

/** Prisma's code of an error, with a raw query's driver-adapter kind mapped to the code Prisma gives its own queries. */
function prismaCode(error: Prisma.PrismaClientKnownRequestError): { code: string; message: string } {
  const cause = (error.meta as { driverAdapterError?: { cause?: { kind?: unknown; originalMessage?: unknown } } } | undefined)
    ?.driverAdapterError?.cause;
  const kind = cause?.kind;
  const code = error.code === 'P2010' && typeof kind === 'string' ? (rawQueryErrorCodes[kind] ?? error.code) : error.code;
  return { code, message: `${typeof cause?.originalMessage === 'string' ? cause.originalMessage : ''} ${error.message}` };
}

/**
 * True when a row written refers to one deleted while the write ran ("insert or update on table … violates foreign key
 * constraint"): PostgreSQL says which side broke it. A write whose references were its own lookups (a document's
 * stored draft at commit) may run again and look them up afresh.
 */
export function refersToDeletedRow(error: unknown): boolean {
  const known = databaseCode(error);
  return known?.code === 'P2003' && /\binsert or update on table\b/i.test(known.message);
}

function fromDatabase(error: unknown): AppError | undefined {
  switch (databaseCode(error)?.code) {
    case 'P2002':
      return new AppError('conflict', 'A record with the same unique key already exists.');
    case 'P2003':
      // A row written that refers to one deleted meanwhile is a request that refers to a record that does not exist —
      // the 422 its own check gives when it runs second; deleting a record still referred to is the 409.
      if (refersToDeletedRow(error))
        return new AppError('unprocessable', 'The request refers to a record that no longer exists (deleted while it ran).');
      return new AppError('conflict', 'The change would break a reference between records.');
    case 'P2025':
      return new AppError('not_found', 'The record does not exist (any more).');
    default:
      return undefined;
  }
}

/** One schema issue as fastify-type-provider-zod reports it: where (a JSON Pointer), what, and zod's own details. */
export interface SchemaIssue {
  instancePath: string;
  message?: string | undefined;
  keyword?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

/** A zod issue (code, path, message and details) as a SchemaIssue at `base` (a JSON Pointer; `/` for the value). */
export function fromZodIssue(base: string, issue: { code?: string; path?: readonly PropertyKey[]; message?: string }): SchemaIssue {
  const { code, path = [], message, ...params } = issue as typeof issue & Record<string, unknown>;
  const tail = path.map((part) => `/${escapePointer(String(part))}`).join('');
  return { instancePath: `${base === '/' ? '' : base}${tail}` || '/', message, keyword: code, params };
}

/** RFC 6901: "~" is written "~0" and "/" "~1" in a JSON Pointer's reference tokens. */
const escapePointer = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The issues that say where a value went wrong: an unknown member of a strict object is reported at that member
 * (`/foo`), not at the object; a value that matches no branch of a union is reported by the branch its type chose
 * (`{"text": 5}` at `/text`, not "Invalid input" at the body) — the branch whose issues do not reject the value's own
 * type, the one with fewest issues when several do not.
 */
export function preciseIssues(issues: readonly SchemaIssue[]): SchemaIssue[] {
  return issues.flatMap((issue) => {
    const keys = issue.params?.['keys'];
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys) && keys.length > 0)
      return keys.map((key) => ({
        instancePath: `${issue.instancePath === '/' ? '' : issue.instancePath}/${escapePointer(String(key))}`,
        message: 'is not a known member',
      }));
    const branches = issue.params?.['errors'];
    if (issue.keyword === 'invalid_union' && Array.isArray(branches) && branches.length > 0) {
      const typed = (branches as Record<string, unknown>[][]).filter(
        (branch) =>
          !branch.some((inner) => inner['code'] === 'invalid_type' && ((inner['path'] as unknown[] | undefined)?.length ?? 0) === 0),
      );
      const chosen = typed.sort((a, b) => a.length - b.length)[0];
      if (chosen && chosen.length > 0) return preciseIssues(chosen.map((inner) => fromZodIssue(issue.instancePath, inner)));
    }
    return [issue];
  });
}

/** A validation_failed problem from a schema's issues, each at its instance path (`/` for the value itself). */
export function validationFailed(location: FieldError['in'], issues: readonly SchemaIssue[]): AppError {
  const all: FieldError[] = preciseIssues(issues).map((issue) => ({
    in: location,
    pointer: issue.instancePath === '/' ? '' : issue.instancePath,
    message: issue.message ?? 'is invalid',
  }));
  // One message per member: zod reports every check a value fails, in the order they are written — its type or format
  // first — so `limit=99999999999999999999` would be "must be a safe integer" and "at most 100" at once.
  const errors = all.filter((error, index) => all.findIndex((other) => other.pointer === error.pointer) === index);
  return fieldsProblem('validation_failed', errors);
}

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const location = validationLocation[(error as { validationContext?: keyof typeof validationLocation }).validationContext ?? 'body'];
    return validationFailed(location, error.validation);
  }
  const fromDb = fromDatabase(error);
  if (fromDb) return fromDb;
  if (error instanceof SyntaxError && (error as FastifyError).statusCode === 400) {
    return partProblem('invalid_json', wholeBody, `The body is not valid JSON: ${error.message}`);
  }
  const fastifyError = error as Partial<FastifyError>;
  const mapped = fastifyError.code ? fastifyErrorCodes[fastifyError.code] : undefined;
  if (mapped) return partProblem(mapped.code, mapped.at, fastifyError.message ?? errorCodes[mapped.code].title);
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500 && !isResponseSerializationError(error)) {
    return new AppError(fastifyError.statusCode === 405 ? 'method_not_allowed' : 'bad_request', fastifyError.message ?? 'Bad request');
  }
  return undefined;
}

export function problemBody(error: AppError, request: FastifyRequest) {
  return {
    type: `/problems/${error.code}`,
    title: errorCodes[error.code].title,
    status: error.status,
    detail: error.detail,
    code: error.code,
    requestId: request.id,
    instance: problemInstance(request.url),
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: AppError) {
  if (error.status >= 500 && !serverErrors.has(reply.request)) serverErrors.set(reply.request, { problem: error.code, cause: null });
  return reply.status(error.status).type(problemContentType).send(problemBody(error, reply.request));
}

/**
 * The problem an error is answered with: AppErrors and the errors of validation, parsing and Prisma as their problems;
 * a database that cannot serve the request (isDatabaseUnavailable) or lacks the schema (isSchemaMissing) as 503; anything else as a 500 that shows no
 * internals. Every 5xx is logged with its error.
 */
export function answerFor(error: unknown, log: FastifyBaseLogger, retryAfterSeconds: number): AppError {
  if (isDatabaseUnavailable(error))
    return new AppError('service_unavailable', `The database cannot serve this request now; retry in ${retryAfterSeconds} s.`);
  if (isSchemaMissing(error)) {
    log.error({ err: error }, 'the database schema is not migrated');
    return new AppError(
      'service_unavailable',
      `The database is not migrated to this version's schema (GET /health/ready lists what is missing); retry in ${retryAfterSeconds} s.`,
    );
  }
  const appError = toAppError(error);
  if (appError) {
    if (appError.status >= 500) log.error({ err: error }, appError.detail);
    return appError;
  }
  log.error({ err: error }, 'unhandled error');
  return new AppError('internal_error', 'Something went wrong on our side; the request id identifies it in our logs.');
}

/**
 * The error handler: every error as its problem (answerFor); a database that cannot serve the request with
 * Retry-After, logged once per episode (FaultEpisodes: an episode ends at a success `faultQuietMs` after its last
 * fault). Each 5xx's problem code and cause are kept for its "request completed" line (ProblemLogController), so a
 * requestId a client reports leads to why it was answered so.
 */
const unsafeMethods = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** Headers that describe a representation of the resource, which a problem is not. */
const representationHeaders = ['etag', 'last-modified', 'link', 'cache-control', 'content-location'] as const;

/**
 * A problem is no representation of the resource: the validators, links and freshness a read set before it failed (a
 * 412 after the list's ETag and Link, a 400 after the stats' `Cache-Control: public`) would let a cache store the
 * problem as the resource, or a client send If-Match with the tag of a page it never got (new-user trial 101). Every
 * 4xx and 5xx goes without them, and without `Accept` in `Vary` (a problem is application/problem+json whatever was
 * asked) — except a 406, which is the answer to what was asked. Registered after every hook that sets them.
 */
export function registerProblemHeaders(app: FastifyInstance): void {
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (reply.statusCode < 400) return done(null, payload);
    for (const name of representationHeaders) if (reply.hasHeader(name)) reply.removeHeader(name);
    const vary = reply.getHeader('vary');
    if (vary !== undefined && reply.statusCode !== 406) {
      const kept = String(vary)
        .split(',')
        .map((token) => token.trim())
        .filter((token) => token && token.toLowerCase() !== 'accept');
      if (kept.length > 0) reply.header('vary', kept.join(', '));
      else reply.removeHeader('vary');
    }
    done(null, payload);
  });
}

/**
 * Fastify's request log lines, with a 5xx's problem code and cause on its "request completed" line:
 * `{"requestId":"…","res":{"statusCode":503},"problem":"service_unavailable","cause":{"code":"55P03","message":"…"}}`.
 */
export class ProblemLogController extends LogController {
  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
    metadata?: Record<string, unknown>,
  ): void {
    const serverError = serverErrors.get(request);
    if (error || !serverError || this.isLogDisabled(request)) return super.requestCompleted(error, request, reply, metadata);
    reply.log.info({ res: reply, responseTime: reply.elapsedTime, ...serverError }, 'request completed');
  }
}

export function registerProblemHandlers(app: FastifyInstance, retryAfterSeconds = 2, faultQuietMs = 10_000): void {
  const episodes = new FaultEpisodes(faultQuietMs);
  // An episode ends with a request the database answered: not with one answered without it (a 400 for a malformed id,
  // a 429, a 404 for a route), which would log "recovered" and a new "unavailable" for every one of them.
  const answersAtStart = new WeakMap<object, number>();
  app.addHook('onRequest', (request, _reply, done) => {
    if (episodes.inEpisode) answersAtStart.set(request, databaseAnswers());
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const start = answersAtStart.get(request);
    if (episodes.inEpisode && reply.statusCode < 500 && start !== undefined && databaseAnswers() > start) episodes.succeeded(request.log);
    done();
  });
  app.setErrorHandler((error, request, reply) => {
    // The client's own connection ended while its body was read (Node's "aborted", code ECONNRESET like a database
    // socket's reset): a 400 no one will read, and no database fault (new-user trial 137 F3).
    if (bodyCutOff(error, request))
      return sendProblem(reply, new AppError('bad_request', 'The connection closed before the request body ended.'));
    if (isDatabaseUnavailable(error)) episodes.failed(error, request.log);
    let answer = withRouteLimits(app, request, error, answerFor(error, request.log, retryAfterSeconds));
    answer = withUncheckedParts(request, error, withMissingBody(app, request, error, answer));
    // A write whose connection broke may have been committed before its answer was lost: say so, and how to find out.
    if (answer.code === 'service_unavailable' && unsafeMethods.has(request.method) && isConnectionLost(error))
      answer = new AppError(
        'service_unavailable',
        `The connection to the database broke while this write ran: it may or may not have been applied. Retry in ${retryAfterSeconds} s with the same Idempotency-Key (a write that went through is then answered as it was), or read the record before retrying without one.`,
      );
    // A condition that clears by itself says when (a 409 for an Idempotency-Key whose request is still running).
    if (answer.retryAfterSeconds !== undefined) void reply.header('retry-after', String(answer.retryAfterSeconds));
    // Every 503 says when to come back (README, "Errors"): the database's, readiness's, an overloaded server's.
    if (answer.status === 503 && !reply.hasHeader('retry-after')) void reply.header('retry-after', String(retryAfterSeconds));
    if (answer.status >= 500)
      serverErrors.set(request, { problem: answer.code, cause: error instanceof AppError ? null : faultCause(error) });
    return sendProblem(reply, answer);
  });
}

/**
 * True when `error` is the request body's own stream failing — the client closed the connection or broke the framing
 * before the body ended: Node destroys the request with it (`request.raw.errored`), and Fastify's body reader passes it
 * on with status 400.
 */
export function bodyCutOff(error: unknown, request: FastifyRequest): boolean {
  const broken = request.raw.errored;
  return broken !== null && broken !== undefined && (error === broken || (error as { cause?: unknown } | null)?.cause === broken);
}

// The order Fastify validates a request's parts in, stopping at the first that fails (fastify/lib/validation.js).
const validationOrder = ['params', 'body', 'querystring', 'headers'] as const;
const partValue = {
  params: (request: FastifyRequest) => request.params,
  body: (request: FastifyRequest) => request.body,
  querystring: (request: FastifyRequest) => request.query,
  headers: (request: FastifyRequest) => request.headers,
};

/**
 * A request's validation problem with the errors of every part, not only the first that failed: Fastify stops at the
 * first part whose schema fails (the body before the query and the headers), so a request with a bad body and a bad
 * If-Match would be told of the body, fixed, and sent back to be told of the header (new-user trial 113). The parts
 * after the failed one are checked here against the route's own zod schemas, still unparsed as they arrived, and the
 * headers checked after validation by their own checks (header-checks.ts); the errors keep Fastify's order of the
 * parts, those headers last. So do the problems found before validation (foundBeforeValidation): a body that is no
 * JSON or names a member twice, a query integer out of form (trial 114: `limit=0` hid a bad `kind` and a bad header).
 */
function withUncheckedParts(request: FastifyRequest, error: unknown, answer: AppError): AppError {
  if (!answer.errors) return answer;
  const early = error instanceof AppError ? foundBeforeValidation.get(error) : undefined;
  let parts: readonly (typeof validationOrder)[number][];
  if (answer.code === 'validation_failed' && hasZodFastifySchemaValidationErrors(error)) {
    const failed = (error as { validationContext?: (typeof validationOrder)[number] }).validationContext ?? 'body';
    parts = validationOrder.slice(validationOrder.indexOf(failed) + 1);
  } else if (early !== undefined) {
    // Found before validation: a body that could not be read (the other parts, not it), or a query integer (all of
    // them; the query's own errors are already there, and the schema's for the same parameter are dropped below).
    parts = early === 'body' ? validationOrder.filter((part) => part !== 'body') : validationOrder;
  } else return answer;
  const schemas = request.routeOptions.schema as Partial<Record<(typeof validationOrder)[number], unknown>> | undefined;
  const errors = [...answer.errors];
  for (const part of parts) {
    const schema = schemas?.[part];
    if (!(schema instanceof z.ZodType)) continue;
    const result = schema.safeParse(partValue[part](request));
    if (!result.success)
      for (const found of validationFailed(
        validationLocation[part],
        result.error.issues.map((issue) => fromZodIssue('/', issue)),
      ).errors ?? [])
        if (!errors.some((other) => other.in === found.in && other.pointer === found.pointer)) errors.push(found);
  }
  // Headers a hook or the handler checks after validation (preconditions, Idempotency-Key), unless a schema named them.
  for (const error of laterHeaderErrors(request))
    if (!errors.some((other) => other.in === 'header' && other.pointer === error.pointer)) errors.push(error);
  return errors.length === answer.errors.length ? answer : fieldsProblem(answer.code, errors);
}

/**
 * A body the operation needs, sent none (or an empty one labelled application/json, which is no body): "is required:
 * the request has no body (send application/json or text/plain)" at the body, not zod's "Invalid input" or "expected
 * object, received null" (new-user trials 114 and 115). The media types are the contract's for the operation. A body
 * of JSON `null` is "must be a JSON object, not null".
 */
function withMissingBody(app: FastifyInstance, request: FastifyRequest, error: unknown, answer: AppError): AppError {
  // Only the body's schema failing on no body: not a body that could not be read (found before validation), whose
  // problem says why.
  const bodySchemaFailed =
    hasZodFastifySchemaValidationErrors(error) && ((error as { validationContext?: string }).validationContext ?? 'body') === 'body';
  if (!bodySchemaFailed || !answer.errors || (request.body !== undefined && request.body !== null)) return answer;
  const body = contractOperation(app, request)?.requestBody;
  if (!body) return answer;
  // A body of JSON `null` (four bytes sent) is a body, just not an object (new-user trial 117); an empty one is none.
  const sentNull = request.body === null && Number(request.headers['content-length'] ?? 0) > 0;
  const message = sentNull
    ? 'must be a JSON object, not null'
    : `is required: the request has no body (send ${Object.keys(body.content ?? {}).join(' or ')})`;
  const errors = answer.errors.map((field) => (field.in === 'body' && field.pointer === '' ? { ...field, message } : field));
  return fieldsProblem(answer.code, errors);
}

/**
 * Fastify's own 413 and 415 say what this endpoint takes: "at most 4194304 bytes", "application/json or text/plain"
 * (the request media types of the operation in the OpenAPI contract, so the answer and the contract cannot disagree).
 */
function withRouteLimits(app: FastifyInstance, request: FastifyRequest, error: unknown, answer: AppError): AppError {
  const code = (error as Partial<FastifyError>).code;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const limit = request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit;
    if (limit) return partProblem('payload_too_large', wholeBody, `The body is larger than the ${limit} bytes this endpoint takes.`);
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const accepted = requestMediaTypes(app, request);
    if (accepted.length > 0)
      return partProblem(
        'unsupported_media_type',
        inHeader('content-type'),
        `This endpoint takes ${accepted.join(', ')}; the request's Content-Type was ${request.headers['content-type'] ?? 'missing'}.`,
      );
  }
  return answer;
}

/**
 * Refuses, before the body is read, a body of a media type the matched operation does not take by the contract (415,
 * the same problem as Fastify's own for a type no parser reads): a parser registered for one endpoint — text/plain
 * for documents, NDJSON for the bulk create, JSON Merge Patch — would otherwise read it for its neighbours too, and a
 * commit sent as text/plain answered 400 "expected object, received string". Media types compare by their essence
 * (type/subtype, lower case; parameters such as charset are the parser's business).
 */
export function registerRequestMediaTypes(app: FastifyInstance): void {
  const byRoute = new Map<string, string[]>();
  app.addHook('preParsing', (request, _reply, payload, done) => {
    const type = request.headers['content-type'];
    if (type === undefined || !request.routeOptions.url) return done(null, payload);
    // Two Content-Type fields (Node keeps the first): which one the body is in is unknown — a 400, as a second
    // Authorization or Idempotency-Key is (new-user trial 144 F5; RFC 9110 §5.3: a field of one value).
    const sent = timesSent(request, 'content-type');
    if (sent > 1) return done(partProblem('bad_request', inHeader('content-type'), `Content-Type was sent ${sent} times; send it once.`));
    const route = `${request.method} ${request.routeOptions.url}`;
    let accepted = byRoute.get(route);
    if (!accepted) {
      accepted = requestMediaTypes(app, request);
      byRoute.set(route, accepted);
    }
    const essence = (type.split(';')[0] ?? '').trim().toLowerCase();
    if (accepted.length === 0 || accepted.includes(essence)) return done(null, payload);
    done(
      partProblem(
        'unsupported_media_type',
        inHeader('content-type'),
        `This endpoint takes ${accepted.join(', ')}; the request's Content-Type was ${type}.`,
      ),
    );
  });
}

// The media types the contract lists for the request body of the matched operation.
function requestMediaTypes(app: FastifyInstance, request: FastifyRequest): string[] {
  const content = contractOperation(app, request)?.requestBody?.content;
  return content ? Object.keys(content) : [];
}

/** The longest path parameter the router passes on (find-my-way's maxParamLength). */
export const maxPathParameterLength = 200;

/**
 * Errors Fastify's router raises before any route runs, as problem+json with the request id: a path parameter over
 * the length limit (the parameter is named when a route shape fits the path), or a malformed URL escape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void reply.header('x-request-id', request.id);
  const path = request.url.split('?')[0] ?? '';
  const segments = path.split('/');
  const long = segments.findIndex((segment) => segment.length > maxPathParameterLength);
  if (long >= 0) {
    const name = parameterNameAt(request, segments, long);
    const problem = name
      ? fieldsProblem('validation_failed', [
          { in: 'path' as const, pointer: `/${name}`, message: `is longer than ${maxPathParameterLength} characters` },
        ])
      : new AppError('validation_failed', `path segment ${long}: is longer than ${maxPathParameterLength} characters`);
    return void sendProblem(reply, problem);
  }
  // A segment whose escapes do not decode ("%E9%FF" is Latin-1, "%ZZ" no escape at all): named like the long one, and
  // the whole path (pointer "") when no route has a parameter there.
  const undecodable = segments.findIndex((segment) => !decodesAsUtf8(segment));
  if (undecodable >= 0) {
    const name = parameterNameAt(request, segments, undecodable);
    return void sendProblem(
      reply,
      fieldsProblem('validation_failed', [{ in: 'path' as const, pointer: name ? `/${name}` : '', message: undecodableMessage }]),
    );
  }
  void sendProblem(reply, new AppError('bad_request', `The request URL is malformed: ${error.message}`));
}

// The name of the route parameter at a path's segment, from the routes the server knows (http/methods.ts).
function parameterNameAt(request: FastifyRequest, segments: readonly string[], index: number): string | null {
  for (const url of knownRouteUrls(request.server)) {
    const shape = url.replace(/\/+$/, '').split('/');
    if (shape.length !== segments.length) continue;
    if (shape.every((part, at) => at === index || part.startsWith(':') || part === segments[at]) && shape[index]?.startsWith(':'))
      return shape[index].slice(1);
  }
  return null;
}
