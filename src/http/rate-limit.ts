import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppError } from './errors.js';

/**
 * Request limits per client: `max` requests per `windowMs` per API key (or per client address when anonymous), and
 * `authFailures` failed authentications per window per address, counted apart and refused first. With `redis` the
 * counters live there, so every instance of the API shares them; without it, in this process.
 */
export interface RateLimits {
  max: number;
  windowMs: number;
  authFailures: number;
  redis: Redis | null;
  /** Prefix of the Redis keys (REDIS_KEY_PREFIX). */
  prefix: string;
}

const rateLimited = (after: string) =>
  new AppError('rate_limited', `Too many requests; retry in ${after}. Limits are per API key, or per address without one.`);

/** Who a request counts against: its API key's name, else the client's address. */
export const clientKey = (request: FastifyRequest): string => (request.actor?.actor ? `key:${request.actor.actor}` : `ip:${request.ip}`);

/**
 * Registers the limits (after authentication, which names the key): @fastify/rate-limit with RateLimit-Limit,
 * RateLimit-Remaining, RateLimit-Reset and, when refused, 429 problem+json with Retry-After. Health probes and /metrics
 * are never limited. When Redis fails, requests go through (availability first) and the failure is logged; their
 * answers carry no RateLimit-* headers, since the count is not known (see `unknownCount`).
 */
export async function registerRateLimits(app: FastifyInstance, limits: RateLimits): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: limits.max,
    timeWindow: limits.windowMs,
    hook: 'onRequest',
    keyGenerator: clientKey,
    allowList: (request) => request.url.startsWith('/health/') || request.url.split('?')[0] === '/metrics',
    enableDraftSpec: true,
    skipOnError: true,
    nameSpace: `${limits.prefix}rate:`,
    ...(limits.redis ? { redis: limits.redis } : {}),
    errorResponseBuilder: (_request, context) => rateLimited(context.after),
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (unknownCount(reply)) reply.removeHeader('ratelimit-limit').removeHeader('ratelimit-remaining').removeHeader('ratelimit-reset');
    done(null, payload);
  });
}

/**
 * True when the plugin set RateLimit-* headers without counting the request: with `skipOnError`, a store that failed
 * leaves the count at 0, so the headers would claim the whole budget (`RateLimit-Remaining` equal to
 * `RateLimit-Limit`, reset 0) — which a counted request never shows, since counting it takes one from the budget.
 */
function unknownCount(reply: FastifyReply): boolean {
  const limit = reply.getHeader('ratelimit-limit');
  return limit !== undefined && reply.getHeader('ratelimit-remaining') === limit;
}

/**
 * Counts failed authentications per client address in the same store, so that guessing keys is slowed down more
 * than ordinary traffic: past `authFailures` in a window, further attempts are 429 before any key is compared.
 */
export function authFailureLimiter(limits: RateLimits) {
  const local = new Map<string, { count: number; resetAt: number }>();
  const windowMs = limits.windowMs;
  // The failures counted for an address, and the milliseconds until its window ends.
  const counter = async (address: string, increment: boolean): Promise<{ count: number; resetInMs: number }> => {
    const key = `${limits.prefix}auth-failures:${address}`;
    if (limits.redis) {
      try {
        if (increment) await limits.redis.multi().incr(key).pexpire(key, windowMs, 'NX').exec();
        const [count, ttl] = await Promise.all([limits.redis.get(key), limits.redis.pttl(key)]);
        return { count: Number(count ?? 0), resetInMs: ttl > 0 ? ttl : windowMs };
      } catch {
        // Redis is away (logged by its client): let the request through.
        return { count: 0, resetInMs: windowMs };
      }
    }
    const now = Date.now();
    const entry = local.get(address);
    const current = entry && entry.resetAt > now ? entry : { count: 0, resetAt: now + windowMs };
    if (increment) current.count += 1;
    if (current.count > 0) local.set(address, current);
    else local.delete(address);
    return { count: current.count, resetInMs: current.resetAt - now };
  };
  return {
    /** Throws 429 `rate_limited`, with Retry-After set, when this address has used up its failed attempts. */
    async check(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      const { count, resetInMs } = await counter(request.ip, false);
      if (count < limits.authFailures) return;
      const seconds = Math.max(1, Math.ceil(resetInMs / 1000));
      void reply.header('retry-after', String(seconds));
      throw rateLimited(`${seconds} seconds`);
    },
    /** Counts one failed authentication from this address. */
    async failed(request: FastifyRequest): Promise<void> {
      await counter(request.ip, true);
    },
  };
}
