import { refersToDeletedRow } from '../../http/problem.js';
import { extractOffThread } from '../../ingest/extract-pool.js';
import { createHash } from 'node:crypto';
import type { Db } from '../../db/prisma.js';
import type { Meeting, Prisma, SourceDocument } from '../../generated/prisma/client.js';
import { AppError, notFound, unprocessable, type FieldError, countedDetail, fieldsProblem } from '../../http/errors.js';
import type { KnownPosition, MeetingDraft, ReadoutDraft } from '../../ingest/draft.js';
import { foldKey } from '../../ingest/text/fold.js';
import { withGeneratedTitles } from '../../ingest/assemble/generated-title.js';
import { audit, type Actor } from '../audit/audit.js';
import { createMeetingSchema } from '../meetings/meetings.input.js';
import { insertMeetingAggregate } from '../meetings/meetings.writer.js';
import { draftToInput, factKeys, insertSpans, spanRows, type SpanRow } from './draft-to-input.js';
import { toInitiativeDto } from '../initiatives/initiatives.dto.js';
import { auditDocumentChanges, documentSummaries } from './document-changes.js';
import { toDocumentSummaryDto } from './documents.dto.js';
import { listDocuments, type DocumentFilters } from './documents.list.js';
import { readStoredDraft } from './stored-draft.js';
import { findCandidates, type MeetingCandidate } from './matching.js';
import { attachToMeeting } from './attach.js';
import { draftNameConflicts } from './draft-references.js';
import { citationProblems } from './cited-text.js';
import { isOfficeName, learnNames, lockPersonNames, storedPersonFor } from './stored-people.js';
import { speakerProblem } from '../meetings/statement-speaker.js';
import { documentMetadataFields, fillsIn, metadataDifferences, repeatedTextConflict, storedMetadata } from './repeated-text.js';

