import type { Span } from '../draft.js';
import { findDatelineDate, findDates, type DateMention } from '../recognize/dates.js';
import { lookupCountry } from '../recognize/countries.js';
import { lookupCity } from '../recognize/places.js';
import type { Segment } from '../text/span.js';

/** "TOKYO, 12.06.2022 –", "BEIJING, July 15 (Xinhua) --", "Samarkand [Uzbekistan], April 13 :" at a paragraph's start. */
export interface Dateline {
  span: Span;
  place: Segment;
  date: DateMention | null;
}

const placeAtStart = /^(\p{Lu}[\p{L}'’.-]*(?:[ -](?:\p{Lu}[\p{L}'’.-]*|de|da|del|al|es|el)){0,3})/u;
// "SHARM EL-SHEIKH, A ministerial meeting …" (blind-73): a place in capitals and a comma, then the lead's first words.
// "Washington (Dec. 19/19). The Colombian Minister …" (blind-78, Colombia's foreign ministry): a full stop after the
// bracketed date.
const separator =
  /\s*(?:–|—|-{1,2}(?=\s)|:(?=\s)|\/\s*\p{L}[^/\n]{0,29}\/\.?|(?<=^\p{Lu}{3,}[\p{Lu} -]*)\.\s+\p{Lu}{4,}(?:\s*[–—-]{1,2})?(?=\s+\p{Lu})|(?<=\))\.?(?=\s+\p{Lu})|(?<=,\s*[A-Z]{3,}[A-Za-z]*)(?=\s+\p{Lu})|,(?=\s+(?:HE|H\.\s?E\.?|His Excellency|Her Excellency)\s)|(?<=^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,3}),(?=\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*\b)(?:A|An|The|\p{Lu}\p{Ll}+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Ll})|(?<=\d)\.(?=\s+\p{Lu})|(?<=\b(?:19|20)\d\d),(?=\s+\p{Lu})|(?<=\b(?:19|20)\d\d\s+)-{1,2}(?=\p{Lu})|(?<=\d)--(?=\p{Lu}))\s*/gu;

/**
 * The dateline a paragraph opens with, if any: a place (a city the gazetteer knows) followed by an optional
 * date, agency and country in brackets, then a dash, colon or "/TASS/". The rest of the paragraph is the lead.
 */
