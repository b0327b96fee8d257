import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// A transaction holds one connection, which runs one query at a time: a write must not send a query while another of
// its transaction runs — pg 8 queues it with a DeprecationWarning ("client.query() when the client is already executing
// a query"), pg 9 refuses it. Prisma reads several included lists of one query at once (new-user trial 120: every
// DELETE /v1/meetings/{id} warned). Each write here runs in a file of its own process, before which pg has not warned.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const warnings: string[] = [];
const collect = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);

beforeAll(async () => {
  await createInitiativeRow(ctx.prisma);
  process.on('warning', collect);
});
afterAll(() => {
  process.off('warning', collect);
});

const concurrent = (list: readonly string[]) => list.filter((warning) => /already executing a query/.test(warning));

describe('writes of a meeting with its parts send one query at a time', () => {
  it.each([
    ['DELETE /v1/meetings/{id}', (id: string, etag: string) => api().delete(`/v1/meetings/${id}`).set('If-Match', etag).expect(204)],
    [
      'PATCH /v1/meetings/{id}',
      (id: string, etag: string) =>
        api()
          .patch(`/v1/meetings/${id}`)
          .set('If-Match', etag)
          .set('Content-Type', 'application/merge-patch+json')
          .send({ title: 'Renamed' })
          .expect(200),
    ],
  ])('%s', async (_name, write) => {
    warnings.length = 0;
    const created = await api().post('/v1/meetings').send(meetingBody()).expect(201);
    await write(created.body.id as string, created.headers.etag as string);
    // The warning is emitted on the next tick of the process.
    await new Promise((resolve) => setImmediate(resolve));
    expect(concurrent(warnings)).toEqual([]);
  });
});
