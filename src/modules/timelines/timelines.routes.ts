import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setNextLink } from '../../http/pagination.js';
import { problemResponses } from '../../http/schemas.js';
import { initiativeParamsSchema } from '../initiatives/initiatives.schemas.js';
import { personParamsSchema } from '../people/people.schemas.js';
import { positionsQuerySchema, positionsSchema, timelinePageSchema, timelineQuerySchema } from './timelines.schemas.js';
import type { TimelinesService } from './timelines.service.js';

export const timelinesRoutes: FastifyPluginAsyncZod<{ timelines: TimelinesService }> = async (app, { timelines }) => {
  app.get(
    '/people/:personId/positions',
    {
      schema: {
        operationId: 'listPersonPositions',
        tags: ['people'],
        summary: "A person's titles over time",
        description:
          'Each title the person held at a meeting (with every way the sources printed it), the first and last meeting ' +
          'where they held it, and how many meetings. Derived from their participations; a person has few, so all come at once.',
        params: personParamsSchema,
        querystring: positionsQuerySchema,
        response: { 200: positionsSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request) => timelines.positions(request.params.personId, request.query.fields),
  );

  app.get(
    '/initiatives/:initiativeKey/timeline',
    {
      schema: {
        operationId: 'listInitiativeTimeline',
        tags: ['initiatives'],
        summary: "An initiative's course across meetings",
        description:
          'Every meeting the initiative was linked to, oldest first: the status there, the committed parties, what was ' +
          'said and the statement it came from — commitment tracking. Takes the meeting filters of GET /v1/meetings ' +
          '(but initiative); cursor pagination.',
        params: initiativeParamsSchema,
        querystring: timelineQuerySchema,
        response: { 200: timelinePageSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request, reply) => {
      const page = await timelines.timeline(request.params.initiativeKey, request.query);
      setNextLink(request, reply, page.nextCursor);
      return page;
    },
  );
};
