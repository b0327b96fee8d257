import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { replyWithEtag } from '../../http/etag.js';
import { z } from 'zod';
import { notModifiedSchema, problemResponses, uuidSchema } from '../../http/schemas.js';
import { sparsePage } from '../../http/fields.js';
import { comparisonSchema, sourceListSchema, sourcesQuerySchema } from './sources.schemas.js';
import type { SourcesService } from './sources.service.js';

/** A digest of the answer's JSON: it changes exactly when the answer does (a source attached, a fact edited). */
const answerEtag = (body: unknown) => `"c-${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22)}"`;

const params = z.strictObject({ meetingId: uuidSchema.describe('Id of the meeting (UUID).') });
const tags = ['meetings'];

export const sourcesRoutes: FastifyPluginAsyncZod<{ sources: SourcesService }> = async (app, { sources }) => {
  app.get(
    '/meetings/:meetingId/sources',
    {
      schema: {
        operationId: 'listMeetingSources',
        tags,
        summary: "A meeting's source documents",
        description:
          'Every readout the meeting was recorded from: the one it was made from (`primary`) and those committed onto ' +
          "it as further readouts (`attached`, usually the other side's), with how many of its records each reports.",
        params,
        querystring: sourcesQuerySchema,
        response: { 200: sourceListSchema, 304: notModifiedSchema, ...problemResponses(400, 404, 412, 500) },
      },
    },
    async (request, reply) => {
      const body = sparsePage(await sources.list(request.params.meetingId), request.query.fields, 'documentId');
      return replyWithEtag(request, reply, answerEtag(body)) ? reply : body;
    },
  );

  app.get(
    '/meetings/:meetingId/comparison',
    {
      schema: {
        operationId: 'compareMeetingSources',
        tags,
        summary: 'What each source of a meeting reports, and what only one reports',
        description:
          'Per source: the initiatives and topics it reports and what no other source does; per participant: the name ' +
          "and title as each source printed them (`titlesDiffer`); the meeting's title, kind, date and place as printed.",
        params,
        querystring: z.strictObject({}),
        response: { 200: comparisonSchema, 304: notModifiedSchema, ...problemResponses(400, 404, 412, 500) },
      },
    },
    async (request, reply) => {
      const body = await sources.compare(request.params.meetingId);
      return replyWithEtag(request, reply, answerEtag(body)) ? reply : body;
    },
  );
};
