import {
  honorifics,
  nameParticles,
  nameStyles,
  officeOf,
  titleAbbreviations,
  titleCountries,
  titleHeads,
  titleWords,
} from '../lexicon/titles.js';
import { organizationIn, organizations } from '../lexicon/organizations.js';
import { isRegionModifier, lookupCountry, mayStartCountry } from './countries.js';
import { lookupCity } from './places.js';
import { institutionNouns } from '../lexicon/verbs.js';

import { rememberedAt, rememberedPerWord } from './memo.js';
import type { Word } from './words.js';

/** A title of office in a sentence's words: [start, end) word indexes, the country it names and where. */
export interface TitleRun {
  /** First word of the printed title, a leading demonym or country included ("Kazakh Deputy Prime Minister"). */
  start: number;
  /** First word of the title proper (after the demonym). */
  titleStart: number;
  /** End of the title proper (before a trailing "of Indonesia"). */
  titleEnd: number;
  /** End of the printed title, the trailing country included. */
  end: number;
  countryCode: string | null;
  countryBasis: 'demonym' | 'qualifier' | 'title' | null;
  organization: string | null;
  office: string;
  plural: boolean;
}

// Bodies, not offices: a title never starts with one ("Council of Foreign Ministers" is no person).
const organWords = new Set([
  'council',
  'committee',
  'commission',
  'office',
  'ministry',
  'bureau',
  'department',
  'agency',
  'organization',
  'organisation',
  'union',
  'nations',
  'assembly',
  'parliament',
  'government',
  'party',
  'group',
  'delegation',
  'house',
  'senate',
  'congress',
  'chamber',
  'administration',
  'affairs',
  'policy',
  'relations',
]);
const connectors = new Set(['of', 'for', 'and', 'the', '&']);
const aideHeads = new Set(['adviser', 'advisor', 'assistant', 'aide', 'counsellor', 'counselor']);
const envoyHeads = new Set([
  'ambassador',
  'ambassador-designate',
  'envoy',
  'commissioner',
  'consul',
  'consul-general',
  'representative',
  'affaires',
  'delegate',
]);
const strongHeads = new Set([
  'minister',
  'secretary',
  'secretary-general',
  'president',
  'premier',
  'councilor',
  'councillor',
  'ambassador',
  'envoy',
  'chancellor',
  'diplomat',
  'commissioner',
  'representative',
  'ministers',
  'secretaries',
  'leaders',
  'presidents',
  'heads',
  'speaker',
  // "The US chargée d’affaires, Judes DeBaere" (blind-57): a head of mission ad interim, as strong as an ambassador
  // ("chargé" only before "d'affaires": "in charge of Asia" is no head).
  'chargee',
]);

/** A courtesy word or style before a name: "Mr", "H.E.", "H.H.", "H.R.H.", "Maj.", "(Retd)" (any case in parentheses). */
export const isHonorificWord = (word: Word | undefined, previous?: Word): boolean =>
  word !== undefined &&
  (word.capitalised || /^\((?:rtd|retd|retired)\.?\)$/i.test(word.text)) &&
  // "HE" is His Excellency; "He" is the pronoun, or a family name ("Vice Premier He Lifeng").
  word.text !== 'He' &&
  (honorifics.test(word.text) ||
    honorifics.test(word.key) ||
    /^H\.\s?(?:E|H|R\.\s?H)\.?$/.test(word.text) ||
    (/^(?:ambassador|senator)$/.test(word.key) && isTitleWord(previous)));

/** "FM", "Fm" in a title-case headline, and the plural "FMs": the title it abbreviates (singular). */
export const abbreviationOf: (word: Word | undefined) => string | null = rememberedPerWord(readAbbreviation);

function readAbbreviation(word: Word | undefined): string | null {
  if (!word || word.text.length > 5) return null;
  const plural = /^[A-Z][A-Za-z]{1,3}s$/.test(word.text) ? word.text.slice(0, -1) : null;
  return (
    titleAbbreviations[word.text] ?? titleAbbreviations[word.text.toUpperCase()] ?? (plural ? (titleAbbreviations[plural] ?? null) : null)
  );
}

export const isTitleWord: (word: Word | undefined) => boolean = rememberedPerWord(readTitleWord);
const ordinal = /^\d{1,3}(?:st|nd|rd|th)$/;

