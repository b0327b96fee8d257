import { countriesOf } from './named-countries.js';
import { inTopicEvent } from './topic-events.js';
import { titleCase } from '../text/case.js';
import type { Span } from '../draft.js';
import type { ReadSentence, Readout } from '../document/readout.js';
import type { Encounter } from '../frames/encounters.js';
import { organizationIn, organizationOpening } from '../lexicon/organizations.js';
import { regionNames } from '../lexicon/country-words.js';
import { seatCities } from '../lexicon/seats.js';
import { invitedTo, stillToCome } from '../lexicon/meeting-phrases.js';
import { lookupCountry } from '../recognize/countries.js';
import { foldText } from '../text/fold.js';
import { capitalOf, cityStateCity, countryTimezone, listedCityName, lookupCity, type City } from '../recognize/places.js';
import { isTitleWord } from '../recognize/titles.js';
import type { Word } from '../recognize/words.js';

/** Where a meeting took place: the city as printed, its country and IANA time zone, and the printed evidence. */
export interface PlaceChoice {
  city: string | null;
  countryCode: string;
  timezone: string | null;
  span: Span;
  confidence: number;
  /** The city is the country's own (a city-state, "in Singapore"): as weak a sign as a country named alone. */
  cityState?: boolean;
}

const placeCue =
  /\b(?:in|at|to|visiting|visits?|visited|arrived in|held in|took place in)\s+(?:the\s+)?$|\b(?:city|town|island|resort|port|capital|province|region) of\s+$|\b(?:sidelines?|margins?|fringes?) of (?:the\s+)?$|\b(?:attending|attended|attends|part in|participating in)\s+(?:the\s+)?$|\b(?:the|in|at)\s+capital,?\s+$|['’]s capital,?\s+$/i;
// "in Uzbekistan’s Samarkand city" (blind-85): a place cue, then a country's possessive before the place.
const countryPossessiveCue = /\b(?:in|at|to|held in|took place in)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+$/u;
const countryOwnsPlace = (before: string): boolean => {
  const owner = countryPossessiveCue.exec(before)?.[1];
  return owner !== undefined && lookupCountry(owner)?.kind === 'name';
};
// "the situation in Libya", "investment in Kazakhstan", "the opening of the Mexican Consulate in Mumbai": a place after
// these is a topic, not where anyone met. Case-sensitive but for the offices: "Organization of Islamic Cooperation in
// Islamabad" is where a meeting was.
// "the deployment of the German brigade in Lithuania" (trial 95), "the Armenian community in Lebanon": a topic.
const topicBefore =
  /\b(?:situation|developments?|crisis|crises|peace|stability|security|conflict|war|elections?|investments?|cooperation|issues?|events?|progress|reforms?|process|presence|interests?|role|efforts?|settlement|tensions?|violence|operations?|aggression|relations|projects?|deployments?|brigades?|troops|forces|soldiers|contingents?|battalions?|bases|refugees|minorit(?:y|ies)|diaspora|communit(?:y|ies)|citizens|nationals|victims|[Ee]mbassy|[Cc]onsulate(?: [Gg]eneral)?|[Mm]ission|[Rr]epresentation)\s+(?:\w+\s+){0,2}(?:in|to|at)\s+(?:the\s+)?$/;
// "Moussa and Macron also spoke about the onslaught of Boko Haram in Nigeria" (blind-85): what they spoke about, up
// to the place, is the topic.
const aboutBefore = /\b(?:about|regarding|concerning)\s+[^,.;:]{1,60}\s(?:in|at)\s+(?:the\s+)?$/i;
// "the two ambassadors to Sudan resident in Cairo", "the Ambassador based in Beijing": where someone lives is not where
// they met.
const residenceBefore = /\b(?:residents?|residing|based|stationed)\s+(?:in|at)\s+(?:the\s+)?$/i;
// "According to State House report in Freetown", "a statement issued in Ankara": where a report was issued is not
// where the meeting it reports was.
const issuedBefore =
  /\b(?:report|statement|press\s+release|release|communiqu[eé]|readout|dispatch)\s+(?:(?:issued|released|published|posted)\s+)?(?:in|from)\s+$/i;
// "Ambassador to Ethiopia", "Special Envoy to Syria": an envoy's post says where they serve, not — as a country alone —
// where this meeting was (a capital, "Ambassador to Dhaka", usually is).
const envoyPost =
  /\b(?:ambassadors?|high\s+commissioners?|envoys?|consuls?(?:[\s-]general)?|permanent\s+representatives?)\b(?:\s+[\p{L}-]+){0,4}\s+(?:to|in)\s+(?:the\s+)?$/iu;
// "the upcoming ministerial meeting … due to be held in Vienna", "the summit to take place in Baku": where a later event
// will be is not where this meeting was.
// So is "the preparations for the G7 summit in Hiroshima", "ahead of the upcoming conference in Baku".
const futurePlace =
  /\b(?:(?:to|will|would|shall)\s+be\s+(?:held|hosted|convened|organi[sz]ed)|(?:to|will|would)\s+take\s+place|scheduled|planned)\s+(?:\S+\s+){0,2}(?:in|at)\s+(?:the\s+)?$|\b(?:preparations?\s+for|preparing\s+for|ahead\s+of|upcoming|forthcoming|next)\s+(?:the\s+)?(?:(?!(?:a|an|at|in|on|of|to|for|with|and)\s)[\p{L}\d+-]+\s+){0,4}?(?:summit|conference|meeting|forum|games|olympics|expo|ministerial|session|COP\d*)\s+(?:in|at)\s+(?:the\s+)?$/iu;

// A clause about a meeting still to come, up to the place: "to be discussed next Monday by … at their summit in".
const stillToComeBefore = new RegExp(`${stillToCome.source}[^.;:]*?\\b(?:in|at)\\s+(?:the\\s+)?$`, stillToCome.flags);

// "the Munich Security Conference", "the Shanghai International Conference Center": a city that opens the name of an
// event or a venue is where it is.
const namesAfter = (words: readonly Word[], i: number): boolean => {
  const next = words[i + 1];
  return next !== undefined && next.capitalised && /^\p{Lu}\p{Ll}/u.test(next.text) && !/['’]s$/.test(words[i]?.text ?? '');
};

// "the Bucharest Nine summit in Vilnius", "the Weimar Triangle meeting in Paris" (new-user trial 110): a format named
// after a city meets anywhere.
const accordAfter =
  /^(?:Group|Club|Process|Format|format|Agreements?|agreements?|Accords?|accords?|Declaration|Protocol|Convention|Pact|Treaty|Consensus|Document|Principles|Plan|Roadmap|Charter|Formula|Initiative|Triangle|Quartet|Quad|Troika|Trio|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve)$/;

const calendarWords =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
const capitalPhrase = /\b(?:in|at) the (\p{Lu}[\p{L}'’-]+) capital\b/gu;
// "Albusaidi said Oman would invest in the port of Lamu": a place in what someone says, outside a sentence that reports
// the meeting, is a topic (new-user trial: the meeting was placed in Lamu).
const meetingWords = /^(?:met|meet|meets|meeting|talks|visit|visiting|visited|arrived|held)$/;
const reportedClause = /^(?:that|would|will|could|can|should|must|is|are|was|were|has|have|had|intends|plans|wants|hopes)$/;
// Verbs that only report speech: a narrower list than lexicon/verbs.ts speechVerbs, whose "welcomed" or "thanked … in
// Nairobi" may tell where a meeting was.
const speechWords = new Set(
  'said says stated noted stressed added underscored emphasized emphasised reiterated expressed affirmed told hoped urged highlighted pointed'.split(
    ' ',
  ),
);

/**
 * The place of an in-person encounter: "met in Rio de Janeiro", "in Samarkand, Uzbekistan", "during his visit to
 * Astana", "in the Kazakh capital", in a sentence that reports it, then in that paragraph, the headline, and last the
 * dateline. A country alone ("during his visit to Japan") gives the country with no city.
 */
export function meetingPlace(readout: Readout, encounter: Encounter, first: boolean, setting: readonly ReadSentence[]): PlaceChoice | null {
  const body = encounter.frames.filter((frame) => !frame.sentence.inHeadline).map((frame) => frame.sentence);
  const frameSentences = [...new Set(body)];
  const lead = frameSentences[0];
  const paragraph = lead ? readout.sentences.filter((s) => s.paragraph === lead.paragraph && !frameSentences.includes(s)) : [];
  const headline = readout.sentences.filter((s) => s.inHeadline);
  // "The minister, who is taking part in Munich Security Conference, also met …": the event the readout's people attend,
  // told anywhere in it, is where its meetings were when nothing nearer says.
  const attended = readout.sentences.filter((s) => !s.inHeadline && !s.inPreface && attendingCue.test(s.text));
  // "Hina Rabbani Khar on Saturday concluded a two-day visit to Sri Lanka …": the visit the readout's lead tells of is
  // where its meetings were when nothing nearer says — a country too, over the dateline (where the report was filed).
  const visited = readout.sentences.filter(
    (s) =>
      !s.inHeadline &&
      !s.inPreface &&
      s.paragraph <= (readout.structure.body[1]?.index ?? 0) &&
      visitCue.test(s.text) &&
      !invitedCue.test(s.text),
  );
  // "Abakar told reporters after the meeting in the Cameroonian capital of Yaounde …": a sentence anywhere that places
  // the meeting itself; and "Holness is in Port of Spain as part of …": where a participant is.
  const narrative = readout.sentences.filter((s) => !s.inHeadline && !s.inPreface);
  const placedMeeting = narrative.filter((s) => meetingPlacedCue.test(s.text));
  // "Chinese State Councilor and Foreign Minister Wang Yi holds talks with his Kyrgyz counterpart Erlan Abdyldaev in
  // Beijing, capital of China, April 25, 2018. (Xinhua/Shen Hong)" (blind-67): a photo caption above the story that
  // tells the meeting places it when the story does not — a city only.
  const captions = first ? readout.sentences.filter((s) => s.inPreface && captionCue.test(s.text)) : [];
  const presence = narrative.filter((s) => presenceCue.test(s.text) && !invitedCue.test(s.text) && !pastMeeting.test(s.text));
  const tiers: [ReadSentence[], number][] = [
    [frameSentences, 0.9],
    [paragraph, 0.8],
    [first ? headline : [], 0.75],
    [[...setting], 0.7],
    [placedMeeting, 0.7],
    [attended, 0.6],
    [visited, 0.6],
    [captions, 0.55],
  ];
  let countryOnly: PlaceChoice | null = null;
  const pastSpans = datedPastSpans(readout.structure.text);
  for (const [sentences, confidence] of tiers) {
    // A country named elsewhere is usually a topic ("stability in Afghanistan"); only a meeting's own sentence places
    // it in a country without a city.
    const citiesOnly = sentences !== frameSentences && sentences !== visited && sentences !== placedMeeting;
    for (const sentence of sentences) {
      if (
        // "Lula and Kirchner plan to meet with entrepreneurs … in São Paulo" (blind-61): a meeting still to come.
        // "The Uzbek side said they are ready to organize the second round of the meeting in Tashkent" (blind-68).
        (/\bwill\b|\bto be held\b|\bnext\b|\bupcoming\b|\bforthcoming\b|\b(?:plans?|planned|intends?|intended|scheduled)\s+to\b|\b(?:ready|readiness|willingness|offered|proposed)\s+to\s+(?:organi[sz]e|host|hold|convene)\b/i.test(
          sentence.text,
        ) ||
          pastMeeting.test(sentence.text)) &&
        !frameSentences.includes(sentence)
      )
        continue;
      const found = placeIn(readout, sentence, confidence, !frameSentences.includes(sentence) && !headline.includes(sentence));
      // A city-state placed in the meeting's own sentence ("held talks … in Singapore"), as a country would be; named
      // elsewhere ("relations between Singapore and Rwanda", "invited him to visit Singapore") it is a topic.
      if (found?.cityState && citiesOnly) continue;
      if (
        found &&
        !frameSentences.includes(sentence) &&
        pastSpans.some((past) => past.start <= found.span.start && found.span.end <= past.end)
      )
        continue;
      // "… on conclusions from the National Conference in Bamako": where the event discussed was, in any sentence.
      if (found && inTopicEvent(readout.structure.text, found.span.start, found.span.end)) continue;
      // "… held a bilateral meeting with Prince Faisal, during which the parties discussed the preparations for the visit
      // of the President of Uzbekistan to Saudi Arabia" (new-user trial 126): a visit to come, or discussed, goes to
      // a place that is not where they met.
      if (found && visitToCome(readout.structure.text.slice(sentence.start, found.span.start))) continue;
      // "… Abiy Ahmed Ali who is in Uganda …" then "… Uganda’s High Commissioner to Addis Ababa": a city of another
      // country than the one the meeting's sentence placed it in is not where it was.
      if (found?.city && countryOnly && found.countryCode !== countryOnly.countryCode) continue;
      if (found?.city) return found;
      if (!citiesOnly) countryOnly ??= found;
    }
  }
  // "There was agreement among the participants of the Berlin meeting …" (blind-79): a city named before the meeting
  // noun, when no sentence places the meeting otherwise.
  if (!countryOnly)
    for (const sentence of narrative) {
      const found = attributivePlace(sentence);
      if (found) return found;
    }
  const dateline = readout.structure.dateline;
  if (dateline) {
    const city =
      lookupCity(dateline.place.text, countryOnly?.countryCode ?? null) ?? (countryOnly ? null : lookupCity(dateline.place.text));
    if (city && !receivedElsewhere(readout, encounter, city.countryCode))
      return {
        city: listedCityName(placeCase(dateline.place.text)),
        countryCode: city.countryCode,
        timezone: city.timezone,
        span: { start: dateline.place.start, end: dateline.place.end },
        confidence: first ? 0.6 : 0.5,
      };
  }
  // Where a participant is, below a dateline: "… were in Delhi to attend …" under "New Delhi:".
  if (!countryOnly)
    for (const sentence of presence) {
      const found = placeIn(readout, sentence, 0.5, true);
      // The place the cue names ("is in Port of Spain"), not another one in the sentence.
      const cue = presenceCue.exec(sentence.text);
      const at = cue ? sentence.start + cue.index + cue[0].length - 1 : -1;
      if (found?.city && !found.cityState && found.span.start === at) return found;
    }
  return countryOnly;
}

/** The city a sentence names right before a meeting noun ("the Berlin meeting"), a capital or a city of 100,000 or more. */
function attributivePlace(sentence: ReadSentence): PlaceChoice | null {
  const match = attributiveCity.exec(sentence.text);
  const printed = match?.[1];
  const city = printed ? lookupCity(printed) : null;
  if (!match || !printed || !city || (!city.capital && city.population < 100_000)) return null;
  const start = sentence.start + match.index + match[0].indexOf(printed);
  return {
    city: printed,
    countryCode: city.countryCode,
    timezone: city.timezone,
    span: { start, end: start + printed.length },
    confidence: 0.65,
  };
}

/**
 * "SANAA, Jan. 31 (YPA) – Syrian President, Bashar al-Assad, received on Monday the Minister of Foreign Affairs of the
 * Sultanate of Oman" (blind-66): one who receives another does so in their own country, so a dateline city of another
 * country (`countryCode`) is where a foreign agency filed the report, not where the meeting was.
 */
function receivedElsewhere(readout: Readout, encounter: Encounter, countryCode: string): boolean {
  const text = readout.structure.text;
  const receptions = encounter.frames.filter(
    (frame) =>
      !frame.sentence.inHeadline && !frame.participation && /^receiv/i.test(text.slice(frame.phrase.start, frame.phrase.end).trim()),
  );
  const hostCountries = new Set(encounter.hosts.map((host) => host.countryCode));
  return receptions.length > 0 && hostCountries.size === 1 && ![...hostCountries].includes(countryCode) && !hostCountries.has(null);
}

// "Their previous meeting in Ankara was in May": where an earlier meeting was is not where this one is.
// "Prior to this, senior officials … met on January 27th … during the fourth round of the Joint Commission held in Cairo
// on September 14th -16th last year" (blind-66): so is what happened before the meeting, or last year.
const pastMeeting =
  /\b(?:previous|last|earlier|prior|past|former)\s+(?:[\p{L}-]+\s+)?(?:meetings?|visits?|talks|summits?|trips?|rounds?)\b|\bprior\s+to\s+(?:this|that)\b|\blast\s+year\b/iu;
// "… the projects initiated during the President's visit to Mauritius last March" (blind-42): a place in a visit or
// meeting dated in the past is where that one was.
const datedPast =
  /\b(?:meeting|visit|talks|summit|trip)\s+(?:to|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)|earlier\s+this\s+(?:year|month))\b/gu;
const datedPastSpans = (text: string): Span[] => [...text.matchAll(datedPast)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
// "The memorandum was signed yesterday afternoon in Hof cultural house in Akureyri" (blind-73): where what the meeting
// signed was signed places it too.
// "The envoys were received at separate ceremonies at the forecourt of the Jubilee House in Accra" (blind-79): the guests
// of the meetings at hand, received somewhere, or the ceremonies held there.
const meetingPlacedCue =
  /\b(?:the|this|their|today['’]s|yesterday['’]s)\s+(?:bilateral\s+)?(?:meeting|talks|discussions|negotiations|consultations)\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?\p{L}|\bthe\s+(?:envoys|ambassadors|guests|delegations|visitors|heads\s+of\s+mission)\s+(?:were\s+)?(?:(?:also|warmly|formally|later)\s+)?(?:received|welcomed|hosted)\s+(?:at|in)\s|\b(?:the|separate)\s+(?:credentials?\s+)?ceremon(?:y|ies)\s+(?:(?:was|were)\s+)?(?:held\s+)?(?:at|in)\s+(?:the\s+)?\p{L}|\b(?:the|this)\s+(?:memorandum|agreement|accord|declaration|documents?|mou)\s+(?:was|were)\s+signed\b[^.;]{0,60}?\b(?:in|at)\s+\p{Lu}/iu;
// "the participants of the Berlin meeting", "today's Geneva talks": a city's name right before the meeting's noun.
const attributiveCity =
  /\b(?:[Tt]he|[Tt]oday['’]s|[Yy]esterday['’]s|[Tt]his)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:meeting|talks|consultations)\b/u;
const presenceCue = /\b(?:is|are|was|were)\s+(?:currently\s+|now\s+|also\s+)?in\s+\p{Lu}/u;
const captionCue = /\b(?:meets|met|holds\s+talks|held\s+talks|receives|received|shakes\s+hands)\b[^.]*\bin\s+\p{Lu}/u;
// "… a two-day visit to Sri Lanka", "On 19 July, President Rinkēvičs visited Lithuania" (blind-41).
const visitCue = /\b(?:visit|trip|tour)\s+to\s+(?:the\s+)?\p{Lu}|\bvisit(?:ed|s|ing)\s+(?:the\s+)?\p{Lu}/u;
const invitedCue =
  /\b(?:invit(?:e|es|ed|ing)|will|would|shall|upcoming|forthcoming|next|plans?|planned|intends?|proposed|looks?\s+forward)\b/i;

const attendingCue =
  /\b(?:(?:is|was|were|are)\s+(?:taking|took)\s+part\s+in|takes?\s+part\s+in|(?:is|was|were|are)\s+(?:attending|participating\s+in)|in\s+town\s+for|on\s+the\s+(?:sidelines|margins)\s+of)\b/i;

// "the Union Buildings" (new-user trial 139: Pretoria's seat of government had been a city "Union" in the U.S.).
const venueWords =
  /^(?:office|ministry|palace|house|hall|centre|center|buildings?|hotel|headquarters|residence|chancellery|secretariat|embassy|consulate|mission|parliament|assembly|council|commission|castle|lodge|mansion|villa|pavilion|complex)$/;

/**
 * Where the name of a building or institution starting at `i` ends ("Federal Foreign Office", "State House"): the index
 * after its last word, or -1 when the capitalised words from `i` on are no such name.
 */
function venueEnd(words: readonly Word[], i: number): number {
  // The last venue word of the capitalised run: "State House Entebbe" is the venue "State House", then its city.
  let end = -1;
  for (let j = i; j < words.length && j - i < 6 && (words[j] as Word).capitalised && /^\p{L}/u.test((words[j] as Word).text); j++)
    if (j > i && venueWords.test((words[j] as Word).key.replace(/['’]s$/, ''))) end = j + 1;
  return end;
}

// "On May 22, 2010 Tashkent hosted a meeting of the Council of Foreign Ministers" (blind-65): the place that hosted a
// meeting, the subject of its verb.
const hostedAfter =
  /^\s+(?:hosted|hosts|played\s+host\s+to|was\s+(?:the\s+)?(?:host|venue)\s+(?:of|for|to))\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:meeting|talks|summit|session|conference|forum|consultations|round)\b/iu;

/** Whether the capitalised words from `i` on are followed by "hosted a meeting …". */
function hostsMeeting(text: string, words: readonly Word[], i: number): boolean {
  const end = capitalisedRunEnd(words, i);
  return end > i && hostedAfter.test(text.slice((words[end - 1] as Word).end, (words[end - 1] as Word).end + 120));
}

const lowerVenueNoun = /^(?:house|hall|centre|center|palace|hotel|building|auditorium|theatre|theater|museum|residence|villa)$/;
/** Whether one or two words in lower case from `at` on end in a building's noun ("cultural house", "hotel"). */
function lowerVenueAfter(words: readonly Word[], at: number): boolean {
  for (let k = at; k < Math.min(words.length, at + 2); k++) {
    const word = words[k] as Word;
    if (!/^\p{Ll}/u.test(word.text)) return false;
    if (lowerVenueNoun.test(word.key)) return true;
  }
  return false;
}

/** The index after the capitalised words from `i` on (at most five), or -1 when there are none. */
function capitalisedRunEnd(words: readonly Word[], i: number): number {
  let j = i;
  while (j < words.length && j - i < 5 && (words[j] as Word).capitalised && /^\p{L}/u.test((words[j] as Word).text)) j++;
  return j > i ? j : -1;
}

/**
 * The place a seat of government names when a meeting is "at" it ("at the White House", "at the Kremlin"): its country
 * and time zone, the span over the seat's name, city null. Null when the text at `at` names no seat of
 * `seatCities` (lexicon/seats.ts).
 */
function seatPlace(text: string, at: number, confidence: number): PlaceChoice | null {
  const ahead = text.slice(at, at + 60);
  for (const [pattern, name, countryCode] of seatCities) {
    const match = pattern.exec(ahead);
    if (!match) continue;
    // The country only: ANNOTATING.md takes the city the text prints, and "the White House" prints none.
    const city = lookupCity(name, countryCode);
    return {
      city: null,
      countryCode,
      timezone: city?.timezone ?? countryTimezone(countryCode),
      span: { start: at, end: at + match[0].trimEnd().length },
      confidence,
    };
  }
  return null;
}

/**
 * "at the State House, Abuja", "at the Presidential Palace, Tashkent", "at State House Entebbe": the city printed after
 * a venue's name.
 */
function cityAfterVenue(text: string, words: readonly Word[], end: number, confidence: number): PlaceChoice | null {
  const from = words[end]?.text === ',' ? end + 1 : end;
  if (from === end && !words[end]?.capitalised) return null;
  for (let length = 3; length >= 1; length--) {
    const phrase = words.slice(from, from + length);
    if (phrase.length < length || !phrase.every((w) => w.capitalised && /^\p{L}/u.test(w.text))) continue;
    const start = (phrase[0] as Word).start;
    const printed = text.slice(start, (phrase[length - 1] as Word).end);
    if (lookupCountry(printed)) return null;
    const city = lookupCity(printed, countryAfter(words, from + length));
    if (city && (city.capital || city.population >= 100_000))
      return {
        city: printed,
        countryCode: city.countryCode,
        timezone: city.timezone,
        span: { start, end: start + printed.length },
        confidence,
      };
  }
  return null;
}

function placeIn(readout: Readout, sentence: ReadSentence, confidence: number, spokenIsTopic = false): PlaceChoice | null {
  const text = readout.structure.text;
  const words = sentence.words;
  let countryOnly: PlaceChoice | null = null;
  // After a verb of speech, once its reported clause has begun ("said that …", "said Oman would …"); not "said in
  // Bonn", "told reporters in Cairo" (where they spoke).
  let speech = false;
  let spoken = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const previous = words[i - 1]?.key ?? '';
    speech ||= spokenIsTopic && speechWords.has(previous);
    // "… said he hoped for talks with Sullivan as the two met in Beijing": a meeting told inside it is placed.
    spoken = (spoken || (speech && reportedClause.test(previous))) && !meetingWords.test(previous);
    if (!word || !word.capitalised || spoken) continue;
    const before = text.slice(Math.max(sentence.start, word.start - 48), word.start);
    // "According to Rodríguez, he held a fruitful meeting" (blind-82: Rodriguez, a town in the Philippines, had placed
    // the meeting and given the Cuban minister its country): the source a sentence cites is no place.
    if (/\baccording\s+to\s+(?:the\s+)?$/i.test(before)) continue;
    if (
      (!placeCue.test(before.slice(-24)) && !countryOwnsPlace(before) && !hostsMeeting(text, words, i)) ||
      topicBefore.test(before) ||
      aboutBefore.test(before) ||
      futurePlace.test(before) ||
      residenceBefore.test(before) ||
      issuedBefore.test(before)
    )
      continue;
    // "met with Foreign Minister Wang Yi … at the White House": a seat of government that stands in one city names its
    // country (and time zone).
    // A city the sentence prints still says more: "at the Farnesina, thanking her for visiting Rome" (blind-2).
    const seat = /\bat\s+(?:the\s+)?$/i.test(before) ? seatPlace(text, word.start, confidence) : null;
    if (seat) {
      countryOnly ??= seat;
      continue;
    }
    // Where someone is invited to (lexicon/meeting-phrases.ts), however far into the clause; where a meeting still to
    // come will be ("the agenda to be discussed next Monday by the presidents at their summit in Ipiales", blind-63).
    if (invitedTo.test(text.slice(sentence.start, word.start))) continue;
    if (stillToComeBefore.test(text.slice(Math.max(sentence.start, word.start - 160), word.start))) continue;
    // "on the sidelines of the Shanghai Cooperation Organisation (SCO) Council of Foreign Ministers meeting in Goa"
    // (new-user trial 119: Shanghai at 0.9): a city that opens an organisation's name is no place.
    if (organizationOpening(text.slice(word.start, word.start + 120))) continue;
    // "the Alliance's mission" (Alliance, Ohio): after "the", a country ("the Republic of Korea") but no city, save
    // one whose name has it ("the Hague") or one that says where a meeting was ("in the Tbilisi meeting").
    const afterThe =
      /\bthe\s+$/i.test(before) &&
      !/^hague$/i.test(word.text) &&
      !namesAfter(words, i) &&
      !/^(?:meeting|talks|summit|discussions|negotiations|consultations)$/.test(words[i + 1]?.text ?? '');
    // "at the Federal Foreign Office" (Federal, a town in Argentina): the first words of a building's or institution's
    // name are a city only when it is a large one ("the Shanghai International Conference Center").
    const venueStop = venueEnd(words, i);
    const venue = venueStop >= 0;
    for (let length = Math.min(4, words.length - i); length >= 1; length--) {
      const phrase = words.slice(i, i + length);
      // "in March 2009", "in Sochi Saturday": a month or a weekday is no place nor part of one.
      if (!phrase.every((w) => /^\p{L}/u.test(w.text) && !calendarWords.test(w.text))) continue;
      const start = (phrase[0] as Word).start;
      const printed = text.slice(start, (phrase[length - 1] as Word).end).replace(/['’]s$/, '');
      // "a tour to Central Asia": a region's name is no place, nor is its first word (Central, a town in the US).
      if (regionNames.has(foldText(printed))) break;
      // "the work in the Lima Group", "in the Minsk format", "under the Paris Agreement": a city that names a group or an
      // accord is not where anyone met.
      // Only after a name: "met in Tokyo for the Quad Foreign Ministers' Meeting" (new-user trial 127) read "Tokyo for
      // the" before "Quad", and lost Tokyo.
      if (accordAfter.test(words[i + length]?.text ?? '') && phrase.every((w) => /^\p{Lu}/u.test(w.text))) break;
      // "at No 10": a word of one or two letters is no city.
      if (organizationIn(printed) || /^\p{Lu}{1,3}$/u.test(printed) || printed.length <= 2) continue;
      const country = lookupCountry(printed);
      const qualifier = countryAfter(words, i + length);
      const found = country || afterThe ? null : (lookupCity(printed, qualifier) ?? (qualifier ? knownElsewhere(printed) : null));
      const city = found && !qualifier ? inCountryNamed(printed, found, readout) : found;
      const span = { start, end: start + printed.length };
      if (city && venue && !city.capital && city.population < 100_000) continue;
      // "at Hyderabad House" (in New Delhi), "at Lancaster House" (in London), "at Aso Rock" (Abuja's presidential villa;
      // Aso, a town in Japan, blind-59): a building or site named after a place is not in it.
      if (city && /^(?:House|Rock|Hall|Lodge|Castle|Manor|Villa)$/.test(words[i + length]?.text ?? '')) continue;
      // "in Hof cultural house in Akureyri" (blind-73; Hof, a town in Germany): a name before a building's noun in lower
      // case names the building.
      if (city && lowerVenueAfter(words, i + length)) continue;
      if (city) {
        // "New York City", "Xi'an City": the printed name without "City" when that is the city's name.
        const bare = printed.replace(/\s+City$/, '');
        const named = bare !== printed && !lookupCountry(bare) && lookupCity(bare, city.countryCode) ? bare : printed;
        return {
          city: listedCityName(named),
          countryCode: city.countryCode,
          timezone: city.timezone,
          span: { start, end: start + named.length },
          confidence,
        };
      }
      // "in Paris-Saclay, France": a place the gazetteer does not know, placed by the country after it; so is a name
      // that is also a country's when another country follows it ("in Antigua, Guatemala").
      if (
        (!country || (country.partial && qualifier && qualifier !== country.code)) &&
        !city &&
        !afterThe &&
        !venue &&
        qualifier &&
        length <= 3 &&
        phrase.every((w) => w.capitalised || /^(?:de|del|da|do|la|le|al|el|sur|am|upon)$/.test(w.key))
      ) {
        return { city: printed, countryCode: qualifier, timezone: countryTimezone(qualifier), span, confidence: confidence * 0.9 };
      }
      // "at the United Kingdom's Foreign, Commonwealth and Development Office": a country that owns what follows is the
      // owner's name, not the place.
      const possessive = /['’]s$/.test((phrase[length - 1] as Word).text) || /^['’]s$/.test(words[i + length]?.text ?? '');
      // "received visiting U.S. Secretary of Defense Robert Gates": a country before a title says whose office it is.
      const ofOffice = isTitleWord(words[i + length]);
      // "an official visit to Georgia" in a readout of a "Georgian Prime Minister" (blind-68): a country's name that may
      // be a person's or a US state's is the country when the readout names that country otherwise too.
      const unambiguous = country !== null && (!country.ambiguous || countriesOf(readout).any.has(country.code));
      if (country && unambiguous && country.kind === 'name' && !possessive && !ofOffice && !envoyPost.test(before)) {
        // "in Singapore": a city-state is its city.
        const cityState = cityStateCity(country.code);
        if (cityState)
          return { city: cityState, countryCode: country.code, timezone: countryTimezone(country.code), span, confidence, cityState: true };
        countryOnly ??= {
          city: null,
          countryCode: country.code,
          timezone: countryTimezone(country.code),
          span,
          confidence: confidence * 0.8,
        };
        break;
      }
    }
    // "at Istana Merdeka, Jakarta": any name after "at" that a large city follows is a venue in that city.
    const nameStop = venue ? venueStop : /\bat\s+(?:the\s+)?$/i.test(before) ? capitalisedRunEnd(words, i) : -1;
    const afterVenue = nameStop >= 0 ? cityAfterVenue(text, words, nameStop, confidence) : null;
    if (afterVenue) return afterVenue;
  }
  capitalPhrase.lastIndex = 0;
  const capital = capitalPhrase.exec(sentence.text);
  if (capital) {
    const country = lookupCountry(capital[1] as string);
    const name = country ? capitalOf(country.code) : null;
    const city = name && country ? lookupCity(name, country.code) : null;
    if (city && country) {
      const start = sentence.start + capital.index;
      return {
        city: name,
        countryCode: country.code,
        timezone: city.timezone,
        span: { start, end: start + capital[0].length },
        confidence: confidence * 0.9,
      };
    }
  }
  return countryOnly;
}

// "in Baghdad, Iran": a capital or a city of 100,000 or more is that city, not a place of the same name the gazetteer
// does not know in the country after it.
/**
 * "kickstarted in Goa on Thursday" in a readout of India (blind-68; Goa is also a town of the Philippines), "in Tripoli"
 * in one of Lebanon: of the places a name has, one in a country the readout names (unless the gazetteer's first is a
 * capital, or a city of 100,000 or more, and that one a town of under 100,000 and a fifth its size); else the
 * gazetteer's first (the capital, then the most populous).
 */
function inCountryNamed(printed: string, city: City, readout: Readout): City {
  const named = countriesOf(readout).any;
  if (named.has(city.countryCode)) return city;
  const inNamed = [...named].flatMap((code) => lookupCity(printed, code) ?? []);
  const best = inNamed.sort((a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population)[0];
  // A capital keeps its name against a town: "in Lima" is Peru's, whatever Ohio town a readout of the Summit of the
  // Americas could mean; not against a city ("in Tripoli" of Lebanon's Prime Minister).
  // So does a city of 100,000 or more against a town a fifth its size: "in Geneva" of a State Department readout is
  // Switzerland's, not Geneva, Illinois (new-user trial 130 F1).
  if (!best || ((city.capital || city.population >= 100_000) && best.population < 100_000 && best.population * 5 < city.population))
    return city;
  return best;
}

function knownElsewhere(printed: string): City | null {
  const city = lookupCity(printed);
  return city !== null && (city.capital || city.population >= 100_000) ? city : null;
}

// "Samarkand, Uzbekistan" and "Samarkand [Uzbekistan]": the country that follows a city narrows the gazetteer.
// "Samarkand, Uzbekistan", "Paris-Saclay (France)"; not "…, Bulgaria's Foreign Minister", which starts a new phrase.
function countryAfter(words: readonly Word[], at: number): string | null {
  if (words[at]?.text !== ',' && words[at]?.text !== '[' && words[at]?.text !== '(') return null;
  for (let length = 3; length >= 1; length--) {
    const phrase = words.slice(at + 1, at + 1 + length);
    const next = words[at + 1 + length];
    if (/['’]s$/.test(phrase[phrase.length - 1]?.text ?? '') || /^['’]s$/.test(next?.text ?? '')) continue;
    // "in Baghdad, the Iranian Foreign Minister …": a demonym after the comma starts a new phrase.
    const country = lookupCountry(phrase.map((w) => w.text).join(' '));
    if (country?.kind === 'name') return country.code;
  }
  return null;
}

// A place printed in capitals ("ASTANA, 5 October"), in title case; otherwise as printed.
// "RIO DE JANEIRO", "PORT OF SPAIN", "DAR ES SALAAM" (new-user trial 125): the small words inside a place's name stay
// small when a dateline's capitals are undone.
function placeCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return titleCase(place).replace(/(?<=\S\s)(?:De|Da|Do|Dos|Das|Del|Des|Du|La|Le|El|Es|Of|The|Upon|Sur|Am|An)(?=\s)/g, (word) =>
    word.toLowerCase(),
  );
}

const visitDestination = /\b(?:visit|visits|trip|travel|tour)\b(?:\s+of\s+[^,.;]{1,80}?)?\s+to\s+(?:the\s+)?$/i;
// Right before the visit: "the preparations for the", "the upcoming", "invited him to pay a".
const toCome =
  /\b(?:preparations?\s+for|prepare\s+for|preparing\s+for|upcoming|forthcoming|planned|future|next|invited\s+\S+\s+to\s+(?:pay|make))\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?:state|official|working|first)\s+)?$/i;

/** The text before a place ends in a visit's destination ("the visit of the President to"), of a visit to come. */
function visitToCome(before: string): boolean {
  const visit = visitDestination.exec(before);
  return visit !== null && toCome.test(before.slice(0, visit.index));
}
