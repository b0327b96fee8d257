import { Prisma } from '../generated/prisma/client.js';

/**
 * The condition and score of a fuzzy name lookup (`?q=`) over a folded trigram text (see the unicode_folding
 * migration): case, accents and Unicode normalisation never matter. `q` ending in `*` is a type-ahead prefix
 * ("coop*", "seb*"): some word of the text starts with it. Otherwise pg_trgm word similarity (`<%`), of `q` and of its
 * romanized spelling ("Энхтуяа" is also "enkhtuyaa"). Both forms are served by the trigram GIN index over `text`.
 */
export function nameMatch(q: string, text: Prisma.Sql): { where: Prisma.Sql; score: Prisma.Sql } {
  const prefix = /^(.*?)\*+$/u.exec(q.trim())?.[1]?.trim();
  if (prefix) {
    // A word boundary, then the prefix with every regular-expression character escaped (folding keeps the escapes).
    const escaped = prefix.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
    const pattern = Prisma.sql`'(^|[^[:alnum:]])' || fold_text(${escaped})`;
    return { where: Prisma.sql`${text} ~ (${pattern})`, score: Prisma.sql`word_similarity(fold_text(${prefix}), ${text})` };
  }
  // The trigram texts hold each name's romanized spelling too (romanize_text, migration romanized_names): a Cyrillic or
  // Greek `q` is also looked up by its own (one that romanizes to itself is looked up once).
  const romanized = Prisma.sql`romanize_text(fold_text(${q}))`;
  return {
    where: Prisma.sql`(fold_text(${q}) <% ${text} OR (${romanized} <> fold_text(${q}) AND ${romanized} <% ${text}))`,
    score: Prisma.sql`greatest(word_similarity(fold_text(${q}), ${text}), word_similarity(${romanized}, ${text}))`,
  };
}

/** A name as equality lookups compare it: runs of white space made one space, trimmed (case and accents: fold_text). */
export const spacedName = (name: string): string => name.replace(/\s+/g, ' ').trim();

/**
 * The SQL of a stored name compared as `spacedName` and folded: `fold_text(btrim(regexp_replace(column, '\s+', ' ',
 * 'g')))` — compare it with `fold_text(spacedName(given))`. People's and initiatives' namesakes use it.
 */
export const foldedNameSql = (column: Prisma.Sql): Prisma.Sql => Prisma.sql`fold_text(btrim(regexp_replace(${column}, '\\s+', ' ', 'g')))`;

/**
 * The LIKE pattern "contains `value`", folded (case and accents ignored, as `fold_text` folds the column compared with
 * it): `'%' || folded value || '%'` with LIKE's own characters (`\`, `%`, `_`) in the value taken literally.
 */
