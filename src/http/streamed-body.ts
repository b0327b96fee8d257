import { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';

// A request whose body is read while its answer is written (the NDJSON bulk create) takes as long as its processing
// takes, not as long as the client takes to send it. Node's HTTP server would end it at REQUEST_TIMEOUT_MS all the
// same (a body not read yet is a body not received yet), and write a 408 into the answer under way; for such a
// request that limit is waived, and the reader keeps its own on the time it waits for the client (ndjson-lines.ts).

const ownDeadline = new WeakSet<object>();

/** Whether REQUEST_TIMEOUT_MS is waived for the request now on this connection (http/problem.ts asks). */
export const requestTimeoutWaived = (socket: object): boolean => ownDeadline.has(socket);

// After an answer that stopped reading the body early, the rest is still coming: close our side once the answer is
// out (FIN, not RST, so the client reads all of it) and drop what still arrives, for this long at most.
const lingerMs = 2_000;

/**
 * Waives REQUEST_TIMEOUT_MS for this request while it runs, and settles the connection when its answer has been
 * sent: a body read to its end leaves it open for the next request; a body left half-read (processing stopped early,
 * or the answer was an error) closes it gracefully.
 */
export function readBodyAlongAnswer(request: FastifyRequest, reply: FastifyReply): void {
  const socket = request.raw.socket as Socket | null;
  if (!(socket instanceof Socket)) return;
  ownDeadline.add(socket);
  reply.raw.once('close', () => {
    ownDeadline.delete(socket);
    if (socket.destroyed) return;
    if (request.raw.complete) {
      // Whatever the reader left of a body received in full: read it out, so the connection can serve the next request.
      request.raw.resume();
      return;
    }
    socket.end();
    request.raw.resume();
    setTimeout(() => socket.destroy(), lingerMs).unref();
  });
}
