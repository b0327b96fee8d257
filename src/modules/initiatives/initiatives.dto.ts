import type { Initiative } from '../../generated/prisma/client.js';
import type { InitiativeDto } from './initiatives.schemas.js';

export function toInitiativeDto(row: Initiative, score?: number): InitiativeDto {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    aliases: row.aliases,
    category: row.category,
    description: row.description,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(score === undefined ? {} : { score }),
  };
}
