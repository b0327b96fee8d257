import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/prisma.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Actor } from '../modules/audit/audit.js';
import { AppError, inHeader, partProblem } from './errors.js';
import { rebuildResponse, type OutcomeEntry } from './idempotency-outcome.js';
import { idempotencyKeyPattern, idempotencyKeyProblem } from './header-checks.js';
import { sendProblem } from './problem.js';

// Idempotency-Key on POST. The first request with a key claims it in the database (so every API instance sees it),
// its response is stored, and a retry with the same key and body gets that response again, marked
// Idempotent-Replayed: true. The same key with another body is a 422; a retry while the first is running is a 409.
// A key is the route's, not the raw URL's: /v1/meetings and /v1/meetings/ are one target. The records a keyed request
// writes are noted on its claim in the same transaction (audit.ts), so when the process dies after committing but
// before storing the response, a retry that takes the abandoned claim over answers from those records instead of
// running the request a second time. The store is shared by the header (below) and by the keys of the lines of a bulk
// create (modules/meetings/meetings.bulk.ts): a line is keyed as a JSON request of the same route with its meeting.

export { idempotencyKeyPattern };
const retentionMs = 24 * 60 * 60 * 1000;
// A claim still without a response after this long belongs to a request that died; a retry may take it over.
const abandonedAfterMs = 60_000;
// What a 409 for a key whose request is still running advises (Retry-After): a running request, or a claim released
// in the background after a lost connection (release, below), is done within a few seconds.
const inProgressRetrySeconds = 2;
// A claim without a response for longer than this belongs, most likely, to a request whose process stopped: a write
// takes at most DB_TRANSACTION_TIMEOUT_MS (8 s by default) and a few seconds of reading its body.
const runningLongMs = 15_000;
// How long a 5xx answer waits for its key's release (which then goes on in the background).
const releaseWaitMs = 250;
/** The response headers a key stores and a replay sends. */
export const replayedHeaders = ['location', 'etag', 'content-type', 'link'] as const;

export interface Claim {
  scope: string;
  key: string;
  /** Who claimed it: kept on the claim (in its headers, empty until the response is stored) so that only it is released. */
  token: string;
  /** When (ms since the epoch): a claim older than a minute is abandoned anyway, so releasing it stops mattering. */
  claimedAt: number;
}

/**
 * A response as a key stores it: status, the replayed headers, and the body as a JSON value (undefined: none) and as
 * the text that was sent (replayed as is, so a replay is the same bytes; absent in rows stored before it was kept).
 */
export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
  text?: string | undefined;
}

