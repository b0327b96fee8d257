import { describe, expect, it } from 'vitest';
import type { KnownPerson } from '../../src/ingest/draft.js';
import { extractReadout } from '../../src/ingest/extract.js';
import { displayName } from '../../src/ingest/participants.js';
import { matchPerson } from '../../src/ingest/people-matching.js';

const tileuberdi: KnownPerson = {
  id: '0190a0b0-0000-7000-8000-000000000002',
  name: 'Mukhtar Tileuberdi',
  aliases: ['Мухтар Тлеуберди'],
  countryCode: 'KZ',
};
const wangYi: KnownPerson = { id: '0190a0b0-0000-7000-8000-000000000001', name: 'Wang Yi', aliases: [], countryCode: 'CN' };
const cavusoglu: KnownPerson = {
  id: '0190a0b0-0000-7000-8000-000000000003',
  name: 'Mevlüt Çavuşoğlu',
  aliases: ['Mevlut Cavusoglu'],
  countryCode: 'TR',
};
const motegi: KnownPerson = { id: '0190a0b0-0000-7000-8000-000000000004', name: 'Toshimitsu Motegi', aliases: [], countryCode: 'JP' };
const lavrov: KnownPerson = { id: '0190a0b0-0000-7000-8000-000000000005', name: 'Sergey Lavrov', aliases: [], countryCode: 'RU' };
const people = [tileuberdi, wangYi, cavusoglu, motegi, lavrov];

describe('matching printed names to stored people', () => {
  it('matches exact names, ignoring case and diacritics', () => {
    expect(matchPerson('Wang Yi', 'CN', people)?.person).toBe(wangYi);
    expect(matchPerson('MEVLUT CAVUSOGLU', null, people)?.person).toBe(cavusoglu);
    expect(matchPerson('Mevlüt Çavuşoğlu', 'TR', people)?.person).toBe(cavusoglu);
  });

  it('tolerates transliteration and word order', () => {
    expect(matchPerson('Mukhtar Tleuberdi', 'KZ', people)?.person).toBe(tileuberdi);
    expect(matchPerson('Sergei Lavrov', null, people)?.person).toBe(lavrov);
    expect(matchPerson('MOTEGI Toshimitsu', 'JP', people)?.person).toBe(motegi);
  });

  it('matches a lone surname only when it is unambiguous', () => {
    expect(matchPerson('Lavrov', 'RU', people)?.person).toBe(lavrov);
    const twoLavrovs = [...people, { ...lavrov, id: '0190a0b0-0000-7000-8000-000000000006', name: 'Anna Lavrov', countryCode: null }];
    expect(matchPerson('Lavrov', null, twoLavrovs)).toBeNull();
  });

  it('does not match a different person or a contradicting country', () => {
    expect(matchPerson('Abdulaziz Kamilov', 'UZ', people)).toBeNull();
    expect(matchPerson('Wang Yi', 'SG', people)).toBeNull();
    expect(matchPerson('Yi', null, people)).toBeNull();
  });

  it('writes Japanese family-name-first capitals in the usual order and drops middle initials', () => {
    expect(displayName('MOTEGI Toshimitsu')).toBe('Toshimitsu Motegi');
    expect(displayName('Antony J. Blinken')).toBe('Antony Blinken');
    expect(displayName('Bilawal Bhutto Zardari')).toBe('Bilawal Bhutto Zardari');
  });
});

describe('participants of a readout matched to stored people', () => {
  it('links a transliterated name to the stored person and uses the canonical name', () => {
    const text = [
      'Kazakh FM meets Chinese counterpart',
      '',
      'On 15 July 2021, State Councilor and Foreign Minister Wang Yi met with Kazakh Foreign Minister Mukhtar Tleuberdi in Tashkent.',
      '',
      'Tleuberdi said Kazakhstan supports the Belt and Road Initiative.',
    ].join('\n');
    const draft = extractReadout(text, { initiatives: [], people });
    const guest = draft.participants.find((p) => p.role === 'guest');
    expect(guest).toMatchObject({
      name: 'Mukhtar Tileuberdi',
      printedName: 'Mukhtar Tleuberdi',
      personId: tileuberdi.id,
      countryCode: 'KZ',
    });
    expect(draft.statements).toHaveLength(1);
    expect(draft.statements[0]?.speakerKey).toBe(guest?.key);
  });

  it('keeps an unknown person unmatched with the printed name', () => {
    const text =
      'On May 11, 2021, State Councilor and Foreign Minister Wang Yi held talks with Uzbek Foreign Minister Abdulaziz Kamilov in Beijing.';
    const draft = extractReadout(text, { initiatives: [], people });
    expect(draft.participants.map((p) => [p.name, p.personId === null])).toEqual([
      ['Wang Yi', false],
      ['Abdulaziz Kamilov', true],
    ]);
  });
});
