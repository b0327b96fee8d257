import type { Db } from '../../db/prisma.js';
import type { MeetingInitiative, Participant, Statement } from '../../generated/prisma/client.js';
import type { ExportTable } from '../../http/export/export-stream.js';
import { sparseExport, sparsePage } from '../../http/fields.js';
import { keysetBatches } from '../../http/export/keyset-batches.js';
import { decodeCursor, pageBody, queryFingerprint, toPage } from '../../http/pagination.js';
import { toMeetingInitiativeDto, toParticipantDto, toStatementDto } from '../meetings/meetings.dto.js';
import type { ListTableQuery } from './tables.schemas.js';
import { tablePageSql, type TableName } from './tables.sql.js';
import { assertKnownInitiatives } from '../meetings/meeting-filters.js';

type Row = Participant & Statement & MeetingInitiative;
const toDto: Record<TableName, (row: Row) => Record<string, unknown> & { id: string }> = {
  participants: toParticipantDto,
  statements: toStatementDto,
  meeting_initiatives: toMeetingInitiativeDto,
};
const exportName: Record<TableName, string> = {
  participants: 'participants',
  statements: 'statements',
  meeting_initiatives: 'meeting-initiatives',
};

/** Participants, statements and initiative links across meetings: JSON pages and whole exports of the same rows. */
export function createTablesService({ prisma }: { prisma: Db }) {
  const criteria = ({ limit: _limit, cursor: _cursor, format: _format, fields: _fields, ...filters }: ListTableQuery) => filters;
  const start = (table: TableName, query: ListTableQuery) =>
    query.cursor ? decodeCursor(query.cursor, queryFingerprint(table, query), 1)[0] : undefined;
  const read = (table: TableName, query: ListTableQuery, after: unknown, take: number, db: Db = prisma) =>
    db.$queryRaw<Row[]>(tablePageSql(table, criteria(query), after, take));

  const wholeExport = (table: TableName, query: ListTableQuery, columns: readonly string[]): ExportTable => {
    return {
      name: exportName[table],
      columns,
      batches: keysetBatches(
        prisma,
        async (db, after, take) => {
          const rows = await read(table, query, after?.[0], take + 1, db);
          const page = rows.slice(0, take);
          const last = page.at(-1);
          return { records: page.map(toDto[table]), next: rows.length > take && last ? [last.id] : null };
        },
        query.cursor ? [start(table, query) as string] : undefined,
        (db) => assertKnownInitiatives(db, query),
      ),
    };
  };

  return {
    /** One page in id order, each row with only the members `fields` names; throws 400 `invalid_cursor` on a cursor of another query. */
    async list(table: TableName, query: ListTableQuery) {
      const from = start(table, query);
      await assertKnownInitiatives(prisma, query);
      const rows = await read(table, query, from, query.limit + 1);
      const paging = toPage(rows, query.limit, queryFingerprint(table, query), (row) => [row.id]);
      return sparsePage(pageBody(paging, paging.page.map(toDto[table])), query.fields);
    },

    /** Every row the list would page through, from its cursor if any, with `columns` for CSV (those `fields` names). */
    export(table: TableName, query: ListTableQuery, columns: readonly string[]): ExportTable {
      return sparseExport(wholeExport(table, query, columns), query.fields);
    },
  };
}

export type TablesService = ReturnType<typeof createTablesService>;
