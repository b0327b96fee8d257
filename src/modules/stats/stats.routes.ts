import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../http/schemas.js';
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
import type { StatsService } from './stats.service.js';

const filtersNote = 'The meeting filters of GET /v1/meetings apply (from, to, country, person, initiative, kind), with the same meaning.';

export const statsRoutes: FastifyPluginAsyncZod<{ stats: StatsService }> = async (app, { stats }) => {
  app.get(
    '/stats/meetings-over-time',
    {
      schema: {
        operationId: 'countMeetingsOverTime',
        tags: ['stats'],
        summary: 'Count meetings per month, quarter or year',
        description:
          `Matching meetings per period, oldest first. ${filtersNote} The range is from/to when given, else the dates ` +
          'of the first and last matching meeting; every period in it is listed, with count 0 when it has no meetings. ' +
          'A meeting dated only to the month or year counts in the period of its first day. ' +
          `A range of more than ${maxBuckets} periods is a 400.`,
        querystring: meetingsOverTimeQuerySchema,
        response: { 200: meetingsOverTimeSchema, ...problemResponses(400, 500) },
      },
    },
    async (request) => stats.meetingsOverTime(request.query),
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
        response: { 200: topInitiativesSchema, ...problemResponses(400, 500) },
      },
    },
    async (request) => stats.topInitiatives(request.query),
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
        response: { 200: topPeopleSchema, ...problemResponses(400, 500) },
      },
    },
    async (request) => stats.topPeople(request.query),
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
          'country represented.',
        querystring: meetingsByCountryQuerySchema,
        response: { 200: meetingsByCountrySchema, ...problemResponses(400, 500) },
      },
    },
    async (request) => stats.meetingsByCountry(request.query),
  );
};
