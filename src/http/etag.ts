import type { FastifyReply, FastifyRequest } from 'fastify';
import { inHeader, partProblem, preconditionFailed } from './errors.js';

// ETags follow a record's version: "v3" for the record itself, "v3-participants.statements" for a representation
// with embedded records. Strong, so they work with If-Match; any representation's ETag names the same version.
// Conditional requests follow RFC 9110 §13: If-Match compares strongly, If-None-Match weakly; a syntactically valid
// entity tag that does not match (weak, foreign, from an older scheme) fails the condition (412, or 304 for a GET);
// only a header that is not entity-tag syntax is a 400.

/** An entity tag as RFC 9110 §8.8.3 writes it: `"opaque"` or `W/"opaque"`; `opaque` is without the quotes. */
export interface EntityTag {
  weak: boolean;
  opaque: string;
}

/** The preconditions of a request: each header's entity tags, `*`, or null when the header is absent. */
export interface Preconditions {
  ifMatch: EntityTag[] | '*' | null;
  ifNoneMatch: EntityTag[] | '*' | null;
}

/**
 * The ETag of version `version` of a record in one representation: the embedded lists it carries (`variant`) and, with
 * a sparse fieldset, the fieldset's digest after a `~` ("v3-participants~1a2b3c4d"), so that no two representations
 * share a tag (RFC 9110 §8.8.3) while each names the version.
 */
export function etagFor(version: number, variant: readonly string[] = [], fieldsDigest?: string): string {
  const fields = fieldsDigest ? `~${fieldsDigest}` : '';
  return variant.length ? `"v${version}-${[...variant].sort().join('.')}${fields}"` : `"v${version}${fields}"`;
}

// entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE; etagc = %x21 / %x23-7E / obs-text (RFC 9110 §8.8.3).
const entityTag = /^\s*(W\/)?"([\x21\x23-\x7E\x80-\xFF]*)"\s*(?:,|$)/;

/**
 * Parses an If-Match or If-None-Match value: `*` or a comma-separated list of entity tags (empty list elements are
 * allowed, as RFC 9110 §5.6.1 asks recipients to). Throws 400 naming the header when it is anything else.
 */
export function parseEntityTags(name: string, value: string): EntityTag[] | '*' {
  if (value.trim() === '*') return '*';
  const tags: EntityTag[] = [];
  let rest = value;
  while (rest.trim().length > 0) {
    const empty = /^\s*,/.exec(rest);
    if (empty) {
      rest = rest.slice(empty[0].length);
      continue;
    }
    const found = entityTag.exec(rest);
    if (!found)
      throw partProblem(
        'bad_request',
        inHeader(name),
        `${name} must be "*" or a list of entity tags such as "v3" or W/"v3" (RFC 9110 §13.1).`,
      );
    tags.push({ weak: found[1] !== undefined, opaque: found[2] as string });
    rest = rest.slice(found[0].length);
  }
  if (!tags.length) throw partProblem('bad_request', inHeader(name), `${name} is empty; send "*" or an entity tag such as "v3".`);
  return tags;
}

/** A precondition header's value, repeated fields joined by commas; undefined when absent. */
export function header(request: FastifyRequest, name: 'if-match' | 'if-none-match'): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The request's If-Match and If-None-Match, parsed; undefined when it has neither. Throws 400 on bad syntax. */
export function expectedVersions(request: FastifyRequest): Preconditions | undefined {
  const ifMatch = header(request, 'if-match');
  const ifNoneMatch = header(request, 'if-none-match');
  if (ifMatch === undefined && ifNoneMatch === undefined) return undefined;
  return {
    ifMatch: ifMatch === undefined ? null : parseEntityTags('If-Match', ifMatch),
    ifNoneMatch: ifNoneMatch === undefined ? null : parseEntityTags('If-None-Match', ifNoneMatch),
  };
}

/** The names of the embedded records a representation's ETag can carry (a meeting's `include` values). */
export const representationParts = ['initiatives', 'participants', 'provenance', 'statements'] as const;
/** The embedded records one kind of record's representations can carry: a meeting's `include`; none for the others. */
export type RepresentationParts = readonly (typeof representationParts)[number][];

// The version an opaque tag of ours names, exactly as etagFor writes it for a record whose representations can carry
// `parts`: "v3", "v3-participants.statements" and "v3~1a2b3c4d" (a sparse fieldset) name version 3 of a meeting;
// "v03", "v3-nonsense", "v3-PARTICIPANTS", "v3-statements.participants" — or "v3-statements" of a person, who has no
// statements — are no tags of ours.
const versionOf = (tag: EntityTag, allowed: RepresentationParts): number | null => {
  const found = /^v(0|[1-9]\d{0,14})(?:-([a-z]+(?:\.[a-z]+)*))?(?:~[0-9a-f]{8})?$/.exec(tag.opaque);
  if (!found) return null;
  const parts = found[2]?.split('.') ?? [];
  const known = parts.every((part) => (allowed as readonly string[]).includes(part));
  const canonical = parts.length === new Set(parts).size && parts.join('.') === [...parts].sort().join('.');
  return known && canonical ? Number(found[1]) : null;
};

/** The embedded records each kind of record's representations carry, by the name assertVersion is given; none if unlisted. */
export const embeddedParts: Readonly<Record<string, RepresentationParts>> = { meeting: representationParts };

