import type { FastifyInstance } from 'fastify';
import { type FieldError, fieldsProblem } from './errors.js';

/**
 * Refuses a query parameter given more than once (`?limit=1&limit=2`, `?kind=talks&kind=visit`) with a 400 naming it,
 * before the query is validated: every parameter of the API takes one value, a list as one comma-separated value
 * (`kind=talks,visit`), so the repetition is a client's mistake — and validation alone answered "expected number,
 * received NaN" or "expected string, received array", which says neither which parameter nor why.
 */
export function registerRepeatedQueryCheck(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (!query || typeof query !== 'object') return done();
    const repeated: FieldError[] = Object.entries(query)
      .filter(([, value]) => Array.isArray(value))
      .map(([name, value]) => ({
        in: 'query',
        pointer: `/${name}`,
        message: `given ${(value as unknown[]).length} times; give it once (a list is one comma-separated value)`,
      }));
    if (repeated.length === 0) return done();
    done(fieldsProblem('validation_failed', repeated));
  });
}
