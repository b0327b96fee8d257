import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 36, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2024-02-20' };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const people = (text: string) =>
  draftOf(text).meetings.map((meeting) =>
    meeting.participants.map((p) => [p.name, p.title, p.countryCode ?? p.organization].filter((part) => part !== null).join(' | ')),
  );

describe('in a list of titles and names, a title between two names is the next name’s', () => {
  it.each([
    ['the UN Secretary General', 'Secretary General'],
    ['the Foreign Minister of Peru', 'Foreign Minister'],
    ['the Executive Director', 'Executive Director'],
    ['Peru’s Minister of Foreign Affairs', 'Minister of Foreign Affairs'],
  ])('"A, %s, B, and C"', (title, proper) => {
    const text = `President Daniel Chapo met with Paul Kagame, ${title}, Carlos Mendes, and the President of Ghana, John Mahama, in Addis Ababa.`;
    const participants = draftOf(text).meetings.flatMap((m) => m.participants);
    expect(participants.find((p) => p.name === 'Paul Kagame')?.title ?? null).toBeNull();
    expect(participants.find((p) => p.name === 'Carlos Mendes')?.title).toBe(proper);
  });

  it('a title after the last name of a clause is still that name’s', () => {
    const text = 'President Daniel Chapo met with Akinwumi Adesina, the President of the African Development Bank, in Addis Ababa.';
    expect(people(text)).toEqual([['Daniel Chapo | President', 'Akinwumi Adesina | President | African Development Bank']]);
  });
});

describe('an organisation named in full after an office is the holder’s, with its acronym in brackets', () => {
  it.each([
    ['the President of the African Development Bank (AfDB)', 'President', 'African Development Bank'],
    ['the President of the African Development Bank', 'President', 'African Development Bank'],
    ['the Executive Director of the Joint United Nations Programme on HIV/AIDS (UNAIDS)', 'Executive Director', 'United Nations'],
    ['the Secretary General of the Association of Southeast Asian Nations (ASEAN)', 'Secretary General', 'ASEAN'],
  ])('"%s, A"', (office, title, organization) => {
    const text = `In Addis Ababa, President Daniel Chapo met with ${office}, Akinwumi Adesina.`;
    const guest = draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Akinwumi Adesina');
    expect([guest?.title, guest?.organization]).toEqual([title, organization]);
  });

  it('a list of such offices gives a meeting with each holder', () => {
    const text =
      'In Addis Ababa, President Daniel Chapo met with the President of the African Development Bank (AfDB), Akinwumi Adesina, the UN Secretary General, António Guterres, and the Executive Director of the Joint United Nations Programme on HIV/AIDS (UNAIDS), Winnie Byanyima.';
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Daniel Chapo', 'Akinwumi Adesina'],
      ['Daniel Chapo', 'António Guterres'],
      ['Daniel Chapo', 'Winnie Byanyima'],
    ]);
  });
});

describe('a legislator’s style after an office and a comma leaves the office the person’s', () => {
  it.each([
    'Australia’s Minister for Foreign Affairs, Senator Penny Wong',
    'the Minister for Foreign Affairs of Australia, Senator Penny Wong',
    'Australian Minister for Foreign Affairs, Senator Penny Wong',
  ])('"%s"', (named) => {
    const text = `Prime Minister Sitiveni Rabuka met ${named} in Suva yesterday.`;
    const guest = draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Penny Wong');
    expect([guest?.title, guest?.countryCode]).toEqual(['Minister for Foreign Affairs', 'AU']);
    expect(draftOf(text).meetings[0]?.participants).toHaveLength(2);
  });

  it('"Senator Penny Wong" alone keeps the style as her title', () => {
    const guest = draftOf('Prime Minister Sitiveni Rabuka met Senator Penny Wong in Suva.').meetings[0]?.participants[1];
    expect([guest?.name, guest?.title]).toEqual(['Penny Wong', 'Senator']);
  });
});

describe('a visit or meeting being prepared for is not the meeting reported', () => {
  const delegations =
    'The delegations, led by the Angolan Minister of Foreign Affairs, Téte António, and the Mozambican Minister of Foreign Affairs and Cooperation, Maria Manuela Lucas, reviewed the state of cooperation.';
  it.each([
    'to prepare for the official visit to Angola by the President of Mozambique, Daniel Chapo',
    'in preparation for the state visit to Angola by the President of Mozambique, Daniel Chapo',
    'preparing for the official visit of the President of Mozambique, Daniel Chapo',
  ])('"delegations … met %s"', (purpose) => {
    const text = `According to a note, delegations from the governments of both countries met this Thursday ${purpose}.\n\n${delegations}`;
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Téte António', 'Maria Manuela Lucas']]);
  });
});

describe('a meeting told of its two sides, then of who led them, is a meeting of those who led them', () => {
  it.each([
    ['delegations from the governments of both countries met', 'The delegations, led by'],
    ['the delegations of the two countries met', 'The two delegations were led by'],
    ['the two sides held talks', 'The talks were co-chaired by'],
  ])('"%s" … "%s A and B"', (told, led) => {
    const text = `In Luanda, ${told} on Thursday.\n\n${led} the Angolan Minister of Foreign Affairs, Téte António, and the Mozambican Minister of Foreign Affairs and Cooperation, Maria Manuela Lucas.`;
    expect(people(text)).toEqual([
      ['Téte António | Minister of Foreign Affairs | AO', 'Maria Manuela Lucas | Minister of Foreign Affairs and Cooperation | MZ'],
    ]);
  });

  it('the sides of a meeting already named stay that meeting’s', () => {
    const text =
      'Foreign Minister Téte António received the Mozambican Minister of Foreign Affairs, Maria Manuela Lucas, in Luanda.\n\nThe two sides held talks on trade. The talks were led by the ministers.';
    expect(draftOf(text).meetings).toHaveLength(1);
  });
});

