import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { seedDir } from '../src/db/seed.js';
import { defaultInitiatives } from '../src/ingest/lexicon/initiative-catalog.js';
import type { ReadoutDraft } from '../src/ingest/draft.js';
import { createTestContext, type TestContext } from './helpers/app.js';

let ctx: TestContext;
let readout: string;
beforeAll(async () => {
  ctx = await createTestContext();
  readout = await readFile(path.join(seedDir, 'wang-yi-tileuberdi-2021-07-15.txt'), 'utf8');
});
afterAll(async () => ctx.close());
beforeEach(async () => {
  await ctx.reset();
  await ctx.prisma.initiative.createMany({ data: defaultInitiatives.map((entry) => ({ ...entry, aliases: [...entry.aliases] })) });
});

const api = () => supertest(ctx.app.server);
type Draft = ReadoutDraft;

describe('POST /v1/documents', () => {
  it('stores the language the extractor took the text for, unless the request gives one (new-user trial 115)', async () => {
    const german = readFileSync(new URL('./fixtures/readouts/other-languages/at-plassnik-ban-2006-01-31.txt', import.meta.url), 'utf8');
    const taken = await api().post('/v1/documents').set('content-type', 'text/plain').send(german).expect(201);
    expect([taken.body.language, taken.body.draft.language]).toEqual(['de', 'de']);
    const given = await api()
      .post('/v1/documents')
      .send({ text: `${german}\n`, language: 'de-AT' })
      .expect(201);
    expect(given.body.language).toBe('de-AT');
  });

  it('stores text/plain verbatim with its SHA-256 and a draft; the same text again answers 200 with the stored one', async () => {
    const created = await api().post('/v1/documents').set('content-type', 'text/plain').send(readout).expect(201);
    expect(created.headers.location).toBe(`/v1/documents/${created.body.id}`);
    expect(created.body).toMatchObject({ text: readout, length: readout.length, meetingIds: [], language: 'en' });
    expect(created.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(created.body.draft.title).toBe(readout.split('\n')[0]);
    expect(created.body.draft.meetings).toHaveLength(1);
    expect(created.body.draft.meetings[0]).toMatchObject({ date: '2021-07-15', city: 'Tashkent', countryCode: 'UZ', kind: 'meeting' });
    expect(created.body.draft.meetings[0].participants.map((p: { name: string }) => p.name)).toEqual(['Wang Yi', 'Mukhtar Tileuberdi']);

    const again = await api().post('/v1/documents').send({ text: readout, url: 'https://example.org/other' }).expect(200);
    expect(again.body.id).toBe(created.body.id);
    expect(again.body.url).toBe('https://example.org/other'); // filled in: the first had none (document-repeats.test.ts)
    expect(again.headers.location).toBe(created.headers.location);
    expect(await ctx.prisma.sourceDocument.count()).toBe(1);
  });

  it.each(['https://www.mofa.go.jp/press/release/2024/0503.html', 'http://127.0.0.1:8080/readout', 'HTTPS://EXAMPLE.ORG/a'])(
    'takes the URL %s',
    async (url) => {
      await api().post('/v1/documents').send({ text: 'Foreign Minister Ana Silva met Foreign Minister Kenji Mori.', url }).expect(201);
    },
  );

  it('takes JSON with metadata; publishedAt resolves year-less dates', async () => {
    const text = 'On March 3, Foreign Minister Wang Yi met with visiting French Foreign Minister Jean-Yves Le Drian in Beijing.';
    const response = await api()
      .post('/v1/documents')
      .send({ text, url: 'https://example.org/readout', publisher: 'MFA', publishedAt: '2019-03-04', language: 'en', isTranslation: false })
      .expect(201);
    expect(response.body).toMatchObject({
      url: 'https://example.org/readout',
      publisher: 'MFA',
      publishedAt: '2019-03-04',
      isTranslation: false,
    });
    expect(response.body.draft.meetings[0].date).toBe('2019-03-03');
  });

  it.each([
    ['empty text', { text: '' }],
    ['blank text', { text: '   \n ' }],
    ['binary data', { text: 'PK\u0003\u0004\u0000\u0000binary' }],
    // A PDF's bytes with the NULs taken out, sent as a JSON string: control characters, not prose.
    [
      'binary data without NULs',
      { text: '%PDF-1.7\n\u0001\u0002\u0003\u0004\u0005\u0006obj\u0007\u0008\u000e\u000f stream\u0010\u0011\u0012' },
    ],
    ['an unknown field', { text: 'x', author: 'me' }],
    ['a bad URL', { text: 'x', url: 'not a url' }],
    // Served back as a link: only http and https.
    ['a javascript: URL', { text: 'x', url: 'javascript:alert(1)' }],
    ['a data: URL', { text: 'x', url: 'data:text/html,<script>alert(1)</script>' }],
    ['a file: URL', { text: 'x', url: 'file:///etc/passwd' }],
    ['an ftp: URL', { text: 'x', url: 'ftp://example.org/readout.txt' }],
    ['a mailto: URL', { text: 'x', url: 'mailto:press@example.org' }],
    // A URL parser forgives what a link must not hold.
    ['a URL with a space in it', { text: 'x', url: 'https://example.org/a b' }],
    ['a URL with a leading space', { text: 'x', url: ' https://example.org/a' }],
    ['a URL with a tab', { text: 'x', url: 'https://example.org/\ta' }],
    ['a URL with a line break', { text: 'x', url: 'https://example.org/a\nb' }],
    ['a URL with a C1 control', { text: 'x', url: 'https://example.org/x\u009by\u0080z' }],
    ['a URL with U+0085', { text: 'x', url: 'https://example.org/a\u0085b' }],
    ['a URL with a direction override', { text: 'x', url: 'https://example.org/\u202Egpj.exe' }],
    ['a URL with a zero-width space', { text: 'x', url: 'https://exa\u200Bmple.org/a' }],
    ['a URL with a line separator', { text: 'x', url: 'https://example.org/a\u2028b' }],
    ['a publication date in year 0', { text: 'x', publishedAt: '0000-01-01' }],
    ['a publication date in 2099', { text: 'x', publishedAt: '2099-01-01' }],
    [
      'a publication date the day after tomorrow',
      { text: 'x', publishedAt: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) },
    ],
  ])('%s → 400', async (_label, body) => {
    const response = await api().post('/v1/documents').send(body).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(await ctx.prisma.sourceDocument.count()).toBe(0);
  });

  it.each([
    ['iso-8859-1', 'latin1'],
    ['windows-1252', 'latin1'],
    ['utf-8', 'utf8'],
  ] as const)('reads a text/plain body in the charset it declares (%s)', async (charset, encoding) => {
    const text = 'Brasília, 5 May 2024. Foreign Minister Mauro Vieira met Foreign Minister Rubén Ramírez Lezcano of Paraguay.';
    const response = await api()
      .post('/v1/documents')
      .set('content-type', `text/plain; charset=${charset}`)
      .send(Buffer.from(text, encoding))
      .expect(201);
    expect(response.body.text).toBe(text);
  });

  it.each([
    ['today', 0],
    ['tomorrow (a page of the next day east of Greenwich)', 1],
  ])('a publication date of %s is taken', async (_label, days) => {
    const publishedAt = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const response = await api().post('/v1/documents').send({ text: 'Minister A met Minister B.', publishedAt }).expect(201);
    expect(response.body.publishedAt).toBe(publishedAt);
  });

  it('a Latin-1 text sent as UTF-8 → 400 that says to declare its charset, nothing stored', async () => {
    const text =
      'Brasília, 5 May 2024. O Ministro das Relações Exteriores, Mauro Vieira, recebeu o chanceler Rubén Ramírez Lezcano, do Paraguai, para reunião no Itamaraty; discutiram a ponte, o comércio e a integração.';
    const response = await api().post('/v1/documents').set('content-type', 'text/plain').send(Buffer.from(text, 'latin1')).expect(400);
    expect(JSON.stringify(response.body.errors)).toContain('charset=iso-8859-1');
    expect(JSON.stringify(response.body.errors)).not.toContain('binary data');
    expect(await ctx.prisma.sourceDocument.count()).toBe(0);
  });

  it('a text/plain charset no decoder knows → 415, nothing stored', async () => {
    const response = await api().post('/v1/documents').set('content-type', 'text/plain; charset=x-klingon').send('Qapla').expect(415);
    expect(response.body).toMatchObject({ code: 'unsupported_media_type', detail: expect.stringContaining('charset=x-klingon') });
    expect(await ctx.prisma.sourceDocument.count()).toBe(0);
  });

  it('binary data without NULs as text/plain → 400, as a JSON string', async () => {
    const response = await api()
      .post('/v1/documents')
      .set('content-type', 'text/plain')
      .send('%PDF-1.7\n\u0001\u0002\u0003\u0004\u0005\u0006obj\u0007\u0008\u000e\u000f stream\u0010\u0011\u0012')
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(await ctx.prisma.sourceDocument.count()).toBe(0);
  });

  // A page may print a stray replacement character (a name garbled at the source: "SergueA\uFFFD Lavrov"); a text in
  // another encoding sent as UTF-8 has one at every accented letter or curly quote.
  const garbled =
    'Moscow, 12 May. Minister of Foreign Affairs SergueA\uFFFD Lavrov met Mr Chergui, the African Union Commissioner, and discussed the situation in the Sahel. ';
  const more = 'The ministers also reviewed the preparations for the next session of the intergovernmental commission. ';
  it.each([
    [201, 'one', garbled],
    [201, 'four', `${garbled.replace('Moscow', '\uFFFD\uFFFD\uFFFDMoscow')}${more.repeat(3)}`],
    [201, 'one in 1,000 characters of a long readout', `${garbled}${more.repeat(9)}`.repeat(5)],
    [400, 'five in a short readout', garbled.replace('Moscow', '\uFFFD\uFFFD\uFFFD\uFFFDMoscow')],
    [400, 'one in every word (a Windows-1252 file sent as UTF-8)', garbled.replace(/ /g, '\uFFFD ')],
  ])('answers %i to a readout with %s U+FFFD', async (status, _label, text) => {
    await api().post('/v1/documents').send({ text }).expect(status);
    expect(await ctx.prisma.sourceDocument.count()).toBe(status === 201 ? 1 : 0);
  });

  it('a readout with a stray form feed is still text → 201', async () => {
    await api().post('/v1/documents').send({ text: 'Foreign Minister Anna Berg met Foreign Minister Pekka Laine in Oslo.\f' }).expect(201);
  });

  it('10 MB of text → 413, nothing stored', async () => {
    const response = await api()
      .post('/v1/documents')
      .set('content-type', 'text/plain')
      .send('a'.repeat(10 * 1024 * 1024))
      .expect(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('text that is no readout → stored with an empty draft and a warning', async () => {
    const response = await api()
      .post('/v1/documents')
      .set('content-type', 'text/plain')
      .send('Mix the flour and the butter, then bake for 20 minutes.')
      .expect(201);
    expect(response.body.draft.meetings).toEqual([]);
    expect(response.body.draft.warnings.length).toBeGreaterThan(0);
  });

  // New-user trial 121: 118 meetings stored the document with "draft": null (a generated title past the schema's 500
  // characters), then refused to commit it. The draft keeps the first hundred, and commits.
  it('a readout of more meetings than a draft holds → 201 with the first hundred drafted, which commit', async () => {
    const names = 'Alpha Beta Gamma Delta Epsilon Zeta Theta Iota Kappa Lambda Sigma Omega'.split(' ');
    const person = (n: number) =>
      `${['Anna', 'Bruno', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'][n % 10]} ${names[Math.floor(n / 10) % 12]}${['', 'son'][Math.floor(n / 120)]}`;
    const text = Array.from(
      { length: 118 },
      (_, n) =>
        `On ${1 + (n % 28)} March 2024, Foreign Minister ${person(2 * n)} of Germany met with Chile's Minister of Foreign Affairs ${person(2 * n + 1)} in Paris. ${person(2 * n)} said Germany supports the Paris Agreement.`,
    ).join('\n\n');
    const created = await api().post('/v1/documents').set('content-type', 'text/plain').send(text).expect(201);
    expect(created.body.draft.meetings).toHaveLength(100);
    expect(created.body.draft.warnings).toContain('the text reports 118 meetings; only the first 100 are drafted');
    const read = await api().get(`/v1/documents/${created.body.id}`).expect(200);
    expect(read.body.draft).toEqual(created.body.draft);
    const committed = await api().post(`/v1/documents/${created.body.id}/commit`).send({}).expect(201);
    expect(committed.body.data).toHaveLength(100);
  });
});

describe('GET /v1/documents', () => {
  it('lists summaries newest first and gets one with text and draft; 404 and 400 for unknown and malformed ids', async () => {
    const one = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const list = (await api().get('/v1/documents').expect(200)).body;
    expect(list.data).toHaveLength(1);
    expect(list.data[0].text).toBeUndefined();
    const read = await api().get(`/v1/documents/${one.id}`).expect(200);
    expect(read.body.draft).not.toBeNull();
    await api().get(`/v1/documents/${one.id}`).set('If-None-Match', String(read.headers.etag)).expect(304);
    await api().post(`/v1/documents/${one.id}/commit`).expect(201);
    const committed = await api().get(`/v1/documents/${one.id}`).set('If-None-Match', String(read.headers.etag)).expect(200);
    expect(committed.headers.etag).not.toBe(read.headers.etag);
    await api().get('/v1/documents/01900000-0000-7000-8000-000000000000').expect(404);
    await api().get('/v1/documents/nope').expect(400);
  });
});

describe('POST /v1/documents/{id}/commit', () => {
  const withMeeting = (draft: Draft, index: number, change: Record<string, unknown>): Draft => ({
    ...draft,
    meetings: draft.meetings.map((meeting, at) => (at === index ? { ...meeting, ...change } : meeting)),
  });
  /** The draft with meeting 0's initiatives replaced by one link (a catalogue slug, or a candidate to create). */
  const withInitiative = (d: Draft, slug: string, name: string, isCandidate: boolean) =>
    withMeeting(d, 0, {
      initiatives: [
        {
          slug,
          name,
          isCandidate,
          status: 'discussed',
          description: null,
          committedParties: [],
          statementIndex: null,
          span: null,
          confidence: 1,
        },
      ],
    });

  it('commits the draft into a meeting whose spans read back as the document’s text', async () => {
    const document = (await api().post('/v1/documents').set('content-type', 'text/plain').send(readout).expect(201)).body;
    const response = await api().post(`/v1/documents/${document.id}/commit`).expect(201);
    const [meeting] = response.body.data;
    expect(response.body.data).toHaveLength(1);
    expect(response.headers.location).toBe(`/v1/documents/${document.id}`);
    expect(response.headers.link).toBe(`</v1/meetings/${meeting.id}>; rel="item"`);
    expect(meeting).toMatchObject({ date: '2021-07-15', city: 'Tashkent', sourceDocumentId: document.id });
    const full = (await api().get(`/v1/meetings/${meeting.id}?include=provenance`).expect(200)).body;
    expect(full.provenance.length).toBeGreaterThan(0);
    for (const span of full.provenance) expect(span.text).toBe(readout.slice(span.start, span.end));
    const again = await api().post(`/v1/documents/${document.id}/commit`).expect(409);
    expect(again.body.detail).toContain(meeting.id);
    expect((await api().get(`/v1/documents/${document.id}`).expect(200)).body.meetingIds).toEqual([meeting.id]);
  });

  it('credits the extractor only with the values it found: what an editor changed keeps its span without a confidence', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const drafted = document.draft.meetings[0];
    expect(drafted.kindSpan).not.toBeNull();
    const participant = drafted.participants.find((p: { titleSpan: unknown }) => p.titleSpan !== null);
    expect(participant).toBeDefined();
    const edited = withMeeting(document.draft, 0, {
      kind: drafted.kind === 'visit' ? 'talks' : 'visit',
      participants: drafted.participants.map((p: { key: string }) => (p.key === participant.key ? { ...p, title: 'Edited Title' } : p)),
    });
    const [meeting] = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft: edited }).expect(201)).body.data;
    const { provenance, participants } = (await api().get(`/v1/meetings/${meeting.id}?include=participants,provenance`).expect(200)).body;
    const spanOf = (recordId: string, field: string) =>
      provenance.find((s: { recordId: string; field: string }) => s.recordId === recordId && s.field === field);
    const editedParticipant = participants.find((p: { title: string }) => p.title === 'Edited Title');
    // Changed by the editor: the span the extractor had read, no confidence.
    expect(spanOf(meeting.id, 'kind')).toMatchObject({ start: drafted.kindSpan.start, confidence: null });
    expect(spanOf(editedParticipant.id, 'title')).toMatchObject({ confidence: null });
    // Unchanged: the extractor's confidence.
    expect(spanOf(meeting.id, 'date')).toMatchObject({ confidence: drafted.dateConfidence });
    expect(spanOf(editedParticipant.id, 'name')).toMatchObject({ confidence: participant.confidence });
  });

  it.each([
    ['left out', (item: Record<string, unknown>) => item],
    ['null', (item: Record<string, unknown>) => ({ ...item, confidence: null })],
  ])('an item the editor adds needs no confidence (%s), and is stored with none', async (_label, withConfidence) => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const drafted = document.draft.meetings[0];
    const speaker = drafted.participants[0];
    // Cited where the readout prints it (a span must slice to the statement's text: cited-text.ts).
    const quote = readout.indexOf('Tashkent');
    const added = withConfidence({
      speakerKey: speaker.key,
      kind: 'reported',
      text: readout.slice(quote, quote + 8),
      topics: [],
      span: { start: quote, end: quote + 8 },
    });
    const edited = withMeeting(document.draft, 0, { statements: [...drafted.statements, added] });
    // Also the candidates of the corrected draft take it.
    await api().post(`/v1/documents/${document.id}/candidates`).send({ draft: edited }).expect(200);
    const [meeting] = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft: edited }).expect(201)).body.data;
    const { provenance, statements } = (await api().get(`/v1/meetings/${meeting.id}?include=statements,provenance`).expect(200)).body;
    const statement = statements.find((s: { text: string }) => s.text === 'Tashkent');
    const span = provenance.find((p: { recordId: string }) => p.recordId === statement.id);
    expect(span).toMatchObject({ start: quote, confidence: null });
    // What the extractor read keeps its confidence.
    expect(provenance.filter((p: { confidence: number | null }) => p.confidence !== null).length).toBeGreaterThan(0);
  });

  it('a meeting the editor adds needs no confidence, span or basis: it is stored with the facts given, credited to no one', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const person = (key: string, name: string, role: string) => ({ key, name, role });
    const added = {
      kind: 'phone_call',
      date: '2024-05-02',
      participants: [person('a1', 'Ana Editor', 'host'), person('a2', 'Bo Added', 'guest')],
      statements: [{ speakerKey: 'a1', kind: 'reported', text: 'A call the readout does not tell of.' }],
    };
    const edited = { ...document.draft, meetings: [...document.draft.meetings, added] };
    await api().post(`/v1/documents/${document.id}/candidates`).send({ draft: edited }).expect(200);
    const meetings = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft: edited }).expect(201)).body.data;
    expect(meetings).toHaveLength(document.draft.meetings.length + 1);
    const stored = (
      await api()
        .get(`/v1/meetings/${meetings.at(-1).id}?include=participants,statements,provenance`)
        .expect(200)
    ).body;
    expect(stored).toMatchObject({ kind: 'phone_call', date: '2024-05-02', datePrecision: 'day', city: null, countryCode: null });
    // The readout prints neither: no printed name (new-user trial 119; the name itself was stored as printed before).
    expect(stored.participants.map((p: { name: string; printedName: string | null }) => p.printedName)).toEqual([null, null]);
    expect(stored.statements.map((st: { text: string }) => st.text)).toEqual(['A call the readout does not tell of.']);
    expect(stored.provenance.every((p: { confidence: number | null }) => p.confidence === null)).toBe(true);
  });

  // The meetings of one readout share the words of their date and place with a confidence each (trial 99: every
  // meeting was committed with the last meeting's).
  it('keeps each meeting its own confidences when several share the words of their date and place', async () => {
    const several = `Turkish FM meets counterparts in New York

NEW YORK, Sept. 20 – Foreign Minister Mevlüt Çavuşoğlu met US Secretary of State Antony Blinken on Tuesday on the sidelines of the UN General Assembly.

Çavuşoğlu also met German Foreign Minister Annalena Baerbock, and later Spanish Foreign Minister José Manuel Albares.

He also held talks with Greek Foreign Minister Nikos Dendias.
`;
    const document = (await api().post('/v1/documents').send({ text: several, publishedAt: '2022-09-21' }).expect(201)).body;
    const drafted = document.draft.meetings as Array<{ dateConfidence: number; locationConfidence: number }>;
    expect(new Set(drafted.map((m) => m.dateConfidence)).size).toBeGreaterThan(1);
    const kept = { ...document.draft, meetings: document.draft.meetings.slice(0, 3) };
    const committed = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft: kept }).expect(201)).body.data;
    for (const [index, meeting] of committed.entries()) {
      const { provenance } = (await api().get(`/v1/meetings/${meeting.id}?include=provenance`).expect(200)).body;
      const of = (field: string) =>
        provenance.find((p: { recordId: string; field: string }) => p.recordId === meeting.id && p.field === field);
      expect(of('date')?.confidence).toBe(drafted[index]!.dateConfidence);
      expect(of('location')?.confidence).toBe(drafted[index]!.locationConfidence);
    }
  });

  // Which stored meeting a corrected meeting is goes by the facts they share, not by index: a meeting left out moves the
  // later ones up, and a participant an editor moved to another meeting is the editor's there (new-user trial 103).
  describe('a corrected draft whose meetings are not the stored ones in order', () => {
    const several = `Turkish FM meets counterparts in New York

NEW YORK, Sept. 20 – Foreign Minister Mevlüt Çavuşoğlu met US Secretary of State Antony Blinken on Tuesday on the sidelines of the UN General Assembly.

Çavuşoğlu also met German Foreign Minister Annalena Baerbock on Wednesday.

He also held talks with Greek Foreign Minister Nikos Dendias on Thursday.
`;
    type Drafted = {
      dateConfidence: number;
      locationConfidence: number;
      participants: Array<{ key: string; name: string; confidence: number }>;
    };
    async function commitEdited(edit: (meetings: Drafted[]) => Drafted[]) {
      const document = (await api().post('/v1/documents').send({ text: several, publishedAt: '2022-09-23' }).expect(201)).body;
      const drafted = document.draft.meetings as Drafted[];
      expect(drafted).toHaveLength(3);
      const corrected = edit(structuredClone(drafted));
      const committed = (
        await api()
          .post(`/v1/documents/${document.id}/commit`)
          .send({ draft: { ...document.draft, meetings: corrected } })
          .expect((r) => expect(r.status, JSON.stringify(r.body)).toBe(201))
      ).body.data;
      type Stored = { id: string; provenance: Array<{ recordId: string; field: string; confidence: number | null }> } & {
        participants: Array<{ id: string; printedName: string }>;
      };
      const stored: Stored[] = [];
      for (const meeting of committed)
        stored.push((await api().get(`/v1/meetings/${meeting.id}?include=participants,provenance`).expect(200)).body);
      const confidenceOf = (meeting: Stored, recordId: string, field: string) =>
        meeting.provenance.find((p) => p.recordId === recordId && p.field === field)?.confidence;
      const participantConfidence = (meeting: Stored, name: string) =>
        confidenceOf(meeting, meeting.participants.find((p) => p.printedName.includes(name))!.id, 'name');
      return { drafted, stored, confidenceOf, participantConfidence };
    }

    it.each([
      ['the first left out', (m: Drafted[]) => m.slice(1), [1, 2]],
      ['the middle one left out', (m: Drafted[]) => [m[0]!, m[2]!], [0, 2]],
      ['the order reversed', (m: Drafted[]) => [...m].reverse(), [2, 1, 0]],
    ])('%s: each meeting keeps its own date and place confidences', async (_label, edit, storedIndexes) => {
      const { drafted, stored, confidenceOf } = await commitEdited(edit);
      expect(new Set(drafted.map((m) => m.locationConfidence)).size).toBe(3);
      for (const [index, meeting] of stored.entries()) {
        const source = drafted[storedIndexes[index]!]!;
        expect(confidenceOf(meeting, meeting.id, 'date')).toBe(source.dateConfidence);
        expect(confidenceOf(meeting, meeting.id, 'location')).toBe(source.locationConfidence);
      }
    });

    it.each([
      [
        'moved',
        (m: Drafted[]) => [
          {
            ...m[0]!,
            participants: [...m[0]!.participants, { ...m[1]!.participants.find((p) => p.name.includes('Baerbock'))!, key: 'moved' }],
          },
          { ...m[1]!, participants: m[1]!.participants.filter((p) => !p.name.includes('Baerbock')) },
          m[2]!,
        ],
      ],
      [
        'copied',
        (m: Drafted[]) => [
          {
            ...m[0]!,
            participants: [...m[0]!.participants, { ...m[1]!.participants.find((p) => p.name.includes('Baerbock'))!, key: 'moved' }],
          },
          m[1]!,
          m[2]!,
        ],
      ],
    ])('a participant %s to another meeting has no confidence there, and the others keep theirs', async (label, edit) => {
      const { drafted, stored, participantConfidence } = await commitEdited(edit);
      const baerbock = drafted[1]!.participants.find((p) => p.name.includes('Baerbock'))!;
      expect(participantConfidence(stored[0]!, 'Baerbock')).toBeNull();
      expect(participantConfidence(stored[0]!, 'Blinken')).toBe(
        drafted[0]!.participants.find((p) => p.name.includes('Blinken'))!.confidence,
      );
      if (label === 'copied') expect(participantConfidence(stored[1]!, 'Baerbock')).toBe(baerbock.confidence);
    });
  });

  // New-user trial 110: with the moved-in participant's meeting left out and the statement retyped, the corrected
  // meeting tied on the facts it kept with the meeting the participant came from, and took that one's confidences.
  it('a meeting with a participant moved in and its statement retyped keeps its own confidences', async () => {
    const text = `German Foreign Minister Johann Wadephul visits the Baltics

On 3 June in Vilnius, Foreign Minister Johann Wadephul held talks with Lithuanian Foreign Minister Kęstutis Budrys and with Lithuanian President Gitanas Nausėda. Nausėda thanked Germany for the deployment of the Panzerbrigade 45.
`;
    type Part = { key: string; name: string; confidence: number };
    type Said = { text: string; span: { start: number; end: number } };
    const document = (await api().post('/v1/documents').send({ text, publishedAt: '2025-06-04' }).expect(201)).body;
    const [first, second] = document.draft.meetings as Array<{ participants: Part[]; statements: Said[] }>;
    expect(second!.statements).toHaveLength(1);
    const budrys = first!.participants.find((p) => p.name.includes('Budrys'))!;
    const nauseda = second!.participants.find((p) => p.name.includes('Nausėda'))!;
    const corrected = {
      ...second,
      participants: [...second!.participants, { ...budrys, key: 'moved' }],
      statements: second!.statements.map((s) => ({ ...s, text: `${s.text.replace(/\.$/, '')} to Lithuania.` })),
    };
    const [meeting] = (
      await api()
        .post(`/v1/documents/${document.id}/commit`)
        .send({ draft: { ...document.draft, meetings: [corrected] } })
        .expect((r) => expect(r.status, JSON.stringify(r.body)).toBe(201))
    ).body.data;
    const { provenance, participants } = (await api().get(`/v1/meetings/${meeting.id}?include=participants,provenance`).expect(200)).body;
    const confidenceOf = (name: string) => {
      const id = participants.find((p: { printedName: string }) => p.printedName.includes(name)).id;
      return provenance.find((p: { recordId: string; field: string }) => p.recordId === id && p.field === 'name')?.confidence;
    };
    expect(confidenceOf('Nausėda')).toBe(nauseda.confidence);
    expect(confidenceOf('Budrys')).toBeNull();
  });

  // New-user trial 110: a duplicate key was reported as a statement's unknown speaker.
  it('answers a duplicate participant key in a corrected draft at that key, also when a statement names the other', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const drafted = document.draft.meetings[0];
    expect(drafted.participants.length).toBeGreaterThan(1);
    const [first, second] = drafted.participants as Array<{ key: string }>;
    const statements = [{ speakerKey: second!.key, kind: 'reported', text: readout.slice(0, 8), topics: [], span: { start: 0, end: 8 } }];
    const edited = withMeeting(document.draft, 0, {
      participants: drafted.participants.map((p: { key: string }, i: number) => (i === 1 ? { ...p, key: first!.key } : p)),
      statements,
    });
    const problem = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft: edited }).expect(422)).body;
    expect(problem.errors).toContainEqual(
      expect.objectContaining({
        pointer: '/draft/meetings/0/participants/1/key',
        message: expect.stringContaining('duplicate participant key'),
      }),
    );
  });

  it('keeps every confidence when the draft is committed as it was', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const [meeting] = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft: document.draft }).expect(201)).body.data;
    const { provenance } = (await api().get(`/v1/meetings/${meeting.id}?include=provenance`).expect(200)).body;
    expect(provenance.length).toBeGreaterThan(0);
    for (const span of provenance) expect(span.confidence).not.toBeNull();
  });

  // The second readout prints the person as the draft-time matching would read them: the same name, its words in
  // another order or case, or another transliteration of every word.
  it.each([
    ['the same name', 'Ahmed Attaf', 'Ahmed Attaf'],
    ['another transliteration', 'Sergey Shoigu', 'Sergei Shoigu'],
    ['another transliteration of the family name', 'Mukhtar Tileuberdi', 'Mukhtar Tleuberdi'],
    ['another order and case', 'Fumio Kishida', 'KISHIDA Fumio'],
    ['the name without its accents', 'Mevlüt Çavuşoğlu', 'Mevlut Cavusoglu'],
    ['the name with accents', 'Peter Szijjarto', 'Péter Szijjártó'],
    ['the name without its style and particles', 'Sheikh Khalid bin Ahmed Al Marzouqi', 'Khalid Al Marzouqi'],
    ['the name with a middle name', 'Ana Silva', 'Ana Maria Silva'],
  ])(
    'does not create again a person stored since the draft was made (%s: two readouts posted, then committed in turn)',
    async (_, firstName, secondName) => {
      const post = async (text: string) =>
        (await api().post('/v1/documents').set('content-type', 'text/plain').send(text).expect(201)).body;
      const first = await post(`On 2 April 2024, Foreign Minister ${firstName} met Foreign Minister Nasser Bourita of Morocco in Rabat.`);
      const second = await post(
        `On 9 April 2024, Foreign Minister ${secondName} held a telephone call with Foreign Minister Hakan Fidan of Türkiye.`,
      );
      const personIn = (document: { draft: Draft }, name: string) =>
        document.draft.meetings[0]!.participants.find((p) => p.name === name || p.printedName === name);
      expect([personIn(first, firstName)?.personId, personIn(second, secondName)?.personId]).toEqual([null, null]);
      await api().post(`/v1/documents/${first.id}/commit`).expect(201);
      await api().post(`/v1/documents/${second.id}/commit`).expect(201);
      const stored = await ctx.prisma.person.findMany({ where: { name: { in: [firstName, secondName] } } });
      expect(stored.map((person) => person.name)).toEqual([firstName]);
      expect(await ctx.prisma.participant.count({ where: { personId: stored[0]!.id } })).toBe(2);
    },
  );

  it('still creates two people whose names share only a given name (Sergey Lavrov, Sergey Ryabkov)', async () => {
    const post = async (text: string) => (await api().post('/v1/documents').set('content-type', 'text/plain').send(text).expect(201)).body;
    const first = await post(
      'On 2 April 2024, Foreign Minister Sergey Lavrov of Russia met Foreign Minister Nasser Bourita of Morocco in Rabat.',
    );
    const second = await post(
      'On 9 April 2024, Deputy Foreign Minister Sergey Ryabkov of Russia held a telephone call with Foreign Minister Hakan Fidan of Türkiye.',
    );
    await api().post(`/v1/documents/${first.id}/commit`).expect(201);
    await api().post(`/v1/documents/${second.id}/commit`).expect(201);
    expect(await ctx.prisma.person.count({ where: { name: { startsWith: 'Sergey' } } })).toBe(2);
  });

  it('keeps apart two participants named only by the same office in two readouts', async () => {
    const post = async (text: string) => (await api().post('/v1/documents').set('content-type', 'text/plain').send(text).expect(201)).body;
    const texts = [
      'On 2 April 2024, Foreign Minister Ahmed Attaf of Algeria spoke by telephone with the Foreign Minister of Tajikistan.',
      'On 9 May 2024, Foreign Minister Nasser Bourita of Morocco spoke by telephone with the Foreign Minister of Tajikistan.',
    ];
    for (const text of texts) {
      const document = await post(text);
      const unnamed = document.draft.meetings[0].participants.find((p: { countryCode: string }) => p.countryCode === 'TJ');
      expect(unnamed).toMatchObject({ name: 'Foreign Minister (TJ)', personId: null });
      await api().post(`/v1/documents/${document.id}/commit`).expect(201);
    }
    expect(await ctx.prisma.person.count({ where: { name: 'Foreign Minister (TJ)' } })).toBe(2);
  });

  it.each([
    ['the draft', (draft: Draft) => ({ ...draft, bogus: 1 }), '/draft'],
    ['a meeting', (draft: Draft) => withMeeting(draft, 0, { bogus: 1 }), '/draft/meetings/0'],
    [
      'a participant',
      (draft: Draft) => withMeeting(draft, 0, { participants: draft.meetings[0]!.participants.map((p) => ({ ...p, bogus: 1 })) }),
      '/draft/meetings/0/participants/0',
    ],
    ['a span', (draft: Draft) => ({ ...draft, titleSpan: { start: 0, end: 5, bogus: 1 } }), '/draft/titleSpan'],
  ])('refuses a member it does not know in %s of a corrected draft (400, nothing stored)', async (_, change, pointer) => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const response = await api()
      .post(`/v1/documents/${document.id}/commit`)
      .send({ draft: change(document.draft) })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(response.body)).toContain(pointer);
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  it('commits a corrected draft', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const draft = withMeeting(document.draft, 0, { title: 'Wang Yi meets Mukhtar Tileuberdi', kind: 'sideline_meeting' });
    const [meeting] = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201)).body.data;
    expect(meeting).toMatchObject({ title: 'Wang Yi meets Mukhtar Tileuberdi', kind: 'sideline_meeting' });
  });

  it('adds new candidate initiatives to the catalogue, audited, and links them', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const candidate = {
      slug: 'green-energy-partnership',
      name: 'Green Energy Partnership',
      isCandidate: true,
      status: 'proposed',
      description: null,
      committedParties: [],
      statementIndex: 0,
      span: null,
      confidence: 0.5,
    };
    const draft = withMeeting(document.draft, 0, { initiatives: [...document.draft.meetings[0].initiatives, candidate] });
    const [meeting] = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201)).body.data;
    const created = await ctx.prisma.initiative.findUniqueOrThrow({ where: { slug: 'green-energy-partnership' } });
    expect(await ctx.prisma.meetingInitiative.count({ where: { meetingId: meeting.id, initiativeId: created.id } })).toBe(1);
    expect(await ctx.prisma.auditEvent.count({ where: { recordType: 'initiative', recordId: created.id, action: 'create' } })).toBe(1);
  });

  it.each([
    ['a meeting without a date', (d: Draft) => withMeeting(d, 0, { date: null }), 422, '/draft/meetings/0/date'],
    ['a span outside the text', (d: Draft) => ({ ...d, titleSpan: { start: 0, end: 100_000 } }), 422, '/draft/titleSpan'],
    [
      'a participant span outside the text',
      (d: Draft) =>
        withMeeting(d, 0, { participants: d.meetings[0]!.participants.map((p) => ({ ...p, span: { start: 0, end: 100_000 } })) }),
      422,
      '/draft/meetings/0/participants/0/span',
    ],
    [
      "a participant's title span outside the text",
      (d: Draft) =>
        withMeeting(d, 0, { participants: d.meetings[0]!.participants.map((p) => ({ ...p, titleSpan: { start: 0, end: 100_000 } })) }),
      422,
      '/draft/meetings/0/participants/0/titleSpan',
    ],
    [
      'a statement span outside the text',
      (d: Draft) => withMeeting(d, 0, { statements: [{ ...d.meetings[0]!.statements[0]!, span: { start: 0, end: 100_000 } }] }),
      422,
      '/draft/meetings/0/statements/0/span',
    ],
    [
      'an initiative the catalogue does not have (not proposed as a candidate)',
      (d: Draft) => withInitiative(d, 'no-such-initiative-zz', 'No such', false),
      422,
      '/draft/meetings/0/initiatives/0/slug',
    ],
    [
      "a candidate's slug shaped like another initiative's id (trial finding)",
      (d: Draft) => withInitiative(d, '3f1c2a9e-7b6d-4e21-9c0a-5d8e7f6a1b2c', 'Azores Blue Corridor', true),
      400,
      '/draft/meetings/0/initiatives/0/slug',
    ],
    [
      "a candidate's slug that is not kebab-case",
      (d: Draft) => withInitiative(d, 'Bad Slug!', 'Azores Blue Corridor', true),
      400,
      '/draft/meetings/0/initiatives/0/slug',
    ],
    [
      'a catalogue slug shaped like an id',
      (d: Draft) => withInitiative(d, '3f1c2a9e-7b6d-4e21-9c0a-5d8e7f6a1b2c', 'Belt and Road Initiative', false),
      400,
      '/draft/meetings/0/initiatives/0/slug',
    ],
    [
      "a candidate's name longer than a catalogue name may be",
      (d: Draft) => withInitiative(d, 'azores-blue-corridor', 'A'.repeat(201), true),
      400,
      '/draft/meetings/0/initiatives/0/name',
    ],
    ['no meeting at all', (d: Draft) => ({ ...d, meetings: [] }), 422, '/draft/meetings'],
    [
      'a statement by nobody in the meeting',
      (d: Draft) => withMeeting(d, 0, { statements: [{ ...d.meetings[0]!.statements[0]!, speakerKey: 'p9' }] }),
      422,
      '/draft/meetings/0/statements/0/speakerKey',
    ],
    ['an unknown kind', (d: Draft) => withMeeting(d, 0, { kind: 'party' }), 400, null],
    // The rules of POST /v1/meetings hold for a corrected draft too.
    ['a time zone IANA does not know', (d: Draft) => withMeeting(d, 0, { timezone: 'Mars/Olympus' }), 400, '/draft/meetings/0/timezone'],
    [
      'a country code ISO 3166-1 does not assign',
      (d: Draft) => withMeeting(d, 0, { countryCode: 'ZZ' }),
      400,
      '/draft/meetings/0/countryCode',
    ],
    [
      "a participant's country code ISO 3166-1 does not assign",
      (d: Draft) => withMeeting(d, 0, { participants: d.meetings[0]!.participants.map((p) => ({ ...p, countryCode: 'XX' })) }),
      400,
      '/draft/meetings/0/participants/0/countryCode',
    ],
    ['a date in year 0', (d: Draft) => withMeeting(d, 0, { date: '0000-01-01' }), 400, null],
    ['a single meeting draft instead of a readout draft', (d: Draft) => d.meetings[0], 400, null],
    [
      'more meetings than a readout reports',
      (d: Draft) => ({ ...d, meetings: Array.from({ length: 101 }, () => d.meetings[0]!) }),
      400,
      null,
    ],
  ])('refuses %s and leaves nothing behind', async (_label, change, status, pointer) => {
    const initiatives = await ctx.prisma.initiative.count();
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const response = await api()
      .post(`/v1/documents/${document.id}/commit`)
      .send({ draft: change(document.draft) })
      .expect(status);
    if (pointer) expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    // Every pointer names a member of the draft (a participant has no "person" there, a link no "initiative").
    for (const error of response.body.errors ?? []) expect(error.pointer).not.toMatch(/\/person\/|\/initiative$/);
    expect(await ctx.prisma.meeting.count()).toBe(0);
    expect(await ctx.prisma.person.count()).toBe(0);
    expect(await ctx.prisma.initiative.count()).toBe(initiatives);
  });

  it('a text with no meeting: the stored draft cannot be committed as it stands', async () => {
    const document = (await api().post('/v1/documents').send({ text: 'Mix the flour and the butter.' }).expect(201)).body;
    const response = await api().post(`/v1/documents/${document.id}/commit`).expect(422);
    expect(response.body.detail).toMatch(/reports no meeting/);
    await api().post('/v1/documents/01900000-0000-7000-8000-000000000000/commit').expect(404);
  });

  it('matches participants to people already stored, through names and aliases', async () => {
    const person = await ctx.prisma.person.create({
      data: { name: 'Mukhtar Tleuberdi', aliases: ['Mukhtar Tileuberdi'], countryCode: 'KZ' },
    });
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    expect(document.draft.meetings[0].participants[1].personId).toBe(person.id);
    await api().post(`/v1/documents/${document.id}/commit`).expect(201);
    expect(await ctx.prisma.person.count()).toBe(2);
  });

  it('names a participant the readout calls only by title after the person stored with that title at that date', async () => {
    const holloway = await ctx.prisma.person.create({ data: { name: 'Jane Holloway', countryCode: 'GB' } });
    await api()
      .post('/v1/meetings')
      .send({
        title: 'Foreign Secretary in Paris',
        kind: 'meeting',
        date: '2024-01-15',
        participants: [{ personId: holloway.id, title: 'Foreign Secretary', countryCode: 'GB', role: 'host' }],
      })
      .expect(201);
    const text =
      'Foreign Secretary meets Brazilian Foreign Minister\n\nThe Foreign Secretary met Brazilian Foreign Minister Carlos Mendes in London on 4 March 2024.';
    const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
    expect(document.draft.meetings[0].participants[0]).toMatchObject({
      name: 'Jane Holloway',
      personId: holloway.id,
      title: 'Foreign Secretary',
    });
  });

  it('reads a document stored with a single-meeting draft, as earlier versions stored them, and commits it', async () => {
    const current = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const { meetings, ...readoutFields } = current.draft;
    const legacy = { ...meetings[0], warnings: readoutFields.warnings };
    await ctx.prisma.sourceDocument.update({ where: { id: current.id }, data: { draft: legacy } });
    const read = (await api().get(`/v1/documents/${current.id}`).expect(200)).body;
    expect(read.draft.meetings).toHaveLength(1);
    expect(read.draft.meetings[0].date).toBe('2021-07-15');
    expect((await api().post(`/v1/documents/${current.id}/commit`).expect(201)).body.data).toHaveLength(1);
  });
});

