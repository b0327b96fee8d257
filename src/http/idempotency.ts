import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/prisma.js';
import { Prisma } from '../generated/prisma/client.js';
import { AppError } from './errors.js';
import { sendProblem } from './problem.js';

// Idempotency-Key on POST. The first request with a key claims it in the database (so every API instance sees it),
// its response is stored, and a retry with the same key and body gets that response again, marked
// Idempotent-Replayed: true. The same key with another body is a 422; a retry while the first is running is a 409.

const keyPattern = /^[\x21-\x7e]{1,255}$/;
const retentionMs = 24 * 60 * 60 * 1000;
// A claim still without a response after this long belongs to a request that died; a retry may take it over.
const abandonedAfterMs = 60_000;
const replayedHeaders = ['location', 'etag', 'content-type', 'link'] as const;

interface Claim {
  scope: string;
  key: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim?: Claim | undefined;
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const requestHash = (request: FastifyRequest) =>
  createHash('sha256')
    .update(`${request.method} ${request.url}\n${stableJson(request.body ?? null)}`)
    .digest('hex');

async function claim(prisma: Db, request: FastifyRequest, reply: FastifyReply, key: string): Promise<FastifyReply | undefined> {
  const scope = `${request.actor?.actor ?? 'anonymous'} ${request.method} ${request.url.split('?')[0]}`;
  const hash = requestHash(request);
  await prisma.idempotencyKey.deleteMany({ where: { scope, key, expiresAt: { lt: new Date() } } });
  const claimed = await prisma.$executeRaw`
    INSERT INTO idempotency_keys (scope, key, request_hash, status_code, headers, expires_at)
    VALUES (${scope}, ${key}, ${hash}, 0, '{}'::jsonb, ${new Date(Date.now() + retentionMs)})
    ON CONFLICT (scope, key) DO NOTHING`;
  if (claimed === 1) {
    request.idempotencyClaim = { scope, key };
    return undefined;
  }
  const stored = await prisma.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
  if (!stored) throw new AppError('conflict', 'The idempotency key was released concurrently; retry the request.');
  if (stored.requestHash !== hash) {
    throw new AppError(
      'idempotency_key_reused',
      'This Idempotency-Key was used with a different request; use a new key for a new request.',
    );
  }
  if (stored.statusCode === 0) {
    if (Date.now() - stored.createdAt.getTime() > abandonedAfterMs) {
      await prisma.idempotencyKey.deleteMany({ where: { scope, key, statusCode: 0, createdAt: stored.createdAt } });
      return claim(prisma, request, reply, key);
    }
    throw new AppError('conflict', 'A request with this Idempotency-Key is still being processed; retry later.');
  }
  const headers = stored.headers as Record<string, string>;
  for (const name of replayedHeaders) if (headers[name]) void reply.header(name, headers[name]);
  return reply
    .status(stored.statusCode)
    .header('idempotent-replayed', 'true')
    .send(stored.body === null ? undefined : JSON.stringify(stored.body));
}

export function registerIdempotency(app: FastifyInstance, prisma: Db): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST') return;
    const key = request.headers['idempotency-key'];
    if (key === undefined) return;
    if (typeof key !== 'string' || !keyPattern.test(key)) {
      return sendProblem(reply, new AppError('bad_request', 'Idempotency-Key must be 1 to 255 visible ASCII characters.'));
    }
    return claim(prisma, request, reply, key);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claimed = request.idempotencyClaim;
    if (!claimed) return payload;
    request.idempotencyClaim = undefined;
    if (reply.statusCode >= 500) {
      await prisma.idempotencyKey.delete({ where: { scope_key: claimed } }).catch(() => undefined);
      return payload;
    }
    const headers = Object.fromEntries(
      replayedHeaders.flatMap((name) => {
        const value = reply.getHeader(name);
        return value === undefined ? [] : [[name, String(value)]];
      }),
    );
    const body = typeof payload === 'string' && payload.length ? (JSON.parse(payload) as Prisma.InputJsonObject) : Prisma.DbNull;
    await prisma.idempotencyKey.update({
      where: { scope_key: claimed },
      data: { statusCode: reply.statusCode, headers, body },
    });
    return payload;
  });
}