export interface DocumentInput {
  text: string;
  url?: string | null | undefined;
  title?: string | null | undefined;
  publisher?: string | null | undefined;
  publishedAt?: string | null | undefined;
  language?: string | undefined;
  isTranslation?: boolean | undefined;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type Created = Awaited<ReturnType<typeof insertMeetingAggregate>>;
const recordIdsOf = (created: Created) => ({
  meeting: [created.meeting.id],
  participant: created.participants.map((row) => row.id),
  statement: created.statements.map((row) => row.id),
  meeting_initiative: created.links.map((row) => row.id),
});

/** 409: the document is committed already (as `meetingIds`). */
export class AlreadyCommitted extends AppError {
  constructor(meetingIds: readonly string[]) {
    super('conflict', `This document is already committed as meeting ${meetingIds.join(', ')}; delete those meetings to commit it again.`);
  }
}

/**
 * Thrown by `commit` when the document's metadata or stored draft changed between its read and the commit's row lock
 * (a repeat of its text filled in `publishedAt` and read the draft again): what was compared or committed is not what is
 * stored (new-user trial 144 F3). The route answers 412 to a commit with If-Match, and commits the new state otherwise.
 */
export class DocumentChanged extends AppError {
  constructor() {
    super(
      'conflict',
      'The document changed while it was being committed (a repeat of its text filled in its metadata); read it again and commit.',
    );
  }
}

// What a commit reads of a document besides its text: the metadata a repeat may fill in and the draft read with it.
const committedState = (document: SourceDocument) =>
  JSON.stringify([
    document.publishedAt?.toISOString() ?? null,
    document.retrievedAt?.toISOString() ?? null,
    document.url,
    document.title,
    document.publisher,
    document.language,
    document.isTranslation,
    document.draft,
  ]);

/**
 * Titles stored people held, from their participations: [first, last] meeting date per person, title and country;
 * not those of the people stored for participants a readout never named.
 */
async function knownPositions(prisma: Db): Promise<KnownPosition[]> {
  const rows = await prisma.$queryRaw<
    Array<{ person_id: string; name: string; title: string; country_code: string | null; from: Date; to: Date }>
  >`
    SELECT pa.person_id, pe.name, pa.title, pa.country_code, min(m.date) AS "from", max(m.date) AS "to"
    FROM participants pa JOIN people pe ON pe.id = pa.person_id JOIN meetings m ON m.id = pa.meeting_id
    WHERE pa.title IS NOT NULL
    GROUP BY pa.person_id, pe.name, pa.title, pa.country_code`;
  const day = (date: Date) => date.toISOString().slice(0, 10);
  // A person stored for a participant the readout never named ("Foreign Minister (TJ)") held no office in person: a
  // later readout's unnamed foreign minister of Tajikistan may be someone else.
  return rows
    .filter((row) => !isOfficeName(row.name))
    .map((row) => ({
      personId: row.person_id,
      name: row.name,
      title: row.title,
      countryCode: row.country_code,
      from: day(row.from),
      to: day(row.to),
    }));
}

/** Two meetings of one draft on the same day, of the same kind, in the same place, with the same people (by id or name). */
function sameEncounter(a: ReadoutDraft['meetings'][number], b: ReadoutDraft['meetings'][number]): boolean {
  const people = (meeting: typeof a) =>
    meeting.participants
      .map((p) => p.personId ?? foldKey(p.name))
      .sort()
      .join('|');
  return (
    a.date !== null &&
    a.date === b.date &&
    a.kind === b.kind &&
    (a.city ?? '') === (b.city ?? '') &&
    (a.countryCode ?? '') === (b.countryCode ?? '') &&
    a.participants.length > 0 &&
    people(a) === people(b)
  );
}

/** Why a draft cannot be committed against `text`, as field errors under `/draft` with a sentence each; empty when it can. */
export function commitProblems(draft: ReadoutDraft, text: string): FieldError[] {
  const problems: FieldError[] = [];
  const at = (pointer: string, message: string) => problems.push({ in: 'body', pointer: `/draft${pointer}`, message });
  if (draft.meetings.length === 0) at('/meetings', 'The draft reports no meeting; supply a corrected draft with one.');
  const spanOutside = (span: { end: number } | null) => span !== null && span.end > text.length;
  if (spanOutside(draft.titleSpan)) at('/titleSpan', 'The title span lies outside the document text.');
  draft.meetings.forEach((meeting, index) => {
    const base = `/meetings/${index}`;
    const which = draft.meetings.length === 1 ? 'The meeting' : `Meeting ${index + 1}`;
    if (!meeting.date) at(`${base}/date`, `${which} has no date; supply one in the corrected draft.`);
    for (const field of ['titleSpan', 'kindSpan', 'dateSpan', 'locationSpan'] as const)
      if (spanOutside(meeting[field])) at(`${base}/${field}`, `${which}: ${field} lies outside the document text.`);
    // Each span at its own member, as a reversed span is: "/participants/0/titleSpan", "/statements/2/span".
    const facts = [
      ['participants', meeting.participants.map((p) => ({ span: p.span, titleSpan: p.titleSpan }))],
      ['statements', meeting.statements.map((s) => ({ span: s.span }))],
      ['initiatives', meeting.initiatives.map((i) => ({ span: i.span }))],
    ] as const;
    // A key names one participant: a second participant with it is the error, not the statements that name it
    // (new-user trial 110: a duplicate key was reported as a statement's unknown speaker).
    const seen = new Set<string>();
    meeting.participants.forEach((participant, item) => {
      if (seen.has(participant.key)) at(`${base}/participants/${item}/key`, `${which}: duplicate participant key "${participant.key}".`);
      seen.add(participant.key);
    });
    // The same meeting twice — same day, kind, place and people — would be committed as two (new-user trial 120).
    const twin = draft.meetings.findIndex((other, earlier) => earlier < index && sameEncounter(other, meeting));
    if (twin >= 0) at(base, `${which} is meeting ${twin + 1} again (the same day, kind, place and participants); remove one of them.`);
    // On the margins of another meeting of the draft, one level deep: its parent is created first and is no sideline
    // meeting of a third.
    const parent = meeting.sidelinesOf ?? null;
    if (parent !== null) {
      const target = draft.meetings[parent];
      if (parent === index || !target)
        at(`${base}/sidelinesOf`, `${which}: sidelinesOf ${parent} names no other meeting of the draft (it has ${draft.meetings.length}).`);
      else if ((target.sidelinesOf ?? null) !== null)
        at(`${base}/sidelinesOf`, `${which}: meeting ${parent + 1} is itself on the margins of another; name that one.`);
    }
    // The statements' speakers: a participant of the same draft meeting, and as the kind needs (statement-speaker.ts).
    const keys = new Set(meeting.participants.map((p) => p.key));
    meeting.statements.forEach((statement, item) => {
      const pointer = `${base}/statements/${item}/speakerKey`;
      if (statement.speakerKey !== null && !keys.has(statement.speakerKey))
        at(pointer, `${which}: statements[${item}] names the speaker "${statement.speakerKey}", who is no participant of this meeting.`);
      const problem = speakerProblem(statement.kind, statement.speakerKey !== null);
      if (problem) at(pointer, `${which}: statements[${item}]: ${problem}.`);
    });
    for (const [list, items] of facts)
      items.forEach((spans, item) => {
        for (const [field, span] of Object.entries(spans) as [string, { end: number } | null][])
          if (spanOutside(span))
            at(`${base}/${list}/${item}/${field}`, `${which}: ${list}[${item}].${field} lies outside the document text.`);
      });
  });
  return problems;
}

/** A draft meeting to add to a stored meeting instead of creating one (the commit's `attach`). */
export interface AttachEntry {
  draftMeeting: number;
  meetingId: string;
  /** Attach with fewer people in common than a candidate needs (attach.ts). */
  force?: boolean | undefined;
}

/**
 * Why `attach` cannot be applied to `draft`, as field errors under `/attach`: an index past the draft, one draft meeting
 * twice, or two draft meetings onto one stored meeting.
 */
export function attachProblems(draft: ReadoutDraft, attach: readonly AttachEntry[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<number>();
  attach.forEach((entry, index) => {
    const pointer = `/attach/${index}/draftMeeting`;
    if (entry.draftMeeting >= draft.meetings.length)
      problems.push({
        in: 'body',
        pointer,
        message: `the draft has ${draft.meetings.length} meeting(s); there is no meeting ${entry.draftMeeting}`,
      });
    else if (seen.has(entry.draftMeeting))
      problems.push({ in: 'body', pointer, message: `draft meeting ${entry.draftMeeting} is attached twice` });
    else if (attach.findIndex((other) => other.meetingId === entry.meetingId) < index)
      problems.push({
        in: 'body',
        pointer: `/attach/${index}/meetingId`,
        message: `meeting ${entry.meetingId} is already the target of attach/${attach.findIndex((other) => other.meetingId === entry.meetingId)}: one readout reports a meeting once`,
      });
    seen.add(entry.draftMeeting);
  });
  return problems;
}

// A reference that does not resolve in one meeting of the draft (a speaker who is no participant): its pointer is
// made to point into the draft, /draft/meetings/<index>/….
/** A meeting of a draft that breaks the createMeeting rules: 400 validation_failed, a pointer per problem. */
// Where a fact of the createMeeting request made from a draft is in the draft: a new participant's person is the
// participant itself ("participants/1/person/countryCode" is the draft's "participants/1/countryCode"), a link's
// initiative its slug.
function draftPointer(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'participants' && parts[2] === 'person') parts.splice(2, 1);
  if (parts[0] === 'initiatives' && parts[2] === 'initiative') parts[2] = 'slug';
  return `/${parts.join('/')}`;
}

function draftInvalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const seen = new Set<string>();
  const errors: FieldError[] = issues
    .map((issue) => ({ in: 'body' as const, pointer: draftPointer(issue.path), message: issue.message }))
    // The participant's country and its new person's are one fact of the draft: one error.
    .filter((problem) => !seen.has(`${problem.pointer}|${problem.message}`) && seen.add(`${problem.pointer}|${problem.message}`));
  return fieldsProblem('validation_failed', errors);
}

