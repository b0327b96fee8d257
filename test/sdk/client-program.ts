import createClient from 'openapi-fetch';
import type { paths } from './generated/api.js';

// A small program written against the SDK generated from openapi.yaml. It is type-checked strictly (no casts, no any)
// and run against a live server by test/sdk.test.ts.

export interface RoundTrip {
  createdStatus: number;
  participants: number;
  statements: number;
  listedIds: string[];
  searchHitTypes: string[];
  exportedCsvLines: number;
  exportedStatementIds: string[];
  sparseTitles: Array<string | undefined>;
  patchedSummary: string | null;
  stalePatchStatus: number;
  deletedStatus: number;
  afterDeleteStatus: number;
  bulkStatus: number;
  bulkStatuses: number[];
  filteredIds: string[];
  groupedSeries: Array<string | null>;
  networkNodes: number;
  positions: string[];
  timelineMeetingIds: string[];
  changeTypes: string[];
  streamedSeq: string | null;
}

export async function runRoundTrip(baseUrl: string): Promise<RoundTrip> {
  // JSON (and problem+json) for every call but the CSV export, which asks for its media type with a client of its own.
  const client = createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl });
  const csvClient = createClient<paths, 'text/csv'>({ baseUrl });
  const ndjsonClient = createClient<paths, 'application/x-ndjson'>({ baseUrl });

  const initiative = await client.POST('/v1/initiatives', {
    body: { slug: 'covid-19-vaccine-supply', name: 'COVID-19 vaccine supply', aliases: ['vaccines'], category: 'health' },
  });
  if (!initiative.data) throw new Error(`createInitiative failed: ${initiative.response.status}`);

  const created = await client.POST('/v1/meetings', {
    params: { header: { 'Idempotency-Key': 'sdk-round-trip-1' } },
    body: {
      title: 'Wang Yi meets with Mukhtar Tileuberdi',
      kind: 'meeting',
      date: '2021-07-15',
      timezone: 'Asia/Tashkent',
      city: 'Tashkent',
      countryCode: 'UZ',
      participants: [
        {
          key: 'wang',
          person: { name: 'Wang Yi', countryCode: 'CN' },
          title: 'State Councilor and Foreign Minister',
          countryCode: 'CN',
          role: 'host',
        },
        { key: 'tileuberdi', person: { name: 'Mukhtar Tileuberdi', countryCode: 'KZ' }, countryCode: 'KZ', role: 'guest' },
      ],
      statements: [
        { speakerKey: 'wang', text: 'China will continue to provide Kazakhstan with pandemic supplies, including vaccines.' },
        { speakerKey: 'tileuberdi', text: 'Kazakhstan appreciates China’s support in its fight against the pandemic.' },
      ],
      initiatives: [{ initiative: initiative.data.slug, status: 'agreed', statementIndex: 0 }],
    },
  });
  // createMeeting answers 201 with the meeting (JSON) or 200 with result lines (NDJSON): narrow to the meeting.
  if (!created.data || !('id' in created.data)) throw new Error(`createMeeting failed: ${created.response.status}`);
  const meetingId = created.data.id;

  const read = await client.GET('/v1/meetings/{meetingId}', {
    params: { path: { meetingId }, query: { include: 'participants,statements,initiatives' } },
  });
  if (!read.data) throw new Error('getMeeting failed');
  const etag = read.response.headers.get('etag') ?? '';

  const listed = await client.GET('/v1/meetings', { params: { query: { country: 'KZ', from: '2021-01-01', limit: 10 } } });
  // A filter of issue 14 (full text, initiative link status) and a sparse fieldset.
  const sparse = await client.GET('/v1/meetings', { params: { query: { q: 'vaccines', status: 'agreed', fields: 'title' } } });
  const found = await client.GET('/v1/search', { params: { query: { q: 'vaccines', type: 'statement,initiative' } } });
  const csv = await csvClient.GET('/v1/meetings', { params: { query: { country: 'KZ', format: 'csv' } }, parseAs: 'text' });
  const ndjson = await client.GET('/v1/statements', {
    params: { query: { country: 'KZ' } },
    headers: { accept: 'application/x-ndjson' },
    parseAs: 'text',
  });
  const statementIds = (ndjson.data ?? '')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const record: unknown = JSON.parse(line);
      return typeof record === 'object' && record !== null && 'id' in record ? String(record.id) : '';
    });

  const patched = await client.PATCH('/v1/meetings/{meetingId}', {
    params: { path: { meetingId }, header: { 'If-Match': etag } },
    body: { summary: 'Vaccines and the Belt and Road.' },
  });
  const stale = await client.PATCH('/v1/meetings/{meetingId}', {
    params: { path: { meetingId }, header: { 'If-Match': etag } },
    body: { summary: 'A lost update.' },
  });
  const problemCode = stale.error?.code;
  if (problemCode !== 'precondition_failed') throw new Error(`expected a precondition_failed problem, got ${String(problemCode)}`);

  // Bulk create: the body is the array of lines, sent one JSON text per line; the answer is a result per line.
  const bulk = await ndjsonClient.POST('/v1/meetings', {
    body: [
      { title: 'Bulk phone call one', kind: 'phone_call', date: '2020-05-04' },
      { idempotencyKey: 'sdk-bulk-2', meeting: { title: 'Bulk phone call two', kind: 'phone_call', date: '2020-05-05' } },
    ],
    bodySerializer: (body) => (Array.isArray(body) ? body.map((line) => JSON.stringify(line)).join('\n') : JSON.stringify(body)),
    headers: { 'content-type': 'application/x-ndjson' },
    // The lines as they come: the stream is left to the response, read whole here.
    parseAs: 'stream',
  });
  const bulkLines = (await bulk.response.text())
    .split('\n')
    .filter((line) => line !== '')
    .map((line): unknown => JSON.parse(line));
  const bulkStatuses = bulkLines.flatMap((line) =>
    typeof line === 'object' && line !== null && 'status' in line && 'line' in line ? [Number(line.status)] : [],
  );

  // The rest of issue 14's parameters: lists of values, the speaker, organisation and document filters; grouped stats;
  // the network; a person's titles; an initiative's timeline; the change feed and its stream.
  const wang = read.data.participants?.find((participant) => participant.countryCode === 'CN');
  const everyone = (read.data.participants ?? []).flatMap((participant) => (participant.personId ? [participant.personId] : []));
  const filtered = await client.GET('/v1/meetings', {
    params: {
      query: {
        kind: 'meeting,talks',
        initiative: initiative.data.slug,
        person: everyone.join(','),
        ...(wang?.personId ? { speaker: wang.personId } : {}),
        hasDocument: 'false',
      },
    },
  });
  const grouped = await client.GET('/v1/stats/meetings-over-time', {
    params: { query: { interval: 'year', groupBy: 'country', limit: 2 } },
  });
  const network = await client.GET('/v1/stats/network', { params: { query: { level: 'country' } } });
  const positions = wang?.personId
    ? await client.GET('/v1/people/{personId}/positions', { params: { path: { personId: wang.personId } } })
    : undefined;
  const timeline = await client.GET('/v1/initiatives/{initiativeKey}/timeline', {
    params: { path: { initiativeKey: initiative.data.slug } },
  });
  const changes = await client.GET('/v1/changes', { params: { query: { after: '0', limit: 100 } } });
  const streamClient = createClient<paths, 'text/event-stream'>({ baseUrl });
  const leave = new AbortController();
  const firstSeq = changes.data?.data[0]?.seq;
  const stream = await streamClient.GET('/v1/changes/stream', {
    // Resume after the first change, as EventSource does on reconnecting: the second change comes first.
    params: { header: { 'last-event-id': firstSeq ?? '0' } },
    parseAs: 'stream',
    signal: leave.signal,
  });
  const streamedSeq = await firstEventId(stream.response);
  leave.abort();

  const deleted = await client.DELETE('/v1/meetings/{meetingId}', { params: { path: { meetingId } } });
  const gone = await client.GET('/v1/meetings/{meetingId}', { params: { path: { meetingId } } });

  return {
    createdStatus: created.response.status,
    participants: read.data.participants?.length ?? 0,
    statements: read.data.statements?.length ?? 0,
    listedIds: listed.data?.data.map((meeting) => meeting.id) ?? [],
    searchHitTypes: found.data?.data.map((hit) => hit.type) ?? [],
    exportedCsvLines: (csv.data ?? '').split('\r\n').filter((line) => line !== '').length,
    exportedStatementIds: statementIds,
    sparseTitles: sparse.data?.data.map((meeting) => meeting.title) ?? [],
    patchedSummary: patched.data?.summary ?? null,
    stalePatchStatus: stale.response.status,
    deletedStatus: deleted.response.status,
    afterDeleteStatus: gone.response.status,
    bulkStatus: bulk.response.status,
    bulkStatuses,
    filteredIds: filtered.data?.data.map((meeting) => meeting.id) ?? [],
    groupedSeries: grouped.data?.series?.map((series) => series.key) ?? [],
    networkNodes: network.data?.nodes.length ?? 0,
    positions: positions?.data?.data.map((position) => position.title ?? '') ?? [],
    timelineMeetingIds: timeline.data?.data.flatMap((entry) => (entry.meetingId ? [entry.meetingId] : [])) ?? [],
    changeTypes: changes.data?.data.map((change) => change.recordType) ?? [],
    streamedSeq,
  };
}

/** The `id` of the first event of a text/event-stream response, read line by line; null when the stream ends first. */
async function firstEventId(response: Response): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return null;
    buffered += decoder.decode(value, { stream: true });
    const id = /^id: ?(.+)$/m.exec(buffered)?.[1];
    if (id !== undefined) {
      await reader.cancel();
      return id.trim();
    }
  }
}
