import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';

// A meeting's date may not be after tomorrow (UTC) on any path that writes one: it is recorded from a readout once it
// took place, and "9999-12-31" is a typing slip that would sort first in every list (trial 99). Each path answers a 400
// that points at the date and writes nothing; tomorrow itself is accepted (somewhere it may be today).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const readout = 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.';

type Outcome = { status: number; pointer?: string | undefined };
const paths: Record<string, (date: string) => Promise<Outcome>> = {
  'POST /v1/meetings': async (date) => {
    const response = await api()
      .post('/v1/meetings')
      .send(meetingBody({ date, initiatives: [] }));
    return { status: response.status, pointer: response.body.errors?.[0]?.pointer };
  },
  'PATCH /v1/meetings/{id}': async (date) => {
    const created = await api()
      .post('/v1/meetings')
      .send(meetingBody({ initiatives: [] }))
      .expect(201);
    const response = await api()
      .patch(`/v1/meetings/${created.body.id}`)
      .set('If-Match', created.headers.etag as string)
      .set('Content-Type', 'application/merge-patch+json')
      .send({ date });
    return { status: response.status, pointer: response.body.errors?.[0]?.pointer };
  },
  'POST /v1/meetings (NDJSON line)': async (date) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/meetings',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `${JSON.stringify(meetingBody({ date, initiatives: [] }))}\n`,
    });
    const [line] = response.body
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    return { status: line.status, pointer: line.problem?.errors?.[0]?.pointer };
  },
  'POST /v1/documents/{id}/commit (corrected draft)': async (date) => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const draft = structuredClone(document.draft);
    draft.meetings[0].date = date;
    const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft });
    return { status: response.status, pointer: response.body.errors?.[0]?.pointer };
  },
};
const pointers: Record<string, string> = {
  'POST /v1/meetings': '/date',
  'PATCH /v1/meetings/{id}': '/date',
  'POST /v1/meetings (NDJSON line)': '/date',
  'POST /v1/documents/{id}/commit (corrected draft)': '/draft/meetings/0/date',
};

describe.each(Object.keys(paths))('%s', (path) => {
  it.each([['9999-12-31'], [day(2)], [day(400)]])('refuses the date %s with a 400 at the date, and writes nothing', async (date) => {
    const before = (await api().get('/v1/meetings?limit=100').expect(200)).body.data.length;
    const outcome = await paths[path]!(date);
    expect(outcome).toEqual({ status: 400, pointer: pointers[path] });
    const after = (await api().get('/v1/meetings?limit=100').expect(200)).body.data;
    // The PATCH path creates the meeting it patches; none keeps the refused date.
    expect(after.length).toBe(before + (path.startsWith('PATCH') ? 1 : 0));
    expect(after.map((m: { date: string }) => m.date)).not.toContain(date);
  });

  it.each([[day(1)], [day(0)], ['0001-01-01']])('accepts the date %s', async (date) => {
    const outcome = await paths[path]!(date);
    expect([200, 201]).toContain(outcome.status);
  });
});
