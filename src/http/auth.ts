import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '../modules/audit/audit.js';
import { AppError } from './errors.js';

// Reads are open. With API_KEYS configured, writes need `Authorization: Bearer <key>` (or X-Api-Key) and the key's
// name is the actor of the audit trail; without it, writes are open and the actor is unknown (null).

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function presentedKey(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice(7).trim();
  const header = request.headers['x-api-key'];
  return typeof header === 'string' ? header : undefined;
}

function nameFor(keys: ReadonlyMap<string, string>, presented: string): string | undefined {
  const given = Buffer.from(presented);
  for (const [key, name] of keys) {
    const candidate = Buffer.from(key);
    if (candidate.length === given.length && timingSafeEqual(candidate, given)) return name;
  }
  return undefined;
}

export function registerAuth(app: FastifyInstance, keys: ReadonlyMap<string, string>): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = { actor: null, requestId: request.id };
    if (!keys.size || !writeMethods.has(request.method)) return;
    const presented = presentedKey(request);
    const name = presented === undefined ? undefined : nameFor(keys, presented);
    if (!name) {
      void reply.header('www-authenticate', 'Bearer');
      throw new AppError('unauthorized', 'Writes need an API key: send Authorization: Bearer <key>.');
    }
    request.actor = { actor: name, requestId: request.id };
  });
}
