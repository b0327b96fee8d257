import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { encodeConsistencyToken } from '../../db/wal-position.js';
import { AppError, fieldErrorsDetail, fieldsProblem, partProblem, wholeBody } from '../../http/errors.js';
import { repeatedMembers, repeatedMemberMessage, whyNotJson } from '../../http/json-body.js';
import { claimingActor, type Claim, type IdempotencyStore, type StoredResponse } from '../../http/idempotency.js';
import { ndjsonLines, type NdjsonLimits } from '../../http/ndjson-lines.js';
import { answerFor, fromZodIssue, problemBody, problemContentType, validationFailed } from '../../http/problem.js';
import { findTextProblem, toNfc } from '../../http/text-guard.js';
import type { MeetingCommands } from './meetings.commands.js';
import { createdMeetingEtag, meetingLocation } from './meetings.dto.js';
import { meetingSchema } from './meetings.schemas.js';
import { createMeetingSchema, type CreateMeetingInput } from './meetings.input.js';
import {
  keyedMeetingLineSchema,
  type MeetingLineCreated,
  type MeetingLineFailed,
  type MeetingLineResult,
  type MeetingLinesSummary,
} from './meetings.bulk.schemas.js';

// POST /v1/meetings as application/x-ndjson: each line is a meeting, created in a transaction of its own, and answered
// by a result line as soon as it is committed (or refused). A line may carry its Idempotency-Key, kept in the same
// store, with the same meaning, as the header of the JSON create. Processing stops early only for what concerns every
// later line as much as this one: a server-side failure (5xx), a body past its limits, a client too slow, a shutdown.

export interface BulkDeps {
  commands: MeetingCommands;
  idempotency: IdempotencyStore;
  /** The primary's WAL position now (for the summary's consistency token). */
  currentPosition: () => Promise<bigint>;
  retryAfterSeconds: number;
}

type JsonParser = (request: FastifyRequest, body: string, done: (error: Error | null, value?: unknown) => void) => void;

interface ParsedLine {
  meeting: CreateMeetingInput;
  key: string | undefined;
}

const issuesOf = (error: z.ZodError) => error.issues.map((issue) => fromZodIssue('/', issue));

// Why the app's JSON parser refused a line: where it stops being JSON, unless it is JSON with a key the parser refuses
// (__proto__, constructor.prototype), as it does for a JSON body.
function whyLineIsNotJson(text: string): string {
  try {
    JSON.parse(text);
    return 'it holds a __proto__ or constructor.prototype key';
  } catch (error) {
    return whyNotJson(text, (error as Error).message);
  }
}

// A keyed line's meeting is its `meeting` member, so a field's pointer is under /meeting (`/meeting/date`); the detail
// follows when it was the list of the fields.
/** A problem of the JSON create as a keyed line answers it: its body pointers under /meeting. */
function problemUnderMeeting(problem: MeetingLineFailed['problem']): MeetingLineFailed['problem'] {
  const errors = problem.errors;
  if (!errors?.length) return problem;
  const moved = errors.map((e) => (e.in === 'body' ? { ...e, pointer: `/meeting${e.pointer === '/' ? '' : e.pointer}` } : e));
  const detail = problem.detail === fieldErrorsDetail(errors) ? fieldErrorsDetail(moved) : problem.detail;
  return { ...problem, detail, errors: moved };
}

