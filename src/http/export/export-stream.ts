import { Readable } from 'node:stream';
import { preconditionOutcome, streamedPreconditionFailed } from '../representation-tag.js';
import type { FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { csvRow } from './csv-cells.js';
import { mediaTypes, type ExportFormat } from './export-format.js';
import { takeExportSlot } from './export-slots.js';

// A whole list streamed as CSV or NDJSON, batch after batch as the client reads: a batch is fetched only when the
// previous one has been handed to the socket (Readable.from pulls on demand), so memory holds about one batch whatever
// the size of the export.
//
// Failures: whatever fails before the first batch is read (a bad cursor, the database down) is thrown, and answered as
// problem+json like any error. Once the first bytes are out the status cannot change, so a failure after it destroys
// the response: HTTP/1.1 ends without the chunked encoding's last chunk (HTTP/2: RST_STREAM), which every client
// reports as an incomplete transfer — never a file that merely looks short.

export type ExportRecord = Record<string, unknown>;

/** What a list exports: a file name stem, the CSV columns in order, and its records in batches (list order). */
export interface ExportTable {
  name: string;
  columns: readonly string[];
  batches: AsyncIterator<ExportRecord[], void, number | undefined>;
}

function encoder(format: ExportFormat, columns: readonly string[]) {
  if (format === 'ndjson') return (records: ExportRecord[]) => records.map((record) => `${JSON.stringify(record)}\n`).join('');
  let header = true;
  return (records: ExportRecord[]) => {
    const text = stringify(
      records.map((record) => csvRow(record, columns)),
      // RFC 4180 quotes a field with a line break. With CRLF record delimiters csv-stringify quotes a field holding
      // CRLF, but neither a lone CR nor a lone LF unless told to (a reader would split the row there).
      { header, columns: [...columns], record_delimiter: 'windows', quoted_match: /[\r\n]/ },
    );
    header = false;
    return text;
  };
}

async function* encoded(
  first: ExportRecord[],
  rest: AsyncIterator<ExportRecord[], void, number | undefined>,
  encode: (records: ExportRecord[]) => string,
) {
  try {
    let text = encode(first);
    for (;;) {
      // The encoded size of each batch sizes the next one (keyset-batches.ts).
      const bytes = Buffer.byteLength(text);
      if (text) yield text;
      const next = await rest.next(bytes);
      if (next.done) return;
      text = encode(next.value);
    }
  } finally {
    // The client went away, or a batch failed: stop fetching.
    await rest.return?.();
  }
}

/**
 * Sends `table` as `format`: `text/csv; charset=utf-8; header=present` (RFC 4180 with CRLF line ends and a header
 * row, RFC 7111 media type parameters) or `application/x-ndjson` (one JSON object per line, each ending in LF), with
 * `Content-Disposition: attachment; filename="<name>.<format>"`. Reads the first batch before answering, so its
 * errors are thrown to the caller (see above). Throws AppError `service_unavailable` (503) when EXPORT_MAX_CONCURRENT
 * exports are streaming already.
 */
export async function sendExport(reply: FastifyReply, format: ExportFormat, table: ExportTable): Promise<FastifyReply> {
  // An export has no ETag (its body is not there to digest): If-Match with a tag is a 412, If-None-Match: * a 304,
  // before a row is read (representation-tag.ts).
  const outcome = preconditionOutcome(reply.request, null);
  if (outcome !== null) {
    await table.batches.return?.();
    if (outcome === 412) throw streamedPreconditionFailed();
    return reply.status(304).send();
  }
  // One of the process's export slots (export-slots.ts) until the response is done; a 503 when none is free.
  let release: () => void;
  try {
    release = takeExportSlot(reply);
  } catch (error) {
    await table.batches.return?.();
    throw error;
  }
  let first: IteratorResult<ExportRecord[], void>;
  try {
    first = await table.batches.next();
  } catch (error) {
    release();
    throw error;
  }
  const type = format === 'csv' ? `${mediaTypes.csv}; charset=utf-8; header=present` : `${mediaTypes.ndjson}; charset=utf-8`;
  reply.type(type).header('content-disposition', `attachment; filename="${table.name}.${format}"`).header('cache-control', 'no-store');
  // HEAD: the status and headers of the export, without reading the rest of it — and without a Content-Length, which
  // would have to be the length of the GET's body (RFC 9110 §8.6), unknown until it is written: an empty stream.
  if (reply.request.method === 'HEAD') {
    await table.batches.return?.();
    release();
    return reply.send(Readable.from([]));
  }
  const body = Readable.from(encoded(first.done ? [] : first.value, table.batches, encoder(format, table.columns)), { objectMode: false });
  // Ended, failed or destroyed with its client: the slot is free again (the connection's close frees it too).
  body.once('close', release);
  return reply.send(body);
}
