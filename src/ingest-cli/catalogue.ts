import type { Db } from '../db/prisma.js';
import { defaultInitiatives } from '../ingest/lexicon/initiative-catalog.js';

/**
 * Gives a database that was never seeded the initiative catalogue, as the seed would: the extractor matches mentions
 * against it, and without it every known programme would be proposed as a new candidate. A catalogue already there,
 * even a trimmed one, is left as the editors keep it.
 */
export async function ensureInitiativeCatalogue(prisma: Db): Promise<number> {
  if (await prisma.initiative.count()) return 0;
  const { count } = await prisma.initiative.createMany({
    data: defaultInitiatives.map((entry) => ({ ...entry, aliases: [...entry.aliases] })),
    skipDuplicates: true,
  });
  return count;
}
