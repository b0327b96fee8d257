/**
 * Characters a decoder put in place of a letter stand inside a word:
 * - U+FFFD, the replacement character a decoder writes for bytes it could not read: "John Brice�o" is Briceño's name
 *   with its "ñ" lost (blind-66);
 * - box-drawing and block characters (U+2500–U+259F) between letters, what UTF-8 read as code page 437 or 852 gives:
 *   "H├ęctor Timerman" is Héctor's name (blind-69).
 * The recognisers read letters (`\p{L}`), and these are none, so the names were cut ("John Brice") or lost. The text is
 * read with each such character as a lower-case letter of the same length that the text does not use (U+0242 for
 * U+FFFD; IPA letters, U+0250–U+02AF, for the others), and the draft's texts are given back with the characters where
 * they stood: every span and every value is then the text's own.
 */
const replacement = '\ufffd';
const replacementStandIn = '\u0242';
// A box-drawing or block character with a letter (or another of them) on both sides: inside a word, never a rule
// between words ("Home │ News").
const boxInWord = /(?<=[\p{L}\u2500-\u259f])[\u2500-\u259f](?=[\p{L}\u2500-\u259f])/gu;

/** Each lost character of a text and the letter it is read as. */
export type LetterStandIns = ReadonlyMap<string, string>;

/**
 * `text` with every lost character read as a letter, and the stand-ins used; null when it has none (or no free
 * stand-in is left).
 */
export function withReplacementAsLetter(text: string): { text: string; standIns: LetterStandIns } | null {
  const boxes = new Set(text.match(boxInWord) ?? []);
  if (!text.includes(replacement) && boxes.size === 0) return null;
  const standIns = new Map<string, string>();
  if (text.includes(replacement)) {
    if (text.includes(replacementStandIn)) return null;
    standIns.set(replacement, replacementStandIn);
  }
  let next = 0x250;
  for (const box of boxes) {
    while (next <= 0x2af && (text.includes(String.fromCharCode(next)) || String.fromCharCode(next) === replacementStandIn)) next++;
    if (next > 0x2af) return null;
    standIns.set(box, String.fromCharCode(next++));
  }
  let read = text.includes(replacement) ? text.replaceAll(replacement, replacementStandIn) : text;
  if (boxes.size > 0) read = read.replace(boxInWord, (box) => standIns.get(box) as string);
  return { text: read, standIns };
}

/** `value` (a draft, or any JSON value) with every stand-in letter as the character it stood in for. */
export function withReplacementRestored<T>(value: T, standIns: LetterStandIns): T {
  const back = new Map([...standIns].map(([lost, letter]) => [letter, lost]));
  const pattern = new RegExp(`[${[...back.keys()].join('')}]`, 'gu');
  const restore = (inner: unknown): unknown => {
    if (typeof inner === 'string') return inner.replace(pattern, (letter) => back.get(letter) as string);
    if (Array.isArray(inner)) return inner.map(restore);
    if (inner === null || typeof inner !== 'object') return inner;
    return Object.fromEntries(Object.entries(inner as Record<string, unknown>).map(([key, field]) => [key, restore(field)]));
  };
  return restore(value) as T;
}
