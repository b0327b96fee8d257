import { readFile } from 'node:fs/promises';
import path from 'node:path';
import supertest from 'supertest';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedDir } from '../src/db/seed.js';
import { defaultInitiatives } from '../src/ingest/lexicon/initiative-catalog.js';
import { useTestContext } from './helpers/app.js';

// A PATCH that changes a value the extractor read makes that fact the editor's: its span stays (where the extractor had
// read it) and loses the extractor's confidence, as a value an editor sets at commit does (new-user trial 103: a
// corrected date and a rewritten statement still showed the extractor's 0.8 and 0.85). A PATCH of other fields of the
// same record leaves every confidence as it was. Every record that holds provenance and takes a PATCH is here.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const mergePatch = 'application/merge-patch+json';

interface Span {
  recordType: string;
  recordId: string;
  field: string;
  confidence: number | null;
}
interface Committed {
  id: string;
  participants: { id: string; role: string }[];
  statements: { id: string; kind: string }[];
  initiatives: { id: string; status: string }[];
  provenance: Span[];
}

let readout: string;
let meeting: Committed;
beforeAll(async () => {
  readout = await readFile(path.join(seedDir, 'wang-yi-tileuberdi-2021-07-15.txt'), 'utf8');
});
beforeEach(async () => {
  await ctx.reset();
  await ctx.prisma.initiative.createMany({ data: defaultInitiatives.map((entry) => ({ ...entry, aliases: [...entry.aliases] })) });
  const document = (await api().post('/v1/documents').set('content-type', 'text/plain').send(readout).expect(201)).body;
  const [created] = (await api().post(`/v1/documents/${document.id}/commit`).expect(201)).body.data;
  meeting = await read(created.id);
});

async function read(id: string): Promise<Committed> {
  return (await api().get(`/v1/meetings/${id}?include=participants,statements,initiatives,provenance`).expect(200)).body;
}

interface Case {
  /** The record's path and its type in provenance. */
  target: (m: Committed) => { path: string; recordType: string; recordId: string };
  patch: (m: Committed) => Record<string, unknown>;
  /** The facts the patch takes from the extractor; [] when it changes no fact's value. */
  released: string[];
}

const meetingTarget = (m: Committed) => ({ path: `/v1/meetings/${m.id}`, recordType: 'meeting', recordId: m.id });
const participantTarget = (m: Committed) => ({
  path: `/v1/meetings/${m.id}/participants/${m.participants[0]!.id}`,
  recordType: 'participant',
  recordId: m.participants[0]!.id,
});
const statementTarget = (m: Committed) => ({
  path: `/v1/meetings/${m.id}/statements/${m.statements[0]!.id}`,
  recordType: 'statement',
  recordId: m.statements[0]!.id,
});
const linkTarget = (m: Committed) => ({
  path: `/v1/meetings/${m.id}/initiatives/${m.initiatives[0]!.id}`,
  recordType: 'meeting_initiative',
  recordId: m.initiatives[0]!.id,
});

const cases: Record<string, Case> = {
  'meeting date': { target: meetingTarget, patch: () => ({ date: '2021-07-16' }), released: ['date'] },
  'meeting place': { target: meetingTarget, patch: () => ({ city: 'Samarkand' }), released: ['location'] },
  'meeting kind': { target: meetingTarget, patch: () => ({ kind: 'talks' }), released: ['kind'] },
  'meeting title': { target: meetingTarget, patch: () => ({ title: 'An editor’s title' }), released: ['title'] },
  'meeting summary only': { target: meetingTarget, patch: () => ({ summary: 'A summary.' }), released: [] },
  'participant title': { target: participantTarget, patch: () => ({ title: 'State Councilor' }), released: ['title'] },
  'participant side': {
    target: participantTarget,
    patch: (m) => ({ role: m.participants[0]!.role === 'host' ? 'guest' : 'host' }),
    released: ['name'],
  },
  'participant printed title only': { target: participantTarget, patch: () => ({ printedTitle: 'Foreign Minister' }), released: [] },
  'statement text': { target: statementTarget, patch: () => ({ text: 'Words an editor wrote.' }), released: ['text'] },
  'statement topics only': { target: statementTarget, patch: () => ({ topics: ['trade'] }), released: [] },
  'initiative status': {
    target: linkTarget,
    patch: (m) => ({ status: m.initiatives[0]!.status === 'signed' ? 'agreed' : 'signed' }),
    released: ['mention'],
  },
  'initiative description only': { target: linkTarget, patch: () => ({ description: 'As an editor put it.' }), released: [] },
};

describe('a PATCH of a fact the extractor read', () => {
  it.each(Object.entries(cases))('%s', async (_name, { target, patch, released }) => {
    const { path: at, recordType, recordId } = target(meeting);
    const own = (m: Committed) => m.provenance.filter((s) => s.recordType === recordType && s.recordId === recordId);
    // The seed readout's draft credits the extractor with each of these facts.
    expect(own(meeting).filter((s) => s.confidence !== null).length).toBeGreaterThan(0);
    for (const field of released) expect(own(meeting).find((s) => s.field === field)?.confidence ?? null).not.toBeNull();

    await api().patch(at).set('content-type', mergePatch).send(patch(meeting)).expect(200);

    const after = await read(meeting.id);
    const confidenceOf = (m: Committed) => new Map(m.provenance.map((s) => [`${s.recordType}|${s.recordId}|${s.field}`, s.confidence]));
    const [was, now] = [confidenceOf(meeting), confidenceOf(after)];
    expect(after.provenance).toHaveLength(meeting.provenance.length);
    for (const [key, confidence] of was) {
      const [type, id, field] = key.split('|');
      const edited = type === recordType && id === recordId && released.includes(field!);
      expect(now.get(key), key).toBe(edited ? null : confidence);
    }
  });
});
