import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contractOperation } from './contract-operation.js';
import { beforeValidation, type FieldError, fieldsProblem } from './errors.js';

/**
 * Refuses, before validation, a query parameter the contract declares an `integer` whose value is not written in
 * decimal digits (`limit=0x10`, `limit=1e1`, `limit=+5`, `limit=2.0`): JavaScript's number coercion would read them as
 * 16, 10, 5 and 2, so a mistyped value would pass unnoticed. A 400 at the parameter. Digits outside the range the
 * contract gives (`minimum`, `maximum`) are a 400 naming that range, however many digits ("limit=99999999999999999999").
 */
export function registerIntegerQueryCheck(app: FastifyInstance): void {
  const byRoute = new Map<string, IntegerParameter[]>();
  app.addHook('preValidation', (request, _reply, done) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (!query || typeof query !== 'object' || !request.routeOptions.url) return done();
    const route = `${request.method} ${request.routeOptions.url}`;
    let parameters = byRoute.get(route);
    if (!parameters) byRoute.set(route, (parameters = integerParameters(app, request)));
    const wrong: FieldError[] = parameters.flatMap(({ name, minimum, maximum }): FieldError[] => {
      const value = query[name];
      if (typeof value !== 'string') return [];
      if (!/^[0-9]+$/.test(value))
        return [{ in: 'query', pointer: `/${name}`, message: 'must be a whole number in decimal digits (as 25)' }];
      // "limit=99999999999999999999": the range the contract gives, not JavaScript's largest safe integer.
      const number = BigInt(value);
      if ((maximum !== undefined && number > BigInt(maximum)) || (minimum !== undefined && number < BigInt(minimum)))
        return [{ in: 'query', pointer: `/${name}`, message: `must be a whole number from ${minimum ?? 0} to ${maximum ?? 'any'}` }];
      return [];
    });
    if (wrong.length === 0) return done();
    done(beforeValidation(fieldsProblem('validation_failed', wrong), 'query'));
  });
}

interface IntegerParameter {
  name: string;
  minimum: number | undefined;
  maximum: number | undefined;
}

// The query parameters of the matched operation whose schema in the contract is an integer, with their range.
function integerParameters(app: FastifyInstance, request: FastifyRequest): IntegerParameter[] {
  const parameters = contractOperation(app, request)?.parameters ?? [];
  return parameters
    .filter((p) => p.in === 'query' && p.schema?.type === 'integer' && p.name)
    .map((p) => ({ name: p.name as string, minimum: p.schema?.minimum, maximum: p.schema?.maximum }));
}
