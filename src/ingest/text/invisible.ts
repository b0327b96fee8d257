/**
 * Characters that print nothing or only steer how text around them is shown, as a regular-expression character class
 * body: the soft hyphen, the direction marks (U+200E, U+200F, U+061C), the Mongolian vowel separator, the zero-width
 * space, the word joiner, the BOM, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069: "Trojan Source", CVE-2021-42574). Zero-width joiners and non-joiners are not among them: Persian and
 * Indic spellings need them. The extractor leaves these out of names (extract.ts); the API refuses them inside one
 * (http/schemas.ts `line`).
 */
export const invisibleFormatClass = '\\u00ad\\u061c\\u180e\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060\\u2066-\\u2069\\ufeff';

/**
 * A text that shows nothing — empty to a reader: only white space and separators (Unicode Z, U+3000 too), format
 * characters (Cf: the invisible and direction-steering ones above, zero-width joiners, tag characters), control
 * characters (Cc), combining marks with no letter to sit on (M: "\u0301\u0301", variation selectors) and the letters and
 * symbols that are drawn blank (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0; the blank Braille pattern U+2800).
 * Unicode general categories from the Unicode Character Database (UCD); the blank glyphs from its Hangul Jamo and
 * Braille charts (new-user trial 137: names of only accents, Hangul fillers or a blank Braille cell had been stored).
 */
export const onlyInvisible = /^[\p{Z}\s\p{Cf}\p{Cc}\p{M}\u115f\u1160\u3164\uffa0\u2800]*$/u;
/** One of those characters, anywhere in a text. */
export const invisibleInside = new RegExp(`[${invisibleFormatClass}]`, 'u');

/**
 * Control characters that are not white space, as a regular-expression character class body: C0 but tab, line feed,
 * vertical tab, form feed and carriage return (U+0000–U+0008, U+000E–U+001F), DEL (U+007F) and C1 (U+0080–U+009F):
 * Unicode's general category Cc less its white space. They print nothing or steer a terminal (a bell, a backspace, ESC starting an ANSI
 * sequence); C1 in a readout is nearly always Windows-1252 punctuation (“ ” – …, 0x80–0x9F) read as Latin-1. U+0085
 * (NEL) is among them although Unicode counts it as white space: JavaScript's `\s` does not, and in a readout it is a
 * Windows-1252 ellipsis read as Latin-1. No stored text holds one (http/schemas.ts `text`, the readout's rules).
 */
export const controlClass = '\\u0000-\\u0008\\u000e-\\u001f\\u007f-\\u009f';
/** One of those control characters, anywhere in a text. */
export const controlInside = new RegExp(`[${controlClass}]`, 'u');

/** The first character of `value` that `pattern` matches, named as "U+202E at character 7"; null when none does. */
export function heldCharacter(value: string, pattern: RegExp): string | null {
  const found = pattern.exec(value);
  if (!found) return null;
  const code = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} at character ${found.index + 1}`;
}

/**
 * What may not stand inside one line of visible text (a name, a title of office, a city, a key): the control characters
 * (tab and line breaks too: a name is one line), the line and paragraph separators, and the invisible and
 * direction-steering characters — "Ana⁠Silva" with a word joiner would look like another person's "AnaSilva".
 */
export const notInLine = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${invisibleFormatClass}]`, 'u');
