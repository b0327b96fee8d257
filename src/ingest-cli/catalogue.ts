import type { Db } from '../db/prisma.js';
import { defaultInitiatives } from '../ingest/lexicon/initiative-catalog.js';
import { addCatalogueEntries } from '../modules/initiatives/initiatives.catalogue.js';
import { importActor } from './import-files.js';

/**
 * Gives a database that was never seeded the initiative catalogue, as the seed would (each with its create event in the change feed): the extractor matches mentions
 * against it, and without it every known programme would be proposed as a new candidate. A catalogue already there,
 * even a trimmed one, is left as the editors keep it.
 */
export async function ensureInitiativeCatalogue(prisma: Db): Promise<number> {
  if (await prisma.initiative.count()) return 0;
  return addCatalogueEntries(prisma, defaultInitiatives, importActor);
}