describe('a readout of several meetings', () => {
  const text = [
    'Foreign Minister holds separate meetings with Nordic counterparts',
    '',
    'STOCKHOLM, 3 May 2024 – Foreign Minister Anna Berg held separate meetings with Foreign Minister Pekka Laine of Finland, Foreign Minister Lars Holm of Denmark and Foreign Minister Eva Dahl of Norway.',
    '',
    'Berg and Laine discussed the Baltic Sea Strategy.',
  ].join('\n');

  it('drafts one meeting per encounter and commits them all, the host created once', async () => {
    const document = (await api().post('/v1/documents').send({ text, publisher: 'Government Offices of Sweden' }).expect(201)).body;
    expect(document.draft.meetings.map((m: { participants: Array<{ name: string }> }) => m.participants.map((p) => p.name))).toEqual([
      ['Anna Berg', 'Pekka Laine'],
      ['Anna Berg', 'Lars Holm'],
      ['Anna Berg', 'Eva Dahl'],
    ]);
    const response = await api().post(`/v1/documents/${document.id}/commit`).expect(201);
    const ids = response.body.data.map((m: { id: string }) => m.id);
    expect(ids).toHaveLength(3);
    expect(response.headers.link).toBe(ids.map((id: string) => `</v1/meetings/${id}>; rel="item"`).join(', '));
    expect(response.body.data.every((m: { date: string; city: string }) => m.date === '2024-05-03' && m.city === 'Stockholm')).toBe(true);
    expect(await ctx.prisma.person.count()).toBe(4);
    const berg = await ctx.prisma.person.findFirstOrThrow({ where: { name: 'Anna Berg' }, include: { participants: true } });
    expect(berg.participants).toHaveLength(3);
    expect(new Set((await api().get(`/v1/documents/${document.id}`).expect(200)).body.meetingIds)).toEqual(new Set(ids));
  });

  it('commits all meetings or none: a fault in the last leaves nothing behind', async () => {
    const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
    const draft = {
      ...document.draft,
      meetings: document.draft.meetings.map((m: object, i: number) => (i === 2 ? { ...m, date: null } : m)),
    };
    const refused = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(422);
    expect(refused.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/draft/meetings/2/date']);
    const badSpeaker = {
      ...document.draft,
      meetings: document.draft.meetings.map((m: { statements: object[] }, i: number) =>
        i === 2 ? { ...m, statements: [{ speakerKey: 'p7', kind: 'reported', text: 'x', span: null, confidence: 1 }] } : m,
      ),
    };
    const unresolved = await api().post(`/v1/documents/${document.id}/commit`).send({ draft: badSpeaker }).expect(422);
    expect(unresolved.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/draft/meetings/2/statements/0/speakerKey']);
    expect(await ctx.prisma.meeting.count()).toBe(0);
    expect(await ctx.prisma.person.count()).toBe(0);
    expect(await ctx.prisma.auditEvent.count({ where: { recordType: 'meeting' } })).toBe(0);
  });

  it('commits only the meetings the editor keeps in the corrected draft', async () => {
    const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
    const draft = { ...document.draft, meetings: document.draft.meetings.slice(1, 2) };
    const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201);
    expect(response.body.data).toHaveLength(1);
    expect(await ctx.prisma.person.count()).toBe(2);
  });
});

describe('concurrent requests', () => {
  it('the same text posted twice at once is stored once: one 201, one 200 with the same document', async () => {
    const results = await Promise.all([1, 2].map(() => api().post('/v1/documents').set('content-type', 'text/plain').send(readout)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(results[0]!.body.id).toBe(results[1]!.body.id);
    expect(await ctx.prisma.sourceDocument.count()).toBe(1);
  });

  it('two commits of one document at once make one meeting: one 201, one 409', async () => {
    const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
    const results = await Promise.all([1, 2].map(() => api().post(`/v1/documents/${document.id}/commit`)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await ctx.prisma.person.count()).toBe(2);
    expect(await ctx.prisma.meeting.count()).toBe(1);
  });
});
