import { fieldsSchema, sparseSchema } from '../../http/fields.js';
import { z } from 'zod';
import { refineAliasesBesideName } from '../../http/aliases.js';
import { formatSchema } from '../../http/export/export-format.js';
import {
  countSchema,
  cursorSchema,
  limitSchema,
  lineSet,
  pageSchema,
  text,
  timestampSchema,
  uuidPattern,
  visibleText,
} from '../../http/schemas.js';

export { uuidPattern };
import { fuzzyQuerySchema } from '../people/people.schemas.js';
import { initiativeNameMaxLength, initiativeSlugMaxLength, initiativeSlugPattern, initiativeSlugSchema } from '../../ingest/draft.js';

// One slug rule for every way a slug is written (draft.ts): a catalogue entry and a committed draft's candidate.
const slugPattern = initiativeSlugPattern;
export const slugMaxLength = initiativeSlugMaxLength;

const slugSchema = initiativeSlugSchema.describe('Stable lowercase kebab-case key, usable instead of the id in URLs and filters.');
// One line of visible text each, as a person's aliases (new-user trial 102: "Green\u200bAccord" was stored and found).
const aliasesSchema = lineSet(200, 50).describe('Other names and spellings, e.g. "Silk Road Economic Belt".');
const categorySchema = text(100).describe('Free grouping for dashboards, e.g. "economy" or "health".');
const descriptionSchema = text(5000);

export const initiativeCreateSchema = z
  .strictObject({
    slug: slugSchema,
    name: visibleText(initiativeNameMaxLength),
    aliases: aliasesSchema.default([]),
    category: categorySchema.nullable().default(null),
    description: descriptionSchema.nullable().default(null),
  })
  .superRefine(refineAliasesBesideName)
  .meta({
    id: 'CreateInitiative',
    description: 'A new catalogue entry.',
    examples: [
      {
        slug: 'belt-and-road-initiative',
        name: 'Belt and Road Initiative',
        aliases: ['BRI', 'Silk Road Economic Belt'],
        category: 'economy',
        description: 'China’s programme of infrastructure and trade links across Eurasia.',
      },
    ],
  });
export type InitiativeCreate = z.infer<typeof initiativeCreateSchema>;

export const initiativePatchSchema = z
  .strictObject({
    slug: slugSchema.optional(),
    name: visibleText(initiativeNameMaxLength).optional(),
    aliases: aliasesSchema.nullable().optional().describe('Replaces all aliases; null removes them.'),
    category: categorySchema.nullable().optional(),
    description: descriptionSchema.nullable().optional(),
  })
  .meta({
    id: 'InitiativePatch',
    description: 'JSON Merge Patch (RFC 7396): absent fields stay, null clears, arrays replace.',
    examples: [{ aliases: ['BRI', 'One Belt, One Road'], description: null }],
  });
export type InitiativePatch = z.infer<typeof initiativePatchSchema>;

export const initiativeSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    category: z.string().nullable(),
    description: z.string().nullable(),
    version: z.int().describe('Incremented by every change; the ETag names it.'),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    score: z.number().optional().describe('Trigram similarity to `q`, from 0 to 1; present only when listing with `q`.'),
  })
  .meta({ id: 'Initiative', description: 'A catalogue entry reused across meetings (Belt and Road Initiative, …).' });
export type InitiativeDto = z.infer<typeof initiativeSchema>;

export const initiativeFieldsParam = fieldsSchema(initiativeSchema);

export const initiativeSorts = ['name', '-name', 'slug', '-slug', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;

export const listInitiativesQuerySchema = z.strictObject({
  limit: limitSchema,
  cursor: cursorSchema,
  count: countSchema,
  q: fuzzyQuerySchema.optional().describe('Fuzzy lookup over name, slug and aliases (trigram similarity), best match first.'),
  sort: z
    .enum(initiativeSorts)
    .optional()
    .describe('Sort key; a leading - sorts descending; ties break on id. Default: name, or best match first with `q`.'),
  category: text(100).optional().describe('Entries of this category (ignoring case and accents).'),
  fields: initiativeFieldsParam,
  format: formatSchema,
});
export type ListInitiativesQuery = z.infer<typeof listInitiativesQuerySchema>;

export const initiativeParamsSchema = z.strictObject({
  initiativeKey: z
    .string()
    .max(slugMaxLength)
    // Slugs and UUIDs are lower case; a key in another case names the same initiative, as the `initiative` filter does.
    .overwrite((key) => key.toLowerCase())
    .refine((key) => uuidPattern.test(key) || slugPattern.test(key), { error: 'must be an initiative id (UUID) or slug' })
    .describe('The initiative id or its slug, in any case.'),
});

export const initiativeFieldsSchema = sparseSchema(initiativeSchema, 'InitiativeFields', 'An initiative');
/** An initiative as GET answers it: whole, or with the members a sparse fieldset names. */
export const initiativeReadSchema = z.union([initiativeSchema, initiativeFieldsSchema]);
export const initiativePageSchema = pageSchema(initiativeReadSchema, 'InitiativePage');
export const getInitiativeQuerySchema = z.strictObject({ fields: initiativeFieldsParam });
