import { assertAliasesBesideName } from '../../http/aliases.js';
import { fieldsDigest, sparse, sparseExport, sparsePage } from '../../http/fields.js';
import { lockRow } from '../../db/row-lock.js';
import type { Db } from '../../db/prisma.js';
import { Prisma } from '../../generated/prisma/client.js';
import { conflict, inBody, notFound, preconditionFailed } from '../../http/errors.js';
import { assertVersion, etagFor, type Preconditions } from '../../http/etag.js';
import { assertChanged, keepUnchanged } from '../../http/merge-patch.js';
import { audit, type Actor } from '../audit/audit.js';
import { toInitiativeDto } from './initiatives.dto.js';
import { assertNoInitiativeNamesake, initiativeNamesOf } from './initiative-namesakes.js';
import { exportInitiatives, listInitiatives } from './initiatives.list.js';
import { uuidPattern, type InitiativeCreate, type InitiativePatch, type ListInitiativesQuery } from './initiatives.schemas.js';

type Tx = Prisma.TransactionClient;
type ExpectedVersions = Preconditions | undefined;

const whereKey = (key: string): Prisma.InitiativeWhereUniqueInput => (uuidPattern.test(key) ? { id: key } : { slug: key });

async function load(tx: Tx, key: string) {
  const row = await tx.initiative.findUnique({ where: whereKey(key) });
  if (!row) throw notFound('initiative', key, 'id or slug');
  return row;
}

const slugTaken = (slug: string) => conflict(`An initiative with slug "${slug}" already exists; choose another slug.`, inBody('/slug'));

// A clear message before writing; the unique index still decides when two requests race (see rethrowDuplicate).
async function assertSlugFree(tx: Tx, slug: string, ownerId?: string) {
  const holder = await tx.initiative.findUnique({ where: { slug }, select: { id: true } });
  if (holder && holder.id !== ownerId) throw slugTaken(slug);
}

function rethrowDuplicate(slug: string | undefined) {
  return (error: unknown): never => {
    if (slug && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw slugTaken(slug);
    throw error;
  };
}

function changedFields(patch: InitiativePatch): Prisma.InitiativeUpdateManyMutationInput {
  return {
    ...(patch.slug !== undefined ? { slug: patch.slug } : {}),
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.aliases !== undefined ? { aliases: patch.aliases ?? [] } : {}),
    ...(patch.category !== undefined ? { category: patch.category } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
  };
}

const meetingsPhrase = (count: number) => `${count} meeting${count === 1 ? '' : 's'}`;

export function createInitiativesService({ prisma }: { prisma: Db }) {
  return {
    /** A page of initiatives, each with only the members `fields` names when it is given. */
    list: async (query: ListInitiativesQuery) => sparsePage(await listInitiatives(prisma, query), query.fields),

    /** Every record the list would page through, in batches (initiatives.list.ts). */
    export: (query: ListInitiativesQuery) => sparseExport(exportInitiatives(prisma, query), query.fields),

    async get(key: string) {
      return toInitiativeDto(await load(prisma, key));
    },

    /** An initiative as GET answers it — with a sparse fieldset, only its members — and that representation's ETag. */
    async read(key: string, fields?: readonly string[]) {
      const initiative = toInitiativeDto(await load(prisma, key));
      return { etag: etagFor(initiative.version, [], fields && fieldsDigest(fields)), body: sparse(initiative, fields) };
    },

    async create(input: InitiativeCreate, who: Actor) {
      return prisma
        .$transaction(async (tx) => {
          await assertSlugFree(tx, input.slug);
          await assertNoInitiativeNamesake(tx, initiativeNamesOf(input));
          const initiative = toInitiativeDto(await tx.initiative.create({ data: input }));
          await audit(tx, who, { action: 'create', recordType: 'initiative', recordId: initiative.id, after: initiative });
          return initiative;
        })
        .catch(rethrowDuplicate(input.slug));
    },

    async update(key: string, patch: InitiativePatch, expected: ExpectedVersions, who: Actor) {
      return keepUnchanged(
        prisma
          .$transaction(async (tx) => {
            // Found by slug or id, then locked and read again: what a write that ran meanwhile left.
            await lockRow(tx, 'initiatives', (await load(tx, key)).id);
            const current = await load(tx, key);
            assertVersion('initiative', expected, current.version);
            if (!Object.keys(patch).length) return toInitiativeDto(current);
            if (patch.slug !== undefined) await assertSlugFree(tx, patch.slug, current.id);
            // As for people: only a patch that sends a name or aliases is held to it, so an entry stored with its name as an
            // alias before this was refused can still be patched otherwise.
            if (patch.name !== undefined || patch.aliases !== undefined)
              assertAliasesBesideName(
                'initiative',
                patch.name ?? current.name,
                patch.aliases === undefined ? current.aliases : (patch.aliases ?? []),
                patch.aliases === undefined,
              );
            // Only the names the patch sends: an entry stored beside a namesake before the rule can still be patched.
            await assertNoInitiativeNamesake(
              tx,
              initiativeNamesOf({ name: patch.name ?? '', aliases: patch.aliases ?? [] }).filter(
                (given) => given.at !== '/name' || patch.name !== undefined,
              ),
              current.id,
            );
            const { count } = await tx.initiative.updateMany({
              where: { id: current.id, version: current.version },
              data: { ...changedFields(patch), version: { increment: 1 } },
            });
            if (!count) throw preconditionFailed('initiative', etagFor((await load(tx, current.id)).version));
            const before = toInitiativeDto(current);
            const after = toInitiativeDto(await load(tx, current.id));
            assertChanged(before, after);
            await audit(tx, who, { action: 'update', recordType: 'initiative', recordId: current.id, before, after });
            return after;
          })
          .catch(rethrowDuplicate(patch.slug)),
      );
    },

    async remove(key: string, expected: ExpectedVersions, who: Actor) {
      await prisma.$transaction(async (tx) => {
        await lockRow(tx, 'initiatives', (await load(tx, key)).id);
        const current = await load(tx, key);
        assertVersion('initiative', expected, current.version);
        const meetings = await tx.meetingInitiative.count({ where: { initiativeId: current.id } });
        if (meetings) {
          throw conflict(`${current.name} is linked to ${meetingsPhrase(meetings)}; unlink it from those meetings first.`);
        }
        const { count } = await tx.initiative.deleteMany({ where: { id: current.id, version: current.version } });
        if (!count) throw preconditionFailed('initiative', etagFor((await load(tx, current.id)).version));
        await audit(tx, who, { action: 'delete', recordType: 'initiative', recordId: current.id, before: toInitiativeDto(current) });
      });
    },
  };
}

export type InitiativesService = ReturnType<typeof createInitiativesService>;
