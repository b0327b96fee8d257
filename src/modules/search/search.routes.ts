import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listFormat } from '../../http/export/export-format.js';
import { exportableResponse } from '../../http/export/export-schemas.js';
import { sendExport } from '../../http/export/export-stream.js';
import { sendJsonText } from '../../http/json-text.js';
import { fitsBudget } from '../../http/response-budget.js';
import { setNextLink } from '../../http/pagination.js';
import { problemResponses } from '../../http/schemas.js';
import { searchHitReadSchema, searchPageSchema, searchQuerySchema } from './search.schemas.js';
import { searchExportColumns, type SearchService } from './search.service.js';

export const searchRoutes: FastifyPluginAsyncZod<{ search: SearchService }> = async (app, { search }) => {
  app.get(
    '/search',
    {
      schema: {
        operationId: 'searchRecords',
        tags: ['search'],
        summary: 'Search statements, meetings and initiatives',
        description:
          'Ranked full-text search (English stemming, web-search syntax) with HTML-safe highlighted snippets. ' +
          'The meeting filters of GET /v1/meetings apply to the meeting of each hit; an initiative hit passes them when ' +
          'it is linked to a meeting that does. Facets count the whole result, not the page. Best hits first; ties ' +
          'break on type and id, so cursor pagination is stable.',
        querystring: searchQuerySchema,
        response: {
          200: exportableResponse(searchPageSchema, searchHitReadSchema, searchExportColumns),
          ...problemResponses(400, 406, 500),
        },
      },
    },
    async (request, reply) => {
      const format = listFormat(request, reply, request.query.format);
      if (format !== 'json') return sendExport(reply, format, search.export(request.query));
      const page = await search.search(request.query);
      setNextLink(request, reply, page.nextCursor);
      // Each hit is a row whose columns are SearchHit's members (search.sql.ts), so a page within the response budget
      // goes out as JSON.stringify wrote it, without the response schema's check on every request (a union of the
      // whole and the sparse hit, tried in turn); search.test.ts holds every kind of page to searchPageSchema instead.
      // A larger one is cut by the budget's hook (http/response-budget.ts), which works on the page's objects.
      if (request.query.fields) return page;
      const json = JSON.stringify(page);
      return fitsBudget(json, app.responseBudgetBytes) ? sendJsonText(reply, json) : page;
    },
  );
};