export function findDateline(text: string, paragraph: Segment): Dateline | null {
  // "A00905684.jpgTEHRAN (Fars News Agency)- …": an image's file name glued to the dateline is page furniture; so are
  // a reprint's source in brackets ("(MENAFN- Trend News Agency) BAKU, Azerbaijan, December 6.") and a time stamp
  // ("00:01 | Bogota (Colombia), Dec. 4.").
  const image = /^(?:\S*?\.(?:jpe?g|png|gif|webp)|\([^)\n]{2,60}\)\s+(?=\p{Lu})|\d{1,2}:\d{2}\s*\|\s*)/iu.exec(paragraph.text);
  if (image) {
    const start = paragraph.start + image[0].length;
    return findDateline(text, { start, end: paragraph.end, text: text.slice(start, paragraph.end) });
  }
  const bracketed = bracketedDateline(text, paragraph);
  if (bracketed) return bracketed;
  // "07 April 2013 –  ISTANBUL – Anadolu Agency – …": the date before the place.
  const leadingDate = /^(\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})\s*[–—-]{1,2}\s*/u.exec(paragraph.text);
  if (leadingDate) {
    const start = paragraph.start + leadingDate[0].length;
    const rest = findDateline(text, { start, end: paragraph.end, text: text.slice(start, paragraph.end) });
    const date = findDates(text, paragraph.start, paragraph.start + (leadingDate[1] as string).length)[0] ?? null;
    if (rest) return { ...rest, span: { start: paragraph.start, end: rest.span.end }, date: rest.date ?? date };
  }
  // "Oct 7, 2005 (ADDIS ABABA) — Ethiopian Prime Minister …" (blind-66): the date, then the place in brackets.
  const datePlace =
    /^(\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},\s+\d{4})\s*\(([^()\n]{2,40})\)\s*(?:[–—]|-{1,2})\s*(?=\p{Lu})/u.exec(
      paragraph.text,
    );
  if (datePlace && lookupCity((datePlace[2] as string).trim())) {
    const inside = datePlace[2] as string;
    const placeText = inside.trim();
    const placeStart = paragraph.start + paragraph.text.indexOf('(') + 1 + inside.length - inside.trimStart().length;
    return {
      span: { start: paragraph.start, end: paragraph.start + datePlace[0].length },
      place: { start: placeStart, end: placeStart + placeText.length, text: placeText },
      date: findDates(text, paragraph.start, paragraph.start + (datePlace[1] as string).length)[0] ?? null,
    };
  }
  // "State House, Freetown, Tuesday 17 December 2024 – …": the building the release comes from, before its city.
  const venue =
    /^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:House|Palace|Hall|Building|Office|Secretariat|Residence|Lodge|Castle),\s+(?=\p{Lu})/u.exec(
      paragraph.text,
    );
  if (venue) {
    const start = paragraph.start + venue[0].length;
    const rest = findDateline(text, { start, end: paragraph.end, text: text.slice(start, paragraph.end) });
    if (rest) return { ...rest, span: { start: paragraph.start, end: rest.span.end } };
  }
  const head = paragraph.text.slice(0, 140);
  const placeText = placeOpening(head);
  // "AKP Phnom Penh, December 06, 2018 -Cambodian Prime Minister …": an agency's initials before the place.
  const agency = placeText ? null : /^[A-Z]{2,6}\s+(?=\p{Lu}\p{Ll})/u.exec(paragraph.text);
  if (agency) {
    const start = paragraph.start + agency[0].length;
    const rest = findDateline(text, { start, end: paragraph.end, text: text.slice(start, paragraph.end) });
    return rest ? { ...rest, span: { start: paragraph.start, end: rest.span.end } } : null;
  }
  if (!placeText) return null;
  separator.lastIndex = placeText.length;
  for (let found = separator.exec(head); found; found = separator.exec(head)) {
    // "Caracas, January 17, 2007 (— Venezuela and …" (blind-84): a bracket the agency's name was lost from opens nothing.
    const between = head.slice(placeText.length, found.index).replace(/\s*\(\s*$/, '');
    if (unbalanced(between)) continue;
    // Read from the paragraph's start (chrono-node misses "Monday" in ", Monday " alone), kept after the place.
    const english = findDates(text, paragraph.start, paragraph.start + found.index).filter(
      (date) => date.start >= paragraph.start + placeText.length,
    );
    // "Brasília, 14 de abril –" (new-user trial 140 F2): a date in the language of the place, when none in English.
    const foreign = english.length ? null : findDatelineDate(text, paragraph.start + placeText.length, paragraph.start + found.index);
    const dates = foreign ? [foreign] : english;
    // The dates first: "27/06/2024" is no "/TASS/".
    let residue = between;
    for (const date of dates) residue = residue.replace(date.text, ' ');
    residue = residue.replace(/\[[^\]]*\]|\([^)]*\)|\/[^/\n]{2,30}\//g, ' ');
    // "BRUSSELS, Monday –": a weekday (or "today") dates by the page's date; the rest of the line is still a dateline.
    residue = residue.replace(/\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight)\b/gi, ' ');
    residue = residue.replace(/\b(?:D\.?\s?C\.?|on|local time)\b|[\s,.]+/g, ' ').trim();
    if (lookupCountry(residue)) residue = ''; // "NAIROBI, Kenya Apr 27 –"
    for (const word of residue.split(' ')) if (lookupCountry(word)) residue = residue.replace(word, '').trim();
    // What is left may be the agency: "IRNA", "DUSHANBE, September 12, Asia-Plus –" (blind-68) — up to three capitalised
    // words, after a date.
    const agencyLeft =
      /^[A-Z]{3,}[A-Za-z]*$/.test(residue) || (dates.length > 0 && /^\p{Lu}[\p{L}]*(?:[- ]\p{Lu}[\p{L}]*){0,2}$/u.test(residue));
    // "Rio de Janeiro, 21–22 February 2024." (new-user trial 125): a dash inside the date is no separator — the next one
    // ends the dateline. "VIENNA, 3.V.2024 -": a date the parser cannot read leaves the place, with no date.
    const datePiece = /^[\dIVXivx./\s–-]+$/.test(residue) && /\d/.test(residue);
    if (datePiece && dates.length === 0) {
      if (/\d\s*$/.test(between) && /^\d/.test(head.slice(found.index + found[0].length))) continue;
      const end = paragraph.start + found.index + found[0].length;
      if (end >= paragraph.end) return null;
      return {
        span: { start: paragraph.start, end },
        place: { start: paragraph.start, end: paragraph.start + placeText.length, text: placeText },
        date: null,
      };
    }
    if (residue.length > 0 && !agencyLeft) return null;
    const inBrackets =
      dates.length === 0 ? findDates(text, paragraph.start + placeText.length, paragraph.start + found.index + found[0].length) : dates;
    const end = paragraph.start + found.index + found[0].length;
    if (end >= paragraph.end) return null;
    const dated = inBrackets[0] ? null : dateAfterPlace(text, end, paragraph.end);
    return {
      span: { start: paragraph.start, end: dated?.end ?? end },
      place: { start: paragraph.start, end: paragraph.start + placeText.length, text: placeText },
      date: inBrackets[0] ?? dated?.date ?? null,
    };
  }
  return null;
}

