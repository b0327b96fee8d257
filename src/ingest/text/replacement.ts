/**
 * U+FFFD, the replacement character a decoder writes for bytes it could not read, stands inside a word: "John
 * Brice�o" is Briceño's name with its "ñ" lost (blind-66). The recognisers read letters (`\p{L}`), and U+FFFD is none,
 * so the name was cut to "John Brice". The text is read with each U+FFFD as a letter of the same length (U+0242, a
 * lower-case letter no readout uses), and the draft's texts are given back with U+FFFD where it stood: every span
 * and every value is then the text's own.
 */
const replacement = '\ufffd';
const standIn = '\u0242';

/** `text` with every U+FFFD as the stand-in letter, or null when it has none (or already uses the stand-in). */
export function withReplacementAsLetter(text: string): string | null {
  if (!text.includes(replacement) || text.includes(standIn)) return null;
  return text.replaceAll(replacement, standIn);
}

/** `value` (a draft, or any JSON value) with the stand-in letter as U+FFFD again in every string. */
export function withReplacementRestored<T>(value: T): T {
  const restore = (inner: unknown): unknown => {
    if (typeof inner === 'string') return inner.includes(standIn) ? inner.replaceAll(standIn, replacement) : inner;
    if (Array.isArray(inner)) return inner.map(restore);
    if (inner === null || typeof inner !== 'object') return inner;
    return Object.fromEntries(Object.entries(inner as Record<string, unknown>).map(([key, field]) => [key, restore(field)]));
  };
  return restore(value) as T;
}
