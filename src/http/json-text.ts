import type { FastifyReply } from 'fastify';

/**
 * Sends a body that is JSON text already (built by PostgreSQL) as it is: `application/json; charset=utf-8`, and no
 * serializer runs, so neither does the response schema's check — the tests hold such text to the schema instead.
 */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