// "(CARICOM Secretariat, Turkeyen, Greater Georgetown, Guyana – Wednesday, 7 July 2021)   –   The Forty-Second …"
// (blind-63), "(KATHMANDU, 29 March 2022) – …": a dateline in brackets, its date last, then a dash. The place is the
// last part before the date that the gazetteer knows as a city, else the first part (the office the release is from).
function bracketedDateline(text: string, paragraph: Segment): Dateline | null {
  const found = /^\(([^()\n]{4,160})\)\s*(?:[–—]|-{1,2})\s*(?=\p{Lu})/u.exec(paragraph.text);
  if (!found) return null;
  const inside = found[1] as string;
  const insideStart = paragraph.start + 1;
  const date = findDates(text, insideStart, insideStart + inside.length).at(-1);
  if (!date || text.slice(date.end, insideStart + inside.length).trim() !== '') return null;
  const parts = [...text.slice(insideStart, date.start).matchAll(/[^,–—]+/g)]
    .map((part) => ({ start: insideStart + (part.index ?? 0), text: part[0] }))
    .map((part) => {
      const lead = part.text.length - part.text.trimStart().length;
      return { start: part.start + lead, text: part.text.trim() };
    })
    .filter((part) => part.text.length > 0 && !/^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i.test(part.text));
  const first = parts[0];
  if (!first) return null;
  const place = [...parts].reverse().find((part) => lookupCity(part.text) !== null) ?? first;
  return {
    span: { start: paragraph.start, end: paragraph.start + found[0].length },
    place: { start: place.start, end: place.start + place.text.length, text: place.text },
    date,
  };
}

// "ALGIERS – Wednesday, 15 February 2023 (APS) – Minister …": a date (and an agency) between two dashes after the
// place is the dateline's, not the lead's.
function dateAfterPlace(text: string, from: number, to: number): { date: DateMention; end: number } | null {
  const found = /^([^–—()\n]{4,40}?)\s*(?:\([^)\n]{1,30}\)\s*)?(?:[–—]|-{1,2}(?=\s))\s*(?=\p{Lu})/u.exec(
    text.slice(from, Math.min(to, from + 90)),
  );
  if (!found) return null;
  const withoutDay = (value: string): string =>
    value.replace(/^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)/i, '').replace(/[.,\s]+$/, '');
  const stated = withoutDay(found[1] as string);
  const date = findDates(text, from, from + (found[1] as string).length).find((mention) => withoutDay(mention.text.trim()) === stated);
  return date ? { date, end: from + found[0].length } : null;
}

// "Addis Ababa February 15/2023": the longest opening words that are a known city or written in capitals.
function placeOpening(head: string): string | null {
  const found = placeAtStart.exec(head);
  if (!found) return null;
  const words = (found[1] as string).replace(/[.,]+$/, '').split(/(?=[ -])/);
  for (let length = words.length; length >= 1; length--) {
    const place = words
      .slice(0, length)
      .join('')
      .replace(/[.,]+$/, '');
    if (lookupCity(place) !== null) return place;
  }
  return null;
}

function unbalanced(value: string): boolean {
  const count = (pattern: RegExp): number => (value.match(pattern) ?? []).length;
  return count(/\(/g) !== count(/\)/g) || count(/\[/g) !== count(/\]/g);
}

/**
 * A line that is only a place, or a place and a date or agency, above the text: "New York", "Abu Dhabi (WAM)",
 * "Strasbourg ,", "Paris, 22 August 2011", "Algiers - Agencies", "Islamabad: May 15, 2012", "Baku, March 12, AZERTAC". The dateline of pages that print it apart from the lead. Only a capital or a city of
 * 100,000 people or more.
 */
export function placeLineDateline(text: string, line: Segment): Dateline | null {
  const stamp = /^\d{1,2}:\d{2}\s*\|\s*/.exec(line.text);
  if (stamp) {
    const start = line.start + stamp[0].length;
    return placeLineDateline(text, { start, end: line.end, text: text.slice(start, line.end) });
  }
  const found = /^\s*(\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,2})\s*(?:\([^)\n]{1,30}\))?\s*(?:[,:–—-]\s*(.*))?$/u.exec(line.text);
  if (!found) return null;
  const name = found[1] as string;
  const city = lookupCity(name);
  if (!city || lookupCountry(name) || !(city.capital || city.population >= 100_000)) return null;
  // "Paris, 22 August 2011": the rest of the line, if any, is one full date and nothing else.
  const rest = (found[2] ?? '').trim();
  const restStart = line.start + line.text.length - (found[2] ?? '').length;
  const dates = rest ? findDates(text, restStart, line.end) : [];
  // "MOSCOW, 3 November 2023. /TASS/.", "BEIJING, July 15 (Xinhua) --": an agency's tag may follow the date.
  // "Baku, March 12, AZERTAC": or its name after a comma.
  const dated = rest.replace(/[.\s]*(?:\/[^/\n]{2,30}\/\.?|\([^)\n]{2,30}\)|,\s*[A-Z]{3,10})?\s*(?:[–—-]{1,2})?\s*$/, '');
  const date = dates.length === 1 && dates[0] && dates[0].text.trim() === dated.replace(/[.,]$/, '') ? dates[0] : null;
  // "Algiers - Agencies", "Doha - QNA": the rest may name the agency instead.
  const agency = /^(?:agencies|[A-Z]{2,8})$/i.test(rest) && !/^\d/.test(rest);
  if (rest && !date && !agency) return null;
  const start = line.start + line.text.indexOf(name);
  return { span: { start: line.start, end: line.end }, place: { start, end: start + name.length, text: name }, date };
}