/**
 * A problem found in the stored draft of a commit sent without one (`corrected` undefined): its errors under `/draft`
 * are `in: 'resource'` — the document's `draft` as GET /v1/documents/{id} returns it — since there is no body to point
 * into, and the detail says what to send (new-user trial 117: an initiative deleted from the catalogue since the draft
 * was made gave a 422 "in the body" of a request that had none). Other errors, and a corrected draft's, pass as they are.
 */
function inStoredDraft(error: unknown, corrected: ReadoutDraft | undefined, deletedPeople: readonly FieldError[] = []): unknown {
  if (corrected || !(error instanceof AppError) || !error.errors?.some((problem) => problem.pointer.startsWith('/draft/'))) return error;
  // The people it matched who were deleted since are looked up again on this path; a corrected draft that starts from
  // the stored one would send their ids back, a 422 of its own (new-user trial 118): said now, with the rest.
  const errors = [...error.errors, ...deletedPeople].map((problem) =>
    problem.pointer.startsWith('/draft/')
      ? {
          ...problem,
          in: 'resource' as const,
          message: /^no initiative with id or slug/.test(problem.message)
            ? `${problem.message}: it was deleted from the catalogue after the draft was made (mark it "isCandidate": true to create it again, or leave it out)`
            : problem.message,
        }
      : problem,
  );
  // The problems past the first 20 are counted in the detail ("; and 38 more", new-user trial 123: a copy of a page of
  // 58 recorded meetings said 20), and a meeting recorded already is attached or sent again, not corrected.
  const lead =
    error.code === 'conflict' && errors.every((problem) => /^\/draft\/meetings\/\d+$/.test(problem.pointer))
      ? `Meetings of the document's stored draft are recorded already; attach them or send "createDuplicates": true`
      : `The document's stored draft cannot be committed as it is; commit a corrected draft ({ "draft": … }, starting from the document's)`;
  const problem = new AppError(error.code, `${lead}: ${countedDetail(errors, error.unlisted)}`, errors);
  problem.unlisted = error.unlisted;
  return problem;
}

