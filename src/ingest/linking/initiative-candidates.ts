import anyAscii from 'any-ascii';
import { isProgrammeHead, programmeHeads } from '../lexicon/programme-words.js';
import { initiativeNameMaxLength, initiativeSlugMaxLength, initiativeSlugSchema, type Span } from '../draft.js';
import type { InitiativeMention } from './initiative-mentions.js';
import { lookupCountry } from '../recognize/countries.js';
import { lookupCity } from '../recognize/places.js';
import { titleHeads, titleWords } from '../lexicon/titles.js';

interface Token {
  text: string;
  start: number;
  end: number;
}

const wordOrComma = /,|[^\s,]+/g;

function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const region = text.slice(start, end);
  wordOrComma.lastIndex = 0;
  for (let match = wordOrComma.exec(region); match; match = wordOrComma.exec(region))
    tokens.push({ text: match[0], start: start + match.index, end: start + match.index + match[0].length });
  return tokens;
}

const isCapitalised = (token: string): boolean => /^[("'“‘]?[\p{Lu}\p{N}]/u.test(token);

// A capitalised run must end in a programme head; after an acronym the head may be lower case ("G20 presidency").
const programmeWord = new RegExp(`\\b(?:${programmeHeads.join('|')})(?![\\p{L}])`, 'gu');
const programmeWordOnly = new RegExp(`^(?:${programmeHeads.join('|')})$`, 'u');
const acronymHead =
  /\b(?:[A-Z][A-Z0-9]{1,6}|G\d{1,2}|COP\d{1,2})(?:\s+\d{4})?\s+(?:presidency|chairmanship|summit|chair|initiative|agenda|format|process|dialogue|mechanism|strategy)\b/g;
// Formats named by numbers: "C5+1", "3 + 3", "2+2 dialogue".
const numberFormat = /\b(?:[A-Z]\d\s?\+\s?\d|\d\s?\+\s?\d)(?:\s+(?:format|dialogue|mechanism|meeting|platform))?(?![\p{L}\p{N}])/gu;
const numbered = /\bCOP ?\d{1,2}\b/g;
// Lower-case heads after a name: "the Teheran agreement", "the Afghan peace process", "the 3 + 3 cooperation format".
// The same after a hyphenated pair of names: "the UK-France summit", "the Egyptian-Japanese strategic dialogue".
const lowerHead =
  /(?<![\p{L}\p{N}-])((?:\p{Lu}(?:[\p{L}'’]|(?<=\p{Lu})\.|-(?=\p{Lu}|[a-z]{1,2}-))+\s+){0,4}(?:\p{Lu}(?:[\p{L}'’]|(?<=\p{Lu})\.|-(?=\p{Lu}|[a-z]{1,2}-))+|\d+\s*\+\s*\d+)\s+(?:(?:peace|cooperation|consultation|normalization|strategic|presidential|free trade|nuclear)\s+)?(?:process|format|agreements?|accords?|communiqu[eé]|corridor|mechanism|summit|treaty|dialogue|(?:(?:gas|oil)\s+)?pipeline))\b/gu;
// Capitalised words that date or open a phrase rather than name a programme: "the May summit", "Today's dialogue".
const notModifiers =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today['’]s|Yesterday['’]s|Last|Next|Upcoming)\b)/;
// "of", "on", "for" and a capitalised run continue a name after its head: "Memorandum of Understanding on Political
// Consultations", "Joint Commission for Cooperation", "Los Angeles Declaration on Migration and Protection". A date
// is no part of it: "the United Nations Development Program on Tuesday 11 June", "the Plan for Today".
const dateWord =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Tomorrow|Yesterday)\\b';
// Each part is a run of capitalised words, joined by "of the", "and", "&" or nothing, so a run never ends in a joiner
// that a lower-case word follows ("on Exemption from Visa Requirements for Holders of Diplomatic Passports" is read
// whole, not cut at "Exemption"). A period of years closes the name: "Indicative Programme for 2007-2010", "Action Plan
// for the 2017-2020 period".
const capitalisedWord = `(?!${dateWord})\\p{Lu}[\\p{L}\\p{N}'’-]*`;
const continuation = new RegExp(
  `^(?:\\s+(?:on|of|for|between|to|from)\\s+(?:the\\s+)?${capitalisedWord}(?:(?:\\s+(?:of|on|for)\\s+the|\\s+(?:and|of|the|&))?\\s+${capitalisedWord})*)*` +
    `(?:\\s+for\\s+(?:the\\s+)?(?:years?\\s+)?\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?(?:\\s+period)?(?![\\p{L}\\p{N}]))?`,
  'u',
);
// Named by what they are about, in lower case: "a memorandum of understanding on diaspora", "an MoU related to
// cooperation in the health sector", "the Memorandum of Understanding on cooperation between the two ministries" (not
// "… between the Maldives and Portugal": the parties are no part of the name; nor is when: "… on Maritime Cooperation
// later this year", new-user trial 127). ("The dialogue between Belgrade and Pristina" is a named process to one reader and
// a description to another: the annotators differ, so it is left out.)
const documentOnTopic =
  /\b((?:[Mm]emorand(?:um|a) of [Uu]nderstanding|MoUs?|[Pp]rotocols?)\s+(?:on|related to|in the field of|regarding)\s+(?:(?!(?:and|with|which|that|was|were|is|are|will|would|by|during|at|as|signed|after|before|following|to|from|within|later|next|this|last|soon|shortly|earlier|today|tomorrow|yesterday|between(?=\s+(?:the\s+)?\p{Lu}))\b)[\p{L}][\p{L}-]*(?:\s+(?<!\n[^\S\n]*\n\s*)|(?=[,.;:)]|\s*\n[^\S\n]*\n|$))){1,7})/gu;
