import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Blind-89's misses, each as its class with texts written for it (not the set's) and the neighbours that keep their
// reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-07-20' };
const draft = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const people = (text: string) =>
  draft(text).meetings.flatMap((meeting) => meeting.participants.map((p) => `${p.name} | ${p.title ?? '-'} | ${p.countryCode ?? '-'}`));

describe('a list of people met that closes on others it does not name', () => {
  it.each([
    'He met with Estonian President Alar Karis, Prime Minister Kaja Kallas, and other officials in Tallinn on 10 July 2023.',
    'He met with Estonian President Alar Karis, Prime Minister Kaja Kallas and several other senior ministers in Tallinn on 10 July 2023.',
    'He met with Estonian President Alar Karis, Prime Minister Kaja Kallas, and other high-ranking officials in Tallinn on 10 July 2023.',
  ])('%s: both named are met', (lead) => {
    const names = people(`President Edgars Rinkevics of Latvia visited Estonia. ${lead}`).map((p) => p.split(' | ')[0]);
    expect(names).toContain('Alar Karis');
    expect(names).toContain('Kaja Kallas');
  });

  it('a name and an aside stay one person: "A, B" with no list closing', () => {
    const names = people('Foreign Minister Mevlüt Çavuşoğlu, Dr Momen discussed trade in Ankara on 10 July 2023.');
    expect(names.filter((name) => name.startsWith('Momen'))).toEqual([]);
  });
});

describe('an office held before, in apposition after the office held now, is not the title', () => {
  it.each([
    [
      'Latvia’s new president, former foreign minister Edgars Rinkevics, made his first visit abroad to Estonia on 10 July 2023. He met with Estonian President Alar Karis in Tallinn.',
      'Edgars Rinkevics | president | LV',
    ],
    [
      'The new Prime Minister of Japan, former Foreign Minister Fumio Kishida, met President Joe Biden in Washington on 13 January 2023.',
      'Fumio Kishida | Prime Minister | JP',
    ],
  ])('%s', (text, person) => {
    expect(people(text)).toContain(person);
  });

  it('"former" alone, with no office before it, stays the title printed', () => {
    expect(people('Former Foreign Minister Hans Berg met Foreign Minister Kaja Lind of Estonia in Tallinn on 10 July 2023.')).toContain(
      'Hans Berg | Former Foreign Minister | -',
    );
  });
});

describe('an outlet’s quoted name is no initiative', () => {
  it.each([
    'in declarations reported by the Nicaraguan newspaper ‘La Prensa’, Lavrov said ties were strong',
    'he told the daily “El Comercio” that ties were strong',
    'he said in an interview with the news agency “Prensa Latina” that ties were strong',
    'he told the television channel ‘Canal Uno’ that ties were strong',
  ])('%s', (clause) => {
    const text = `Foreign Minister Sergei Lavrov met Foreign Minister Denis Moncada of Nicaragua in Managua on 10 July 2023. Later, ${clause}.`;
    const names = draft(text, { initiatives: defaultInitiatives }).meetings.flatMap((m) => m.initiatives.map((i) => i.name));
    expect(names).toEqual([]);
  });

  it('a quoted programme’s name still is one', () => {
    const text =
      'Foreign Minister Sergei Lavrov met Foreign Minister Denis Moncada of Nicaragua in Managua on 10 July 2023. They discussed the “Green Corridor Partnership” and trade.';
    const names = draft(text, { initiatives: defaultInitiatives }).meetings.flatMap((m) => m.initiatives.map((i) => i.name));
    expect(names).toContain('Green Corridor Partnership');
  });
});

describe('the Malay style of a father’s name is part of the name', () => {
  it.each([
    [
      'Thai Prime Minister Yingluck Shinawatra met with her Malaysian counterpart Najib Tun Razak in Putrajaya on 28 February 2013.',
      'Najib Tun Razak',
    ],
    [
      'Defence Minister Hishammuddin Tun Hussein received Defence Minister Ng Eng Hen of Singapore in Kuala Lumpur on 3 March 2014.',
      'Hishammuddin Tun Hussein',
    ],
  ])('%s', (text, name) => {
    expect(people(text).map((p) => p.split(' | ')[0])).toContain(name);
  });

  it('"Tun" before the names stays a style: "Prime Minister Tun Dr Mahathir Mohamad"', () => {
    const names = people('Prime Minister Tun Dr Mahathir Mohamad received Prime Minister Shinzo Abe in Putrajaya on 28 February 2019.').map(
      (p) => p.split(' | ')[0],
    );
    expect(names).toContain('Mahathir Mohamad');
  });
});
