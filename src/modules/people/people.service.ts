import { fieldsDigest, sparse, sparseExport, sparsePage } from '../../http/fields.js';
import { lockRow } from '../../db/row-lock.js';
import type { Db } from '../../db/prisma.js';
import { Prisma } from '../../generated/prisma/client.js';
import { conflict, inBody, notFound, preconditionFailed } from '../../http/errors.js';
import { assertVersion, etagFor, type Preconditions } from '../../http/etag.js';
import { assertChanged, keepUnchanged } from '../../http/merge-patch.js';
import { audit, type Actor } from '../audit/audit.js';
import { assertIdentifiersFree } from './identifiers-free.js';
import { assertAliasesBesideName } from '../../http/aliases.js';
import { assertNoNamesake, lockPeopleCreation, namesOf, type GivenName } from './namesakes.js';
import { identifiersOrder, toPersonDto } from './people.dto.js';
import { exportPeople, listPeople } from './people.list.js';
import type { ListPeopleQuery, PersonCreate, PersonPatch } from './people.schemas.js';

type Tx = Prisma.TransactionClient;
type ExpectedVersions = Preconditions | undefined;
type Identifier = { scheme: string; value: string };
const pointed = (identifiers: readonly Identifier[]) =>
  identifiers.map((identifier, index) => ({ ...identifier, pointer: `/identifiers/${index}` }));

const withIdentifiers = { identifiers: { orderBy: identifiersOrder } };

async function load(tx: Tx, id: string) {
  const row = await tx.person.findUnique({ where: { id }, include: withIdentifiers });
  if (!row) throw notFound('person', id);
  return row;
}

const isDuplicate = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

function rethrowDuplicate(error: unknown): never {
  if (isDuplicate(error))
    throw conflict(
      'One of the identifiers was just given to another person; each scheme:value may name one person only.',
      inBody('/identifiers'),
    );
  throw error;
}

function changedFields(patch: PersonPatch): Prisma.PersonUpdateManyMutationInput {
  return {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.aliases !== undefined ? { aliases: patch.aliases ?? [] } : {}),
    ...(patch.countryCode !== undefined ? { countryCode: patch.countryCode } : {}),
  };
}

const meetingsPhrase = (count: number) => `${count} meeting${count === 1 ? '' : 's'}`;

export function createPeopleService({ prisma }: { prisma: Db }) {
  return {
    /** A page of people, each with only the members `fields` names when it is given. */
    list: async (query: ListPeopleQuery) => sparsePage(await listPeople(prisma, query), query.fields),

    /** Every record the list would page through, in batches (people.list.ts). */
    export: (query: ListPeopleQuery) => sparseExport(exportPeople(prisma, query), query.fields),

    async get(id: string) {
      return toPersonDto(await load(prisma, id));
    },

    /** A person as GET answers it — with a sparse fieldset, only its members — and that representation's ETag. */
    async read(id: string, fields?: readonly string[]) {
      const person = toPersonDto(await load(prisma, id));
      return { etag: etagFor(person.version, [], fields && fieldsDigest(fields)), body: sparse(person, fields) };
    },

    async create(input: PersonCreate, who: Actor) {
      const { identifiers, ...fields } = input;
      return prisma
        .$transaction(async (tx) => {
          await assertIdentifiersFree(tx, pointed(identifiers));
          await lockPeopleCreation(tx);
          await assertNoNamesake(tx, input, namesOf(input));
          const row = await tx.person.create({ data: { ...fields, identifiers: { create: identifiers } }, include: withIdentifiers });
          const person = toPersonDto(row);
          await audit(tx, who, { action: 'create', recordType: 'person', recordId: row.id, after: person });
          return person;
        })
        .catch(rethrowDuplicate);
    },

    async update(id: string, patch: PersonPatch, expected: ExpectedVersions, who: Actor) {
      return keepUnchanged(
        prisma
          .$transaction(async (tx) => {
            await lockRow(tx, 'people', id);
            const current = await load(tx, id);
            assertVersion('person', expected, current.version);
            if (!Object.keys(patch).length) return toPersonDto(current);
            const identifiers = patch.identifiers === undefined ? undefined : (patch.identifiers ?? []);
            if (identifiers) await assertIdentifiersFree(tx, pointed(identifiers), id);
            const name = patch.name ?? current.name;
            // Only a patch that sends a name or aliases is held to it: a person stored with an alias equal to the name
            // before this was refused can still have their country or identifiers patched.
            if (patch.name !== undefined || patch.aliases !== undefined)
              assertAliasesBesideName(
                'person',
                name,
                patch.aliases === undefined ? current.aliases : (patch.aliases ?? []),
                patch.aliases === undefined,
              );
            // A new name, country, aliases or no identifiers may make the person one another already is (namesakes.ts): the
            // name is checked when the patch sends it, a country or identifiers; the aliases when it sends them, a country
            // or identifiers — each at the member the patch sent that made it one (trial 140 F6, trial 141 F2).
            const moved = patch.countryCode !== undefined || patch.identifiers !== undefined;
            if (patch.name !== undefined || patch.aliases !== undefined || moved) {
              await lockPeopleCreation(tx);
              const countryCode = patch.countryCode === undefined ? current.countryCode : patch.countryCode;
              const member = patch.countryCode !== undefined ? '/countryCode' : '/identifiers';
              const aliases = patch.aliases === undefined ? current.aliases : (patch.aliases ?? []);
              const names: GivenName[] = [
                ...(patch.name !== undefined || moved ? [{ name, at: patch.name !== undefined ? '/name' : member, alias: false }] : []),
                ...(patch.aliases !== undefined || moved
                  ? aliases.map((alias, index) => ({
                      name: alias,
                      at: patch.aliases !== undefined ? `/aliases/${index}` : member,
                      alias: true,
                    }))
                  : []),
              ];
              await assertNoNamesake(tx, { countryCode, identifiers: identifiers ?? current.identifiers }, names, id);
            }
            const { count } = await tx.person.updateMany({
              where: { id, version: current.version },
              data: { ...changedFields(patch), version: { increment: 1 } },
            });
            if (!count) throw preconditionFailed('person', etagFor((await load(tx, id)).version));
            if (identifiers) {
              await tx.personIdentifier.deleteMany({ where: { personId: id } });
              await tx.personIdentifier.createMany({ data: identifiers.map((identifier) => ({ ...identifier, personId: id })) });
            }
            const before = toPersonDto(current);
            const after = toPersonDto(await load(tx, id));
            assertChanged(before, after);
            await audit(tx, who, { action: 'update', recordType: 'person', recordId: id, before, after });
            return after;
          })
          .catch(rethrowDuplicate),
      );
    },

    async remove(id: string, expected: ExpectedVersions, who: Actor) {
      await prisma.$transaction(async (tx) => {
        await lockRow(tx, 'people', id);
        const current = await load(tx, id);
        assertVersion('person', expected, current.version);
        const meetings = await tx.participant.count({ where: { personId: id } });
        if (meetings) throw conflict(`${current.name} took part in ${meetingsPhrase(meetings)}; remove those participants first.`);
        const { count } = await tx.person.deleteMany({ where: { id, version: current.version } });
        if (!count) throw preconditionFailed('person', etagFor((await load(tx, id)).version));
        await audit(tx, who, { action: 'delete', recordType: 'person', recordId: id, before: toPersonDto(current) });
      });
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
