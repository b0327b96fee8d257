import { isProgrammeHead } from '../lexicon/programme-words.js';
import type { Span } from '../draft.js';
import { headlineVerbs, institutionNouns, narrativeVerbs, notNameWords, speechVerbs } from '../lexicon/verbs.js';
import { lowerCaseSpeakerOffices, nameParticles, nameStyles, officeOf } from '../lexicon/titles.js';
import { organizationIn } from '../lexicon/organizations.js';
import { lookupCountry, lookupMisspeltCountryName, lookupMisspeltDemonym } from './countries.js';
import { isSeatOfGovernment } from '../lexicon/seats.js';
import { lookupCity } from './places.js';
import { abbreviationOf, countryAt, isHead, isHonorificWord, isTitleWord, organizationAt, titleRunAt, type TitleRun } from './titles.js';
import { rememberedAt } from './memo.js';
import { nameAbbreviations, type Word } from './words.js';

/**
 * One reference to a person in a sentence: "Kazakh Foreign Minister Murat Nurtleu", "Retno Marsudi, Minister for
 * Foreign Affairs of Indonesia", "Minister Mendes", "his Indonesian counterpart", "the Foreign Secretary", "Aydin".
 * Word indexes are into the sentence's words; spans into the document.
 */
export interface PersonMention {
  span: Span;
  name: Span | null;
  /** The title proper ("Foreign Minister"), without demonym or trailing country. */
  title: Span | null;
  /** The title as printed next to the name, demonym included ("Kazakh Foreign Minister"). */
  printedTitle: Span | null;
  office: string | null;
  countryCode: string | null;
  /** `possessive`: "China's Wang Yi" — the country is printed before the name with its "'s". */
  countryBasis: TitleRun['countryBasis'] | 'counterpart' | 'possessive' | null;
  organization: string | null;
  /** "his Indonesian counterpart (Retno Marsudi)": same office as the person it is the counterpart of. */
  counterpart: boolean;
  honorific: boolean;
  plural: boolean;
  /** One of several people named by a plural ("his counterparts from Bolivia, Slovenia and Latvia"). */
  group?: boolean;
  /** A bare name that is also a city's ("Aydin", "Astana"): a person only if the text names one so elsewhere. */
  placeLike: boolean;
  first: number;
  last: number;
}

const nonNamePos = new Set(['VERB', 'AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT', 'SYM', 'ADV', 'INTJ']);

// Words a title-case headline capitalises ("Prime Minister Of Saint Vincent And …"): never a given name.
const englishFunctionWords = new Set([
  'of',
  'for',
  'and',
  'the',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'a',
  'an',
  'or',
  'as',
  'into',
]);

// Asked of each word by every name run that passes over it: remembered per sentence.
const isNameWord = rememberedAt(readNameWord);

const abbreviatedName = new RegExp(`^(?:${nameAbbreviations})\\.$`);

