import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ReadRouter } from '../db/read-routing.js';
import { decodeConsistencyToken, encodeConsistencyToken } from '../db/wal-position.js';
import { fieldsProblem } from './errors.js';
import { cursorReadPosition } from './pagination.js';

// Read-your-writes across standbys. Every successful write (2xx to POST, PATCH, DELETE; Idempotency-Key replays too)
// answers with X-Consistency-Token: the primary's WAL position after the commit. A read that sends it back is served by
// a standby only once that standby has replayed the WAL up to it, else by the primary (db/read-routing.ts); a write
// whose COMMIT reported the position (request.committedPosition) answers it, others ask the primary after. The
// cursors of a list read so carry the position on (http/pagination.ts): a request with such a cursor is routed as if
// it had sent the header, and with both, for the later of the two positions.

export const consistencyTokenHeader = 'x-consistency-token';

const readMethods = new Set(['GET', 'HEAD']);
const writeMethods = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

const tokenSchema = z
  .string()
  .transform((token, context) => {
    const position = decodeConsistencyToken(token.trim());
    if (position === null) context.addIssue({ code: 'custom', message: 'must be an X-Consistency-Token of a write response' });
    return position ?? 0n;
  })
  .optional();

// No header: nothing to check.
const absent = { success: true, data: undefined } as const;

const later = (a: bigint | null, b: bigint | null) => (a === null ? b : b === null || a > b ? a : b);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False on a route that reads no records (health probes, metrics): no reader is chosen, the token is ignored. */
    readRouting?: boolean;
    /**
     * False on a write whose answer starts before its writes commit (the NDJSON bulk create): a token taken then would
     * not cover them, so it goes in the answer's body instead.
     */
    consistencyHeader?: boolean;
  }
  interface FastifyRequest {
    /** The database this read request is served by ("primary", "standby-1"); undefined on writes. */
    readFrom?: string | undefined;
    /**
     * The primary's WAL position right after this write committed, when the write learned it with its COMMIT
     * (db/sql-transaction.ts): the X-Consistency-Token names it, with no query of its own. Undefined otherwise.
     */
    committedPosition?: bigint | undefined;
  }
}

/**
 * Routes each GET and HEAD to the reader the router picks for its X-Consistency-Token (a malformed token is a 400
 * validation_failed naming the header) and the position its `cursor` carries, the later of the two, and sets
 * X-Consistency-Token on every 2xx answer to a write. When the primary cannot say its WAL position right after a
 * write, the answer goes out without the token (the write is committed).
 */
export function registerReadConsistency(app: FastifyInstance, router: ReadRouter): void {
  app.decorateRequest('readFrom', undefined);
  app.decorateRequest('committedPosition', undefined);
  app.addHook('preValidation', (request, _reply, done) => {
    if (!readMethods.has(request.method) || request.routeOptions.config.readRouting === false) return done();
    const header = request.headers[consistencyTokenHeader];
    const parsed = header === undefined ? absent : tokenSchema.safeParse(header);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'invalid';
      return done(fieldsProblem('validation_failed', [{ in: 'header', pointer: `/${consistencyTokenHeader}`, message }]));
    }
    const after = later(parsed.data ?? null, cursorReadPosition((request.query as { cursor?: unknown } | undefined)?.cursor));
    const primary = router.readerWithoutContext(after);
    if (primary) {
      request.readFrom = primary.name;
      return done();
    }
    router.readerFor(after).then(
      (reader) => {
        request.readFrom = reader.name;
        router.runWith(reader, after, () => done());
      },
      (error: unknown) => done(error as Error),
    );
  });
  // Never throws: a write is committed whether or not its answer can carry the token.
  const stampToken = async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      const position = request.committedPosition ?? (await router.currentPosition());
      void reply.header(consistencyTokenHeader, encodeConsistencyToken(position));
    } catch (error) {
      request.log.warn({ err: error }, 'no consistency token: the primary did not say its WAL position');
    }
  };
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!writeMethods.has(request.method) || reply.statusCode < 200 || reply.statusCode > 299) return done(null, payload);
    if (request.routeOptions.config.consistencyHeader === false) return done(null, payload);
    void stampToken(request, reply).then(() => done(null, payload));
  });
}
