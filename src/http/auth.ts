import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/prisma.js';
import type { Actor } from '../modules/audit/audit.js';
import { hashKey, type Scope } from '../modules/keys/keys.service.js';
import { AppError, fieldsProblem, inHeader, partProblem } from './errors.js';
import type { authFailureLimiter } from './rate-limit.js';

// API keys: sent as `Authorization: Bearer <key>` (the scheme in any case, RFC 9110 §11.1) or `X-Api-Key`, never in
// the URL. A key grants scopes: read (GET), write (changes to records), admin (managing keys). Keys live in the
// database as SHA-256 hashes (npm run keys, /v1/keys), and API_KEYS in the environment adds keys at startup. Looking
// a key up by its hash compares nothing byte by byte, so neither timing nor length says anything about other keys.
// Writes need a key once any key exists; reads only with REQUIRE_KEY_FOR_READS; managing keys always.

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/** Keys from the environment, by the SHA-256 of the key. */
export type EnvironmentKeys = ReadonlyMap<string, { name: string; scopes: readonly Scope[] }>;

export interface AuthOptions {
  environmentKeys: EnvironmentKeys;
  requireKeyForReads: boolean;
  prisma: Db;
  limiter: ReturnType<typeof authFailureLimiter>;
}

const readMethods = new Set(['GET', 'HEAD']);
const openPaths = /^\/(?:health\/|metrics$|docs|openapi\.(?:json|yaml)|problems\/|review(?:\/|$))/;

function requiredScope(request: FastifyRequest): Scope | null {
  const path = request.url.split('?')[0] ?? '';
  if (request.method === 'OPTIONS' || openPaths.test(path)) return null;
  if (path === '/v1/keys' || path.startsWith('/v1/keys/')) return 'admin';
  return readMethods.has(request.method) ? 'read' : 'write';
}

/**
 * The key the request presents, undefined when it presents none. Credentials that cannot be a key of ours are refused
 * rather than ignored, so that a client never runs anonymously unawares: another Authorization scheme (Basic, a
 * Bearer with no token), an empty X-Api-Key (401); two different keys at once (400: RFC 6750 §2, one method per
 * request).
 */
function presentedKey(request: FastifyRequest): string | undefined {
  // Node keeps the first of two Authorization headers and joins two X-Api-Key headers: both are counted here, raw.
  const sent = (name: string) => request.raw.rawHeaders.filter((value, index) => index % 2 === 0 && value.toLowerCase() === name).length;
  for (const name of ['authorization', 'x-api-key'])
    if (sent(name) > 1)
      throw new AppError(
        'bad_request',
        `The request sends ${name === 'authorization' ? 'Authorization' : 'X-Api-Key'} more than once: send one key.`,
        [{ in: 'header', pointer: `/${name}`, message: 'sent more than once' }],
      );
  const authorization = request.headers.authorization;
  const header = request.headers['x-api-key'];
  let bearer: string | undefined;
  if (authorization !== undefined) {
    const token = /^bearer[ \t]+(\S+)\s*$/i.exec(authorization)?.[1];
    if (token === undefined) {
      // The scheme is named only when it looks like one ("Basic", "Digest"): a bare token is a secret, never echoed.
      const word = /^\s*(\S+)/.exec(authorization)?.[1] ?? '';
      const scheme = /^[A-Za-z][A-Za-z-]{1,19}$/.test(word) && (/\s\S/.test(authorization.trim()) || /^bearer$/i.test(word)) ? word : '';
      const message = /^bearer$/i.test(scheme)
        ? 'names the Bearer scheme but holds no key: send Authorization: Bearer <key>'
        : `${scheme ? `uses the ${scheme} scheme` : 'names no scheme'}; this API takes Authorization: Bearer <key> or X-Api-Key: <key>`;
      throw fieldsProblem('unauthorized', [{ in: 'header', pointer: '/authorization', message }]);
    }
    bearer = token;
  }
  if (header !== undefined && (typeof header !== 'string' || header.trim().length === 0))
    throw fieldsProblem('unauthorized', [
      { in: 'header', pointer: '/x-api-key', message: 'is empty: send the key, or leave the header out' },
    ]);
  if (bearer !== undefined && header !== undefined && header !== bearer)
    throw fieldsProblem('bad_request', [
      {
        in: 'header',
        pointer: '/x-api-key',
        message: 'differs from the key in Authorization: send one (RFC 6750 §2: one method per request)',
      },
    ]);
  return bearer ?? header;
}

