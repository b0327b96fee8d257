import { romanize, tokensAgree } from '../../ingest/linking/name-tokens.js';

/** A person as a meeting seats them, for telling whether someone new is one of them. */
export interface SeatedPerson {
  name: string;
  aliases: readonly string[];
  countryCode: string | null;
}

/**
 * Of `seated`, the index of the one a new person named `name` (of `countryCode`, if known) is; -1 when none is. The
 * same person is the same name or an alias of theirs in another case, accents, script or transliteration of each word,
 * word for word in order ("JOSE GARCIA" for "José García", "Марко Ђурић" and "Marko Đurić" for "Marko Djuric" — as the
 * extractor and the commit's lookup compare words, ingest/linking/name-tokens.ts), or in the other order when one of
 * them prints the family name in capitals ("KISHIDA Fumio"); of a compatible country (equal, or one not given). Two
 * different people may be "Ali Ahmed" and "Ahmed Ali": the order alone does not make them one. Used wherever a person
 * is seated, so that one person takes part in a meeting once (new-user trials 117 and 118).
 */
export function seatedAs(name: string, countryCode: string | null, seated: readonly SeatedPerson[]): number {
  return seated.findIndex(
    (person) =>
      (countryCode === null || person.countryCode === null || countryCode === person.countryCode) &&
      [person.name, ...person.aliases].some((known) => sameName(name, known)),
  );
}

function sameName(a: string, b: string): boolean {
  const [left, right] = [words(a), words(b)];
  if (left.length === 0 || left.length !== right.length) return false;
  if (left.every((word, at) => tokensAgree(word, right[at] as string))) return true;
  // "KISHIDA Fumio": a family name printed first, in capitals.
  const familyFirst = (name: string) => /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(name) && /\p{Ll}/u.test(name);
  if (!familyFirst(a) && !familyFirst(b)) return false;
  const free = [...right];
  return left.every((word) => {
    const at = free.findIndex((other) => tokensAgree(word, other));
    return at >= 0 && free.splice(at, 1).length === 1;
  });
}

const words = (name: string): string[] =>
  romanize(name)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
