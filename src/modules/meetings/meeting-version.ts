import type { Prisma } from '../../generated/prisma/client.js';
import { lockRow } from '../../db/row-lock.js';
import { inHeader, notFound, partProblem } from '../../http/errors.js';
import { assertVersion, etagFor, type Preconditions } from '../../http/etag.js';
import { audit, type Actor } from '../audit/audit.js';
import { toMeetingDto } from './meetings.dto.js';

// Optimistic concurrency shared by the meeting and its parts: a change names the version it was made against
// (If-Match), and the write only lands if that is still the version in the database.

export type ExpectedVersions = Preconditions | undefined;

/**
 * Bumps the meeting's version (every change to its parts changes the meeting) and records that as an update of the
 * meeting in the audit log, so that the change feed carries the meeting's new version and `updatedAt` — a mirror's
 * copy (and its ETag) would go stale otherwise. Returns the new version.
 */
export async function touchMeeting(tx: Prisma.TransactionClient, meetingId: string, who: Actor): Promise<number> {
  const before = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  const after = await tx.meeting.update({ where: { id: meetingId }, data: { version: { increment: 1 }, updatedAt: new Date() } });
  await audit(tx, who, {
    action: 'update',
    recordType: 'meeting',
    recordId: meetingId,
    meetingId,
    before: toMeetingDto(before),
    after: toMeetingDto(after),
  });
  return after.version;
}

/** Locks the meeting's row for the transaction (see db/row-lock.ts): writes to a meeting or its parts run in turn. */
export async function lockMeeting(tx: Prisma.TransactionClient, meetingId: string): Promise<void> {
  await lockRow(tx, 'meetings', meetingId);
}

/** The meeting, locked for the transaction (`lockMeeting`); 404 when there is none. */
export async function requireMeeting(tx: Prisma.TransactionClient, meetingId: string, expected?: ExpectedVersions) {
  await lockMeeting(tx, meetingId);
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId } });
  if (!meeting) throw notFound('meeting', meetingId);
  // Adding a part "only if the meeting is still at version N" (If-Match: "vN"), evaluated under the meeting's lock.
  assertVersion('meeting', expected, meeting.version);
  return meeting;
}

/** Throws 412 unless the expected version matches; `updated` is the row count of a version-guarded update. */
export function guardVersion(resource: string, expected: ExpectedVersions, current: number, updated?: number): void {
  assertVersion(resource, expected, current);
  if (updated === 0) {
    throw partProblem(
      'precondition_failed',
      inHeader('if-match'),
      `The ${resource} was changed by another request; its ETag was ${etagFor(current)}. Fetch it again.`,
    );
  }
}