/** The header that presents the request's key (Authorization, else X-Api-Key), or that should when none is sent. */
const keyHeader = (request: FastifyRequest) =>
  inHeader(request.headers.authorization === undefined && request.headers['x-api-key'] !== undefined ? 'x-api-key' : 'authorization');

/** Authentication and authorisation of every request; sets `request.actor` to the key's name. */
export function registerAuth(app: FastifyInstance, options: AuthOptions): { invalidate(): void } {
  const { environmentKeys, prisma, limiter } = options;
  let storedKeys: { any: boolean; checkedAt: number } | null = null;
  const lastUsedWritten = new Map<string, number>();
  // Whether keys are in use at all: API_KEYS, or any key in the database (looked up at most every 5 s).
  const keysInUse = async (): Promise<boolean> => {
    if (environmentKeys.size) return true;
    if (!storedKeys || Date.now() - storedKeys.checkedAt > 5_000)
      // Any key ever stored, revoked or not: revoking the last key (a leaked one, before its replacement is made)
      // must not open writes to anyone again.
      storedKeys = { any: (await prisma.apiKey.count()) > 0, checkedAt: Date.now() };
    return storedKeys.any;
  };
  const resolve = async (key: string): Promise<{ name: string; scopes: readonly string[] } | null> => {
    const hash = hashKey(key);
    const fromEnvironment = environmentKeys.get(hash);
    if (fromEnvironment) return fromEnvironment;
    const stored = await prisma.apiKey.findUnique({ where: { keyHash: hash } });
    if (!stored || stored.revokedAt) return null;
    // When a key was last used, to the minute: written at most once a minute per key, not on every request.
    const last = lastUsedWritten.get(stored.id) ?? 0;
    if (Date.now() - last > 60_000) {
      lastUsedWritten.set(stored.id, Date.now());
      void prisma.apiKey.update({ where: { id: stored.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
    }
    return stored;
  };

  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request, reply) => {
    request.actor = { actor: null, requestId: request.id };
    // A path no route serves is answered 404 or 405 whoever asks.
    if (request.is404) return;
    const scope = requiredScope(request);
    if (!scope) return;
    let presented: string | undefined;
    try {
      presented = presentedKey(request);
    } catch (error) {
      if (error instanceof AppError && error.code === 'unauthorized') void reply.header('www-authenticate', 'Bearer');
      throw error;
    }
    const needed = scope === 'admin' || (scope === 'read' ? options.requireKeyForReads : await keysInUse());
    if (!needed && presented === undefined) return;
    await limiter.check(request, reply);
    const found = presented === undefined ? null : await resolve(presented);
    if (!found) {
      // A key that does not work is refused even where none is needed: a client should not be anonymous unawares.
      if (presented !== undefined) await limiter.failed(request);
      void reply.header('www-authenticate', 'Bearer');
      throw partProblem(
        'unauthorized',
        keyHeader(request),
        presented === undefined
          ? `This request needs an API key with the ${scope} scope: send Authorization: Bearer <key>.`
          : 'The API key is not valid (unknown, or revoked).',
      );
    }
    if (!found.scopes.includes(scope))
      throw partProblem('forbidden', keyHeader(request), `The key "${found.name}" does not have the ${scope} scope this request needs.`);
    request.actor = { actor: found.name, requestId: request.id };
  });
  return {
    invalidate: () => {
      storedKeys = null;
    },
  };
}
