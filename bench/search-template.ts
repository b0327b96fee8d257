import { pageSql, rankWindowSize } from '../src/modules/search/search.sql.js';
import type { SearchTemplate } from './baseline-search.js';

// The API's search SQL for a plain query's first page (no filters, no cursor: the newest window of hits), with the places of q and of the page size marked,
// for the baseline to fill in. Rendered here, where Prisma is loaded anyway, so that the baseline's process is not.

const q = '\u0001q\u0001';
const take = 987_654_321;

export function searchTemplate(): SearchTemplate {
  const sql = pageSql({ q }, { below: null, size: rankWindowSize }, undefined, take);
  return {
    text: sql.text,
    values: sql.values.map((value) => (value === q ? { q: true } : value === take ? { take: true } : { value })),
  };
}
