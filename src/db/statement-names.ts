import { createHash } from 'node:crypto';

// Named (prepared) statements for the SQL the API sends again and again. An unnamed statement is parsed, analysed and
// planned by PostgreSQL on every execution, and its text — a few kilobytes for a meeting with its lists — crosses the
// socket every time; a named one is parsed once per connection and then only bound and executed. PostgreSQL still
// plans each execution with its values for the first five, and keeps a generic plan only when it costs no more than
// those did (plan_cache_mode auto).
//
// What is named: a text seen before (one-off shapes — a multi-row insert of an unusual size — stay unnamed and leave
// nothing behind on the server), up to `limit` texts per process (each connection holds a statement per name it has
// run). Full-text search is never named: how selective its words are decides its plan, so each search is planned for
// its own words, as the baseline of `npm run bench` does too.

/** The part of a driver-adapter query a name depends on. */
export interface NamedQuery {
  sql: string;
}

const neverPrepared = /tsquery|ts_rank|ts_headline/;

/**
 * A statement-name generator for @prisma/adapter-pg (`statementNameGenerator`): the same name for the same text,
 * undefined (an unnamed statement) for a text seen once, for search, and for every new text once `limit` are named.
 */
export function statementNames(limit = 256): (query: NamedQuery) => string | undefined {
  const names = new Map<string, string>();
  const seenOnce = new Set<string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= limit || neverPrepared.test(sql)) return undefined;
    if (!seenOnce.has(sql)) {
      // Bounded like the names: past the limit of texts seen once, the oldest are forgotten.
      if (seenOnce.size >= limit * 4) seenOnce.delete(seenOnce.values().next().value!);
      seenOnce.add(sql);
      return undefined;
    }
    seenOnce.delete(sql);
    const name = `dm_${createHash('sha256').update(sql).digest('base64url').slice(0, 22)}`;
    names.set(sql, name);
    return name;
  };
}
