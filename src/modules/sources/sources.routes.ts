import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses, uuidSchema } from '../../http/schemas.js';
import { sparsePage } from '../../http/fields.js';
import { comparisonSchema, sourceListSchema, sourcesQuerySchema } from './sources.schemas.js';
import type { SourcesService } from './sources.service.js';

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
        response: { 200: sourceListSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request) => sparsePage(await sources.list(request.params.meetingId), request.query.fields, 'documentId'),
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
        response: { 200: comparisonSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request) => sources.compare(request.params.meetingId),
  );
};