/**
 * 409 `conflict` at a draft's participant whom the commit's lookup finds to be any of several stored people (storedPersonFor):
 * the editor names the one meant as `personId` in a corrected draft.
 */
function namesakesProblem(
  meeting: number,
  participant: number,
  among: ReadonlyArray<{ id: string; name: string; countryCode: string | null }>,
) {
  const listed = among.map((person) => `${person.id} ("${person.name}"${person.countryCode ? `, ${person.countryCode}` : ''})`).join(', ');
  return fieldsProblem('conflict', [
    {
      in: 'body' as const,
      pointer: `/draft/meetings/${meeting}/participants/${participant}`,
      message: `may be any of ${among.length} stored people: ${listed}; send a corrected draft whose participant gives the one meant as "personId"`,
    },
  ]);
}

function withinMeeting(error: unknown, index: number, meeting?: MeetingDraft): unknown {
  if (!(error instanceof AppError) || !error.errors) return error;
  // A writer's pointer names the meeting body's member ("/initiatives/0/initiative"): the draft's is "slug". A personId
  // the draft did not give — the commit's lookup found it — is no member of the draft: the participant is (new-user
  // trial 118: "/participants/2/personId" for a participant sent without one).
  const errors = error.errors.map((problem) => {
    const parts = problem.pointer.split('/').slice(1);
    const lookedUp = parts[0] === 'participants' && parts[2] === 'personId' && meeting?.participants[Number(parts[1])]?.personId === null;
    return { ...problem, pointer: `/draft/meetings/${index}${draftPointer(lookedUp ? parts.slice(0, 2) : parts)}` };
  });
  return fieldsProblem(error.code, errors);
}

