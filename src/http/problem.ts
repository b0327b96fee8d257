import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { Prisma } from '../generated/prisma/client.js';
import { AppError, errorCodes, type ErrorCode, type FieldError } from './errors.js';

// One error model: everything that goes wrong becomes RFC 9457 application/problem+json with a stable code.

export const problemContentType = 'application/problem+json; charset=utf-8';

const validationLocation = { body: 'body', querystring: 'query', params: 'path', headers: 'header' } as const;

const fastifyErrorCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

function fromPrisma(error: Prisma.PrismaClientKnownRequestError): AppError | undefined {
  switch (error.code) {
    case 'P2002':
      return new AppError('conflict', 'A record with the same unique key already exists.');
    case 'P2003':
      return new AppError('conflict', 'The change would break a reference between records.');
    case 'P2025':
      return new AppError('not_found', 'The record does not exist (any more).');
    case 'P2034':
      return new AppError('conflict', 'A concurrent change conflicted with this one; retry the request.');
    default:
      return undefined;
  }
}

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const location = validationLocation[(error as { validationContext?: keyof typeof validationLocation }).validationContext ?? 'body'];
    const errors: FieldError[] = error.validation.map((issue) => ({
      in: location,
      pointer: issue.instancePath === '/' ? '' : issue.instancePath,
      message: issue.message ?? 'is invalid',
    }));
    const detail = errors.map((e) => `${e.in}${e.pointer || ''}: ${e.message}`).join('; ');
    return new AppError('validation_failed', detail, errors);
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) return fromPrisma(error);
  if (error instanceof SyntaxError && (error as FastifyError).statusCode === 400) {
    return new AppError('invalid_json', `The body is not valid JSON: ${error.message}`);
  }
  const fastifyError = error as Partial<FastifyError>;
  const mapped = fastifyError.code ? fastifyErrorCodes[fastifyError.code] : undefined;
  if (mapped) return new AppError(mapped, fastifyError.message ?? errorCodes[mapped].title);
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
    instance: request.url,
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: AppError) {
  return reply.status(error.status).type(problemContentType).send(problemBody(error, reply.request));
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError) {
      if (appError.status >= 500) request.log.error({ err: error }, appError.detail);
      return sendProblem(reply, appError);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      reply,
      new AppError('internal_error', 'Something went wrong on our side; the request id identifies it in our logs.'),
    );
  });
}

/** Errors Fastify's router raises before any route runs (a malformed URL), as problem+json. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void sendProblem(reply, new AppError('bad_request', `The request URL is malformed: ${error.message}`));
}

/** Requests Node's HTTP parser refuses (headers too large, garbage), answered as problem+json before closing. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({
    type: '/problems/bad_request',
    title: tooLarge ? 'Request header fields too large' : 'Bad request',
    status,
    detail: tooLarge ? 'The request line and headers exceed the size the server accepts.' : 'The request could not be parsed as HTTP.',
    code: 'bad_request',
    requestId: randomUUID(),
  });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: ${problemContentType}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
