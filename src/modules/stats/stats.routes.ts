import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { replyWithEtag } from '../../http/etag.js';
import { notModifiedSchema, problemResponses } from '../../http/schemas.js';
import {
  maxBuckets,
  meetingsByCountryQuerySchema,
  meetingsByCountrySchema,
  meetingsOverTimeQuerySchema,
  meetingsOverTimeSchema,
  topInitiativesQuerySchema,
  topInitiativesSchema,
  topPeopleQuerySchema,
  topPeopleSchema,
} from './stats.schemas.js';
import { networkQuerySchema, networkSchema } from './stats.network.js';
import type { StatsService } from './stats.service.js';

const filtersNote =
  'The meeting filters of GET /v1/meetings apply (from, to, country, person, initiative, kind, q, status, speaker, ' +
  'organization, hasDocument, sourcePublisher), with the same meaning. Sends Cache-Control (max-age 60 s) and an ETag of the answer; ' +
  'with If-None-Match naming it, answers 304.';

/** The ETag of a stats answer: a digest of its JSON, so it changes exactly when the answer does. */
const statsEtag = (body: unknown) => `"s-${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22)}"`;

export interface StatsRoutesOptions {
  stats: StatsService;
  /** Cache-Control of the answers: public, or private when reads need a key (REQUIRE_KEY_FOR_READS). */
  cacheControl: string;
}

export const statsRoutes: FastifyPluginAsyncZod<StatsRoutesOptions> = async (app, { stats, cacheControl }) => {
  /** Sends a stats answer with its Cache-Control and ETag, or 304 when If-None-Match names the ETag. */
  const send = async <T>(request: FastifyRequest, reply: FastifyReply, body: T): Promise<T | FastifyReply> => {
    reply.header('cache-control', cacheControl);
    return replyWithEtag(request, reply, statsEtag(body)) ? reply : body;
  };

  app.get(
    '/stats/meetings-over-time',
    {
      schema: {
        operationId: 'countMeetingsOverTime',
        tags: ['stats'],
        summary: 'Count meetings per month, quarter or year',
        description:
          `Matching meetings per period, oldest first. ${filtersNote} The range is from/to when given, else the dates ` +
          'of the first matching meeting and of the last one dated up to the end of next year (later ones are counted in ' +
          '`outside`); every period in it is listed, with count 0 when it has no meetings. A meeting dated only to the ' +
          `month or year counts in the period of its first day. From and to spanning more than ${maxBuckets} periods ` +
          `are a 400; a range found from the data that long is clamped to ${maxBuckets} periods (the most recent, or ` +
          'those from `from`). With groupBy, a series per group: the top `limit` groups, then the other meetings.',
        querystring: meetingsOverTimeQuerySchema,
        response: { 200: meetingsOverTimeSchema, 304: notModifiedSchema, ...problemResponses(400, 500) },
      },
    },
    async (request, reply) => send(request, reply, await stats.meetingsOverTime(request.query)),
  );

  app.get(
    '/stats/top-initiatives',
    {
      schema: {
        operationId: 'listTopInitiatives',
        tags: ['stats'],
        summary: 'Initiatives linked to the most meetings',
        description:
          `Initiatives ranked by the number of matching meetings they are linked to, ties broken by slug. ${filtersNote} ` +
          '`status` counts only links with one of the given statuses.',
        querystring: topInitiativesQuerySchema,
        response: { 200: topInitiativesSchema, 304: notModifiedSchema, ...problemResponses(400, 500) },
      },
    },
    async (request, reply) => send(request, reply, await stats.topInitiatives(request.query)),
  );

  app.get(
    '/stats/top-people',
    {
      schema: {
        operationId: 'listTopPeople',
        tags: ['stats'],
        summary: 'People who took part in the most meetings',
        description:
          `People ranked by the number of matching meetings they took part in, ties broken by name and id. ${filtersNote} ` +
          'With `person`, that person and everyone they met are ranked.',
        querystring: topPeopleQuerySchema,
        response: { 200: topPeopleSchema, 304: notModifiedSchema, ...problemResponses(400, 500) },
      },
    },
    async (request, reply) => send(request, reply, await stats.topPeople(request.query)),
  );

  app.get(
    '/stats/countries',
    {
      schema: {
        operationId: 'countMeetingsByCountry',
        tags: ['stats'],
        summary: 'Count meetings per country represented',
        description:
          'For every country represented by a participant, the number of matching meetings with such a participant: ' +
          `a meeting counts once per country, so the counts overlap. ${filtersNote} The place of a meeting is not a ` +
          'country represented. `limit` keeps the first countries (all by default).',
        querystring: meetingsByCountryQuerySchema,
        response: { 200: meetingsByCountrySchema, 304: notModifiedSchema, ...problemResponses(400, 500) },
      },
    },
    async (request, reply) => send(request, reply, await stats.meetingsByCountry(request.query)),
  );

  app.get(
    '/stats/network',
    {
      schema: {
        operationId: 'getMeetingNetwork',
        tags: ['stats'],
        summary: 'Who met whom: nodes and weighted edges',
        description:
          'People (level=person) or countries (level=country) linked by the matching meetings they took part in ' +
          'together (weight: how many; first and last date), sized for a force-directed graph: the top `limit` nodes by ' +
          `number of distinct neighbours, and every edge among them. ${filtersNote}`,
        querystring: networkQuerySchema,
        response: { 200: networkSchema, 304: notModifiedSchema, ...problemResponses(400, 500) },
      },
    },
    async (request, reply) => send(request, reply, await stats.network(request.query)),
  );
};
