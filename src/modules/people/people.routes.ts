import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagFor, expectedVersions, replyWithEtag } from '../../http/etag.js';
import { listFormat } from '../../http/export/export-format.js';
import { exportableResponse } from '../../http/export/export-schemas.js';
import { sendExport } from '../../http/export/export-stream.js';
import { setNextLink } from '../../http/pagination.js';
import { personExportColumns } from './people.list.js';
import { notModifiedSchema, problemResponses } from '../../http/schemas.js';
import {
  getPersonQuerySchema,
  listPeopleQuerySchema,
  personCreateSchema,
  personPageSchema,
  personParamsSchema,
  personPatchSchema,
  personReadSchema,
  personSchema,
} from './people.schemas.js';
import type { PeopleService } from './people.service.js';

const deletedSchema = z.null().describe('Deleted.');
const tags = ['people'];

export const peopleRoutes: FastifyPluginAsyncZod<{ people: PeopleService }> = async (app, { people }) => {
  app.get(
    '/people',
    {
      schema: {
        operationId: 'listPeople',
        tags,
        summary: 'List or look up people',
        description:
          'By name by default. With `q`, a fuzzy lookup over names and aliases that tolerates transliteration ' +
          '(Tleuberdi, Tileuberdy): best match first, each item with its `score`. Filters combine with AND; cursor pagination.',
        querystring: listPeopleQuerySchema,
        response: { 200: exportableResponse(personPageSchema, personReadSchema, personExportColumns), ...problemResponses(400, 406, 500) },
      },
    },
    async (request, reply) => {
      const format = listFormat(request, reply, request.query.format);
      if (format !== 'json') return sendExport(reply, format, people.export(request.query));
      const page = await people.list(request.query);
      setNextLink(request, reply, page.nextCursor);
      return page;
    },
  );

  app.get(
    '/people/:personId',
    {
      schema: {
        operationId: 'getPerson',
        tags,
        summary: 'Get a person',
        description: 'Sends an ETag; with If-None-Match naming it, answers 304.',
        params: personParamsSchema,
        querystring: getPersonQuerySchema,
        response: { 200: personReadSchema, 304: notModifiedSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request, reply) => {
      const { etag, body } = await people.read(request.params.personId, request.query.fields);
      if (replyWithEtag(request, reply, etag)) return reply;
      return body;
    },
  );

  app.post(
    '/people',
    {
      schema: {
        operationId: 'createPerson',
        tags,
        summary: 'Create a person',
        description:
          'Answers 201 with Location and ETag. An external identifier (scheme and value) may belong to one person only. ' +
          'A person without identifiers whose name (case aside) is the name or an alias of a stored person of the same ' +
          "country (no country counting as one) is refused with 409 at /name, which gives that person's id: a namesake " +
          'is told apart by identifiers. An alias equal to the name is a 400.',
        body: personCreateSchema,
        response: { 201: personSchema, ...problemResponses(400, 401, 409, 413, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const person = await people.create(request.body, request.actor);
      return reply.status(201).header('location', `/v1/people/${person.id}`).header('etag', etagFor(person.version)).send(person);
    },
  );

  app.patch(
    '/people/:personId',
    {
      schema: {
        operationId: 'updatePerson',
        tags,
        summary: 'Update a person',
        description:
          'JSON Merge Patch (RFC 7396): absent fields stay as they are, null clears, arrays replace. ' +
          'With If-Match, answers 412 when the person has changed since. A new name, country or no identifiers that ' +
          'make the person one another stored person is already (as POST /v1/people) is a 409 at the member sent; a name that is ' +
          'one of their aliases, or an alias equal to the name, a 400.',
        consumes: ['application/merge-patch+json', 'application/json'],
        params: personParamsSchema,
        body: personPatchSchema,
        response: { 200: personSchema, ...problemResponses(400, 401, 404, 409, 412, 413, 415, 500) },
      },
    },
    async (request, reply) => {
      const person = await people.update(request.params.personId, request.body, expectedVersions(request), request.actor);
      return reply.header('etag', etagFor(person.version)).send(person);
    },
  );

  app.delete(
    '/people/:personId',
    {
      schema: {
        operationId: 'deletePerson',
        tags,
        summary: 'Delete a person',
        description:
          'Refused with 409 while the person is a participant of any meeting. With If-Match, answers 412 when the person has changed since.',
        params: personParamsSchema,
        response: { 204: deletedSchema, ...problemResponses(400, 401, 404, 409, 412, 500) },
      },
    },
    async (request, reply) => {
      await people.remove(request.params.personId, expectedVersions(request), request.actor);
      return reply.status(204).send(null);
    },
  );
};
