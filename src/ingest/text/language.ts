import { francAll } from 'franc';

// The extractor reads English. A readout in another language gives few facts and no sign why (trial 99): it is read
// anyway, with a warning that names the language. franc (MIT, wooorm/franc, trigram profiles of the 187 languages
// with 1 million speakers or more) names it; English prose is told apart by its function words, which make up 13 % or
// more of every English readout of the corpus (1,410) and 3–4 % of its German, Danish and Polish ones: franc alone
// took six English readouts of the corpus for Scots or Portuguese (one full of Spanish names).

const englishWords = new Set(
  'the and of to in with on for is was that by a an his her their its at as from has have were are be this which it'.split(' '),
);
const sampleChars = 4000;
const minWords = 30;
const minOtherScriptLetters = 60;
const maxEnglishShare = 0.08;
const minLowerCaseShare = 0.17;
const names = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * The language of `text` when it is not English: its English name ("German") and ISO 639-3 code ("deu"), read from the
 * first 4,000 characters; null for English, for a text of fewer than 30 words, or when franc cannot tell.
 */
export function otherLanguage(text: string): { code: string; name: string } | null {
  const sample = text.slice(0, sampleChars);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  // A Chinese readout of 218 characters has a handful of "words" between its commas, and a Russian one of two sentences
  // fewer than thirty (trial 122): a text mostly in letters of another script than the Latin is asked from its letters.
  const letters = sample.match(/\p{L}/gu) ?? [];
  const otherScript = letters.filter((letter) => !/\p{Script=Latin}/u.test(letter)).length;
  const mostlyOtherScript = otherScript >= minOtherScriptLetters && otherScript / letters.length > 0.5;
  if (words.length < minWords && !mostlyOtherScript) return null;
  if (words.filter((word) => englishWords.has(word)).length / words.length > maxEnglishShare) return null;
  // "… met with Minister Anna Alpha, Minister Jana Beta, …" and a hundred more names (new-user trial 117, taken for
  // Malay and Scots): among the words printed in lower case, English function words are 26 % or more of every English
  // readout of the corpus (1,600) and 4–9 % of its German, Croatian and Polish ones (whose nouns are capitalised).
  const lower = sample.match(/(?<!\p{L})\p{Ll}+/gu) ?? [];
  if (lower.length >= 5 && lower.filter((word) => englishWords.has(word)).length / lower.length > minLowerCaseShare) return null;
  const [top] = francAll(sample, { minLength: 20 });
  if (!top || top[0] === 'eng' || top[0] === 'und') return null;
  return { code: top[0], name: names.of(top[0]) ?? top[0] };
}
