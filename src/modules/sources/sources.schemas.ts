import { z } from 'zod';
import { fieldsSchema, sparseSchema } from '../../http/fields.js';

// A meeting's source documents (both sides' readouts of it) and what each reports: GET /v1/meetings/{id}/sources and
// GET /v1/meetings/{id}/comparison.

export const sourceSchema = z
  .object({
    documentId: z.uuid(),
    role: z.enum(['primary', 'attached']).describe('primary: the meeting was made from it; attached: a further readout added to it.'),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    publishedAt: z.iso.date().nullable(),
    addedAt: z.iso.datetime({ offset: true }).describe('When the document became a source of the meeting.'),
    facts: z
      .object({ participants: z.int(), statements: z.int(), initiatives: z.int() })
      .describe("How many of the meeting's records this document reports (has a provenance span for)."),
  })
  .meta({ id: 'MeetingSource' });

export const sourcesQuerySchema = z.strictObject({ fields: fieldsSchema(sourceSchema, {}, 'documentId') });
const sourceReadSchema = z.union([sourceSchema, sparseSchema(sourceSchema, 'MeetingSourceFields', 'A meeting source', 'documentId')]);
export const sourceListSchema = z
  .object({ data: z.array(sourceReadSchema).describe('Every source, the document the meeting was made from first.') })
  .meta({ id: 'MeetingSourceList' });

const reportedBy = z.array(z.uuid()).describe('The documents that report it; empty for a record entered by hand.');
const printed = z.object({ documentId: z.uuid(), text: z.string() });

export const comparisonSchema = z
  .object({
    meetingId: z.uuid(),
    sources: z.array(
      sourceSchema.extend({
        initiatives: z.array(z.string()).describe('Slugs of the initiatives this document reports.'),
        topics: z.array(z.string()).describe("Topics of this document's statements."),
        onlyHere: z
          .object({
            participants: z.array(z.uuid()).describe('Person ids only this document names.'),
            initiatives: z.array(z.string()),
            topics: z.array(z.string()),
          })
          .describe('What this document reports and no other source of the meeting does.'),
      }),
    ),
    fields: z
      .array(z.object({ field: z.enum(['title', 'kind', 'date', 'location']), printed: z.array(printed) }))
      .describe("How each document printed the meeting's own facts (its headline, how they met, when and where)."),
    participants: z.array(
      z.object({
        participantId: z.uuid(),
        personId: z.uuid(),
        name: z.string(),
        reportedBy,
        names: z.array(printed).describe('The name as each document printed it.'),
        titles: z.array(printed).describe('The title as each document printed it.'),
        titlesDiffer: z.boolean().describe('True when two documents print the title differently.'),
        officesDiffer: z
          .boolean()
          .describe(
            'True when the titles name different offices, not only different wordings of one: "Deputy Prime Minister and Foreign Minister" against "Foreign Minister" differ; "Minister of Foreign Affairs" against "Foreign Minister" do not.',
          ),
      }),
    ),
    initiatives: z.array(z.object({ linkId: z.uuid(), slug: z.string(), name: z.string(), status: z.string(), reportedBy })),
    topics: z.array(z.object({ topic: z.string(), reportedBy })),
  })
  .meta({
    id: 'MeetingComparison',
    description:
      'What each source of a meeting reports: a fact both report is one record cited by both, what only one side reports ' +
      'is in its `onlyHere`, and titles printed differently are flagged.',
  });

export type Source = z.infer<typeof sourceSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
