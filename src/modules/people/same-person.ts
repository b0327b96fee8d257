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
 * them prints the family name in capitals ("KISHIDA Fumio"), or, initials aside, one name's words (two at least) all in
 * the other's in order ("Antony J. Blinken", "Retno L. P. Marsudi"); of a compatible country (equal, or one not given). Two
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
  if (left.length === 0) return false;
  // "Antony J. Blinken" and "Antony Blinken", "Retno L. P. Marsudi" and "Retno Marsudi", "Khalid Al Marzouqi" and
  // "Sheikh Khalid bin Ahmed Al Marzouqi" (new-user trial 119): initials aside, one name's words (two at least) all in
  // the other's, in order — as the commit's lookup of a stored person has it.
  // Initials are single letters (not digits), and two names that both print some must print the same ("John A. Smith"
  // and "John B. Smith" are two people).
  const initial = (word: string) => /^[a-z]$/.test(word);
  const [leftInitials, rightInitials] = [left, right].map((list) => list.filter(initial).join(' '));
  const initialsAgree = !leftInitials || !rightInitials || leftInitials === rightInitials;
  const [shorter, longer] = [left, right].map((list) => list.filter((word) => !initial(word))).sort((x, y) => x.length - y.length);
  if (initialsAgree && (shorter as string[]).length >= 2 && inOrder(shorter as string[], longer as string[])) return true;
  if (left.length !== right.length) return false;
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

// Every word of `some` agrees with a word of `all`, in the same order.
function inOrder(some: readonly string[], all: readonly string[]): boolean {
  let at = 0;
  for (const word of some) {
    while (at < all.length && !tokensAgree(word, all[at] as string)) at++;
    if (at === all.length) return false;
    at++;
  }
  return true;
}

// Pictographs are no letters of a name (any-ascii spells "👩" as ":woman:", which would read as words).
const words = (name: string): string[] =>
  romanize(name.replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, ' '))
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
