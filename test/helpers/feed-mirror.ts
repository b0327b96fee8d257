import pg from 'pg';
import supertest from 'supertest';
import type { TestContext } from './app.js';

// A client mirroring the database from the change feed alone, and the same state read from the database, to compare.

export interface Change {
  seq: string;
  action: 'create' | 'update' | 'delete';
  recordType: string;
  recordId: string;
  after: Record<string, unknown> | null;
}

/** The whole feed after `after`, page by page, and the cursor to continue from. */
export async function readFeed(ctx: TestContext, after = '0'): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  let cursor = after;
  for (;;) {
    const page = await supertest(ctx.app.server).get(`/v1/changes?after=${cursor}&limit=1000`).expect(200);
    changes.push(...(page.body.data as Change[]));
    cursor = page.body.nextCursor as string;
    if (!page.body.hasMore) return { changes, cursor };
  }
}

type State = Record<string, Record<string, unknown>>;
const nonEmpty = (state: State): State => Object.fromEntries(Object.entries(state).filter(([, records]) => Object.keys(records).length));

// The foreign keys of the database among the records the feed carries (prisma/schema.prisma): a mirror that keeps them
// (a relational copy) can apply each change in feed order only if no change refers to a record not yet there, nor
// deletes one still referred to (new-user trial 121: a meeting's delete listed its participants before the statements
// that named them as speakers).
const references: Record<string, Array<[field: string, recordType: string]>> = {
  meeting: [['parentId', 'meeting']],
  participant: [
    ['meetingId', 'meeting'],
    ['personId', 'person'],
  ],
  statement: [
    ['meetingId', 'meeting'],
    ['speakerId', 'participant'],
  ],
  meeting_initiative: [
    ['meetingId', 'meeting'],
    ['initiativeId', 'initiative'],
    ['statementId', 'statement'],
  ],
};

/**
 * What a client that applied the whole feed in order holds: per record type, each record's version (documents: meetings).
 * Throws when a change, applied in order, would break a foreign key of the records the feed carries.
 */
export async function mirror(ctx: TestContext): Promise<State> {
  const state: State = {};
  const rows = new Map<string, Record<string, unknown>>();
  const deleted = new Set<string>();
  const referrers = (recordType: string, id: string) =>
    [...rows.entries()].filter(([key, row]) =>
      (references[key.split(':')[0] as string] ?? []).some(([field, type]) => type === recordType && row[field] === id),
    );
  for (const change of (await readFeed(ctx)).changes) {
    const records = (state[change.recordType] ??= {});
    const key = `${change.recordType}:${change.recordId}`;
    if (change.action === 'delete') {
      const held = referrers(change.recordType, change.recordId).filter(([other]) => other !== key);
      if (held.length)
        throw new Error(`change ${change.seq} deletes ${key}, which ${held.map(([other]) => other).join(', ')} still refers to`);
      delete records[change.recordId];
      rows.delete(key);
      deleted.add(key);
      continue;
    }
    for (const [field, type] of references[change.recordType] ?? []) {
      const target = change.after![field];
      if (typeof target === 'string' && deleted.has(`${type}:${target}`))
        throw new Error(`change ${change.seq} (${change.action} ${key}) refers to ${type}:${target}, deleted before it`);
    }
    rows.set(key, change.after!);
    records[change.recordId] =
      change.recordType === 'document' ? [...(change.after!.meetingIds as string[])].sort() : change.after!.version;
  }
  return nonEmpty(state);
}

/** The same, read from the database. */
export async function database(ctx: TestContext): Promise<State> {
  const client = new pg.Client({ connectionString: ctx.url });
  await client.connect();
  try {
    const versions = async (table: string) =>
      Object.fromEntries(
        (await client.query<{ id: string; version: number }>(`SELECT id, version FROM ${table}`)).rows.map((r) => [r.id, r.version]),
      );
    const documents = await client.query<{ id: string; meetings: string[] }>(
      // A document's meetings: those made from it and those it was attached to as a further readout.
      `SELECT d.id, coalesce(array_agg(s.meeting_id::text ORDER BY s.meeting_id::text) FILTER (WHERE s.meeting_id IS NOT NULL), '{}') AS meetings
       FROM source_documents d LEFT JOIN meeting_sources s ON s.document_id = d.id GROUP BY d.id`,
    );
    return nonEmpty({
      meeting: await versions('meetings'),
      person: await versions('people'),
      participant: await versions('participants'),
      statement: await versions('statements'),
      initiative: await versions('initiatives'),
      meeting_initiative: await versions('meeting_initiatives'),
      document: Object.fromEntries(documents.rows.map((row) => [row.id, [...row.meetings].sort()])),
    });
  } finally {
    await client.end();
  }
}
