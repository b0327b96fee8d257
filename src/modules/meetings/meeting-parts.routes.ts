import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../audit/audit.js';
import { etagFor, expectedVersions, replyWithEtag } from '../../http/etag.js';
import { fieldsDigest, sparse, sparsePage } from '../../http/fields.js';
import { setNextLink } from '../../http/pagination.js';
import { notModifiedSchema, problemResponses } from '../../http/schemas.js';
import {
  createMeetingInitiativeSchema,
  createParticipantSchema,
  createStatementSchema,
  meetingInitiativePatchSchema,
  participantPatchSchema,
  statementPatchSchema,
} from './meetings.input.js';
import {
  meetingInitiativeFieldsParam,
  meetingInitiativePageSchema,
  meetingInitiativeReadSchema,
  meetingInitiativeSchema,
  participantFieldsParam,
  participantPageSchema,
  participantReadSchema,
  participantSchema,
  statementFieldsParam,
  statementPageSchema,
  statementReadSchema,
  statementSchema,
} from './meetings.schemas.js';
import type { ExpectedVersions } from './meeting-version.js';
import { meetingPartParams, partsQuerySchema, type PartsQuery } from './parts-query.js';
import type { MeetingInitiativesService } from './meeting-initiatives.service.js';
import type { ParticipantsService } from './participants.service.js';
import type { StatementsService } from './statements.service.js';

// Participants, statements and initiative links share one shape of sub-resource routes under /meetings/{meetingId}.

interface PartService<Create, Patch, Dto extends { id: string; version: number }> {
  list(meetingId: string, query: PartsQuery): Promise<{ data: Dto[]; nextCursor: string | null }>;
  get(meetingId: string, id: string): Promise<Dto>;
  create(meetingId: string, input: Create, who: Actor, expected?: ExpectedVersions): Promise<Dto>;
  update(meetingId: string, id: string, patch: Patch, expected: ExpectedVersions, who: Actor): Promise<Dto>;
  remove(meetingId: string, id: string, expected: ExpectedVersions, who: Actor): Promise<void>;
}

interface PartSpec<C extends z.ZodType, P extends z.ZodType, R extends z.ZodType<{ id: string; version: number }>> {
  segment: string;
  idParam: 'participantId' | 'statementId' | 'linkId';
  params: z.ZodType<Record<string, string>>;
  singular: string;
  plural: string;
  operation: string;
  create: C;
  patch: P;
  record: R;
  /** The record as its get and list answer it: whole, or sparse (`fields=`). */
  read: z.ZodType;
  fields: z.ZodType<readonly string[] | undefined, string | undefined>;
  page: z.ZodType;
  service: PartService<z.output<C>, z.output<P>, z.output<R>>;
}

