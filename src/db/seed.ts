import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { defaultInitiatives } from '../ingest/initiative-catalog.js';
import { AppError } from '../http/errors.js';
import { systemActor } from '../modules/audit/audit.js';
import { createDocumentsService } from '../modules/documents/documents.service.js';
import type { Db } from './prisma.js';

// The seed: the initiative catalogue, then every readout in prisma/seed/ through the same ingest pipeline editors use.
// Idempotent: the catalogue is inserted only where a slug is missing and a document already committed is skipped.

export const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prisma/seed');

const documentMetaSchema = z.strictObject({
  url: z.url().optional(),
  publisher: z.string().optional(),
  publishedAt: z.iso.date().optional(),
  language: z.string().optional(),
  isTranslation: z.boolean().optional(),
});

export interface SeedResult {
  initiativesAdded: number;
  meetingsAdded: number;
}

export async function seed(prisma: Db): Promise<SeedResult> {
  const { count: initiativesAdded } = await prisma.initiative.createMany({
    data: defaultInitiatives.map((entry) => ({ ...entry, aliases: [...entry.aliases] })),
    skipDuplicates: true,
  });
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
      await documents.commit(document.id, undefined, systemActor);
      meetingsAdded += 1;
    } catch (error) {
      // Another instance starting at the same time committed it first: the seed is there either way.
      if (!(error instanceof AppError && error.code === 'conflict')) throw error;
    }
  }
  return { initiativesAdded, meetingsAdded };
}
