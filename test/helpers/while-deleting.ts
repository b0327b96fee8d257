import type supertest from 'supertest';
import type { Db } from '../../src/db/prisma.js';

/**
 * Sends a request while a row of `table` is being deleted: the DELETE runs in a transaction held open until the
 * request waits on the row's lock (or has answered without waiting, which the caller's assertion then shows), and is
 * committed then. The request's own check saw the row; its INSERT fails on the foreign key. Returns its response.
 */
export async function whileDeleting(
  prisma: Db,
  table: 'people' | 'initiatives',
  id: string,
  send: () => supertest.Test,
): Promise<supertest.Response> {
  let answer: Promise<supertest.Response> | undefined;
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`DELETE FROM ${table} WHERE id = $1::uuid`, id);
      let settled = false;
      answer = send().then((response) => {
        settled = true;
        return response;
      });
      for (let waiting = 0; waiting === 0 && !settled;) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const [row] = await prisma.$queryRaw<Array<{ n: bigint }>>`
          SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        waiting = Number(row?.n ?? 0);
      }
    },
    { timeout: 60_000 },
  );
  return answer as Promise<supertest.Response>;
}