/** The bulk create of one request: its result lines, then the summary. */
export function bulkCreate(request: FastifyRequest, deps: BulkDeps) {
  const parseJson = request.server.getDefaultJsonParser('error', 'error') as JsonParser;

  // The line as the JSON create takes its body: parsed by the same parser, guarded and normalised the same way, the
  // same schema. A line with a `meeting` member is a keyed line.
  function parseLine(text: string): ParsedLine {
    let parsed: { value: unknown } | undefined;
    parseJson(request, text, (error, value) => {
      if (!error) parsed = { value };
    });
    if (!parsed) {
      const why = whyLineIsNotJson(text);
      throw partProblem('invalid_json', wholeBody, `The line is not valid JSON: ${why}.`, why);
    }
    const twice = repeatedMembers(text, parsed.value);
    if (twice.pointers.length > 0)
      throw fieldsProblem(
        'validation_failed',
        twice.pointers.map((pointer) => ({ in: 'body', pointer, message: repeatedMemberMessage })),
        twice.more,
      );
    const textProblem = findTextProblem(parsed.value);
    if (textProblem) throw validationFailed('body', [{ instancePath: textProblem.pointer || '/', message: textProblem.message }]);
    const value = toNfc(parsed.value);
    if (value && typeof value === 'object' && Object.hasOwn(value, 'meeting')) {
      const keyed = keyedMeetingLineSchema.safeParse(value);
      if (!keyed.success) throw validationFailed('body', issuesOf(keyed.error));
      return { meeting: keyed.data.meeting, key: keyed.data.idempotencyKey };
    }
    const meeting = createMeetingSchema.safeParse(value);
    if (!meeting.success) throw validationFailed('body', issuesOf(meeting.error));
    return { meeting: meeting.data, key: undefined };
  }

  const failed = (line: number, error: unknown): MeetingLineFailed => {
    const appError = answerFor(error, request.log, deps.retryAfterSeconds);
    return { line, status: appError.status, problem: problemBody(appError, request) };
  };

  function replayed(line: number, stored: StoredResponse): MeetingLineResult {
    // A key stores the problem as the JSON create answers it; on a keyed line its pointers are under /meeting.
    if (stored.statusCode !== 201)
      return { line, status: stored.statusCode, problem: problemUnderMeeting(stored.body as MeetingLineFailed['problem']), replayed: true };
    const meeting = stored.body as { id: string; version: number };
    return {
      line,
      status: 201,
      id: meeting.id,
      location: stored.headers.location ?? meetingLocation(meeting.id),
      etag: stored.headers.etag ?? createdMeetingEtag(meeting.version),
      replayed: true,
    };
  }

  // The line's meeting created (with its key's claim, when keyed), and the key's stored response.
  async function create(line: number, input: ParsedLine, claim?: Claim): Promise<[MeetingLineResult, StoredResponse | null]> {
    try {
      const { result: meeting } = await deps.commands.create(input.meeting, claim ? claimingActor(request.actor, claim) : request.actor);
      const result: MeetingLineCreated = {
        line,
        status: 201,
        id: meeting.id,
        location: meetingLocation(meeting.id),
        etag: createdMeetingEtag(meeting.version),
      };
      const headers = { location: result.location, etag: result.etag, 'content-type': 'application/json; charset=utf-8' };
      // The key's response is the JSON create's, byte for byte: the meeting as its serializer writes it (the zod
      // schema's encoding, members in the schema's order) — a replay through the JSON create sends this text.
      return [result, { statusCode: 201, headers, body: meeting, text: JSON.stringify(z.encode(meetingSchema, meeting)) }];
    } catch (error) {
      // The key stores the problem of the JSON create (pointers at the meeting); the line answers it under /meeting.
      const appError = answerFor(error, request.log, deps.retryAfterSeconds);
      const own = problemBody(appError, request);
      const result: MeetingLineFailed = {
        line,
        status: appError.status,
        problem: input.key === undefined ? own : problemUnderMeeting(own),
      };
      return [
        result,
        result.status >= 500
          ? null
          : { statusCode: result.status, headers: { 'content-type': problemContentType }, body: own, text: JSON.stringify(own) },
      ];
    }
  }

  async function resultOf(line: number, text: string): Promise<MeetingLineResult> {
    let input: ParsedLine;
    let claim: Claim | undefined;
    try {
      input = parseLine(text);
      if (input.key !== undefined) {
        const outcome = await deps.idempotency.claim(request, input.key, input.meeting);
        if ('replay' in outcome) return replayed(line, outcome.replay);
        claim = outcome.claim;
      }
    } catch (error) {
      return failed(line, error);
    }
    const [result, stored] = await create(line, input, claim);
    if (!claim) return result;
    if (!stored) await deps.idempotency.release(claim);
    // The line is committed (or refused) whether or not its key records it; a retry after 60 s finds its outcome.
    else
      await deps.idempotency
        .complete(claim, stored)
        .catch((error: unknown) => request.log.warn({ err: error }, 'idempotency key not stored'));
    return result;
  }

  /**
   * The result of each line, in order, then the summary. Until the first result, a stop is thrown (answered as an
   * ordinary problem+json response); after it, the summary says it, with the line to resume from.
   */
  async function* results(body: Readable, limits: NdjsonLimits): AsyncGenerator<MeetingLineResult | MeetingLinesSummary, void, undefined> {
    const counts = { results: 0, created: 0, failed: 0, replayed: 0 };
    let stop: { line: number; problem: AppError } | undefined;
    try {
      for await (const item of ndjsonLines(body, limits)) {
        if (item.kind === 'stop' || limits.signal?.aborted) {
          stop = { line: item.line, problem: item.kind === 'stop' ? item.problem : (limits.signal?.reason as AppError) };
          break;
        }
        const result =
          item.kind === 'bad-line'
            ? { line: item.line, status: item.problem.status, problem: problemBody(item.problem, request) }
            : await resultOf(item.line, item.text);
        counts.results += 1;
        // Each result counts once: a stored result is a replay, whatever its status; created and failed are this
        // request's own (an analyst summing `created` over retries counts every meeting once).
        counts[result.replayed ? 'replayed' : result.status === 201 ? 'created' : 'failed'] += 1;
        yield result;
        if ('problem' in result && result.status >= 500) {
          const { code, detail } = result.problem;
          stop = { line: item.line, problem: new AppError(code, `Line ${item.line} failed on the server's side: ${detail}`) };
          break;
        }
      }
    } catch (error) {
      // The body failed: the client went away. Before any result that is a 400 (not a 500 of ours); after one, the
      // answer breaks off, with no one to read it.
      if (counts.results) throw error;
      throw partProblem('bad_request', wholeBody, `The body could not be read: ${(error as Error).message}.`);
    }
    if (!counts.results)
      throw stop?.problem ?? partProblem('invalid_json', wholeBody, 'The body has no lines: send one JSON meeting per line.');
    yield await summary(counts, stop);
  }

  async function summary(
    counts: Omit<MeetingLinesSummary['summary'], 'complete'>,
    stop?: { line: number; problem: AppError },
  ): Promise<MeetingLinesSummary> {
    const position = await deps.currentPosition().catch(() => null);
    return {
      summary: { ...counts, complete: !stop, ...(stop ? { nextLine: stop.line } : {}) },
      ...(stop ? { problem: problemBody(stop.problem, request) } : {}),
      ...(position === null ? {} : { consistencyToken: encodeConsistencyToken(position) }),
    };
  }

  return { results };
}
