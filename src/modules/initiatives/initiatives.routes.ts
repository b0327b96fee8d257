import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagFor, expectedVersions, replyWithEtag } from '../../http/etag.js';
import { listFormat } from '../../http/export/export-format.js';
import { exportableResponse } from '../../http/export/export-schemas.js';
import { sendExport } from '../../http/export/export-stream.js';
import { setNextLink } from '../../http/pagination.js';
import { initiativeExportColumns } from './initiatives.list.js';
import { notModifiedSchema, problemResponses } from '../../http/schemas.js';
import {
  getInitiativeQuerySchema,
  initiativeReadSchema,
  listInitiativesQuerySchema,
  initiativeCreateSchema,
  initiativePageSchema,
  initiativeParamsSchema,
  initiativePatchSchema,
  initiativeSchema,
} from './initiatives.schemas.js';
import type { InitiativesService } from './initiatives.service.js';

const deletedSchema = z.null().describe('Deleted.');
const tags = ['initiatives'];

export const initiativesRoutes: FastifyPluginAsyncZod<{ initiatives: InitiativesService }> = async (app, { initiatives }) => {
  app.get(
    '/initiatives',
    {
      schema: {
        operationId: 'listInitiatives',
        tags,
        summary: 'List or look up initiatives',
        description:
          'By name by default. With `q`, a fuzzy lookup over names, slugs and aliases ("silk road" finds the Belt and ' +
          'Road Initiative): best match first, each item with its `score`. Cursor pagination.',
        querystring: listInitiativesQuerySchema,
        response: {
          200: exportableResponse(initiativePageSchema, initiativeReadSchema, initiativeExportColumns),
          ...problemResponses(400, 406, 500),
        },
      },
    },
    async (request, reply) => {
      const format = listFormat(request, reply, request.query.format);
      if (format !== 'json') return sendExport(reply, format, initiatives.export(request.query));
      const page = await initiatives.list(request.query);
      setNextLink(request, reply, page.nextCursor);
      return page;
    },
  );

  app.get(
    '/initiatives/:initiativeKey',
    {
      schema: {
        operationId: 'getInitiative',
        tags,
        summary: 'Get an initiative by id or slug',
        description: 'Sends an ETag; with If-None-Match naming it, answers 304.',
        params: initiativeParamsSchema,
        querystring: getInitiativeQuerySchema,
        response: { 200: initiativeReadSchema, 304: notModifiedSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request, reply) => {
      const { etag, body } = await initiatives.read(request.params.initiativeKey, request.query.fields);
      if (replyWithEtag(request, reply, etag)) return reply;
      return body;
    },
  );

  app.post(
    '/initiatives',
    {
      schema: {
        operationId: 'createInitiative',
        tags,
        summary: 'Add an initiative to the catalogue',
        description: 'Answers 201 with Location and ETag. Slugs are unique: a taken slug is a 409.',
        body: initiativeCreateSchema,
        response: { 201: initiativeSchema, ...problemResponses(400, 401, 409, 413, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const initiative = await initiatives.create(request.body, request.actor);
      return reply
        .status(201)
        .header('location', `/v1/initiatives/${initiative.id}`)
        .header('etag', etagFor(initiative.version))
        .send(initiative);
    },
  );

  app.patch(
    '/initiatives/:initiativeKey',
    {
      schema: {
        operationId: 'updateInitiative',
        tags,
        summary: 'Update an initiative',
        description:
          'JSON Merge Patch (RFC 7396): absent fields stay as they are, null clears, arrays replace. ' +
          'With If-Match, answers 412 when the initiative has changed since. A taken slug is a 409.',
        consumes: ['application/merge-patch+json', 'application/json'],
        params: initiativeParamsSchema,
        body: initiativePatchSchema,
        response: { 200: initiativeSchema, ...problemResponses(400, 401, 404, 409, 412, 413, 415, 500) },
      },
    },
    async (request, reply) => {
      const initiative = await initiatives.update(request.params.initiativeKey, request.body, expectedVersions(request), request.actor);
      return reply.header('etag', etagFor(initiative.version)).send(initiative);
    },
  );

  app.delete(
    '/initiatives/:initiativeKey',
    {
      schema: {
        operationId: 'deleteInitiative',
        tags,
        summary: 'Delete an initiative',
        description: 'Refused with 409 while any meeting links to it. With If-Match, answers 412 when the initiative has changed since.',
        params: initiativeParamsSchema,
        response: { 204: deletedSchema, ...problemResponses(400, 401, 404, 409, 412, 500) },
      },
    },
    async (request, reply) => {
      await initiatives.remove(request.params.initiativeKey, expectedVersions(request), request.actor);
      return reply.status(204).send(null);
    },
  );
};