export function foldedContainsPattern(value: Prisma.Sql | string): Prisma.Sql {
  return Prisma.sql`'%' || replace(replace(replace(fold_text(${value}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
}

/**
 * The full-text query of a search: websearch syntax ("quoted phrases", or, -exclusions) over the accent-free English
 * configuration, with type-ahead prefixes anywhere ("coop*" and "cooperati*" match cooperation) and excluded prefixes
 * ("-vacc*" keeps out every vaccine). Words joined by a hyphen or a dash are those words in a row ("kenya-ghana" finds
 * "Kenya–Ghana" and "Kenya Ghana", "-silk-road" excludes "Silk Road"), since stored text joins them with any of those.
 * A number after a dash ("COVID-19", "G-20", "S-400", in a phrase too) is stored as a signed number ("-19") after a
 * hyphen and as a number after a space or another dash: such a term matches either form. Prefixes and such terms join
 * the rest of the query with AND. Postgres full-text syntax: https://www.postgresql.org/docs/15/textsearch-controls.html
 */
export function textQuery(q: string): Prisma.Sql {
  // Outside quotes, joined words are a phrase ("-silk-road" excludes "silk road"); inside, words of the phrase. A
  // phrase or joined word with a number after a dash is taken out, to be matched in both stored forms (numbered).
  const dash = /(?<=[\p{L}\p{N}])[-‐‑‒–—](?=[\p{L}\p{N}])/gu;
  const dashNumber = /(?<=[\p{L}\p{N}])[-‐‑‒–—](?=\p{N})/u;
  const numbered: Array<{ phrase: string; excluded: boolean }> = [];
  const joinedPrefixes: Array<{ words: string[]; excluded: boolean }> = [];
  const spaced = q
    .split('"')
    .map((part, at, parts) => {
      if (at % 2 === 1) {
        // A quoted phrase: excluded when a "-" opens it (websearch syntax); an unclosed quote's rest is a phrase too.
        if (!dashNumber.test(part)) return part.replace(dash, ' ');
        const before = parts[at - 1] ?? '';
        numbered.push({ phrase: part, excluded: /(?:^|\s)-$/.test(before) });
        return '';
      }
      return part
        .replace(
          /(^|\s)(-?)([\p{L}\p{N}]+(?:[-‐‑‒–—][\p{L}\p{N}]+)+)(\*+)?(?=\s|$)/gu,
          (whole, space: string, minus: string, joined: string, star?: string) => {
            // "covid-19*" (new-user trial 126): a star after a number asks for the number, "kenya-gha*" for words
            // in a row whose last is a prefix.
            const words = joined.split(dash);
            if (star && !/^\p{N}+$/u.test(words[words.length - 1] ?? '')) {
              joinedPrefixes.push({ words, excluded: minus === '-' });
              return space;
            }
            if (!dashNumber.test(joined)) return star ? `${space}${minus}${joined}` : whole;
            numbered.push({ phrase: joined, excluded: minus === '-' });
            return space;
          },
        )
        .replace(/[\p{L}\p{N}]+(?:[-‐‑‒–—][\p{L}\p{N}]+)+/gu, (joined) => `"${joined.replace(dash, ' ')}"`);
    })
    .map((part, at, parts) => (at % 2 === 0 && parts[at + 1] === '' ? part.replace(/(?:^|\s)-$/, ' ') : part))
    .join('"')
    .replace(/""/g, ' ');
  const prefixes: Array<{ word: string; excluded: boolean }> = [];
  const rest = spaced.replace(/(^|\s)(-?)([\p{L}\p{N}]+)\*+(?=\s|$)/gu, (_whole, space: string, minus: string, word: string) => {
    prefixes.push({ word, excluded: minus === '-' });
    return space;
  });
  if (prefixes.length === 0 && numbered.length === 0 && joinedPrefixes.length === 0)
    return Prisma.sql`websearch_to_tsquery('english_unaccent', ${spaced})`;
  // Stored words are English stems ("cooperation" is cooper, "pandemic" pandem): a prefix typed past the stem
  // ("cooperati*", "pandemi*") would match nothing, so up to three of its last letters may go.
  const stems = (word: string) => [
    ...new Set([0, 1, 2, 3].map((cut) => word.slice(0, word.length - cut)).filter((part, at) => at === 0 || part.length >= 4)),
  ];
  const parts = [
    ...prefixes.map(({ word, excluded }) => ({ alternatives: stems(word).map((part) => `${part}:*`), excluded })),
    ...joinedPrefixes.map(({ words, excluded }) => {
      const before = words.slice(0, -1).join(' <-> ');
      return { alternatives: stems(words[words.length - 1] as string).map((part) => `${before} <-> ${part}:*`), excluded };
    }),
  ].map(({ alternatives, excluded }) => {
    const query = Prisma.sql`to_tsquery('english_unaccent', ${alternatives.map((alternative) => `(${alternative})`).join(' | ')})`;
    return excluded ? Prisma.sql`(!! ${query})` : query;
  });
  for (const { phrase, excluded } of numbered) {
    // "COVID-19" as stored after a hyphen (covid <-> -19) or after a space or another dash (covid <-> 19).
    const hyphened = phrase.replace(/(?<=[\p{L}\p{N}])[-‐‑‒–—](?=\p{L})/gu, ' ').replace(/[-‐‑‒–—](?=\p{N})/gu, '-');
    const query = Prisma.sql`(phraseto_tsquery('english_unaccent', ${hyphened}) || phraseto_tsquery('english_unaccent', ${phrase.replace(dash, ' ')}))`;
    parts.push(excluded ? Prisma.sql`(!! ${query})` : query);
  }
  const all = /[\p{L}\p{N}]/u.test(rest) ? [Prisma.sql`websearch_to_tsquery('english_unaccent', ${rest})`, ...parts] : parts;
  return Prisma.sql`(${Prisma.join(all, ' && ')})`;
}
