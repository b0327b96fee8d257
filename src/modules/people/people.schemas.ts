import { fieldsSchema, sparseSchema } from '../../http/fields.js';
import { z } from 'zod';
import { refineAliasesBesideName } from '../../http/aliases.js';
import { formatSchema } from '../../http/export/export-format.js';
import {
  commaList,
  countryCodeSchema,
  countryFilterSchema,
  countSchema,
  cursorSchema,
  limitSchema,
  line,
  lineSet,
  pageSchema,
  timestampSchema,
  uuidSchema,
} from '../../http/schemas.js';

export const fuzzyQuerySchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be blank' })
  .max(200, { error: 'must be at most 200 characters' });

export const externalIdentifierSchema = z
  .strictObject({
    scheme: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_.-]{0,39}$/, { error: 'must be a lowercase scheme name such as "wikidata"' }),
    value: line(200),
  })
  // A Wikidata item is "Q" and a number, as Wikidata writes it: "q457043" or "Q0457043" would be a second spelling of
  // an item another person holds, which the uniqueness of identifiers would not see (new-user trial 141 F11).
  .superRefine(({ scheme, value }, context) => {
    if (scheme === 'wikidata' && !/^Q[1-9]\d{0,11}$/.test(value))
      context.addIssue({ code: 'custom', path: ['value'], message: 'must be a Wikidata item id as Wikidata writes it, such as "Q42"' });
  })
  .meta({
    id: 'ExternalIdentifier',
    description: 'An id of the person in another register, e.g. {"scheme": "wikidata", "value": "Q42"}.',
  });

const identifiersSchema = z
  .array(externalIdentifierSchema)
  .max(20)
  .superRefine((identifiers, context) => {
    const seen = new Set<string>();
    identifiers.forEach(({ scheme, value }, index) => {
      const key = `${scheme}:${value}`;
      if (seen.has(key)) context.addIssue({ code: 'custom', path: [index], message: `duplicate identifier ${key}` });
      seen.add(key);
    });
  });
const aliasesSchema = lineSet(200, 50).describe('Other spellings: transliterations, other scripts.');

export const personCreateSchema = z
  .strictObject({
    name: line(200).describe('Canonical name.'),
    aliases: aliasesSchema.default([]),
    countryCode: countryCodeSchema.nullable().default(null),
    identifiers: identifiersSchema.default([]),
  })
  .superRefine(refineAliasesBesideName)
  .meta({
    id: 'CreatePerson',
    description: 'A new person.',
    examples: [
      {
        name: 'Mukhtar Tileuberdi',
        aliases: ['Tleuberdi', 'Мұхтар Тілеуберді'],
        countryCode: 'KZ',
      },
    ],
  });
export type PersonCreate = z.infer<typeof personCreateSchema>;

export const personPatchSchema = z
  .strictObject({
    name: line(200).optional(),
    aliases: aliasesSchema.nullable().optional().describe('Replaces all aliases; null removes them.'),
    countryCode: countryCodeSchema.nullable().optional(),
    identifiers: identifiersSchema.nullable().optional().describe('Replaces all identifiers; null removes them.'),
  })
  .meta({
    id: 'PersonPatch',
    description: 'JSON Merge Patch (RFC 7396): absent fields stay, null clears, arrays replace.',
    examples: [{ aliases: ['Tleuberdi', 'Tileuberdy'], countryCode: null }],
  });
export type PersonPatch = z.infer<typeof personPatchSchema>;

export const personSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    aliases: z.array(z.string()),
    countryCode: countryCodeSchema.nullable(),
    identifiers: z.array(externalIdentifierSchema),
    version: z.int().describe('Incremented by every change; the ETag names it.'),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    score: z.number().optional().describe('Trigram similarity to `q`, from 0 to 1; present only when listing with `q`.'),
  })
  .meta({ id: 'Person' });
export type PersonDto = z.infer<typeof personSchema>;

export const personFieldsParam = fieldsSchema(personSchema);

export const personSorts = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;

export const listPeopleQuerySchema = z.strictObject({
  limit: limitSchema,
  cursor: cursorSchema,
  count: countSchema,
  q: fuzzyQuerySchema
    .optional()
    .describe('Fuzzy name lookup over name and aliases (trigram similarity, tolerant of transliteration), best match first.'),
  sort: z
    .enum(personSorts)
    .optional()
    .describe('Sort key; a leading - sorts descending; ties break on id. Default: name, or best match first with `q`.'),
  country: commaList(countryFilterSchema).optional().describe('People of one of these countries (comma-separated ISO codes, any case).'),
  updatedSince: timestampSchema.optional().describe('People changed at or after this instant (ISO 8601 with offset).'),
  fields: personFieldsParam,
  format: formatSchema,
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuerySchema>;

export const personParamsSchema = z.strictObject({ personId: uuidSchema });

export const personFieldsSchema = sparseSchema(personSchema, 'PersonFields', 'A person');
/** A person as GET answers it: whole, or with the members a sparse fieldset names. */
export const personReadSchema = z.union([personSchema, personFieldsSchema]);
export const personPageSchema = pageSchema(personReadSchema, 'PersonPage');
export const getPersonQuerySchema = z.strictObject({ fields: personFieldsParam });
