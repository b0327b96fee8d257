import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// A PATCH that sets values a record already has is no change, on every record that takes one: the same version and
// ETag, no audit row, no change in the feed, and the meeting its part belongs to untouched (new-user trial 101: each
// such PATCH bumped the version and wrote a change whose before and after were equal). A real change still is one.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const mergePatch = 'application/merge-patch+json';

interface Target {
  path: string;
  same: Record<string, unknown>;
  changed: Record<string, unknown>;
}
let meeting: { id: string; title: string; version: number };
const targets: Record<string, () => Promise<Target>> = {
  meeting: async () => ({ path: `/v1/meetings/${meeting.id}`, same: { title: meeting.title }, changed: { title: 'Another title' } }),
  person: async () => {
    const person = (await api().post('/v1/people').send({ name: 'Ana Lima' }).expect(201)).body as { id: string };
    return { path: `/v1/people/${person.id}`, same: { countryCode: null, name: 'Ana Lima' }, changed: { countryCode: 'BR' } };
  },
  initiative: async () => ({
    path: '/v1/initiatives/covid-19-vaccine-supply',
    same: { name: 'COVID-19 vaccine supply', category: 'health' },
    changed: { category: 'trade' },
  }),
  participant: async () => {
    const [first] = (await api().get(`/v1/meetings/${meeting.id}/participants`).expect(200)).body.data as { id: string; title: string }[];
    return {
      path: `/v1/meetings/${meeting.id}/participants/${first!.id}`,
      same: { title: first!.title },
      changed: { title: 'Foreign Minister' },
    };
  },
  statement: async () => {
    const [first] = (await api().get(`/v1/meetings/${meeting.id}/statements`).expect(200)).body.data as { id: string; text: string }[];
    return {
      path: `/v1/meetings/${meeting.id}/statements/${first!.id}`,
      same: { text: first!.text },
      changed: { text: 'Something else.' },
    };
  },
  'meeting initiative': async () => {
    const [first] = (await api().get(`/v1/meetings/${meeting.id}/initiatives`).expect(200)).body.data as { id: string; status: string }[];
    return { path: `/v1/meetings/${meeting.id}/initiatives/${first!.id}`, same: { status: first!.status }, changed: { status: 'signed' } };
  },
};

beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
});

const changesCount = async () => ctx.prisma.auditEvent.count();

describe.each(Object.keys(targets))('PATCH on a %s', (name) => {
  it('with the values it has: 200, the same version and ETag, nothing recorded', async () => {
    const target = await targets[name]!();
    const before = await api().get(target.path).expect(200);
    const meetingBefore = await api().get(`/v1/meetings/${meeting.id}`).expect(200);
    const audited = await changesCount();
    const patched = await api().patch(target.path).set('content-type', mergePatch).send(target.same);
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.version).toBe(before.body.version);
    expect(patched.headers.etag).toBe(before.headers.etag);
    expect(await changesCount()).toBe(audited);
    const after = await api().get(target.path).expect(200);
    expect(after.body).toEqual(before.body);
    expect((await api().get(`/v1/meetings/${meeting.id}`).expect(200)).headers.etag).toBe(meetingBefore.headers.etag);
  });

  it('with another value: a new version, recorded once', async () => {
    const target = await targets[name]!();
    const before = await api().get(target.path).expect(200);
    const audited = await changesCount();
    const patched = await api().patch(target.path).set('content-type', mergePatch).send(target.changed);
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.version).toBe(before.body.version + 1);
    expect(await changesCount()).toBeGreaterThan(audited);
  });
});
