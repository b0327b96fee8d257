import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { isConnectionEnded } from '../db/faults.js';

// A read whose pooled connection the database ended under it — a primary restarted or failed over, an operator's
// pg_terminate_backend — is tried once more on another connection before it is answered 503. The pool learns that an
// idle connection was ended only when the notice arrives; on a loaded machine a request may take one first. GET and HEAD
// are safe methods (RFC 9110 §9.2.1): running the handler again changes nothing. Writes are never retried here: their
// COMMIT may have been applied (http/problem.ts says so, and an Idempotency-Key makes the client's retry safe).

const retried = new WeakSet<RouteHandlerMethod>();

/**
 * Wraps every GET and HEAD handler registered after this call: a handler that throws an error of a connection ended
 * under its statement (db/faults.ts isConnectionEnded), before anything of the response was sent, runs once more; a
 * second such error, or any other, goes to the error handler as it would have. Each retry is logged at info level.
 */
export function registerReadRetry(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.every((method) => method === 'GET' || method === 'HEAD') || retried.has(route.handler)) return;
    const handler = route.handler;
    // A callback-style handler (swagger-ui's /docs/json) calls reply.send and returns nothing, which Fastify waits on;
    // wrapped in an async function, that nothing would be sent a second time while the onSend hooks still ran — a logged
    // 500 under the 200 (new-user trial 144 F4). `reply` tells Fastify the handler sent it.
    const run = async (self: FastifyInstance, request: FastifyRequest, reply: FastifyReply) => {
      const result: unknown = handler.call(self, request, reply);
      return result === undefined ? reply : await Promise.resolve(result);
    };
    const once: RouteHandlerMethod = async function (this: FastifyInstance, request, reply) {
      try {
        return await run(this, request, reply);
      } catch (error) {
        if (reply.sent || reply.raw.headersSent || !isConnectionEnded(error)) throw error;
        request.log.info({ err: error }, 'read retried on another connection: the database ended the one it ran on');
        return await run(this, request, reply);
      }
    };
    retried.add(once);
    route.handler = once;
  });
}
