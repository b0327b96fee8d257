import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

/**
 * The Redis client of the rate limits (REDIS_URL). Commands fail fast instead of queueing while Redis is away
 * (connect and command timeouts of 1 s, no offline queue), so a request never waits on Redis for longer than that:
 * the limits then let requests through. An outage — refused, dropped or hanging (commands timing out) — is logged
 * once when it starts and once when a command succeeds again, not on every request or reconnection attempt.
 */
export function createRedisClient(url: string, log: FastifyBaseLogger): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 1_000,
    commandTimeout: 1_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let downSince: Date | null = null;
  // Until the first connection, commands fail because it is still being made: only a failed connection counts.
  let connected = false;
  redis.once('ready', () => (connected = true));
  const failed = (error: unknown) => {
    if (downSince) return;
    downSince = new Date();
    log.warn({ err: error }, 'Redis unavailable: rate limits are not counted until it is back');
  };
  const succeeded = () => {
    if (!downSince) return;
    log.info({ since: downSince.toISOString() }, 'Redis recovered: rate limits are counted again');
    downSince = null;
  };
  redis.on('error', failed);
  const commandFailed = (error: unknown) => {
    if (connected) failed(error);
  };
  // Every command, the rate-limit plugin's scripts included, passes here: its outcome says whether Redis answers.
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = (command, stream) => {
    const result = send(command, stream);
    command.promise.then(succeeded, commandFailed);
    return result;
  };
  return redis;
}

/**
 * Waits until the client is connected, at most `ms` milliseconds: started with Redis reachable, the first requests
 * are counted too. Returns false (and the API starts anyway, counting once Redis answers) when it is not reachable.
 */
export async function redisReady(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === 'ready') return true;
  let timer: NodeJS.Timeout | undefined;
  let onReady: (() => void) | undefined;
  try {
    return await new Promise<boolean>((resolve) => {
      onReady = () => resolve(true);
      redis.once('ready', onReady);
      timer = setTimeout(() => resolve(false), ms);
    });
  } finally {
    clearTimeout(timer);
    if (onReady) redis.off('ready', onReady);
  }
}
