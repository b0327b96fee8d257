import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { seed, seedDir } from '../src/db/seed.js';
import { createTestContext, type TestContext } from './helpers/app.js';

let ctx: TestContext;
let text: string;
beforeAll(async () => {
  ctx = await createTestContext();
  text = await readFile(path.join(seedDir, 'wang-yi-tileuberdi-2021-07-15.txt'), 'utf8');
  await seed(ctx.prisma);
});
afterAll(async () => ctx.close());

const api = () => supertest(ctx.app.server);

async function tableCounts() {
  const rows = await ctx.prisma.$queryRaw<Array<{ name: string; count: bigint }>>`
    SELECT 'meetings' AS name, count(*) FROM meetings UNION ALL SELECT 'people', count(*) FROM people
    UNION ALL SELECT 'participants', count(*) FROM participants UNION ALL SELECT 'statements', count(*) FROM statements
    UNION ALL SELECT 'initiatives', count(*) FROM initiatives UNION ALL SELECT 'links', count(*) FROM meeting_initiatives
    UNION ALL SELECT 'documents', count(*) FROM source_documents UNION ALL SELECT 'spans', count(*) FROM provenance_spans`;
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.count)]));
}

describe('the seeded readout, read back over HTTP', () => {
  it('is one meeting on 15 July 2021 in Tashkent', async () => {
    const list = await api().get('/v1/meetings').expect(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.data[0]).toMatchObject({
      title: 'Wang Yi meets with Kazakh Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi',
      kind: 'meeting',
      date: '2021-07-15',
      datePrecision: 'day',
      startTime: null,
      timezone: 'Asia/Tashkent',
      city: 'Tashkent',
      countryCode: 'UZ',
      parentId: null,
      version: 1,
    });
  });

  it('has the two participants with their titles as printed', async () => {
    const { id } = (await api().get('/v1/meetings')).body.data[0];
    const meeting = (await api().get(`/v1/meetings/${id}?include=participants`).expect(200)).body;
    expect(meeting.participants).toMatchObject([
      {
        title: 'State Councilor and Foreign Minister',
        countryCode: 'CN',
        role: 'host',
        printedName: 'Wang Yi',
        printedTitle: 'State Councilor and Foreign Minister',
      },
      {
        title: 'Deputy Prime Minister and Foreign Minister',
        countryCode: 'KZ',
        role: 'guest',
        printedName: 'Mukhtar Tileuberdi',
        printedTitle: 'Kazakh Deputy Prime Minister and Foreign Minister',
      },
    ]);
    const people = await ctx.prisma.person.findMany({ orderBy: { name: 'asc' } });
    expect(people.map((p) => [p.name, p.countryCode])).toEqual([
      ['Mukhtar Tileuberdi', 'KZ'],
      ['Wang Yi', 'CN'],
    ]);
  });

  it('has the statements in order, each by its speaker and verbatim from the text', async () => {
    const { id } = (await api().get('/v1/meetings')).body.data[0];
    const meeting = (await api().get(`/v1/meetings/${id}?include=participants,statements,provenance`).expect(200)).body;
    const [wang, tileuberdi] = meeting.participants.map((p: { id: string }) => p.id);
    expect(meeting.statements.map((s: { position: number }) => s.position)).toEqual(meeting.statements.map((_: unknown, i: number) => i));
    expect(meeting.statements[0]).toMatchObject({
      speakerId: wang,
      kind: 'reported',
      text: expect.stringMatching(/^Wang Yi said that with the personal commitment/),
    });
    expect(meeting.statements.at(-1)).toMatchObject({
      speakerId: tileuberdi,
      text: expect.stringMatching(
        /^Mukhtar Tileuberdi said his country attaches great importance.*Kazakhstan opposes tracing being a political issue\.$/s,
      ),
    });
    for (const statement of meeting.statements) expect(text).toContain(statement.text);
    expect(meeting.statements.map((s: { text: string }) => s.text).join(' ')).not.toMatch(/Leave A Reply|email address/);
  });

  it('links the initiatives named in the readout, each to the statement it came from', async () => {
    const { id } = (await api().get('/v1/meetings')).body.data[0];
    const meeting = (await api().get(`/v1/meetings/${id}?include=statements,initiatives`).expect(200)).body;
    const catalogue = await ctx.prisma.initiative.findMany();
    const slugOf = new Map(catalogue.map((i) => [i.id, i.slug]));
    const links = meeting.initiatives.map((link: { initiativeId: string; status: string; statementId: string }) => ({
      slug: slugOf.get(link.initiativeId),
      status: link.status,
      statement: meeting.statements.findIndex((s: { id: string }) => s.id === link.statementId),
    }));
    const slugs = links.map((link: { slug: string }) => link.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        'belt-and-road-initiative',
        'nurly-zhol',
        'sco-summit-hosting',
        'covid-19-vaccine-supply',
        'china-central-asia-foreign-ministers-meeting',
        'cica',
        'diplomatic-relations-anniversary',
        'covid-19-origin-tracing',
      ]),
    );
    for (const link of links) expect(link.statement).toBeGreaterThanOrEqual(0);
    expect(links.find((link: { slug: string }) => link.slug === 'sco-summit-hosting')).toMatchObject({ status: 'supported' });
  });

  it('keeps the readout verbatim as its source document, and every span reads back as the text it cites', async () => {
    const { id, sourceDocumentId } = (await api().get('/v1/meetings')).body.data[0];
    const document = (await api().get(`/v1/documents/${sourceDocumentId}`).expect(200)).body;
    expect(document.text).toBe(text);
    expect(document).toMatchObject({ language: 'en', isTranslation: true, publishedAt: '2021-07-15', meetingIds: [id] });
    const meeting = (await api().get(`/v1/meetings/${id}?include=provenance,participants`).expect(200)).body;
    expect(meeting.provenance.length).toBeGreaterThanOrEqual(10);
    for (const span of meeting.provenance) expect(span.text).toBe(text.slice(span.start, span.end));
    const fields = meeting.provenance.map((span: { recordType: string; field: string }) => `${span.recordType}.${span.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'meeting.date',
        'meeting.location',
        'participant.name',
        'participant.title',
        'statement.text',
        'meeting_initiative.mention',
      ]),
    );
    const dateSpan = meeting.provenance.find((span: { field: string }) => span.field === 'date');
    expect(dateSpan.text).toBe('July 15, 2021');
  });

  it('seeding twice changes nothing', async () => {
    const before = await tableCounts();
    expect(await seed(ctx.prisma)).toEqual({ initiativesAdded: 0, peopleAdded: 0, meetingsAdded: 0 });
    expect(await tableCounts()).toEqual(before);
    expect(before).toMatchObject({ meetings: 1, people: 2, participants: 2, documents: 1 });
  });

  it('two instances seeding an empty database at once end with one seeded meeting', async () => {
    await ctx.reset();
    const results = await Promise.all([seed(ctx.prisma), seed(ctx.prisma)]);
    expect(results.map((result) => result.meetingsAdded).sort()).toEqual([0, 1]);
    expect(await tableCounts()).toMatchObject({ meetings: 1, documents: 1, participants: 2, people: 2 });
  });

  // The README's lookups: the seeded people carry the spellings they are commonly found under.
  it.each(['Tleuberdi', 'Tileuberdy', 'mukhtar tileuberdi', 'Мұхтар Тілеуберді', 'Мухтар Тлеуберди', 'Тлеуберди'])(
    'finds Mukhtar Tileuberdi by %s',
    async (q) => {
      const found = (await api().get('/v1/people').query({ q }).expect(200)).body;
      expect(found.data[0]?.name, q).toBe('Mukhtar Tileuberdi');
    },
  );

  it('finds Wang Yi by his name in Chinese characters, and links both participants to the seeded people', async () => {
    const found = (await api().get('/v1/people').query({ q: '王毅' }).expect(200)).body;
    expect(found.data[0]?.name).toBe('Wang Yi');
    const seeded = await ctx.prisma.person.findMany({ include: { participants: true }, orderBy: { name: 'asc' } });
    expect(seeded.map((p) => [p.name, p.participants.length])).toEqual([
      ['Mukhtar Tileuberdi', 1],
      ['Wang Yi', 1],
    ]);
  });
});
