import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { charsetOf } from '../../http/content-coding.js';
import { createHash } from 'node:crypto';
import { decodeReadout, type DecodedReadout } from './readout-encoding.js';
import { fieldsProblem, inHeader, partProblem, wholeBody } from '../../http/errors.js';
import { assertEntityTag, expectedVersions, replyWithEtag } from '../../http/etag.js';
import { fieldsDigest, sparse, sparsePage } from '../../http/fields.js';
import { pageBody, setNextLink } from '../../http/pagination.js';
import { notModifiedSchema, problemResponses } from '../../http/schemas.js';
import { toMeetingDto } from '../meetings/meetings.dto.js';
import { toDocumentDto, toDocumentSummaryDto } from './documents.dto.js';
import {
  candidateListSchema,
  candidatesRequestSchema,
  commitDocumentSchema,
  committedMeetingsSchema,
  documentBodySchema,
  documentPageSchema,
  documentParamsSchema,
  documentReadSchema,
  documentSchema,
  getDocumentQuerySchema,
  listDocumentsQuerySchema,
  maxDocumentBytes,
  maxDraftBodyBytes,
} from './documents.schemas.js';
import { AlreadyCommitted, DocumentChanged, type DocumentsService } from './documents.service.js';

const tags = ['documents'];

// A document's text is immutable (its SHA-256 names it); what changes is which meetings it is a source of, and which
// stored meetings it matches (candidates, computed when read). A
// sparse fieldset adds its digest after a `~`, as a record's ETag does (http/etag.ts).
function documentEtag(document: { sha256: string; text: string } & Record<string, unknown>, fields?: readonly string[]): string {
  // The whole representation as answered, its text by its SHA-256 (the text never changes; hashing 4 MB per read
  // would): the draft, the meetings it was committed as and the candidates with their titles, dates and evidence
  // (a retitled meeting or a renamed person changes them, and so the tag: RFC 9110 §8.8.3).
  const { text: _text, ...rest } = document;
  const state = createHash('sha256').update(JSON.stringify(rest)).digest('base64url').slice(0, 22);
  return `"${state}${fields ? `~${fieldsDigest(fields)}` : ''}"`;
}

/** Whether a Content-Type header names text/plain (any parameters). */
const isTextPlain = (contentType: string | undefined): boolean => /^\s*text\/plain\s*(?:;|$)/i.test(contentType ?? '');

/**
 * A text/plain body decoded as its `charset` parameter says (RFC 9110 §8.3.2; UTF-8 when none is given), by the
 * WHATWG Encoding Standard's decoders: "iso-8859-1" and "windows-1252" readouts from older sites arrive as their text.
 * UTF-8 is read strictly (readout-encoding.ts): bytes it cannot decode are a 400 that names their offset and says to
 * send the file's charset; a charset no decoder knows is a 415.
 */
function decodeText(body: Buffer, contentType: string | undefined): string {
  const charset = charsetOf(contentType) ?? 'utf-8';
  let decoded: DecodedReadout;
  try {
    decoded = decodeReadout(body, charset);
  } catch {
    throw partProblem(
      'unsupported_media_type',
      inHeader('content-type'),
      `A text/plain body in charset=${charset} cannot be read; send UTF-8.`,
    );
  }
  if (!decoded.ok) throw fieldsProblem('validation_failed', [{ in: 'body', pointer: '', message: decoded.reason }]);
  return decoded.text;
}

