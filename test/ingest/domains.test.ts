import { describe, expect, it } from 'vitest';
import { countryOfDomain, hostNamesIn } from '../../src/ingest/lexicon/domains.js';
import { extractReadout } from '../../src/ingest/extract.js';

// A publisher's site says whose readout it is when its name does not: the country-code top-level domain of a host
// printed in the publisher or of the document's URL (ccTLDs from the world-countries dataset).

describe('countryOfDomain', () => {
  it.each([
    ['www.gov.uk', 'GB'],
    ['jis.gov.jm', 'JM'],
    ['newtimes.co.rw', 'RW'],
    ['www.omanobserver.om', 'OM'],
    ['archiwum.thenews.pl', 'PL'],
    ['www.gazeta.uz', 'UZ'],
    ['iolsport.co.za', 'ZA'],
    ['WWW.GOV.UK.', 'GB'],
    // The U.S. government's own top-level domains (new-user trial 103).
    ['www.state.gov', 'US'],
    ['www.defense.mil', 'US'],
    // A generic domain named after its country (blind-59: Zee News's "Foreign Secretary" was the UK's).
    ['zeenews.india.com', 'IN'],
    ['www.pakistan.tv', 'PK'],
    ['kenya.example.org', 'KE'],
  ])('%s → %s', (host, code) => {
    expect(countryOfDomain(host)).toBe(code);
  });

  it.each([
    'www.kenyans.com',
    'example.org',
    // A country's name inside a label, or a ccTLD's own name, says nothing.
    'timesofindia.indiatimes.com',
    'www.indiatoday.in.example.com',
    'www.government.is.example.com',
    'gov.example.org',
    'news.example.io',
    'tv.example.tv',
    'site.co',
    'localhost',
    '',
  ])('%s → none', (host) => {
    expect(countryOfDomain(host)).toBeNull();
  });
});

describe('hostNamesIn', () => {
  it('finds the hosts a publisher prints', () => {
    expect(hostNamesIn("Prime Minister's Office, 10 Downing Street (gov.uk)")).toEqual(['gov.uk']);
    expect(hostNamesIn('Business Recorder (brecorder.com, Pakistan)')).toEqual(['brecorder.com']);
    expect(hostNamesIn('Ministry of Foreign Affairs of Japan')).toEqual([]);
  });
});

describe('the host side of a readout whose publisher names no country', () => {
  const text = 'The Prime Minister spoke to Prime Minister Giorgia Meloni of Italy this afternoon. The leaders discussed migration.';
  const hostCountry = (options: { publisher?: string; url?: string }) =>
    extractReadout(text, { initiatives: [], people: [], publishedAt: '2023-10-20', ...options })
      .meetings[0]?.participants.filter((p) => p.role === 'host')
      .map((p) => p.countryCode);
  it.each([
    [{ publisher: "Prime Minister's Office, 10 Downing Street (gov.uk)" }, ['GB']],
    [{ publisher: "Prime Minister's Office, 10 Downing Street", url: 'https://www.gov.uk/government/news/pm-call' }, ['GB']],
    [{ url: 'https://www.gov.uk/government/news/pm-call' }, ['GB']],
  ])('%j', (options, expected) => {
    expect(hostCountry(options)).toEqual(expected);
  });

  it('the publisher that names a country wins over the domain', () => {
    expect(hostCountry({ publisher: 'Ministry of Foreign Affairs of Italy', url: 'https://www.gov.uk/x' })).toEqual(['IT']);
  });
});