export function createDocumentsService({ prisma }: { prisma: Db }) {
  async function draftFor(input: DocumentInput): Promise<ReadoutDraft> {
    const [initiatives, people, positions] = await Promise.all([
      prisma.initiative.findMany({ select: { slug: true, name: true, aliases: true, category: true } }),
      prisma.person.findMany({ select: { id: true, name: true, aliases: true, countryCode: true } }),
      knownPositions(prisma),
    ]);
    // On the extraction thread (ingest/extract-pool.ts), which loads the extractor with the first document.
    return extractOffThread(input.text, {
      publishedAt: input.publishedAt ?? null,
      publisher: input.publisher ?? null,
      url: input.url ?? null,
      initiatives,
      people,
      positions,
    });
  }

  /** Creates the catalogue entries a meeting's draft proposes (isCandidate) that are not there yet. */
  async function createCandidates(tx: Prisma.TransactionClient, meeting: MeetingDraft, who: Actor) {
    for (const candidate of meeting.initiatives.filter((link) => link.isCandidate)) {
      if (await tx.initiative.findUnique({ where: { slug: candidate.slug }, select: { id: true } })) continue;
      const initiative = await tx.initiative.create({
        data: { slug: candidate.slug, name: candidate.name, aliases: [], category: null, description: null },
      });
      await audit(tx, who, { action: 'create', recordType: 'initiative', recordId: initiative.id, after: toInitiativeDto(initiative) });
    }
  }

  return {
    /**
     * Stores the text verbatim with its draft; the same text again returns the stored document (`created: false`). A
     * repeat's metadata must agree with the stored document's (repeated-text.ts): what it adds to a document not yet
     * committed — a `publishedAt` the first request left out — is filled in and the draft read again with it; what
     * contradicts a stored value throws 409 `conflict`.
     */
    async ingest(input: DocumentInput, who: Actor): Promise<{ document: SourceDocument; created: boolean }> {
      const hash = sha256(input.text);
      const existing = await prisma.sourceDocument.findUnique({ where: { sha256: hash } });
      if (existing) return { document: await this.repeated(input, existing, who), created: false };
      const draft = await draftFor(input);
      // ON CONFLICT DO NOTHING: when the same text arrives twice at once, one request stores it and the other returns it.
      const inserted = await prisma.$transaction(async (tx) => {
        const [row] = await tx.sourceDocument.createManyAndReturn({
          data: [
            {
              text: input.text,
              sha256: hash,
              url: input.url ?? null,
              title: input.title ?? draft.title,
              publisher: input.publisher ?? null,
              language: input.language ?? draft.language ?? 'en',
              isTranslation: input.isTranslation ?? false,
              publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
              retrievedAt: new Date(),
              draft,
            },
          ],
          skipDuplicates: true,
        });
        if (row) {
          const after = toDocumentSummaryDto({ ...row, sources: [] });
          await audit(tx, who, { action: 'create', recordType: 'document', recordId: row.id, after });
        }
        return row;
      });
      if (inserted) return { document: inserted, created: true };
      const stored = await prisma.sourceDocument.findUniqueOrThrow({ where: { sha256: hash } });
      return { document: await this.repeated(input, stored, who), created: false };
    },

    /**
     * The stored document for a repeat of its text: as stored when the repeat's metadata agrees; with the metadata the
     * repeat fills in (and a draft read again with it, when it is what a draft is read with), recorded as an update;
     * else 409 naming each field that differs. Under a row lock, so two repeats do not both fill it in.
     */
    async repeated(input: DocumentInput, document: SourceDocument, who: Actor): Promise<SourceDocument> {
      const differences = metadataDifferences(input, document);
      if (differences.length === 0) return document;
      const committedAs = async (tx: Prisma.TransactionClient, id: string) =>
        (await tx.meetingSource.findMany({ where: { documentId: id }, select: { meetingId: true }, orderBy: { meetingId: 'asc' } })).map(
          (source) => source.meetingId,
        );
      const merged = {
        ...input,
        ...Object.fromEntries(documentMetadataFields.map((field) => [field, input[field] ?? storedMetadata(document, field)])),
      };
      const first = fillsIn(differences, (await committedAs(prisma, document.id)).length > 0);
      // The draft is read outside the transaction (it takes a while, on the extraction thread) and applied only if the
      // document is still as it was read.
      const draft = first.rereads ? await draftFor(merged) : null;
      return prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM source_documents WHERE id = ${document.id}::uuid FOR UPDATE`;
        const now = await tx.sourceDocument.findUniqueOrThrow({ where: { id: document.id } });
        const current = metadataDifferences(input, now);
        if (current.length === 0) return now;
        const meetingIds = await committedAs(tx, now.id);
        const { fills, rereads } = fillsIn(current, meetingIds.length > 0);
        if (!fills || (rereads && !draft)) throw repeatedTextConflict(now.id, current, meetingIds);
        const before = toDocumentSummaryDto({ ...now, sources: [] });
        const data = Object.fromEntries(
          current.map((d) => [d.field, d.field === 'publishedAt' ? new Date(d.sent as string) : d.sent]),
        ) as Prisma.SourceDocumentUpdateInput;
        const updated = await tx.sourceDocument.update({ where: { id: now.id }, data: rereads ? { ...data, draft: draft! } : data });
        const after = toDocumentSummaryDto({ ...updated, sources: [] });
        await audit(tx, who, { action: 'update', recordType: 'document', recordId: updated.id, before, after });
        return updated;
      });
    },

    /** Stored meetings the document's draft probably describes (matching.ts); none for a draft that cannot be read. */
    async candidates(document: SourceDocument): Promise<MeetingCandidate[]> {
      const draft = readStoredDraft(document.draft);
      return draft ? findCandidates(prisma, draft.meetings, document.id) : [];
    },

    /** Candidates for a corrected draft of the document (an editor set the date the text left out). Throws 404. */
    async candidatesFor(id: string, draft: ReadoutDraft): Promise<MeetingCandidate[]> {
      const document = await this.get(id);
      return findCandidates(prisma, draft.meetings, document.id);
    },

    async get(id: string) {
      const row = await prisma.sourceDocument.findUnique({
        where: { id },
        include: { sources: { select: { meetingId: true }, orderBy: { meetingId: 'asc' } } },
      });
      if (!row) throw notFound('document', id);
      return row;
    },

    list: (limit: number, cursor: string | undefined, filters: DocumentFilters = {}) => listDocuments(prisma, limit, cursor, filters),

    /**
     * Turns the document's draft (or a corrected one) into one meeting per meeting of the draft, all in one
     * transaction: every meeting is created or none is. A person new to the database who takes part in several of
     * the meetings is created once; one stored since the draft was made (from another readout) is not created again. Every record keeps its provenance spans.
     * A meeting of the draft named in `attach` is added to that stored meeting as a further source (attach.ts) instead.
     * Throws 404 (no such document), 409 (already committed), 422 (a meeting without a date, a span outside the text or
     * one that does not cite what it claims is printed there (cited-text.ts),
     * an `attach` entry that names no draft meeting, one twice, or no stored meeting, or a reference that does not
     * resolve).
     */
    /**
     * Creates the draft's meetings (or attaches them, `attach`) with provenance. Throws 404 for an unknown document, 409
     * when it is committed already or (with `createDuplicates: false`, as the HTTP route sends by default) a draft
     * meeting not attached has a stored meeting as its candidate with score 1, 422 for a draft that cannot be committed.
     * The seed and `import --commit` leave `createDuplicates` out and create as before.
     */
    async commit(
      id: string,
      corrected: ReadoutDraft | undefined,
      who: Actor,
      attach: readonly AttachEntry[] = [],
      options: { createDuplicates?: boolean } = {},
    ): Promise<Meeting[]> {
      const document = await this.get(id);
      if (document.sources.length) throw new AlreadyCommitted(document.sources.map((source) => source.meetingId));
      const stored = readStoredDraft(document.draft);
      const draft = corrected ? withGeneratedTitles(corrected, stored) : stored;
      if (!draft) throw unprocessable('The stored draft cannot be read; supply a corrected draft.');
      // What the extractor asserted, so that a value an editor changed is not credited to it.
      const extracted = corrected ? factKeys(stored?.meetings ?? []) : undefined;
      const problems = [
        ...commitProblems(draft, document.text),
        ...(corrected ? citationProblems(corrected, stored, document.text) : []),
        ...attachProblems(draft, attach),
        ...(corrected ? await draftNameConflicts(prisma, corrected, stored) : []),
      ];
      if (problems.length) throw inStoredDraft(fieldsProblem('unprocessable', problems), corrected);
      // A meeting recorded already — the same people, day, kind and place — is not recorded again unless asked.
      if (options.createDuplicates === false) {
        const same = (await findCandidates(prisma, draft.meetings, document.id)).filter(
          (candidate) => candidate.score >= 1 && !attach.some((entry) => entry.draftMeeting === candidate.draftMeeting),
        );
        if (same.length)
          throw inStoredDraft(
            fieldsProblem(
              'conflict',
              same.map((candidate) => ({
                in: 'body' as const,
                pointer: `/draft/meetings/${candidate.draftMeeting}`,
                message: `is meeting ${candidate.meetingId} ("${candidate.title}", ${candidate.date}), recorded already: attach it ({"attach": [{"draftMeeting": ${candidate.draftMeeting}, "meetingId": "${candidate.meetingId}"}]}) or send "createDuplicates": true`,
              })),
            ),
            corrected,
          );
      }
      // A person the stored draft or the lookup found, deleted by someone else while this ran, makes an INSERT fail on
      // its foreign key: run once more, when the lookup no longer finds them (trial finding: a 422 that the
      // Idempotency-Key then replays for good). A corrected draft's personId is the client's own reference: its 422 stays.
      return transaction(draft)
        .catch((error: unknown) => {
          if (corrected || !refersToDeletedRow(error)) throw error;
          return transaction(draft);
        })
        .catch(async (error: unknown) => {
          throw inStoredDraft(error, corrected, corrected ? [] : await deletedPeopleOf(prisma, draft));
        });
      function transaction(given: ReadoutDraft): Promise<Meeting[]> {
        return prisma.$transaction(async (tx) => {
          // The document row is locked so that two commits of it at once cannot both create meetings.
          await tx.$queryRaw`SELECT id FROM source_documents WHERE id = ${document.id}::uuid FOR UPDATE`;
          const raced = await tx.meetingSource.findMany({ where: { documentId: document.id }, select: { meetingId: true } });
          if (raced.length) throw new AlreadyCommitted(raced.map((source) => source.meetingId));
          const locked = await tx.sourceDocument.findUniqueOrThrow({ where: { id: document.id } });
          if (committedState(locked) !== committedState(document)) throw new DocumentChanged();
          const summaries = await documentSummaries(tx, [document.id]);
          // The stored draft was made when the document was posted: a person it matched whom someone deleted since is
          // looked up (or created) again, as if the draft had not matched them — the client sent no draft for a 422 to
          // point into. (A corrected draft that names a person who does not exist is still a 422.)
          const usable = corrected ? given : await withoutDeletedPeople(tx, given);
          // Commits of readouts that name the same new person, run at once, create that person once.
          await lockPersonNames(
            tx,
            usable.meetings.flatMap((m) => m.participants.filter((p) => p.personId === null).map((p) => p.name)),
          );
          const peopleCreated = new Map<string, string>();
          const personKey = (name: string, countryCode: string | null) => `${foldKey(name)}|${countryCode ?? ''}`;
          // A meeting others were held on the margins of is created first, so that theirs can name it as `parentId`;
          // the answer lists them in the draft's order.
          const parents = new Set(usable.meetings.flatMap((m) => m.sidelinesOf ?? []));
          const order = [...usable.meetings.keys()].sort((a, b) => Number(parents.has(b)) - Number(parents.has(a)) || a - b);
          const byIndex = new Map<number, Meeting>();
          // The spans of the meetings created, written together after the last (one statement, not one a meeting).
          const spansCreated: SpanRow[] = [];
          // The names stored people were written and printed under here, learned once every meeting has passed its checks.
          const storedNames: Array<[string, string[]]> = [];
          for (const index of order) {
            const meetingDraft = usable.meetings[index] as (typeof usable.meetings)[number];
            await createCandidates(tx, meetingDraft, who);
            const participants = [];
            for (const [at, participant] of meetingDraft.participants.entries()) {
              const createdHere = participant.personId
                ? undefined
                : peopleCreated.get(personKey(participant.name, participant.countryCode));
              const found =
                participant.personId || createdHere ? null : await storedPersonFor(tx, participant.name, participant.countryCode);
              if (found && 'among' in found) throw namesakesProblem(index, at, found.among);
              const stored = participant.personId ?? found?.id;
              if (stored) storedNames.push([stored, [participant.name, participant.printedName]]);
              participants.push({ ...participant, personId: stored ?? createdHere ?? null });
            }
            const known = { ...meetingDraft, participants };
            const { input: drafted, spans } = draftToInput(known, document.id, extracted && { facts: extracted, meeting: index });
            const parentMeeting = byIndex.get(meetingDraft.sidelinesOf ?? -1);
            if (parentMeeting) drafted.parentId = parentMeeting.id;
            // The same rules as POST /v1/meetings (IANA time zone, ISO country codes, lengths …): a corrected draft is
            // no way around them.
            const checked = createMeetingSchema.safeParse(drafted);
            if (!checked.success) throw withinMeeting(draftInvalid(checked.error.issues), index);
            const input = checked.data;
            const target = attach.findIndex((entry) => entry.draftMeeting === index);
            if (target >= 0) {
              byIndex.set(
                index,
                await attachToMeeting(
                  tx,
                  {
                    meetingId: attach[target]!.meetingId,
                    documentId: document.id,
                    input,
                    names: known.participants.map((participant) => participant.name),
                    spans,
                    attachIndex: target,
                    draftMeeting: index,
                    force: attach[target]!.force === true,
                  },
                  who,
                ),
              );
              continue;
            }
            const created = await insertMeetingAggregate(tx, input, who).catch((error: unknown) => {
              throw withinMeeting(error, index, meetingDraft);
            });
            known.participants.forEach((participant, index) =>
              peopleCreated.set(personKey(participant.name, participant.countryCode), created.participants[index]!.personId),
            );
            const ids = recordIdsOf(created);
            spansCreated.push(...spanRows(document.id, created.meeting.id, spans, ids));
            byIndex.set(index, created.meeting);
          }
          await insertSpans(tx, spansCreated);
          // A stored person keeps the spellings this readout gave them, so a lookup by either finds them.
          for (const [personId, names] of storedNames) await learnNames(tx, who, personId, names);
          await auditDocumentChanges(tx, who, summaries);
          return [...usable.meetings.keys()].map((index) => byIndex.get(index) as Meeting);
        });
      }
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;

/**
 * The ids among `draft`'s matched people (`personId`) of people no longer stored: deleted since the draft was made.
 * One query; an empty set when the draft matched nobody or everyone is still there.
 */
async function deletedPersonIds(db: Db | Prisma.TransactionClient, draft: ReadoutDraft): Promise<Set<string>> {
  const ids = [...new Set(draft.meetings.flatMap((m) => m.participants.flatMap((p) => (p.personId ? [p.personId] : []))))];
  if (ids.length === 0) return new Set();
  const stored = new Set((await db.person.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id));
  return new Set(ids.filter((id) => !stored.has(id)));
}

/** The participants of `draft` whose matched person was deleted since it was made, as problems in the stored draft. */
async function deletedPeopleOf(prisma: Db, draft: ReadoutDraft): Promise<FieldError[]> {
  const deleted = await deletedPersonIds(prisma, draft);
  return draft.meetings.flatMap((meeting, m) =>
    meeting.participants.flatMap((participant, p) =>
      participant.personId && deleted.has(participant.personId)
        ? [
            {
              in: 'resource' as const,
              pointer: `/draft/meetings/${m}/participants/${p}/personId`,
              message: `no person with id ${participant.personId}: deleted after the draft was made (in a corrected draft, set it to null to look them up again)`,
            },
          ]
        : [],
    ),
  );
}

/** `draft` with every `personId` of a person no longer stored set to null (looked up again at commit). */
async function withoutDeletedPeople(tx: Prisma.TransactionClient, draft: ReadoutDraft): Promise<ReadoutDraft> {
  const deleted = await deletedPersonIds(tx, draft);
  if (deleted.size === 0) return draft;
  return {
    ...draft,
    meetings: draft.meetings.map((m) => ({
      ...m,
      participants: m.participants.map((p) => (p.personId && deleted.has(p.personId) ? { ...p, personId: null } : p)),
    })),
  };
}
