import type { Span } from './draft.js';
import { capitalTimezone, lookupCity } from './cities.js';
import { lookupCountryWord } from './countries.js';
import type { MeetingKind } from './meeting-verb.js';
import type { Segment } from './segments.js';

export interface LocationFact {
  city: string | null;
  countryCode: string | null;
  timezone: string | null;
  span: Span;
  confidence: number;
}

const placeAfterPreposition = /\b(in|at|to)\s+(?:the\s+(?:city|capital)\s+of\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/gu;
const dateline = /^\s*(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,2})\s*(?:[-–—:,]|\.\s)/u;

/**
 * Where the meeting took place, read from the lead sentence: "in Tashkent", "in Xi'an City", "visit to Sri Lanka".
 * Calls have no venue. A dateline ("BEIJING -") only counts when the lead says the guest is visiting.
 */
export function findLocation(lead: Segment, kind: MeetingKind, paragraphStart: Segment): LocationFact | null {
  if (kind === 'phone_call' || kind === 'video_call') return null;
  let countryOnly: LocationFact | null = null;
  placeAfterPreposition.lastIndex = 0;
  for (let match = placeAfterPreposition.exec(lead.text); match; match = placeAfterPreposition.exec(lead.text)) {
    const preposition = (match[1] as string).toLowerCase();
    const afterVisit = /\bvisit\s+$/i.test(lead.text.slice(0, match.index));
    if (preposition === 'to' && !afterVisit) continue;
    const place = match[2] as string;
    const wordEnds = [...place.matchAll(/\S+/g)].map((word) => word.index + word[0].length);
    const placeStart = lead.start + match.index + match[0].length - place.length;
    for (let count = wordEnds.length; count >= 1; count--) {
      const printed = place.slice(0, wordEnds[count - 1]).replace(/[.,]+$/, '');
      const span = { start: placeStart, end: placeStart + printed.length };
      const city = lookupCity(printed);
      if (city) return { city: city.name, countryCode: city.countryCode, timezone: city.timezone, span, confidence: 0.9 };
      const placeInCountry =
        count === wordEnds.length && preposition !== 'to' ? countryAfterComma(lead.text, match.index + match[0].length) : null;
      if (placeInCountry)
        return { city: printed, countryCode: placeInCountry, timezone: capitalTimezone(placeInCountry), span, confidence: 0.6 };
      const country = lookupCountryWord(printed);
      if (!countryOnly && country?.kind === 'name' && (preposition === 'in' || afterVisit)) {
        countryOnly = { city: null, countryCode: country.code, timezone: capitalTimezone(country.code), span, confidence: 0.6 };
      }
    }
  }
  if (countryOnly) return countryOnly;
  if (/\bvisiting\b|\bhere\b/i.test(lead.text)) return fromDateline(paragraphStart);
  return null;
}

// A place the gazetteer does not know, followed by its country: "in Paris-Saclay, France".
function countryAfterComma(sentence: string, placeEnd: number): string | null {
  const after = /^,\s*(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})/u.exec(sentence.slice(placeEnd, placeEnd + 60));
  const country = after ? lookupCountryWord(after[1] as string) : null;
  return country?.kind === 'name' ? country.code : null;
}

function fromDateline(paragraph: Segment): LocationFact | null {
  const match = dateline.exec(paragraph.text);
  if (!match) return null;
  const printed = match[1] as string;
  const city = lookupCity(printed);
  if (!city) return null;
  const start = paragraph.start + paragraph.text.indexOf(printed);
  return {
    city: city.name,
    countryCode: city.countryCode,
    timezone: city.timezone,
    span: { start, end: start + printed.length },
    confidence: 0.6,
  };
}
