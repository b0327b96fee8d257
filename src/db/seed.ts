import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { defaultInitiatives } from '../ingest/lexicon/initiative-catalog.js';
import { AppError } from '../http/errors.js';
import { audit, systemActor } from '../modules/audit/audit.js';
import { createDocumentsService } from '../modules/documents/documents.service.js';
import { addCatalogueEntries } from '../modules/initiatives/initiatives.catalogue.js';
import { identifiersOrder, toPersonDto } from '../modules/people/people.dto.js';
import type { Db } from './prisma.js';

// The seed: the initiative catalogue, the people of prisma/seed/people.json, then every readout in prisma/seed/ through
// the same ingest pipeline editors use.
// Idempotent: the catalogue is inserted only where a slug is missing and a document already committed is skipped.

const withIdentifiers = { identifiers: { orderBy: identifiersOrder } };

export const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prisma/seed');

const documentMetaSchema = z.strictObject({
  url: z.url().optional(),
  publisher: z.string().optional(),
  publishedAt: z.iso.date().optional(),
  language: z.string().optional(),
  isTranslation: z.boolean().optional(),
});

const seedPeopleSchema = z.object({
  people: z.array(z.strictObject({ name: z.string().min(1), countryCode: z.string().length(2), aliases: z.array(z.string().min(1)) })),
});

export interface SeedResult {
  initiativesAdded: number;
  peopleAdded: number;
  meetingsAdded: number;
}

/**
 * Stores the people of prisma/seed/people.json with their aliases, before the readouts are ingested, so that the
 * extractor links participants to them by any of their spellings. A person already stored under the same name gets the
 * aliases they lack; nothing is removed. Returns how many people were created.
 */
async function seedPeople(prisma: Db): Promise<number> {
  const file = path.join(seedDir, 'people.json');
  if (!existsSync(file)) return 0;
  const { people } = seedPeopleSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  // One seeding instance at a time: two starting at once would each find the person missing and create it.
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed people'))`;
    let added = 0;
    for (const person of people) {
      const stored = await tx.person.findFirst({ where: { name: person.name }, orderBy: { createdAt: 'asc' }, include: withIdentifiers });
      if (!stored) {
        const created = await tx.person.create({ data: person, include: withIdentifiers });
        await audit(tx, systemActor, { action: 'create', recordType: 'person', recordId: created.id, after: toPersonDto(created) });
        added += 1;
        continue;
      }
      const missing = person.aliases.filter((alias) => !stored.aliases.includes(alias));
      if (!missing.length) continue;
      const updated = await tx.person.update({
        where: { id: stored.id },
        data: { aliases: [...stored.aliases, ...missing], version: { increment: 1 } },
        include: withIdentifiers,
      });
      await audit(tx, systemActor, {
        action: 'update',
        recordType: 'person',
        recordId: stored.id,
        before: toPersonDto(stored),
        after: toPersonDto(updated),
      });
    }
    return added;
  });
}

/**
 * Seeds the database: the initiative catalogue, the seed people, then every readout of prisma/seed/ ingested and
 * committed. Every record it writes has its event in the audit log, so the change feed carries the seed too.
 */
export async function seed(prisma: Db): Promise<SeedResult> {
  const initiativesAdded = await addCatalogueEntries(prisma, defaultInitiatives, systemActor);
  const peopleAdded = await seedPeople(prisma);
  const documents = createDocumentsService({ prisma });
  let meetingsAdded = 0;
  const files = (await readdir(seedDir)).filter((name) => name.endsWith('.txt')).sort();
  for (const file of files) {
    const text = await readFile(path.join(seedDir, file), 'utf8');
    const metaFile = path.join(seedDir, file.replace(/\.txt$/, '.json'));
    const meta = documentMetaSchema.parse(existsSync(metaFile) ? JSON.parse(await readFile(metaFile, 'utf8')) : {});
    const { document } = await documents.ingest({ text, ...meta }, systemActor);
    if (await prisma.meeting.count({ where: { sourceDocumentId: document.id } })) continue;
    try {
      meetingsAdded += (await documents.commit(document.id, undefined, systemActor)).length;
    } catch (error) {
      // Another instance starting at the same time committed it first: the seed is there either way.
      if (!(error instanceof AppError && error.code === 'conflict')) throw error;
    }
  }
  return { initiativesAdded, peopleAdded, meetingsAdded };
}