describe('neighbours that must not change', () => {
  it('titles that follow their names in a list stay with them', () => {
    const text =
      'The meeting of Foreign Minister Badr Al Busaidi and Foreign Minister Abbas Araghchi in Tehran was attended by Sheikh Ahmed Hashel Al Maskari, Head of the GCC Department at the Foreign Ministry, Ibrahim Ahmed Al Muaini, Ambassador of the Sultanate of Oman to Iran and several officials.';
    const participants = draftOf(text).meetings.flatMap((m) => m.participants);
    expect(participants.find((p) => p.name === 'Ibrahim Ahmed Al Muaini')?.title).toBe('Ambassador');
    expect(participants.find((p) => p.name.endsWith('Al Maskari'))?.title).toBe('Head');
  });

  it('an honorific opens the next item of a list at its name', () => {
    const text =
      'Cabinet Secretary Alfred Mutua held discussions with H.E. Meg Whitman, U.S. Ambassador to Kenya, H.E. Jabor Bin Ali Al-Dosari, Ambassador of the State of Qatar to Kenya, and H.E. Madam Zainab Bangura, Director General United Nations Office in Nairobi (UNON).';
    const participants = draftOf(text).meetings.flatMap((m) => m.participants);
    expect(participants.find((p) => p.name === 'Meg Whitman')?.countryCode).toBe('US');
    expect(participants.find((p) => p.name === 'Jabor Bin Ali Al-Dosari')?.countryCode).toBe('QA');
  });

  it('"Head of State and the UN Secretary-General" are two people who speak together', () => {
    const text =
      'President Sarkozy also had a meeting in the evening with Mr Ban Ki-moon. The Head of State and the UN Secretary-General said that the United Nations will have an important role to play.';
    expect(draftOf(text).meetings[0]?.statements.map((s) => s.kind)).toEqual(['joint']);
  });

  it('a remit after the organisation stays in the title', () => {
    const text =
      'Minister Ali Sabry met Kanni Wignarajah, Assistant Secretary General and Regional Director for the Asia Pacific of the UNDP, in Colombo.';
    const guest = draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Kanni Wignarajah');
    expect(guest?.title).toBe('Assistant Secretary General and Regional Director for the Asia Pacific of the UNDP');
  });

  it('a meeting after remarks made "before" it still happened', () => {
    const text =
      'WASHINGTON: Visiting Chinese Foreign Minister Wang Yi told US Secretary of State Antony Blinken that the two countries need dialogue.\n\nHe made the remarks to reporters before a one-on-one meeting with Blinken.';
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([['Antony Blinken', 'Wang Yi']]);
  });
});

describe('with no date of the page, a weekday is that day within the days the text gives a visit', () => {
  it.each([
    ['on March 7-8 2017', 'Tuesday', '2017-03-07'],
    ['on 7-8 March 2017', 'Wednesday', '2017-03-08'],
    ['from 9 to 11 November 2019', 'Sunday', '2019-11-10'],
    ['on November 9-11, 2019', 'Monday', '2019-11-11'],
  ])('"%s" … "on %s"', (days, weekday, date) => {
    const text = `President Kersti Kaljulaid made a state visit to Finland ${days}. President Sauli Niinistö said after meeting his Estonian counterpart on ${weekday} that relations were good.`;
    const [meeting] = draftOf(text, { publishedAt: null }).meetings;
    expect([meeting?.date, meeting?.dateBasis]).toEqual([date, 'weekday']);
  });

  it('a weekday none of those days has dates nothing', () => {
    const text =
      'President Kersti Kaljulaid made a state visit to Finland on March 7-8 2017. President Sauli Niinistö said after meeting his Estonian counterpart on Friday that relations were good.';
    expect(draftOf(text, { publishedAt: null }).meetings[0]?.date).toBeNull();
  });
});

describe('the first person named after "a delegation led by" leads it, whatever titles stand between', () => {
  it.each([
    "new chair of the European Parliament Foreign Affairs Committee, German member of the European People's Party David McAllister",
    'the chairman of the committee on foreign affairs of the Bundestag, David McAllister',
    'former minister and current member of parliament David McAllister',
  ])('"received a delegation led by %s"', (leader) => {
    const text = `President of the Republic of Azerbaijan Ilham Aliyev has today received a delegation led by ${leader}.`;
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Ilham Aliyev', 'David McAllister']]);
  });

  it.each(['President Ilham Aliyev received a delegation led by a former minister who had earlier spoken with Jeyhun Bayramov.'])(
    'a person named in a clause of its own does not lead it: "%s"',
    (text) => {
      const together = draftOf(text).meetings.filter((m) => m.participants.some((p) => p.name === 'Jeyhun Bayramov'));
      expect(together.filter((m) => m.participants.some((p) => p.name === 'Ilham Aliyev'))).toEqual([]);
    },
  );
});
