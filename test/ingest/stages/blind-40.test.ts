import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 40, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: null };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const hosts = (text: string, options: Partial<ExtractOptions> = {}) =>
  draftOf(text, options).meetings.flatMap((m) => m.participants.filter((p) => p.role === 'host').map((p) => p.name));

describe('an outlet of a third country: the side at home hosts', () => {
  it.each([
    [
      'Safir News (safirnews.in)',
      'https://safirnews.in/11365',
      'Iran’s new ambassador Mehdi Sobhani met Armenian Prime Minister Nikol Pashinyan in Yerevan on Monday.',
      'Nikol Pashinyan',
    ],
    [
      'The Daily Star (thedailystar.net.bd)',
      'https://example.com.bd/news/1',
      'Ugandan Foreign Minister Jeje Odongo met Kenyan President William Ruto in Nairobi on Monday.',
      'William Ruto',
    ],
  ])('%s', (publisher, url, text, host) => {
    expect(hosts(text, { publisher, url })).toEqual([host]);
  });

  it('the publisher’s side still hosts when someone of it is at the table, even abroad', () => {
    const text = 'Indian External Affairs Minister S. Jaishankar met Armenian Prime Minister Nikol Pashinyan in Yerevan on Monday.';
    expect(hosts(text, { publisher: 'The Hindu', url: 'https://www.thehindu.co.in/news/1' })).toEqual(['S. Jaishankar']);
  });

  it('and when its principal is given no country, or only a title’s default one', () => {
    const text = 'Foreign Secretary Vikram Misri met Nepali Foreign Minister Arzu Rana Deuba in Kathmandu on Monday.';
    expect(hosts(text, { publisher: 'Press Information Bureau', url: 'https://pib.gov.in/1' })).toEqual(['Vikram Misri']);
  });
});

describe('a title of one country, then the name of its holder later in the same sentence, is that person', () => {
  const meetings = (text: string) => draftOf(text, { publisher: 'Morocco World News' }).meetings;
  it.each([
    [
      'President of Mauritania Mohamed Ould Cheikh El Ghazouani received on Wednesday the Moroccan Minister of Foreign Affairs Nasser Bourita in Nouakchott.\nFollowing his meeting with the Mauritanian President, the minister said at a press briefing that he was honored to meet with El Ghazouani.',
      ['Mohamed Ould Cheikh El Ghazouani', 'Nasser Bourita'],
    ],
    [
      "Minister of State Pabitra Margherita held meetings with Tuvalu's Minister for Foreign Affairs Paulson Panapa in Nuku'alofa on Wednesday.\nMoS Margherita, while sharing information about his meeting with Tuvalu's Foreign Affairs Minister, stated that he had a productive meeting with Paulson Panapa.",
      ['Pabitra Margherita', 'Paulson Panapa'],
    ],
  ])('%s', (text, names) => {
    const found = meetings(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.participants.map((p) => p.name).sort()).toEqual([...names].sort());
  });

  it('a group of two countries’ ministers is not the one named in its sentence', () => {
    const text =
      'Peru’s Foreign Relations Minister Jose Antonio Garcia Belaunde met on Monday with Bolivian Foreign Minister David Choquehuanca in Lima.\nDuring the meeting between the Peruvian and Bolivian ministers, the governments agreed to work towards a common agenda, Garcia Belaunde said.';
    const found = meetings(text);
    expect(found[0]?.participants.map((p) => p.name).sort()).toEqual(['David Choquehuanca', 'Jose Antonio Garcia Belaunde']);
    expect(found.flatMap((m) => m.participants.filter((p) => p.name === 'Jose Antonio Garcia Belaunde'))).toHaveLength(1);
  });
});