export const documentsRoutes: FastifyPluginAsyncZod<{ documents: DocumentsService }> = async (app, { documents }) => {
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, decodeText(body as Buffer, request.headers['content-type']));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.post(
    '/documents',
    {
      bodyLimit: maxDocumentBytes,
      schema: {
        operationId: 'createDocument',
        tags,
        summary: 'Store a readout and extract a draft of the meetings it reports',
        description:
          'Send the readout as text/plain, or as JSON with its metadata. The text is stored verbatim with its SHA-256; ' +
          'posting the same text again answers 200 with the stored document instead of storing a duplicate. Metadata sent ' +
          'with a repeat must agree with the stored document: what fills in a value it left empty (a `publishedAt` the first ' +
          'request left out) is stored, and the draft read again with it, while no meeting is committed from it; a value ' +
          'that contradicts a stored one is a 409 naming each field with both values.',
        body: documentBodySchema,
        response: { 200: documentSchema, 201: documentSchema, ...problemResponses(400, 401, 409, 413, 415, 500) },
      },
      // A JSON body is the object of metadata with the text; a bare JSON string, number or list is no readout (new-user
      // trial 116: '"just a string"' sent as application/json was stored as a readout, 123 got "Invalid input").
      preValidation: async (request) => {
        const body: unknown = request.body;
        // No body at all (or an empty one labelled JSON, read as null) is the missing-body problem every write gives
        // (http/problem.ts).
        if (body === undefined || body === null) return;
        if (!isTextPlain(request.headers['content-type']) && (typeof body !== 'object' || Array.isArray(body)))
          throw partProblem(
            'validation_failed',
            wholeBody,
            `A JSON body is an object such as {"text": "…", "publishedAt": "2024-03-04"}, not ${Array.isArray(body) ? 'a list' : `a ${typeof body}`}; send the readout itself as text/plain.`,
          );
      },
    },
    async (request, reply) => {
      const input = typeof request.body === 'string' ? { text: request.body } : request.body;
      const { document, created } = await documents.ingest(input, request.actor);
      const stored = await documents.get(document.id);
      return reply
        .status(created ? 201 : 200)
        .header('location', `/v1/documents/${document.id}`)
        .send(toDocumentDto(stored, await documents.candidates(stored)));
    },
  );

  app.get(
    '/documents',
    {
      schema: {
        operationId: 'listDocuments',
        tags,
        summary: 'List stored documents, newest first',
        description: 'Filter by `committed` (false: the readouts still waiting for an editor) and `publisher`.',
        querystring: listDocumentsQuerySchema,
        response: { 200: documentPageSchema, ...problemResponses(400, 500) },
      },
    },
    async (request, reply) => {
      const { limit, cursor, committed, publisher } = request.query;
      const paging = await documents.list(limit, cursor, { committed, publisher });
      setNextLink(request, reply, paging.nextCursor);
      return sparsePage(pageBody(paging, paging.page.map(toDocumentSummaryDto)), request.query.fields);
    },
  );

  app.get(
    '/documents/:documentId',
    {
      schema: {
        operationId: 'getDocument',
        tags,
        summary: 'Get a document with its text and draft',
        description:
          'The text never changes; the ETag changes with anything else the answer holds: a commit, and a candidate meeting or person that changed.',
        params: documentParamsSchema,
        querystring: getDocumentQuerySchema,
        response: { 200: documentReadSchema, 304: notModifiedSchema, ...problemResponses(400, 404, 500) },
      },
    },
    async (request, reply) => {
      const { fields } = request.query;
      const stored = await documents.get(request.params.documentId);
      const document = toDocumentDto(stored, await documents.candidates(stored));
      if (replyWithEtag(request, reply, documentEtag(document, fields))) return reply;
      return sparse(document, fields);
    },
  );

  app.post(
    '/documents/:documentId/candidates',
    {
      bodyLimit: maxDraftBodyBytes,
      schema: {
        operationId: 'findDocumentCandidates',
        tags,
        summary: 'Stored meetings a corrected draft of the document describes',
        description:
          "The document's `candidates`, for a draft as an editor corrected it: a readout that prints no year gets its " +
          'candidates once the editor has set the date. Reads only; nothing is stored.',
        params: documentParamsSchema,
        body: candidatesRequestSchema,
        response: { 200: candidateListSchema, ...problemResponses(400, 401, 404, 413, 415, 500) },
      },
    },
    async (request) => ({ data: await documents.candidatesFor(request.params.documentId, request.body.draft) }),
  );

  app.post(
    '/documents/:documentId/commit',
    {
      bodyLimit: maxDraftBodyBytes,
      // No body, JSON null and {} are one request — the document's own draft committed — also to Idempotency-Key, which
      // compares bodies (new-user trial 119: a retry sending {} after one sent without a body was a 422 "reused").
      preValidation: (request, _reply, done) => {
        request.body ??= {};
        done();
      },
      schema: {
        operationId: 'commitDocument',
        tags,
        summary: "Turn the document's draft, optionally corrected, into its meetings, or attach it to meetings already recorded",
        description:
          'Creates one meeting per meeting of the draft, all or none, in the order of the draft; a draft meeting named in ' +
          '`attach` is added to that stored meeting as a further source instead (its `candidates`). Each keeps the ' +
          'provenance spans of its facts (read them with include=provenance). `Location` is the document, which now ' +
          'lists the meetings in `meetingIds`; a `Link` header names each meeting with rel="item".',
        params: documentParamsSchema,
        body: commitDocumentSchema.nullish(),
        response: { 201: committedMeetingsSchema, ...problemResponses(400, 401, 404, 409, 412, 413, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      // "Commit what I reviewed": If-Match with the ETag the editor read (draft and candidates) fails with 412 once
      // either changed.
      const expected = expectedVersions(request);
      const currentTag = async () => {
        const stored = await documents.get(request.params.documentId);
        return documentEtag(toDocumentDto(stored, await documents.candidates(stored)));
      };
      if (expected) assertEntityTag('document', expected, await currentTag());
      const commit = () =>
        documents.commit(request.params.documentId, request.body?.draft, request.actor, request.body?.attach, {
          createDuplicates: request.body?.createDuplicates ?? false,
        });
      const meetings = await commit()
        // Changed by a repeat of its text since it was read (new-user trial 144 F3): with If-Match, the tag compared is
        // no longer the document's — 412; without, the commit is of what is stored now (a second change meanwhile: 409).
        .catch(async (error: unknown) => {
          if (!(error instanceof DocumentChanged)) throw error;
          if (expected) assertEntityTag('document', expected, await currentTag());
          return commit();
        })
        .catch(async (error: unknown) => {
          // Committed by another request since the tag was compared (two editors at once, new-user trial 120): the
          // document changed, so the precondition no longer holds — 412, as it is for the one who comes second.
          if (error instanceof AlreadyCommitted && expected) assertEntityTag('document', expected, await currentTag());
          throw error;
        });
      return reply
        .status(201)
        .header('location', `/v1/documents/${request.params.documentId}`)
        .header('link', meetings.map((meeting) => `</v1/meetings/${meeting.id}>; rel="item"`).join(', '))
        .send({ data: meetings.map((meeting) => toMeetingDto(meeting)) });
    },
  );
};
