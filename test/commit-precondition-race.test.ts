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

/**
 * Commits the document (with If-Match: its ETag when `conditional`) while another session holds its row, has run
 * `change` on it (with the document's id as $1) and commits once the request waits for the row; the request's answer.
 */
async function commitWhileChanged(documentId: string, change: string, conditional: boolean): Promise<supertest.Response> {
  const etag = (await api().get(`/v1/documents/${documentId}`).expect(200)).headers.etag as string;
  const other = new pg.Client({ connectionString: ctx.url });
  await other.connect();
  try {
    await other.query('BEGIN');
    await other.query('SELECT id FROM source_documents WHERE id = $1 FOR UPDATE', [documentId]);
    await other.query(change, [documentId]);
    const request = api().post(`/v1/documents/${documentId}/commit`);
    if (conditional) request.set('If-Match', etag);
    const answer = request.send({}).then((response) => response);
    await someoneWaits(other);
    await other.query('COMMIT');
    return await answer;
  } finally {
    await other.end();
  }
}

it.each([
  ['with If-Match', 412, 'precondition_failed'],
  ['without', 409, 'conflict'],
])('a commit %s whose document another commits meanwhile answers %i', async (label, status, code) => {
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  // The other commit's meeting, written but not yet committed: the request does not see it before its lock.
  const response = await commitWhileChanged(
    document.id,
    `INSERT INTO meetings (id, title, kind, date, source_document_id) VALUES (gen_random_uuid(), 'Committed meanwhile', 'meeting', '2024-05-03', $1)`,
    label === 'with If-Match',
  );
  expect([response.status, response.body.code]).toEqual([status, code]);
  // The other commit's meeting is the document's only one.
  expect((await api().get(`/v1/documents/${document.id}`).expect(200)).body.meetingIds).toHaveLength(1);
});

// New-user trial 144 F3: a repeat of the document's text that filled in `publishedAt` (and read the draft again) between
// the commit's comparison of the tag and its lock: with If-Match the tag compared is no longer the document's — 412,
// nothing committed; without, what is committed is the document as stored now. Made certain as above: another session
// holds the row and changes the metadata and the draft, as the repeat's transaction does.
it.each([
  ['with If-Match', 412],
  ['without', 201],
])('a commit %s whose document a repeat changes meanwhile answers %i', async (label, status) => {
  const conditional = label === 'with If-Match';
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  expect(document.draft.meetings[0].date).toBe('2024-05-03');
  const response = await commitWhileChanged(
    document.id,
    `UPDATE source_documents SET published_at = '2024-05-10', draft = jsonb_set(draft, '{meetings,0,date}', '"2024-05-02"') WHERE id = $1`,
    conditional,
  );
  expect(response.status, response.text).toBe(status);
  const stored = (await api().get(`/v1/documents/${document.id}`).expect(200)).body;
  if (conditional) {
    expect(response.body.code).toBe('precondition_failed');
    expect(stored.meetingIds).toEqual([]);
  } else {
    // The meeting is the draft as stored when it was committed.
    expect(response.body.data.map((meeting: { date: string }) => meeting.date)).toEqual(['2024-05-02']);
    expect(stored.meetingIds).toHaveLength(1);
  }
});
