import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, preconditionFailed } from './errors.js';

// ETags follow a record's version: "v3" for the record itself, "v3-participants.statements" for a representation
// with embedded records. Strong, so they work with If-Match; any representation's ETag names the same version.

export function etagFor(version: number, variant: readonly string[] = []): string {
  return variant.length ? `"v${version}-${[...variant].sort().join('.')}"` : `"v${version}"`;
}

function versionsIn(header: string): Array<number | '*'> {
  return header.split(',').flatMap((part): Array<number | '*'> => {
    const tag = part.trim();
    if (tag === '*') return ['*'];
    const match = /^"v(\d+)(?:-[\w.]+)?"$/.exec(tag);
    return match ? [Number(match[1])] : [];
  });
}

/** True when If-None-Match names the current ETag (the caller's copy is fresh: answer 304). */
export function isNotModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim().replace(/^W\//, '');
    return trimmed === '*' || trimmed === etag;
  });
}

/** The versions the caller's If-Match header accepts, or undefined when the header is absent. */
export function expectedVersions(request: FastifyRequest): number[] | '*' | undefined {
  const header = request.headers['if-match'];
  if (!header) return undefined;
  const versions = versionsIn(header);
  if (!versions.length) throw new AppError('bad_request', 'If-Match must hold an ETag this API issued, such as "v3".');
  return versions.includes('*') ? '*' : (versions as number[]);
}

export function assertVersion(resource: string, expected: number[] | '*' | undefined, current: number): void {
  if (expected === undefined || expected === '*' || expected.includes(current)) return;
  throw preconditionFailed(resource, etagFor(current));
}

/** Sends the ETag; returns true (having answered 304) when the caller's copy is current. */
export function replyWithEtag(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('etag', etag);
  if (!isNotModified(request, etag)) return false;
  void reply.status(304).send();
  return true;
}
