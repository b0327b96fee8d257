import type { Person, PersonIdentifier } from '../../generated/prisma/client.js';
import type { PersonDto } from './people.schemas.js';

export type PersonWithIdentifiers = Person & { identifiers: Array<Pick<PersonIdentifier, 'scheme' | 'value'>> };

export const identifiersOrder = [{ scheme: 'asc' as const }, { value: 'asc' as const }];

export function toPersonDto(row: PersonWithIdentifiers, score?: number): PersonDto {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    countryCode: row.countryCode,
    identifiers: row.identifiers.map(({ scheme, value }) => ({ scheme, value })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(score === undefined ? {} : { score }),
  };
}