function readTitleWord(word: Word | undefined): boolean {
  if (!word) return false;
  if (abbreviationOf(word) !== null) return true;
  const key = word.key.replace(/['’]s$/, '');
  if (titleWords.has(key) || titleWords.has(singularOf(key))) return true;
  // "President of the 78th session of the General Assembly" (blind-62): an ordinal inside a title (never its first word).
  if (ordinal.test(key)) return true;
  return key.includes('-') && (titleWords.has(key.replace(/-/g, '')) || key.split('-').every((part) => titleWords.has(part)));
}

function isPluralHead(word: Word): boolean {
  if (/^[A-Z][A-Za-z]{1,3}s$/.test(word.text) && abbreviationOf(word) !== null && !titleAbbreviations[word.text]) return true;
  const key = word.key.replace(/['’]$/, '');
  return /s$/.test(key) && !/(?:ss|us|is)$/.test(key) && titleHeads.has(singularOf(key));
}

// "secretaries" → secretary (blind-43's "Cabinet Secretaries Raychelle Omamo, Monica Juma, …"), "ministers" → minister.
const singularOf = (key: string): string => (/[^aeiou]ies$/.test(key) ? key.replace(/ies$/, 'y') : key.replace(/s$/, ''));

/** A title's head word ("Minister", "Premier", "Secretary", an abbreviation such as "FM"), not a qualifier. */
export function isHead(word: Word): boolean {
  if (abbreviationOf(word) !== null) return true;
  const key = word.key.replace(/['’]s$/, '');
  return titleHeads.has(key) || titleHeads.has(singularOf(key)) || key.split('-').some((part) => titleHeads.has(part));
}

/** A country phrase of up to eight words starting at `i` ("Republic of Korea", "Kazakhstan's", "U.S."), or null. */
export const countryAt: (words: readonly Word[], i: number) => CountryAt | null = rememberedAt(findCountryAt);

interface CountryAt {
  code: string;
  /** A name ("Kazakhstan") or a demonym ("Kazakh"). */
  kind: 'name' | 'demonym';
  length: number;
  possessive: boolean;
  ambiguous: boolean;
}

function findCountryAt(words: readonly Word[], i: number): CountryAt | null {
  const first = words[i];
  if (!first || !first.capitalised || !mayStartCountry(first.text)) return null;
  // "Latin American", "South American": a region's demonym (the name after a region word is left as it was read).
  const before = words[i - 1];
  const regional = before !== undefined && before.end + 1 >= first.start && isRegionModifier(before.text);
  let wordy = 0;
  // Eight words: "United Kingdom of Great Britain and Northern Ireland", the longest official name in use.
  // "Antigua & Barbuda": an ampersand inside the name, never first.
  while (
    wordy < 8 &&
    i + wordy < words.length &&
    /^(?:\p{L}|&$)/u.test((words[i + wordy] as Word).text) &&
    (wordy > 0 || (words[i] as Word).text !== '&')
  )
    wordy++;
  for (let length = wordy; length >= 1; length--) {
    const phrase = words.slice(i, i + length);
    if (!(phrase[0] as Word).capitalised) return null;
    let text = phrase.map((w) => w.text).join(' ');
    let possessive = false;
    const next = words[i + length];
    // "Kazakhstan's", "Kazakhstan ’s", and the plural's bare apostrophe: "Saint Vincent and the Grenadines’".
    if (next && /^['’]s?$/.test(next.text) && next.start === (phrase[length - 1] as Word).end) possessive = true;
    if (/['’]s?$/.test(text)) [text, possessive] = [text.replace(/['’]s?$/, ''), true];
    const found = lookupCountry(text);
    // "South American" but not "South Korean": the two words together name no country.
    if (found && regional && found.kind === 'demonym' && !lookupCountry(`${before.text} ${text}`)) return null;
    if (found)
      return {
        code: found.code,
        kind: found.kind,
        length: length + (possessive && next && /^['’]s?$/.test(next.text) && next.start === (phrase[length - 1] as Word).end ? 1 : 0),
        possessive,
        ambiguous: found.ambiguous,
      };
  }
  return null;
}

// "High Representative/Vice-President Josep Borrell", "the High Representative for Foreign Affairs and Security Policy":
// the EU's, with no country, whatever the dateline says.
const euHighRepresentative =
  /^high representative(?:\s*\/\s*vice-president)?(?: of the union)?(?: for foreign affairs and security policy)?$/i;

// Heads whose remit follows "on": "Special Representative on the South Caucasus", "Special Envoy on Climate Change".
const remitHeads = new Set(['representative', 'envoy', 'special-envoy', 'rapporteur', 'coordinator', 'adviser', 'advisor']);

// The nouns that end the name of a body: "Andean Community", "East African Court of Justice", "Pacific Islands Forum".
const bodyNouns =
  /^(?:community|union|organi[sz]ation|council|commission|court|bank|forum|secretariat|league|association|agency|fund|group|conference|assembly|parliament)$/;

/**
 * How many words from `at` on name a body before a title of its official, or 0: an acronym ("CAN", not an honorific,
 * abbreviation or country), or capitalised words ending in a body noun ("Andean Community", "Andean Court of Justice"),
 * with the acronym in brackets after them ("(CAN)"), when a capitalised title word follows.
 */
function bodyNameLength(words: readonly Word[], at: number): number {
  const first = words[at];
  if (!first?.capitalised || isTitleWord(first) || isHonorificWord(first) || countryAt(words, at)) return 0;
  const titleAfter = (k: number) => isTitleWord(words[k]) && words[k]?.capitalised === true && !organWords.has(words[k]?.key ?? '');
  // "CAN General Secretary", "OSCE PA Special Representative": one or two acronyms.
  const acronym = (word: Word | undefined) => word !== undefined && /^[A-Z]{2,6}$/.test(word.text) && abbreviationOf(word) === null;
  if (acronym(first)) return titleAfter(at + 1) ? 1 : acronym(words[at + 1]) && titleAfter(at + 2) ? 2 : 0;
  if (words[at - 1]?.capitalised) return 0;
  let end = -1;
  for (let k = at; k < Math.min(words.length, at + 6); k++) {
    const word = words[k] as Word;
    if (word.key === 'justice' && words[k - 2]?.key === 'court') end = k + 1;
    else if (isTitleWord(word) || (!word.capitalised && !/^(?:of|for)$/.test(word.key))) break;
    else if (bodyNouns.test(word.key)) end = k + 1;
  }
  if (end < 0) return 0;
  if (words[end]?.text === '(' && /^[A-Z]{2,8}$/.test(words[end + 1]?.text ?? '') && words[end + 2]?.text === ')') end += 3;
  return titleAfter(end) ? end - at : 0;
}

/**
 * How many words from `at` on name an organisation in full ("Association of Southeast Asian Nations"), or 0: the
 * shortest phrase the lexicon knows, then any capitalised words that go on naming it ("Joint United Nations
 * Programme on HIV/AIDS", whose "United Nations" the lexicon knows), up to 10 words.
 */
function organisationNameLength(words: readonly Word[], at: number): number {
  let phrase = '';
  for (let length = 1; length <= 8 && at + length <= words.length; length++) {
    const word = words[at + length - 1] as Word;
    if (!word.capitalised && !/^(?:of|and|for|the|on|in)$/.test(word.key)) return 0;
    phrase = length === 1 ? word.text : `${phrase} ${word.text}`;
    if (length >= 2 && word.capitalised && organizationIn(phrase)) return length + organisationNameGoesOn(words, at + length, 10 - length);
  }
  return 0;
}

// The nouns of a body's name that can follow a name the lexicon knows: "Joint United Nations Programme".
const bodyNameNouns =
  /^(?:programme|program|fund|bank|office|agency|institute|centre|center|foundation|committee|authority|commission|council|organi[sz]ation|secretariat|forum|mission)$/;

// After an organisation's known name, a body noun and what it is on or for, in capitalised words: "Programme on
// HIV/AIDS". How many words, at most `room`; 0 when no body noun follows (a person's name may).
function organisationNameGoesOn(words: readonly Word[], from: number, room: number): number {
  if (!bodyNameNouns.test(words[from]?.key ?? '') || !words[from]?.capitalised) return 0;
  let k = from + 1;
  const named = (word: Word | undefined) => word !== undefined && word.capitalised && !isTitleWord(word) && /\p{L}/u.test(word.text);
  if (/^(?:of|on|for)$/.test(words[k]?.key ?? '') && named(words[k + 1]))
    for (k += 2; k - from < room && (words[k]?.text === '/' || /^(?:and|&)$/.test(words[k]?.key ?? '')) && named(words[k + 1]);) k += 2;
  return Math.min(k, from + room) - from;
}

// An acronym in brackets after an organisation's name: "(UNAIDS)", "(AfDB)", "(ECOWAS)" — capitals, maybe a lower-case
// letter among them.
function bracketedAcronym(word: Word | undefined): boolean {
  return word !== undefined && /^[A-Z][A-Za-z]{1,7}$/.test(word.text) && (word.text.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

// "The Taoiseach and Prime Minister Johnson", "the President and President Lula": no one holds one office twice, so
// the same office on both sides of "and" is two people's (a head of government, of state, or a foreign minister).
function sameOfficeAfter(words: readonly Word[], titleStart: number, and: number): boolean {
  const before = officeOf(
    words
      .slice(titleStart, and)
      .map((w) => w.text)
      .join(' '),
  );
  if (!/^(?:head-of-government|head-of-state|foreign-minister)$/.test(before)) return false;
  return titleRunAt(words, and + 1)?.office === before;
}

// "the Tánaiste and President Ramaphosa discussed …" (new-user trial 134 F2): one office word after "the", then a head of
// state's or government's office that is not it — two people ("Tánaiste and Minister for Foreign Affairs" stays one
// double office, and so does "Chairman and President", a company's).
function principalAfterLoneOffice(words: readonly Word[], titleStart: number, and: number): boolean {
  if (and !== titleStart + 1 || words[titleStart - 1]?.key !== 'the' || /^chair/.test(words[titleStart]?.key ?? '')) return false;
  const after = titleRunAt(words, and + 1)?.office;
  return (after === 'head-of-state' || after === 'head-of-government') && officeOf(words[titleStart]?.text ?? '') !== after;
}

// Title words from k on that include a head noun ("External Affairs Minister"): another office holder.
function holderAhead(words: readonly Word[], k: number): boolean {
  for (let n = k; n < words.length && isTitleWord(words[n]); n++) if (isHead(words[n] as Word)) return true;
  return false;
}

const anchoredOrganizations = organizations.map(([pattern, name]) => [new RegExp(`^(?:${pattern.source})$`), name] as const);

/**
 * An international organisation named in full or by its acronym at word `k` ("EU", "the African Union" from its
 * "African", "North Atlantic Treaty Organization"): its name (lexicon/organizations.ts) and length in words, or null.
 */
export function organizationAt(words: readonly Word[], k: number): { name: string; length: number } | null {
  for (let length = 7; length >= 1; length--) {
    const phrase = words.slice(k, k + length);
    if (phrase.length < length || !phrase[0]?.capitalised || !phrase.every((w) => w.capitalised || /^(?:of|for|and)$/.test(w.key)))
      continue;
    const text = phrase.map((w) => w.text).join(' ');
    const found = anchoredOrganizations.find(([pattern]) => pattern.test(text));
    if (found) return { name: found[1], length };
  }
  return null;
}

// "UN chief", "NATO chief Jens Stoltenberg", "EU foreign policy chief Josep Borrell", "the UN envoy": news agencies
// write an organisation's officials in lower case after its acronym; only these heads, so "EU member states" stays a
// phrase.
const newsroomHeads = /^(?:chief|envoy|spokesperson|spokesman|spokeswoman|diplomat)$/;
function newsroomHeadAt(words: readonly Word[], k: number): boolean {
  let at = k;
  while (at < k + 3 && /^(?:foreign|policy|top|special|security|humanitarian|aid|rights|peace)$/.test(words[at]?.key ?? '')) at++;
  return newsroomHeads.test(words[at]?.key ?? '') && !words[at]?.capitalised;
}

/**
 * The title that starts at word `i`, if one does: title words with "of", "for", "and", "the" between them, a leading
 * demonym or country, a trailing "of <country>", an organisation's acronym in brackets and ", Vice-President of …".
 * Lower-case titles count only with a strong head ("the foreign minister of Iran").
 */
export function titleRunAt(words: readonly Word[], i: number): TitleRun | null {
  let j = i;
  let countryCode: string | null = null;
  let countryBasis: TitleRun['countryBasis'] = null;
  const leading = countryAt(words, i);
  let newsroom = false;
  // "People's Republic of China (PRC) Foreign Minister": the country's short form in brackets goes with it.
  const bracketed =
    leading &&
    words[i + leading.length]?.text === '(' &&
    /^\p{Lu}[\p{L}.]{1,6}$/u.test(words[i + leading.length + 1]?.text ?? '') &&
    words[i + leading.length + 2]?.text === ')'
      ? 3
      : 0;
  // "Ukraine's new foreign minister Andrii Sybiha", "India’s newly-appointed Minister S Jaishankar" (blind-52): between
  // a country's possessive and the title, a word of tenure.
  let tenure = 0;
  if (leading?.possessive)
    while (
      tenure < 2 &&
      /^(?:new|newly|appointed|elected|incoming|outgoing|newly-(?:appointed|elected|named)|re-?(?:elected|appointed))$/.test(
        words[i + leading.length + tenure]?.key ?? '',
      )
    )
      tenure++;
  const afterLeading = leading ? i + leading.length + bracketed + tenure : i;
  if (leading && isTitleWord(words[afterLeading]) && !(leading.ambiguous && !words[afterLeading]?.capitalised)) {
    [countryCode, countryBasis] = [leading.code, 'demonym'];
    j = afterLeading;
  } else if (
    /^[A-Z]{2,7}(?:['’]s)?$/.test(words[i]?.text ?? '') &&
    organizationIn((words[i]?.text ?? '').replace(/['’]s$/, '')) &&
    isTitleWord(words[i + 1]) &&
    (words[i + 1]?.capitalised || (newsroom = newsroomHeadAt(words, i + 1)))
  ) {
    j = i + 1; // "UN Secretary General Kofi Annan", "EU High Representative", "CARICOM’s Secretary-General"
  } else if (words[i]?.key === 'cardinal' && isTitleWord(words[i + 1]) && words[i + 1]?.capitalised) {
    // "Cardinal Secretary of State Pietro Parolin": the style of a prince of the Church before his office, an office of
    // the Holy See.
    j = i + 1;
    [countryCode, countryBasis] = ['VA', 'demonym'];
  } else if (leadingOrganisation(words, i) > 0) {
    // "Commonwealth Secretary-General", "Gulf Cooperation Council (GCC) Secretary General": the organisation named in
    // full is the holder's, as its acronym is.
    j = i + leadingOrganisation(words, i);
  } else {
    // "Andean Community (CAN) General Secretary Jorge Pedraza", "CAN General Secretary", "Andean Court of Justice Head":
    // a body the lexicon does not know, named before the title of its official.
    const body = bodyNameLength(words, i);
    if (body > 0) j = i + body;
  }
  // …unless a head follows at once, or after one title word: "parliament speaker", "Commission President",
  // "government spokesman", "Party General Secretary". Not when the body's own name goes before it: "the OSCE Minsk
  // Group Co-Chairs" is a title of the Minsk Group's.
  const namedBody = j === i && words[j - 1]?.capitalised === true && !isTitleWord(words[j - 1]);
  const headAt = (k: number) => isTitleWord(words[k]) && isHead(words[k] as Word);
  const headFollows =
    headAt(j + 1) ||
    (isTitleWord(words[j + 1]) && !organWords.has(words[j + 1]?.key ?? '') && words[j + 1]?.capitalised === true && headAt(j + 2));
  if (organWords.has(words[j]?.key ?? '') && (namedBody || !headFollows)) return null;
  // "… the revitalized program under President Nicolas Maduro" (blind-66): "under" opens only "Under-Secretary" and
  // "Under Secretary", never a title of its own.
  if (words[j]?.key === 'under' && !/^(?:-?secretary|secretary-general)$/.test(words[j + 1]?.key ?? '')) j++;
  let titleStart = j;
  if (!isTitleWord(words[j]) || ordinal.test(words[j]?.key ?? '')) return null;
  let lastTitleWord = -1;
  let hasHead = false;
  let strong = false;
  let capitalHead = false;
  let qualifierAt = -1;
  let pluralHead = false;
  let lastHeadKey = '';
  while (j < words.length) {
    const word = words[j] as Word;
    // A country's name ends the title, unless the word also opens an organisation's ("United Nations", "European
    // Union", "Arab League"); "the United Kingdom" and "the United Arab Emirates" are countries.
    // "Secretary of State of the United States", "Minister of State of Qatar": "State" after "of" is the office's,
    // not the first word of "State of Qatar" or "State of Kuwait".
    const ofState = word.key === 'state' && words[j - 1]?.key === 'of';
    const country = j > titleStart && !ofState ? countryAt(words, j) : null;
    // "Secretary of State for Northern Ireland", "Minister for Southern Africa": a region of a country after "for" is the
    // office's remit — no country of its holder's, and no end of the title.
    if (
      country !== null &&
      j - 2 > titleStart &&
      words[j - 2]?.key === 'for' &&
      words[j - 1]?.capitalised === true &&
      /^(?:northern|southern|eastern|western)$/.test(words[j - 1]?.key ?? '')
    ) {
      j += country.length;
      lastTitleWord = j - 1;
      continue;
    }
    const countryStarts = country !== null && (!/^(?:european|united|asian|african|arab|gulf)$/.test(word.key) || country.length >= 2);
    // "Minister of Foreign Affairs and National Community Abroad Ramtane Lamamra" (Algeria's title): the country's people
    // abroad as a portfolio, inside a title only (not "the Andean Community", an organisation).
    const communityAbroad = j > titleStart && /^communit(?:y|ies)$/.test(word.key) && word.capitalised && words[j + 1]?.key === 'abroad';
    if ((isTitleWord(word) || communityAbroad) && !countryStarts) {
      if (isHead(word)) {
        hasHead = true;
        lastHeadKey = word.key;
        // "Chairman of the Cabinet of Ministers of Kyrgyzstan": a plural after "of" names a body, not a group of people.
        const afterOf = j > titleStart && (words[j - 1]?.key === 'of' || (words[j - 1]?.key === 'the' && words[j - 2]?.key === 'of'));
        pluralHead ||= isPluralHead(word) && !afterOf;
        const head = word.key.replace(/['’]s$/, '');
        // "the ambassadors of Japan, Russia and Indonesia": a plural of a strong head is as strong.
        strong ||=
          strongHeads.has(head) ||
          (head === 'charge' && /^d['’]affaires$/.test(words[j + 1]?.key ?? '')) ||
          (isPluralHead(word) && strongHeads.has(head.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : '')))) ||
          abbreviationOf(word) !== null;
        capitalHead ||= word.capitalised;
      }
      lastTitleWord = j++;
      continue;
    }
    // "The Secretary-General and Prime Minister Netanyahu": an organisation's head is never half of a double office.
    // "The Secretary and Foreign Minister Lavrov spoke today": a bare "the Secretary" (the readout's own principal) is
    // one person, "and" joins another.
    if (
      word.key === 'and' &&
      (/^(?:un |the )?(?:secretary-general|secretary general|director-general|director general|high representative)$/.test(
        words
          .slice(titleStart, j)
          .map((w) => w.key)
          .join(' '),
      ) ||
        (j === titleStart + 1 &&
          words[titleStart - 1]?.key === 'the' &&
          /^(?:secretary|president|chancellor|ambassador|minister)$/.test(words[titleStart]?.key ?? '')) ||
        sameOfficeAfter(words, titleStart, j) ||
        principalAfterLoneOffice(words, titleStart, j))
    )
      break;
    // "Ambassador to Portugal Oliver Antic", "Ambassador of Japan to Serbia": the posting is part of the title; the
    // country the envoy serves is not the one posted to.
    // "The Ambassador of Chile in Peru, Roberto Ibarra": "in" a country, too (not "in" a city: where the envoy met).
    if ((word.key === 'to' || word.key === 'in') && j > titleStart && envoyHeads.has(lastHeadKey)) {
      const at = j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0);
      const posting = countryAt(words, at);
      // "Ambassador to ASEAN", "Permanent Representative to the United Nations Mike Waltz": an organisation, by its
      // acronym or its full name.
      const organisation =
        word.key === 'to' && !posting
          ? /^[A-Z]{2,6}$/.test(words[at]?.text ?? '') && organizationIn(words[at]?.text ?? '')
            ? 1
            : organisationNameLength(words, at)
          : 0;
      // "Kazakhstan's Ambassador to Moscow Dauren Abaev": posted to a capital.
      const capital = word.key === 'to' && !posting && !organisation && words[at]?.capitalised ? lookupCity(words[at]?.text ?? '') : null;
      if ((posting && !posting.possessive) || organisation > 0 || capital?.capital) {
        j = at + (posting?.length ?? (organisation || 1));
        lastTitleWord = j - 1;
        continue;
      }
    }
    // "Minister of State for International Cooperation at the Ministry of Foreign Affairs Lolwah Al Khater": where the
    // office is held, up to the end of the ministry's name.
    if (word.key === 'at' && hasHead) {
      let at = j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0);
      if (/^(?:ministry|foreign|office|department|embassy)$/.test(words[at]?.key ?? '') && words[at]?.capitalised) {
        while (isTitleWord(words[at]) || (connectors.has(words[at]?.key ?? '') && isTitleWord(words[at + 1]))) at++;
        j = at;
        lastTitleWord = at - 1;
        continue;
      }
    }
    // "Ambassador at Large of the Kazakh Foreign Ministry Talgat Kaliyev", "Ambassador-at-Large".
    if (word.key === 'at' && words[j + 1]?.key === 'large' && envoyHeads.has(lastHeadKey)) {
      j += 2;
      lastTitleWord = j - 1;
      continue;
    }
    // "Diplomatic Adviser to the UAE President", "Assistant to the Prime Minister": an aide's title runs on through the
    // office served (that office's holder is no one in the sentence).
    // "Special Assistant to the Prime Minister" (blind-86): "assistant", no head of its own elsewhere ("Assistant
    // Minister"), heads an aide's title that runs on so.
    if (word.key === 'to' && j > titleStart && (aideHeads.has(lastHeadKey) || words[j - 1]?.key === 'assistant')) {
      let at = j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0);
      const served = countryAt(words, at);
      at += served?.length ?? 0;
      if (isTitleWord(words[at])) {
        // "special assistant to the Ethiopian Prime minister" (blind-86): the aide of a country's office is of that country.
        if (served && !served.possessive && countryCode === null) [countryCode, countryBasis] = [served.code, 'demonym'];
        // … and the office served makes a lower-case aide's title one (as a strong head does).
        while (isTitleWord(words[at])) strong ||= strongHeads.has((words[at++] as Word).key);
        hasHead = true;
        j = at;
        lastTitleWord = at - 1;
        continue;
      }
    }
    // "EAM and Foreign Minister Sabry reviewed …": an abbreviated title stands for one person; "and" joins another.
    if (word.key === 'and' && j === titleStart + 1 && abbreviationOf(words[titleStart]) !== null) break;
    // "Special Representative on the South Caucasus Kristian Vigenin", "Special Envoy on Climate": a remit after "on".
    if (word.key === 'on' && j > titleStart && remitHeads.has(lastHeadKey)) {
      let at = j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0);
      if (isTitleWord(words[at]) && words[at]?.capitalised) {
        while (isTitleWord(words[at]) && words[at]?.capitalised) at++;
        j = at;
        lastTitleWord = at - 1;
        continue;
      }
      // "the Personal Representative of the Chairperson-in-Office on the conflict Andrzej Kasprzyk" (blind-79), "Special
      // Envoy on climate change John Kerry": a remit in lower case, one to three words, right before the name.
      let lower = at;
      while (lower - at < 3 && /^\p{Ll}[\p{Ll}-]+$/u.test(words[lower]?.text ?? '') && !connectors.has(words[lower]?.key ?? '')) lower++;
      const name = words[lower];
      if (lower > at && name?.capitalised && /^\p{Lu}\p{Ll}/u.test(name.text) && !isTitleWord(name) && !countryAt(words, lower)) {
        j = lower;
        lastTitleWord = lower - 1;
        continue;
      }
    }
    // "Principal Secretary of Foreign Affairs at the Kenyan Ministry of Foreign and Diaspora Affairs": the ministry
    // named by its country's demonym is the holder's country; the title proper ends before "at".
    if (word.key === 'at' && hasHead && j > titleStart && !pluralHead) {
      const inner = j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0);
      const demonym = countryAt(words, inner);
      if (demonym && !demonym.ambiguous && /^(?:ministry|embassy|mission|foreign)$/.test(words[inner + demonym.length]?.key ?? '')) {
        if (qualifierAt < 0) qualifierAt = j;
        countryCode ??= demonym.code;
        countryBasis ??= 'qualifier';
        j = inner + demonym.length;
        continue;
      }
    }
    // "Prime Minister and Foreign Minister of St. Vincent & the Grenadines and foreign ministers from Antigua & Barbuda, …"
    // (blind-78): a plural title in lower case after "and" is others', not more of a capitalised one (not "Prime Minister
    // and head of the … Friendship Association", blind-37).
    if (
      word.key === 'and' &&
      words[titleStart]?.capitalised &&
      words[j + 1]?.capitalised === false &&
      isTitleWord(words[j + 1]) &&
      [1, 2, 3].some((n) => words[j + n]?.capitalised === false && isTitleWord(words[j + n]) && isPluralHead(words[j + n] as Word))
    )
      break;
    if (connectors.has(word.key) && j > titleStart) {
      // A plural title keeps its countries for the group: "Ministers for Foreign Affairs of Ukraine …, Lithuania …".
      const country =
        (word.key === 'of' || word.key === 'for') && !pluralHead && words[j + 1]?.key !== 'state'
          ? countryAt(words, j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0))
          : null;
      const afterCountry = words[j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0) + (country?.length ?? 0)];
      if (country && !isTitleWord(afterCountry) && afterCountry?.key !== 'diplomacy') {
        if (qualifierAt < 0) qualifierAt = j;
        countryCode ??= country.code;
        countryBasis ??= 'qualifier';
        j += 1 + (words[j + 1]?.key === 'the' ? 1 : 0) + country.length;
        // "Minister of Foreign Affairs of the Republic of Korea (RoK) Kang Kyung Wha": the country's short form in
        // brackets goes with it.
        if (words[j]?.text === '(' && /^\p{Lu}[\p{L}.]{1,6}$/u.test(words[j + 1]?.text ?? '') && words[j + 2]?.text === ')') j += 3;
        lastTitleWord = j - 1;
        continue;
      }
      // "President of the African Development Bank (AfDB)": an organisation named in full right after the holder's head
      // is the holder's, before its words ("African", "Development") are read as more of the title.
      const fullNameAt = j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0);
      // Not a name whose first word the lexicon knows alone ("the OSCE Gernot Erler", "AfDB Pakistan", "the EU for
      // Foreign Affairs"): the acronym's own reading below takes those.
      const fullName =
        (word.key === 'of' || word.key === 'for') &&
        !pluralHead &&
        j > titleStart &&
        isHead(words[j - 1] as Word) &&
        organizationIn(words[fullNameAt]?.text ?? '') === null
          ? organisationNameLength(words, fullNameAt)
          : 0;
      // Only where its words would not all be read as the title's anyway ("Vice-President of the European Commission").
      // Not across "and": "the Head of State and the UN Secretary-General" are two people.
      const nameWords = words.slice(fullNameAt, fullNameAt + fullName);
      const notTitleWords = nameWords.some((w) => !isTitleWord(w) && !connectors.has(w.key)) && !nameWords.some((w) => w.key === 'and');
      if (fullName > 0 && notTitleWords) {
        let after = fullNameAt + fullName;
        if (words[after]?.text === '(' && bracketedAcronym(words[after + 1]) && words[after + 2]?.text === ')') after += 3;
        // "High Representative of the European Union for Foreign Affairs and Security Policy", "Regional Director for the
        // Asia Pacific of the UNDP": a title that goes on after the organisation keeps it inside the title proper.
        const remit = connectors.has(words[after]?.key ?? '');
        // "President of the AfDB": the holder's organisation; "Director for the Asia Pacific": a remit, of the title.
        if (qualifierAt < 0 && !remit && word.key === 'of') qualifierAt = j;
        j = after;
        lastTitleWord = j - 1;
        continue;
      }
      // "Director of the Executive Committee of the Regional Anti-terrorist Structure (RATS) SCO D.M.Djumanbekov"
      // (blind-65): a body spelt out and followed by its own acronym is named, whatever its words.
      const spelledOut =
        hasHead && !pluralHead && word.key === 'of' ? spelledOutBodyLength(words, j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0)) : 0;
      if (spelledOut > 0) {
        // "Secretary General of the Organization of American States (OAS), José Miguel Insulza": a known organisation is
        // the holder's, not the title's wording.
        const named = words
          .slice(j + 1, j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0) + spelledOut)
          .map((w) => w.text)
          .join(' ');
        if (qualifierAt < 0 && organizationIn(named) !== null) qualifierAt = j;
        j += 1 + (words[j + 1]?.key === 'the' ? 1 : 0) + spelledOut;
        // "… (RATS) SCO D.M.Djumanbekov": the organisation it belongs to, by its acronym, before the name.
        if (/^[A-Z]{2,6}$/.test(words[j]?.text ?? '') && organizationIn(words[j]?.text ?? '') && words[j + 1]?.capitalised) j++;
        lastTitleWord = j - 1;
        continue;
      }
      // "Chairman of the Standing Committee of the National People’s Congress (NPC) of China Zhan Dejiang", "… of the
      // NPC of China": a legislature or other body named with "the" in the holder's title, by capitalised words ending
      // in a body's noun (title words and a possessive among them), or by an acronym the holder's country follows.
      const legislature = hasHead && word.key === 'of' && words[j + 1]?.key === 'the' ? namedBodyLength(words, j + 2) : 0;
      // Only where its words would not all be read as the title's anyway ("Chairman of the Council of Ministers").
      if (legislature > 0 && words.slice(j + 2, j + 2 + legislature).some((w) => !isTitleWord(w))) {
        const initial = words[j + 2]?.text[0];
        j += 2 + legislature;
        // Its acronym in brackets ("(NPC)"), not another office's ("Management Committee (CEO)").
        if (words[j]?.text === '(' && bracketedAcronym(words[j + 1]) && words[j + 1]?.text[0] === initial && words[j + 2]?.text === ')')
          j += 3;
        lastTitleWord = j - 1;
        continue;
      }
      // "The Secretary and the External Affairs Minister discussed …": "and the" before another office holder joins two
      // people; "Minister of Foreign Affairs, African Integration and the Diaspora" goes on with a portfolio.
      // "the National Council and Premier Wen Jiabao", "the Chamber of Deputies and Premier …": words before "and" with no
      // head that name a body or a country start no title; the office after "and" starts one of its own (not "Deputy
      // Prime and Minister of Foreign Affairs", a slip of a double office that the title keeps as printed).
      if (
        word.key === 'and' &&
        !hasHead &&
        !pluralHead &&
        isTitleWord(words[j + 1]) &&
        isHead(words[j + 1] as Word) &&
        (countryAt(words, titleStart) !== null ||
          (countryAt(words, titleStart - 1)?.length ?? 0) > 1 ||
          words.slice(titleStart, j).some((w) => organWords.has(w.key) || institutionNouns.has(w.key) || w.key === 'deputies'))
      )
        return null;
      const anotherHolder = word.key === 'and' && words[j + 1]?.key === 'the' && hasHead && holderAhead(words, j + 2);
      if (!anotherHolder && (isTitleWord(words[j + 1]) || (words[j + 1]?.key === 'the' && isTitleWord(words[j + 2])))) {
        j++;
        continue;
      }
      // "the Prime Minister of Tonga and current Chair of the Forum, the Honourable ’Aisake Valu Eke" (blind-64): a second
      // office held now runs on from the first.
      if (word.key === 'and' && hasHead && words[j + 1]?.key === 'current' && isTitleWord(words[j + 2]) && isHead(words[j + 2] as Word)) {
        j += 2;
        continue;
      }
      // "Minister of Maghreb Affairs", "Minister for Gulf Affairs": a region's name before "Affairs" is a portfolio.
      if (
        (word.key === 'of' || word.key === 'for') &&
        hasHead &&
        words[j + 1]?.capitalised === true &&
        words[j + 2]?.key === 'affairs' &&
        words[j + 2]?.capitalised === true &&
        !countryAt(words, j + 1)
      ) {
        j += 3;
        lastTitleWord = j - 1;
        continue;
      }
      // "head of the Polish Foreign Ministry", "head of Russian diplomacy": a demonym inside names the country.
      const inner = j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0);
      const demonym = word.key === 'of' ? countryAt(words, inner) : null;
      if (
        demonym &&
        !demonym.ambiguous &&
        (isTitleWord(words[inner + demonym.length]) || words[inner + demonym.length]?.key === 'diplomacy')
      ) {
        countryCode ??= demonym.code;
        countryBasis ??= 'qualifier';
        j = inner + demonym.length;
        strong ||= /^(?:ministry|diplomacy|foreign)$/.test(words[j]?.key ?? '');
        if (words[j]?.key === 'diplomacy') {
          lastTitleWord = j;
          break;
        }
        continue;
      }
      // "Secretary-General of ASEAN", "Chairman of the UN General Assembly": an organisation's acronym.
      const acronymAt = j + 1 + (words[j + 1]?.key === 'the' ? 1 : 0);
      if (
        (word.key === 'of' || word.key === 'for') &&
        /^[A-Z]{2,6}$/.test(words[acronymAt]?.text ?? '') &&
        organizationIn(words[acronymAt]?.text ?? '')
      ) {
        // Like a country after "of": the organisation is the holder's, not part of the title's wording.
        if (qualifierAt < 0 && isHead(words[j - 1] as Word) && !pluralHead) qualifierAt = j;
        j = acronymAt + 1;
        // "Resident Representative of UNDP Pakistan Samuel Rizk": the organisation's office in a country, a name after.
        const countryOffice = countryAt(words, j);
        if (countryOffice && !countryOffice.possessive && words[j + countryOffice.length]?.capitalised) j += countryOffice.length;
        lastTitleWord = j - 1;
        continue;
      }
      // "Secretary-General of the Association of Southeast Asian Nations (ASEAN) Kao Kim Hourn": an organisation's
      // full name, up to where it is complete.
      // Only right after a holder's head: not "Heads of Government … meeting of Member States of the … Organization".
      // "Secretary General of the Organization of American States (OAS)": the head's own words ("General") before it.
      const afterHead =
        j > titleStart &&
        (isHead(words[j - 1] as Word) || (hasHead && lastTitleWord === j - 1 && words[j - 1]?.key === 'general')) &&
        !pluralHead;
      const named = afterHead && (word.key === 'of' || word.key === 'for') ? organisationNameLength(words, acronymAt) : 0;
      if (named > 0) {
        if (qualifierAt < 0) qualifierAt = j;
        j = acronymAt + named;
        lastTitleWord = j - 1;
        continue;
      }
      // "President of the Riigikogu (Parliament), Lauri Hussar", "Speaker of the Seimas": a body the lexicon does not
      // know, named with "the" after the holder's head — no person's name takes "the" — is part of the title, with
      // a gloss in brackets.
      const body = afterHead && word.key === 'of' && words[j + 1]?.key === 'the' ? unknownBodyLength(words, j + 2) : 0;
      if (body > 0) {
        j += 2 + body;
        if (words[j]?.text === '(' && /^\p{Lu}\p{Ll}+$/u.test(words[j + 1]?.text ?? '') && words[j + 2]?.text === ')') j += 3;
        lastTitleWord = j - 1;
        continue;
      }
      break;
    }
    // "Deputy Prime Minister – Minister of Foreign Affairs" (Kazakhstan's form of a double office), "High
    // Representative …/Vice-President of the European Commission".
    // "Deputy Minister of Foreign Affairs of the Kyrgyz Republic - SCO National Coordinator of the Kyrgyz Republic T.K.
    // Makeev" (blind-65): the second office may open with its organisation's acronym.
    const officeAt = j + 1 + (/^[A-Z]{2,6}$/.test(words[j + 1]?.text ?? '') && organizationIn(words[j + 1]?.text ?? '') ? 1 : 0);
    if (/^[–—/-]$/.test(word.text) && hasHead && isTitleWord(words[officeAt]) && words[officeAt]?.capitalised) {
      // A new office begins: "Deputy Chairman of the Cabinet of Ministers - Minister of Foreign Affairs of Turkmenistan".
      pluralHead = false;
      j = officeAt;
      continue;
    }
    if (word.text === '(' && /^[A-Z]{2,6}$/.test(words[j + 1]?.text ?? '') && words[j + 2]?.text === ')') {
      j += 3;
      lastTitleWord = j - 1;
      continue;
    }
    if (
      word.text === ',' &&
      hasHead &&
      capitalHead &&
      isTitleWord(words[j + 1]) &&
      words[j + 1]?.capitalised &&
      continuesAsTitle(words, j + 1)
    ) {
      // "met with President of the Riigikogu Lauri Hussar, Prime Minister Kaja Kallas …": a list of officials, each
      // title and name; the name before the comma ends the first title, the next title is another person's.
      const named = trailingName(words, titleStart, j);
      if (named > 0) {
        lastTitleWord = j - named - 1;
        break;
      }
      j++;
      continue;
    }
    // "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Nasser Bourita": a list of portfolios.
    if (word.text === ',' && hasHead && capitalHead) {
      const portfolio = portfolioEnd(words, j + 1);
      if (portfolio > j + 1) {
        j = portfolio;
        lastTitleWord = portfolio - 1;
        continue;
      }
    }
    break;
  }
  // "re-appointed foreign secretary under Sunak": "under" only in "Under-Secretary", never the title's last word.
  while (lastTitleWord > titleStart && /^under-?$/.test((words[lastTitleWord] as Word).key)) lastTitleWord--;
  // "Secretary General of the North Atlantic Treaty Organization": a region word that opens a longer proper name is not
  // the title's ("Minister for North America" ends on its region).
  let namedAfter: string | null = null;
  while (
    lastTitleWord > titleStart &&
    /^(?:north|south|east|west|middle|asian|african|american|arab|european|pacific|gulf)$/.test((words[lastTitleWord] as Word).key) &&
    words[lastTitleWord + 1]?.capitalised === true &&
    /^\p{L}/u.test(words[lastTitleWord + 1]?.text ?? '') &&
    !isTitleWord(words[lastTitleWord + 1]) &&
    (namedAfter = organizationIn(
      words
        .slice(lastTitleWord, lastTitleWord + 6)
        .map((w) => w.text)
        .join(' '),
    )) !== null
  ) {
    lastTitleWord--;
    while (lastTitleWord > titleStart && connectors.has((words[lastTitleWord] as Word).key)) lastTitleWord--;
  }
  // "Brunei's Minister of Foreign Affairs II, Dato Erywan Pehin Yusof" (blind-43): a numeral after the title, the
  // second of two holders of an office, is the title's.
  if (hasHead && lastTitleWord >= titleStart && /^(?:II|III|IV)$/.test(words[lastTitleWord + 1]?.text ?? '')) lastTitleWord++;
  if (!hasHead || lastTitleWord < titleStart) return null;
  // "Cabinet Secretary Ambassador Raychelle Omamo", "Prince Faisal": a courtesy or a style before the name — but
  // "Crown Prince" is an office ("Kuwait's Crown Prince Sheikh Sabah"), and a style makes the next word a name even
  // when it is also a title word ("Ambassador to Kuwait Prince Sultan bin Saad").
  if (lastTitleWord - 1 > titleStart && styledName(words, lastTitleWord - 1)) lastTitleWord--;
  while (
    lastTitleWord > titleStart &&
    // "Foreign Secretary Lord Cameron" (new-user trial 125): a peer's style too.
    ['ambassador', 'senator', 'prince', 'princess', 'sheikh', 'emir', 'amir', 'lord', 'lady', 'baroness', 'baron'].includes(
      (words[lastTitleWord] as Word).key,
    ) &&
    !(/^princes?s?$/.test((words[lastTitleWord] as Word).key) && words[lastTitleWord - 1]?.key === 'crown') &&
    // "… of Australia Senator the Hon. Marise Payne": a style's article before the name.
    (/^\p{Lu}/u.test(words[lastTitleWord + 1]?.text ?? '') ||
      (words[lastTitleWord + 1]?.key === 'the' &&
        /^(?:hon|honou?rable|rt|right|most|very)\.?$/i.test(words[lastTitleWord + 2]?.text ?? ''))) &&
    (!isTitleWord(words[lastTitleWord + 1]) || styledName(words, lastTitleWord))
  )
    lastTitleWord--;
  if (nameStylesAt(words, titleStart)) return null;
  // "Sweden's leader Ulf Kristersson", "Japan's prime minister Fumio Kishida": a news agency's lower-case office after
  // a country's possessive, a name right after it.
  const namedAfterPossessive =
    leading?.possessive === true &&
    /^\p{Lu}\p{Ll}/u.test(words[lastTitleWord + 1]?.text ?? '') &&
    !isTitleWord(words[lastTitleWord + 1]) &&
    countryAt(words, lastTitleWord + 1) === null;
  if (!capitalHead && !strong && !newsroom && !namedAfterPossessive) return null;
  const end = lastTitleWord + 1;
  // "outgoing European Union Ambassador to Sierra Leone", "the incoming Ambassador" (blind-63): a word of tenure opens
  // the printed title, not the office (as after a country's possessive above).
  while (titleStart < lastTitleWord && /^(?:outgoing|incoming|newly-(?:appointed|elected|named))$/.test(words[titleStart]?.key ?? ''))
    titleStart++;
  // "… Structure (RATS) SCO D.M.Djumanbekov": the organisation's acronym after a body's is the holder's, not the title's.
  const acronymAfterBody =
    words[end - 2]?.text === ')' && /^[A-Z]{2,6}$/.test(words[end - 1]?.text ?? '') && organizationIn(words[end - 1]?.text ?? '') !== null;
  const titleEnd = Math.min(
    qualifierAt >= 0 && qualifierAt > titleStart ? trailingQualifierStart(words, titleStart, end, qualifierAt) : end,
    trailingOrganisationStart(words, titleStart, end),
    acronymAfterBody ? end - 1 : end,
  );
  const text = words
    .slice(titleStart, titleEnd)
    .map((w) => w.text)
    .join(' ');
  if (!countryCode && !namedAfter) {
    const fromTitle = titleCountries.find(([pattern]) => pattern.test(text));
    if (fromTitle) [countryCode, countryBasis] = [fromTitle[1], 'title'];
  }
  return {
    start: i,
    titleStart,
    titleEnd,
    end,
    countryCode,
    countryBasis,
    // "Head of the GCC and Regional Neighbourliness Department": a ministry's department named after an organisation
    // is no membership of it.
    organization: departmentOrganization(words, i, end) ?? namedAfter ?? (euHighRepresentative.test(text) ? 'European Union' : null),
    office: officeOf((titleEnd - titleStart === 1 ? abbreviationOf(words[titleStart]) : null) ?? text),
    plural: pluralHead,
  };
}

const departmentHead = /\b(?:department|directorate|division|bureau|section|desk|unit)\b/i;
// The organisation a title's words name, unless they go on (to the next comma) into a department's name.
function departmentOrganization(words: readonly Word[], i: number, end: number): string | null {
  const phrase = words
    .slice(i, end)
    .map((w) => w.text)
    .join(' ');
  const after = words.slice(end, end + 6);
  const comma = after.findIndex((w) => w.text === ',');
  const rest = (comma >= 0 ? after.slice(0, comma) : after).map((w) => w.text).join(' ');
  // "Permanent Representative to the African Union", "EU Ambassador to the AU" (new-user trial 131): the body one is
  // accredited to is not one's own.
  if (departmentHead.test(`${phrase} ${rest}`)) return null;
  // "Minister of Foreign Affairs, European Union and Cooperation", "Minister for EU Affairs" (new-user trial 135 F5): a
  // national minister's portfolio that names the organisation is not the organisation's office.
  const portfolio = /\bminister\b(?:\s+of\s+state)?\s+(?:of|for)\b/i.exec(phrase);
  const own = portfolio ? phrase.slice(0, portfolio.index) : phrase;
  return organizationIn(own.replace(/\s+to\s+(?:the\s+)?\S.*$/i, ''));
}

// "Prince Sultan bin Saad": after a style, a capitalised word followed by a name particle is a name, not an office.
function styledName(words: readonly Word[], style: number): boolean {
  return nameStyles.has((words[style] as Word).key) && nameParticles.has(words[style + 2]?.key ?? '');
}

// The length of an organisation's full name at `i` (with its acronym in brackets) when a capitalised title word that
// is not an organ ("Commission", "Council") follows it, else 0.
function leadingOrganisation(words: readonly Word[], i: number): number {
  const organisation = /^[A-Z]{2,7}$/.test(words[i]?.text ?? '') ? null : organizationAt(words, i);
  if (!organisation) return 0;
  let end = i + organisation.length;
  if (words[end]?.text === '(' && /^[A-Z]{2,7}$/.test(words[end + 1]?.text ?? '') && words[end + 2]?.text === ')') end += 3;
  const next = words[end];
  return next?.capitalised && isTitleWord(next) && !organWords.has(next.key) && isHead(next) ? end - i : 0;
}

// "Secretary General of the Council of Europe", "Secretary-General of the United Nations": the organisation named in
// full after its official's head is the holder's, like a country after "of" — but an organ's office keeps its body
// ("Chairperson of the African Union Commission": the organisation does not end the title).
function trailingOrganisationStart(words: readonly Word[], titleStart: number, end: number): number {
  for (let k = end - 2; k > titleStart; k--) {
    const afterHead = isHead(words[k - 1] as Word) || (words[k - 1]?.key === 'general' && isHead(words[k - 2] as Word));
    if (words[k]?.key !== 'of' || !afterHead) continue;
    const at = k + 1 + (words[k + 1]?.key === 'the' ? 1 : 0);
    const organisation = organizationAt(words, at);
    if (!organisation || at + organisation.length !== end) continue;
    // "President of the European Council", "… of the European Commission": an organ of the organisation, part of the office.
    const printed = words
      .slice(at, end)
      .map((w) => w.text)
      .join(' ');
    if (/^(?:commission|council)$/.test((words[end - 1] as Word).key) && printed !== organisation.name) continue;
    return k;
  }
  return end;
}

function nameStylesAt(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word;
  // "the Amir Sheikh Tamim": an emir before another style is the office (people.ts reads the name after it).
  if ((word.key === 'amir' || word.key === 'emir') && nameStyles.has(words[i + 1]?.key ?? '')) return false;
  return (
    nameStyles.has(word.key) && words[i - 1]?.key !== 'crown' && /^\p{Lu}/u.test(words[i + 1]?.text ?? '') && !isTitleWord(words[i + 1])
  );
}

/**
 * How many words from `at` name a body spelt out in capitalised words and followed by its acronym in brackets, whose
 * letters are the words' initials (those of a hyphenated word's parts too): "Regional Anti-terrorist Structure (RATS)"
 * is 6 words with the brackets. 0 if not.
 */
function spelledOutBodyLength(words: readonly Word[], at: number): number {
  let initials = '';
  let k = at;
  for (; k < Math.min(words.length, at + 8); k++) {
    const word = words[k] as Word;
    if (word.text === '(') break;
    if (/^(?:of|for|and|on|the)$/.test(word.key) && k > at) continue;
    if (!/^\p{Lu}/u.test(word.text) || /^[A-Z]{2,}$/.test(word.text)) return 0;
    initials += word.text
      .split(/[-‐‑]/)
      .map((part) => part[0] ?? '')
      .join('');
  }
  const acronym = words[k + 1]?.text ?? '';
  if (words[k]?.text !== '(' || words[k + 2]?.text !== ')' || k - at < 2 || !/^[A-Z]{2,8}$/.test(acronym)) return 0;
  return initials.toUpperCase() === acronym ? k + 3 - at : 0;
}

// One to three capitalised words from `at` that end a phrase (a comma, a bracket, a full stop, "and", "of" and a country
// or the end follows), none a title word, a country or an initial: the name of a body ("Riigikogu", "Jatiya Sangsad"). 0 if not.
function unknownBodyLength(words: readonly Word[], at: number): number {
  let k = at;
  while (
    k < words.length &&
    k - at < 3 &&
    /^\p{Lu}\p{Ll}{2,}$/u.test((words[k] as Word).text) &&
    !isTitleWord(words[k]) &&
    !countryAt(words, k)
  )
    k++;
  if (k === at) return 0;
  const next = words[k];
  // "Chairman of the Presidency of Bosnia and Herzegovina Milorad Dodik": or a country follows with "of".
  const countryNext = next?.key === 'of' && countryAt(words, k + 1 + (words[k + 1]?.key === 'the' ? 1 : 0)) !== null;
  return next === undefined || /^[,(.;]$/.test(next.text) || next.key === 'and' || countryNext ? k - at : 0;
}

// The nouns that end a legislature's name inside a title: "the National People’s Congress", "the State Great Khural"
// or its upper house, "the Federation Council" (not a company's "Management Committee").
const bodyEndNouns =
  /^(?:congress|parliament|assembly|council|senate|duma|khural|majlis|chamber|house|legislature|cortes|diet|sejm|seimas|saeima|riigikogu|storting|althing|knesset|rada)$/;

// How many words from `at` name a legislature in a title: two or more capitalised words (a possessive or a title word
// among them) up to the last body noun among the next six ("the Verkhovna Rada"; one word alone is unknownBodyLength's),
// or an acronym that "of" and a country follow ("the NPC of China"). 0 if not.
function namedBodyLength(words: readonly Word[], at: number): number {
  const first = words[at];
  if (
    /^[A-Z]{2,6}$/.test(first?.text ?? '') &&
    words[at + 1]?.key === 'of' &&
    countryAt(words, at + 2 + (words[at + 2]?.key === 'the' ? 1 : 0))
  )
    return 1;
  let end = -1;
  for (let k = at; k < Math.min(words.length, at + 6); k++) {
    const word = words[k] as Word;
    // "the Israeli Parliament": a demonym names the holder's country, which the title's own reading of it takes.
    if (!/^\p{Lu}\p{Ll}/u.test(word.text)) break;
    if (countryAt(words, k) && !bodyEndNouns.test(word.key)) return 0;
    if (bodyEndNouns.test(word.key.replace(/['’]s$/, ''))) end = k + 1;
  }
  // "Prime Minister of the Government of National Unity, Abdel-Hamid Dbaiba" (blind-67), "… of the Revitalised
  // Transitional Government of National Unity", "… of the Government of National Accord": a government named by what it
  // stands for.
  for (let k = at; k < Math.min(words.length, at + 3); k++) {
    if (!words[k]?.capitalised) break;
    if (
      words[k]?.key === 'government' &&
      words[k + 1]?.key === 'of' &&
      words[k + 2]?.key === 'national' &&
      words[k + 2]?.capitalised &&
      words[k + 3]?.capitalised &&
      /^(?:unity|accord|consensus|salvation|reconciliation)$/.test(words[k + 3]?.key ?? '')
    )
      return k + 4 - at;
  }
  return end > at + 1 ? end - at : 0;
}

// The qualifier is trailing only when nothing but other qualifiers follow it: "Minister of Foreign Affairs of the
// Republic of Azerbaijan" ends the title at the second "of"; "High Representative of the European Union (EU) for
// Foreign Affairs" keeps its organisation.
function trailingQualifierStart(words: readonly Word[], titleStart: number, end: number, qualifierAt: number): number {
  for (let k = qualifierAt + 1; k < end; k++) if (isHead(words[k] as Word)) return end;
  return qualifierAt > titleStart ? qualifierAt : end;
}

// Title words up to a comma that is followed by a capitalised word (the name): the end of the portfolio list, or -1.
function portfolioEnd(words: readonly Word[], from: number): number {
  let k = from;
  const countryAfter = (at: number) =>
    words[at]?.key === 'of' && countryAt(words, at + 1 + (words[at + 1]?.key === 'the' ? 1 : 0)) !== null;
  // "Minister of Ocean Economy, Marine Resources, Fisheries and Shipping, Mr Premdut Koonjoo": a comma between two
  // capitalised fields goes on with the list.
  // "Minister of Foreign Affairs, Foreign Employment, and Tourism of Sri Lanka" (blind-73): the serial comma too.
  const listComma = (at: number) => {
    const field = words[at + 1]?.key === 'and' ? at + 2 : at + 1;
    return words[at]?.text === ',' && at > from && words[field]?.capitalised === true && isTitleWord(words[field]) && !isHead(words[field]);
  };
  // "Minister of Maghreb Affairs, African Union and Arab League": a region's name before "Affairs", and organisations
  // the lexicon knows, are fields of a portfolio too.
  const regionAffairs = (at: number) => words[at]?.capitalised === true && words[at + 1]?.key === 'affairs' && !countryAt(words, at);
  while (k < words.length && !countryAfter(k)) {
    const organisation = k > from && words[k - 1]?.key !== 'of' ? organizationAt(words, k) : null;
    if (organisation && organisation.length >= 2) k += organisation.length;
    else if (isTitleWord(words[k]) || connectors.has((words[k] as Word).key) || isDemonymPlural(words[k] as Word) || listComma(k)) k++;
    else if (regionAffairs(k)) k += 2;
    else break;
  }
  if (k === from || connectors.has((words[k - 1] as Word).key)) return -1;
  // A portfolio is a field ("African Integration", "the Diaspora"), never another office holder ("the foreign ministers").
  if (words[from]?.key === 'the' || words.slice(from, k).some((w) => isHead(w))) return -1;
  const next = words[k];
  if (next?.text === ',' && words[k + 1]?.capitalised && !isTitleWord(words[k + 1])) return k;
  // "… the United Kingdom’s Secretary of State for Foreign, Commonwealth and Development Affairs.": the list ends the
  // sentence or a bracket, after a name given before it.
  if (next === undefined || /^[.;:)]$/.test(next.text)) return k;
  // "… and the Diaspora of the Republic of Côte d’Ivoire, Kandia Camara": the office's country follows the list.
  if (countryAfter(k)) return k;
  // "… African Integration and the Diaspora Kandia Camara": the name follows the list at once.
  if (next && /^\p{Lu}\p{Ll}/u.test(next.text) && !isTitleWord(next) && !countryAt(words, k) && /^\p{Lu}/u.test(words[k + 1]?.text ?? ''))
    return k;
  return -1;
}

// "Moroccan Expatriates", "Mauritanians Abroad": a portfolio can name the country's own people.
function isDemonymPlural(word: Word): boolean {
  return word.capitalised && lookupCountry(word.text.replace(/s$/, ''))?.kind === 'demonym';
}

/**
 * How many words before `comma` (2 or 3) are a person's name closing a title begun at `start`: capitalised words that
 * are no title, place, country or institution word, after a body's name ("of the Riigikogu"). 0 when they are not.
 */
function trailingName(words: readonly Word[], start: number, comma: number): number {
  for (const length of [2, 3]) {
    const first = comma - length;
    if (first <= start + 2) continue;
    const name = words.slice(first, comma);
    const plain = name.every(
      (word) =>
        /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(word.text) &&
        !isTitleWord(word) &&
        !institutionWords.has(word.key) &&
        lookupCountry(word.text) === null &&
        lookupCity(word.text) === null,
    );
    // The body's name goes before it: "of the Riigikogu", "of the European Council".
    const before = words[first - 1];
    if (plain && before?.capitalised && !isTitleWord(before) && /^(?:of|the)$/.test(words[first - 2]?.key ?? '')) return length;
  }
  return 0;
}
const institutionWords = new Set([
  'council',
  'commission',
  'parliament',
  'assembly',
  'senate',
  'congress',
  'chamber',
  'congress',
  'court',
  'bank',
  'union',
  'committee',
  'agency',
  'office',
]);

function continuesAsTitle(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 8; k++) {
    const word = words[k] as Word;
    // "… and the Secretary-General, Minister Son voiced …": a lone head word before a name is that person's style.
    if (k === from && isHead(word) && !isTitleWord(words[k + 1]) && !connectors.has(words[k + 1]?.key ?? '') && words[k + 1]?.capitalised)
      return false;
    if (isHead(word)) return true;
    if (!isTitleWord(word) && !connectors.has(word.key)) return false;
  }
  return false;
}
