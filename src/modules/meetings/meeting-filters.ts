import type { Db } from '../../db/prisma.js';
import { fieldsProblem } from '../../http/errors.js';
import { uuidPattern } from '../../http/schemas.js';

// The meeting filters' references checked against the database: an `initiative` filter naming no initiative is a 400,
// not an empty result, so that a mistyped slug is never mistaken for "no meetings".

/** Throws 400 validation_failed, one error per item (`/initiative/1`), for each id or slug of no initiative. */
export async function assertKnownInitiatives(db: Db, filters: { initiative?: readonly string[] | undefined }): Promise<void> {
  const keys = filters.initiative;
  if (!keys?.length) return;
  const ids = keys.filter((key) => uuidPattern.test(key));
  const rows = await db.initiative.findMany({
    where: { OR: [{ id: { in: ids } }, { slug: { in: keys.filter((key) => !uuidPattern.test(key)) } }] },
    select: { id: true, slug: true },
  });
  const known = new Set(rows.flatMap((row) => [row.id, row.slug]));
  const errors = keys.flatMap((key, index) =>
    known.has(key) ? [] : [{ in: 'query' as const, pointer: `/initiative/${index}`, message: `no initiative with id or slug "${key}"` }],
  );
  if (errors.length) throw fieldsProblem('validation_failed', errors);
}