// Such a name never runs over a blank line into the next paragraph (trial 128 F7).
// "The two sides signed an agreement on the avoidance of double taxation" (new-user trial 124): an instrument signed,
// named in lower case by its topic, is one — unlike "reached an agreement on the need to …", which no "signed" opens.
const signedOnTopic =
  /\b(?:signed|signing|inked|concluded)\s+(?:an?|the)\s+((?:(?:bilateral|new|framework|cooperation|intergovernmental|joint)\s+){0,2}(?:agreement|treaty|convention|accord|protocol)\s+(?:on|for|regarding|concerning)\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?:(?!(?:and|with|which|that|was|were|is|are|will|would|by|during|at|as|signed|after|before|following|to|from|within|between|last|next|this|yesterday|today|earlier|later|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b)[\p{L}\d][\p{L}\d'’-]*(?:\s+(?<!\n[^\S\n]*\n\s*)|(?=[,.;:)]|\s*\n[^\S\n]*\n|$))){1,10})/giu;
// "… on the joint development of the Kambarata-1 Hydropower Project" cut at its word limit (new-user trial 142 F4): no
// name named by its topic ends on "of the".
const withoutTrailingJoiners = (name: string) => name.trimEnd().replace(/(?:\s+(?:the|a|an|of|in|on|to|for))+$/, '');
// "a Memorandum of Understanding on Sustainable Ocean Management in Oslo on Wednesday" (new-user trial 143): where and
// when it was signed are no words of its name — "in" before a city or a country, "on" before a day or a date.
function withoutWhereAndWhen(name: string): string {
  for (const match of name.matchAll(/\s+(in|on)\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|\d[\p{L}\d]*)/gu)) {
    const [, preposition, after] = match as unknown as [string, string, string];
    const first = after.split(/\s+/)[0] as string;
    const place = [3, 2, 1].some((n) => {
      const words = after.split(/\s+/).slice(0, n).join(' ');
      return lookupCity(words) !== null || lookupCountry(words) !== null;
    });
    const day =
      /^(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day$|(?:january|february|march|april|may|june|july|august|september|october|november|december)$)/i.test(
        first,
      );
    if ((preposition === 'in' && place) || (preposition === 'on' && day)) return name.slice(0, match.index);
  }
  return name;
}
// A bullet, a dash or a number that opens a list's item.
const listMarker = /^(?:[-–—•*·▪●○◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])$/;
const connectors = new Set(['and', 'of', 'for', 'on', 'the', 'in', 'to', 'plus', '–', '-', '&', '+', '/']);
const regionAdjectives =
  /^(?:European|Asian|African|American|Arab|Arabian|Pacific|Atlantic|Nordic|Baltic|Caribbean|Eurasian|Balkan|Mediterranean|Caspian|Arctic|Latin|Gulf|Central|Western|Eastern|Northern|Southern)$/;
// Lower-case words that may follow a whole name (a preposition, conjunction, article, verb or adverb), not a noun the
// name's last word would describe.
const functionWordAfterName =
  /^(?:and|or|but|nor|of|on|in|at|to|for|from|with|by|between|among|under|over|into|through|during|after|before|since|until|as|than|that|which|who|whose|where|when|while|the|a|an|this|these|those|its|their|is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|not|also|already|still|now|then|signed|adopted|agreed|launched|concluded|held|set|initiated|aimed|announced|established|said|says|respectively|itself|alone|only|together|too|soon|yet|so)$/;
const notNames = new Set(['the', 'this', 'that', 'a', 'an', 'its', 'their', 'our', 'his', 'her']);
// The word for an outlet right before a quoted name: the name is the outlet's (a newspaper, a channel), no initiative.
const outletBefore =
  /\b(?:newspapers?|dail(?:y|ies)|weekly|magazine|tabloid|journal|gazette|(?:news\s+)?agency|news\s*(?:site|portal|outlet|channel|program(?:me)?)|channel|television|TV|radio|broadcaster|website|portal|outlet)\s*$/i;
// A closing ’ is not an apostrophe inside a word ("“Today’s meeting was …”").
const quoted = /[“"‘]([^"“”‘’\n]{2,80})(?:[”"]|’(?!\p{L}))/gu;

/**
 * Named programmes that are not in the catalogue: capitalised "… Initiative/Programme/Plan/Agreement" phrases
 * ("China-Uzbekistan Long-term Economic and Trade Cooperation Plan") and quoted names ("New Uzbekistan").
 */
export function findCandidateMentions(text: string, start: number, end: number, taken: readonly Span[]): InitiativeMention[] {
  const mentions: InitiativeMention[] = [];
  const region = text.slice(start, end);
  const overlapsTaken = (s: number, e: number): boolean => taken.some((span) => s < span.end && e > span.start);
  // Of two overlapping names the longer stays: "Strategic Partnership Commission" over "Strategic Partnership".
  const add = (from: number, e: number): void => {
    const s = from + trimmedStart(text.slice(from, e));
    if (s >= e || overlapsTaken(s, e)) return;
    const overlapping = mentions.filter((m) => s < m.end && e > m.start);
    if (overlapping.some((m) => m.end - m.start >= e - s)) return;
    for (const shorter of overlapping) mentions.splice(mentions.indexOf(shorter), 1);
    const name = text.slice(s, e);
    // A phrase longer than a catalogue name may be (draft.ts) is no name.
    if (name.length > initiativeNameMaxLength) return;
    // "the Presidency's Facebook page", "the Summit": a programme's head word alone names none.
    if (isOffice(name) || isMission(name) || holdsOffice(name) || programmeWordOnly.test(name) || peopleOf.test(name) || newYear.test(name))
      return;
    // "The Forty-Second Regular Meeting of the Conference of Heads of Government … (CARICOM) was held virtually on 5-6
    // July 2021" (blind-63): the gathering the readout reports is the meeting, not an initiative discussed at it.
    if (heldAfter.test(text.slice(e, e + 80))) return;
    // "in his temporary office in the Sipopo Conference Center" (blind-84): a place named after a gathering is a venue.
    if (venueAfter.test(text.slice(e, e + 20))) return;
    // A slug the catalogue could not hold (none left, or one shaped like a UUID) names nothing.
    const slug = slugify(name);
    if (!initiativeSlugSchema.safeParse(slug).success) return;
    mentions.push({ slug, name, start: s, end: e, isCandidate: true });
  };

  programmeWord.lastIndex = 0;
  for (let match = programmeWord.exec(region); match; match = programmeWord.exec(region)) {
    // "ASEAN Community Vision 2045", "Expo 2020": a year or number after the head is part of the name.
    const numberAfter = /^\s+\d{4}(?:\s*[-–]\s*\d{2,4})?(?![\p{L}\p{N}])/u.exec(text.slice(start + match.index + match[0].length, end));
    const keywordEnd = start + match.index + match[0].length + (numberAfter ? numberAfter[0].length : 0);
    const more = numberAfter ? null : continuation.exec(text.slice(keywordEnd, Math.min(end, keywordEnd + 120)));
    const tailText = more ? more[0].replace(/(?:\s+(?:and|of|the|for|&))+\s*$/, '').trimEnd() : '';
    // "the APEC presidency to Peru", "Chairmanship of Kazakhstan": a country after the head is the holder, not the name.
    // "the Strategic Partnership and Cooperation Agreement between Kazakhstan and the UK": nor are the parties.
    const holder = /^\s+(?:to|from|of|for|by|in|between)\s+(?:the\s+)?(.+?)(?:\s+and\b.*)?$/.exec(tailText);
    // "the Memorandum of Understanding on Cooperation between the Maldives and Timor-Leste": parties after the name's
    // topic are cut the same way; so is "… between Turkmenistan and the Republic of Tajikistan", whose run of
    // capitalised words ends before "and the" (blind-61).
    const parties = /\s+between\s+(?:the\s+)?(.+?)(?:\s+and\b|$)/.exec(tailText);
    // "… on Political Consultations between the Ministry of Foreign and Diaspora Affairs of Kenya and …" (new-user trial
    // 123): a ministry, government or state of a country named after "between" is a party too.
    const partiesOf = /\s+between\s+(?:the\s+)?(?:Ministry|Ministries|Government|Governments|Republic|Kingdom|State|Department)\b/.exec(
      tailText,
    );
    let tail =
      holder && lookupCountry((holder[1] as string).replace(/['’]s$/, ''))
        ? 0
        : parties && lookupCountry(parties[1] as string)
          ? parties.index
          : partiesOf
            ? partiesOf.index
            : tailText.length;
    // "the Southern Gas Corridor for European energy security" (new-user trial 116): a demonym or a region's adjective
    // that a lower-case noun follows describes that noun; the name ends before the words that lead to it. (Not any
    // capitalised last word: "the Los Angeles Declaration on Migration and Protection commitments" is whole.)
    const lastWord = /([\p{L}'’-]+)$/u.exec(tailText.slice(0, tail))?.[1] ?? '';
    const nextWord = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(keywordEnd + tail, keywordEnd + tail + 40))?.[1];
    const placeAdjective = lookupCountry(lastWord)?.kind === 'demonym' || regionAdjectives.test(lastWord);
    if (tail > 0 && placeAdjective && nextWord && !functionWordAfterName.test(nextWord)) {
      const connectorsAt = [...tailText.slice(0, tail).matchAll(/\s+(?:on|of|for|between|to|from)\s+/g)];
      tail = connectorsAt.at(-1)?.index ?? 0;
    }
    // "the Summit of the Americas", "the Conference on Disarmament": a capitalised head that a name follows.
    // Not an office or a body: "the Presidency of the Republic", "the Group of Seven", "the Commission of …".
    const headFirst =
      tail > 0 && /^\p{Lu}/u.test(match[0]) && !/^(?:Presidency|Chairmanship|Group|Commission)$/.test(match[0]) && !/\n/.test(tailText);
    const phraseStart = capitalisedRunBefore(text, start, start + match.index) ?? (headFirst ? start + match.index : null);
    if (phraseStart === null) continue;
    add(withoutOwner(text, phraseStart, keywordEnd), keywordEnd + tail);
  }
  lowerHead.lastIndex = 0;
  for (let match = lowerHead.exec(region); match; match = lowerHead.exec(region)) {
    // "The Middle East peace process": the name without the article that opens the sentence.
    const article = /^(?:(?:The|This|That|These|Such|Both|Each|An?|Its|Their)\s+)+/.exec(match[1] as string)?.[0] ?? '';
    const name = (match[1] as string).slice(article.length);
    if (!/^\p{Lu}|^\d/u.test(name) || name.split(/\s+/).length < 2 || notModifiers.test(name)) continue;
    const s = start + match.index + article.length;
    add(s, s + name.length);
  }

  for (const pattern of [documentOnTopic]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(region); match; match = pattern.exec(region)) {
      const name = withoutTrailingJoiners(withoutWhereAndWhen(match[1] as string));
      add(start + match.index, start + match.index + name.length);
    }
  }

  signedOnTopic.lastIndex = 0;
  for (let match = signedOnTopic.exec(region); match; match = signedOnTopic.exec(region)) {
    const name = withoutTrailingJoiners(withoutWhereAndWhen(match[1] as string));
    const s = start + match.index + match[0].length - (match[1] as string).length;
    add(s, s + name.length);
  }

  for (const pattern of [acronymHead, numbered, numberFormat]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(region); match; match = pattern.exec(region))
      add(start + match.index, start + match.index + match[0].length);
  }

  quoted.lastIndex = 0;
  for (let match = quoted.exec(region); match; match = quoted.exec(region)) {
    const inner = match[1] as string;
    const leading = inner.length - inner.trimStart().length;
    const name = inner.trim();
    if (!looksLikeAName(name)) continue;
    // "declarations reported by the Nicaraguan newspaper ‘La Prensa’" (blind-89): what an outlet is called.
    if (outletBefore.test(text.slice(Math.max(0, start + match.index - 40), start + match.index))) continue;
    // "President Ferdinand “Bongbong” Marcos Jr.": a nickname between the names of a person.
    // Not "the Kazakh “Nurly Zhol” Programme": a country's word before it or a programme's head after it.
    const before = /(\p{Lu}[\p{L}.-]*)\s$/u.exec(text.slice(Math.max(0, start + match.index - 30), start + match.index))?.[1];
    const after = /^\s(\p{Lu}[\p{L}.-]*)/u.exec(
      text.slice(start + match.index + match[0].length, start + match.index + match[0].length + 30),
    )?.[1];
    if (!/\s/.test(name) && before && after && !lookupCountry(before) && !programmeWordOnly.test(after)) continue;
    // "Pushpa Kamal Dahal ‘Prachanda’, Mauritius Prime Minister …": a one-word nickname after two names, closing a clause.
    const closing = /^[,.;)]|^\s+(?:and|said|says|met|who)\b/.test(text.slice(start + match.index + match[0].length));
    const twoNames = /\p{Lu}[\p{L}.-]+\s+\p{Lu}[\p{L}.-]+\s$/u.test(text.slice(Math.max(0, start + match.index - 40), start + match.index));
    if (!/\s/.test(name) && twoNames && closing && before && !lookupCountry(before) && !isProgrammeHead(before)) continue;
    const s = start + match.index + 1 + leading;
    add(s, s + name.length);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

// "Pakistan's chairmanship", "Russia's Arctic Council chairmanship": a country's possessive owns the programme, it
// is not part of its name.
function withoutOwner(text: string, from: number, to: number): number {
  const owner = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s\s+/u.exec(text.slice(from, to));
  return owner && lookupCountry(owner[0].trim().replace(/['’]s$/, '')) ? from + owner[0].length : from;
}

/** Start of the capitalised words (with "of", "and" … between them) that end just before `keywordStart`. */
function capitalisedRunBefore(text: string, regionStart: number, keywordStart: number): number | null {
  const tokens = tokenize(text, Math.max(regionStart, keywordStart - 160), keywordStart);
  const head = /^[\p{L}-]+/u.exec(text.slice(keywordStart))?.[0];
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 12; i--) {
    const token = tokens[i] as Token;
    // "the Free Trade Agreement and Currency Swap Agreement" (blind-64): two of the same kind, each its own name.
    if (token.text === 'and' && head !== undefined && tokens[i - 1]?.text === head) break;
    const endsWithAbbreviation = /(?:\p{Lu}\.){2,}$/u.test(token.text); // "Japan-U.S. Security Treaty"
    if (token.text === ',' || (/[.;:!?"“”]$/.test(token.text) && !endsWithAbbreviation) || /^["“‘(]/.test(token.text)) break;
    // A list's item opens its line after a bullet or a number; a blank line ends a paragraph (trial 128 F7).
    const gapAfter = text.slice(token.end, (tokens[i + 1] ?? { start: keywordStart }).start);
    if (/\n\s*\n/.test(gapAfter) || (listMarker.test(token.text) && /\n[^\S\n]*$/.test(text.slice(0, token.start)))) break;
    const article = /^an?$/.test(token.text) && /^(?:for|of)$/.test(tokens[i - 1]?.text ?? ''); // "Road Map for a Renewed …"
    if (!isCapitalised(token.text) && !connectors.has(token.text) && !article) break;
    first = i;
  }
  while (
    first < tokens.length &&
    (connectors.has((tokens[first] as Token).text) || notNames.has((tokens[first] as Token).text.toLowerCase()))
  )
    first++;
  // "work with the UK on the Amazon Fund": a country and a preposition before the name are not part of it.
  for (let k = first; k < tokens.length - 2; k++) {
    if (!lookupCountry((tokens[k] as Token).text) || !/^(?:on|in|to|with|for|at)$/.test((tokens[k + 1] as Token).text)) continue;
    first = k + 2;
    while (
      first < tokens.length &&
      (connectors.has((tokens[first] as Token).text) || notNames.has((tokens[first] as Token).text.toLowerCase()))
    )
      first++;
  }
  // "Faisal bin Farhan briefed Berg on the Middle East Green Initiative" (new-user trial 101): one capitalised word, then
  // "on" or "with", is whom something was told, not the name's head ("Conference on Disarmament" has a head of its own
  // before "Initiative" comes, and "of", "for" and "and" join a name's parts).
  if (
    first + 1 < tokens.length &&
    /^(?:on|with|at)$/.test((tokens[first + 1] as Token).text) &&
    isCapitalised((tokens[first] as Token).text) &&
    !(tokens[first] as Token).text.match(
      /^(?:Conference|Forum|Summit|Agreement|Treaty|Convention|Dialogue|Declaration|Initiative|Partnership|Programme|Program|Plan|Strategy|Talks|Council|Commission|Committee|Group)$/,
    )
  ) {
    first += 2;
    while (
      first < tokens.length &&
      (connectors.has((tokens[first] as Token).text) || notNames.has((tokens[first] as Token).text.toLowerCase()))
    )
      first++;
  }
  const named = tokens.slice(first).filter((t) => isCapitalised(t.text));
  if (named.length === 0) return null;
  return (tokens[first] as Token).start;
}

// "Director for Latin America of the World Economic Forum", "Special Assistant on Media and Communications Strategy
// to the Minister": an office (title words ending in a holder's noun, then "for", "of", "to" or "on"), not a programme.
const holderNouns = new Set([...titleHeads, 'assistant', 'deputy', 'official', 'officer', 'secretary']);
function isOffice(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  for (let k = 0; k < Math.min(3, words.length - 1); k++) {
    const word = words[k] as string;
    if (!titleWords.has(word) && !holderNouns.has(word)) return false;
    if (holderNouns.has(word) && /^(?:for|of|to|on)$/.test(words[k + 1] as string)) return true;
  }
  return false;
}

// Where a name starts: after words that open the sentence rather than the name ("Following the NATO Summit", "Referring
// to the Free Trade Agreement" (blind-64), "According
// to the Presidency's …", "Also
// discussed was …", "With regard to …", "Addressing the Forum on Mitigation") and after the last "… and the" that joins two things ("Ethiopia and the AU
// Commission", "the Summit and the Antalya Diplomatic Forum"). Returns the offset into `name`.
const openingWords =
  /^(?:(?:according|following|after|during|before|ahead|within|under|with|regarding|concerning|also|at|in|on|for|from|by|about|as|both|discussed|was|were|is|are|regard|to|of|the|and|[a-z]+ing(?=\s+(?:(?:to|on|with)\s+)?(?:the|an?)\s))\s+)+/i;
function trimmedStart(name: string): number {
  let at = 0;
  const joined = name.lastIndexOf(' and the ');
  if (joined >= 0) at = joined + ' and the '.length;
  const opening = openingWords.exec(name.slice(at));
  // Only when what is left still starts with a capital: "Friday Agreement" stays whole with its "Good".
  if (opening && /^[\p{Lu}\p{N}]/u.test(name.slice(at + opening[0].length))) at += opening[0].length;
  return at;
}

// "Union for Foreign Affairs and Security Policy and Vice-President of the European Commission": a name with a
// single office holder in it is (the end of) someone's title.
const singleHolders =
  /\b(?:vice-president|president|minister|secretary|secretary-general|chairman|chairperson|director|ambassador|representative)\b/i;
const holdsOffice = (name: string): boolean => singleHolders.test(name);

// "Other Members of the Conference in attendance were: …" (blind-63): people of a body, not a programme.
const peopleOf = /^(?:other\s+|associate\s+|full\s+)?(?:members|heads|leaders|ministers|delegates|participants|representatives)\s+of\b/i;
// What was held or took place: the name's gathering is the meeting ("… Meeting of the Conference (CARICOM) was held").
const heldAfter =
  /^\s*(?:\([^()]{1,40}\)\s*)?,?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:jointly|virtually|successfully|also|officially|formally)\s+)?(?:held|convened)|took\s+place)\b/i;

const venueAfter = /^\s+(?:Cent(?:er|re)|Hall|Palace|Hotel|Building|Complex|Venue|Stadium|Arena|Grounds)\b/;

// "the Pakistan High Commission", "the Samoa High Commission": a diplomatic mission, not a programme.
// "On the occasion of the New Year, …" (blind-77): a day of the calendar, not a year of something ("the Year of Culture").
const newYear = /^(?:the\s+)?(?:(?:lunar|chinese|persian|iranian|islamic|hijri|jewish|orthodox|gregorian)\s+)?new\s+year$/i;
const isMission = (name: string): boolean => /\b(?:high commission|embassy|consulate(?:-general)?|permanent mission)$/i.test(name);

function looksLikeAName(name: string): boolean {
  const words = name.split(/\s+/);
  // A quotation's first word: "We …", "It …".
  if (/^(?:we|i|it|they|he|she|you|this|that|our|there)\b/i.test(name)) return false;
  if (words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(name) || /[.!?;:,]/.test(name)) return false;
  if (lookupCountry(name)) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalised * 2 >= words.length;
}

/**
 * The slug of an initiative's name: lower-case ASCII words joined by "-", at most 120 characters. Letters of every
 * script are spelled in ASCII by any-ascii ("Suwałki" → "suwalki", "Договор" → "dogovor", "Straße" → "strasse"), so no
 * letter becomes a break and no name in another script gives an empty slug.
 */
export function slugify(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, initiativeSlugMaxLength)
    .replace(/^-+|-+$/g, '');
}
