import type { Prisma } from '../../generated/prisma/client.js';
import { AppError, notFound } from '../../http/errors.js';
import { assertVersion, etagFor, type Preconditions } from '../../http/etag.js';

// Optimistic concurrency shared by the meeting and its parts: a change names the version it was made against
// (If-Match), and the write only lands if that is still the version in the database.

export type ExpectedVersions = Preconditions | undefined;

/** Bumps the meeting's version (every change to its parts changes the meeting) and returns the new version. */
export async function touchMeeting(tx: Prisma.TransactionClient, meetingId: string): Promise<number> {
  const meeting = await tx.meeting.update({
    where: { id: meetingId },
    data: { version: { increment: 1 }, updatedAt: new Date() },
    select: { version: true },
  });
  return meeting.version;
}

export async function requireMeeting(tx: Prisma.TransactionClient, meetingId: string) {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId } });
  if (!meeting) throw notFound('meeting', meetingId);
  return meeting;
}

/** Throws 412 unless the expected version matches; `updated` is the row count of a version-guarded update. */
export function guardVersion(resource: string, expected: ExpectedVersions, current: number, updated?: number): void {
  assertVersion(resource, expected, current);
  if (updated === 0) {
    throw new AppError(
      'precondition_failed',
      `The ${resource} was changed by another request; its ETag was ${etagFor(current)}. Fetch it again.`,
    );
  }
}
