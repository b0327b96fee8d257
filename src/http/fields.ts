import { createHash } from 'node:crypto';
import { z } from 'zod';
import { fieldsProblem } from './errors.js';
import type { ExportRecord, ExportTable } from './export/export-stream.js';

// Sparse fieldsets (`fields=id,title,participants.title`): a record with only the members a client names. The names
// are validated against the record's zod schema — its members, and `list.member` for the lists a record embeds — so an
// unknown one is a 400, never silently dropped. `id` is always there (of the record and of each embedded item), so
// that what comes back can be told apart and joined; so is `truncated`, which says a list was cut short. A record
// told apart by other members (a person's position by its title, a search hit by its type and id) names those: its `key`.

type Key = string | readonly string[];
const keyMembers = (key: Key): string[] => (typeof key === 'string' ? [key] : [...key]);
const alwaysKept = (key: Key) => [...keyMembers(key), 'truncated'];
const keyText = (key: Key) =>
  keyMembers(key)
    .map((name) => `\`${name}\``)
    .join(' and ');

/** The names `fields` takes for records of `item` embedding the lists `embedded` (member name → item schema). */
export function fieldNames(item: z.ZodObject, embedded: Record<string, z.ZodObject> = {}): string[] {
  const own = Object.keys(item.shape).filter((name) => name !== 'truncated');
  const nested = Object.entries(embedded).flatMap(([list, schema]) => Object.keys(schema.shape).map((name) => `${list}.${name}`));
  return [...own, ...nested];
}

/**
 * The `fields` query parameter of a record type: a comma-separated list of `fieldNames`, each validated (a bad one is
 * a 400 pointing at it, `/fields/1`), duplicates dropped, in a canonical order (the schema's), so that two spellings of
 * one fieldset share a cursor and an ETag.
 */
export function fieldsSchema(item: z.ZodObject, embedded: Record<string, z.ZodObject> = {}, key: Key = 'id') {
  const names = fieldNames(item, embedded);
  const name = `(?:${names.map((field) => field.replace('.', '\\.')).join('|')})`;
  return z
    .string()
    .meta({ pattern: `^ *${name} *(?:, *${name} *)*$` })
    .transform((value) => value.split(',').map((part) => part.trim()))
    .pipe(
      z
        .array(z.enum(names as [string, ...string[]], { error: `must be one of: ${names.join(', ')}` }))
        .min(1)
        .max(names.length, { error: `names at most ${names.length} members, each once` }),
    )
    .transform((items) => names.filter((name) => items.includes(name)))
    .optional()
    .describe(
      `Sparse fieldset: only these members of each record, comma-separated (${keyText(key)} ${keyMembers(key).length > 1 ? 'are' : 'is'} always returned${
        Object.keys(embedded).length ? '; `list.member` picks members of an embedded list, which it embeds' : ''
      }). One of: ${names.join(', ')}. An unknown name is a 400.`,
    );
}

/** A record type's representation under a sparse fieldset (`fields=`): every member optional but `key` (`id`). */
export const sparseSchema = <T extends z.ZodObject>(schema: T, id: string, name: string, key: Key = 'id') =>
  schema
    .partial()
    .required(Object.fromEntries(keyMembers(key).map((member) => [member, true])) as never)
    .meta({ id, description: `${name} with only the members named by \`fields\` (and ${keyText(key)}).` });

/** The embedded lists a fieldset names (`participants` or `participants.title` name participants). */
export function listsNamed(fields: readonly string[], lists: readonly string[]): string[] {
  return lists.filter((list) => fields.some((field) => field === list || field.startsWith(`${list}.`)));
}

function pickMembers(record: Record<string, unknown>, names: readonly string[], key: Key = 'id'): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) if (alwaysKept(key).includes(name) || names.includes(name)) picked[name] = value;
  return picked;
}

/** `record` with only the members `fields` names (and `key`); an embedded list named by some members keeps those. */
export function sparse<T extends object>(record: T, fields: readonly string[] | undefined, key: Key = 'id'): Partial<T> {
  if (!fields) return record;
  const picked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    const members = fields.filter((field) => field.startsWith(`${name}.`)).map((field) => field.slice(name.length + 1));
    if (alwaysKept(key).includes(name) || fields.includes(name)) picked[name] = value;
    else if (members.length && Array.isArray(value))
      picked[name] = (value as unknown[]).map((item) =>
        item && typeof item === 'object' ? pickMembers(item as Record<string, unknown>, members) : item,
      );
  }
  return picked as Partial<T>;
}

/** A short digest of a fieldset for ETags: two fieldsets never share a representation's tag. */
export const fieldsDigest = (fields: readonly string[]): string => createHash('sha256').update(fields.join(',')).digest('hex').slice(0, 8);

/** A page whose items keep only the members `fields` names. */
export function sparsePage<P extends { data: object[] }>(page: P, fields: readonly string[] | undefined, key: Key = 'id'): P {
  return fields ? { ...page, data: page.data.map((item) => sparse(item, fields, key)) } : page;
}

/**
 * An export with only the columns `fields` names (and `key`), in the list's column order. Nested names and embedded
 * lists named whole have no column (an export is one flat table; the embedded lists are tables of their own): throws
 * AppError `validation_failed` (400) naming them.
 */
export function sparseExport(table: ExportTable, fields: readonly string[] | undefined, key: Key = 'id'): ExportTable {
  if (!fields) return table;
  // A nested name, or an embedded list named whole (`participants`): valid on a JSON page, but no column here.
  const nested = fields.filter((field) => field.includes('.') || !table.columns.includes(field));
  // In the one form of every field problem ("query/fields: …", new-user trial 126). At the parameter, not an item: the
  // fieldset is read in the schema's order by then, so an item's position would not be the client's.
  if (nested.length)
    throw fieldsProblem(
      'validation_failed',
      nested.map((field) => ({
        in: 'query',
        pointer: '/fields',
        message: `${field} is no column of the export: an export is one flat table; export the embedded lists' own tables instead`,
      })),
    );
  const columns = table.columns.filter((column) => alwaysKept(key).includes(column) || fields.includes(column));
  const batches = table.batches;
  return {
    ...table,
    columns,
    batches: {
      next: async (bytes?: number) => {
        const batch = await batches.next(bytes);
        return batch.done ? batch : { done: false, value: batch.value.map((record: ExportRecord) => pickMembers(record, columns)) };
      },
      return: async () => (await batches.return?.()) ?? { done: true, value: undefined },
    },
  };
}
