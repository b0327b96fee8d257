import { z } from 'zod';
import { worldCountries } from './recognize/world-countries.js';
import { controlInside, heldCharacter, invisibleInside, notInLine, onlyInvisible } from './text/invisible.js';

// The extractor's output: the meetings a readout reports, as records that only need checking. Every fact carries the span [start, end) of the
// source text it was read from (UTF-16 code unit offsets, as JavaScript strings index) and a confidence in [0, 1].

export const meetingKinds = ['meeting', 'talks', 'phone_call', 'video_call', 'sideline_meeting', 'visit', 'multilateral'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const datePrecisions = ['day', 'month', 'year'] as const;
export const participantRoles = ['host', 'guest', 'third_party'] as const;
export const statementKinds = ['reported', 'joint', 'narrative'] as const;
export const initiativeStatuses = ['proposed', 'discussed', 'supported', 'agreed', 'signed', 'implemented'] as const;

export const spanSchema = z
  .strictObject({
    start: z.int32().min(0),
    end: z.int32().min(1),
  })
  .refine((span) => span.end > span.start, { message: 'end must be greater than start' })
  .meta({ id: 'Span', description: 'A character range [start, end) of the source document text (UTF-16 offsets).' });
export type Span = z.infer<typeof spanSchema>;

const confidence = z.number().min(0).max(1);

// What a text may hold inside, as zod refinements: every body's texts (http/schemas.ts `text`, `line`, `visibleText`)
// and a draft's, so that a corrected draft is refused at the field before anything is read from it (a name with a bell
// or a direction override had been matched to a stored person and committed as that person, new-user trial 136 F1; a
// headline or a warning with a control character was taken, F2). The extractor's own drafts hold none.
type Refinement = (value: string, context: z.RefinementCtx) => void;
const refusing =
  (pattern: RegExp, what: string): Refinement =>
  (value, context) => {
    const held = heldCharacter(value, pattern);
    if (held) context.addIssue({ code: 'custom', message: `must be ${what}: it holds ${held}` });
  };
/** A name, a title of office, an organisation, a city, a key: one line of visible text (a 400 names the character). */
export const oneLine = refusing(notInLine, 'one line of visible text');
/** A text that may run over lines: no control character that prints nothing (ingest/text/invisible.ts `controlClass`). */
export const plainText = refusing(controlInside, 'text without control characters');
/** No invisible or direction-steering character inside (U+200B, U+202E …). */
export const noInvisible = refusing(invisibleInside, 'visible text');
/** A headline, a printed name or title: `plainText` and `noInvisible`. */
const visibleText: Refinement = (value, context) => {
  plainText(value, context);
  noInvisible(value, context);
};

// The codes ISO 3166-1 alpha-2 assigns (and XK, Kosovo's user-assigned code in common use), from the world-countries
// dataset the ingest uses too (mledoze/countries, ODbL 1.0).
const assignedCountryCodes = new Set(worldCountries.map((country) => country.cca2));
/** An ISO 3166-1 alpha-2 code in upper case, one the standard assigns: the one schema of every country code in a body. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 country code such as "KZ"' })
  .refine((code) => !/^[A-Z]{2}$/.test(code) || assignedCountryCodes.has(code), {
    error: 'is no ISO 3166-1 alpha-2 country code (such as "KZ")',
  })
  .describe('ISO 3166-1 alpha-2 country code.');

export const draftParticipantSchema = z
  .strictObject({
    key: z.string().min(1).max(40).superRefine(oneLine).describe('Local reference used by statements of the same draft, e.g. "p1".'),
    name: z.string().min(1).max(200).regex(/\S/, { error: 'must not be blank' }).superRefine(oneLine),
    title: z.string().max(300).superRefine(oneLine).nullable(),
    countryCode: countryCodeSchema.nullable(),
    organization: z.string().max(200).superRefine(oneLine).nullable(),
    role: z.enum(participantRoles),
    printedName: z.string().max(200).superRefine(visibleText),
    printedTitle: z.string().max(300).superRefine(visibleText).nullable(),
    personId: z.uuid().nullable().describe('An existing person this participant was matched to, if any.'),
    span: spanSchema.nullable(),
    titleSpan: spanSchema.nullable(),
    confidence,
  })
  .meta({ id: 'DraftParticipant' });

export const draftStatementSchema = z
  .strictObject({
    speakerKey: z.string().superRefine(oneLine).nullable(),
    kind: z.enum(statementKinds),
    text: z.string().min(1).superRefine(plainText),
    topics: z
      .array(z.string().min(1).max(100).superRefine(plainText))
      .max(50)
      .superRefine(eachTextOnce)
      .default([])
      .describe('What the statement is about: subjects ("trade", "human rights") and places other than the meeting\'s own.'),
    span: spanSchema.nullable(),
    confidence,
  })
  .meta({ id: 'DraftStatement' });

/** Tells an id from a slug where a parameter takes either. */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const initiativeSlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const initiativeSlugMaxLength = 120;
export const initiativeNameMaxLength = 200;

/**
 * An initiative's slug, wherever one is written — a catalogue entry created or renamed, a draft's initiative (a
 * corrected draft's candidate becomes a catalogue entry at commit): lowercase kebab-case, at most 120 characters, never
 * shaped like a UUID, so that `/initiatives/{initiativeKey}` and `?initiative=` are never ambiguous. The extractor's
 * slugify gives such slugs.
 */
export const initiativeSlugSchema = z
  .string()
  .trim()
  .min(1)
  .max(initiativeSlugMaxLength)
  .regex(initiativeSlugPattern, { error: 'must be lowercase kebab-case such as "belt-and-road-initiative"' })
  .refine((slug) => !uuidPattern.test(slug), { error: 'must not look like a UUID' });

// A candidate's name becomes a catalogue entry's at commit: visible text, as an initiative's name is on every other path
// (new-user trial 102: "Saudi \u202e0302 noisiV\u202c", shown as "Saudi Vision 2030", was committed).

export const draftInitiativeSchema = z
  .strictObject({
    slug: initiativeSlugSchema.describe('Catalogue slug, or a proposed slug for a new candidate.'),
    name: z
      .string()
      .min(1)
      .max(initiativeNameMaxLength)
      .regex(/\S/, { error: 'must not be blank' })
      .superRefine((value, context) => {
        if (onlyInvisible.test(value)) {
          context.addIssue({ code: 'custom', message: 'must not be empty (it has only invisible characters)' });
          return;
        }
        // As an initiative's name sent to POST /v1/initiatives (http/schemas.ts visibleText): the commit stores it as one.
        visibleText(value, context);
      }),
    isCandidate: z.boolean().describe('True when the initiative is not yet in the catalogue.'),
    status: z.enum(initiativeStatuses),
    description: z.string().max(2000).superRefine(plainText).nullable(),
    committedParties: z.array(z.string().max(200).superRefine(plainText)).superRefine(eachTextOnce),
    statementIndex: z.int().min(0).nullable().describe('Index into statements of the passage it came from.'),
    span: spanSchema.nullable(),
    confidence,
  })
  .meta({ id: 'DraftInitiative' });

export const dateBases = ['stated', 'year-from-reference', 'weekday', 'relative', 'dateline', 'published'] as const;

export const meetingDraftSchema = z
  .strictObject({
    title: z.string().max(500).superRefine(visibleText).nullable(),
    titleSpan: spanSchema.nullable(),
    kind: z.enum(meetingKinds),
    kindSpan: spanSchema.nullable(),
    kindConfidence: confidence,
    // From year 1: PostgreSQL has no year 0.
    date: z.iso
      .date({ error: 'must be a calendar date YYYY-MM-DD' })
      .refine((date) => date >= '0001-01-01', { error: 'must be a calendar date from year 1' })
      .nullable(),
    datePrecision: z.enum(datePrecisions),
    dateSpan: spanSchema.nullable(),
    dateBasis: z
      .enum(dateBases)
      .nullable()
      .describe(
        'How the date was read: printed in full (`stated`), or resolved against the dateline or publication date: a date without a year, a weekday ("On Thursday"), "today"/"yesterday", or the dateline itself. `published` is no longer given: a readout that states no day for its meeting gets no date (the page\'s date dates the report; a warning names it). Drafts stored before that change may still carry it: the page\'s date stamp proposed at low confidence.',
      ),
    dateConfidence: confidence,
    timezone: z.string().superRefine(oneLine).nullable(),
    city: z.string().superRefine(oneLine).nullable(),
    countryCode: countryCodeSchema.nullable(),
    locationSpan: spanSchema.nullable(),
    locationConfidence: confidence,
    participants: z.array(draftParticipantSchema),
    statements: z.array(draftStatementSchema),
    initiatives: z.array(draftInitiativeSchema),
    sidelinesOf: z
      .int()
      .min(0)
      .nullable()
      .optional()
      .describe(
        'The index in `meetings` of the meeting this one was held on the margins of ("On the margins of the trilateral meeting, A also held a bilateral meeting with B"); the commit records it as the created meeting\'s `parentId`. Absent or null: none.',
      ),
    confidence,
  })
  .meta({ id: 'MeetingDraft', description: 'One meeting the readout reports, every fact with its span and confidence.' });

/** A readout reports a handful of meetings; a draft lists at most this many (the extractor keeps the first ones). */
export const maxMeetingsPerReadout = 100;

/**
 * The largest draft the extractor returns, in bytes of JSON (3.94 MiB): what POST /v1/documents/{id}/commit and
 * /candidates take (maxDraftBodyBytes in documents.schemas.ts) less room for the rest of their body, so that every
 * draft the API gives can be sent back corrected.
 */
export const maxDraftBytes = 4 * 1024 * 1024 - 64 * 1024;

// A corrected draft, as an editor sends it to commit: a participant, statement or initiative the editor adds needs no
// made-up confidence. Committed, a fact keeps the confidence the stored draft gave it, and one the extractor did not
// read keeps none, whatever the corrected draft says (documents/draft-to-input.ts).
const editorConfidence = confidence
  .nullable()
  .optional()
  .transform((value) => value ?? 0)
  .describe("The extractor's confidence; leave it out, or null, for an item you add.");
// An item the editor adds was read nowhere: what would say where and how the extractor read it (spans, printed
// forms, a matched person, the passage it came from) may be left out and is then null ([] for committed parties).
const readNowhere = <T extends z.ZodType>(schema: z.ZodNullable<T>) => schema.default(null);
// A participant the editor adds may never be printed in the readout: its printed name is then its name.
const draftParticipantInputSchema = draftParticipantSchema
  .extend({
    confidence: editorConfidence,
    title: readNowhere(draftParticipantSchema.shape.title),
    countryCode: readNowhere(draftParticipantSchema.shape.countryCode),
    organization: readNowhere(draftParticipantSchema.shape.organization),
    printedTitle: readNowhere(draftParticipantSchema.shape.printedTitle),
    personId: readNowhere(draftParticipantSchema.shape.personId),
    span: readNowhere(draftParticipantSchema.shape.span),
    titleSpan: readNowhere(draftParticipantSchema.shape.titleSpan),
    printedName: z
      .string()
      .max(200)
      .superRefine(visibleText)
      .nullable()
      .optional()
      .describe('The name as the readout prints it; leave it out, or null, for someone the readout does not print (then the name).'),
  })
  .transform((participant) => ({ ...participant, printedName: participant.printedName ?? participant.name }))
  .meta({ id: 'CorrectedDraftParticipant' });
const draftStatementInputSchema = draftStatementSchema
  .extend({
    confidence: editorConfidence,
    speakerKey: readNowhere(draftStatementSchema.shape.speakerKey),
    span: readNowhere(draftStatementSchema.shape.span),
  })
  .meta({ id: 'CorrectedDraftStatement' });
const draftInitiativeInputSchema = draftInitiativeSchema
  .extend({
    confidence: editorConfidence,
    description: readNowhere(draftInitiativeSchema.shape.description),
    committedParties: draftInitiativeSchema.shape.committedParties.default([]),
    statementIndex: readNowhere(draftInitiativeSchema.shape.statementIndex),
    span: readNowhere(draftInitiativeSchema.shape.span),
  })
  .meta({ id: 'CorrectedDraftInitiative' });
// A meeting the editor adds (trial 110) needs no made-up confidence, span or basis either: only what it is.
const meetingDraftInputSchema = meetingDraftSchema
  .extend({
    title: readNowhere(meetingDraftSchema.shape.title),
    titleSpan: readNowhere(meetingDraftSchema.shape.titleSpan),
    kindSpan: readNowhere(meetingDraftSchema.shape.kindSpan),
    kindConfidence: editorConfidence,
    date: readNowhere(meetingDraftSchema.shape.date),
    datePrecision: meetingDraftSchema.shape.datePrecision.default('day'),
    dateSpan: readNowhere(meetingDraftSchema.shape.dateSpan),
    dateBasis: readNowhere(meetingDraftSchema.shape.dateBasis),
    dateConfidence: editorConfidence,
    timezone: readNowhere(meetingDraftSchema.shape.timezone),
    city: readNowhere(meetingDraftSchema.shape.city),
    countryCode: readNowhere(meetingDraftSchema.shape.countryCode),
    locationSpan: readNowhere(meetingDraftSchema.shape.locationSpan),
    locationConfidence: editorConfidence,
    confidence: editorConfidence,
    participants: z.array(draftParticipantInputSchema),
    statements: z.array(draftStatementInputSchema).default([]),
    initiatives: z.array(draftInitiativeInputSchema).default([]),
  })
  .meta({ id: 'CorrectedMeetingDraft', description: 'One meeting of a corrected draft.' });

export const readoutDraftSchema = z
  .strictObject({
    title: z.string().max(500).superRefine(visibleText).nullable().describe("The readout's headline."),
    titleSpan: spanSchema.nullable(),
    meetings: z
      .array(meetingDraftSchema)
      .max(maxMeetingsPerReadout)
      .describe(
        'One entry per separate encounter the readout reports ("held separate meetings with A, B and C" gives three); empty when it reports none.',
      ),
    confidence,
    warnings: z.array(z.string().superRefine(plainText)),
    language: z
      .string()
      .max(35)
      .optional()
      .describe(
        'The language the extractor took the text for, a BCP 47 tag: "en", or the one a warning names ("fr" for a French readout). The document stores it unless the request gave `language`. Absent from drafts of empty or binary texts, and from those stored before it was added.',
      ),
  })
  .meta({ id: 'ReadoutDraft' });
export type ReadoutDraft = z.infer<typeof readoutDraftSchema>;

/** A draft as an editor corrects it (commit, candidates): as `readoutDraftSchema`, added items without a confidence. */
// Its own headline, span, confidence and warnings too: an editor who writes a draft by hand (a readout in another
// language drafts no meeting) needs only the meetings (new-user trial 120: a draft without `titleSpan` was a 400).
export const readoutDraftInputSchema = readoutDraftSchema
  .extend({
    title: readNowhere(readoutDraftSchema.shape.title),
    titleSpan: readNowhere(readoutDraftSchema.shape.titleSpan),
    meetings: z.array(meetingDraftInputSchema).max(maxMeetingsPerReadout),
    confidence: editorConfidence,
    warnings: readoutDraftSchema.shape.warnings.default([]),
  })
  .meta({ id: 'CorrectedReadoutDraft', description: 'A draft as the editor corrected it.' });
export type MeetingDraft = z.infer<typeof meetingDraftSchema>;
export type DraftParticipant = z.infer<typeof draftParticipantSchema>;
export type DraftStatement = z.infer<typeof draftStatementSchema>;
export type DraftInitiative = z.infer<typeof draftInitiativeSchema>;

/** What the extractor knows of the catalogue and of people already stored, for matching names and aliases. */
export interface KnownInitiative {
  slug: string;
  name: string;
  aliases: readonly string[];
  /**
   * A curated entry's category ("connectivity", "multilateral"); null or absent for one a commit created from a draft's
   * candidate, which a generic name ties to its parties (linking/generic-instruments.ts).
   */
  category?: string | null;
}
export interface KnownPerson {
  id: string;
  name: string;
  aliases: readonly string[];
  countryCode: string | null;
}
/** A title a stored person held at meetings between two dates (from their participations). */
export interface KnownPosition {
  personId: string;
  name: string;
  title: string;
  countryCode: string | null;
  from: string;
  to: string;
}
export interface ExtractOptions {
  publishedAt?: string | null;
  /** The publisher as the editor gave it ("Ministry of Foreign Affairs of Japan"): says which side is the host. */
  publisher?: string | null;
  /** The readout's source URL: its country-code domain ("www.gov.uk") says whose readout it is when the publisher does not. */
  url?: string | null;
  initiatives: readonly KnownInitiative[];
  people: readonly KnownPerson[];
  /** Titles stored people held, to name a participant the readout calls only by title ("the Foreign Secretary"). */
  positions?: readonly KnownPosition[];
}

/**
 * A zod refinement for a list that is a set: each text once, ignoring case and surrounding space — the second of two
 * is an issue at its index ("is listed twice (first at 0)"). Drafts use it, and every body's set (http/schemas.ts
 * textSet), so a corrected draft and a request are refused alike.
 */
export function eachTextOnce(items: readonly string[], context: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key = item.trim().normalize('NFC').toLocaleLowerCase('en');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else context.addIssue({ code: 'custom', path: [index], message: `is listed twice (first at ${first})` });
  });
}

/**
 * How a warning names a draft's meeting: as a reader counts, from 1, and by its pointer in the draft, from 0 — "meeting
 * 2 (/meetings/1)" — so that an editor correcting it finds it either way (new-user trial 124 corrected meetings[1] for
 * "meeting 1").
 */
export const meetingRef = (index: number): string => `meeting ${index + 1} (/meetings/${index})`;
