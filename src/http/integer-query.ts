import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contractOperation } from './contract-operation.js';
import { AppError, type FieldError } from './errors.js';

/**
 * Refuses, before validation, a query parameter the contract declares an `integer` whose value is not written in
 * decimal digits (`limit=0x10`, `limit=1e1`, `limit=+5`, `limit=2.0`): JavaScript's number coercion would read them as
 * 16, 10, 5 and 2, so a mistyped value would pass unnoticed. A 400 at the parameter.
 */
export function registerIntegerQueryCheck(app: FastifyInstance): void {
  const byRoute = new Map<string, string[]>();
  app.addHook('preValidation', (request, _reply, done) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (!query || typeof query !== 'object' || !request.routeOptions.url) return done();
    const route = `${request.method} ${request.routeOptions.url}`;
    let names = byRoute.get(route);
    if (!names) byRoute.set(route, (names = integerParameters(app, request)));
    const wrong: FieldError[] = names
      .filter((name) => typeof query[name] === 'string' && !/^[0-9]+$/.test(query[name]))
      .map((name) => ({ in: 'query', pointer: `/${name}`, message: 'must be a whole number in decimal digits (as 25)' }));
    if (wrong.length === 0) return done();
    done(new AppError('validation_failed', wrong.map((error) => `query${error.pointer}: ${error.message}`).join('; '), wrong));
  });
}

// The query parameters of the matched operation whose schema in the contract is an integer.
function integerParameters(app: FastifyInstance, request: FastifyRequest): string[] {
  const parameters = contractOperation(app, request)?.parameters ?? [];
  return parameters.filter((p) => p.in === 'query' && p.schema?.type === 'integer' && p.name).map((p) => p.name as string);
}