/** True when a strong tag of the list names `version` through any representation's ETag (RFC 9110 §8.8.3.2). */
const namesVersion = (tags: readonly EntityTag[], version: number, allowed: RepresentationParts): boolean =>
  tags.some((tag) => !tag.weak && versionOf(tag, allowed) === version);

/**
 * Evaluates the preconditions of a write against the record's current version (RFC 9110 §13.2.2): If-Match fails
 * unless it is `*` or names the version with a strong tag; If-None-Match fails when it is `*` or names the version,
 * weak or strong. Throws 412 naming the current ETag.
 */
export function assertVersion(resource: string, expected: Preconditions | undefined, current: number): void {
  if (!expected) return;
  const parts = embeddedParts[resource] ?? [];
  const { ifMatch, ifNoneMatch } = expected;
  const etag = etagFor(current);
  if (ifMatch !== null && ifMatch !== '*' && !namesVersion(ifMatch, current, parts)) {
    if (ifMatch.some((tag) => tag.weak && versionOf(tag, parts) === current)) throw weakIfMatch(resource, etag);
    throw preconditionFailed(resource, etag);
  }
  if (ifNoneMatch === '*')
    throw partProblem(
      'precondition_failed',
      inHeader('if-none-match'),
      `If-None-Match: * asks that the ${resource} not exist; it does (its ETag is ${etag}).`,
    );
  if (ifNoneMatch !== null && ifNoneMatch.some((tag) => versionOf(tag, parts) === current))
    throw partProblem(
      'precondition_failed',
      inHeader('if-none-match'),
      `If-None-Match names the ${resource}'s current ETag, ${etag}: it has not changed.`,
    );
}

/**
 * Evaluates a write's preconditions against a resource whose ETag is not a version of ours (a document's digest; a
 * collection, which has none: `etag` null): If-Match passes for `*` when the resource exists, or for its ETag compared
 * strongly (a sparse fieldset's `~…` aside); If-None-Match fails for `*` when it exists, or for its ETag compared
 * weakly (RFC 9110 §13.1.1–2). Throws 412 saying why.
 */
export function assertEntityTag(resource: string, expected: Preconditions | undefined, etag: string | null): void {
  if (!expected) return;
  const current = etag?.slice(1, -1) ?? null;
  const base = (opaque: string) => opaque.replace(/~[0-9a-f]{8}$/, '');
  const { ifMatch, ifNoneMatch } = expected;
  if (ifMatch !== null && ifMatch !== '*' && !ifMatch.some((tag) => !tag.weak && current !== null && base(tag.opaque) === current)) {
    if (etag !== null && ifMatch.some((tag) => tag.weak && base(tag.opaque) === current)) throw weakIfMatch(resource, etag);
    if (etag === null)
      throw partProblem(
        'precondition_failed',
        inHeader('if-match'),
        `If-Match names an entity tag, but the ${resource} has none to compare it with (only "*" can match).`,
      );
    throw preconditionFailed(resource, etag);
  }
  if (ifNoneMatch === '*')
    throw partProblem('precondition_failed', inHeader('if-none-match'), `If-None-Match: * asks that the ${resource} not exist; it does.`);
  if (ifNoneMatch !== null && current !== null && ifNoneMatch.some((tag) => base(tag.opaque) === current))
    throw partProblem(
      'precondition_failed',
      inHeader('if-none-match'),
      `If-None-Match names the ${resource}'s current ETag, ${etag}: it has not changed.`,
    );
}

// RFC 9110 §13.1.1: If-Match compares strongly, so a weak tag never matches — not even the current version's. Saying
// only "it has changed" (when it has not) sent a new user looking for a change.
const weakIfMatch = (resource: string, etag: string) =>
  partProblem(
    'precondition_failed',
    inHeader('if-match'),
    `If-Match compares entity tags strongly (RFC 9110 §13.1.1), so a weak tag never matches; the ${resource} has not changed: send its ETag as given, ${etag}.`,
  );

/** True when If-None-Match names the current ETag by weak comparison, or is `*` (the caller's copy is fresh). */
export function isNotModified(request: FastifyRequest, etag: string): boolean {
  const value = header(request, 'if-none-match');
  if (value === undefined) return false;
  const tags = parseEntityTags('If-None-Match', value);
  const opaque = etag.replace(/^W\//, '').slice(1, -1);
  return tags === '*' || tags.some((tag) => tag.opaque === opaque);
}

/**
 * Sends the ETag and evaluates the GET's preconditions: answers 304 (returning true) when If-None-Match names the
 * current ETag; answers 412 when If-Match does not name it strongly (RFC 9110 §13.2.2).
 */
export function replyWithEtag(request: FastifyRequest, reply: FastifyReply, etag: string, parts: RepresentationParts = []): boolean {
  reply.header('etag', etag);
  const ifMatch = header(request, 'if-match');
  if (ifMatch !== undefined) {
    // As for writes: the current ETag of any representation of this version ("v3" for "v3-participants").
    const tags = parseEntityTags('If-Match', ifMatch);
    const version = versionOf({ weak: false, opaque: etag.slice(1, -1) }, parts);
    const passes =
      tags === '*' || (version !== null ? namesVersion(tags, version, parts) : tags.some((tag) => !tag.weak && `"${tag.opaque}"` === etag));
    if (!passes && tags.some((tag) => tag.weak && `"${tag.opaque}"` === etag)) throw weakIfMatch('resource', etag);
    if (!passes) throw preconditionFailed('resource', etag);
  }
  if (!isNotModified(request, etag)) return false;
  void reply.status(304).send();
  return true;
}
