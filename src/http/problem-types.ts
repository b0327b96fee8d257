import type { FastifyInstance } from 'fastify';
import { AppError, errorCodes, type ErrorCode } from './errors.js';

// Problem `type` URIs (/problems/{code}) resolve: each names its status and title, as RFC 9457 suggests.
export function registerProblemTypes(app: FastifyInstance): void {
  app.get<{ Params: { code: string } }>('/problems/:code', { schema: { hide: true } }, async (request) => {
    const code = request.params.code as ErrorCode;
    if (!Object.hasOwn(errorCodes, code)) throw new AppError('not_found', `No problem type "${request.params.code}".`);
    return { type: `/problems/${code}`, code, ...errorCodes[code] };
  });
}
