import type { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inHeader, inQuery } from '../../http/errors.js';
import { notModifiedSchema, problemResponses } from '../../http/schemas.js';
import type { ChangeSignal } from './change-notifier.js';
import { preconditionOutcome, streamedPreconditionFailed } from '../../http/representation-tag.js';
import { openChangeStream, sendEventStream } from './change-stream.js';
import { changePageSchema, listChangesQuerySchema, streamChangesQuerySchema, streamHeadersSchema } from './changes.schemas.js';
import type { ChangesService } from './changes.service.js';

const tags = ['changes'];

export const changesRoutes: FastifyPluginAsyncZod<{ changes: ChangesService; signal: ChangeSignal; heartbeatMs: number }> = async (
  app,
  { changes, signal, heartbeatMs },
) => {
  const open = new Set<PassThrough>();
  // Streams never end by themselves: end them, so that closing the server does not wait for their clients.
  app.addHook('preClose', async () => open.forEach((stream) => stream.end()));
  app.addHook('onClose', async () => signal.close());

  app.get(
    '/changes',
    {
      schema: {
        operationId: 'listChanges',
        tags,
        summary: 'The change feed: every create, update and delete, in commit order',
        description:
          'Every change to every record, from the audit log, in the order the transactions committed: a change is ' +
          'listed only once every change before it is, so paging with `nextCursor` never skips or repeats one, ' +
          'while writes go on and across instances. Mirror the database by applying each change (`after` is the ' +
          'record as written; null for deletes) and storing `nextCursor`.',
        querystring: listChangesQuerySchema,
        response: { 200: changePageSchema, ...problemResponses(400, 500) },
      },
    },
    async (request) => changes.after(request.query.after, request.query.limit),
  );

  app.get(
    '/changes/stream',
    {
      schema: {
        operationId: 'streamChanges',
        tags,
        summary: 'The change feed as Server-Sent Events',
        description:
          'Each change as an event with `id` its seq, `event: change` and `data` the change as JSON (as in GET ' +
          '/v1/changes), live as transactions commit on any instance (PostgreSQL LISTEN/NOTIFY). On reconnecting, ' +
          'EventSource sends Last-Event-ID and the stream resumes after it, without gaps. Comment lines are heartbeats.',
        querystring: streamChangesQuerySchema,
        headers: streamHeadersSchema,
        response: {
          200: {
            description: 'text/event-stream, open until the client leaves.',
            content: { 'text/event-stream': { schema: z.string().describe('Server-Sent Events (WHATWG HTML §9.2).') } },
          },
          304: notModifiedSchema,
          ...problemResponses(400, 500),
        },
      },
    },
    async (request, reply) => {
      // A stream has no ETag (its body is not there to digest): If-Match with a tag is a 412, If-None-Match: * a 304,
      // before it opens — as a streamed export (new-user trial 121: both answered 200 and streamed).
      const outcome = preconditionOutcome(request, null);
      if (outcome === 412) throw streamedPreconditionFailed();
      if (outcome === 304) return reply.status(304).send(null);
      // HEAD: the headers of the stream, which is not opened.
      if (request.method === 'HEAD') return sendEventStream(reply, null);
      const resumed = request.headers['last-event-id'];
      const after = resumed ?? request.query.after ?? (await changes.latest());
      await changes.assertReached(after, resumed === undefined ? inQuery('after') : inHeader('last-event-id'));
      const stream = openChangeStream({ changes, signal, after, heartbeatMs, log: request.log });
      open.add(stream);
      stream.once('close', () => open.delete(stream));
      return sendEventStream(reply, stream);
    },
  );
};
