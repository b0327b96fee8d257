import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { embeddedParts, etagFor, expectedVersions, replyWithEtag } from '../../http/etag.js';
import { listFormat } from '../../http/export/export-format.js';
import { exportableResponse } from '../../http/export/export-schemas.js';
import { sendExport } from '../../http/export/export-stream.js';
import { fitsBudget } from '../../http/response-budget.js';
import { sendJsonText } from '../../http/json-text.js';
import { createdMeetingEtag, meetingLocation } from './meetings.dto.js';
import { meetingExportColumns } from './meetings.export.js';
import { decodeCursor, queryFingerprint, setNextLink, pageBody, toPage } from '../../http/pagination.js';
import { notModifiedSchema, problemResponses } from '../../http/schemas.js';
import {
  auditEventPageSchema,
  historyQuerySchema,
  getMeetingQuerySchema,
  listMeetingsQuerySchema,
  meetingPageSchema,
  meetingParamsSchema,
  meetingReadSchema,
  meetingSchema,
} from './meetings.schemas.js';
import type { MeetingsService } from './meetings.service.js';
import type { MeetingCommands } from './meetings.commands.js';
import { createMeetingSchema, meetingPatchSchema } from './meetings.input.js';

export const meetingsRoutes: FastifyPluginAsyncZod<{ meetings: MeetingsService; commands: MeetingCommands }> = async (
  app,
  { meetings, commands },
) => {
  app.get(
    '/meetings',
    {
      schema: {
        operationId: 'listMeetings',
        tags: ['meetings'],
        summary: 'List meetings',
        description:
          'Newest first by default. Filters combine with AND; cursor pagination. With Accept: text/csv or ' +
          'application/x-ndjson (or format=csv|ndjson), every matching meeting, streamed.',
        querystring: listMeetingsQuerySchema,
        response: {
          200: exportableResponse(meetingPageSchema, meetingReadSchema, meetingExportColumns),
          ...problemResponses(400, 406, 500),
        },
      },
    },
    async (request, reply) => {
      const format = listFormat(request, reply, request.query.format);
      if (format !== 'json') return sendExport(reply, format, meetings.export(request.query));
      const page = await meetings.list(request.query);
      setNextLink(request, reply, page.nextCursor);
      return typeof page.body === 'string' ? sendJsonText(reply, page.body) : page.body;
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
        response: { 200: meetingReadSchema, 304: notModifiedSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request, reply) => {
      const { etag, body } = await meetings.get(request.params.meetingId, request.query.include, request.query.fields);
      if (replyWithEtag(request, reply, etag, embeddedParts.meeting)) return reply;
      return typeof body === 'string' ? sendJsonText(reply, body) : body;
    },
  );

  app.post(
    '/meetings',
    {
      schema: {
        operationId: 'createMeeting',
        tags: ['meetings'],
        summary: 'Create a meeting, with its participants, statements and initiative links',
        description:
          'One transaction: either the meeting and everything nested in it is stored, or nothing is. Participants name an ' +
          'existing person (personId) or a new one (person); statements name their speaker by the participant `key`.',
        body: createMeetingSchema,
        response: { 201: meetingSchema, ...problemResponses(400, 401, 409, 413, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const { result: meeting, position } = await commands.create(request.body, request.actor);
      // The WAL position its COMMIT reported is the answer's X-Consistency-Token (http/read-consistency.ts).
      request.committedPosition = position ?? undefined;
      reply.status(201).header('location', meetingLocation(meeting.id)).header('etag', createdMeetingEtag(meeting.version));
      // The created meeting is built from the rows the insert returned (toMeetingDto), member for member the schema's,
      // so within the response budget it goes out as JSON.stringify writes it, without the serializer's check of every
      // statement (0.5 ms of a 20-statement create's CPU); meetings-create-json.test.ts holds such bodies to the schema
      // and to GET's answer. A larger one goes through the serializer and the budget's hook, which cut its lists.
      const json = JSON.stringify(meeting);
      return fitsBudget(json, app.responseBudgetBytes) ? sendJsonText(reply, json) : reply.send(meeting);
    },
  );

  app.patch(
    '/meetings/:meetingId',
    {
      schema: {
        operationId: 'updateMeeting',
        tags: ['meetings'],
        summary: 'Change a meeting (JSON Merge Patch)',
        description: 'RFC 7396: absent fields stay, null clears. Send If-Match with the ETag you read to avoid lost updates.',
        params: meetingParamsSchema,
        body: meetingPatchSchema,
        response: { 200: meetingSchema, ...problemResponses(400, 401, 404, 412, 413, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const meeting = await commands.update(request.params.meetingId, request.body, expectedVersions(request), request.actor);
      return reply.header('etag', etagFor(meeting.version)).send(meeting);
    },
  );

  app.delete(
    '/meetings/:meetingId',
    {
      schema: {
        operationId: 'deleteMeeting',
        tags: ['meetings'],
        summary: 'Delete a meeting and its participants, statements and initiative links',
        params: meetingParamsSchema,
        response: { 204: z.null().describe('Deleted'), ...problemResponses(400, 401, 404, 412, 500) },
      },
    },
    async (request, reply) => {
      await commands.remove(request.params.meetingId, expectedVersions(request), request.actor);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/meetings/:meetingId/history',
    {
      schema: {
        operationId: 'listMeetingHistory',
        tags: ['meetings'],
        summary: "A meeting's audit trail, oldest first",
        description: 'Every create, update and delete of the meeting and its parts, with the record before and after.',
        params: meetingParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: auditEventPageSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request, reply) => {
      const { meetingId } = request.params;
      const fingerprint = queryFingerprint('history', { meetingId });
      const after = request.query.cursor ? decodeCursor(request.query.cursor, fingerprint) : undefined;
      const rows = await commands.history(meetingId, request.query.limit, after);
      const paging = toPage(rows, request.query.limit, fingerprint, (row) => [Number(row.position), row.id]);
      setNextLink(request, reply, paging.nextCursor);
      return pageBody(
        paging,
        paging.page.map(({ position: _position, ...row }) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
      );
    },
  );
};
