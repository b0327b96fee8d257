import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { findDates } from '../../../src/ingest/recognize/dates.js';

// Findings of new-user trial 126 (readouts the trial's user wrote), each as the class with its variants.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });

describe('F4: Malay and Bruneian styles before a name', () => {
  it.each([
    ["Dato' Seri Utama Haji Mohamad bin Haji Hasan", 'Haji Mohamad bin Haji Hasan'],
    ['Dato Seri Setia Haji Erywan Yusof', 'Haji Erywan Yusof'],
    ['Dato Paduka Lim Jock Seng', 'Lim Jock Seng'],
    ['Datuk Seri Saifuddin Abdullah', 'Saifuddin Abdullah'],
  ])('"%s" is %s', (printed, name) => {
    const text = `Foreign Minister Penny Wong met Foreign Minister ${printed} in Putrajaya on 3 March 2025.`;
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toContain(name);
  });

  it('"Sri" opening an Indonesian name stays the name', () => {
    const text = 'Foreign Minister Penny Wong met Indonesian Finance Minister Sri Mulyani Indrawati in Jakarta on 3 March 2025.';
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toContain('Sri Mulyani Indrawati');
  });
});

describe('F8: a month in Roman numerals', () => {
  it.each([
    ['28.II.2025', '2025-02-28'],
    ['3.XII.2024', '2024-12-03'],
    ['14. IV. 2024', '2024-04-14'],
    ['1.VIII.2023', '2023-08-01'],
    ['9.IX.2022', '2022-09-09'],
  ])('"%s" is %s', (printed, date) => {
    const [mention] = findDates(printed, 0, printed.length);
    expect(mention && [mention.year, mention.month, mention.day].join('-')).toBe(
      date
        .split('-')
        .map((part) => String(Number(part)))
        .join('-'),
    );
  });

  it.each([
    ['MOSCOW, 28.II.2025 — Foreign Minister Sergey Lavrov held talks with Iranian Foreign Minister Abbas Araqchi.', '2025-02-28'],
    ['On 14.IV.2024, Foreign Minister Jan Lipavský met Polish Foreign Minister Radosław Sikorski in Prague.', '2024-04-14'],
    ['Foreign Minister Jan Lipavský met Polish Foreign Minister Radosław Sikorski in Prague on 14. IV. 2024.', '2024-04-14'],
  ])('dates the meeting of "%s"', (text, date) => {
    expect(draftOf(text).meetings[0]?.date).toBe(date);
  });

  it.each([['31.II.2024'], ['0.V.2024'], ['3.XIII.2024']])('"%s" is no date, and the meeting stays in the draft', (printed) => {
    expect(findDates(printed, 0, printed.length)).toEqual([]);
    const meetings = draftOf(`VIENNA, ${printed} - Foreign Minister Penny Wong met UK Foreign Secretary David Cameron.`).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ city: 'Vienna', date: null });
  });

  it('a sentence that ends in a Roman numeral before a year ends there', () => {
    const text =
      'Foreign Minister Jan Lipavský met Polish Foreign Minister Radosław Sikorski in Prague on 14 April 2024. They discussed Part IV. 2025 will see a new round.';
    expect(draftOf(text).meetings[0]?.date).toBe('2024-04-14');
  });
});

describe('F3: several meetings told one by one after one sentence', () => {
  const lead =
    "On the margins of the ASEAN Foreign Ministers' Meeting in Kuala Lumpur on 10 July 2025, Foreign Minister Penny Wong held bilateral meetings with the Foreign Minister of Viet Nam, Bui Thanh Son, the Secretary of Foreign Affairs of the Philippines, Enrique Manalo, and Thailand's Minister of Foreign Affairs Maris Sangiampongsa.\n\nWith Minister Son, Minister Wong discussed the Mekong–Australia Partnership.\n\nSecretary Manalo and Minister Wong welcomed progress on maritime cooperation.\n\n";
  const speakerNames = (text: string) =>
    draftOf(text).meetings.map((m) =>
      m.statements.map((s) => (s.speakerKey ? m.participants.find((p) => p.key === s.speakerKey)?.name : s.kind)),
    );

  it.each([
    ['Minister Wong said Australia supports dialogue.', 'Penny Wong'],
    ['The two ministers agreed to stay in touch.', 'joint'],
  ])('after "Minister Maris briefed Minister Wong …", "%s" is in the meeting with Maris', (answer, speaker) => {
    const text = `${lead}Minister Maris briefed Minister Wong on the situation along the Thailand–Cambodia border. ${answer}`;
    expect(speakerNames(text)[2]).toEqual(['Maris Sangiampongsa', speaker]);
  });

  it('a passage of the host in a paragraph of its own stays where it is told', () => {
    const text = `${lead}Minister Maris briefed Minister Wong on the situation along the Thailand–Cambodia border.\n\nMinister Wong said Australia valued its partners in Southeast Asia.`;
    expect(speakerNames(text)[2]).toEqual(['Maris Sangiampongsa']);
  });

  it.each([['The following day'], ['The next day'], ['A day later']])(
    '"%s, Minister Wong met … in Putrajaya" is no sideline meeting; the meetings on the margins stay so',
    (when) => {
      const text = `${lead}${when}, Minister Wong met Malaysia's Foreign Minister Mohamad Hasan in Putrajaya.`;
      expect(draftOf(text).meetings.map((m) => m.kind)).toEqual(['sideline_meeting', 'sideline_meeting', 'sideline_meeting', 'meeting']);
    },
  );
});

describe('F2: a visit to come is not where they met', () => {
  it.each([
    ['during which the parties discussed the preparations for the visit of the President of Uzbekistan to Saudi Arabia.'],
    ['and discussed the upcoming visit of President Mirziyoyev to Saudi Arabia.'],
    ['and discussed the forthcoming state visit of President Mirziyoyev to Saudi Arabia.'],
    ['and invited him to pay a visit to Saudi Arabia.'],
  ])('"…, %s" places the meeting nowhere', (rest) => {
    const text = `Foreign Minister Bakhtiyor Saidov held a bilateral meeting with Saudi Foreign Minister Faisal bin Farhan, ${rest}`;
    expect(draftOf(text).meetings[0]).toMatchObject({ city: null, countryCode: null });
  });

  it.each([
    ['Foreign Minister Saidov met Saudi Foreign Minister Faisal bin Farhan during his visit to Saudi Arabia.', null, 'SA'],
    [
      'Foreign Minister Saidov, on an official visit to Saudi Arabia, met Saudi Foreign Minister Faisal bin Farhan in Riyadh.',
      'Riyadh',
      'SA',
    ],
  ])('a visit under way still places it: "%s"', (text, city, countryCode) => {
    expect(draftOf(text).meetings[0]).toMatchObject({ city, countryCode });
  });
});