function registerPart<C extends z.ZodType, P extends z.ZodType, R extends z.ZodType<{ id: string; version: number }>>(
  app: FastifyInstance,
  spec: PartSpec<C, P, R>,
) {
  const collection = `/meetings/:meetingId/${spec.segment}`;
  const item = `${collection}/:${spec.idParam}`;
  const meetingParams = z.strictObject({ meetingId: meetingPartParams.participant.shape.meetingId });
  const { page } = spec;
  const tags = ['meetings'];
  const listQuery = partsQuerySchema.extend({ fields: spec.fields });
  const getQuery = z.strictObject({ fields: spec.fields });
  const fieldsOf = (request: FastifyRequest) => (request.query as { fields?: readonly string[] }).fields;
  // The schemas validate at run time; the generic spec is too wide for the type provider to infer, hence the casts.
  const params = (request: FastifyRequest) => request.params as Record<string, string>;
  const meetingIdOf = (request: FastifyRequest) => params(request).meetingId!;
  const idOf = (request: FastifyRequest) => params(request)[spec.idParam]!;
  const location = (meetingId: string, id: string) => `/v1/meetings/${meetingId}/${spec.segment}/${id}`;

  app.get(
    collection,
    {
      schema: {
        operationId: `list${spec.operation}s`,
        tags,
        summary: `List a meeting's ${spec.plural}`,
        params: meetingParams,
        querystring: listQuery,
        response: { 200: page, ...problemResponses(400, 404, 500) },
      },
    },
    async (request, reply) => {
      const result = await spec.service.list(meetingIdOf(request), request.query as PartsQuery);
      setNextLink(request, reply, result.nextCursor);
      return sparsePage(result, fieldsOf(request));
    },
  );

  app.get(
    item,
    {
      schema: {
        operationId: `get${spec.operation}`,
        tags,
        summary: `Get one ${spec.singular}`,
        params: spec.params,
        querystring: getQuery,
        response: { 200: spec.read, 304: notModifiedSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request, reply) => {
      const fields = fieldsOf(request);
      const record = await spec.service.get(meetingIdOf(request), idOf(request));
      if (replyWithEtag(request, reply, etagFor(record.version, [], fields && fieldsDigest(fields)))) return reply;
      return sparse(record, fields);
    },
  );

  app.post(
    collection,
    {
      schema: {
        operationId: `create${spec.operation}`,
        tags,
        summary: `Add a ${spec.singular} to a meeting`,
        params: meetingParams,
        body: spec.create,
        response: { 201: spec.record, ...problemResponses(400, 404, 409, 412, 413, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const record = await spec.service.create(meetingIdOf(request), request.body as z.output<C>, request.actor, expectedVersions(request));
      return reply
        .status(201)
        .header('location', location(meetingIdOf(request), record.id))
        .header('etag', etagFor(record.version))
        .send(record);
    },
  );

  app.patch(
    item,
    {
      schema: {
        operationId: `update${spec.operation}`,
        tags,
        summary: `Change a ${spec.singular} (JSON Merge Patch)`,
        params: spec.params,
        body: spec.patch,
        response: { 200: spec.record, ...problemResponses(400, 404, 409, 412, 413, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const record = await spec.service.update(
        meetingIdOf(request),
        idOf(request),
        request.body as z.output<P>,
        expectedVersions(request),
        request.actor,
      );
      return reply.header('etag', etagFor(record.version)).send(record);
    },
  );

  app.delete(
    item,
    {
      schema: {
        operationId: `delete${spec.operation}`,
        tags,
        summary: `Remove a ${spec.singular}`,
        params: spec.params,
        response: { 204: z.null().describe('Deleted'), ...problemResponses(400, 404, 409, 412, 500) },
      },
    },
    async (request, reply) => {
      await spec.service.remove(meetingIdOf(request), idOf(request), expectedVersions(request), request.actor);
      return reply.status(204).send();
    },
  );
}

export const meetingPartsRoutes: FastifyPluginAsyncZod<{
  participants: ParticipantsService;
  statements: StatementsService;
  links: MeetingInitiativesService;
}> = async (app, { participants, statements, links }) => {
  registerPart(app, {
    segment: 'participants',
    idParam: 'participantId',
    params: meetingPartParams.participant,
    singular: 'participant',
    plural: 'participants',
    operation: 'Participant',
    create: createParticipantSchema,
    patch: participantPatchSchema,
    record: participantSchema,
    read: participantReadSchema,
    fields: participantFieldsParam,
    page: participantPageSchema,
    service: participants,
  });
  registerPart(app, {
    segment: 'statements',
    idParam: 'statementId',
    params: meetingPartParams.statement,
    singular: 'statement',
    plural: 'statements',
    operation: 'Statement',
    create: createStatementSchema,
    patch: statementPatchSchema,
    record: statementSchema,
    read: statementReadSchema,
    fields: statementFieldsParam,
    page: statementPageSchema,
    service: statements,
  });
  registerPart(app, {
    segment: 'initiatives',
    idParam: 'linkId',
    params: meetingPartParams.initiative,
    singular: 'initiative link',
    plural: 'initiative links',
    operation: 'MeetingInitiative',
    create: createMeetingInitiativeSchema,
    patch: meetingInitiativePatchSchema,
    record: meetingInitiativeSchema,
    read: meetingInitiativeReadSchema,
    fields: meetingInitiativeFieldsParam,
    page: meetingInitiativePageSchema,
    service: links,
  });
};
