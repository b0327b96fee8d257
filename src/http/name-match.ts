import { Prisma } from '../generated/prisma/client.js';

/**
 * The condition and score of a fuzzy name lookup (`?q=`) over a folded trigram text (see the unicode_folding
 * migration): case, accents and Unicode normalisation never matter. `q` ending in `*` is a type-ahead prefix
 * ("coop*", "seb*"): some word of the text starts with it. Otherwise pg_trgm word similarity (`<%`). Both forms are
 * served by the trigram GIN index over `text`.
 */
export function nameMatch(q: string, text: Prisma.Sql): { where: Prisma.Sql; score: Prisma.Sql } {
  const prefix = /^(.*?)\*+$/u.exec(q.trim())?.[1]?.trim();
  if (prefix) {
    // A word boundary, then the prefix with every regular-expression character escaped (folding keeps the escapes).
    const escaped = prefix.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
    const pattern = Prisma.sql`'(^|[^[:alnum:]])' || fold_text(${escaped})`;
    return { where: Prisma.sql`${text} ~ (${pattern})`, score: Prisma.sql`word_similarity(fold_text(${prefix}), ${text})` };
  }
  return { where: Prisma.sql`fold_text(${q}) <% ${text}`, score: Prisma.sql`word_similarity(fold_text(${q}), ${text})` };
}

/**
 * The full-text query of a search: websearch syntax ("quoted phrases", or, -exclusions) over the accent-free English
 * configuration, plus a type-ahead prefix when the query ends in `*` ("coop*" and "cooperati*" match cooperation).
 */
export function textQuery(q: string): Prisma.Sql {
  const prefix = /(?:^|\s)([\p{L}\p{N}]+)\*+\s*$/u.exec(q);
  if (!prefix) return Prisma.sql`websearch_to_tsquery('english_unaccent', ${q})`;
  const rest = q.slice(0, prefix.index);
  // Stored words are English stems ("cooperation" is cooper, "pandemic" pandem): a prefix typed past the stem
  // ("cooperati*", "pandemi*") would match nothing, so up to three of its last letters may go.
  const word = prefix[1] as string;
  const shorter = [0, 1, 2, 3].map((cut) => word.slice(0, word.length - cut)).filter((part, at) => at === 0 || part.length >= 4);
  const alternatives = [...new Set(shorter)].map((part) => `${part}:*`).join(' | ');
  return Prisma.sql`(websearch_to_tsquery('english_unaccent', ${rest}) && to_tsquery('english_unaccent', ${alternatives}))`;
}
