import { beforeEach, expect, it } from 'vitest';
import pg from 'pg';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';

// "Commit what I reviewed" (If-Match) when another request commits the same document between this one's comparison of
// the tag and its lock on the document (new-user trial 120: two editors at once, the second got 409). The document has
// changed, so the precondition fails: 412, as for whoever compares the tag after the other's commit. Made certain, not
// left to timing: another session holds the document's row while this request waits for it, commits the document
// (a meeting recorded from it), and lets go.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const text = 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.';

/** Waits until a session of this database waits for a lock (the request, at its FOR UPDATE). */
async function someoneWaits(client: pg.Client): Promise<void> {
  for (;;) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if ((rows[0] as { waiting: number }).waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it.each([
  ['with If-Match', 412, 'precondition_failed'],
  ['without', 409, 'conflict'],
])('a commit %s whose document another commits meanwhile answers %i', async (label, status, code) => {
  const conditional = label === 'with If-Match';
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  const etag = (await api().get(`/v1/documents/${document.id}`).expect(200)).headers.etag as string;
  const other = new pg.Client({ connectionString: ctx.url });
  await other.connect();
  try {
    await other.query('BEGIN');
    await other.query('SELECT id FROM source_documents WHERE id = $1 FOR UPDATE', [document.id]);
    // The other commit's meeting, written but not yet committed: the request does not see it before its lock.
    await other.query(
      `INSERT INTO meetings (id, title, kind, date, source_document_id) VALUES (gen_random_uuid(), 'Committed meanwhile', 'meeting', '2024-05-03', $1)`,
      [document.id],
    );
    const request = api().post(`/v1/documents/${document.id}/commit`);
    if (conditional) request.set('If-Match', etag);
    const answer = request.send({}).then((response) => response);
    await someoneWaits(other);
    await other.query('COMMIT');
    const response = await answer;
    expect([response.status, response.body.code]).toEqual([status, code]);
  } finally {
    await other.end();
  }
  // The other commit's meeting is the document's only one.
  expect((await api().get(`/v1/documents/${document.id}`).expect(200)).body.meetingIds).toHaveLength(1);
});
