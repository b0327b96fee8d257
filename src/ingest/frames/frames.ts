import type { Span } from '../draft.js';
import { inBackground, type ReadSentence, type Readout } from '../document/readout.js';
import { authorOf } from '../attribution/author.js';
import { isReporter, type PersonEntity } from '../attribution/entities.js';
import {
  encounterNouns,
  futureAfter,
  stillToCome,
  futureBefore,
  habitualBefore,
  futurePurposeBefore,
  preparedForBefore,
  meetingPhrases,
  participantList,
  recalledBefore,
  toldOfOtherMeeting,
  type Channel,
  type MeetingPhrase,
} from '../lexicon/meeting-phrases.js';
import type { PersonMention } from '../recognize/people.js';
import { institutionNouns, mutualVerbs, speechVerbs } from '../lexicon/verbs.js';
import { latinShape } from '../text/fold.js';
import { titleHeads } from '../lexicon/titles.js';
import { lookupCountry } from '../recognize/countries.js';

/**
 * One statement that people met: a meeting phrase ("held a video conference with") in a sentence, the people before
 * it (subjects) and after it (counterparts). Several frames can describe one encounter (headline, lead, "during the
 * meeting …"); encounters.ts groups them.
 */
export interface MeetingFrame {
  sentence: ReadSentence;
  phrase: Span;
  channel: Channel;
  talks: boolean;
  /** "A and B discussed …": the sentence also reports what they said. */
  discussion: boolean;
  /** The counterparts were named as a group ("his counterparts from A, B and C"). */
  groupObjects: boolean;
  /** "X took part in …", "was also attended by Y": adds people to the meeting at hand. */
  participation: boolean;
  /** One of the meetings a group frame was split into ("met his counterparts from A and B"). */
  shared?: boolean;
  /**
   * Split off a list only because its counterparts are of different countries or offices ("held talks with Kazakh
   * Foreign Minister A and Uzbek Foreign Minister B"): the text does not say the meetings were separate.
   */
  apart?: boolean;
  /** "The top diplomats of the two nations held a meeting in Lima on Thursday": the meeting at hand, told of its sides. */
  sides?: boolean;
  /**
   * "The two ministers also spoke by phone with Somalia's Foreign Minister": the subject is the two sides of the meeting
   * just told, who met the counterpart together — another encounter (new-user trial 124 F5).
   */
  sidesWith?: boolean;
  /** "received a delegation of Peruvian columnists": the counterpart is a group the text does not name one by one. */
  unnamedCounterpart?: boolean;
  /** "… received five new envoys. The envoys included A (Uganda), B …": the sentence that names the counterpart. */
  listedIn?: ReadSentence;
  /** "1. With Mr. Reinsalu, …": the sentence ending in a colon that announced the list this item is of (its subject's). */
  listLead?: ReadSentence;
  /** "X was received by Y": the subjects (Y) are those the phrase names after it. */
  received?: boolean;
  /**
   * "The heads of delegations were received by the President …" (blind-65): the subjects received everyone of the
   * meeting at hand, another encounter.
   */
  receivedGroup?: boolean;
  /** "… held a meeting with B, after talking with C": a meeting (with C) before the one the main clause tells of. */
  earlier?: boolean;
  /** The headline or the paragraph before the sentence calls the meeting trilateral or quadrilateral: met together. */
  together?: boolean;
  /** "X was received by Y on his arrival", "… arrived at the airport. He was welcomed by Y": a welcome on arrival. */
  arrival?: boolean;
  /** "In a meeting with A … in Tehran late last month, the minister said …": a meeting of another time, recalled. */
  recalled?: boolean;
  subjects: PersonEntity[];
  objects: PersonEntity[];
}

// "The Foreign Secretary said the United Kingdom welcomed Brazil's G20 presidency": a meeting verb inside what someone
// said is reported content, not the readout's narration of a meeting; so is the meeting someone judges ("Pohamba
// described talks with Zuma and his delegation as fruitful", blind-79).
// "states" and "notes" as nouns ("the head of states issued …", "an exchange of notes") report nothing.
const reportedBefore =
  /\b(?<!\b(?:was|were|is|are|been|be|being)\s+)(?:said|says|stated|(?<!\b(?:of|the|two|both|three|member|all|other|these|those|united|neighbouring|neighboring|diplomatic|verbal)\s+)(?:states|notes)|noted|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|added|reiterated|pointed out|told|believes|hoped|hopes|expressed (?:the |his |her )?(?:hope|belief|confidence|conviction)|described|describes|termed|characteri[sz]ed)\b(?:\s+that)?[^.;:]*$/;

// `Minister Lipavský said: "Central Europe must speak with one voice"`: a meeting phrase inside a quotation that a
// speech verb opens is what someone said. A quotation that opens the sentence may be a ministry's own narration
// ("\"On August 15, Lavrov held a telephone conversation with Saidov …,\" the ministry informed").
const quotedAfterSpeech =
  /\b(?:said|says|stated|(?<!\b(?:of|the|two|both|three|member|all|other|these|those|united|neighbouring|neighboring|diplomatic|verbal)\s+)(?:states|notes)|noted|stressed|stresses|added|adds|told\s+\S+|remarked|declared|underlined|underscored|emphasi[sz]ed|emphasi[sz]es|affirmed|reiterated)\s*[:,]?\s*["“][^"“”]*$/;

// "It follows on from Prime Minister Sir Keir Starmer's visit to Dublin … where he met with …", "This comes after …":
// a sentence that sets the meeting at hand after an earlier one tells of that one in the past.
const followsOn =
  /^\s*(?:it|this|that|the\s+(?:call|meeting|visit|talks|conversation|trip))\s+(?:(?:also|further)\s+)?(?:follows|followed|comes\s+after|came\s+after|builds\s+on|built\s+on)\b/i;

// "Widodo's one-day visit, where a border agreement and trade were the focus of talks, comes after Indian Prime Minister
// Narendra Modi and U.S. Secretary of State Antony Blinken met a dozen Pacific island leaders in Port Moresby in May"
// (blind-85): what the visit at hand comes after, whatever its subject, is an earlier meeting.
const comesAfter =
  /\b(?:comes|came|follows|followed)\s+(?:(?:just|shortly|soon|closely|days|weeks|months)\s+)?(?:after|on\s+the\s+heels\s+of)\s+(?:(?!,\s+(?:and|but|while|whereas)\b)[^;]){0,200}$/i;

// "Four days before the Tuesday meeting, Zarif and Yusuf bin Alawi held a meeting in … Muscat" (blind-55), "Two months
// prior to the summit, …": a clause dated by its distance before another event told of is an earlier one. ("A day
// earlier, Lavrov met …" in a readout of several meetings is one of them: new-user-trial.test.ts.)
const earlierThanAnother =
  /^\s*(?:(?:just|only|some|about|nearly|almost|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple\s+of|\d+)\s+)+(?:days?|weeks?|months?|years?)\s+(?:before|prior\s+to)\s+(?:the|that|this|their|his|her)\b/i;

// `In a statement, the MEA said, “Foreign Secretary Jaishankar hosted …”`: a ministry quoting its own release narrates.
const institutionQuoted =
  /\b(?:ministry|MEA|MFA|MOFA|MoFA|foreign\s+office|state\s+department|department|office|embassy|government|statement|release|readout|presidency|kremlin|white\s+house|press\s+service)\b[^.;“"]{0,40}\b(?:said|says|stated|states|added|noted|informed|announced|reported)\s*[:,]?\s*["“][^"“”]*$/i;

// "Ms Botchwey said this when the Ambassador … presented his credentials to her": what was said stands before the
// verb ("this"), and the clause of time after it narrates when ("said that when …", "said during his meeting with B
// that …" still report what was said).
// "Jaishankar said his discussions with Chinese counterpart Qin Gang also pertained to …": what is said is about the
// speaker's own meeting, which the sentence narrates (the speaker is its subject).
const saidOfOwnMeeting = /\b(?:said|says|stated|noted|told\s+\S+)\s+(?:that\s+)?(?:his|her)\s+(?:\p{L}+\s+){0,2}$/u;

// "Mr. Ablakwa … said he had taken time off … to hold fruitful telephone conversations with …": the speaker tells of a
// meeting of their own that has happened (past perfect: "said he had met" is the reported form of "I met", not a
// meeting recalled from before), which the sentence narrates through them.
const saidHeHad =
  /\b(?:said|says|stated|noted|disclosed|revealed|told\s+\S+)\s+(?:that\s+)?(?:he|she)\s+(?:(?:had|has)\s+(?![^.;:]*\b(?:would|will|plans?|hopes?|intends?)\b)[^.;:]{0,160})?$/;

// "… said that he had met Nalbandian five or six times since the soccer game": meetings counted over a past period.
// Right after "met": how often ("six times", "on several occasions", "twice last year").
const timesCounted =
  /^\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|a\s+number\s+of)\s+(?:times|occasions)|twice|thrice|on\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous)\s+occasions)\b/i;
const recalledAfter = /^[^.;:]{0,80}\b(?:times|since|before|previously|in the past|over the (?:past|last|years))\b/i;

const saidWhen =
  /\b(?:(?:said|stated|noted|stressed|emphasi[sz]ed|added|reiterated)\s+(?:this|so|these\s+words)|made\s+(?:the|these)\s+(?:remarks?|comments?))\s+(?:when|while|as|after|during)\b[^.;:]*$/;

