import type { FastifyRequest } from 'fastify';
import { contractOperation } from './contract-operation.js';
import { AppError, type FieldError, inHeader } from './errors.js';
import { header, parseEntityTags } from './etag.js';

// The request headers whose form is checked by a hook or a handler after Fastify's schema validation (a precondition,
// an Idempotency-Key), checked again here when that validation failed first, so one problem names them all.

/** Idempotency-Key: 1 to 255 visible ASCII characters (draft-ietf-httpapi-idempotency-key-header §2.1 leaves the form to the server). */
export const idempotencyKeyPattern = /^[\x21-\x7e]{1,255}$/;

/** How many times the request sent the header `name` (lower case), counted in its raw headers. */
export const timesSent = (request: FastifyRequest, name: string): number =>
  request.raw.rawHeaders.filter((value, index) => index % 2 === 0 && value.toLowerCase() === name).length;

/** The problem with the request's Idempotency-Key: sent twice, or not of the key's form; null when there is none. */
export function idempotencyKeyProblem(request: FastifyRequest): string | null {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return null;
  const sent = timesSent(request, 'idempotency-key');
  if (sent > 1) return `Idempotency-Key was sent ${sent} times; send it once.`;
  if (typeof key !== 'string' || !idempotencyKeyPattern.test(key)) return 'Idempotency-Key must be 1 to 255 visible ASCII characters.';
  return null;
}

// A parameter of the contract's components (`#/components/parameters/IfMatch`), as the operation refers to it.
function parameterAt(request: FastifyRequest, ref: string): { in?: string; name?: string } | undefined {
  const document = request.server.swagger() as { components?: { parameters?: Record<string, { in?: string; name?: string }> } };
  return document.components?.parameters?.[ref.split('/').at(-1) ?? ''];
}

/**
 * The errors of the precondition headers and the Idempotency-Key the request sends, as the operation's own checks
 * would answer them, for the headers its contract operation takes; none when they are well formed.
 */
export function laterHeaderErrors(request: FastifyRequest): FieldError[] {
  const taken = new Set(
    (contractOperation(request.server, request)?.parameters ?? [])
      .map((parameter) => (parameter.$ref ? parameterAt(request, parameter.$ref) : parameter))
      .filter((parameter) => parameter?.in === 'header')
      .map((parameter) => parameter?.name?.toLowerCase()),
  );
  const errors: FieldError[] = [];
  for (const [name, printed] of [
    ['if-match', 'If-Match'],
    ['if-none-match', 'If-None-Match'],
  ] as const) {
    const value = header(request, name);
    if (value === undefined || !taken.has(name)) continue;
    try {
      parseEntityTags(printed, value);
    } catch (error) {
      if (error instanceof AppError) errors.push({ ...inHeader(name), message: error.detail });
    }
  }
  const key = taken.has('idempotency-key') && request.method === 'POST' ? idempotencyKeyProblem(request) : null;
  if (key !== null) errors.push({ ...inHeader('idempotency-key'), message: key });
  return errors;
}
