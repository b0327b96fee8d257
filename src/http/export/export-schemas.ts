import { z } from 'zod';
import { mediaTypes } from './export-format.js';

// The contract of a list that exports: its 200 answers a JSON page, or the whole result as CSV or NDJSON.

const csvSchema = (columns: readonly string[]) =>
  z
    .string()
    .describe(
      `The whole result as CSV (RFC 4180: UTF-8, CRLF line ends, a header row), one row per record with the columns ${columns.join(', ')}. ` +
        'Empty cell: null or absent; lists and objects: their JSON text; text starting with =, +, -, @, tab or CR: prefixed ' +
        "with ' so spreadsheets never evaluate it. A transfer cut short (a failure mid-export) is an incomplete HTTP " +
        'response, never a shorter file.',
    );

/**
 * The 200 response of an exportable list: `page` as application/json, and the whole result as text/csv (the columns of
 * `row`) and application/x-ndjson (one `row` per line).
 */
export function exportableResponse<P extends z.ZodType, R extends z.ZodType>(page: P, row: R, columns: readonly string[]) {
  return {
    description: 'A page of the list; with Accept: text/csv or application/x-ndjson (or format=), the whole list.',
    content: {
      [mediaTypes.json]: { schema: page },
      [mediaTypes.csv]: { schema: csvSchema(columns) },
      [mediaTypes.ndjson]: { schema: row },
    },
  };
}

/** The CSV columns of a record schema: its fields in order, less those named (embedded lists). */
export const columnsOf = (row: z.ZodObject, omit: readonly string[] = []): string[] =>
  Object.keys(row.shape).filter((field) => !omit.includes(field));