/** A key claimed for this request (run it, then complete or release the claim), or the response to replay. */
export type ClaimOutcome = { claim: Claim } | { replay: StoredResponse };

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim?: Claim | undefined;
  }
  interface FastifyContextConfig {
    /** False on a route whose response must not be stored (it carries a secret shown once): the header is ignored. */
    idempotency?: boolean;
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

// The target of a request: its route and the values of the route's parameters, whatever the URL's spelling.
const targetOf = (request: FastifyRequest) =>
  `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]} ${stableJson(request.params ?? {})}`;

const requestHash = (request: FastifyRequest, body: unknown) =>
  createHash('sha256')
    .update(`${targetOf(request)}\n${stableJson(request.query ?? {})}\n${stableJson(body ?? null)}`)
    .digest('hex');

/** The actor of a keyed change: its audit events note what it wrote on the claim, in the same transaction. */
export const claimingActor = (actor: Actor, claim: Claim): Actor => ({ ...actor, idempotency: claim });

/** The idempotency keys, in the database (the primary); `app` reads the records a died request left (a retry's answer). */
export function createIdempotencyStore(app: FastifyInstance, prisma: Db) {
  /**
   * Claims `key` for a request to this request's target with `body` (its validated body by default), or finds the
   * response to replay. Throws 422 `idempotency_key_reused` when the key was used with another body, 409 when a
   * request with it is still running (or changed records before it was interrupted).
   */
  async function claim(request: FastifyRequest, key: string, body: unknown = request.body): Promise<ClaimOutcome> {
    const scope = `${request.actor?.actor ?? 'anonymous'} ${targetOf(request)}`;
    const ours: Claim = { scope, key, token: randomUUID(), claimedAt: Date.now() };
    try {
      return await claimAs(request, ours, body);
    } catch (error) {
      // The claim may have been recorded though its answer was lost (a broken connection): free it, if it is ours,
      // as after a 5xx, so that the retry the 503 advises is not refused as still running.
      if (!(error instanceof AppError)) void release(ours);
      throw error;
    }
  }

  async function claimAs(request: FastifyRequest, ours: Claim, body: unknown, attempt = 1): Promise<ClaimOutcome> {
    const { scope, key } = ours;
    const hash = requestHash(request, body);
    await prisma.idempotencyKey.deleteMany({ where: { scope, key, expiresAt: { lt: new Date() } } });
    const claimed = await prisma.$executeRaw`
      INSERT INTO idempotency_keys (scope, key, request_hash, status_code, headers, expires_at)
      VALUES (${scope}, ${key}, ${hash}, 0, jsonb_build_object('claimant', ${ours.token}::text), ${new Date(Date.now() + retentionMs)})
      ON CONFLICT (scope, key) DO NOTHING`;
    if (claimed === 1) return { claim: ours };
    const stored = await prisma.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
    // Released between the INSERT and this read (a failed request's claim freed in the background): claim it again.
    if (!stored) {
      if (attempt < 3) return claimAs(request, ours, body, attempt + 1);
      const released = partProblem(
        'conflict',
        inHeader('idempotency-key'),
        'The idempotency key was released concurrently; retry the request.',
      );
      released.retryAfterSeconds = inProgressRetrySeconds;
      throw released;
    }
    if (stored.requestHash !== hash) {
      throw partProblem(
        'idempotency_key_reused',
        inHeader('idempotency-key'),
        'This Idempotency-Key was used with a different request; use a new key for a new request.',
      );
    }
    if (stored.statusCode === 0) {
      const age = Date.now() - stored.createdAt.getTime();
      if (age <= abandonedAfterMs) {
        // A claim older than any write takes has rather lost its process: the retry is advised for when the claim is
        // abandoned, not every 2 s for the rest of its minute (new-user trial 100).
        const orphaned = age > runningLongMs;
        const wait = orphaned ? Math.max(inProgressRetrySeconds, Math.ceil((abandonedAfterMs - age) / 1000)) : inProgressRetrySeconds;
        const running = partProblem(
          'conflict',
          inHeader('idempotency-key'),
          orphaned
            ? `A request with this Idempotency-Key has been running for ${Math.round(age / 1000)} s, longer than a write takes; if the process that ran it stopped, the key can be retried in ${wait} s (with the same key: what it committed, if anything, is then answered).`
            : `A request with this Idempotency-Key is still being processed; retry in ${wait} s with the same key.`,
        );
        running.retryAfterSeconds = wait;
        throw running;
      }
      // The request that claimed the key died. If its change committed, its outcome says what it made: answer from that.
      const outcome = (stored.outcome ?? []) as unknown as OutcomeEntry[];
      const rebuilt = outcome.length ? await rebuildResponse(app, request, outcome) : null;
      if (rebuilt) {
        const body = JSON.parse(rebuilt.body) as Prisma.InputJsonObject;
        await prisma.idempotencyKey.updateMany({
          where: { scope, key, statusCode: 0 },
          data: { statusCode: rebuilt.statusCode, headers: rebuilt.headers, body, bodyText: rebuilt.body },
        });
        return { replay: { statusCode: rebuilt.statusCode, headers: rebuilt.headers, body, text: rebuilt.body } };
      }
      if (outcome.length)
        throw partProblem(
          'conflict',
          inHeader('idempotency-key'),
          'The request with this Idempotency-Key changed records before it was interrupted; read them before retrying with a new key.',
        );
      await prisma.idempotencyKey.deleteMany({ where: { scope, key, statusCode: 0, createdAt: stored.createdAt } });
      return claimAs(request, ours, body);
    }
    return {
      replay: {
        statusCode: stored.statusCode,
        headers: stored.headers as Record<string, string>,
        body: stored.body === null ? undefined : stored.body,
        text: stored.bodyText ?? undefined,
      },
    };
  }

  /**
   * After a 5xx, or a claim or a response that could not be recorded. Nothing committed: the key is free again.
   * Something did: a retry may take the claim over at once and answer from its outcome. Only the claim `claimed` made
   * (its token) is touched. When the database cannot be reached (a lost connection), it tries again in the background
   * — after 0.25, 0.5, 1, 2, 2, … s, until the claim is a minute old, when a retry takes it over anyway — so that the
   * retry a 503 advises finds the key free once the database is back. Resolves after the first attempt; never throws.
   */
  async function release(claimed: Claim): Promise<void> {
    const { scope, key, token } = claimed;
    const attempt = async (): Promise<boolean> => {
      try {
        await prisma.$executeRaw`
          DELETE FROM idempotency_keys
          WHERE scope = ${scope} AND key = ${key} AND status_code = 0 AND outcome IS NULL AND headers->>'claimant' = ${token}`;
        await prisma.$executeRaw`
          UPDATE idempotency_keys SET created_at = ${new Date(Date.now() - 2 * abandonedAfterMs)}
          WHERE scope = ${scope} AND key = ${key} AND status_code = 0 AND headers->>'claimant' = ${token}`;
        return true;
      } catch {
        return false;
      }
    };
    if (await attempt()) return;
    const again = (delayMs: number) => {
      if (Date.now() + delayMs > claimed.claimedAt + abandonedAfterMs) return;
      setTimeout(() => {
        void attempt().then((done) => {
          if (!done) again(Math.min(delayMs * 2, 2_000));
        });
      }, delayMs).unref();
    };
    again(250);
  }

  return {
    claim,

    /**
     * Stores the response of a claimed request (below 500), for its retries. When that fails (the database lost), the
     * claim is released as after a 5xx — the change is in its outcome, which a retry answers from — and the error
     * rethrown.
     */
    async complete(claimed: Claim, response: StoredResponse): Promise<void> {
      const headers = Object.fromEntries(
        replayedHeaders.flatMap((name) => (response.headers[name] ? [[name, response.headers[name]]] : [])),
      );
      try {
        await prisma.idempotencyKey.update({
          where: { scope_key: { scope: claimed.scope, key: claimed.key } },
          data: {
            statusCode: response.statusCode,
            headers,
            body: response.body === undefined ? Prisma.DbNull : (response.body as Prisma.InputJsonValue),
            bodyText: response.body === undefined ? null : (response.text ?? null),
          },
        });
      } catch (error) {
        void release(claimed);
        throw error;
      }
    },

    release,
  };
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;

/** The Idempotency-Key header of every POST (but on routes with `config.idempotency: false`). */
export function registerIdempotency(app: FastifyInstance, store: IdempotencyStore): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.config.idempotency === false) return;
    const key = request.headers['idempotency-key'];
    if (key === undefined) return;
    // Node joins a header sent twice with ", ": the problem says so, rather than that the joined value has a space.
    const malformed = idempotencyKeyProblem(request);
    if (malformed !== null || typeof key !== 'string')
      return sendProblem(reply, partProblem('bad_request', inHeader('idempotency-key'), malformed ?? 'Idempotency-Key must be sent once.'));
    const outcome = await store.claim(request, key);
    if ('claim' in outcome) {
      request.idempotencyClaim = outcome.claim;
      request.actor = claimingActor(request.actor, outcome.claim);
      return undefined;
    }
    const { statusCode, headers, body, text } = outcome.replay;
    for (const name of replayedHeaders) if (headers[name]) void reply.header(name, headers[name]);
    return reply
      .status(statusCode)
      .header('idempotent-replayed', 'true')
      .send(body === undefined ? undefined : (text ?? JSON.stringify(body)));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claimed = request.idempotencyClaim;
    if (!claimed) return payload;
    request.idempotencyClaim = undefined;
    if (reply.statusCode >= 500) {
      // Not longer than a moment: against a database that hangs, the answer must not wait for its connect timeout
      // (the release goes on in the background).
      await Promise.race([store.release(claimed), new Promise((resolve) => setTimeout(resolve, releaseWaitMs).unref())]);
      return payload;
    }
    const headers = Object.fromEntries(
      replayedHeaders.flatMap((name) => {
        const value = reply.getHeader(name);
        return value === undefined ? [] : [[name, String(value)]];
      }),
    );
    const body = typeof payload === 'string' && payload.length ? (JSON.parse(payload) as unknown) : undefined;
    // The change is made: its answer goes out even when the key cannot store it (complete releases the claim, and a
    // retry answers from the change's outcome).
    await store
      .complete(claimed, { statusCode: reply.statusCode, headers, body, text: body === undefined ? undefined : (payload as string) })
      .catch((error: unknown) => request.log.warn({ err: error }, 'idempotency key not stored'));
    return payload;
  });
}
