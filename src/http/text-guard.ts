import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from './errors.js';

// PostgreSQL text cannot hold NUL characters. Rather than let one reach the database as a 500, any request that
// carries one — in the query, the path or the body — is refused up front with a pointer to it.

function findNul(value: unknown, pointer: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? pointer : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, `${pointer}/${index}`);
      if (found !== undefined) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const places: Array<[FieldError['in'], unknown]> = [['query', request.query], ['path', request.params], ['body', request.body]];
    for (const [where, value] of places) {
      const pointer = findNul(value, '');
      if (pointer !== undefined) {
        const error: FieldError = { in: where, pointer, message: 'must not contain NUL characters' };
        throw new AppError('validation_failed', `${where}${pointer}: ${error.message}`, [error]);
      }
    }
  });
}
