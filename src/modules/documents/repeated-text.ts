import type { SourceDocument } from '../../generated/prisma/client.js';
import { AppError, type FieldError } from '../../http/errors.js';
import { isoDate } from '../meetings/meetings.dto.js';
import type { DocumentInput } from './documents.service.js';

/** The metadata a `POST /v1/documents` may send with a text, as the stored document holds it. */
export const documentMetadataFields = ['url', 'title', 'publisher', 'publishedAt', 'language', 'isTranslation'] as const;
export type DocumentMetadataField = (typeof documentMetadataFields)[number];

/** Metadata that the draft is read with: a change of one of these reads the text again. */
const readWith: readonly DocumentMetadataField[] = ['url', 'publisher', 'publishedAt'];

/** A field a repeat of a stored text sends with another value than the stored document has. */
export interface MetadataDifference {
  field: DocumentMetadataField;
  /** As the document's JSON gives it (`publishedAt` a YYYY-MM-DD date); null when the document has none. */
  stored: string | boolean | null;
  sent: string | boolean;
}

/** A metadata field of the stored document, as its JSON gives it (`publishedAt` a YYYY-MM-DD date). */
export const storedMetadata = (document: SourceDocument, field: DocumentMetadataField): string | boolean | null => {
  if (field === 'publishedAt') return document.publishedAt ? isoDate(document.publishedAt) : null;
  return document[field];
};

/**
 * The metadata of `input` that differs from the stored `document` with the same text: only fields the request sends
 * (a field left out or sent as null asserts nothing). `publishedAt` is compared as the date stored.
 */
export function metadataDifferences(input: DocumentInput, document: SourceDocument): MetadataDifference[] {
  const differences: MetadataDifference[] = [];
  for (const field of documentMetadataFields) {
    const sent = input[field];
    if (sent === undefined || sent === null) continue;
    const stored = storedMetadata(document, field);
    if (stored !== sent) differences.push({ field, stored, sent });
  }
  return differences;
}

/**
 * Whether a repeat's differences only fill in what the stored document left empty, on a document no meeting was
 * committed from yet: then the document takes them, and its draft is read again when one of them is what a draft is
 * read with (`url`, `publisher`, `publishedAt`). `rereads` says whether it must be.
 */
export function fillsIn(differences: readonly MetadataDifference[], committed: boolean): { fills: boolean; rereads: boolean } {
  const fills = !committed && differences.length > 0 && differences.every((difference) => difference.stored === null);
  return { fills, rereads: fills && differences.some((difference) => readWith.includes(difference.field)) };
}

/**
 * 409 `conflict` for a repeat of a stored text whose metadata contradicts the document's (new-user trial 115: a second
 * POST with another `publishedAt` answered 200 with the stored document, and the date it sent was silently dropped).
 * One error per field, at the body member, giving both values; the detail says how to go on.
 */
export function repeatedTextConflict(documentId: string, differences: readonly MetadataDifference[], committedAs: readonly string[]) {
  const shown = (value: string | boolean | null) => (value === null ? 'none' : JSON.stringify(value));
  const errors: FieldError[] = differences.map((difference) => ({
    in: 'body',
    pointer: `/${difference.field}`,
    message: `is ${shown(difference.sent)}, but document ${documentId}, which has this text, has ${shown(difference.stored)}`,
  }));
  const why = committedAs.length
    ? `it is committed as meeting ${committedAs.join(', ')}, so its metadata stays as stored`
    : 'a stored value is only ever filled in, never replaced';
  return new AppError(
    'conflict',
    `This text is stored already as document ${documentId} with other metadata (${differences.map((d) => `${d.field}: ${shown(d.stored)} stored, ${shown(d.sent)} sent`).join('; ')}), and ${why}. ` +
      'Send the stored values (or leave them out) to get the document; to read the text with other values, correct its draft at commit.',
    errors,
  );
}