// "X said in Athens on Thursday after he met Greece's Prime Minister Y", "X told reporters following his talks with Y",
// "State Secretary Waldner said on the occasion of his working meetings with …" (blind-55): the meeting is the time of the speech, which the readout narrates — not what was said (no "that" before it).
const saidAfterMeeting =
  /\b(?:said|says|stated|noted|stressed|declared|announced|told\s+\S+)\s+(?:(?!that\b)[^.;:"“]){0,80}?\b(?:after|following|upon|when|during|at|on\s+the\s+occasion\s+of|in\s+the\s+course\s+of)\s+(?:(?:he|she|they|the\s+two(?:\s+\p{L}+)?)\s+(?:had\s+)?(?:also\s+)?|(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3})?$/u;

// A counterpart that is a group of people not named one by one: "a delegation of Peruvian columnists", "the Diplomatic
// Missions of East African countries", "opinion leaders from Peru", "representatives of the business community".
const unnamedGroupAhead =
  /^\s*(?:(?:a|an|the|members\s+of\s+(?:a|an|the)|(?:a\s+)?group\s+of)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:delegations?|representatives|missions|ambassadors|envoys|heads\s+of\s+mission|leaders|officials|executives|journalists|columnists|editors|students|scholars|businessmen|businesspeople|investors|parliamentarians|lawmakers|legislators|senators|congressmen|deputies|diplomats|members)\b/iu;

// "The Indonesian delegation included A and B", "the Chinese side was represented by A": the people a sentence lists
// as a delegation's members (those after the phrase) are of the country named right before it. Not "Present to
// receive the Chinese delegation was A" (the delegation is who was received), nor the subject of "X met the Chinese
// delegation headed by Y" (only Y is of it).
const delegationPhrase = /^(?:delegations?|side|team)\b/i;
// The capitalised words right before: "the South Sudan delegation included …" (up to four, the longest a country).
const countryWordsBefore = /((?:[\p{Lu}][\p{L}'’.-]+\s+){1,4})$/u;
/** The country the capitalised words that end `text` name, the longest run first ("South Sudan", not "Sudan"). */
function countryEndingAt(text: string): ReturnType<typeof lookupCountry> {
  const words = (countryWordsBefore.exec(text)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  for (let from = 0; from < words.length; from++) {
    const country = lookupCountry(words.slice(from).join(' '));
    if (country) return country;
  }
  return null;
}

// "received the Azerbaijani delegation headed by Deputy Foreign Minister Khalaf Khalafov": who leads it is of its country.
// "a U.S. presidential delegation to the closing ceremony of the Beijing Olympic Games, headed by" (blind-70): a word or
// two in lower case before "delegation", and what it came for after it. "a delegation from the Republic of the Sudan
// led by" (new-user trial 128 F6).
const ledDelegationPhrase =
  /(?:((?:[\p{Lu}][\p{L}'’.-]+\s+){1,4})(?:\p{Ll}[\p{L}-]*\s+){0,2}delegation|delegation\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?(?:the\s+)?\p{Lu}[\p{L}'’.-]*){0,3}))(?:\s+(?:to|for)\s+[^.;,]{1,100}?)?,?\s+(?:led|headed)\s+by$/u;

/** The leaders of a delegation named by its country, with no country of their own, are of that country. */
function ledDelegation(leaders: readonly PersonEntity[], phrase: string): void {
  const found = ledDelegationPhrase.exec(phrase);
  const country = found?.[1] ? countryEndingAt(found[1]) : found?.[2] ? lookupCountry(found[2]) : null;
  if (!country) return;
  for (const leader of leaders) {
    if ((leader.countryCode !== null && leader.countryBasis !== 'title') || leader.organization !== null) continue;
    leader.countryCode = country.code;
    leader.countryBasis = 'delegation';
  }
}

const partOfDelegation = /^(?:formed|were|was)\s+(?:also\s+)?part\s+of\b/i;
const groupOfCountry =
  /^\s*(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:lawmakers|legislators|parliamentarians|officials|members|ministers|senators|deputies|diplomats|officers)\s+(?:who\s+)?$/u;

/**
 * Members of a named country's delegation with no country of their own are of its country (a fact of the text); so are
 * the members of a person's delegation ("Members of the President Akufo-Addo’s delegation included …"), of theirs.
 */
function joinDelegation(members: readonly PersonEntity[], opening: string, phrase: string, owners: readonly PersonEntity[]): void {
  // "Liberian lawmakers who formed part of the delegation … included Senator …" (blind-69): of the country the group's
  // adjective names.
  const group = partOfDelegation.test(phrase) ? groupOfCountry.exec(opening) : null;
  if (!delegationPhrase.test(phrase) && !group) return;
  const country = group ? lookupCountry(group[1] as string) : countryEndingAt(opening);
  const owner = /['’]s\s+$/.test(opening) && owners.length === 1 ? owners[0] : undefined;
  const code = country && !/['’]s\s+$/.test(opening) ? country.code : (owner?.countryCode ?? country?.code ?? null);
  if (!code || /\b(?:receive|received|met|meet|welcomed|hosted)\s+(?:the\s+)?\S+\s+$/i.test(opening)) return;
  // "The Indian delegation included … Foreign Secretary Shri Vikram Misri" (new-user trial 128 F5): the delegation's
  // country over the one a title only suggests (a Foreign Secretary is British by default).
  for (const member of members)
    if ((member.countryCode === null || member.countryBasis === 'title') && member.organization === null) {
      member.countryCode = code;
      member.countryBasis = 'delegation';
    }
}

/**
 * "The Moldovan minister was accompanied by Deputy Minister Cristina Gherasimov" (trial 95): who accompanies someone,
 * with no country of their own, is of that person's.
 */
function accompanying(companions: readonly PersonEntity[], phrase: string, principals: readonly PersonEntity[]): void {
  if (!/\b(?:accompanied|flanked)\s+by$/i.test(phrase)) return;
  const countries = new Set(principals.map((p) => p.countryCode));
  const [code] = countries;
  if (countries.size !== 1 || !code) return;
  for (const companion of companions)
    if (companion.countryCode === null && companion.organization === null) {
      companion.countryCode = code;
      companion.countryBasis = 'delegation';
    }
}

// The clause's subject is the two sides: "The top diplomats of the two nations", "Both ministers", "The two sides",
// "delegations from the governments of both countries"; and "… issued the directive after they met" (blind-41).
// "… said on Monday the presidents of both countries, who met in Buenos Aires" (blind-71); "The two politicians held
// informal talks" (blind-71).
const bothSides =
  /(?:^|,\s*|\s)(?:(?:the|both)\s+(?:two\s+)?(?:top\s+|foreign\s+|chief\s+)?(?:sides|ministers|diplomats|leaders|officials|parties|delegations|counterparts|presidents|prime\s+ministers|premiers|chancellors|politicians|heads\s+of\s+(?:state|government))(?:\s+(?:of|from)\s+(?:the\s+two|both)\s+(?:nations|countries|states|sides))?|(?:the\s+)?delegations\s+(?:of|from)\s+(?:the\s+(?:governments|ministries)\s+of\s+)?(?:the\s+two|both)\s+(?:nations|countries|states|sides))(?:\s*,\s*who)?\s+(?:also\s+|then\s+|later\s+|had\s+|have\s+)?$|\b(?:after|when|once|where)\s+they\s+(?:had\s+|have\s+|also\s+|then\s+|later\s+|both\s+)?$/i;

// Case-sensitive on purpose: a name, or a word that opens one.
const nameAhead =
  /^(?:(?:today|yesterday|also|separately|later|in\s+(?:an\s+)?audience|on\s+\p{L}+day|(?:at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)[\s,]+)*(?:(?:[Hh]is|[Hh]er|[Tt]he|[Vv]isiting|H\.?\s?E\.?)\b|(?:new|newly[- ]\p{L}+|incoming|outgoing)\s+\p{Lu}|\p{Lu}|(?:ambassadors?|envoys?|(?:foreign\s+)?ministers?|counterparts?)\s+(?:of|from)\s+\p{Lu}|(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:the\s+)?(?:credentials|letters?\s+of\s+(?:credence|accreditation))\s+(?:of|from|presented|handed)\s)/u;

// "met several delegates and diplomats on the sidelines of UNGA, including …": a group the names after it illustrate.
// "receives guests of states, among them are the Prime Minister of Australia …": the same with "among them".
const illustratedGroupAhead =
  /^\s*(?:(?:several|a number of|many|various|numerous|some)\s[^.;]{0,120}?,?\s+including|(?:(?:several|many|various|numerous|some|foreign|visiting)\s+)?(?:guests|leaders|heads\s+of\s+(?:state|government)|dignitaries|delegations|visitors|counterparts)\b[^.;,]{0,40},\s+among\s+(?:them|whom))\s+\S/i;

// "The Kyrgyz Foreign Ministry said that Kulubaev met with Norov": an institution that reports the meeting narrates it.
const institutionSaid =
  /\b(?:ministry|office|service|department|division|unit|bureau|directorate|secretariat|report|source|sources|statement|release|spokes\w+|agency|website|government|presidency|embassy|mission)\b[^.;]{0,40}\b(?:said|says|reported|reports|stated|states|announced|informed|noted)\b(?:\s+on\s+\w+)?(?:\s+that)?[^.;:]{0,80}$/i;

const adverbialBefore = /\b(?:during|at|in the course of)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

// "the inaugural of the joint ministerial session", "the bilateral commission's session".
const jointSession = /\b(?:joint|bilateral|intergovernmental)\s+(?:[\w-]+\s+){0,2}(?:session|commission)\b/i;

const ceremonyWords =
  /\b(?:signing ceremony|ceremony|signed on behalf of|official visit|working visit|state visit|attended the signing|signed (?:the|a|an) [^.;]{0,60}?\b(?:for|on behalf of) the)\b/i;
// "The Forum Foreign Ministers meeting ended …": a gathering of many, of which a readout may name only its chair.
const gatheringWords = /\bministers['’]?\s+meeting\b|\bministerial\b|\bsummit\b|\bforum\b/i;

const blocking =
  /\b(?:of|(?<!\b(?:accompanied|supported|assisted|joined|flanked|led|headed)\s)by|from|behalf|with|for|invitation|request|to|about|on|against|like|than|under|toward|towards)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/i;
// "Safadi along with his Iranian counterpart … held talks": inside a clause, "along with" and "together with" join the
// subjects (not "Together with his Jamaican colleague A, B co-chaired …", which opens the sentence).
// A clause with a verb of its own, then the next one: "… was part of the meeting, and …", "… took part; …" (not a
// relative clause: "A, who was in Geneva, and B took part").
const clauseBetween =
  /(?<!\bwho\s+(?:\w+\s+)?)\b(?:was|were|is|are|joined|attended|took|hosted|chaired|led|participated)\b[^;]*?(?:[,;]\s*(?:and|while|whereas)?|\s(?:and|while|whereas))\s+(?:(?:also|then)\s+)?(?:the\s+)?\p{Lu}/u;
// "Ministers of foreign affairs from Norway, Mr. A, and of Iceland Mr. B, signed …" (blind-73): the second of a plural
// title's holders, each with their country, is a subject too.
const parallelOf = /\S,?\s+and\s+(?:of|from)\s+$/;
const alongWith = /\S\s+(?:along|together)\s+with\s+(?:(?:the|his|her|their)\s+)?$/;
const quotedNickname = /^\s*[‘“"'][\p{Lu}][\p{L}.' -]{0,28}[’”"']/u;
// "met with the Speaker of Parliament, Jussi Halla-aho, and with Prime Minister Petteri Orpo": "and with" goes on too.
// "of the National People's Congress", "of the Standing Committee of the Politburo": a capitalised body (its name has
// an institution's noun; not "of Nigeria") after a listed person's name, up to the separator before the next.
const bodyOfListed = /^\s*of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the)\s+)*\p{Lu}[\p{L}'’-]*){0,6}(?=\s*(?:,|and\b|&))/u;
const namesBody = (phrase: string): boolean =>
  phrase.split(/\s+/).some((word) => institutionNouns.has(word.toLowerCase().replace(/['’]s$/, '')));
const coordination =
  /^\s*(?:,|;|;\s*and|and|,\s*and|,?\s*and\s+(?:also\s+)?with|,?\s*and\s+(?:of|from)|,?\s*as well as|,?\s*in addition to|,?\s*together with|,?\s*along with|,?\s*(?:accompanied|supported|assisted|joined|flanked) by|,\s*with|&|,?\s*(?:and\s+)?(?:then|later|subsequently|afterwards)(?:\s+with)?)?\s*$/i;

// ", intelligence chief ", ", and national security adviser ": a list's separator, then an office in lower case (the
// last word one a title ends on) before the next name.
function lowerCaseOffice(gap: string): boolean {
  // "… and World Health Organisation (WHO) director-general Dr Tedros" (blind-72): the body the office is of may come first.
  const office =
    /^\s*(?:,|,?\s*and)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:\(\p{Lu}{2,8}\)\s+)?)?((?:[a-z][a-z-]+\s+){1,3})$/u.exec(gap);
  const words = office ? (office[1] as string).trim().split(/\s+/) : [];
  const last = words[words.length - 1] ?? '';
  // "director-general", "secretary-general": a head and its rank in one word.
  return words.length > 0 && (titleHeads.has(last) || titleHeads.has(last.split('-')[0] as string));
}

// "opposition leader ", "the leader of the opposition ", "party chairman ": an office in lower case, at most seven words
// with a head of a title among them, between a meeting phrase and a name.
function lowerCaseOfficeAhead(gap: string): boolean {
  const words = /^\s*((?:[a-z][a-z'’-]*\s+){1,7})$/u.exec(gap)?.[1]?.trim().split(/\s+/) ?? [];
  return words.some((word) => titleHeads.has(word) || titleHeads.has(word.split('-')[0] as string));
}

// A clause put in front of the main one: "As well as …", "After meeting …", "During her visit to …, she …" (one clause:
// "… was granted an audience by the King, and this afternoon, he met …" has its subject in the clause before "and").
const frontedClause =
  /^\W*(?:as well as|besides|apart from|in addition to|after|before|following|having|during|while|when|upon|on arrival|on the sidelines of|in the course of)\b(?![^;]*,\s*and\b)/i;
const pronounOpensClause = /,\s*(?:he|she)\s+(?:(?:then|also|later|subsequently|afterwards|first|next|further|separately)\s+)?$/i;
const bareMeet = /\bmeet\b/i;
// "U.S." inside the clause is no sentence's end.
const causedToMeet =
  /\b(?:to|will|would|shall|could|should|may|might|can)\s+(?:have|let|get|help|make)\s+(?:[^.;:]|(?<=\b\p{Lu})\.){0,160}$/iu;
const pastVerb = /\b(?:met|discussed|held|had|received|hosted|spoke|talked|conferred|signed|exchanged|called)\b/i;

// "Aurescu met on Wednesday, 21 February 2024, the Foreign Minister of …", "received on Wednesday the visit of …"
// (trial 95), "received in Muscat on 6 March 2020 the Saudi …" (blind-64): a day put between a meeting verb (and its
// place) and its object. Blanked (same offsets) where frames are read, so the
// verb reaches its object; dates are read from the text itself.
const weekday = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const monthName = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const dayAfterVerb = new RegExp(
  `(?<=\\b(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes)\\s+(?:in\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s+)?)(?:on\\s+(?:${weekday}(?:,\\s*|\\s+)(?:the\\s+)?)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthName}(?:,?\\s+\\d{4})?|${monthName}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?)|on\\s+${weekday}|yesterday|today|this\\s+(?:morning|afternoon|evening))\\s*,?(?=\\s+(?:the|his|her|a|an|\\p{Lu}))`,
  'gu',
);
function datesAfterVerbsBlanked(text: string): string {
  return text.replace(dayAfterVerb, (day) => ' '.repeat(day.length));
}

// "… the Tánaiste said:", "Minister Wong stated:": a speech tag that ends its paragraph with a colon.
const speechTagWithColon =
  /\b(?:said|says|stated|states|added|adds|noted|notes|remarked|declared|told\s+(?:\p{L}+\s+){0,2}?(?:reporters|journalists|the\s+press|media))\s*:\s*$/iu;

// The opening of a sentence whose adverbial names the meeting: "In a video conference of …", "At the meeting of …".
const adverbialMeeting = /^\s*(?:in|at|during)\s+(?:a|an|the|this|their)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * The frames of every sentence, in reading order: each phrase that tells of a meeting ("X met Y", "talks were held
 * between …", "was received by …") with the people it names on either side. Sentences inside quoted speech after "…
 * said:" and after a "Background:" heading give none.
 */
export function findFrames(readout: Readout, entities: readonly PersonEntity[]): MeetingFrame[] {
  const byMention = new Map<PersonMention, PersonEntity>();
  for (const entity of entities) for (const { mention } of entity.mentions) byMention.set(mention, entity);
  const frames: MeetingFrame[] = [];
  // Frames of phrases that count only when nothing else tells of a meeting (MeetingPhrase.fallback).
  const fallbacks = new Set<MeetingFrame>();
  // Whether a meeting of the body has had a subject yet ("she met …" before one is the readout's principal).
  let subjectKnown = false;
  // Compared, never printed: "the United Kingdom، Japan" lists with an Arabic comma (same offsets as the text).
  const shaped = datesAfterVerbsBlanked(latinShape(readout.structure.text));
  // "Speaking after the meetings, the Tánaiste said: ⏎ “The meetings with President Ramaphosa and Minister Pandor were
  // …” ⏎ “I updated the President …”" (new-user trial 134 F5): paragraphs that open with a quotation after a speech tag
  // that ends in a colon, and the quoted paragraphs after them, are what was said.
  let quotedSpeech = false;
  let lastParagraph = -1;
  for (const sentence of readout.sentences) {
    if (sentence.paragraph !== lastParagraph) {
      const previous = readout.sentences[sentence.index - 1];
      const opensQuoted = /^\s*[“"]/.test(sentence.text);
      quotedSpeech = opensQuoted && previous !== undefined && (quotedSpeech || speechTagWithColon.test(previous.text));
      lastParagraph = sentence.paragraph;
    }
    if (quotedSpeech || inBackground(readout, sentence)) continue;
    if (sentence.inPreface || isPhotoCaption(readout, sentence)) continue;
    const taken: Span[] = [];
    // "to hold “fruitful telephone conversations” with …": quotation marks inside a phrase do not break it (same
    // offsets as the sentence; apostrophes stay, they are part of words).
    const unquoted = datesAfterVerbsBlanked(sentence.text).replace(/[“”„"«»]/g, ' ');
    // "Foreign Minister Will Smith met …", "Minister May Lin met …": the words of a person's name are no modal verb of
    // the clause (same offsets as the sentence, every name letter an x).
    let unnamed = sentence.text;
    for (const mention of sentence.people)
      if (mention.name) {
        const [from, to] = [mention.name.start - sentence.start, mention.name.end - sentence.start];
        unnamed = unnamed.slice(0, from) + unnamed.slice(from, to).replace(/\p{L}/gu, 'x') + unnamed.slice(to);
      }
    for (const phrase of meetingPhrases) {
      phrase.pattern.lastIndex = 0;
      for (let match = phrase.pattern.exec(unquoted); match; match = phrase.pattern.exec(unquoted)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        if (taken.some((span) => start < span.end && end > span.start)) continue;
        const ahead = unquoted.slice(match.index + match[0].length);
        if (phrase.nameFollows && !nameAhead.test(ahead) && !illustratedGroupAhead.test(ahead)) continue;
        const before = unnamed.slice(Math.max(0, match.index - 60), match.index);
        // "Shoukry has reiterated … during a meeting with his Senegalese peer": an adverbial of the main clause.
        // "As noted, today, X and Y held talks": a discourse marker, not reported speech.
        const opening = unnamed
          .slice(0, match.index)
          .replace(/^\s*as\s+(?:noted|reported|mentioned|said|stated|announced)(?:\s+(?:earlier|above|before|previously))?\s*,/i, '');
        const reported =
          (reportedBefore.test(opening) &&
            !adverbialBefore.test(opening) &&
            !institutionSaid.test(opening) &&
            !saidWhen.test(opening) &&
            !saidAfterMeeting.test(opening) &&
            !saidOfOwnMeeting.test(opening) &&
            !saidHeHad.test(opening)) ||
          (quotedAfterSpeech.test(opening) && !institutionQuoted.test(opening));
        if (
          reported ||
          futureBefore.test(before) ||
          habitualBefore.test(before) ||
          // "Lula and Kirchner plan to meet with entrepreneurs … in February, 2006, in São Paulo, to discuss …" (blind-61):
          // the purpose may stand further back than the 60 characters of \`before\`.
          futurePurposeBefore.test(unnamed.slice(Math.max(0, match.index - 160), match.index)) ||
          (recalledBefore.test(before) && (!saidHeHad.test(opening) || recalledAfter.test(ahead))) ||
          toldOfOtherMeeting.test(opening) ||
          // "relations had improved owing to the meeting between A and B": the cause is inside the phrase's own words.
          toldOfOtherMeeting.test(unnamed.slice(0, match.index + match[0].length).replace(/\S+\s+(?:with|between)$/i, '')) ||
          followsOn.test(opening) ||
          comesAfter.test(opening) ||
          earlierThanAnother.test(opening) ||
          // "… agreed to have Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry meet to review
          // the issue" (new-user trial 132 F1): others made to meet later, not a meeting held.
          (bareMeet.test(match[0]) && causedToMeet.test(opening)) ||
          // "A and B discussed the ministerial meeting due to be held in Vienna": a verb in the past tense reports what
          // happened; only a noun ("the meeting … scheduled for April") is still to come.
          (!pastVerb.test(match[0]) && futureAfter.test(sentence.text.slice(match.index + match[0].length))) ||
          // "The Russian and Chinese leaders met six times in 2006, President Vladimir Putin said following a meeting
          // with …" (blind-81): how often they met, not a meeting.
          (/\b(?:met|meet|meets)\s*$/i.test(match[0]) && timesCounted.test(sentence.text.slice(match.index + match[0].length)))
        ) {
          taken.push({ start, end });
          continue;
        }
        const found = frameAt(sentence, phrase, { start, end }, byMention, shaped);
        if (!found) continue;
        // "He said he had a good first meeting with Prince Faisal to discuss …" is also what he said: a statement.
        // So is "“…”, said President Jokowi to the press, after meeting with PM Tony Abbott": the speech the meeting times.
        const frame =
          (saidHeHad.test(opening) || saidAfterMeeting.test(opening)) && reportedBefore.test(opening)
            ? { ...found, discussion: true }
            : found;
        // "The participants were A, B and C" adds people to a meeting the text has told of; it tells of none itself.
        if (frame.participation && /^\s*(?:the\s+)?(?:participants|attendees)\b/i.test(match[0]) && !meetingToldBy(readout, sentence))
          continue;
        taken.push({ start, end });
        const framed = {
          ...frame,
          ...(togetherBefore(readout, sentence) || togetherAfter(readout, sentence, frame.subjects.length + frame.objects.length)
            ? { together: true }
            : {}),
          ...(phrase.earlier ? { earlier: true } : {}),
        };
        // "He was (also) hosted by X" opening a sentence: the one received is whom "he" stands for, also after another
        // meeting (blind-43) — not "…, where he was welcomed by X", which tells of someone else's visit (blind-23).
        const receivedByPronoun =
          framed.received === true &&
          framed.objects.length === 0 &&
          /^\s*(?:he|she)\s+(?:(?:also|then|later|subsequently|afterwards)\s+)?$/i.test(
            readout.structure.text.slice(sentence.start, framed.phrase.start),
          );
        const told: MeetingFrame = withListLead(
          subjectKnown && !receivedByPronoun
            ? withAnnouncer(framed, readout, byMention, frames.at(-1))
            : withPronounSubject(framed, readout, byMention),
          readout,
          byMention,
        );
        subjectKnown ||= told.subjects.length > 0 && !told.sentence.inHeadline;
        const arrived = arrivalWelcome(readout, sentence, match[0]) ? { ...told, arrival: true } : told;
        // Only a meeting told in an opening phrase, its time before the main clause: "In a meeting with A …, in Tehran
        // late last month, the minister said …".
        const recalled =
          /^\s*(?:in|during|at)\s+(?:(?:a|an|the|his|her|their)\s+)?$/i.test(unnamed.slice(0, match.index)) &&
          recalledTime.test(/^[^.;]{0,160}/.exec(ahead)?.[0] ?? '');
        const pushed = recalled ? { ...arrived, recalled: true } : arrived;
        frames.push(pushed);
        if (phrase.fallback) fallbacks.add(pushed);
      }
    }
  }
  firstPersonAuthor(readout, frames, byMention);
  sidesNamedBefore(readout, frames, byMention);
  namedInNextSentence(readout, frames, byMention);
  ledAsNamedNext(readout, frames, byMention);
  frames.push(...metInPassing(readout, frames, byMention));
  frames.push(...listedAfterMet(readout, frames, byMention));
  frames.push(...participantsListed(readout, byMention));
  namedAsPresenting(readout, frames, byMention);
  // "Coveney meets Northern Ireland Secretary" over "X and Y have issued a joint statement following a meeting": when
  // no sentence of the body reports who met whom, a meeting noun does.
  if (frames.every((frame) => frame.sides || frame.sentence.inHeadline || fallbacks.has(frame)))
    frames.push(...nominalFrames(readout, byMention));
  // (Not against a fallback's frame, which goes when another tells who met: "In response, Spanta told Yang …" after a
  // lead that says the two agreed, blind-12.)
  else
    frames.push(
      ...leadTogether(
        readout,
        frames.filter((frame) => !fallbacks.has(frame)),
        byMention,
      ),
    );
  // A frame that names nobody ("During the meeting, the ministers signed …") does not tell who met (blind-51).
  const tellsWho = (frame: MeetingFrame) => frame.subjects.length + frame.objects.length > 0;
  if (frames.some((frame) => !fallbacks.has(frame) && !frame.sentence.inHeadline && tellsWho(frame)))
    frames.splice(0, frames.length, ...frames.filter((frame) => !fallbacks.has(frame)));
  // A welcome on arrival is protocol around the visit's meetings; alone, it is what the readout reports (blind-22).
  const met = frames.some((frame) => !frame.arrival && !frame.participation && !frame.sentence.inHeadline);
  // "X held talks with the following officials:" tells of the meetings its list items are, not of one more.
  const leads = new Set(frames.map((frame) => frame.listLead));
  // A meeting recalled from another time is none of this readout's when it reports one of its own (ANNOTATING.md).
  const own = frames.some((frame) => !frame.recalled && !frame.arrival && !frame.participation && !frame.sentence.inHeadline);
  return frames
    .filter((frame) => !(met && frame.arrival) && !(frame.objects.length === 0 && leads.has(frame.sentence)) && !(own && frame.recalled))
    .sort((a, b) => a.sentence.index - b.sentence.index || a.phrase.start - b.phrase.start);
}

// "… in Tehran late last month", "last week", "earlier this year", "two months ago" after a meeting phrase (blind-75).
const recalledTime =
  /\b(?:(?:late|early|earlier)\s+)?last\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b|\bearlier\s+this\s+(?:week|month|year)\b|\b(?:a|one|two|three|four|five|six|several|few)\s+(?:weeks?|months?|years?)\s+ago\b/i;

/**
 * "1. (U) Participants: ⏎ U.S. ⏎ The Secretary ⏎ Ambassador James Cain ⏎ … ⏎ Denmark ⏎ Anders Fogh Rasmussen, Prime
 * Minister ⏎ …" (blind-74, a State Department cable): the people listed one to a line under a line that announces the
 * participants are at the meeting (their countries: attribution/entities.ts, `participantListCountries`).
 */
function participantsListed(readout: Readout, byMention: ReadonlyMap<PersonMention, PersonEntity>): MeetingFrame[] {
  const list = participantList(readout.sentences);
  if (!list) return [];
  const people: PersonEntity[] = [];
  for (const mention of list.lines.flatMap((sentence) => sentence.people)) {
    const entity = byMention.get(mention);
    if (entity && entity.name !== null && !entity.placeLike && !people.includes(entity)) people.push(entity);
  }
  const { heading } = list;
  return people.length >= 2 ? [togetherAt(heading, { start: heading.start, end: heading.end }, people)] : [];
}

// "The first round of the China-Afghanistan-Pakistan trilateral Foreign Ministers' dialogue was held in Beijing. Wang
// Yi met with Afghanistan's Salahuddin Rabbani and Pakistan's Khawaja Asif": one meeting of three.
const countedTable = /\b(?:trilateral|quadrilateral|tripartite|three-way|four-way)\b/i;
function togetherBefore(readout: Readout, sentence: ReadSentence): boolean {
  return tableSentences(readout).some((s) => s.inHeadline || (s.paragraph === sentence.paragraph && s.index < sentence.index));
}

// "… met with his counterparts from France, Germany, and the United Kingdom today in Brussels. The Secretary and the
// ministers discussed …" (new-user trial 119): the next sentence of the paragraph tells of all of them at one table —
// the subject "and the ministers", or "the three (four, …) ministers" — so they met together.
const counts: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7 };
// "… met in Berlin with A, B, and C. They discussed …" (new-user trial 129 F8): "they", or "the ministers", "the
// leaders" uncounted, and a verb of discussing in the same paragraph.
const oneTableAfter = new RegExp(
  `^\\s*(?:(?:they|the\\s+(?:leaders|ministers|foreign\\s+ministers|officials))\\s+(?:also\\s+|jointly\\s+)?(?:discussed|exchanged|reviewed)\\b|the\\s+(?:[\\p{L}-]+\\s+){0,3}?and\\s+the\\s+(?:other\\s+)?(?:ministers|foreign\\s+ministers|counterparts|leaders)\\b|(?:the|all)\\s+(${Object.keys(counts).join('|')})\\s+(?:foreign\\s+)?(?:ministers|leaders|counterparts)\\b)`,
  'iu',
);
const countedMeeting = new RegExp(
  `\\b(?:the|a|their)\\s+(${Object.keys(counts).join('|')})[- ](?:person|way|nation|party|country|leader|member)s?\\s+(?:summit|meeting|talks|dialogue)\\b`,
  'i',
);
// "… held talks with A and B in Cairo.\n\nThe three ministers discussed …" (new-user trial 127): the next sentence,
// also when it opens the next paragraph and counts the frame's parties ("The seven leaders from India's neighbourhood
// … were" after a minister's calls on four of them is no table, blind-32).
function togetherAfter(readout: Readout, sentence: ReadSentence, parties = 0): boolean {
  const next = readout.sentences[sentence.index + 1];
  // "… hosted A and B at the White House. On Thursday, Biden met separately with A and B ahead of the three-person
  // summit" (blind-71): the next sentence counts the parties of one summit.
  const counted = next ? countedMeeting.exec(next.text) : null;
  if (next && counted && next.paragraph <= sentence.paragraph + 1 && counts[(counted[1] as string).toLowerCase()] === parties) return true;
  const found = next ? oneTableAfter.exec(next.text) : null;
  if (!next || !found) return false;
  if (next.paragraph === sentence.paragraph) return true;
  return next.paragraph === sentence.paragraph + 1 && found[1] !== undefined && counts[found[1].toLowerCase()] === parties;
}

// The sentences that call a meeting trilateral or quadrilateral, once per readout: asked of every frame, a scan of
// every sentence would make a long text's frames quadratic.
const tableSentencesOf = new WeakMap<Readout, readonly ReadSentence[]>();
function tableSentences(readout: Readout): readonly ReadSentence[] {
  let found = tableSentencesOf.get(readout);
  if (!found) tableSentencesOf.set(readout, (found = readout.sentences.filter((s) => countedTable.test(s.text))));
  return found;
}

// "The visiting Foreign Ministers and other dignitaries … called on Foreign Minister Ali Sabry … These included Dr. A.K.
// Abdul Momen from Bangladesh, Jai Bir Rai from Bhutan, …": a group that met someone, named in the sentence after; each
// of them met them (one frame each, as for "his counterparts from A, B and C").
// "President Uhuru Kenyatta on Friday received credentials from five new envoys to Kenya. The envoys included A
// (Uganda), B (Australia) …": a group someone met, named the same way — each of them met them.
// A person a list names: not a place, and not what stands in brackets after a name ("Myint Swe (Mnyanmar)", "C (the
// Republic of Serbia)", "(the Sovereign Military Order of Malta)"), which is whom they represent.
const listedName = (text: string, mention: PersonMention): boolean =>
  mention.name !== null &&
  !mention.placeLike &&
  !/\([^()]{0,40}$/.test(text.slice(Math.max(0, mention.span.start - 40), mention.span.start));

const includedList =
  /^\s*(?:these|they|those|among them|among those|the\s+(?:new\s+|newly\s+(?:appointed|accredited)\s+)?(?:envoys|ambassadors|diplomats|heads\s+of\s+mission|high\s+commissioners|delegates|ministers|guests|visitors|officials))\s+(?:included|include|were|are|comprised)\b/i;
// "President Maia Sandu today received the accreditation letters of five new ambassadors … Thus, Ambassador of the
// Union of Australia, His Excellency Paul John Lehmann, …, were accredited." (blind-77): the group listed by name in a
// sentence that says they were accredited, received or presented their credentials.
const accreditedList =
  /\b(?:were|have\s+been|had\s+been)\s+(?:(?:also|officially|formally|duly)\s+)?(?:accredited|received|welcomed)\b|\b(?:presented|handed\s+over|submitted)\s+(?:their\s+|the\s+)?(?:(?:copies|letters)\s+of\s+)?(?:credentials|credence|accreditation)\b/i;
// "President Bola Tinubu met his counterparts from three West African countries … The trio of Benin Republic President,
// Patrice Talon, Guinea Bissau Umaro Sissoco Embalo, and his Niger Republic counterpart, Mohammed Bassoum, arrived …
// for a private meeting" (blind-45): a collective noun names the group as one — they met together.
const collectiveList =
  /^\s*(?:the\s+)?(?:(?:trio|duo|quartet|quintet|pair)\s+of\b|(?:two|three|four|five|six|visiting)\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)|(?:foreign\s+|prime\s+)?ministers)\s*,)/i;
function namedInNextSentence(readout: Readout, frames: MeetingFrame[], byMention: ReadonlyMap<PersonMention, PersonEntity>): void {
  const text = readout.structure.text;
  for (let k = frames.length - 1; k >= 0; k--) {
    const frame = frames[k] as MeetingFrame;
    if (frame.sentence.inHeadline) continue;
    // The group is the one side (the other named in the frame): those who met someone, or those someone met.
    const groupMet = frame.subjects.length > 0 && frame.objects.length === 0;
    const groupMeeting = frame.subjects.length === 0 && frame.objects.length > 0;
    if (!groupMet && !groupMeeting) continue;
    const next = readout.sentences.find((s) => s.index === frame.sentence.index + 1);
    // Only after one person met a group ("Tinubu met his counterparts from three countries"): "The two leaders, along
    // with …" after "A and B came together" tells of the people already named.
    // A list of those accredited at one ceremony ("received the credentials of 10 newly appointed ambassadors … The
    // newly appointed ambassadors … who presented credentials to the president are A, B, …", blind-16; "… were
    // accredited", blind-77) is one meeting, unless the text says the ceremonies were separate.
    const accredited =
      next !== undefined &&
      frame.subjects.length === 1 &&
      accreditedList.test(next.text) &&
      !/\bseparate(?:ly)?\b/i.test(`${frame.sentence.text} ${next.text}`);
    const together = next !== undefined && frame.subjects.length === 1 && (collectiveList.test(next.text) || accredited);
    if (!next || (!includedList.test(next.text) && !accreditedList.test(next.text) && !together)) continue;
    const known = groupMet ? frame.subjects : frame.objects;
    const named = [
      ...new Set(
        next.people
          .filter((m) => listedName(text, m))
          .map((m) => byMention.get(m))
          .filter((e): e is PersonEntity => e !== undefined && !known.includes(e)),
      ),
    ];
    if (named.length < 2) continue;
    for (const person of named) person.strong = true;
    // "The trio of A, B and C arrived … for a private meeting": those the group is, at one table.
    if (together && groupMet) {
      frames.splice(k, 1, { ...frame, objects: named, together: true, listedIn: next });
      continue;
    }
    frames.splice(
      k,
      1,
      ...named.map((person) =>
        groupMet ? { ...frame, objects: [person], shared: true, listedIn: next } : { ...frame, subjects: [person], shared: true },
      ),
    );
  }
}

// "… delegations from the governments of both countries met this Thursday … The delegations, led by the Angolan
// Minister of Foreign Affairs, A, and the Mozambican Minister …, B, reviewed …": a meeting told of its two sides, then
// who led them. Those named after "led by" in the next sentence are the meeting's people.
const ledBy =
  /^\s*(?:the\s+)?(?:two\s+)?(?:delegations|sides|teams|talks|meeting|consultations)\s*,?\s+(?:were\s+|was\s+)?(?:led|headed|chaired|co-chaired)\s+(?:respectively\s+)?by\b/i;
function ledAsNamedNext(readout: Readout, frames: MeetingFrame[], byMention: ReadonlyMap<PersonMention, PersonEntity>): void {
  for (const frame of frames) {
    if (!frame.sides || frame.subjects.length > 0 || frame.objects.length > 0) continue;
    const next = readout.sentences.find((s) => s.index === frame.sentence.index + 1);
    const cue = next ? ledBy.exec(next.text) : null;
    if (!next || !cue) continue;
    const leaders = unique(
      next.people
        .filter((m) => m.span.start >= next.start + cue[0].length)
        .map((m) => byMention.get(m))
        .filter((e): e is PersonEntity => e?.strong === true && e.name !== null),
    );
    // Named now, it reports a meeting of its own rather than adding to the one before it.
    if (leaders.length >= 2) [frame.subjects, frame.sides] = [leaders, false];
  }
}

// "The heads of delegations were received by …", "The participants of the meeting were also received by …", "The
// ministers were then received by …": the people of the meeting at hand, by the group they form, before a passive.
const receivedGroup =
  /^\s*(?:(?:later|afterwards|subsequently|then|also)\s*,?\s+)?(?:the|all)\s+(?:(?:other|visiting|participating)\s+)?(?:heads\s+of\s+(?:the\s+)?delegations?|participants(?:\s+(?:of|in)\s+the\s+(?:meeting|session|talks|conference))?|(?:foreign\s+)?ministers|delegates|delegations|members\s+of\s+the\s+delegations)\s+(?:(?:were|have\s+been|had\s+been|also|then|later|jointly|subsequently)\s+)*$/i;

// "The MoS was on Sunday received by X on his arrival in Maseru", "… arrived at Guam International Airport in the
// evening. He was welcomed by X": a welcome on arrival (unless the sentence goes on to what they discussed), which is
// no meeting of its own when the readout reports others (blind-44).
const welcomeVerb = /\b(?:received|receives|welcomed|welcomes|greeted|greets)\b/i;
const atArrival = /\b(?:on|upon)\s+(?:(?:his|her|their|the\s+\p{L}+['’]s)\s+)?arrival\b|\bat\s+(?:the\s+)?[\p{L}\s.-]{0,40}\bairport\b/iu;
const arrivedAtAirport = /\b(?:arrived|landed)\s+(?:at|in)\s+[^.;]{0,60}\bairport\b/i;
const discussedAfter = /\b(?:discuss|discussed|talks|held\s+(?:a\s+)?meeting|exchanged\s+views|conversation)\b/i;
function arrivalWelcome(readout: Readout, sentence: ReadSentence, phrase: string): boolean {
  if (!welcomeVerb.test(phrase) || discussedAfter.test(sentence.text)) return false;
  if (atArrival.test(sentence.text)) return true;
  const previous = readout.sentences[sentence.index - 1];
  return previous !== undefined && previous.paragraph === sentence.paragraph && arrivedAtAirport.test(previous.text);
}

// "Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden on Friday confirmed their cooperation, in a chat on
// the sidelines of the summit": the meeting named after the clause's verb, in a phrase of its own, its people the
// clause's subject — two or more people of different sides named before it. Only a sentence no other frame reads.
const inPassing =
  /,?\s*\b(?:in|during|at)\s+(?:(?:a|an|the|their)\s+)?(?:(?:brief|short|bilateral|separate|informal|private|cordial|warm|one-on-one|phone|telephone|video)\s+){0,2}(?:meeting|talks|chat|conversation|call|exchange|encounter)\b/i;
function metInPassing(
  readout: Readout,
  frames: readonly MeetingFrame[],
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
): MeetingFrame[] {
  const firstParagraphs = new Set(readout.structure.body.slice(0, 4).map((p) => p.index));
  const framed = new Set(frames.map((frame) => frame.sentence));
  const found: MeetingFrame[] = [];
  for (const sentence of readout.sentences) {
    if (sentence.inHeadline || sentence.inPreface || framed.has(sentence) || !firstParagraphs.has(sentence.paragraph)) continue;
    const phrase = inPassing.exec(sentence.text);
    if (!phrase) continue;
    const opening = sentence.text.slice(0, phrase.index);
    if (futureBefore.test(opening) || recalledBefore.test(opening) || toldOfOtherMeeting.test(opening)) continue;
    if (futureAfter.test(sentence.text.slice(phrase.index + phrase[0].length))) continue;
    const people = unique(
      sentence.people
        .filter((m) => m.span.end <= sentence.start + phrase.index && m.name !== null)
        .map((m) => byMention.get(m))
        .filter((e): e is PersonEntity => e?.strong === true),
    );
    const sides = new Set(people.map((person) => person.countryCode ?? person.organization ?? `?${person.id}`));
    // "A and B …": the people open the sentence as its subject, joined by "and" — not the agents of "agreed upon by A
    // and B during their call", nor travellers who "arrived in Minsk to participate in the talks".
    const first = sentence.people.find((m) => m.name !== null && byMention.get(m)?.strong === true);
    const lead = first ? sentence.text.slice(0, first.span.start - sentence.start) : '';
    if (
      people.length < 2 ||
      sides.size < 2 ||
      !/\band\b/.test(opening) ||
      lead.length > 50 ||
      /\b(?:by|of|with|from|to)\s*$|:\s*$/i.test(lead) ||
      /\bto\s+(?:participate|take\s+part|attend|join)\b[^,;]*$/i.test(opening)
    )
      continue;
    const start = sentence.start + phrase.index + (phrase[0].length - phrase[0].trimStart().length);
    found.push(togetherAt(sentence, { start, end: sentence.start + phrase.index + phrase[0].length }, people));
  }
  return found;
}

// "Mwai Kibaki on Monday received credentials from six diplomats … The first to present her credentials was A, High
// Commissioner-Designate of Uganda … Also to present her credentials was B … Others who presented their credentials were
// C (Serbia), D (Sweden) and E (Austria).": envoys of a credentials ceremony named later, one sentence or several, as
// those who presented them — each presented them to the one who received them (a frame each).
const presentingCredentials =
  /\b(?:to\s+present|presented|presenting|to\s+hand\s+over|handed\s+over)\s+(?:his|her|their)\s+(?:(?:copies\s+of\s+(?:their|his|her)\s+)?letters\s+of\s+(?:credence|accreditation)|credentials)\s+(?:was|were|is|are)\b/i;
function namedAsPresenting(readout: Readout, frames: MeetingFrame[], byMention: ReadonlyMap<PersonMention, PersonEntity>): void {
  const text = readout.structure.text;
  const ceremony = frames.findIndex(
    // A headline too: "President receives credentials of six envoys" over the sentences that name them.
    (frame) =>
      frame.subjects.length > 0 &&
      frame.objects.length === 0 &&
      /\bcredentials|letters\s+of\s+(?:credence|accreditation)\b/i.test(frame.sentence.text),
  );
  const frame = frames[ceremony];
  if (!frame) return;
  const named: MeetingFrame[] = [];
  const framed = new Set(frames.flatMap((f) => [...f.subjects, ...f.objects]));
  for (const sentence of readout.sentences) {
    if (sentence.index <= frame.sentence.index || sentence.index > frame.sentence.index + 12) continue;
    const copula = presentingCredentials.exec(sentence.text);
    // "Ambassador-Designate Domingo D. Lucenario of the Republic of Philippines pledged …": once the envoys are told
    // of one by one, an envoy the ceremony's text names only as speaking is one of them too.
    if (!copula) {
      if (named.length === 0) continue;
      for (const mention of sentence.people) {
        const envoy = byMention.get(mention);
        if (!envoy || framed.has(envoy) || frame.subjects.includes(envoy) || envoy.name === null) continue;
        if (!/\b(?:ambassador|high\s+commissioner|envoy|charg[eé])/i.test(envoy.title ?? '')) continue;
        if (named.some((f) => f.objects.includes(envoy))) continue;
        envoy.strong = true;
        named.push({ ...frame, objects: [envoy], shared: true, listedIn: sentence });
      }
      continue;
    }
    const after = sentence.start + copula.index + copula[0].length;
    const people = sentence.people
      .filter((m) => m.span.start >= after && listedName(text, m))
      .map((m) => byMention.get(m))
      .filter((e): e is PersonEntity => e !== undefined && !frame.subjects.includes(e));
    for (const person of new Set(people)) {
      if (named.some((f) => f.objects.includes(person))) continue;
      person.strong = true;
      named.push({ ...frame, objects: [person], shared: true, listedIn: sentence });
    }
  }
  if (named.length > 0) frames.splice(ceremony, 1, ...named);
}

// "Central to his agenda was a", "Rasmussen's programme also included": the owner of a visit's agenda (group 1 a
// pronoun, group 2 a name's "'s") before the meeting noun that follows it.
const visitAgenda =
  /(?:(?:^|[\s,])(his|her)|(['’]s))\s+(?:(?:three-day|two-day|four-day|official|working|state|first|busy|packed)\s+)*(?:agenda|programme|program|schedule|itinerary|visit|trip|tour|stay)\b[^.;:]{0,40}?\b(?:was|were|is|are|included|includes|featured|features)\s+(?:also\s+)?(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

// "Annalena Baerbock held three bilateral meetings. In the morning she met with the Foreign Minister of Kenya …": before
// any meeting has a subject, "he" or "she" met someone is the readout's principal, the first person it names in full.
function withPronounSubject(frame: MeetingFrame, readout: Readout, byMention: ReadonlyMap<PersonMention, PersonEntity>): MeetingFrame {
  const before = readout.structure.text.slice(frame.sentence.start, frame.phrase.start);
  // "On 20 June, he was received by President William Ruto": the one received is the readout's principal.
  if (
    frame.received &&
    frame.objects.length === 0 &&
    !frame.sentence.inHeadline &&
    /(?:^|[\s,])(?:he|she)\s+(?:(?:also|then|later|subsequently|afterwards|first)\s+)?$/i.test(before)
  ) {
    const principal = principalBefore(frame, readout, byMention);
    return principal && !frame.subjects.includes(principal) ? { ...frame, objects: [principal] } : frame;
  }
  if (frame.subjects.length > 0 || frame.objects.length === 0) return frame;
  // "Statement by Foreign Minister Nikos Christodoulides following his meeting with …": "his" is the person the same
  // sentence named before it, whom "by" kept from being the verb's subject — in a headline too.
  if (/(?:^|[\s,])(?:his|her)\s+(?:(?:first|second|bilateral|separate|later|subsequent)\s+)?$/i.test(before)) {
    const owner = frame.sentence.people
      .filter((mention) => mention.span.end <= frame.phrase.start && mention.name !== null)
      .map((mention) => byMention.get(mention))
      .filter((entity): entity is PersonEntity => entity !== undefined && entity.strong && !frame.objects.includes(entity))
      .pop();
    if (owner) return { ...frame, subjects: [owner] };
  }
  if (frame.sentence.inHeadline) return frame;
  // "Central to Løkke Rasmussen's agenda was a discussion with …", "His programme included talks with …" (blind-43): a
  // meeting on the agenda of someone's visit is theirs — the person named before "'s", or whom "his" or "her" stands for.
  const agenda = visitAgenda.exec(before);
  if (agenda) {
    const owner = agenda[1]
      ? principalBefore(frame, readout, byMention)
      : frame.sentence.people
          .filter(
            (mention) =>
              mention.name !== null && mention.span.end <= frame.sentence.start + agenda.index + agenda[0].indexOf(agenda[2]!) + 2,
          )
          .map((mention) => byMention.get(mention))
          .filter((entity): entity is PersonEntity => entity !== undefined && entity.strong)
          .pop();
    if (owner && !frame.objects.includes(owner)) return { ...frame, subjects: [owner] };
  }
  // "A similar discussion was also had with the Faroese Minister …": a meeting held with someone, in a sentence that
  // names no one before it, is the principal's.
  const heldWith = /\b(?:was|were)\s+(?:also\s+)?(?:held|had|conducted)\s+with$/i.test(
    readout.structure.text.slice(frame.phrase.start, frame.phrase.end),
  );
  if (heldWith && !frame.sentence.people.some((mention) => mention.span.end <= frame.phrase.start)) {
    const principal = principalBefore(frame, readout, byMention);
    return principal && !frame.objects.includes(principal) ? { ...frame, subjects: [principal] } : frame;
  }
  // "he met …", and the meeting owned by a pronoun or a title: "In his meeting with …", "In the UN chief's meeting with …".
  if (
    !/(?:^|[\s,])(?:he|she)\s+(?:(?:then|also|later|subsequently|afterwards|first|next|further)\s+)?$/i.test(before) &&
    !/(?:^|[\s,])(?:his|her|the\s+(?:[\p{L}.-]+\s+){0,2}[\p{L}-]+['’]s)\s+(?:(?:first|second|bilateral|separate|later|subsequent)\s+)?$/iu.test(
      before,
    )
  )
    return frame;
  const principal = announcerBefore(frame, readout, byMention) ?? principalBefore(frame, readout, byMention);
  return principal && !frame.objects.includes(principal) ? { ...frame, subjects: [principal] } : frame;
}

// "Minister Mr. Gyawali also had important bilateral meetings today. During his meeting with H.E. Elmar Mammadyarov, …"
// (blind-46): the person the sentence before opens with, when it announces meetings of theirs.
const announcesMeetings =
  /\b(?:had|held|has|have|conducted)\s+(?:(?:also|several|a\s+(?:number|series)\s+of|many|important|separate|other|further|bilateral)\s+)*(?:meetings|talks)\b/i;

/**
 * A frame whose "he", "she", "his" or "her" stands for the person the sentence before announced meetings of; "In another
 * bilateral meeting with …" right after it is the same person's.
 */
function withAnnouncer(
  frame: MeetingFrame,
  readout: Readout,
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
  last: MeetingFrame | undefined,
): MeetingFrame {
  if (frame.subjects.length > 0 || frame.objects.length === 0 || frame.sentence.inHeadline) return frame;
  const before = readout.structure.text.slice(frame.sentence.start, frame.phrase.start);
  const another = /^\s*(?:in|during|at)\s+(?:another|a\s+(?:further|separate|second|third))\s+(?:[\p{L}-]+\s+)?$/iu.test(before);
  if (
    another &&
    last &&
    last.subjects.length === 1 &&
    last.sentence.index === frame.sentence.index - 1 &&
    last.sentence.paragraph === frame.sentence.paragraph
  ) {
    const [subject] = last.subjects;
    return subject && !frame.objects.includes(subject) ? { ...frame, subjects: [subject] } : frame;
  }
  if (!/(?:^|[\s,])(?:he|she|his|her)\s+(?:[\p{L}-]+\s+)?$/iu.test(before)) return frame;
  const announcer = announcerBefore(frame, readout, byMention);
  return announcer && !frame.objects.includes(announcer) ? { ...frame, subjects: [announcer] } : frame;
}

// "Minister Czaputowicz held the following meetings:" over "1. With Mr. Urmas Reinsalu, …", "2. With Mr. Jüri Ratas, …"
// (new-user trial 115): each item of a list a sentence ending in a colon announces is a meeting of the one who opens it.
const listItemWith = /^\s*with\b/i;
const announcesList =
  /\b(?:the\s+following|these|several|separate|bilateral|other|further)\s+(?:[\p{L}-]+\s+)?(?:meetings|talks|consultations|conversations|calls)\b|\b(?:met|meetings|talks)\s+with\b/iu;

/**
 * A frame of a list item "With <counterpart>, …" that names no subject: the person who opens the nearest sentence before
 * it that ends in a colon and announces meetings ("X held the following meetings:"), within the same few paragraphs.
 */
function withListLead(frame: MeetingFrame, readout: Readout, byMention: ReadonlyMap<PersonMention, PersonEntity>): MeetingFrame {
  if (frame.subjects.length > 0 || frame.objects.length === 0 || frame.sentence.inHeadline) return frame;
  if (!listItemWith.test(readout.structure.text.slice(frame.sentence.start, frame.phrase.end))) return frame;
  const lead = readout.sentences
    .filter((sentence) => sentence.index < frame.sentence.index && sentence.index >= frame.sentence.index - 12 && !sentence.inHeadline)
    .reverse()
    .find((sentence) => /:\s*$/.test(sentence.text));
  if (!lead || !announcesList.test(lead.text)) return frame;
  const opener = lead.people
    .map((mention) => byMention.get(mention))
    .find((entity): entity is PersonEntity => entity !== undefined && entity.name !== null && entity.strong);
  return opener && !frame.objects.includes(opener) ? { ...frame, subjects: [opener], listLead: lead } : frame;
}

// "On 23 September, External Affairs Minister Dr. S. Jaishankar met: ⏎ • Foreign Minister of Guyana Mr. Hugh Hilton
// Todd ⏎ • …" (new-user trial 128 F4): a sentence that ends its meeting verb with a colon, and the list under it.
const metColon =
  /\b(?:met|meets|met\s+with|(?:held|holds|had)\s+(?:(?:separate|bilateral)\s+)*(?:meetings|talks|calls|consultations)\s+with|called\s+on|received|spoke\s+(?:to|with))(?:\s+the\s+following(?:\s+[\p{L}-]+){0,2})?\s*:\s*$/iu;

/**
 * The meetings of a list a sentence announces by a meeting verb and a colon, one per item: each line under it that
 * names one person and says nothing else (no meeting phrase of its own) is a meeting of the sentence's subject with
 * them. Items that tell more ("With Mr. Reinsalu, …") are read by withListLead.
 */
function listedAfterMet(
  readout: Readout,
  frames: readonly MeetingFrame[],
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
): MeetingFrame[] {
  const text = readout.structure.text;
  const found: MeetingFrame[] = [];
  for (const lead of readout.sentences) {
    if (lead.inHeadline || lead.inPreface) continue;
    const verb = metColon.exec(lead.text);
    if (!verb) continue;
    const opener = lead.people
      .map((mention) => byMention.get(mention))
      .find((entity): entity is PersonEntity => entity !== undefined && entity.name !== null && entity.strong);
    if (!opener) continue;
    const phrase = { start: lead.start + verb.index, end: lead.start + verb.index + verb[0].length };
    for (const item of readout.sentences.slice(lead.index + 1)) {
      if (item.paragraph === lead.paragraph || item.inHeadline || item.text.split(/\s+/).length > 25) break;
      if (frames.some((frame) => frame.sentence === item)) break;
      const people = [...new Set(item.people.map((mention) => byMention.get(mention)))];
      const [person] = people;
      if (people.length !== 1 || !person || person === opener || person.name === null) break;
      const first = item.people[0] as PersonMention;
      if (!/^[\s\p{P}]*(?:the\s+)?$/iu.test(text.slice(item.start, first.span.start))) break;
      found.push({
        sentence: item,
        phrase,
        channel: null,
        talks: false,
        discussion: false,
        groupObjects: false,
        participation: false,
        subjects: [opener],
        objects: [person],
        listLead: lead,
        shared: true,
      });
    }
  }
  return found;
}

/** The person who opens the sentence before the frame's, in the same paragraph, when that sentence announces meetings. */
function announcerBefore(
  frame: MeetingFrame,
  readout: Readout,
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
): PersonEntity | undefined {
  const previous = readout.sentences.find((sentence) => sentence.index === frame.sentence.index - 1);
  if (!previous || previous.paragraph !== frame.sentence.paragraph || !announcesMeetings.test(previous.text)) return undefined;
  const [first] = previous.people;
  const entity = first ? byMention.get(first) : undefined;
  const opens =
    first &&
    /^[\s\p{P}]*(?:(?:the|h\.?\s?e\.?|mr\.?|ms\.?|mrs\.?|dr\.?|hon\.?)\s+)*$/iu.test(
      readout.structure.text.slice(previous.start, first.span.start),
    );
  return opens && entity?.name ? entity : undefined;
}

// "During a phone call with Ukrainian President Volodymyr Zelensky this evening, we noted …" (blind-42): a meeting told
// in the first person is its author's.
const firstPersonSubject = /(?<![\p{L}.'’-])(?:I|we|We)\s+(?:(?:also|then|had|have|held|jointly)\s+)?\p{Ll}/u;

/** Gives the author of a first-person text (attribution/author.ts) to its frames that name no subject. */
function firstPersonAuthor(readout: Readout, frames: MeetingFrame[], byMention: ReadonlyMap<PersonMention, PersonEntity>): void {
  const author = authorOf(readout, byMention);
  if (!author) return;
  for (const [index, frame] of frames.entries())
    if (
      frame.subjects.length === 0 &&
      !frame.sentence.inHeadline &&
      !frame.objects.includes(author) &&
      firstPersonSubject.test(frame.sentence.text)
    )
      frames[index] = { ...frame, subjects: [author] };
}

/** The first person named in full in the body before the frame's sentence: whom "he" or "she" stands for. */
function principalBefore(
  frame: MeetingFrame,
  readout: Readout,
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
): PersonEntity | undefined {
  for (const sentence of readout.sentences) {
    if (sentence.index >= frame.sentence.index) break;
    if (sentence.inHeadline || sentence.inPreface) continue;
    const principal = sentence.people
      .map((mention) => byMention.get(mention))
      .find((entity) => entity?.strong === true && entity.name !== null);
    if (principal) return principal;
  }
  return undefined;
}

/** Everyone a frame names as a side of a meeting. */
export function partiesOf(frames: readonly MeetingFrame[]): Set<PersonEntity> {
  return new Set(frames.flatMap((frame) => [...frame.subjects, ...frame.objects]));
}

/**
 * The sentences that only narrate a meeting (who met whom), each with where its meeting phrase ends: sentence index →
 * offset in the text. A frame that reports what was discussed, or one told of "the two sides" ("The two ministers held
 * talks and agreed …"), narrates and reports at once, so its sentence is not listed.
 */
export function narrativeSentences(frames: readonly MeetingFrame[]): Map<number, number> {
  const told = frames.filter((frame) => !frame.discussion && !frame.sides);
  // A sentence that only lists whom a meeting was with narrates too, to its end.
  const lists = told.flatMap((frame) => (frame.listedIn ? [[frame.listedIn.index, frame.listedIn.end] as const] : []));
  return new Map([...lists, ...told.map((frame) => [frame.sentence.index, frame.phrase.end] as const)]);
}

// When no sentence says who met whom with a verb: "… said after the trilateral talks that he and his Chinese and
// South Korean counterparts, Wang Yi and Cho Tae Yul, …". A meeting noun and two people of the text's first paragraphs.
function nominalFrames(readout: Readout, byMention: ReadonlyMap<PersonMention, PersonEntity>): MeetingFrame[] {
  const firstParagraphs = new Set(readout.structure.body.slice(0, 4).map((p) => p.index));
  for (const sentence of readout.sentences) {
    if (sentence.inHeadline || !firstParagraphs.has(sentence.paragraph)) continue;
    const noun = encounterNouns.exec(sentence.text);
    if (!noun) continue;
    const before = sentence.text.slice(Math.max(0, noun.index - 60), noun.index);
    if (
      futureBefore.test(before) ||
      // "… the agenda to be discussed next Monday by Presidents A and B at their summit in Ipiales" (blind-63); "X will on
      // Thursday, 10 December, host Y …, for the Bi-National Commission preparatory meeting" (new-user trial 137 F1): a
      // meeting the sentence's own future stands before, however far back.
      stillToCome.test(sentence.text.slice(0, noun.index)) ||
      futurePurposeBefore.test(sentence.text.slice(Math.max(0, noun.index - 160), noun.index)) ||
      recalledBefore.test(before) ||
      toldOfOtherMeeting.test(sentence.text.slice(0, noun.index)) ||
      futureAfter.test(sentence.text.slice(noun.index + noun[0].length))
    )
      continue;
    const people = unique(sentence.people.map((m) => byMention.get(m)).filter((e): e is PersonEntity => e?.strong === true));
    if (people.length < 2) continue;
    const start = sentence.start + noun.index;
    return [togetherAt(sentence, { start, end: start + noun[0].length }, people)];
  }
  return (
    rollCallFrame(readout, byMention, firstParagraphs) ??
    jointSubjectFrame(readout, byMention, new Set(readout.structure.body.slice(0, 2).map((p) => p.index))) ??
    documentFrame(readout, byMention, firstParagraphs, new Set(readout.structure.body.slice(0, 8).map((p) => p.index)))
  );
}

// "Visiting Japanese Prime Minister Shinzo Abe and his Mongolian counterpart, Chimed Saikhanbileg, agreed on Thursday …
// Earlier on Thursday, Abe held a separate meeting with Mongolian President Tsakhiagiin Elbegdorj" (blind-47): a lead
// that tells of a meeting without naming it is one, also when a later sentence tells of another with a verb.
function leadTogether(
  readout: Readout,
  frames: readonly MeetingFrame[],
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
): MeetingFrame[] {
  const lead = readout.structure.body[0]?.index;
  if (lead === undefined) return [];
  // The lead, or the paragraph after a lead that names no one ("The first-ever summit talks with Korea, China and Japan
  // will take place …", blind-78).
  // Past a page's furniture that names no one ("xVc6 79041575 cuba barbados", "Both parties are happy … Photo of Prensa
  // Latina", blind-80): the first of the first four paragraphs that names someone.
  const names = (paragraph: number) =>
    readout.sentences.some((s) => s.paragraph === paragraph && s.people.some((m) => byMention.get(m)?.strong === true));
  const namesNone = !names(lead);
  const second = readout.structure.body.slice(1, 4).find((paragraph) => names(paragraph.index))?.index ?? readout.structure.body[1]?.index;
  const paragraphs = new Set(namesNone && second !== undefined ? [lead, second] : [lead]);
  const joint = jointSubjectFrame(readout, byMention, paragraphs) ?? meetingOpening(readout, byMention, paragraphs);
  const sentence = joint?.[0]?.sentence;
  if (!joint || !sentence || frames.some((frame) => frame.sentence.index <= sentence.index && !frame.sentence.inHeadline)) return [];
  const people = new Set(joint.flatMap((frame) => [...frame.subjects, ...frame.objects]));
  // Not the same people as a frame of the body: that one tells of the meeting. (A bilateral of two of the lead's three
  // is another meeting: "During bilateral foreign ministers’ talks with Japan, Yu urged …" after the trilateral of
  // Korea, China and Japan, blind-78.)
  const told = frames.some((frame) => {
    if (frame.sentence.inHeadline) return false;
    const shared = [...frame.subjects, ...frame.objects].filter((p) => people.has(p)).length;
    return shared >= 2 && shared >= people.size;
  });
  return told ? [] : joint;
}

/** The sentences of the body (not the headline, not a preface) in the given paragraphs, in order. */
function bodySentencesOf(readout: Readout, paragraphs: ReadonlySet<number>): ReadSentence[] {
  return readout.sentences.filter((sentence) => !sentence.inHeadline && !sentence.inPreface && paragraphs.has(sentence.paragraph));
}

// "During a meeting in Tokyo on June 14, Korean Foreign Minister Yu Myung-hwan and his Chinese and Japanese
// counterparts, Yang Jeichi and Masahiko Komura, agreed …" (blind-78): a lead that opens with a meeting it introduces
// ("a meeting", not "the meeting" told of before) and names people of two sides or more after it.
const meetingOpener = /^\s*(?:during|at|in)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|talks|consultations|conversation)\b/iu;
function meetingOpening(
  readout: Readout,
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
  paragraphs: ReadonlySet<number>,
): MeetingFrame[] | null {
  for (const sentence of bodySentencesOf(readout, paragraphs)) {
    const opener = meetingOpener.exec(sentence.text);
    if (!opener || futureAfter.test(sentence.text.slice(opener[0].length))) continue;
    const people = unique(sentence.people.map((m) => byMention.get(m)).filter((e): e is PersonEntity => e?.strong === true));
    const sides = new Set(people.map((person) => person.countryCode ?? person.organization).filter((side) => side !== null));
    if (people.length < 2 || sides.size < 2) continue;
    const start = sentence.start + opener[0].length - (/\S+$/.exec(opener[0])?.[0].length ?? 0);
    return [togetherAt(sentence, { start, end: sentence.start + opener[0].length }, people)];
  }
  return null;
}

// "The Minister for Foreign Affairs … José Manuel Albares, and the Minister for Foreign Affairs of Malta, Evarist
// Bartolo, agreed yesterday to …": a lead whose subject is two named office-holders of two sides, joined by "and",
// and whose verb is one they did together, tells of a meeting without naming it.
const togetherVerb =
  /\b(?:concluded|agreed|confirmed|reiterated|affirmed|discussed|reviewed|exchanged|signed|underlined|reaffirmed|expressed|welcomed|noted|stressed|emphasi[sz]ed|underscored|highlighted|decided|pledged|vowed|committed|explored|addressed|examined|considered)\b/;
function jointSubjectFrame(
  readout: Readout,
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
  paragraphs: ReadonlySet<number>,
): MeetingFrame[] | null {
  const text = readout.structure.text;
  for (const sentence of bodySentencesOf(readout, paragraphs)) {
    const verb = togetherVerb.exec(sentence.text);
    if (!verb) continue;
    const verbStart = sentence.start + verb.index;
    const people = jointSubjectOf(sentence, verbStart, byMention, text);
    if (!people) continue;
    return [
      { ...togetherAt(sentence, { start: verbStart, end: verbStart + verb[0].length }, people), participation: false, discussion: true },
    ];
  }
  return null;
}

/**
 * The named office-holders of two or more sides that are the whole subject of `sentence` before `verbStart` ("A and B
 * agreed", "A and his Kenyan counterpart B have instructed"), or null.
 */
function jointSubjectOf(
  sentence: ReadSentence,
  verbStart: number,
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
  text: string,
): PersonEntity[] | null {
  const mentions = sentence.people.filter((m) => m.span.end <= verbStart);
  let shape = '';
  let at = sentence.start;
  for (const mention of mentions) {
    shape += `${text.slice(at, mention.span.start)}\uE000`;
    at = mention.span.end;
  }
  shape += text.slice(at, verbStart);
  if (!jointSubject.test(shape) && !jointTag.test(shape)) return null;
  const people = unique(mentions.map((m) => byMention.get(m)).filter((e): e is PersonEntity => e?.strong === true && e.name !== null));
  const sides = new Set(people.map((person) => person.countryCode ?? person.organization ?? `?${person.id}`));
  // A counterpart is an office-holder as much as the one whose counterpart they are.
  const official = (person: PersonEntity) => person.title || person.office || person.mentions.some((m) => m.mention.counterpart);
  return people.length >= 2 && sides.size >= 2 && people.every(official) ? people : null;
}

// The first verb of a clause: "have instructed", "issued".
const firstVerb = /\b(?:(?:have|has|had)\s+)?\p{Ll}{3,}ed\b/u;
// The verb of a tag that closes a sentence: "…, A and B said in a joint statement Saturday."
const closingTagVerb = /(?<=,[^,]{0,200}\s)(?:said|stated|announced|declared|agreed|concluded|noted|added|affirmed)\b/gu;

/**
 * "President Magufuli and his Kenyan counterpart Uhuru Kenyatta have instructed their ministers … The head of states
 * issued the directive … after they met for bilateral talks": a frame told of "they" or "the two sides" before any
 * meeting is reported is the meeting of the joint subject of a sentence just before it (in its paragraph or the one
 * before).
 */
function sidesNamedBefore(readout: Readout, frames: MeetingFrame[], byMention: ReadonlyMap<PersonMention, PersonEntity>): void {
  const text = readout.structure.text;
  for (const [index, frame] of frames.entries()) {
    if (frame.sides !== true || frame.sentence.inHeadline) continue;
    if (frames.some((other) => !other.sides && !other.sentence.inHeadline && other.sentence.index <= frame.sentence.index)) continue;
    const earlier = readout.sentences.filter(
      (s) =>
        !s.inHeadline &&
        !s.inPreface &&
        s.index < frame.sentence.index &&
        s.index >= frame.sentence.index - 3 &&
        s.paragraph >= frame.sentence.paragraph - 1,
    );
    for (const sentence of earlier.reverse()) {
      // The subject of the clause's first verb, or of a tag that closes the sentence: "Colombia and Ecuador have vowed to
      // build …, Colombian Foreign Minister Maria Angela Holguin and her visiting Ecuadorian counterpart Ricardo Patino
      // said in a joint statement Saturday. The two ministers met …" (blind-63).
      const verbs = [firstVerb.exec(sentence.text), [...sentence.text.matchAll(closingTagVerb)].at(-1)].filter((v) => v != null);
      const people =
        verbs.map((verb) => jointSubjectOf(sentence, sentence.start + (verb.index ?? 0), byMention, text)).find((found) => found) ?? null;
      if (!people) continue;
      frames[index] = { ...frame, sides: false, subjects: people };
      break;
    }
  }
}
// "Guyana’s Minister of Foreign Affairs, Hugh Todd and his Trinidadian counterpart, Dr Amery Browne have reaffirmed":
// the second named as the first one's counterpart, and an auxiliary before the verb.
// "Macedonia and Montenegro share the same priorities, the Foreign ministers of both countries, Nikola Poposki and Igor
// Luskic, concluded Tuesday in Podgorica." (blind-52): the two as the subject of a tag that closes what they said.
const jointTag =
  /,\s*(?:the\s+(?:[^,\uE000]{1,60},\s*)?)?\uE000\s*,?\s*(?:and|&)\s+(?:(?:his|her|their)\s+(?:(?:visiting|new|former)\s+)?)?\uE000\s*,?\s*(?:(?:also|jointly|both|together|have|has|had|today|yesterday|on\s+\p{L}+day|\p{L}+day)\s+)*$/iu;
const jointSubject =
  /^\s*(?:the\s+)?\uE000(?:\s*,?\s*(?:and|&)\s+(?:the\s+|(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}?counterpart\s*,?\s*)?\uE000|\s*,\s*(?:the\s+)?\uE000)+\s*,?\s*(?:(?:also|jointly|both|together|have|has|had|today|yesterday|on\s+\p{L}+day)\s+)*$/iu;

// "Senior officials from Japan, Australia, India, and the United States met by videoconference … The participants were
// Mr. YAMADA Shigeo, Deputy Minister …, Mr. Justin Hayhurst, …": a roll call of the meeting, however many it names.
const rollCall =
  /^\s*(?:(?:the\s+)?(?:participants|attendees)\s+(?:were|included|comprised)|(?:taking\s+part|participating|attending|present)\s+(?:(?:in|at)\s+)?(?:the\s+(?:meeting|talks|consultations?|call|videoconference|video\s+conference|conference|session|dialogue)\s+)?(?:were|was)|in\s+attendance\s+were)\b/i;
/** Whether a meeting is told of in `sentence` or one before it (the headline too): a meeting noun or verb. */
function meetingToldBy(readout: Readout, sentence: ReadSentence): boolean {
  return readout.sentences.some(
    (s) => s.index <= sentence.index && (encounterNouns.test(s.text) || /\b(?:met|meets?|held|holds?|conferred)\b/i.test(s.text)),
  );
}

function rollCallFrame(
  readout: Readout,
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
  paragraphs: ReadonlySet<number>,
): MeetingFrame[] | null {
  for (const sentence of bodySentencesOf(readout, paragraphs)) {
    const cue = rollCall.exec(sentence.text);
    if (!cue) continue;
    if (!meetingToldBy(readout, sentence)) continue;
    const people = unique(
      sentence.people.map((m) => byMention.get(m)).filter((e): e is PersonEntity => e?.strong === true && e.name !== null),
    );
    if (people.length < 2) continue;
    const start = sentence.start + cue.index;
    return [togetherAt(sentence, { start, end: start + cue[0].length }, people)];
  }
  return null;
}

// Last, the whole opening of the readout: "X signed on behalf of her country. Y signed on behalf of Rwanda. The brief
// signing ceremony took place …" — the titled people of two or more countries named around a meeting noun.
function documentFrame(
  readout: Readout,
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
  paragraphs: ReadonlySet<number>,
  peopleParagraphs: ReadonlySet<number>,
): MeetingFrame[] {
  const opening = readout.sentences.filter((s) => !s.inHeadline && !s.inPreface && paragraphs.has(s.paragraph));
  // "… met this Thursday to prepare for the official visit to Angola by the President of Mozambique": a visit, meeting
  // or ceremony still to come is no cue. Only the words at the noun tell: "Responding to a question about the
  // scheduled joint operations … during a press conference following official talks in Swakopmund" tells of talks held.
  const cue = opening.find((sentence) => {
    const noun = encounterNouns.exec(sentence.text) ?? ceremonyWords.exec(sentence.text) ?? jointSession.exec(sentence.text);
    if (noun === null) return false;
    const before = sentence.text.slice(Math.max(0, noun.index - 60), noun.index);
    return (
      !preparedForBefore.test(before) &&
      !/\b(?:will|expected to|is to|are to|scheduled|planned|to be held)\s+(?:[\w'’-]+\s+){0,3}$/i.test(before) &&
      // "President Barack Obama looks forward to meeting President Xi Jinping in Lima" (new-user trial 129 F1) — not
      // futureBefore's "before": "remarks … before a one-on-one meeting with Blinken" tells of a meeting held (blind-36).
      !/\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:[\w'’-]+\s+){0,2}$/i.test(before) &&
      // The sentence's own future, however far back (new-user trial 137 F1; see nominalFrames).
      !stillToCome.test(sentence.text.slice(0, noun.index)) &&
      !futurePurposeBefore.test(sentence.text.slice(Math.max(0, noun.index - 160), noun.index)) &&
      !futureAfter.test(sentence.text.slice(noun.index))
    );
  });
  if (!cue) return [];
  const people: PersonEntity[] = [];
  // The people may speak further down: "Foreign Minister of Guinea, Mamadi Toure, said the joint ministerial meeting …".
  const told = readout.sentences.filter((s) => !s.inHeadline && !s.inPreface && peopleParagraphs.has(s.paragraph));
  for (const sentence of told) {
    // "I know that you will talk with President Dmitry Medvedev" (blind-62, a transcript): whom the speakers name in
    // the first or second person is who they talk about.
    if (/\b(?:I|you|we)\b/.test(sentence.text)) continue;
    for (const mention of sentence.people) {
      const entity = byMention.get(mention);
      // "… and their Russian counterpart Sergei Lavrov" (blind-61): a counterpart holds an office the text does not repeat.
      if (entity?.strong && (entity.title || entity.office || mention.counterpart) && entity.name && !people.includes(entity))
        people.push(entity);
    }
  }
  // Of two sides at least: not all of one known country; or the one person a gathering's readout names (its chair).
  const sides = new Set(people.map((person) => person.countryCode ?? person.organization ?? `?${person.id}`));
  // "Secretary of State Antony Blinken addressed the group during a video message at the opening of the summit" and a
  // question-and-answer session with Special Presidential Envoy John Kerry (blind-62): the people a gathering's readout
  // names, all of one side, took part in it with the unnamed others.
  const gathering = people.length >= 1 && sides.size === 1 && gatheringWords.test(cue.text) && encounterNouns.test(cue.text);
  if (!gathering && (people.length < 2 || people.length > 4 || sides.size < 2)) return [];
  const noun = encounterNouns.exec(cue.text) ?? ceremonyWords.exec(cue.text);
  const start = cue.start + (noun?.index ?? 0);
  return [togetherAt(cue, { start, end: start + (noun?.[0].length ?? 1) }, people)];
}

/** A frame of people told of together at a meeting noun or cue (no verb to tell subjects from counterparts). */
function togetherAt(sentence: ReadSentence, phrase: Span, people: PersonEntity[]): MeetingFrame {
  return {
    sentence,
    phrase,
    channel: null,
    talks: false,
    discussion: false,
    groupObjects: false,
    participation: true,
    subjects: people,
    objects: [],
  };
}

// "On Friday Vladimir Putin had a telephone conversation with …" (the Kremlin's style, new-user trial 129 F2): a day
// that opens the sentence without a comma leaves the name after it at the start of the clause.
const timeOpening =
  /^(?:on\s+(?:\p{L}+day|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+(?:\s+\d{4})?|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)|today|yesterday|earlier\s+today|this\s+(?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;

function frameAt(
  sentence: ReadSentence,
  phrase: MeetingPhrase,
  span: Span,
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
  text: string,
): MeetingFrame | null {
  // Only people the text marks as such (a title, an honorific, a counterpart) take part in frames: "Confidence
  // Building Measures" in "Conference on Interaction and Confidence Building Measures" is a capitalised phrase.
  // "… met Pekka Laine": a full name right after the meeting phrase is the counterpart even without a title.
  // "met with opposition leader Janez Janša", "met the leader of the opposition Janez Janša" (blind-83): an office in
  // lower case between them is no gap.
  const rightAfter = (mention: PersonMention) =>
    mention.span.start >= span.end &&
    (/^\s*$/.test(text.slice(span.end, mention.span.start)) || lowerCaseOfficeAhead(text.slice(span.end, mention.span.start))) &&
    mention.name !== null &&
    !mention.placeLike &&
    /\S\s+\S/.test(text.slice(mention.name.start, mention.name.end));
  // "Milorad Dodik received on Friday the letter of credence presented by …": a full name that opens a sentence of the
  // body (or its clause after a comma) right before the meeting phrase is its subject even without a title — not in a
  // title-case line ("African Union Commission Chairperson Receives …").
  const rightBefore = (mention: PersonMention) =>
    mention.span.end <= span.start &&
    /^\s*(?:(?:also|then|later|today|yesterday|separately|jointly|on\s+\p{L}+day)\s+)*$/iu.test(text.slice(mention.span.end, span.start)) &&
    !sentence.inHeadline &&
    /^\p{Ll}/u.test(text.slice(span.start, span.end)) &&
    /(?:^|,)$/.test(text.slice(sentence.start, mention.span.start).replace(/\s+$/, '').replace(timeOpening, '')) &&
    mention.name !== null &&
    mention.name.start === mention.span.start &&
    !mention.placeLike &&
    /\S\s+\S/.test(text.slice(mention.name.start, mention.name.end));
  // "Dmytro Kuleba and his Zambian counterpart Mulambo Haimbe held talks": a full name joined by "and" to a person
  // the text marks as one is a person too.
  const ordered = [...sentence.people].sort((a, b) => a.span.start - b.span.start);
  const strongAt = (index: number) => {
    const mention = ordered[index];
    return mention !== undefined && byMention.get(mention)?.strong === true;
  };
  const joinedToStrong = (mention: PersonMention) => {
    const index = ordered.indexOf(mention);
    if (mention.name === null || mention.placeLike || !/\S\s+\S/.test(text.slice(mention.name.start, mention.name.end))) return false;
    const joins = (a: PersonMention, b: PersonMention) =>
      /^\s*(?:,|,?\s*and)\s*(?:(?:visiting|former|his|her|the)\s+)*$/i.test(text.slice(a.span.end, b.span.start)) ||
      lowerCaseOffice(text.slice(a.span.end, b.span.start));
    const previous = ordered[index - 1];
    const next = ordered[index + 1];
    return (
      (strongAt(index - 1) && previous !== undefined && joins(previous, mention)) ||
      (strongAt(index + 1) && next !== undefined && joins(mention, next))
    );
  };
  const mentions = sentence.people.filter(
    (mention) =>
      byMention.get(mention)?.strong === true ||
      (phrase.object !== 'none' && byMention.has(mention) && rightAfter(mention)) ||
      (phrase.object === 'follows' && !phrase.passive && byMention.has(mention) && rightBefore(mention)) ||
      (byMention.has(mention) && joinedToStrong(mention)),
  );
  // A mention the resolver made no entity of (an initial left over from a spaced "H. E.") stands for no one.
  const entityOf = (mention: PersonMention) => byMention.get(mention) as PersonEntity;
  const entitiesOf = (list: readonly PersonMention[]): PersonEntity[] =>
    list.filter((m) => byMention.has(m)).map((m) => byMention.get(m) as PersonEntity);
  const preceding = mentions.filter((m) => {
    const window = text.slice(Math.max(sentence.start, m.span.start - 30), m.span.start);
    return m.span.end <= span.start && (!blocking.test(window) || alongWith.test(window) || parallelOf.test(window));
  });
  // "Akande quoted the two leaders as making the pledge when Akufo-Addo visited Osinbajo at his official residence"
  // (blind-76): a clause that a conjunction opens, with no comma before the phrase, has its own subject.
  const subordinate = [
    ...text.slice(sentence.start, span.start).matchAll(/\b(?:when|while|after|before|once|until|as)\s+(?=[^,;]*$)/gi),
  ].at(-1);
  const clauseFrom = subordinate ? sentence.start + (subordinate.index ?? 0) + subordinate[0].length : null;
  const before =
    clauseFrom !== null && preceding.some((m) => m.span.start >= clauseFrom)
      ? preceding.filter((m) => m.span.start >= clauseFrom)
      : preceding;
  // "The two ministers met to address the agenda to be discussed next Monday by President Juan Manuel Santos and his
  // Ecuadorian counterpart Rafael Correa at their summit" (blind-63): people of a meeting still to come, after the
  // meeting phrase, are not this meeting's.
  const after = mentions.filter((m) => m.span.start >= span.end && !stillToCome.test(text.slice(span.end, m.span.start)));
  let subjects: PersonEntity[] = [];
  let objectMentions: PersonMention[] = [];
  const possessive = /^['’]s\b/.test(text.slice(span.start, span.end));
  if (possessive) {
    // "Lavrov’s telephone conversation with Kerry": the owner of the call is its subject.
    subjects = mentions
      // The owner ends where the phrase starts, or takes in its "’s"; never a mention after it.
      .filter((m) => m.span.start < span.start && m.span.end >= span.start && m.span.end <= span.start + 2)
      .slice(-1)
      .filter((m) => byMention.has(m))
      .map(entityOf);
    objectMentions = coordinated(after, text, span.end);
  } else if (phrase.object === 'between') {
    const parties = coordinated(after, text, span.end);
    // "the meeting of A with B": the second party after "with".
    const first = parties.length === 1 ? (parties[0] as PersonMention) : null;
    const other = first ? after.find((m) => m.span.start >= first.span.end) : undefined;
    // "was handed over by A to B": the one it was handed to.
    if (other && /^\s*(?:with|to)\s+(?:(?:the|his|her)\s+)?$/i.test(text.slice(first!.span.end, other.span.start))) parties.push(other);
    subjects = entitiesOf(listedOn(parties, sentence, text));
  } else {
    // "… received President Horacio Cartes, who subsequently met with Cardinal Parolin": the subject of a relative
    // clause is the person it follows.
    const relative = /,\s*who\s+(?:(?:also|later|subsequently|then|afterwards|further|separately)\s+)?$/i.exec(
      text.slice(sentence.start, span.start),
    );
    const antecedent = relative
      ? before
          .filter(
            (m) =>
              m.span.end <= sentence.start + relative.index + 1 &&
              /^[\s,]*$/.test(text.slice(m.span.end, sentence.start + relative.index + 1)),
          )
          .pop()
      : undefined;
    // "B of Indonesia was part of the meeting, and C of Malaysia was also part of it": who took part is named in the
    // phrase's own clause, not in an earlier clause with a verb of its own.
    // "A was accompanied by B, …, and C was accompanied by D": after an earlier "accompanied by" and the "and" that ends its
    // list, the subject is who follows that "and" (new-user trial 130 F3).
    const clauseOpening = text.slice(sentence.start, span.start);
    const lastAnd = /^[^]*,?\s+and\s+/.exec(clauseOpening);
    const byEarlier =
      lastAnd !== null && /\b(?:accompanied|attended|joined|flanked|assisted)\s+by\b/i.test(clauseOpening.slice(0, lastAnd[0].length));
    const ownClause = phrase.participation
      ? before.filter(
          (m) =>
            !clauseBetween.test(text.slice(m.span.end, span.start)) && (!byEarlier || m.span.start >= sentence.start + lastAnd[0].length),
        )
      : before;
    subjects = antecedent ? entitiesOf([antecedent]) : entitiesOf(coordinated(ownClause, text, null));
    // "The Quad Foreign Ministers met in Tokyo on July 29, 2024: Secretary of State A, …, and Japanese Foreign Minister
    // D" (new-user trial 127: an empty draft): a group met, its members listed after a colon.
    if (phrase.object === 'none' && sentence.people.some((m) => m.plural && m.span.end <= span.start)) {
      const colon = text.indexOf(':', span.end);
      if (colon >= 0 && colon < sentence.end) {
        const members = attendees(sentence, colon + 1, text, byMention).filter((m) => !m.plural);
        if (members.length >= 2) subjects = entitiesOf(members);
      }
    }
    // "As well as spending time with her host, Croatian Minister … Gordan Grlić Radman, she also met with …": "he" or
    // "she" opening the main clause after a clause put in front is its subject, not the people named in that clause.
    const lastBefore = before.at(-1);
    if (
      !antecedent &&
      lastBefore &&
      frontedClause.test(text.slice(sentence.start, span.start)) &&
      pronounOpensClause.test(text.slice(lastBefore.span.end, span.start))
    )
      subjects = [];
    // "Discussions were held with A, Deputy Prime Minister of Jordan; B, Minister of Foreign Affairs of Norway; and C":
    // a list with semicolons has titles between its names.
    // "paid courtesy calls on A's Deputy Prime Minister …, B, Minister for Defence, C and …, D": a plural meeting noun
    // announces several people, their titles between their names.
    // "In meetings with A and B, C stated …" opens the sentence: its list ends where its clause does.
    const opening = /^\s*(?:in|during|at)\s+(?:(?:his|her|their|the|separate|bilateral)\s+)*$/i.test(
      text.slice(sentence.start, span.start),
    );
    // Not a headline's, whose semicolon joins two clauses ("PM meets UN secretary general; talks with Afghan president
    // soon", blind-80).
    const semicolons =
      (!sentence.inHeadline && /;/.test(text.slice(span.end, sentence.end))) ||
      (!opening && /\b(?:calls|meetings|visits|conversations)\b/i.test(text.slice(span.start, span.end)));
    if (phrase.object === 'follows')
      objectMentions =
        (phrase.participation || semicolons) && !phrase.clauseSubject
          ? attendees(sentence, span.end, text, byMention)
          : listedOn(coordinated(after, text, span.end), sentence, text);
    // "received a delegation led by new chair of the European Parliament Foreign Affairs Committee, German member of
    // the European People's Party David McAllister": titles the recognisers do not read as one stand between the phrase
    // and the leader, who is the first person named after it in the clause.
    if (phrase.ledBy && objectMentions.length === 0) {
      const leader = sentence.people.find(
        (m) => m.span.start >= span.end && m.name !== null && byMention.has(m) && /\S\s+\S/.test(text.slice(m.name.start, m.name.end)),
      );
      if (leader && !/[;:]|\b(?:who|which|where|while|and\s+(?:then|later))\b/i.test(text.slice(span.end, leader.span.start)))
        objectMentions = [leader];
    }
  }
  // "met several delegates and diplomats on the sidelines of UNGA, including FM A of the Netherlands, B …": the
  // people a plural object is illustrated by, each met in turn.
  let including = false;
  if (phrase.object === 'follows' && objectMentions.every((m) => m.plural)) {
    // "… had him having talks with a number of other Foreign Ministers: The Spanish Foreign Minister, Turkish Foreign
    // Minister, …": the same after a colon.
    // "receives guests of states, among them are the Prime Minister of Australia Tony Abbott, …": the same.
    const at = /,?\s+(?:including|among\s+(?:them|whom)(?:\s+(?:are|were))?)\s+|:\s+/i.exec(text.slice(span.end, sentence.end));
    const listed = at ? attendees(sentence, span.end + at.index + at[0].length, text, byMention).filter((m) => !m.plural) : [];
    if (listed.length > 0) [objectMentions, including] = [listed, true];
  }
  // "Wang Yi attended the 10th China-Japan-ROK Foreign Ministers' Meeting in Busan, …, together with ROK Foreign
  // Minister Park Jin and Japanese Foreign Minister Kamikawa Yoko" (new-user trial 119): whom it was attended with.
  if (phrase.object === 'none' && phrase.participation && objectMentions.length === 0) {
    // "attended the meeting with other foreign ministers of ASEAN countries, as well as Chinese Foreign Minister Wang Yi,
    // …" (blind-64): the same, named after "as well as".
    const joined = /\b(?:together|along)\s+with\b|\balongside\b|\bwith\b[^.;]{0,120}?,?\s+as\s+well\s+as\b/i.exec(
      text.slice(span.end, sentence.end),
    );
    if (joined) {
      const from = span.end + joined.index + joined[0].length;
      objectMentions = coordinated(
        after.filter((m) => m.span.start >= from),
        text,
        from,
      );
    }
  }
  let objects = entitiesOf(objectMentions);
  // "Berg arrived in Oslo, where Prime Minister Pekka Laine received her": the verb's subject is the person named
  // nearest before it, "her" the one named before that.
  if (phrase.object === 'follows' && objects.length === 0 && /^\s*(?:him|her)\b/i.test(text.slice(span.end, span.end + 5))) {
    const named = before.filter((m) => m.name !== null);
    const [antecedent, subject] = named.slice(-2);
    if (antecedent && subject && byMention.has(antecedent) && byMention.has(subject) && entityOf(antecedent) !== entityOf(subject)) {
      subjects = [entityOf(subject)];
      objects = [entityOf(antecedent)];
    }
  }
  // "In his meeting with Syria's Minister …, Walid Al-Moualem, the Secretary-General raised …", "Addressing a joint press
  // conference with his Lithuanian counterpart in Vilnius, President Duda said …": the subject of a meeting named by a
  // noun is the clause's subject after it.
  if (
    subjects.length === 0 &&
    /^(?:meetings?|talks|conversations?|call|discussions?|consultations|talking|speaking|with|receiving|welcoming|hosting|joint)\b/i.test(
      text.slice(span.start, span.end),
    )
  ) {
    const lastObject = objectMentions[objectMentions.length - 1];
    const next = after.find((m) => (!lastObject || m.span.start >= lastObject.span.end) && !objectMentions.includes(m));
    if (
      next &&
      /^[\s,]*(?:(?:the|his|her|dr\.?|mr\.?|ms\.?|h\.?e\.?)\s+)*$/i.test(
        text.slice(lastObject?.span.end ?? span.end, next.span.start).replace(/^[^,]*,/, ''),
      )
    )
      subjects = entitiesOf([next]);
  }
  // "In a video conference of the Foreign Ministers of A, B and C on …, Minister X stressed …" (blind-51): a meeting the
  // sentence's opening adverbial names took place with the clause's subject after it, who speaks at it.
  if (subjects.length + objects.length > 0 && adverbialMeeting.test(text.slice(sentence.start, span.start))) {
    const listed = new Set([...subjects, ...objects]);
    const listEnd = Math.max(span.end, ...after.filter((m) => listed.has(entityOf(m))).map((m) => m.span.end));
    const speaker = after.find((m) => m.span.start >= listEnd && m.name !== null && !listed.has(entityOf(m)));
    const verb = speaker ? /^\s+(?:also\s+)?([a-z]+)\b/.exec(text.slice(speaker.span.end, speaker.span.end + 30))?.[1] : undefined;
    if (
      speaker &&
      verb &&
      speechVerbs.has(verb) &&
      /^[^,;:.]*,\s*(?:(?:the|h\.?e\.?|dr\.?|mr\.?|ms\.?)\s+)*$/i.test(text.slice(listEnd, speaker.span.start))
    )
      subjects = [...subjects, entityOf(speaker)];
  }
  if (subjects.length + objects.length === 0 && !phrase.discussion && bothSides.test(text.slice(sentence.start, span.start))) {
    return {
      sentence,
      phrase: { start: span.start, end: span.end },
      channel: phrase.channel,
      talks: phrase.talks,
      discussion: false,
      groupObjects: false,
      participation: true,
      sides: true,
      subjects: [],
      objects: [],
    };
  }
  if (phrase.object === 'none' && subjects.length < 2 && !(phrase.participation && subjects.length === 1)) return null;
  if (phrase.needsObject && objectMentions.length === 0) return null;
  // "… with his Palestinian counterpart Mahmoud Abbas, the presidential spokesman Bassam Rady said on Saturday": the
  // clause that tags the sentence with its source names who reports the call, no party to it.
  const tagsTheSentence = (entity: PersonEntity) =>
    sentence.people.some(
      (m) =>
        byMention.get(m) === entity &&
        m.span.start > span.end &&
        /,\s*(?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u.test(text.slice(span.end, m.span.start)) &&
        /^\s+(?:also\s+)?(?:said|says|stated|reported|announced|added|told\s+(?:reporters|journalists|the\s+press|media))\b/.test(
          text.slice(m.span.end, m.span.end + 40),
        ),
    );
  objects = objects.filter((entity) => !subjects.includes(entity) && !isReporter(entity) && !tagsTheSentence(entity));
  // "…: Morgan Ortagus, Spokesperson for US State Department": who reports a meeting is no party to it.
  subjects = subjects.filter((entity) => !isReporter(entity));
  if (subjects.length + objects.length === 0) return null;
  if (phrase.participation) {
    joinDelegation(objects, text.slice(sentence.start, span.start), text.slice(span.start, span.end), subjects);
    accompanying(objects, text.slice(span.start, span.end), subjects);
  } else ledDelegation(objects, text.slice(span.start, span.end));
  // "held bilateral meetings with several heads of delegation": meetings with some of a group, told one by one later.
  const unnamedCounterpart =
    phrase.object === 'follows' &&
    !phrase.participation &&
    objects.length === 0 &&
    !/\b(?:meetings|calls|conversations|consultations)\b/i.test(text.slice(span.start, span.end)) &&
    !/^\s*(?:several|many|various|numerous|a\s+number\s+of|some)\b/i.test(text.slice(span.end, sentence.end)) &&
    unnamedGroupAhead.test(text.slice(span.end, sentence.end));
  return {
    sentence,
    phrase: { start: span.start, end: span.end },
    channel: phrase.channel,
    talks: phrase.talks,
    discussion: phrase.discussion === true || speaksAfter(text.slice(span.end, sentence.end)),
    groupObjects: including || objectMentions.some((m) => m.group === true),
    participation: phrase.participation === true,
    ...(unnamedCounterpart ? { unnamedCounterpart } : {}),
    ...(phrase.passive && objects.length ? { received: true } : {}),
    ...(phrase.passive && objects.length && subjects.length === 0 && receivedGroup.test(text.slice(sentence.start, span.start))
      ? { receivedGroup: true }
      : {}),
    ...(subjects.length === 0 &&
    objects.length > 0 &&
    !phrase.participation &&
    !phrase.passive &&
    bothSides.test(text.slice(sentence.start, span.start)) &&
    /\b(?:two|both)\b/i.test(text.slice(sentence.start, span.start))
      ? { sidesWith: true }
      : {}),
    // "X was received by Y": Y received, so Y is the subject (the host), X the counterpart.
    subjects: unique(phrase.passive && objects.length ? objects : subjects),
    objects: unique(phrase.passive && objects.length ? subjects : objects),
  };
}

// "her counterparts Chrystia Freeland of Canada and Maria Angela Holguin of Colombia": full names listed after the
// last of a list go with it, title or not.
function listedOn(group: PersonMention[], sentence: ReadSentence, text: string): PersonMention[] {
  const last = group[group.length - 1];
  if (!last) return group;
  // "A, B and C" is a list; "A, B" alone is a name and an aside ("…, Spokesman Ahmed Abu Zeid said").
  const more: PersonMention[] = [];
  let closed = 0;
  for (const next of sentence.people.filter((m) => m.span.start >= last.span.end).sort((a, b) => a.span.start - b.span.start)) {
    const previous = more[more.length - 1] ?? last;
    const fullName = next.name !== null && !next.placeLike && /\S\s+\S/.test(text.slice(next.name.start, next.name.end));
    const join = text.slice(previous.span.end, next.span.start).replace(/\b(?:his|her|their|the)\b/gi, '');
    if (!fullName || !/^\s*(?:,|,?\s*and|,?\s*as well as)\s*$/.test(join)) break;
    more.push(next);
    if (/\band\b|\bas well as\b/.test(join)) closed = more.length;
  }
  return [...group, ...more.slice(0, closed)];
}

// "The meeting was attended by Dr. Anwar Gargash, Diplomatic Adviser to UAE President; Ali Saeed Al Neyadi, Chairman
// of …; and Yousef Al Otaiba, UAE's Ambassador to the US": after an attendance phrase the rest of the clause is a list
// of people with their titles between them. Every person marked as such, or named in full, until a new clause begins.
const abbreviatedCourtesy = /(?<=^|[\s(,])(?:Hon|Rt|Dr|Mr|Mrs|Ms|Prof|Amb|Sen|Gen|Lt|Col|Capt|Maj|Brig|H\.\s?E|M\.P)\.(?=\s)/g;
const clauseBreak = /\b(?:who|whom|which|where|when|while|whereas|said|says|stated|noted|discussed|met|held|during which)\b|[.:!?]\s/i;
// "Palau’s Minister of State, …, Special Envoy of President Surangel Whipps Jr" (blind-64), "on behalf of President X":
// the one an attendee serves or stands for was not there (not "Assistant to the King’s Secretary Tamim …", blind-21,
// who was: the office served is part of the title before the name).
function servedBy(sentence: ReadSentence, mention: PersonMention, text: string): boolean {
  // "H.E. Mr. John Aggrey, representing Hon. Akwasi Osei Adjei, Ghanaian Minister …" (blind-73): whom an attendee stands
  // for is not there.
  if (
    /\b(?:on\s+behalf\s+of|representing|(?:who\s+)?(?:represented|replaced|stood\s+in\s+for|deputi[sz]ed\s+for))\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(sentence.start, mention.span.start - 30), mention.span.start),
    )
  )
    return true;
  return sentence.people.some(
    (role) =>
      role.name === null &&
      role.title !== null &&
      role.span.end <= mention.span.start &&
      /^\s+(?:of|to)\s+(?:the\s+)?$/i.test(text.slice(role.span.end, mention.span.start)) &&
      /\b(?:envoy|adviser|advisor|representative|assistant|aide|spokes\w+)\b/i.test(text.slice(role.title.start, role.title.end)),
  );
}

function attendees(
  sentence: ReadSentence,
  from: number,
  text: string,
  byMention: ReadonlyMap<PersonMention, PersonEntity>,
): PersonMention[] {
  const listed: PersonMention[] = [];
  let at = from;
  for (const mention of [...sentence.people].sort((a, b) => a.span.start - b.span.start)) {
    if (mention.span.start < from) continue;
    // "… was led by Hon. Foreign Minister …": the stop of an abbreviated courtesy title ends no clause.
    if (clauseBreak.test(text.slice(at, mention.span.start).replace(abbreviatedCourtesy, ' '))) break;
    // "…, and Prime Minister Najib Razak, at Istana Merdeka": a name after "at" or "in" is where they met; the list ends.
    if (listed.length > 0 && /,\s*(?:at|in)\s+(?:the\s+)?$/i.test(text.slice(at, mention.span.start))) break;
    // "accompanied by A, Director of Operations, and Deputy Foreign Minister B was accompanied by C" (new-user trial 130
    // F3): a name that opens a clause of its own, its verb right after it, ends the list.
    if (
      listed.length > 0 &&
      /^\s*(?:was|were|is|are|has|have|had)\s+(?:also\s+)?\p{Ll}+(?:ed|en)\b/u.test(text.slice(mention.span.end, mention.span.end + 40))
    )
      break;
    const fullName = mention.name !== null && !mention.placeLike && /\S\s+\S/.test(text.slice(mention.name.start, mention.name.end));
    if ((byMention.get(mention)?.strong === true || fullName) && !servedBy(sentence, mention, text)) listed.push(mention);
    at = mention.span.end;
  }
  return listed;
}

/**
 * "Manalo (left) and Foreign Minister Lahbib (right) sign the Joint Plan of Action. (Photo from DFA)": a sentence that
 * places people in a picture and credits a photo (in it or the sentence after it) is a caption, which may show another
 * occasion; it tells of no meeting.
 */
function isPhotoCaption(readout: Readout, sentence: ReadSentence): boolean {
  if (!new RegExp(photoPosition.source, 'i').test(sentence.text)) return false;
  const next = readout.sentences[sentence.index + 1];
  const credit = /\bphotos?\b|\bpicture\b|\bimage\b/i;
  return credit.test(sentence.text) || (next !== undefined && next.paragraph === sentence.paragraph && credit.test(next.text));
}

/** A photo caption's position after a name: "(right)", "(L)", "(third left)", "(2nd R)", "(centre)", "(from left)". */
export const photoPosition =
  /\(\s*(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|far)\s+)?(?:from\s+)?(?:right|left|centre|center|front|back|l|r|c)\s*\)/gi;

// The first mention after `from` (or the first of the sentence's), then those joined to it by "and" or commas.
// "received the visit of X", "received on Wednesday the courtesy call of X" (trial 95): the visitor is the one received.
const receivedVisit = /\breceived?\s*$/i;
const visitOf = /^\s*(?:an?|the)\s+(?:(?:official|working|courtesy|farewell|introductory)\s+)?(?:visit|call)\s+(?:of|from|by)\s+/i;
// ", and other officials", "and several other senior ministers": the close of a list on people it does not name.
const othersClosing =
  /^\s*,?\s*and\s+(?:(?:other|several|many|various|numerous|some|more|senior|high-ranking|government|state|top|local)\s+)+(?:officials|leaders|ministers|dignitaries|members|representatives|guests|delegates|diplomats|figures)\b/i;

function coordinated(mentions: readonly PersonMention[], text: string, from: number | null): PersonMention[] {
  const ordered = [...mentions].sort((a, b) => a.span.start - b.span.start);
  const first = ordered[0];
  if (!first) return [];
  // A counterpart follows its phrase at once: "met with (the visiting) X", "received H.E. X", "talks with a number of
  // other Foreign Ministers: The Spanish Foreign Minister, …", "received the visit of X" (trial 95).
  if (
    from !== null &&
    !/^[\s,]*(?:(?:his|her|their|its|the|a|an|(?:the|that)\s+(?:host\s+)?country['’]s|many|several|numerous|various|brother|sister|friend|visiting|former|acting|interim|caretaker|new|newly|appointed|elected|newly-(?:appointed|elected|named)|re-?(?:elected|appointed)|incoming|outgoing|h\.?\s?e\.?|mr\.?|mister|ms\.?|mrs\.?|dr\.?|rt\.?|hon\.?|excellency|eminence|holiness|highness|majesty|right\s+hon(?:ou?rable)?\.?|today|yesterday|separately|also|in(?:\s+an)?\s+audience|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:(?:a\s+)?(?:copy|copies)\s+of\s+)?(?:the\s+)?(?:(?:letters?|copies)\s+of\s+)?(?:credentials|credential\s+letters?|letters?\s+of\s+(?:credence|accreditation))(?:\s+(?:presented|handed\s+over|submitted))?\s+(?:of|from|by)|(?:a\s+number\s+of|several|many|various|numerous)\s+(?:other\s+)?(?:[a-z'’-]+\s+){0,3}[a-z'’-]+\s*:)[\s,]+)*$/i.test(
      // "received, Monday at the headquarters of the ministry, the Vice-President …": an aside between commas.
      // "received today at Itamaraty Palace the Minister …": where, between the verb and the person received.
      text
        .slice(from, first.span.start)
        .replace(/^\s*,[^,.;]{1,70},/, ' ')
        .replace(receivedVisit.test(text.slice(Math.max(0, from - 60), from)) ? visitOf : /$^/, ' ')
        .replace(/^(\s*(?:(?:today|yesterday)\s+)?)(?:at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}/u, '$1')
        // "also met the South-West Africa People's Organisation (SWAPO) Chief Whip …, Ben Amadhila" (blind-75): a party's
        // or a body's name with its acronym, before the office held in it.
        .replace(/^(\s*(?:the\s+)?)(?:(?:\p{Lu}[\p{L}'’.-]*|of|and|for|the)\s+){1,8}\(\p{Lu}{2,10}\)\s*$/u, '$1')
        // "met with the Maldivian delegation in Sri Lanka, Minister of Foreign Affairs, Hon. Dunya Maumoon, and …": a
        // delegation, then its members by name.
        .replace(
          /^\s*(?:the|a)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:delegation|team)(?:\s+(?:of|from|in|to|led\s+by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})?\s*,\s*/u,
          ' ',
        )
        // "met with opposition leader Janez Janša", "the leader of the opposition Janez Janša" (blind-83): an office in
        // lower case before the name.
        .replace(/^\s*(?:[a-z][a-z'’-]*\s+){1,7}$/u, (gap) => (lowerCaseOfficeAhead(gap) ? ' ' : gap))
        // "convened a teleconference with several African Heads of State, French President Emmanuel Macron and …"
        // (blind-72): a group the text does not name, then the people it names.
        .replace(
          /^\s*(?:several|many|various|numerous|a\s+number\s+of|other|fellow)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:heads?\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|leaders|ministers|counterparts|officials|presidents|dignitaries)\s*(?:,\s*|\s+and\s+)/iu,
          ' ',
        ) + ' ',
    )
  )
    return [];
  // "A, B and C" is a list; "A, B" alone is usually a name and an aside ("… Çavuşoğlu, Dr Momen discussed").
  const group = [first];
  let listed = false;
  let closed = false;
  // The member the closing "and" put on the list.
  let closedBefore: PersonMention | null = null;
  // Where the last listed person's mention ends, or the title after their name that describes them ("Ambassador
  // Boubacar Diallo, the new ambassador of the Republic of Mali, and Ambassador Lenka Mihalikova, …").
  let end = first.span.end;
  for (const next of ordered.slice(1)) {
    const gap = text.slice(end, next.span.start);
    const previous = group[group.length - 1] as PersonMention;
    if (
      previous.name !== null &&
      next.name === null &&
      !next.plural &&
      next.group !== true &&
      /^\s*,\s*(?:(?:the|his|her|a|an|new|newly\s+appointed|current|outgoing|incoming)\s+)+$/i.test(gap)
    ) {
      end = next.span.end;
      continue;
    }
    // "Joko Widodo (Jokowi)", "Pushpa Kamal Dahal ‘Prachanda’": another name of the same person, in brackets or quotes.
    if (previous.name !== null && next.name !== null && /^\s*[(‘“"']\s*$/.test(gap)) {
      end = next.span.end + (/^\s*[)’”"']/.exec(text.slice(next.span.end))?.[0].length ?? 0);
      continue;
    }
    // "Mirzoyan (right) and his Georgian counterpart …": a photo caption's position is no word of the list.
    // "his Egyptian counterpart, Mohammad Hussein Tantawi, intelligence chief Omar Suleiman and Abul-Gheit": an office in
    // lower case before the next name is its holder's, and the list goes on.
    if (next.name !== null && lowerCaseOffice(gap)) {
      group.push(next);
      end = next.span.end;
      listed = true;
      continue;
    }
    // "Pushpa Kamal Dahal ‘Prachanda’, Mauritius Prime Minister …": a nickname in quotes after a name is the person's.
    const join = gap
      // "Chairman Wu Bangguo of the National People's Congress and Premier Wen Jiabao": the body a person listed by name
      // is of (not "the Minister of Land Transport and Light Rail", an office's name).
      .replace(bodyOfListed, (body) => (previous.name !== null && namesBody(body) ? ' ' : body))
      .replace(photoPosition, ' ')
      .replace(quotedNickname, ' ')
      .replace(/\b(?:his|her|their|the|visiting|former)\b/gi, '');
    if (!coordination.test(join)) break;
    // "A and foreign ministers from Antigua & Barbuda, the Bahamas, Belize, …" (blind-78): the members of one plural
    // title's list go on after the "and" that put the list's first member on it (not after one inside the list).
    const listStart = group.find((m) => m.group === true && m.title?.start === next.title?.start);
    const sameList =
      previous.group === true &&
      next.group === true &&
      previous.title?.start === next.title?.start &&
      listStart !== undefined &&
      closedBefore !== null &&
      closedBefore === listStart;
    if (sameList && /^\s*(?:,|,?\s*and)\s*$/i.test(join)) {
      group.push(next);
      end = next.span.end;
      continue;
    }
    // "A, B and C" ends at C: "In meetings with A and B, C stated …" has C as the subject of its own clause.
    if (closed && /^\s*,\s*$/.test(join)) break;
    if (!closed && /\band\b|&/i.test(join)) closedBefore = next;
    closed ||= /\band\b|&/i.test(join);
    listed ||= /\S/.test(join.replace(/[,;]/g, ''));
    group.push(next);
    end = next.span.end;
  }
  // "President Hu Jintao, Chairman Wu Bangguo of the Standing Committee … met with the Prime Minister" (blind-55): two
  // subjects each named with a title are two, not a name and an aside (after the phrase, "During the meeting with
  // Indonesian Foreign Minister A, Minister Cho requested …" names the next clause's subject).
  if (from === null && group.length === 2 && group.every((m) => m.name !== null && m.title !== null)) listed = true;
  // "met with Estonian President Alar Karis, Prime Minister Kaja Kallas, and other officials" (blind-89): a list whose
  // "and" closes on people it does not name is a list all the same.
  if (group.length === 2 && othersClosing.test(text.slice(end))) listed = true;
  if (!listed && group.length < 3) return group.slice(0, 1);
  return group;
}

// "The President welcomed the Minister and outlined with satisfaction that …", "received the Ambassador and noted …": the
// subject goes on to speak in the same clause, so the sentence reports what was said as well as the meeting.
// "received the Minister and welcomed …", "… and thanked": another meeting verb, not speech.
const greetings = new Set(['welcomed', 'welcomes', 'thanked', 'thanks']);
function speaksAfter(rest: string): boolean {
  const clause = /^[^;:.]*/.exec(rest)?.[0] ?? '';
  const joined = /\band\s+(?:(?:also|further|then|warmly|briefly|strongly)\s+)?([a-z]+)\b/.exec(clause);
  // "met Y and discussed …" is what both did: a meeting of the two, not one speaker (see attribution's joint clause).
  const verb = joined?.[1] ?? '';
  return speechVerbs.has(verb) && !mutualVerbs.has(verb) && !greetings.has(verb);
}

function unique(entities: readonly PersonEntity[]): PersonEntity[] {
  return [...new Set(entities)];
}

const meetingToCome = /\b(?:meet|meets|meeting|visit|talks|call|conversation|consultations|summit)\b/gi;

/**
 * The first sentence that tells of a meeting still to come ("Foreign Minister Penny Wong will travel to Jakarta on
 * 10 March to hold talks with …", new-user trial 128 F11), or null: a meeting word after "will", "is expected to", "plans
 * to" or the like in its clause. Read only when no frame was found, to say why the draft is empty.
 */
export function announcedMeeting(readout: Readout): ReadSentence | null {
  for (const sentence of readout.sentences) {
    if (sentence.inPreface) continue;
    meetingToCome.lastIndex = 0;
    for (let match = meetingToCome.exec(sentence.text); match; match = meetingToCome.exec(sentence.text)) {
      const before = sentence.text.slice(0, match.index);
      if (futureBefore.test(before.slice(-60)) || futurePurposeBefore.test(before.slice(-160)) || stillToCome.test(before)) return sentence;
    }
  }
  return null;
}
