import { Prisma } from '../generated/prisma/client.js';

// Raw queries that return whole records select each column under its Prisma field name, so their rows have the very
// shape (and, through the driver adapter, the types) of the model's rows and go through the same DTO functions.
// Every @map in prisma/schema.prisma is the field name in snake_case.

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * `alias.column AS "field", …` for the given fields of a model (its `Prisma.<Model>ScalarFieldEnum` values, minus any
 * left out), e.g. `m.date_precision AS "datePrecision"`. Field names come from the generated client, never from input.
 */
export function selectColumns(alias: string, fields: readonly string[]): Prisma.Sql {
  return Prisma.raw(fields.map((field) => `${alias}."${snakeCase(field)}" AS "${field}"`).join(', '));
}
