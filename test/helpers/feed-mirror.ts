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

/** What a client that applied the whole feed in order holds: per record type, each record's version (documents: meetings). */
export async function mirror(ctx: TestContext): Promise<State> {
  const state: State = {};
  for (const change of (await readFeed(ctx)).changes) {
    const records = (state[change.recordType] ??= {});
    if (change.action === 'delete') delete records[change.recordId];
    else
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
