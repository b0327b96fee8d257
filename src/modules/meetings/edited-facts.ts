import { isDeepStrictEqual } from 'node:util';
import type { Prisma } from '../../generated/prisma/client.js';

/**
 * The fields of a record that make up each fact the extractor read and a provenance span holds with its confidence
 * (the facts of a draft, src/modules/documents/draft-to-input.ts): a participant's "name" fact is who they are, of which
 * country or organisation and on which side; a statement's "text" is what was said, by whom and how.
 */
const factFields = {
  meeting: { title: ['title'], kind: ['kind'], date: ['date', 'datePrecision'], location: ['city', 'countryCode'] },
  participant: { name: ['personId', 'countryCode', 'organization', 'role'], title: ['title'] },
  statement: { text: ['kind', 'speakerId', 'text'] },
  meeting_initiative: { mention: ['initiativeId', 'status'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type FactRecordType = keyof typeof factFields;

/**
 * After an editor's PATCH of a record, the facts whose value it changed are the editor's, not the extractor's: their
 * spans keep where the extractor had read them and lose its confidence (null, as a value an editor set at commit has).
 * `before` and `after` are the record's DTOs. Returns the facts released.
 */
export async function releaseEditedFacts(
  tx: Prisma.TransactionClient,
  recordType: FactRecordType,
  recordId: string,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Promise<string[]> {
  const fields: Record<string, readonly string[]> = factFields[recordType];
  const edited = Object.keys(fields).filter((fact) => fields[fact]?.some((field) => !isDeepStrictEqual(before[field], after[field])));
  if (edited.length > 0)
    await tx.provenanceSpan.updateMany({
      where: { recordType, recordId, field: { in: edited }, confidence: { not: null } },
      data: { confidence: null },
    });
  return edited;
}
