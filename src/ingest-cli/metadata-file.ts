import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { documentInputSchema } from '../modules/documents/documents.schemas.js';
import type { DocumentInput } from '../modules/documents/documents.service.js';
import { describeFsError } from './fs-errors.js';
import { repeatedMembers, repeatedMemberMessage, whyNotJson } from '../http/json-body.js';

// A readout may have its metadata beside it, as the seed's do: name.txt with name.json holding the API's fields
// ({ url, title, publisher, publishedAt, language, isTranslation }), checked by the API's own schema.

export type Metadata = Omit<DocumentInput, 'text'>;
export type MetadataResult = { ok: true; metadata: Metadata } | { ok: false; reason: string };

const metadataSchema = documentInputSchema.omit({ text: true });

export const metadataFileFor = (file: string) => path.join(path.dirname(file), `${path.parse(file).name}.json`);

export async function readMetadataFile(file: string): Promise<MetadataResult> {
  const metadataFile = metadataFileFor(file);
  const where = `metadata file ${path.basename(metadataFile)}`;
  let bytes: Buffer;
  try {
    bytes = await readFile(metadataFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, metadata: {} };
    return { ok: false, reason: `${where}: ${describeFsError(error)}` };
  }
  // JSON between systems is UTF-8 (RFC 8259 §8.1): a Latin-1 "Ministère" is refused, not stored with U+FFFD in its place
  // (trial 114); a byte order mark is allowed.
  if (!isUtf8(bytes)) return { ok: false, reason: `${where}: not UTF-8 (RFC 8259 §8.1); save it as UTF-8` };
  const raw = bytes.toString('utf8').replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: `${where}: not JSON (${whyNotJson(raw, error instanceof Error ? error.message : String(error))})` };
  }
  const twice = repeatedMembers(raw, json);
  if (twice.pointers.length > 0) {
    const more = twice.more > 0 ? ` (and ${twice.more} more)` : '';
    return {
      ok: false,
      reason: `${where}: ${twice.pointers.map((pointer) => pointer.slice(1)).join(', ')}${more} ${repeatedMemberMessage}`,
    };
  }
  const parsed = metadataSchema.safeParse(json);
  if (parsed.success) return { ok: true, metadata: parsed.data };
  const problems = parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  return { ok: false, reason: `${where}: ${problems.join('; ')}` };
}
