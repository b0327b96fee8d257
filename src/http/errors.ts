// The error catalogue: every problem+json response carries one of these stable codes.
export const errorCodes = {
  bad_request: { status: 400, title: 'Bad request' },
  validation_failed: { status: 400, title: 'Request validation failed' },
  invalid_json: { status: 400, title: 'Malformed JSON body' },
  invalid_cursor: { status: 400, title: 'Invalid cursor' },
  invalid_id: { status: 400, title: 'Malformed identifier' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  not_found: { status: 404, title: 'Resource not found' },
  route_not_found: { status: 404, title: 'No such endpoint' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  not_acceptable: { status: 406, title: 'Not acceptable' },
  request_timeout: { status: 408, title: 'Request timeout' },
  conflict: { status: 409, title: 'Conflict' },
  precondition_failed: { status: 412, title: 'Precondition failed' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  expectation_failed: { status: 417, title: 'Expectation failed' },
  uri_too_long: { status: 414, title: 'URI too long' },
  header_fields_too_large: { status: 431, title: 'Request header fields too large' },
  unprocessable: { status: 422, title: 'Unprocessable content' },
  idempotency_key_reused: { status: 422, title: 'Idempotency key reused with a different request' },
  precondition_required: { status: 428, title: 'Precondition required' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Internal server error' },
  not_implemented: { status: 501, title: 'Not implemented' },
  service_unavailable: { status: 503, title: 'Service unavailable' },
  http_version_not_supported: { status: 505, title: 'HTTP version not supported' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

/**
 * One problem at one place: `in` the request's body, query, path or a header — or `resource`, the stored resource the
 * request acts on as its GET returns it (a document's stored `draft`, committed without a body: new-user trial 117 was
 * pointed "into" a body it never sent) — and a JSON Pointer (RFC 6901) within it.
 */
export interface FieldError {
  in: 'body' | 'query' | 'path' | 'header' | 'resource';
  pointer: string;
  message: string;
}

/** Where in the request a problem is: `in` and a JSON Pointer (RFC 6901) within it. */
export type FieldLocation = Pick<FieldError, 'in' | 'pointer'>;

/** A request header, by its lower-case name (`/if-match`), as every header error points at it. */
export const inHeader = (name: string): FieldLocation => ({ in: 'header', pointer: `/${name.toLowerCase()}` });
/** A query parameter (`/cursor`). */
export const inQuery = (name: string): FieldLocation => ({ in: 'query', pointer: `/${name}` });
/** The body as a whole: the empty JSON Pointer is the whole document (RFC 6901 §5). */
export const wholeBody: FieldLocation = { in: 'body', pointer: '' };

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  /** Sent as Retry-After (seconds) with the problem: the condition is expected to clear by then. */
  retryAfterSeconds?: number;
  /** Field errors found past those `errors` lists (fieldsProblem), which the detail counts: "; and 3 more". */
  unlisted = 0;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.status = errorCodes[code].status;
  }
}

/**
 * The detail of a problem about fields: each error as where it is and what is wrong ("body/draft/meetings/0/date: must
 * be a date", "query/limit: must be a whole number …"), joined by "; " — one form whichever check found them. An error
 * in a stored resource (`in: "resource"`, a document's stored draft) reads "the stored document's /draft/meetings/0: …"
 * (new-user trial 124: "resource/draft/…" read as a path).
 */
export const fieldErrorsDetail = (errors: readonly FieldError[]): string =>
  errors.map((error) => `${error.in === 'resource' ? "the stored document's " : error.in}${error.pointer}: ${error.message}`).join('; ');

/** The most field errors one problem carries: a 10 KB query of 3,000 bad items is not answered with 3,000 errors. */
export const maxFieldErrors = 20;

/**
 * A problem about fields (400 `validation_failed`, 422 `unprocessable`, …) whose detail lists them (fieldErrorsDetail):
 * the first `maxFieldErrors`, and how many more there were (`uncounted`: more that a check counted without listing).
 */
export function fieldsProblem(code: ErrorCode, errors: FieldError[], uncounted = 0): AppError {
  const shown = errors.slice(0, maxFieldErrors);
  const problem = new AppError(code, countedDetail(shown, errors.length - shown.length + uncounted), shown);
  problem.unlisted = errors.length - shown.length + uncounted;
  return problem;
}

/** fieldErrorsDetail of the errors listed, and how many more there were ("; and 3 more") when any. */
export const countedDetail = (listed: readonly FieldError[], unlisted: number): string =>
  `${fieldErrorsDetail(listed)}${unlisted > 0 ? `; and ${unlisted} more` : ''}`;

/** 404 `not_found`: "No meeting with id "…".", naming what the path segment may be (`by`: "id or slug", "id or name"). */
export const notFound = (resource: string, id: string, by = 'id') => new AppError('not_found', `No ${resource} with ${by} "${id}".`);
/**
 * A problem about one part of the request that is not a list of field checks — a header, a query parameter, the body
 * as a whole: `detail` is the sentence, and `errors` has the one entry pointing at the part (`message` defaults to
 * the sentence), so a client finds what to fix where a validation problem puts it (new-user trial 113).
 */
export const partProblem = (code: ErrorCode, at: FieldLocation, detail: string, message = detail) =>
  new AppError(code, detail, [{ ...at, message }]);
/**
 * Problems found before Fastify's schema validation ran, by the part they are about: the JSON body parser's
 * (`body`: the body could not be read, so the other parts are still to be checked) and the query's integer check
 * (`query`). The error handler checks the request's other parts too and reports them in the same problem.
 */
export const foundBeforeValidation = new WeakMap<AppError, 'body' | 'query'>();
/** Marks `problem` as found before validation, about `part`; returns it. */
export function beforeValidation(problem: AppError, part: 'body' | 'query'): AppError {
  foundBeforeValidation.set(problem, part);
  return problem;
}

/** 400 `invalid_cursor`, pointing at the parameter that carried it (`cursor` unless said: the change feed's `after`). */
export const invalidCursor = (detail: string, at: FieldLocation = inQuery('cursor')) => partProblem('invalid_cursor', at, detail);
/** A member of the JSON body (`/position`, `/person/identifiers/0`). */
export const inBody = (pointer: string): FieldLocation => ({ in: 'body', pointer });
/**
 * 409 `conflict`: with `at`, the member of the request the conflict is about (a position taken, a slug or name in use,
 * a person seated already), which `errors` points at; without, a conflict with the target's state as a whole.
 */
export const conflict = (detail: string, at?: FieldLocation) =>
  at ? partProblem('conflict', at, detail) : new AppError('conflict', detail);
/** 422 `unprocessable`: a sentence when no field is to blame; with field errors, use fieldsProblem('unprocessable', …). */
export const unprocessable = (detail: string) => new AppError('unprocessable', detail);
/**
 * 412 `precondition_failed` for an If-Match that names no current ETag of `resource`: stale, or never one of its tags
 * (a 412 cannot tell the two apart, so it says both).
 */
export const preconditionFailed = (resource: string, current: string) =>
  partProblem(
    'precondition_failed',
    inHeader('if-match'),
    `If-Match does not name the ${resource}'s current ETag, ${current}: it has changed since the tag was read, or the tag was never one of its ETags. Fetch it again.`,
  );
export const serviceUnavailable = (detail: string) => new AppError('service_unavailable', detail);
