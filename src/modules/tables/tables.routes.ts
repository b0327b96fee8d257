import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { listFormat } from '../../http/export/export-format.js';
import { columnsOf, exportableResponse } from '../../http/export/export-schemas.js';
import { sendExport } from '../../http/export/export-stream.js';
import { setNextLink } from '../../http/pagination.js';
import { problemResponses } from '../../http/schemas.js';
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
} from '../meetings/meetings.schemas.js';
import { listTableQuerySchema, type ListTableQuery } from './tables.schemas.js';
import type { TablesService } from './tables.service.js';
import type { TableName } from './tables.sql.js';

interface TableSpec {
  path: string;
  table: TableName;
  operationId: string;
  what: string;
  page: z.ZodType;
  row: z.ZodObject;
  /** A row as the list answers it: whole, or sparse (`fields=`). */
  read: z.ZodType;
  fields: z.ZodType<readonly string[] | undefined, string | undefined>;
}

const specs: TableSpec[] = [
  {
    path: '/participants',
    table: 'participants',
    operationId: 'listAllParticipants',
    what: 'participants',
    page: participantPageSchema,
    row: participantSchema,
    read: participantReadSchema,
    fields: participantFieldsParam,
  },
  {
    path: '/statements',
    table: 'statements',
    operationId: 'listAllStatements',
    what: 'statements',
    page: statementPageSchema,
    row: statementSchema,
    read: statementReadSchema,
    fields: statementFieldsParam,
  },
  {
    path: '/meeting-initiatives',
    table: 'meeting_initiatives',
    operationId: 'listAllMeetingInitiatives',
    what: 'initiative links',
    page: meetingInitiativePageSchema,
    row: meetingInitiativeSchema,
    read: meetingInitiativeReadSchema,
    fields: meetingInitiativeFieldsParam,
  },
];

export const tablesRoutes: FastifyPluginAsyncZod<{ tables: TablesService }> = async (app, { tables }) => {
  for (const spec of specs) {
    const columns = columnsOf(spec.row);
    const querystring = listTableQuerySchema.extend({ fields: spec.fields });
    app.get(
      spec.path,
      {
        schema: {
          operationId: spec.operationId,
          tags: ['tables'],
          summary: `The ${spec.what} of every meeting`,
          description:
            `One row per ${spec.what.replace(/s$/, '')}, with meetingId to join on GET /v1/meetings; the meeting filters of ` +
            'GET /v1/meetings keep the rows of the meetings that pass them. In id order (about creation order); cursor ' +
            'pagination, or the whole table with Accept: text/csv or application/x-ndjson (or format=).',
          querystring,
          response: { 200: exportableResponse(spec.page, spec.read, columns), ...problemResponses(400, 406, 500) },
        },
      },
      async (request, reply) => {
        const query = request.query as ListTableQuery;
        const format = listFormat(request, reply, query.format);
        if (format !== 'json') return sendExport(reply, format, tables.export(spec.table, query, columns));
        const page = await tables.list(spec.table, query);
        setNextLink(request, reply, page.nextCursor);
        return page;
      },
    );
  }
};
