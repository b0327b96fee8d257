import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagFor, replyWithEtag } from '../../http/etag.js';
import { setNextLink } from '../../http/pagination.js';
import { notModifiedSchema, problemResponses } from '../../http/schemas.js';
import {
  getMeetingQuerySchema,
  listMeetingsQuerySchema,
  meetingPageSchema,
  meetingParamsSchema,
  meetingSchema,
} from './meetings.schemas.js';
import type { MeetingsService } from './meetings.service.js';

export const meetingsRoutes: FastifyPluginAsyncZod<{ meetings: MeetingsService }> = async (app, { meetings }) => {
  app.get(
    '/meetings',
    {
      schema: {
        operationId: 'listMeetings',
        tags: ['meetings'],
        summary: 'List meetings',
        description: 'Newest first by default. Filters combine with AND; cursor pagination.',
        querystring: listMeetingsQuerySchema,
        response: { 200: meetingPageSchema, ...problemResponses(400, 500) },
      },
    },
    async (request, reply) => {
      const page = await meetings.list(request.query);
      setNextLink(request, reply, page.nextCursor);
      return page;
    },
  );

  app.get(
    '/meetings/:meetingId',
    {
      schema: {
        operationId: 'getMeeting',
        tags: ['meetings'],
        summary: 'Get a meeting',
        params: meetingParamsSchema,
        querystring: getMeetingQuerySchema,
        response: { 200: meetingSchema, 304: notModifiedSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request, reply) => {
      const meeting = await meetings.get(request.params.meetingId, request.query.include);
      if (replyWithEtag(request, reply, etagFor(meeting.version, request.query.include))) return reply;
      return meeting;
    },
  );
};
