import { organizationIn } from '../lexicon/organizations.js';
import { titleWords } from '../lexicon/titles.js';
import { invisibleFormatClass } from './invisible.js';

const invisibleFormat = new RegExp(`[${invisibleFormatClass}]`, 'gu');

/**
 * A title of office as the draft gives it, from the text its span covers: on one line however the page wrapped it,
 * without characters that print nothing, and with an article's first word printed in capitals ("PRIME Minister",
 * "GOVERNOR-General": newspapers set an article's opening word so) written in the case of the rest of the title
 * ("Prime Minister", "Governor-General"), and so is a title of one such word ("PRESIDENT" → "President"). Acronyms
 * ("UN", "NATO": organisations the lexicon knows) and titles of several words in capitals throughout ("FOREIGN
 * MINISTER") stay as printed. The draft's invariant: `title === titleText(slice)`.
 */
export function titleText(printed: string): string {
  const line = printed.replace(invisibleFormat, '').replace(/\s+/g, ' ');
  const [first, ...rest] = line.split(' ');
  // "PRESIDENT Dr. Irfaan Ali arrived …" (blind-65): a title of one word, one of the lexicon's, is such an opening word.
  const ordinaryAfter =
    rest.some((word) => /\p{Ll}/u.test(word)) ||
    /-\p{Lu}?\p{Ll}/u.test(first ?? '') ||
    (rest.length === 0 && titleWords.has((first ?? '').toLowerCase()));
  if (!first || !/^\p{Lu}{4,}(?:-\p{L}+)?$/u.test(first) || !ordinaryAfter || organizationIn(first) !== null) return line;
  const cased = first.replace(/^(\p{Lu})(\p{Lu}+)/u, (_, head: string, tail: string) => head + tail.toLowerCase());
  return [cased, ...rest].join(' ');
}
