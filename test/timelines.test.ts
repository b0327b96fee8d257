import supertest from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// A person's titles over time and an initiative's course across meetings, derived from the meetings.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
let wang: string;
const meetingIds: string[] = [];

const wangAs = (title: string, printedTitle: string | undefined) => ({
  key: 'wang',
  personId: wang,
  title,
  countryCode: 'CN',
  role: 'host',
  ...(printedTitle ? { printedTitle } : {}),
});

beforeAll(async () => {
  await createInitiativeRow(ctx.prisma);
  const first = (
    await api()
      .post('/v1/meetings')
      .send(meetingBody({ date: '2021-07-15' }))
      .expect(201)
  ).body;
  wang = first.participants[0].personId;
  meetingIds.push(first.id);
  const later = [
    {
      date: '2022-02-10',
      title: 'State Councilor and Foreign Minister',
      printed: 'Chinese State Councilor and Foreign Minister',
      status: 'signed',
    },
    { date: '2023-08-01', title: 'Director of the Foreign Affairs Commission', printed: undefined, status: 'implemented' },
    { date: '2024-01-20', title: 'Director of the Foreign Affairs Commission', printed: 'CPC Director', status: 'implemented' },
  ];
  for (const { date, title, printed, status } of later) {
    const body = meetingBody({
      date,
      title: `Talks of ${date}`,
      participants: [wangAs(title, printed)],
      statements: [{ speakerKey: 'wang', text: `On ${date}, vaccines again.` }],
      initiatives: [{ initiative: 'covid-19-vaccine-supply', status, statementIndex: 0, committedParties: ['CN'] }],
    });
    meetingIds.push((await api().post('/v1/meetings').send(body).expect(201)).body.id);
  }
});

describe('GET /v1/people/{personId}/positions', () => {
  it('lists each title with how it was printed, its first and last meeting and count, by date first held', async () => {
    const body = (await api().get(`/v1/people/${wang}/positions`).expect(200)).body;
    expect(body).toEqual({
      personId: wang,
      data: [
        {
          title: 'State Councilor and Foreign Minister',
          printedTitles: ['Chinese State Councilor and Foreign Minister', 'State Councilor and Foreign Minister'],
          firstDate: '2021-07-15',
          firstDatePrecision: 'day',
          lastDate: '2022-02-10',
          lastDatePrecision: 'day',
          firstMeetingId: meetingIds[0],
          lastMeetingId: meetingIds[1],
          meetings: 2,
        },
        {
          title: 'Director of the Foreign Affairs Commission',
          printedTitles: ['CPC Director'],
          firstDate: '2023-08-01',
          firstDatePrecision: 'day',
          lastDate: '2024-01-20',
          lastDatePrecision: 'day',
          firstMeetingId: meetingIds[2],
          lastMeetingId: meetingIds[3],
          meetings: 2,
        },
      ],
    });
  });

  it('is empty for a person without titles, 404 for no person, 400 for no id', async () => {
    const person = (await api().post('/v1/people').send({ name: 'Nobody Yet' }).expect(201)).body;
    expect((await api().get(`/v1/people/${person.id}/positions`).expect(200)).body).toEqual({ personId: person.id, data: [] });
    expect((await api().get('/v1/people/0190f3c4-0000-7000-8000-000000000000/positions').expect(404)).body.code).toBe('not_found');
    expect((await api().get('/v1/people/wang/positions').expect(400)).body.errors[0].pointer).toBe('/personId');
  });
});

describe('GET /v1/initiatives/{initiativeKey}/timeline', () => {
  it('lists every meeting linked, oldest first, with status, committed parties and the citing statement', async () => {
    const body = (await api().get('/v1/initiatives/covid-19-vaccine-supply/timeline').expect(200)).body;
    expect(body.nextCursor).toBeNull();
    expect(body.data.map((entry: { date: string; status: string }) => `${entry.date} ${entry.status}`)).toEqual([
      '2021-07-15 agreed',
      '2022-02-10 signed',
      '2023-08-01 implemented',
      '2024-01-20 implemented',
    ]);
    expect(body.data[1]).toMatchObject({
      meetingId: meetingIds[1],
      title: 'Talks of 2022-02-10',
      kind: 'meeting',
      countryCode: 'UZ',
      committedParties: ['CN'],
      statement: { text: 'On 2022-02-10, vaccines again.', speakerId: expect.any(String) },
    });
    const link = await api().get(`/v1/meetings/${meetingIds[1]}/initiatives/${body.data[1].id}`).expect(200);
    expect(link.body.status).toBe('signed');
  });

  it('pages by cursor, by id or slug, with the meeting filters', async () => {
    const first = await api().get('/v1/initiatives/covid-19-vaccine-supply/timeline?limit=3').expect(200);
    expect(first.body.data).toHaveLength(3);
    expect(first.headers.link).toContain('rel="next"');
    const rest = await api().get(`/v1/initiatives/covid-19-vaccine-supply/timeline?limit=3&cursor=${first.body.nextCursor}`).expect(200);
    expect(rest.body.data.map((entry: { date: string }) => entry.date)).toEqual(['2024-01-20']);
    const id = (await api().get('/v1/initiatives/covid-19-vaccine-supply').expect(200)).body.id;
    const filtered = await api().get(`/v1/initiatives/${id}/timeline?from=2023-01-01&status=implemented`).expect(200);
    expect(filtered.body.data).toHaveLength(2);
    const other = await api().get(
      `/v1/initiatives/covid-19-vaccine-supply/timeline?limit=3&from=2022-01-01&cursor=${first.body.nextCursor}`,
    );
    expect(other.status).toBe(400);
    expect(other.body.code).toBe('invalid_cursor');
  });

  it('404 for no initiative, 400 for a bad key or a filter the path already sets', async () => {
    expect((await api().get('/v1/initiatives/no-such-thing/timeline').expect(404)).body.code).toBe('not_found');
    await api().get('/v1/initiatives/Not A Slug/timeline').expect(400);
    await api().get('/v1/initiatives/covid-19-vaccine-supply/timeline?initiative=covid-19-vaccine-supply').expect(400);
  });
});

describe('GET /v1/initiatives/{key}/timeline?status=', () => {
  it("filters by the status of the initiative's own link, not of another link of the meeting", async () => {
    await createInitiativeRow(ctx.prisma, 'middle-corridor', 'Middle Corridor');
    const body = meetingBody({
      date: '2025-06-01',
      title: 'Talks with two links',
      participants: [wangAs('Director of the Foreign Affairs Commission', undefined)],
      statements: [{ speakerKey: 'wang', text: 'Vaccines signed, roads discussed.' }],
      initiatives: [
        { initiative: 'covid-19-vaccine-supply', status: 'signed', statementIndex: 0, committedParties: ['CN'] },
        { initiative: 'middle-corridor', status: 'discussed', statementIndex: 0, committedParties: [] },
      ],
    });
    await api().post('/v1/meetings').send(body).expect(201);
    const discussed = await api().get('/v1/initiatives/covid-19-vaccine-supply/timeline?status=discussed&from=2025-06-01').expect(200);
    expect(discussed.body.data).toEqual([]);
    const signed = await api().get('/v1/initiatives/covid-19-vaccine-supply/timeline?status=signed&from=2025-06-01').expect(200);
    expect(signed.body.data.map((entry: { title: string }) => entry.title)).toEqual(['Talks with two links']);
  });
});
