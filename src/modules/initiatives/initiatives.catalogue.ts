import type { Db } from '../../db/prisma.js';
import { audit, type Actor } from '../audit/audit.js';
import { toInitiativeDto } from './initiatives.dto.js';

export interface CatalogueEntry {
  slug: string;
  name: string;
  aliases: readonly string[];
  category: string | null;
  description: string | null;
}

/**
 * Adds the catalogue entries whose slug is not stored yet, in one transaction with a create event for each in the
 * audit log, so that the change feed carries them like any initiative created over HTTP. Entries already stored are
 * left as the editors keep them. Returns how many were added.
 */
export async function addCatalogueEntries(prisma: Db, entries: readonly CatalogueEntry[], who: Actor): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.initiative.createManyAndReturn({
      data: entries.map((entry) => ({ ...entry, aliases: [...entry.aliases] })),
      skipDuplicates: true,
    });
    await audit(
      tx,
      who,
      rows.map((row) => ({ action: 'create' as const, recordType: 'initiative' as const, recordId: row.id, after: toInitiativeDto(row) })),
    );
    return rows.length;
  });
}