function readNameWord(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (!word || !word.capitalised) return false;
  const bare = word.key.replace(/['’]s$/, '');
  if (!/^['’ʻ]?[\p{L}][\p{L}.'’-]*$/u.test(bare) && !/^\p{Lu}\.$/u.test(word.text)) return false;
  if (/^\p{Lu}\.$/u.test(word.text) || /^(?:\p{Lu}\p{Ll}?\.){1,3}\p{Lu}\p{Ll}+$/u.test(word.text)) return true; // "S.", "D.Tsogtbaatar", "Kh.Battulga", "D.M.Djumanbekov"
  // "Kh. Zarifi", "Sh. Mirziyoyev" (blind-65): the initial of a name that Russian spells with one letter (Х, Ш, Ж, Ч,
  // Ц, Ю, Я) is two in English, before a name.
  if (
    // "Ma. Theresa Lazaro" (Maria, new-user trial 128), "Md. Touhid Hossain": an abbreviated given name, before a name.
    abbreviatedName.test(word.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]?.text ?? '') &&
    !isTitleWord(words[i + 1])
  )
    return true;
  // "M.U.M Ali Sabry", "A.K. Abdul Momen": dotted initials before a name (not "U.S." or "U.N." before a title).
  if (
    /^(?:\p{Lu}\.){1,3}\p{Lu}\.?$/u.test(word.text) &&
    !isHonorificWord(word) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]?.text ?? '') &&
    !isTitleWord(words[i + 1]) &&
    !countryAt(words, i) &&
    !organizationIn(word.text)
  )
    return true;
  // "Foreign Minister Dr A K Abdul Momen": initials without dots after an honorific, a title or another initial ("A" is
  // no article there).
  if (/^\p{Lu}$/u.test(word.text) && i > 0) {
    const previous = words[i - 1] as Word;
    const next = words[i + 1];
    if (
      (isHonorificWord(previous) || isTitleWord(previous) || /^\p{Lu}$/u.test(previous.text)) &&
      next !== undefined &&
      /^\p{Lu}/u.test(next.text) &&
      !isTitleWord(next)
    )
      return true;
  }
  // "US ambassador Kristie A Kenney" (blind-56): a capital letter alone between a given name and a family name is a
  // middle initial written without its dot (not "I", nor "A" after a country or a title: "Kazakhstan A Partner").
  if (/^\p{Lu}$/u.test(word.text) && word.text !== 'I' && i > 0) {
    const previous = words[i - 1] as Word;
    const next = words[i + 1];
    if (
      /^\p{Lu}\p{Ll}+$/u.test(previous.text) &&
      previous.end + 1 === word.start &&
      next !== undefined &&
      word.end + 1 === next.start &&
      /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
      !isTitleWord(previous) &&
      !isTitleWord(next) &&
      !countryAt(words, i - 1) &&
      !countryAt(words, i + 1) &&
      isNameWord(words, i - 1)
    )
      return true;
  }
  // "Vice Foreign Minister Sun Weidong", "Vice Premier He Lifeng", "Foreign Minister Sunday Adeyemi", "Minister May
  // Lin": between a title and a family name that ends the name (a lower-case word or a sign follows), a capitalised
  // word that is also an English word, a day or a month is a given name.
  if (givenNameAfterTitle(words, i)) return true;
  // "Jan Kubis", "Jan Lipavsky": the given name, not January, when a name and no number follows.
  const givenJan =
    bare === 'jan' && word.text === 'Jan' && /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]?.text ?? '') && !/^\d/.test(words[i - 1]?.text ?? '');
  if (
    !givenJan &&
    (notNameWords.has(bare) || institutionNouns.has(bare) || headlineVerbs.has(bare) || speechVerbs.has(bare) || isProgrammeHead(bare))
  )
    return false;
  // "the Most Honourable Dr. Jerome Walcott", "the Right Honourable …", "the Very Reverend …" (blind-75): the degree of a
  // style is part of the style.
  if (/^(?:most|right|very)$/.test(bare) && /^(?:hon(?:ou?rable)?|rev(?:erend)?|excellent|worshipful)\.?$/i.test(words[i + 1]?.text ?? ''))
    return false;
  // "Yang Berhormat Pehin …", "Yang Mulia …" (Malay styles, blind-75), not the surname Yang ("Yang Jiechi").
  if (bare === 'yang' && /^(?:Berhormat|Mulia|Amat|Teramat|Dimuliakan)$/.test(words[i + 1]?.text ?? '')) return false;
  // "two Non-AU Members States Ambassadors" (new-user trial 131): a word negated by "Non-" names nobody.
  if (/^Non-/.test(word.text)) return false;
  // "the European Comm'n", "Gov't", "Int'l": a word shortened with an apostrophe is no name ("O'Brien" is).
  if (/^\p{Lu}\p{Ll}+['’](?!s$)\p{Ll}{1,2}$/u.test(word.text)) return false;
  // "Congratulating Kerry on his appointment, Yang said …": a participle opening a clause is no given name (nine letters
  // or more, so that "Zhaoxing" stays one).
  if (/^\p{Lu}\p{Ll}{5,}ing$/u.test(word.text) && (i === 0 || /^[,;:(“"]$/.test(words[i - 1]?.text ?? ''))) return false;
  // "Similarly, State Minister …", "Separately, …": an adverb opening a clause.
  // "Indeed, Blinken acknowledged …": any adverb the tagger reads opening the sentence before its comma.
  // "The Foreign Secretary, James Cleverly, met …": after a capitalised word, an -ly word is a family name.
  if (
    word.pos === 'ADV' &&
    words[i + 1]?.text === ',' &&
    ((/ly$/.test(bare) && !words[i - 1]?.capitalised) || i === 0 || /^[;:“"]$/.test(words[i - 1]?.text ?? ''))
  )
    return false;
  // "the Amir Sheikh Tamim bin Hamad Al Thani": an emir before another style is the office, not part of the name.
  if ((bare === 'amir' || bare === 'emir') && nameStyles.has(words[i + 1]?.key ?? '')) return false;
  // "Prince Sultan bin Saad": after a style, a word that is also a title ("Sultan") is a name when a particle follows.
  const styledTitleWord = (at: number) => isTitleWord(words[at]) && nameParticles.has(words[at + 1]?.key ?? '');
  if (nameStyles.has(bare) && words[i - 1]?.key !== 'crown')
    return /^\p{Lu}/u.test(words[i + 1]?.text ?? '') && (!isTitleWord(words[i + 1]) || styledTitleWord(i + 1));
  if (i > 0 && nameStyles.has(words[i - 1]?.key ?? '') && words[i - 2]?.key !== 'crown' && /^\p{Lu}/u.test(word.text) && styledTitleWord(i))
    return true;
  if (isHonorificWord(word) || abbreviationOf(word) !== null || isTitleWord(word)) return false;
  if (nonNamePos.has(word.pos) && !/^\p{Lu}\p{Ll}/u.test(word.text)) return false;
  // "Danish Foreign Minister Per Stig Moller": a capitalised word the tagger reads as a preposition is a given name
  // between a title and a surname.
  const givenAfterTitle =
    i > 0 &&
    !englishFunctionWords.has(bare) &&
    (isTitleWord(words[i - 1]) || isHonorificWord(words[i - 1])) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]?.text ?? '') &&
    !isTitleWord(words[i + 1]);
  if (
    nonNamePos.has(word.pos) &&
    !givenAfterTitle &&
    ['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM', 'PUNCT', 'SYM'].includes(word.pos)
  )
    return false;
  const isAllCaps = word.text.length > 1 && word.text === word.text.toUpperCase() && /\p{Lu}/u.test(word.text);
  if (isAllCaps) {
    // "Foreign Minister Dr AK Abdul Momen", "Dr S Jaishankar": initials written in capitals after a title or honorific.
    const previous = words[i - 1];
    // "Minister of Foreign Affairs of the Republic of Korea CHO Hyun" (new-user trial 137 F6): or after the country a
    // title ends on ("of …"; not "Latvian MP Ināra Mūrniece", an office's abbreviation after a demonym).
    const afterCountry = [1, 2, 3, 4].some(
      (back) => (countryAt(words, i - back)?.length ?? 0) === back && /^(?:of|the)$/i.test(words[i - back - 1]?.text ?? ''),
    );
    const initials =
      /^\p{Lu}{1,3}$/u.test(word.text) &&
      (isHonorificWord(previous) || isTitleWord(previous) || afterCountry) &&
      // "H.E. Mr. CHO Tae-yul": a hyphenated given name after a short surname in capitals.
      /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(words[i + 1]?.text ?? '') &&
      !isTitleWord(words[i + 1]);
    if (initials && !organizationIn(word.text) && !countryAt(words, i)) return true;
    if (word.text.replace(/[^\p{L}]/gu, '').length <= 3 || organizationIn(word.text)) return false;
    // "Minister IWAYA expressed …", "Mr. KISHIDA": a surname in capitals after a title (Japan's readouts print them so).
    if (previous && (isTitleWord(previous) || isHonorificWord(previous)) && !countryAt(words, i) && words[i + 1]?.capitalised !== true)
      return true;
    const neighbour = [words[i - 1], words[i + 1]].some(
      (w) => w && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !isTitleWord(w) && !notNameWords.has(w.key),
    );
    if (!neighbour) return false;
  }
  const country = countryAt(words, i);
  if (country && !(country.ambiguous && isNameWord(words, i + 1))) return false;
  // The second word of "Saudi Arabian", "Sri Lanka".
  for (let back = i - 1; back >= Math.max(0, i - 3); back--) if ((countryAt(words, back)?.length ?? 0) > i - back) return false;
  // "Japan-U.S.", "China-Central": compounds of country names are adjectives of relations, not names.
  if (word.text.includes('-') && word.text.split('-').some((part) => lookupCountry(part) !== null)) return false;
  return true;
}

// Speech verbs that are also given names ("Said", "Saïd").
const givenNameLike = new Set(['said']);

/**
 * "the Foreign Minister of Oman, Omar Said.", "Badr Said Albusaidi" (new-user trial 103): "Said" capitalised after a
 * name word, inside a sentence, is the name's when a family name, a comma, a full stop, "and" or the end follows — a
 * verb is written in lower case; not in a title-case headline ("Lavrov Said To Visit").
 */
function saidInName(words: readonly Word[], j: number): boolean {
  const [word, next] = [words[j], words[j + 1]];
  if (!word || !givenNameLike.has(word.key) || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return false;
  if (next === undefined || /^[,.;:)]$/.test(next.text) || next.key === 'and') return true;
  return /^\p{Lu}\p{Ll}+$/u.test(next.text) && !englishFunctionWords.has(next.key) && !isTitleWord(next) && isNameWord(words, j + 1);
}

function givenNameAfterTitle(words: readonly Word[], i: number): boolean {
  const [previous, word, next, after] = [words[i - 1], words[i], words[i + 1], words[i + 2]];
  if (!previous || !word || !next || !previous.capitalised) return false;
  if (!isHead(previous) && !isHonorificWord(previous)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || englishFunctionWords.has(word.key)) return false;
  // "Belize Prime Minister Said Musa": a speech verb capitalised inside a sentence, between a title and a family name,
  // is a given name; a headline's "Minister Says …" is not (title case runs on after it).
  if (isTitleWord(word) || isHonorificWord(word) || countryAt(words, i)) return false;
  if ((headlineVerbs.has(word.key) || speechVerbs.has(word.key)) && !givenNameLike.has(word.key)) return false;
  if (narrativeVerbs.has(word.key) || institutionNouns.has(word.key) || isProgrammeHead(word.key)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(next.text) || isTitleWord(next) || isHonorificWord(next)) return false;
  if (notNameWords.has(next.key) || headlineVerbs.has(next.key) || speechVerbs.has(next.key) || narrativeVerbs.has(next.key)) return false;
  if (institutionNouns.has(next.key) || isProgrammeHead(next.key) || countryAt(words, i + 1)) return false;
  // The family name ends the name: not a title-case headline ("Foreign Minister Will Attend Summit").
  return after === undefined || !after.capitalised || /^[,.;:()]$/.test(after.text);
}

// "Abu al-Gheit", "Abdel Fattah el-Sisi": an article joined to the name it belongs to. "King Abdullah II": a regnal
// number ends a name.
const arabicParticleName = /^(?:al|el|as|ash|ad|at|ar|az|an)-\p{Lu}\p{Ll}+(?:['’]s)?$/u;
const regnalNumber = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;

const clauseVerb = (word: Word | undefined): boolean =>
  word !== undefined &&
  (speechVerbs.has(word.key) ||
    narrativeVerbs.has(word.key) ||
    /^(?:also|then|later|further)$/.test(word.key) ||
    (word.pos === 'VERB' && /^\p{Ll}/u.test(word.text)));

// "Prime Minister Theresa May", "Charlotte April": a month that ends a given name's run and is no date ("May 5").
const monthSurnames = new Set(['may', 'june', 'april', 'august']);
function monthSurname(words: readonly Word[], j: number): boolean {
  const word = words[j];
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || !monthSurnames.has(word.key)) return false;
  return !/^\d/.test(words[j + 1]?.text ?? '') && !/^\d/.test(words[j - 2]?.text ?? '');
}

// "de la Fuente", "van der Leyen", "bin Abdul Aziz": one to three particles, then a name word. Returns how many
// particles start at j (0 when no name word follows them).
function particlesBefore(words: readonly Word[], j: number): number {
  let k = j;
  while (k < j + 3 && words[k] && nameParticles.has((words[k] as Word).key)) k++;
  return k > j && isNameWord(words, k) ? k - j : 0;
}

/** Whether the capitalised word at `at` goes on a name as a word no name has ("Economic Zone"), not a day. */
function thingRunsOn(words: readonly Word[], at: number): boolean {
  const next = words[at];
  return (
    next !== undefined && next.capitalised && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !isNameWord(words, at) && !calendarWord.test(next.text)
  );
}
// The last word of a capitalised phrase that names a body, a place or an undertaking, never a person: "Barbados's Coast
// Guard", "Kenya's Defence Forces".
const thingNoun =
  /^(?:Guard|Guards|Zone|Forces?|Army|Navy|Police|Council|Bank|Agency|Ministry|Office|Corridor|Fund|Forum|Commission|Committee|Authority|Service|Programme|Program|Initiative|Project|Summit|Conference|Agreement|Treaty|Accord|Plan|Strategy|Parliament|Assembly|Senate|Congress|Court|Tribunal|Government|Cabinet|Embassy|Airport|Port|Railway|Highway|Bridge|Dam|Field|Basin|Sea|Gulf|Strait|Islands?|Republic|Kingdom|Party|Movement|Front)$/;
const calendarWord =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Runs of name words, particles inside ("bin Zayed", "Le Drian", "de la Fuente"), a possessive ending the run. */
const countedUnit = /^(?:Days?|Hours?|Weeks?|Months?|Years?|Points?|Members?|Nations?|Parties|Party|Stars?|Pillars?|Steps?)$/;

export function nameRuns(words: readonly Word[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    // "Secretary de la Fuente said", "Minister van der Berg": after a title or an honorific, a family name may open
    // with its particles in lower case.
    // `"…," van der Berg said`, `"…," said de Cravinho`, `"…," al-Maliki said`: a speech verb next to the name opens
    // it too (trial 95).
    const spokenBefore = speechVerbs.has(words[i - 1]?.key ?? '');
    const particleOpens = (at: number) =>
      isTitleWord(words[at - 1]) ||
      isHonorificWord(words[at - 1]) ||
      spokenBefore ||
      speechVerbs.has(words[at + particlesBefore(words, at) + 1]?.key ?? '');
    const opening = !isNameWord(words, i) && particleOpens(i) ? particlesBefore(words, i) : 0;
    const joinedArticle =
      !isNameWord(words, i) && arabicParticleName.test(words[i]?.text ?? '') && (spokenBefore || speechVerbs.has(words[i + 1]?.key ?? ''));
    // "Mrs May arrived …" (blind-75): after a courtesy, a month that is no date is a family name.
    const monthName =
      !isNameWord(words, i) &&
      isHonorificWord(words[i - 1]) &&
      /^(?:mr|mrs|ms|miss|madam|dr)\.?$/.test(words[i - 1]?.key ?? '') &&
      monthSurname(words, i);
    if (!isNameWord(words, i) && opening === 0 && !joinedArticle && !monthName) continue;
    // "during the 21 Day Lockdown", "a 10 Point Plan" (blind-72): a count and its unit open no name.
    if (/^\d{1,3}$/.test(words[i - 1]?.text ?? '') && countedUnit.test(words[i]?.text ?? '')) continue;
    // A generational suffix alone ("Jr", "Sr.") names nobody.
    if (/^(?:Jr|Sr)\.?$/.test(words[i]?.text ?? '')) continue;
    let j = i + opening + 1;
    while (j < words.length) {
      if (/['’]s$/.test((words[j - 1] as Word).text) || words[j]?.text === "'s" || words[j]?.text === '’s') break;
      if (isNameWord(words, j) || arabicParticleName.test((words[j] as Word).text) || monthSurname(words, j) || saidInName(words, j)) j++;
      // "Chandrikapersad “Chan” Santokhi" (blind-75): a nickname in quotation marks between two names is the name's.
      else if (
        /^[“"‘]$/.test((words[j] as Word).text) &&
        /^\p{Lu}\p{Ll}+$/u.test(words[j + 1]?.text ?? '') &&
        /^[”"’]$/.test(words[j + 2]?.text ?? '') &&
        isNameWord(words, j + 3)
      )
        j += 4;
      // "Ato Girma W/Giorgis", "Tedros G/Egziabher" (blind-78): an Ethiopian name's "Wolde" or "Gebre" abbreviated to its
      // initial and a slash, glued to the name after it.
      else if (
        /^\p{Lu}{1,2}$/u.test((words[j - 1] as Word).text) &&
        (words[j] as Word).text === '/' &&
        (words[j] as Word).start === (words[j - 1] as Word).end &&
        (words[j + 1]?.start ?? -1) === (words[j] as Word).end &&
        /^\p{Lu}\p{Ll}+$/u.test(words[j + 1]?.text ?? '')
      )
        j += 2;
      // "Najib Tun Razak", "Hishammuddin Tun Hussein" (blind-89): the Malay style of a father named after a given name
      // is part of the name.
      else if (j > i && (words[j] as Word).text === 'Tun' && isNameWord(words, j + 1)) j += 2;
      else if (titleWordSurname(words, i, j)) {
        j++;
        break;
      } else if (particlesBefore(words, j) > 0) j += particlesBefore(words, j) + 1;
      else if (regnalNumber.test((words[j] as Word).text)) {
        j++;
        break;
      } else break;
    }
    // "President Surangel S Whipps, Jr of the Republic of Palau" (blind-73): a generational suffix is the name's.
    if (words[j]?.text === ',' && /^(?:Jr|Sr)\.?$/.test(words[j + 1]?.text ?? '')) j += words[j + 2]?.text === '.' ? 3 : 2;
    else if (/^(?:Jr|Sr)\.?$/.test(words[j]?.text ?? '') && j > i + 1) j += words[j + 1]?.text === '.' ? 2 : 1;
    // "Amazon Fund", "Middle Corridor": capitalised words before a programme head name the programme; "Black Sea",
    // "Emergency Crisis and Disasters Management Authority": before an institution's noun, the institution.
    if (!institutionAhead(words, j, j - i) && !publicationAhead(words, j)) runs.push([i, j]);
    i = j - 1;
  }
  return runs;
}

/**
 * "Foreign Minister Karin Urban of Sweden" (new-user trial 123: "Urban", "Urbán" were cut off, and "Karin" was taken for
 * another Karin of the readout): after a title and a given name, a word titles use only to qualify their head ("Urban",
 * "Rural", "Housing" of "Minister of Urban Development") that no head follows is the family name. Not a head itself:
 * "Pekka Haavisto Minister of Housing" is a name and another title. ("Karin King of Sweden" stays ambiguous: "King" is
 * a head.)
 */
function titleWordSurname(words: readonly Word[], first: number, at: number): boolean {
  const word = words[at];
  const next = words[at + 1];
  return (
    word !== undefined &&
    at > first &&
    // After a title's head ("Minister") or an honorific: not "State Guest House", "Regional Neighbourliness Department".
    ((isTitleWord(words[first - 1]) && isHead(words[first - 1] as Word)) || isHonorificWord(words[first - 1])) &&
    isTitleWord(word) &&
    !isHead(word) &&
    /^\p{Lu}\p{Ll}+$/u.test(word.text) &&
    (next === undefined || !next.capitalised || next.key === 'of')
  );
}

/**
 * True when the capitalised words from j on (joined by "of", "for", "and") end in a programme head or an institution's
 * noun: the run of `length` words before them is part of that name ("Black Sea", "Public Service Commission"). Only a
 * one-word run may be the first of two things joined by "and" ("Emergency Crisis and Disasters Management
 * Authority"): "Pekka Laine and Security Council members" keeps its person.
 */
function institutionAhead(words: readonly Word[], j: number, length: number): boolean {
  for (let k = j; k < Math.min(words.length, j + 6); k++) {
    const word = words[k] as Word;
    const bare = word.key.replace(/['’]s$/, '');
    if (word.capitalised && (isProgrammeHead(bare) || institutionNouns.has(bare))) return true;
    const joins = k > j ? /^(?:and|of|for|&)$/.test(word.key) : length === 1 && /^(?:and|&)$/.test(word.key);
    if (!word.capitalised && !joins) return false;
  }
  return false;
}

// "according to the country’s Daily Post newspaper" (blind-73: "Daily" had become Vanuatu's prime minister): capitalised
// words, then the noun of a publication or broadcaster, name that outlet.
const publicationNouns = new Set([
  'newspaper',
  'newspapers',
  'daily',
  'weekly',
  'magazine',
  'tabloid',
  'broadsheet',
  'broadcaster',
  'website',
  'newsletter',
]);
function publicationAhead(words: readonly Word[], j: number): boolean {
  for (let k = j; k < Math.min(words.length, j + 4); k++) {
    const word = words[k] as Word;
    if (!word.capitalised) return publicationNouns.has(word.key);
  }
  return false;
}

// "… bilateral meetings in Baku Ivica Dacic on Friday": a city or country that ends a phrase is not part of the name.
// After a locative preposition, also before a surname alone: "In Vilnius Yushchenko underlined …" (blind-74).
function withoutLeadingPlace(words: readonly Word[], first: number, end: number): [number, number] {
  const locative = /^(?:in|at|from|near)$/.test(words[first - 1]?.key ?? '');
  for (let length = Math.min(3, end - first - (locative ? 1 : 2)); length >= 1; length--) {
    const place = words
      .slice(first, first + length)
      .map((w) => w.text)
      .join(' ');
    const city = lookupCity(place);
    // Only a capital or a large city: "Antony" (a town near Paris) is also Antony Blinken's given name.
    // "Foreign Secretary Bharat Raj Paudyal", "Foreign Minister Israel Yoel Katz": after a title, a country that is also
    // a given name is the name's.
    const country = lookupCountry(place);
    if (country?.ambiguous && length === 1 && isTitleWord(words[first - 1])) continue;
    if ((city && (city.capital || city.population >= 1_000_000)) || country !== null) return [first + length, end];
  }
  return [first, end];
}

const militaryRank = /^(?:general|admiral|marshal|colonel|brigadier|commodore|brigadier-general|major-general|lieutenant-general)$/;
const rankModifier = /^(?:senior|lieutenant|major|brigadier|vice|rear|air|chief|field|lt|maj|brig|gen)$/;

/** Every reference to a person in one sentence, in order. */
export function findPeople(words: readonly Word[]): PersonMention[] {
  const titles: TitleRun[] = [];
  for (let i = 0; i < words.length; i++) {
    if (isHonorificWord(words[i], words[i - 1])) continue;
    const run = titleRunAt(words, i);
    if (run) {
      titles.push(run);
      i = run.end - 1;
    }
  }
  const mentions: PersonMention[] = [];
  const usedTitles = new Set<TitleRun>();
  // "Ambassador at Large Talgat Kaliyev": a name starts after the title whose capitalised last words run into it.
  const afterTitle = ([first, end]: [number, number]): [number, number] => {
    const title = titles.find((t) => t.start < first && first < t.end && t.end < end);
    return title ? [title.end, end] : [first, end];
  };
  const runs = nameRuns(words).map((run) => afterTitle(withoutLeadingPlace(words, run[0], run[1])));
  for (const [runStart, end] of runs) {
    // "H. E. Mr. Prak Sokhonn", "H. H. Sheikh …": the courtesy spaced into two initials opens the run.
    const spacedCourtesy =
      end - runStart > 2 && /^H\.$/.test(words[runStart]?.text ?? '') && /^[EH]\.$/.test(words[runStart + 1]?.text ?? '');
    const first = spacedCourtesy ? runStart + 2 : runStart;
    const nameStart = first;
    let nameEnd = end;
    while (nameEnd > nameStart + 1 && /^['’]s$/.test((words[nameEnd - 1] as Word).text)) nameEnd--;
    let before = runStart;
    // "Baroness Patricia Scotland", "Sheikh Abdullah": a style before the name marks a person as a courtesy does.
    let honorific = spacedCourtesy || (nameStyles.has((words[first] as Word).key) && words[first - 1]?.key !== 'crown');
    while (
      before > 0 &&
      (isHonorificWord(words[before - 1], words[before - 2]) ||
        (/^['’]$/.test(words[before - 1]?.text ?? '') && isHonorificWord(words[before - 2])) ||
        // "Senator the Hon. Marise Payne", "the Rt Hon David Lammy": the article of a British or Australian style.
        // "Prime Minister, the Most Hon. Dr. Hubert Minnis" (blind-79): Jamaica's and the Bahamas' style too.
        (words[before - 1]?.key === 'the' && /^(?:hon|honou?rable|rt|right|most|very)\.?$/i.test(words[before]?.text ?? '')) ||
        (/^(?:most|very|right)$/.test(words[before - 1]?.key ?? '') &&
          /^(?:hon(?:ou?rable)?|rev(?:erend)?)\.?$/i.test(words[before]?.text ?? '')) ||
        (/^(?:senator|ambassador)$/.test(words[before - 1]?.key ?? '') && words[before]?.key === 'the'))
    )
      [before, honorific] = [before - 1, true];
    // "Mr. Lyonchhen (Dr.) Lotay Tshering" (blind-77): a courtesy in brackets among the courtesies before the name.
    while (
      before >= 3 &&
      words[before - 1]?.text === ')' &&
      isHonorificWord(words[before - 2], words[before - 3]) &&
      words[before - 3]?.text === '(' &&
      isHonorificWord(words[before - 4], words[before - 5])
    ) {
      [before, honorific] = [before - 3, true];
      while (before > 0 && isHonorificWord(words[before - 1], words[before - 2])) before--;
    }
    // "Commander-in-Chief of Defence Services Senior General Min Aung Hlaing", "Lieutenant General Ahmed al-Nabhani"
    // (blind-87): a military rank before a name of two words or more is a style, as a courtesy is — not where a title
    // ends ("Secretary General António Guterres"), nor "the General Debate".
    if (before > 0 && end - first >= 2 && militaryRank.test(words[before - 1]?.key ?? '') && !titles.some((t) => t.end === before)) {
      before--;
      while (before > 0 && rankModifier.test(words[before - 1]?.key ?? '') && words[before - 1]?.capitalised) before--;
      honorific = true;
    }
    if (words[before - 1]?.text === 'His' || words[before - 1]?.text === 'Her') before--;
    const styledAfterComma =
      before < runStart && /^(?:His|Her|H\.E\.?)$/.test(words[before]?.text ?? '') && words[before - 1]?.text === ',';
    // "Kazakh Foreign Minister Murat Nurtleu", and "the Minister of Foreign Affairs of Slovenia, Tanja Fajon,".
    let pre =
      titles.find((t) => t.end === before && !t.plural) ??
      titles.find(
        (t) =>
          t.end === before - 1 &&
          words[before - 1]?.text === ',' &&
          !t.plural &&
          !usedTitles.has(t) &&
          // "Ambassador of Indonesia, His Excellency Meidyatama Suryodiningrat and Ambassador of Ireland, His Excellency
          // Brendan Ward were accredited" (blind-77): "His Excellency" after the comma makes the title and the name
          // one item, whatever follows the name.
          (styledAfterComma ||
            // "In a meeting with the Australian ambassador, Mottaki criticized …": a name that a verb follows is the
            // clause's subject, not the title's holder.
            (!clauseVerb(words[end]) &&
              // "…; Prime Minister of the Cook Islands, the Honourable Mark Brown; and …" (blind-64): a list of holders
              // parted by semicolons.
              ([',', '.', ';', undefined].includes(words[end]?.text) ||
                t.start === 0 ||
                words[t.start - 1]?.text === ';' ||
                /^(?:the|by|with|and|of|to|from)$/.test(words[t.start - 1]?.key ?? '')))),
      );
    const runText = words
      .slice(first, end)
      .map((w) => w.text)
      .join(' ');
    // "While in Rome, the Minister …": a place after a locative preposition is no person, whatever follows it.
    if (!pre && /^(?:in|at|from|to|into|near)$/.test(words[first - 1]?.key ?? '') && lookupCity(runText.replace(/['’]s$/, '')) !== null)
      continue;
    // "two Ambassadors from New Zeeland and the Hashemite Kingdom of Jordan" (new-user trial 131): a country misspelt by
    // one letter after a preposition is no person.
    if (!pre && /^(?:in|from|of|to|and)$/.test(words[first - 1]?.key ?? '') && lookupMisspeltCountryName(runText) !== null) continue;
    // "… in Port Louis, the Minister …": the rest of a city's name whose first word the run left out.
    const before1 = words[first - 1];
    if (
      !pre &&
      before1 &&
      /^\p{Lu}/u.test(before1.text) &&
      /^(?:in|at|from|to|into|near)$/.test(words[first - 2]?.key ?? '') &&
      lookupCity(`${before1.text} ${runText.replace(/['’]s$/, '')}`) !== null
    )
      continue;
    // "State Minister for Foreign Affairs of Ethiopia, Ambassador Mesganu Arga", "Ambassador Taye AtskeSelassie, the
    // Minister of Foreign Affairs", "Australia's Minister for Foreign Affairs, Senator Penny Wong": a bare "Ambassador"
    // or "Senator" before a name is a style; the office is printed around it.
    if (
      pre &&
      pre.start === pre.titleStart &&
      pre.end - pre.start === 1 &&
      /^(?:ambassador|senator)$/.test(words[pre.start]?.key ?? '') &&
      !pre.countryCode
    ) {
      const style = pre;
      const office =
        titles.find(
          (t) =>
            words[style.start - 1]?.text === ',' &&
            (t.end === style.start - 1 || t.end === style.start) &&
            t !== style &&
            !t.plural &&
            !usedTitles.has(t),
        ) ?? appositiveTitle(words, titles, end, runs);
      if (office) {
        usedTitles.add(style);
        honorific = true;
        pre = office.end <= style.start ? office : undefined;
        if (!pre) before = style.start;
      }
    }
    // "Latvia's new president, former foreign minister Edgars Rinkevics, made …" (blind-89): an office held before, put
    // after the one held now, is what the person was; the title is the office before the comma.
    if (pre && /^(?:former|ex)$/.test(words[pre.start]?.key ?? '') && words[pre.start - 1]?.text === ',') {
      const held = titles.find((t) => t.end === pre!.start - 1 && t !== pre && !t.plural && !usedTitles.has(t));
      if (held) {
        usedTitles.add(pre);
        pre = held;
      }
    }
    const appositive = pre ? null : appositiveTitle(words, titles, end, runs);
    const title = pre ?? appositive;
    if (title) usedTitles.add(title);
    // "his Egyptian and Iraqi counterparts, Sameh Shoukry and Fuad Hussein": a plural names a group (groupMembers).
    const counterpart = counterpartBefore(words, title === pre && pre ? pre.start : before, true);
    const possessiveCountry = pre ? null : countryBeforeName(words, before, runText);
    const lastWord = words[nameEnd - 1] as Word;
    const nameSpan = { start: (words[nameStart] as Word).start, end: lastWord.end - (/['’]s$/.test(lastWord.text) ? 2 : 0) };
    if (nameSpan.end <= nameSpan.start) continue;
    const firstIndex = Math.min(
      pre?.start ?? before,
      counterpart?.start ?? Number.MAX_SAFE_INTEGER,
      possessiveCountry?.start ?? Number.MAX_SAFE_INTEGER,
    );
    // "Igor Popov (Russia)": a country in brackets after a name is the person's.
    const bracketed = !appositive && words[nameEnd]?.text === '(' ? countryAt(words, nameEnd + 1) : null;
    const bracketEnd = bracketed && words[nameEnd + 1 + bracketed.length]?.text === ')' ? nameEnd + 1 + bracketed.length : -1;
    // "Foreign Minister Pekka Laine of Finland": a country after the name is the person's.
    // "… of the Netherlands": the article is part of the qualifier.
    const article = words[nameEnd]?.key === 'of' && words[nameEnd + 1]?.key === 'the' ? 1 : 0;
    const ofCountry = !appositive && bracketEnd < 0 && words[nameEnd]?.key === 'of' ? countryAt(words, nameEnd + 1 + article) : null;
    // "Foreign Minister Abdoulaye Diop of Mali" (blind-67): after "of", a word that may be a name too ("Mali", "Jordan",
    // "Chad") is the country.
    const qualifier = ofCountry && !ofCountry.possessive ? ofCountry : null;
    const qualifierEnd = qualifier ? nameEnd + article + qualifier.length : -1;
    const lastIndex = appositive ? appositive.end - 1 : bracketEnd > 0 ? bracketEnd : qualifierEnd > 0 ? qualifierEnd : nameEnd - 1;
    const trailingCountry = bracketEnd > 0 ? (bracketed?.code ?? null) : (qualifier?.code ?? null);
    // "… in the Bay of Bengal, the foreign secretary said" (blind-46): the name after a landform's "of" is no person's,
    // whatever title follows it.
    if (!honorific && words[nameStart - 1]?.key === 'of' && regionNoun.test(words[nameStart - 2]?.text ?? '')) continue;
    // "Trinidad and Tobago's Exclusive Economic Zone" (blind-82): after a country's possessive, the first word of a
    // capitalised phrase that runs on in words no name has is a thing of the country's, not a person.
    if (
      !title &&
      !counterpart &&
      possessiveCountry?.possessive &&
      (thingRunsOn(words, nameEnd) || thingNoun.test((words[nameEnd - 1] as Word).text))
    )
      continue;
    mentions.push({
      span: { start: (words[firstIndex] as Word).start, end: (words[lastIndex] as Word).end },
      name: nameSpan,
      ...titleSpans(words, title),
      office: title?.office ?? null,
      countryCode: title?.countryCode ?? counterpart?.countryCode ?? possessiveCountry?.code ?? trailingCountry,
      countryBasis: title?.countryCode
        ? title.countryBasis
        : counterpart?.countryCode
          ? 'counterpart'
          : possessiveCountry
            ? possessiveCountry.possessive
              ? 'possessive'
              : 'demonym'
            : trailingCountry
              ? 'qualifier'
              : null,
      organization: title?.organization ?? null,
      counterpart: counterpart !== null,
      honorific,
      plural: false,
      // A city, or a ministry named by its building ("Wisma Putra said …"): a place, never a person.
      placeLike:
        (!title && !honorific && counterpart === null && lookupCity(runText.replace(/['’]s$/, '')) !== null) ||
        isSeatOfGovernment(runText) ||
        (!title && !honorific && counterpart === null && venueAt(words, nameStart, runText)) ||
        // "China’s Sizhuan Province and Japan’s Miyagi Prefecture" (blind-78): a region's name.
        // "marked Mandela Day with Minister Pandor", "a visit to Waterkloof Airforce Base" (new-user trial 134 F1): a day
        // kept or a building's name.
        (!title &&
          !honorific &&
          (regionNoun.test(runText.split(/\s+/).at(-1) ?? '') || nonPersonNoun.test(runText.split(/\s+/).at(-1) ?? ''))),
      first: firstIndex,
      last: lastIndex,
    });
  }
  for (const title of titles) {
    if (usedTitles.has(title)) continue;
    if (inEventName(words, title.start)) continue;
    const counterpart = counterpartBefore(words, title.start);
    const start = counterpart?.start ?? title.start;
    mentions.push({
      span: { start: (words[start] as Word).start, end: (words[title.end - 1] as Word).end },
      name: null,
      ...titleSpans(words, title),
      office: title.office,
      countryCode: title.countryCode ?? counterpart?.countryCode ?? null,
      countryBasis: title.countryCode ? title.countryBasis : counterpart?.countryCode ? 'counterpart' : null,
      organization: title.organization,
      counterpart: counterpart !== null,
      honorific: false,
      plural: title.plural,
      placeLike: false,
      first: start,
      last: title.end - 1,
    });
  }
  splitAideOfPrincipal(words, mentions);
  mentions.push(...bareCounterparts(words, mentions));
  mentions.push(...countryLeaders(words, mentions));
  mentions.push(...lowerCaseHeads(words, mentions));
  mentions.push(...lowerCaseSpeakers(words, mentions));
  mentions.push(...countriesMet(words, mentions));
  const groups = groupMembers(words, mentions);
  const all = [...mentions.filter((m) => !groups.replaced.has(m)), ...groups.members];
  // "Saint Vincent and the Grenadines’ Foreign Minister Frederick Stephenson": a bare capitalised word inside another
  // mention (here, of its country) is no person of its own.
  const inside = (m: PersonMention) =>
    m.title === null &&
    !m.honorific &&
    all.some(
      (other) =>
        other !== m &&
        other.span.start <= m.span.start &&
        other.span.end >= m.span.end &&
        other.span.end - other.span.start > m.span.end - m.span.start,
    );
  return all.filter((m) => !inside(m)).sort((a, b) => a.span.start - b.span.start);
}

// "his Turkish and Afghan counterparts", "Serbia's and Austria's Foreign Ministers Ivica Dačić and Sebastian Kurz",
// "his Chinese and South Korean counterparts, Wang Yi and Cho Tae Yul": one person per country listed before the
// plural, named by the names that follow it when there are as many.
function countryListMembers(
  words: readonly Word[],
  group: PersonMention,
  mentions: readonly PersonMention[],
): { members: PersonMention[]; named: PersonMention[] } {
  let k = group.last;
  while (k >= group.first && !countryAt(words, k) && (isTitleWord(words[k]) || counterpartWord.test((words[k] as Word).key))) k--;
  const countries: { code: string; first: number; last: number }[] = [];
  while (k >= 0 && countries.length < 8) {
    let matched = false;
    for (let length = 1; length <= 4 && k - length + 1 >= 0; length++) {
      const start = k - length + 1;
      const country = countryAt(words, start);
      if (country && start + country.length === k + 1) {
        countries.unshift({ code: country.code, first: start, last: k });
        k = start - 1;
        matched = true;
        break;
      }
    }
    if (!matched || !(words[k]?.key === 'and' || words[k]?.text === ',')) break;
    k--;
    // "his US, Polish, Italian, and Canadian counterparts": the serial comma before "and".
    if (words[k + 1]?.key === 'and' && words[k]?.text === ',') k--;
  }
  if (countries.length < 2) return { members: [], named: [] };
  const names = namesFrom(words, mentions, group.last + 1);
  const paired = names.length === countries.length;
  const owner = ['his', 'her', 'their', 'the'].includes(words[(countries[0] as { first: number }).first - 1]?.key ?? '') ? 1 : 0;
  const members = countries.map((country, index): PersonMention => {
    const name = paired ? (names[index] as PersonMention) : null;
    const first = index === 0 ? country.first - owner : country.first;
    const base = name ?? group;
    return {
      ...base,
      span: {
        start: index > 0 && name ? name.span.start : (words[first] as Word).start,
        end: name ? name.span.end : (words[country.last] as Word).end,
      },
      title: group.title,
      printedTitle: group.printedTitle,
      office: group.office,
      organization: group.organization,
      countryCode: country.code,
      countryBasis: group.counterpart ? 'counterpart' : 'demonym',
      // "his Chinese and Japanese counterparts, Yang Jeichi and Masahiko Komura" (blind-78): each named one is a
      // counterpart, and takes part in the meeting as one.
      counterpart: group.counterpart || base.counterpart,
      plural: false,
      first,
      last: name ? name.last : country.last,
      group: true,
    };
  });
  return { members, named: paired ? names : [] };
}

/**
 * Past "partner countries such as", "several countries, including", "the member states:" after a plural's "of"/"from":
 * the index of the first listed country, or `k` when no such words stand there.
 */
function pastCountriesSuchAs(words: readonly Word[], k: number): number {
  let at = k;
  if (words[at]?.key === 'the') at++;
  if (
    /^(?:many|several|other|various|some|partner|friendly|fellow|member|participating|neighbou?ring|regional|brotherly|\w+an)$/.test(
      words[at]?.key ?? '',
    )
  )
    at++;
  if (!/^(?:countries|states|nations|partners|organi[sz]ations)$/.test(words[at]?.key ?? '')) return k;
  at++;
  if (words[at]?.text === ',' || words[at]?.text === ':') at++;
  if (words[at]?.key === 'such' && words[at + 1]?.key === 'as') return at + 2;
  if (/^(?:including|like|namely)$/.test(words[at]?.key ?? '')) return at + 1;
  return words[at - 1]?.text === ':' ? at : k;
}

// The last word of a region's or a landform's name: never a person's.
const regionNoun =
  /^(?:Province|Prefecture|Oblast|Governorate|Region|County|District|Canton|Municipality|Island|Islands|Peninsula|Valley|Mountains|River|Lake|Bay|Strait|Gulf|Sea|Desert)$/;

// The last word of a day's or a week's name kept ("Mandela Day", "Europe Week") or of a building's or site's ("Waterkloof
// Airforce Base", "Bophelong Community Centre"): never a person's. (Not "Hall", "House" or "Park", which are surnames.)
const nonPersonNoun =
  /^(?:Day|Week|Base|Airbase|Airport|Centre|Center|Stadium|Hotel|Palace|Square|Plaza|Museum|Memorial|Mausoleum|Cathedral|Mosque|Temple|Church|University|College|Campus|Harbour|Harbor|Bridge|Dam|Building|Headquarters)$/;

// "the 1st Forum of Young Leaders of Kazakhstan and Russia", "the Council of Foreign Ministers", "Conference of Heads
// of State": an office inside the capitalised name of a forum or body names no one.
const eventNouns =
  /^(?:forum|conference|council|meeting|summit|assembly|congress|club|school|association|union|network|dialogue|session|academy|institute)$/;
// "During the meeting, held at Qasr Al Shati, Sheikh Abdullah and Saidov discussed …" (new-user trial 128 F10): a name
// where a meeting was held, or a palace's name, is a place.
// "Putin visited Fort de Bregancon" (blind-75): a fort's or a château's name too.
const palaceHead = /^(?:qasr|palacio|palais|palazzo|schloss|castillo|castelo|istana|fort|fortress|ch[aâ]teau|castle|abbey|abbaye)$/;
const heldWords = new Set(['held', 'place', 'hosted', 'met', 'meeting', 'talks', 'luncheon', 'dinner', 'reception', 'ceremony']);
function venueAt(words: readonly Word[], start: number, runText: string): boolean {
  if (palaceHead.test(runText.split(/\s+/)[0]?.toLowerCase() ?? '')) return true;
  const at = words[start - 1]?.key;
  const verb = words[start - 2]?.key;
  return (at === 'at' || at === 'in') && verb !== undefined && heldWords.has(verb);
}

function inEventName(words: readonly Word[], start: number): boolean {
  // "the 51st Session of the OIC Council of Foreign Ministers" (new-user trial 127): a run read as an office that opens
  // with the event's own noun is the event's name (it had made a person of it, and the commit stored one).
  const first = words[start];
  if (first?.capitalised && eventNouns.test(first.key) && words[start + 1]?.key === 'of') return true;
  let k = start - 1;
  if (words[k]?.key === 'young' || words[k]?.key === 'women' || words[k]?.key === 'future') k--;
  if (words[k]?.key !== 'of') return false;
  const noun = words[k - 1];
  return noun !== undefined && noun.capitalised && eventNouns.test(noun.key);
}

/**
 * "his counterparts from Bolivia, Slovenia, Latvia and the Bahamas", "the foreign ministers of Kyrgyzstan and
 * Tajikistan": one mention per country, at the country's name, with the group's office.
 */
function groupMembers(
  words: readonly Word[],
  mentions: readonly PersonMention[],
): { members: PersonMention[]; replaced: Set<PersonMention> } {
  const members: PersonMention[] = [];
  const replaced = new Set<PersonMention>();
  for (const group of mentions.filter((m) => m.plural)) {
    const listed = countryListMembers(words, group, mentions);
    if (listed.members.length >= 2) {
      members.push(...listed.members);
      replaced.add(group);
      for (const name of listed.named) replaced.add(name);
      continue;
    }
    let k = group.last + 1;
    // "the presidents of the two countries, Hassan Rouhani and Recep Tayyip Erdoğan": the sides, then their names; "The
    // Ministers for Foreign Affairs from the three West Nordic countries, Poul Michelsen, Faroe Islands, …" (blind-86):
    // "from" too, and a region's words before the noun.
    const sides = sidesBeforeNames(words, k);
    if (sides > 0) k += sides;
    else if (
      words[k]?.key === 'of' &&
      words[k + 1]?.key === 'both' &&
      /^(?:countries|nations|sides)$/.test(words[k + 2]?.key ?? '') &&
      words[k + 3]?.text === ','
    )
      k += 3;
    if (!['of', 'from'].includes(words[k]?.key ?? '')) {
      // "the three countries' foreign ministers Elmar Mammadyarov, Ali Akbar Salehi and Ahmet Davutoglu held …",
      // "the OSCE Minsk Group Co-Chairs Igor Popov (Russia), Stefan Visconti (France) …": the names that follow.
      const names = namesFrom(words, mentions, k);
      if (names.length >= 2) {
        names.forEach((name, index) => {
          members.push({
            ...name,
            span: { start: index === 0 ? group.span.start : name.span.start, end: name.span.end },
            first: index === 0 ? group.first : name.first,
            title: group.title,
            printedTitle: group.printedTitle,
            office: group.office,
            organization: group.organization,
            countryCode: name.countryCode ?? group.countryCode,
            group: true,
          });
          replaced.add(name);
        });
        replaced.add(group);
      }
      continue;
    }
    k++;
    k = pastCountriesSuchAs(words, k);
    const found: PersonMention[] = [];
    let commaNamed = false;
    let dashNamed = false;
    while (k < words.length) {
      if (found.length > 0 && words[k]?.key === 'of') k++; // "… of Cyprus Mr Ioannis Kasoulides, of Greece Mr …"
      if (words[k]?.key === 'the') k++;
      // "leaders of partner countries such as the US, EU, UK …": an organisation among the countries.
      const organization = countryAt(words, k) ? null : organizationAt(words, k);
      if (organization) {
        found.push({
          ...group,
          span: {
            start: found.length === 0 ? group.span.start : (words[k] as Word).start,
            end: (words[k + organization.length - 1] as Word).end,
          },
          countryCode: null,
          countryBasis: 'qualifier',
          organization: organization.name,
          plural: false,
          first: k,
          last: k + organization.length - 1,
          group: true,
        });
        k += organization.length;
        if (words[k]?.text === ',') k++;
        if (words[k]?.key === 'and') k++;
        continue;
      }
      const country = countryAt(words, k);
      if (!country) break;
      const first = words[k] as Word;
      const last = words[k + country.length - 1] as Word;
      // "Ministers for Foreign Affairs of Ukraine Dmytro Kuleba, the Republic of Lithuania Gabrielius Landsbergis …",
      // "Foreign Ministers of the Republic of Kazakhstan – Mukhtar Tleuberdi, the Kyrgyz Republic – …", "The prime
      // ministers of Barbados, Mia Mottley, and Cuba, Manuel Marrero": a comma too, when the first country's name is
      // followed by one and a name (not "… of Armenia and Greece, Edward Nalbandian and Dimitris Avramopoulos", whose
      // names follow the list).
      const separator = words[k + country.length]?.text ?? '';
      if (found.length === 0) commaNamed = separator === ',' && !countryAt(words, k + country.length + 1);
      // "… of the Republic of Kazakhstan – Mukhtar Tleuberdi, the Kyrgyz Republic – …": a dash after each country binds
      // its holder; "his counterparts from Montenegro and Kosovo - Nebojsa Kaludjerovic and Enver Hoxhaj -" (blind-58): a
      // dash after the last country only opens the list of names, in the countries' order (read below).
      if (found.length === 0) dashNamed = /^[–—:-]$/.test(separator);
      const after =
        (/^[–—:-]$/.test(separator) && dashNamed) || (separator === ',' && commaNamed) ? k + country.length + 1 : k + country.length;
      const named = mentions.find((m) => m.name !== null && m.first <= after && m.last >= after);
      if (named) {
        const start = found.length === 0 ? group.span.start : first.start;
        // "… Turkmenistan – Rashid Meredov and U.S. Secretary of State Michael Pompeo": a name with its own title keeps it.
        const own = named.title !== null;
        found.push({
          ...named,
          span: { start, end: named.span.end },
          first: found.length === 0 ? group.first : k,
          ...(own ? {} : { title: group.title, printedTitle: group.printedTitle, office: group.office, organization: group.organization }),
          countryCode: country.code,
          countryBasis: own ? named.countryBasis : 'qualifier',
          group: !own,
        });
        replaced.add(named);
        k = named.last + 1;
      } else {
        found.push({
          ...group,
          span: { start: found.length === 0 ? group.span.start : first.start, end: last.end },
          countryCode: country.code,
          countryBasis: 'qualifier',
          plural: false,
          first: k,
          last: k + country.length - 1,
          group: true,
        });
        k += country.length;
      }
      // "his counterparts from Greece, Nikos Kotzias; the Netherlands, Bert Koenders; and Denmark, …"
      if (words[k]?.text === ',' || (commaNamed && words[k]?.text === ';')) k++;
      if (words[k]?.key === 'and') k++;
    }
    // "Foreign Ministers of Azerbaijan, Georgia and Turkey, Elmar Mammadyarov, Davit Zalkaliani and Mevlut
    // Çavuşoğlu, respectively": the names that follow the list, in its order.
    const unnamed = found.filter((m) => m.name === null);
    if (unnamed.length === found.length && found.length >= 2) {
      const names = namesFrom(words, mentions, k);
      if (names.length === found.length)
        found.forEach((member, index) => {
          const name = names[index] as PersonMention;
          found[index] = {
            ...name,
            // The first keeps the group's start: "met his peers from Argentina and Brazil, Jorge Faurie and …".
            span: { start: index === 0 ? member.span.start : name.span.start, end: name.span.end },
            first: index === 0 ? member.first : name.first,
            title: member.title,
            printedTitle: member.printedTitle,
            office: member.office,
            organization: member.organization,
            countryCode: member.countryCode,
            countryBasis: 'qualifier',
            group: true,
          };
          replaced.add(name);
        });
    }
    if (found.length >= 2) {
      members.push(...found);
      replaced.add(group);
    } else for (const member of found) replaced.delete(member);
  }
  return { members, replaced };
}

/**
 * How many words of "of the two countries,", "of both sides,", "from the three West Nordic countries," stand between a
 * plural title and the names of its holders (the comma included), or 0.
 */
function sidesBeforeNames(words: readonly Word[], k: number): number {
  if (!['of', 'from'].includes(words[k]?.key ?? '')) return 0;
  let at = k + 1;
  if (/^(?:the|both)$/.test(words[at]?.key ?? '')) at++;
  if (/^(?:two|three|four|five|six|seven|eight|nine|ten|both)$/.test(words[at]?.key ?? '')) at++;
  else if (words[k]?.key === 'from') return 0;
  // A region's words: "West Nordic", "Baltic", "Central Asian".
  for (let n = 0; n < 3 && /^\p{Lu}\p{L}+$/u.test(words[at]?.text ?? ''); n++) at++;
  if (!/^(?:countries|nations|states|sides|governments|organi[sz]ations)$/.test(words[at]?.key ?? '') || words[at + 1]?.text !== ',')
    return 0;
  return at - k + 1;
}

// A list of names starting at word k: "A, B and C", each with an optional "(Country)" after it; also after a dash or
// colon and "respectively" ("the Lithuanian, Latvian and Estonian foreign ministers – respectively, A, B and C").
function namesFrom(words: readonly Word[], mentions: readonly PersonMention[], k: number): PersonMention[] {
  const names: PersonMention[] = [];
  if (/^[,:–—-]$/.test(words[k]?.text ?? '')) k++;
  if (words[k]?.key === 'respectively') k++;
  if (words[k]?.text === ',') k++;
  for (;;) {
    const next = mentions.find((m) => m.name !== null && !m.plural && m.first === k && m.title === null);
    if (!next) break;
    k = next.last + 1;
    // "Poul Michelsen, Faroe Islands, Lilja Alfreðsdóttir, Iceland and Vittus Qujaukitsoq, Greenland," (blind-86): a
    // country after a name's comma, before the next comma or "and", is the person's.
    const country = next.countryCode === null && words[k]?.text === ',' ? countryAt(words, k + 1) : null;
    const countryEnd = country && !country.possessive ? k + 1 + country.length : -1;
    if (country && countryEnd > 0 && (words[countryEnd]?.key === 'and' || /^[,;.]$/.test(words[countryEnd]?.text ?? '.'))) {
      names.push({
        ...next,
        countryCode: country.code,
        countryBasis: 'qualifier',
        span: { ...next.span, end: (words[countryEnd - 1] as Word).end },
        last: countryEnd - 1,
      });
      k = countryEnd;
    } else names.push(next);
    // "Ana Lira, Chile; Pedro Ruiz, Peru; and …": semicolons part the items too.
    if (words[k]?.text === ',' || (words[k]?.text === ';' && names.at(-1)?.countryBasis === 'qualifier')) k++;
    if (words[k]?.key === 'and') k++;
    if (words[k]?.key === 'as' && words[k + 1]?.key === 'well' && words[k + 2]?.key === 'as') break;
  }
  return names;
}

// The office after "of" or "to" that ends an aide's title, styling the name after it: "special envoy of President".
const principalOffice = /^(?:president|prime|premier|king|queen|emir|amir|sultan|chancellor|crown)$/;
const aideWord =
  /^(?:envoy|envoys|adviser|advisor|advisers|advisors|assistant|aide|spokesman|spokeswoman|spokesperson|representative|emissary|messenger|secretary)$/;

/**
 * "the special envoy of President Teodoro Obiang Nguema Mbasogo told reporters …" (blind-60; blind-24's "Special Envoy of
 * President Paul Biya"): the name after an aide's title that runs on through the office served is the principal's, not
 * the aide's. The mention becomes two: the aide, named by title only, and the principal with their office.
 */
function splitAideOfPrincipal(words: readonly Word[], mentions: PersonMention[]): void {
  for (const [index, mention] of mentions.entries()) {
    if (!mention.name || !mention.title) continue;
    const first = words.findIndex((w) => w.start === mention.title!.start);
    const end = words.findIndex((w) => w.start >= mention.title!.end);
    const titleWords = words.slice(first, end < 0 ? words.length : end);
    const link = titleWords.findIndex((w, k) => k > 0 && (w.key === 'of' || w.key === 'to') && aideWord.test(titleWords[k - 1]?.key ?? ''));
    if (link < 0) continue;
    // "Adviser to the President Hikmat Hajiyev": with "the", the office served is named as such and the name is the
    // aide's (blind-16); "envoy of President X" styles X by the office.
    const officeAt = link + 1;
    if (!principalOffice.test(titleWords[officeAt]?.key ?? '')) continue;
    const aideEnd = titleWords[link - 1] as Word;
    const office = titleWords[officeAt] as Word;
    const lastOffice = titleWords[titleWords.length - 1] as Word;
    const aideText = titleWords
      .slice(0, link)
      .map((w) => w.text)
      .join(' ');
    const aide: PersonMention = {
      ...mention,
      span: { start: mention.span.start, end: aideEnd.end },
      name: null,
      title: { start: mention.title.start, end: aideEnd.end },
      printedTitle: { start: mention.printedTitle?.start ?? mention.title.start, end: aideEnd.end },
      office: officeOf(aideText),
      last: first + link - 1,
    };
    const principal: PersonMention = {
      ...mention,
      span: { start: office.start, end: mention.span.end },
      title: { start: office.start, end: lastOffice.end },
      printedTitle: { start: office.start, end: lastOffice.end },
      office: /^prime|^premier/.test(office.key) ? 'head-of-government' : /^chancellor/.test(office.key) ? 'chancellor' : 'head-of-state',
      countryCode: null,
      countryBasis: null,
      counterpart: false,
      honorific: false,
      first: first + officeAt,
    };
    mentions.splice(index, 1, aide, principal);
  }
}

function titleSpans(words: readonly Word[], title: TitleRun | null): Pick<PersonMention, 'title' | 'printedTitle'> {
  if (!title) return { title: null, printedTitle: null };
  // "The Acting Foreign Minister, Ambassador A": an office read up to the comma before the style ends before it.
  // "The Omani foreign minister’s visit" (blind-70): the possessive is no part of the office.
  const last = (end: number) => {
    let k = end - 1;
    while (k > title.start && /^[,;:]$/.test(words[k]?.text ?? '')) k--;
    const word = words[k] as Word;
    return /\p{L}['’]s$/u.test(word.text) ? word.end - 2 : word.end;
  };
  return {
    title: { start: (words[title.titleStart] as Word).start, end: last(title.titleEnd) },
    printedTitle: { start: (words[title.start] as Word).start, end: last(title.end) },
  };
}

// "Retno Marsudi, Minister for Foreign Affairs of Indonesia" and "Ali Sabry, PC, the Foreign Minister"; after a dash
// too, however spaced: "Barnaba Marial Benjamin -Minister of Presidential Affairs", "James Pitia Morgan- Minister …".
// A title followed by a name is that name's own: in "in Islamabad, the Minister … Jeyhun Bayramov" it is not Islamabad's.
function appositiveTitle(
  words: readonly Word[],
  titles: readonly TitleRun[],
  end: number,
  runs: readonly [number, number][],
): TitleRun | null {
  let k = end;
  if (![',', '(', '-', '–', '—'].includes(words[k]?.text ?? '')) return null;
  // After a dash, a name of two words or more: a headline's "… Have Not Received Salaries - Finance Minister" credits
  // what it quotes.
  const run = runs.find(([, e]) => e === end);
  if (/^[-–—]$/.test(words[k]?.text ?? '') && (!run || run[1] - run[0] < 2)) return null;
  k++;
  if (/^[A-Z]{2,3}$/.test(words[k]?.text ?? '') && words[k + 1]?.text === ',') k += 2;
  // "Boubacar Diallo, the new ambassador of the Republic of Mali", "Amir Ohana, the visiting Speaker of the Israeli
  // Parliament".
  while (
    ['the', 'his', 'her', 'a', 'an', 'new', 'newly', 'appointed', 'current', 'outgoing', 'incoming', 'visiting'].includes(
      words[k]?.key ?? '',
    )
  )
    k++;
  const title = titles.find((t) => t.start === k && !t.plural) ?? null;
  // "Putin visited Fort de Bregancon, the French President's holiday residence" (blind-75): an office in the possessive
  // owns what the apposition is; it is not the name's.
  if (title && (/['’]s$/.test(words[title.end - 1]?.text ?? '') || /^['’]s$/.test(words[title.end]?.text ?? ''))) return null;
  // "Lejeune Mbella Mbella, Spain's Foreign Affairs Minister, Jose Manuel Albares Bueno, …": in a list the title is
  // the next name's; in "Fernando Fabrega, Minister of Foreign Affairs of Panama, Edward Nalbandian discussed …" the
  // next name starts a clause of its own and the title is Fabrega's.
  const nextName = (from: number) =>
    runs.find(([first]) => first === from || (first > from && words.slice(from, first).every((w) => isHonorificWord(w))));
  // A word's key drops its punctuation (a comma's is ""): the comma and semicolon are read from its text. "H.E. Meg
  // Whitman, U.S. Ambassador to Kenya, H.E. Jabor Bin Ali Al-Dosari, Ambassador of …": an honorific opens the next
  // item at its name, so the title before it closes this one.
  // "Sheikh A, Head of the GCC Department …, B, Ambassador of the Sultanate of Oman …": when the next name has a title
  // of its own after it (one no further name follows), the titles follow their names, and this one is this name's.
  const titledAfter = (run: [number, number]) => {
    let at = run[1];
    if (words[at]?.text !== ',') return false;
    at++;
    while (['the', 'his', 'her'].includes(words[at]?.key ?? '')) at++;
    const own = titles.find((t) => t.start === at && !t.plural);
    return own !== undefined && !(words[own.end]?.text === ',' && nextName(own.end + 1));
  };
  const listed = (run: [number, number] | undefined) =>
    run !== undefined &&
    ([',', ';'].includes(words[run[1]]?.text ?? '') || words[run[1]]?.key === 'and') &&
    !isHonorificWord(words[title!.end + 1]) &&
    !titledAfter(run);
  if (title && nextName(title.end)) return null;
  if (title && words[title.end]?.text === ',' && listed(nextName(title.end + 1))) return null;
  // "Welcoming Christodoulides, Greece's PM said …" (blind-53): after an opening phrase that holds the name, a title
  // that a verb follows is the main clause's subject, not the name's.
  // "Also speaking during a bilateral meeting with Onyeama, the Cabinet Secretary for Foreign Affairs of the Republic of
  // Kenya, Ambassador Raychelle Awuor Omamo, expressed …" (blind-63): the same, when the subject's name follows its title.
  const opening = words.slice(0, run?.[0] ?? end);
  const openingWord = opening.find((w) => !/^(?:also|then|later|further|separately)$/i.test(w.text))?.text ?? '';
  const subjectNamedAfter =
    words[title?.end ?? -1]?.text === ',' &&
    // "the Cabinet Secretary …, Ambassador Raychelle Awuor Omamo,": a definite title; not a list's "A, Minister of State, Dr. B, …".
    words[(title?.start ?? 0) - 1]?.key === 'the' &&
    runs.some(([first, after]) => first > title!.end && first <= title!.end + 3 && words[after]?.text === ',');
  if (
    title &&
    opening.length > 0 &&
    // "With Mr. Ablakwa, the Minister discussed …" (new-user trial 124): so after "with".
    /^(?:\p{L}+ing|in|during|at|after|following|before|upon|on|while|when|with|together|alongside)$/iu.test(openingWord) &&
    !opening.some((w) => [',', ';', ':'].includes(w.text)) &&
    (/^\p{Ll}/u.test(words[title.end]?.text ?? '') || subjectNamedAfter)
  )
    return null;
  // "New York, The Minister of Foreign Affairs, Shaikh Khalid …": a city that a title and a name follow is the dateline.
  const name = words
    .slice(runs.find(([, e]) => e === end)?.[0] ?? end, end)
    .map((w) => w.text)
    .join(' ');
  if (title && words[title.end]?.text === ',' && nextName(title.end + 1) && lookupCity(name) !== null) return null;
  return title;
}

/** The word for the person of the same office on the other side: "counterpart", "peer", "homologue", "colleague". */
const commonPlural = /(?:ies|tions?|ments?|affairs)\b/i;
// "President Mahmoud Abbas … informed … his Turkish partner, President Recep Tayyip Erdogan" (blind-87): one partner.
const counterpartWord = /^(?:counterparts?|peers?|homologues?|colleagues?|predecessors?|successors?|hosts?|guests?|partner)$/;

// "his Indonesian counterpart Retno Marsudi", "her Kazakh counterpart,", "the Brazilian counterpart", "his Senegalese
// peer Amado Ba".
function counterpartBefore(words: readonly Word[], at: number, singular = false): { start: number; countryCode: string | null } | null {
  let k = at - 1;
  if (words[k]?.text === ',') k--;
  // "his counterpart from Burundi, Ambassador Albert Shingiro", "her counterpart of Brazil Mauro Vieira".
  const following = countryFollowing(words, k);
  if (following) {
    const owned = ['his', 'her', 'their', 'the', 'its'].includes(words[following.word - 1]?.key ?? '');
    if (singular && /s$/.test(words[following.word]?.key ?? '')) return null;
    return { start: following.word - (owned ? 1 : 0), countryCode: following.code };
  }
  // "her Ethiopian counterpart to Kenya Meles Alem Tikea" (blind-45): an envoy's counterpart, accredited to the country
  // after "to"; theirs is the demonym before "counterpart".
  const accredited = countryAccreditedTo(words, k);
  if (accredited !== null) k = accredited;
  if (!counterpartWord.test(words[k]?.key ?? '')) return null;
  if (singular && /s$/.test(words[k]?.key ?? '')) return null;
  let start = k;
  let countryCode: string | null = null;
  // The longest country that ends at the word: "his Papua New Guinea counterpart" is PG, not GN.
  for (let back = Math.max(0, k - 5); back <= k - 1; back++) {
    const country = countryAt(words, back);
    if (country && back + country.length === start) {
      [countryCode, start] = [country.code, back];
      break;
    }
  }
  // "his Ghanian Counterpart Nana Akufo-Addo" (blind-43): a capitalised word between "his" and "counterpart" that is
  // a demonym but for one letter.
  const slot = words[start - 1];
  if (countryCode === null && slot && /^\p{Lu}/u.test(slot.text) && ['his', 'her', 'their', 'the'].includes(words[start - 2]?.key ?? '')) {
    const misspelt = lookupMisspeltDemonym(slot.text);
    if (misspelt) [countryCode, start] = [misspelt.code, start - 1];
  }
  const owned = ['his', 'her', 'their', 'the', 'its'].includes(words[start - 1]?.key ?? '');
  if (owned) start--;
  // "With his Finnish counterpart, Minister Tsahkna had a phone conversation with …": a phrase that opens the sentence
  // ends at its comma; the name after it is the clause's subject, not the counterpart.
  // "After the meeting with Mongolia’s counterpart, Mr. Katsuya Okada paid respects …" (blind-72): so does a clause
  // of time before it.
  const opening =
    ['with', 'alongside'].includes(words[start - 1]?.key ?? '') &&
    (start - 1 === 0 ||
      (/^(?:together|along|jointly)$/.test(words[start - 2]?.key ?? '') && start - 2 === 0) ||
      (/^(?:after|following|during|before|upon|since)$/.test(words[0]?.key ?? '') &&
        !words.slice(1, start - 1).some((word) => /^[,;:]$/.test(word.text))));
  if (opening && words[at - 1]?.text === ',') return null;
  // "peer review", "homologue series": only "his Senegalese peer" or "her homologue" is a person.
  if (!/^(?:counterparts?|predecessors?|successors?)$/.test(words[k]?.key ?? '') && countryCode === null && !owned) return null;
  // "his Kenyan host, President Uhuru Kenyatta" (blind-81): a host or guest of a country, owned — not "the host country"
  // or "guests" at large.
  if (/^(?:hosts?|guests?)$/.test(words[k]?.key ?? '') && (countryCode === null || !owned)) return null;
  return { start, countryCode };
}

// The counterpart word of "counterpart to Kenya" ending at word `end`; null when the words end otherwise.
function countryAccreditedTo(words: readonly Word[], end: number): number | null {
  for (let back = Math.max(0, end - 5); back <= end; back++) {
    const country = countryAt(words, back);
    if (!country || back + country.length !== end + 1 || country.possessive) continue;
    const article = words[back - 1]?.key === 'the' ? 1 : 0;
    const word = back - 2 - article;
    if (words[back - 1 - article]?.key === 'to' && /^counterparts?$/.test(words[word]?.key ?? '')) return word;
  }
  return null;
}

// The counterpart word of "counterpart from Burundi" / "counterpart of the Philippines" ending at word `end`.
function countryFollowing(words: readonly Word[], end: number): { word: number; code: string } | null {
  for (let back = Math.max(0, end - 5); back <= end; back++) {
    const country = countryAt(words, back);
    if (!country || back + country.length !== end + 1 || country.possessive) continue;
    const article = words[back - 1]?.key === 'the' ? 1 : 0;
    const word = back - 2 - article;
    const preposition = words[back - 1 - article]?.key ?? '';
    const owner = words[word - 1]?.key ?? '';
    if (
      !(['from', 'of'].includes(preposition) || (preposition === 'in' && ['his', 'her', 'their'].includes(owner))) ||
      !/^counterparts?$/.test(words[word]?.key ?? '')
    )
      continue;
    return { word, code: country.code };
  }
  return null;
}

function countryBeforeName(words: readonly Word[], at: number, name: string): { start: number; code: string; possessive: boolean } | null {
  // The longest country that ends at the name: "Papua New Guinea", not "Guinea"; "China's Wang Yi" too, but not
  // "Afghanistan's Neighboring Countries" or "India's External Affairs", words of a name no person has.
  for (let back = Math.max(0, at - 5); back <= at - 1; back++) {
    const country = countryAt(words, back);
    if (country && back + country.length === at && !(country.possessive && commonPlural.test(name)))
      return { start: back, code: country.code, possessive: country.possessive };
  }
  return null;
}

// A counterpart named by no name and no title: "met his Indonesian counterpart on Monday".
function bareCounterparts(words: readonly Word[], known: readonly PersonMention[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!counterpartWord.test((words[i] as Word).key)) continue;
    if (known.some((m) => m.first <= i && m.last >= i)) continue;
    const counterpart = counterpartBefore(words, i + 1);
    if (!counterpart) continue;
    const word = words[i] as Word;
    // "met his counterpart from Guinea", "his counterpart of the Philippines": the country after the word (a plural's
    // countries are its group's members, read by groupMembers).
    const after = counterpart.countryCode === null && !word.key.endsWith('s') ? countryAfterCounterpart(words, i) : null;
    found.push({
      span: { start: (words[counterpart.start] as Word).start, end: after ? (words[after.last] as Word).end : word.end },
      name: null,
      title: null,
      printedTitle: null,
      office: null,
      countryCode: counterpart.countryCode ?? after?.code ?? null,
      countryBasis: (counterpart.countryCode ?? after) ? 'counterpart' : null,
      organization: null,
      counterpart: true,
      honorific: false,
      plural: word.key.endsWith('s'),
      placeLike: false,
      first: counterpart.start,
      last: after?.last ?? i,
    });
  }
  return found;
}

// "President Buhari in a telephone conversation with the South African leader" (blind-71), "The center-left Chilean
// leader": a country's leader, named by no name and no title — the one person of that country the text names.
function countryLeaders(words: readonly Word[], known: readonly PersonMention[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (let i = 1; i < words.length; i++) {
    if ((words[i] as Word).key !== 'leader' || known.some((m) => m.first <= i && m.last >= i)) continue;
    let start = -1;
    let countryCode: string | null = null;
    for (let back = Math.max(0, i - 4); back <= i - 1; back++) {
      const country = countryAt(words, back);
      if (country && !country.possessive && back + country.length === i) {
        [start, countryCode] = [back, country.code];
        break;
      }
    }
    if (start < 0 || countryCode === null) continue;
    // Only after an article, and a word at most: "the South African leader", "the new Chilean leader" — or the article
    // the country's phrase begins with at a sentence's start ("The Kazakh leader noted …" reads as "The Kazakh").
    const article = (at: number) => /^(?:the|a)$/i.test(words[at]?.key ?? '');
    if (!article(start) && !article(start - 1) && !article(start - 2)) continue;
    if (article(start)) start++;
    found.push({
      span: { start: (words[start] as Word).start, end: (words[i] as Word).end },
      name: null,
      title: null,
      printedTitle: null,
      office: null,
      countryCode,
      countryBasis: 'demonym',
      organization: null,
      counterpart: false,
      honorific: false,
      plural: false,
      placeLike: false,
      first: start,
      last: i,
    });
  }
  return found;
}

// "The head of state noted …", "the head of the Kazakh state", "the Uzbek head of government" (blind-77, a Kazakh
// presidency's readout): the office in lower case, as a news agency or a translated readout prints it, after an
// article — a title the capitalised "Head of State" already is. Its country is the demonym printed with it, if any.
function lowerCaseHeads(words: readonly Word[], known: readonly PersonMention[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    if ((words[i] as Word).text !== 'head' || words[i + 1]?.key !== 'of' || known.some((m) => m.first <= i && m.last >= i)) continue;
    let at = i + 2;
    let countryCode: string | null = null;
    if (words[at]?.key === 'the') {
      const country = countryAt(words, at + 1);
      if (!country || country.kind !== 'demonym' || country.possessive) continue;
      [countryCode, at] = [country.code, at + 1 + country.length];
    }
    const office = words[at]?.text === 'state' ? 'head-of-state' : words[at]?.text === 'government' ? 'head-of-government' : null;
    if (office === null) continue;
    // Before it, the article or the article and a demonym: "the head of state", "the Kazakh head of state".
    let start = i;
    const before =
      countryCode === null ? [1, 2, 3].map((n) => i - n).find((b) => b >= 0 && countryAt(words, b)?.length === i - b) : undefined;
    const demonym = before === undefined ? null : countryAt(words, before);
    if (demonym && demonym.kind === 'demonym' && !demonym.possessive) [start, countryCode] = [before as number, demonym.code];
    if (!/^(?:the|a)$/i.test(words[start - 1]?.key ?? '')) continue;
    found.push(officeMention(words, start, i, at, office, countryCode));
  }
  return found;
}

/**
 * A person named by an office alone, words [first, last] with the title proper from `titleStart`: no name, no
 * organisation, the country a demonym gave it (or none).
 */
function officeMention(
  words: readonly Word[],
  first: number,
  titleStart: number,
  last: number,
  office: string,
  countryCode: string | null,
): PersonMention {
  const span = { start: (words[first] as Word).start, end: (words[last] as Word).end };
  return {
    span,
    name: null,
    title: { start: (words[titleStart] as Word).start, end: span.end },
    printedTitle: span,
    office,
    countryCode,
    countryBasis: countryCode ? 'demonym' : null,
    organization: null,
    counterpart: false,
    honorific: false,
    plural: false,
    placeLike: false,
    first,
    last,
  };
}

// An office in lower case that a speech tag names: "“…,” the secretary-general said" (blind-78, the Fiji Times), "the
// prime minister added", "said the minister". Only beside a verb of speech: elsewhere "the minister" in lower case is
// as often anyone's (new-user trial 124's "the minister of a third country").
const lowerCaseOffices: ReadonlySet<string> = new Set(lowerCaseSpeakerOffices);
function lowerCaseSpeakers(words: readonly Word[], known: readonly PersonMention[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if ((words[i] as Word).key !== 'the') continue;
    for (const length of [2, 1]) {
      const office = words.slice(i + 1, i + 1 + length);
      if (office.length < length || office.some((w) => w.capitalised || !/^[a-z-]+$/.test(w.text))) continue;
      const printed = office.map((w) => w.text).join(' ');
      if (!lowerCaseOffices.has(printed)) continue;
      const last = i + length;
      if (known.some((m) => m.first <= last && m.last >= i + 1)) break;
      const after = words[last + 1]?.key ?? '';
      const before = words[i - 1]?.key ?? '';
      if (!speechVerbs.has(after) && !speechVerbs.has(before)) break;
      // Not after a comma that follows a name ("… in the Bay of Bengal, the foreign secretary said"): it would read as
      // that name's title.
      if (words[i - 1]?.text === ',' && words[i - 2]?.capitalised) break;
      found.push(officeMention(words, i + 1, i + 1, last, officeOf(printed), null));
      break;
    }
  }
  return found;
}

// Words a country met ends before: a sign, or a word that goes on with the sentence ("… with Kosovo and discussions
// were focused", "… with Portugal and Finland both of whom want …").
const afterCountryMet =
  /^(?:[,.;:]|and|both|where|which|who|whose|on|in|at|to|for|during|over|about|regarding|concerning|this|last|yesterday|today)$/;

/**
 * "Minister Skelemani also had bilateral meetings with Portugal and Finland", "the minister met with Kosovo" (blind-58):
 * a country met, right after a meeting verb or noun and "with", stands for its representative, an unnamed counterpart
 * of that country (one per country listed). Not a country's person ("with Russia's Lavrov"), its people ("with the
 * Chinese delegation") or what follows it as a name.
 */
function countriesMet(words: readonly Word[], known: readonly PersonMention[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (let i = 1; i < words.length; i++) {
    if (words[i]?.key !== 'with') continue;
    // "met with", "had bilateral meetings with": a meeting held, not one sought ("for talks with US", blind-15) or a
    // heading ("Meeting with Tuvalu", blind-3).
    const before = words.slice(Math.max(0, i - 4), i).map((w) => w.key);
    const met = /^(?:met|meets|meet)$/.test(before.at(-1) ?? '');
    const held = /^meetings?$/.test(before.at(-1) ?? '') && before.some((key) => /^(?:had|held|has|have|conducted|holds)$/.test(key));
    // "During bilateral foreign ministers’ talks with Japan, Yu urged …" (blind-78): bilateral talks with a country.
    const bilateral =
      /^(?:talks|meetings?|consultations)$/.test(before.at(-1) ?? '') &&
      words.slice(Math.max(0, i - 6), i).some((w) => w.key === 'bilateral');
    if (!met && !held && !bilateral) continue;
    let at = i + 1;
    const listed: PersonMention[] = [];
    while (at < words.length) {
      const start = at + (words[at]?.key === 'the' ? 1 : 0);
      const country = countryAt(words, start);
      if (!country || country.possessive || known.some((m) => m.first <= start && m.last >= start)) break;
      const last = start + country.length - 1;
      const next = words[last + 1];
      const nextWord = next ? next.key || next.text : '';
      if (next && !afterCountryMet.test(nextWord)) break;
      listed.push({
        span: { start: (words[start] as Word).start, end: (words[last] as Word).end },
        name: null,
        title: null,
        printedTitle: null,
        office: null,
        countryCode: country.code,
        countryBasis: 'counterpart',
        organization: null,
        counterpart: true,
        honorific: false,
        plural: false,
        placeLike: false,
        first: start,
        last,
      });
      // "Portugal and Finland", "Portugal, Finland and Kosovo": the list goes on when a country follows its sign.
      const joined = nextWord === ',' || nextWord === 'and' ? last + 2 + (words[last + 2]?.key === 'and' ? 1 : 0) : -1;
      if (joined < 0 || !countryAt(words, joined + (words[joined]?.key === 'the' ? 1 : 0))) break;
      at = joined;
    }
    found.push(...listed);
  }
  return found;
}

// "counterpart from Guinea", "counterpart of the Philippines": the country named after the counterpart word at `i`.
function countryAfterCounterpart(words: readonly Word[], i: number): { code: string; last: number } | null {
  // "his counterpart in Mexico" (blind-85) too, when no demonym says whose counterpart ("his Armenian counterpart in
  // Georgia" met there).
  const inCountry = words[i + 1]?.key === 'in' && ['his', 'her', 'their'].includes(words[i - 1]?.key ?? '');
  if (!['from', 'of'].includes(words[i + 1]?.key ?? '') && !inCountry) return null;
  const at = i + 2 + (words[i + 2]?.key === 'the' ? 1 : 0);
  const country = countryAt(words, at);
  if (!country || country.possessive) return null;
  return { code: country.code, last: at + country.length - 1 };
}
