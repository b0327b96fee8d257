/**
 * Lower case without the locale's surprises: JavaScript lowers the Turkish dotted capital İ (U+0130) to "i" followed by
 * a combining dot above (U+0307), so "FİDAN" would read "fi̇dan"; here it is "fidan". (Unicode SpecialCasing.txt: the
 * default mapping of U+0130 is U+0069 U+0307.) Every other letter maps as `String.prototype.toLowerCase` does.
 */
export function lowerCase(text: string): string {
  return text.replace(/\u0130/g, 'I').toLowerCase();
}

/**
 * A word or phrase printed in capitals, in title case: each letter after the start, a space or a hyphen upper case,
 * the rest lower case ("ŞİMŞEK" → "Şimşek", "NUR-SULTAN" → "Nur-Sultan", "PORT LOUIS" → "Port Louis").
 */
export function titleCase(text: string): string {
  return lowerCase(text).replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
