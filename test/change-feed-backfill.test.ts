import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../src/db/schema-engine.js';
import { useTestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';
import { database, mirror, readFeed } from './helpers/feed-mirror.js';

// The change_feed_backfill migration on a database written the way the code wrote before it: records without any
// event (the seed's catalogue), a meeting whose version moved on without one (a change to a part), a document whose
// meetings changed. Afterwards a mirror of the feed equals the database, each `after` is the API's representation,
// and running it again adds nothing.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
let admin: pg.Client;
let backfill: string;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: ctx.url });
  await admin.connect();
  backfill = await readFile(path.join(migrationsDir, '20261130140000_change_feed_backfill', 'migration.sql'), 'utf8');
});
afterAll(async () => admin.end());

describe('the change_feed_backfill migration', () => {
  it('adds the events the feed lacks, as the API represents each record, once', async () => {
    await admin.query(`INSERT INTO initiatives (id, slug, name, aliases, category, updated_at)
      VALUES (gen_random_uuid(), 'covid-19-vaccine-supply', 'COVID-19 vaccine supply', '{vaccines}', 'health', now())`);
    await admin.query(`WITH p AS (INSERT INTO people (id, name, aliases, country_code, updated_at)
      VALUES (gen_random_uuid(), 'Kassym-Jomart Tokayev', '{Токаев}', 'KZ', now()) RETURNING id)
      INSERT INTO person_identifiers (id, person_id, scheme, value) SELECT gen_random_uuid(), id, 'wikidata', 'Q1' FROM p`);
    const document = (await api().post('/v1/documents').type('text/plain').send('A readout.').expect(201)).body as { id: string };
    const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body as { id: string };
    // As a change to a part did before: the version moves on, no event; and a meeting committed from the document.
    await admin.query(`UPDATE meetings SET version = version + 1, source_document_id = $1 WHERE id = $2`, [document.id, meeting.id]);
    expect(await mirror(ctx)).not.toEqual(await database(ctx));

    await admin.query(backfill);
    expect(await mirror(ctx)).toEqual(await database(ctx));
    const { changes, cursor } = await readFeed(ctx);
    const byType = (type: string) => changes.filter((change) => change.recordType === type).at(-1)!.after;
    expect(byType('initiative')).toEqual((await api().get('/v1/initiatives/covid-19-vaccine-supply').expect(200)).body);
    const person = changes.find((change) => change.recordType === 'person' && change.after?.name === 'Kassym-Jomart Tokayev')!;
    expect(person).toMatchObject({ action: 'create' });
    expect(person.after).toEqual((await api().get(`/v1/people/${person.recordId}`).expect(200)).body);
    expect(byType('meeting')).toEqual((await api().get(`/v1/meetings/${meeting.id}`).expect(200)).body);
    const {
      text: _text,
      length: _length,
      draft: _draft,
      candidates: _candidates,
      ...summary
    } = (await api().get(`/v1/documents/${document.id}`).expect(200)).body;
    expect(byType('document')).toEqual(summary);

    await admin.query(backfill);
    expect((await readFeed(ctx, cursor)).changes).toEqual([]);
  });
});
