import { worldCountries } from '../recognize/world-countries.js';

// Country-code top-level domains that sites everywhere use for their look, not their country (".io", ".tv", ".co"):
// they say nothing of where a publisher is.
const genericUse = new Set(['ac', 'ai', 'cc', 'co', 'fm', 'gg', 'im', 'io', 'la', 'ly', 'me', 'nu', 'sh', 'tk', 'to', 'tv', 'vc', 'ws']);

// ".uk" → GB, ".jm" → JM: each country's ccTLD from the world-countries dataset (mledoze/countries, ODbL 1.0).
const byDomain = new Map<string, string>();
for (const country of worldCountries)
  for (const tld of country.tld ?? []) {
    const key = tld.replace(/^\./, '').toLowerCase();
    if (/^[a-z]{2}$/.test(key) && !genericUse.has(key) && !byDomain.has(key)) byDomain.set(key, country.cca2);
  }

// "zeenews.india.com" (blind-59), "timesofindia.indiatimes.com" no: a label of the host that is a country's common name
// in one word, from the same dataset.
const byName = new Map<string, string>();
for (const country of worldCountries) {
  const name = country.name.common.toLowerCase();
  if (/^[a-z]+$/.test(name)) byName.set(name, country.cca2);
}

/**
 * The country a host name's country-code top-level domain names ("www.gov.uk" → GB, "jis.gov.jm" → JM,
 * "newtimes.co.rw" → RW; "www.state.gov" → US), or the country a generic domain's name is ("zeenews.india.com" → IN),
 * else null (".com", ".org", and ccTLDs used everywhere: ".io", ".tv").
 */
export function countryOfDomain(host: string): string | null {
  // ".gov" and ".mil" are the U.S. government's own top-level domains (RFC 1591, RFC 2146): "www.state.gov".
  if (/\.(?:gov|mil)\.?$/i.test(host.trim())) return 'US';
  const tld = /\.([a-z]{2})\.?$/i.exec(host.trim())?.[1]?.toLowerCase();
  const byTld = tld ? (byDomain.get(tld) ?? null) : null;
  if (byTld || (tld && !genericUse.has(tld))) return byTld;
  // A generic domain whose name is a country's ("zeenews.india.com" → IN).
  const labels = host.trim().toLowerCase().replace(/\.$/, '').split('.').slice(0, -1);
  return labels.map((label) => byName.get(label)).find((code) => code !== undefined) ?? null;
}

/** The host names printed in a text ("Business Recorder (brecorder.com, Pakistan)", "https://www.gov.uk/…"). */
export function hostNamesIn(text: string): string[] {
  return [...text.matchAll(/\b((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/\s,;)]|$)/gi)].map((match) => match[1] as string);
}
