import { readFile, stat } from 'node:fs/promises';
import { maxDocumentBytes, readoutTextSchema } from '../modules/documents/documents.schemas.js';
import { decodeReadout } from '../modules/documents/readout-encoding.js';
import { describeFsError } from './fs-errors.js';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const bytesText = (bytes: number) => `${bytes.toLocaleString('en-US')} bytes`;

/** Reads a file as a readout under the rules of POST /v1/documents: UTF-8 text, not blank, at most 4 MiB. */
export async function readReadoutFile(file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > maxDocumentBytes) return { ok: false, reason: tooLarge(size) };
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  if (bytes.length > maxDocumentBytes) return { ok: false, reason: tooLarge(bytes.length) };
  // UTF-8 read strictly, as POST /v1/documents reads a text/plain body; a leading BOM is dropped.
  const decoded = decodeReadout(bytes, 'utf-8');
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const checked = readoutTextSchema.safeParse(decoded.text);
  if (!checked.success) return { ok: false, reason: checked.error.issues.map((issue) => issue.message).join('; ') };
  return { ok: true, text: checked.data };
}

const tooLarge = (bytes: number) =>
  `too large: ${bytesText(bytes)} (the API takes at most ${maxDocumentBytes / 1024 / 1024} MiB, ${bytesText(maxDocumentBytes)})`;
