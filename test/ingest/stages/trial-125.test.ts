import { describe, expect, it } from 'vitest';
import type { ExtractOptions, KnownPerson } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Findings of new-user trial 125 (readouts the trial's user wrote), each as the class with its variants.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const participant = (text: string, name: string, options: Partial<ExtractOptions> = {}) =>
  draftOf(text, options)
    .meetings.flatMap((m) => m.participants)
    .find((p) => p.name === name);

describe('F1: a Korean given name whose first syllable is an English word', () => {
  it.each([['Lee Do-hoon'], ['Kim In-soo'], ['Park Do-hyun'], ['Choi Do-young'], ['Lee Jae-myung'], ['Yoo On-ha']])(
    '"%s" is read whole, as the ambassador received',
    (name) => {
      const text = `On 9 September 2024, Foreign Minister Sergey Lavrov received Ambassador of the Republic of Korea ${name}.`;
      expect(participant(text, name)).toMatchObject({ name, printedName: name, countryCode: 'KR' });
    },
  );

  it.each([
    ['On 9 September 2024, Foreign Minister Sergey Lavrov received Kim In-soo, Ambassador of the Republic of Korea.', 'Kim In-soo'],
    ['On 9 September 2024, Foreign Minister Sergey Lavrov met with Lee Do-hoon, Ambassador of the Republic of Korea.', 'Lee Do-hoon'],
  ])('named before the title: "%s"', (text, name) => {
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toEqual(['Sergey Lavrov', name]);
  });

  it('two ambassadors whose given names differ are not one stored person', () => {
    const people: KnownPerson[] = [{ id: '00000000-0000-4000-8000-000000000001', name: 'Lee Do-hyun', aliases: [], countryCode: 'KR' }];
    const text = 'On 9 September 2024, Foreign Minister Sergey Lavrov received Ambassador of the Republic of Korea Lee Do-hoon.';
    expect(participant(text, 'Lee Do-hoon', { people })?.personId).toBeNull();
  });

  it('the neighbour: "In-depth" opening a sentence is no name', () => {
    const text = 'Foreign Minister Sergey Lavrov met Foreign Minister Cho Tae-yul on 9 September 2024. In-depth talks followed.';
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Sergey Lavrov', 'Cho Tae-yul']]);
  });
});

describe('F2: a dateline on a line of its own', () => {
  const body = 'Prime Cabinet Secretary Musalia Mudavadi met Norwegian Foreign Minister Espen Barth Eide.';
  it.each([
    ['Nairobi, 3 May 2024', 'Nairobi', 'KE'],
    ['Rio de Janeiro, 3 May 2024', 'Rio de Janeiro', 'BR'],
    ['Dar es Salaam, 3 May 2024', 'Dar es Salaam', 'TZ'],
    ['Port of Spain, 3 May 2024', 'Port of Spain', 'TT'],
    ['Rio de Janeiro, May 3, 2024', 'Rio de Janeiro', 'BR'],
    ['Nairobi, the 3rd of May 2024', 'Nairobi', 'KE'],
  ])('"%s", under a headline or without one, gives the date and the place', (line, city, country) => {
    for (const text of [`PCS Mudavadi meets Norwegian Foreign Minister\n\n${line}\n\n${body}`, `${line}\n\n${body}`]) {
      const draft = draftOf(text);
      expect(draft.meetings[0]).toMatchObject({ date: '2024-05-03', city, countryCode: country });
      expect(draft.meetings[0]?.participants.find((p) => p.name === 'Musalia Mudavadi')?.countryCode).toBe(country);
    }
  });

  it.each([
    ['RIO DE JANEIRO, 3 May 2024 –', 'Rio de Janeiro'],
    ['PORT OF SPAIN, 3 May 2024 –', 'Port of Spain'],
    ['DAR ES SALAAM, 3 May 2024 –', 'Dar es Salaam'],
    ['THE HAGUE, 3 May 2024 –', 'The Hague'],
  ])('"%s": a dateline in capitals keeps the small words of the name small', (line, city) => {
    expect(draftOf(`${line} ${body}`).meetings[0]?.city).toBe(city);
  });

  it('the readout of the trial: three meetings in Nairobi, each with its statement', () => {
    const text =
      "Nairobi, the 3rd of May 2024\n\nPrime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi today held separate meetings with the Foreign Ministers of Norway, Brazil and Egypt.\n\nWith Norwegian Foreign Minister Espen Barth Eide, the PCS discussed climate adaptation financing.\n\nBrazilian Foreign Minister Mauro Vieira and Mudavadi agreed to establish a Kenya-Brazil Joint Commission.\n\nEgypt's Foreign Minister Sameh Shoukry briefed the PCS on the situation in Gaza and Sudan.";
    const draft = draftOf(text);
    expect(draft.meetings.map((m) => [m.date, m.city, m.countryCode])).toEqual([
      ['2024-05-03', 'Nairobi', 'KE'],
      ['2024-05-03', 'Nairobi', 'KE'],
      ['2024-05-03', 'Nairobi', 'KE'],
    ]);
    expect(draft.meetings[0]?.statements.map((s) => s.text)).toContain(
      'With Norwegian Foreign Minister Espen Barth Eide, the PCS discussed climate adaptation financing.',
    );
  });
});

describe('F3: the country of the place given to a side of no stated country', () => {
  it('is given with a warning when nothing says who received whom', () => {
    const draft = draftOf('On 5 June 2024, Prime Minister Sir Keir Starmer met with Chancellor Olaf Scholz in Berlin.');
    expect(draft.warnings.some((w) => /is given DE, the country the meeting was in/.test(w))).toBe(true);
  });

  it.each([
    ['On 5 June 2024, Chancellor Olaf Scholz received Prime Minister Sir Keir Starmer in Berlin.'],
    ['On 5 June 2024, Chancellor Olaf Scholz hosted Prime Minister Sir Keir Starmer in Berlin.'],
  ])('without a warning when the text says who received whom: %s', (text) => {
    const draft = draftOf(text);
    expect(draft.meetings[0]?.participants.find((p) => p.name === 'Olaf Scholz')?.countryCode).toBe('DE');
    expect(draft.warnings.some((w) => /the country the meeting was in/.test(w))).toBe(false);
  });

  it.each([
    [
      'President Xi Jinping paid a state visit to France from 5 to 7 May 2024. On 6 May, President Xi Jinping held talks with President Emmanuel Macron in Paris.',
    ],
    [
      'President Xi Jinping paid an official visit to France in May 2024. On 6 May 2024, President Xi Jinping held talks with President Emmanuel Macron in Paris.',
    ],
  ])('the visitor is not the one at home: %s', (text) => {
    const draft = draftOf(text);
    expect(draft.meetings[0]?.participants.map((p) => [p.name, p.countryCode])).toEqual([
      ['Emmanuel Macron', 'FR'],
      ['Xi Jinping', null],
    ]);
    expect(draft.warnings.some((w) => /the country the meeting was in/.test(w))).toBe(false);
  });
});

describe('F6: a day without a year after the days of a visit', () => {
  it.each([
    ['paid a state visit to France from 5 to 7 May 2024', '2024-05-06'],
    ['paid a state visit to France on 5-7 May 2024', '2024-05-06'],
    ['paid a state visit to France from 5 May to 7 May 2024', '2024-05-06'],
  ])('"President Xi Jinping %s. On 6 May, …" takes the year of the visit', (visit, date) => {
    const text = `President Xi Jinping ${visit}. On 6 May, President Xi Jinping held talks with President Emmanuel Macron in Paris.`;
    expect(draftOf(text).meetings[0]?.date).toBe(date);
  });

  it('the neighbour: a conference "held from Feb. 17 to 19" dates no meeting held during it', () => {
    const text =
      'Published Feb 19, 2023\n\nForeign Affairs Secretary Enrique Manalo met with Finnish Foreign Minister Pekka Haavisto during the Munich Security Conference.\n\nThe conference was held from Feb. 17 to 19.';
    expect(draftOf(text).meetings[0]?.date).toBeNull();
  });
});

describe('F7: a dateline whose date is a range or cannot be read', () => {
  it.each([
    ['Rio de Janeiro, 21–22 February 2024. ', 'Rio de Janeiro', 'BR'],
    ['BRUSSELS, 21-22 February 2024 – ', 'Brussels', 'BE'],
    // (An unreadable date: "3.V.2024" was one until trial 126 read months in Roman numerals — trial-126.test.ts.)
    ['VIENNA, 3.XIII.2024 - ', 'Vienna', 'AT'],
  ])('"%s…" still places the meeting, and dates it by none of those days', (dateline, city, country) => {
    const meeting = draftOf(`${dateline}Foreign Minister Penny Wong met UK Foreign Secretary David Cameron.`).meetings[0];
    expect(meeting).toMatchObject({ city, countryCode: country, date: null });
  });

  it('the neighbour: a dateline of one day dates the meeting of its lead', () => {
    const meeting = draftOf('LONDON, 3 May 2024 – Foreign Minister Penny Wong met UK Foreign Secretary David Cameron.').meetings[0];
    expect(meeting).toMatchObject({ city: 'London', date: '2024-05-03' });
  });
});

describe('F10: a peer', () => {
  it.each([
    ['Foreign Secretary Lord Cameron', 'Lord Cameron'],
    ['UK Foreign Secretary Lord David Cameron', 'Lord David Cameron'],
  ])('"%s": the peerage is the name’s, the title keeps its country', (printed, name) => {
    const text = `On 5 June 2024, Foreign Minister Annalena Baerbock met with ${printed} in Berlin.`;
    expect(participant(text, name)).toMatchObject({ title: 'Foreign Secretary', countryCode: 'GB' });
  });

  it('the neighbour: "Minister of State Baroness Chapman" as before', () => {
    const text = 'On 5 June 2024, Foreign Minister Annalena Baerbock met with Minister of State Baroness Chapman in Berlin.';
    expect(participant(text, 'Baroness Chapman')?.title).toBe('Minister of State');
  });
});

describe('F12: a numeric date in a U.S. dateline', () => {
  it.each([
    ['WASHINGTON, 03/05/2024 - ', '2024-03-05'],
    ['WASHINGTON, 03/25/2024 - ', '2024-03-25'],
    ['Washington, D.C., 03/05/2024 - ', '2024-03-05'],
  ])('"%s…" is read month first', (dateline, date) => {
    const text = `${dateline}Secretary of State Antony Blinken met with Foreign Minister Radosław Sikorski of Poland at the Department of State.`;
    expect(draftOf(text).meetings[0]?.date).toBe(date);
  });

  it('the neighbour: a European dateline is read day first', () => {
    const text = 'VIENNA, 03/05/2024 - Foreign Minister Alexander Schallenberg met with Foreign Minister Radosław Sikorski of Poland.';
    expect(draftOf(text).meetings[0]?.date).toBe('2024-05-03');
  });
});

describe('F5: a counterpart told by country, named later with a title of their own', () => {
  it.each([
    [
      'The Foreign Secretary welcomed his Kenyan counterpart to London today.\n\nForeign Secretary David Lammy and Prime Cabinet Secretary Musalia Mudavadi agreed to deepen cooperation on climate finance.',
    ],
    [
      'London, 3 April 2025. The Foreign Secretary met his Kenyan counterpart. Foreign Secretary David Lammy and Prime Cabinet Secretary Musalia Mudavadi discussed climate finance.',
    ],
  ])('is that person, who keeps the title and takes the country: %s', (text) => {
    const meetings = draftOf(text, { publishedAt: '2025-04-03' }).meetings;
    expect(meetings.map((m) => m.participants.map((p) => [p.name, p.title, p.countryCode]))).toEqual([
      [
        ['David Lammy', 'Foreign Secretary', 'GB'],
        ['Musalia Mudavadi', 'Prime Cabinet Secretary', 'KE'],
      ],
    ]);
  });

  it('the neighbour: one of "his counterparts from Malaysia and Iraq" is not the one person named later', () => {
    const text =
      'Foreign Minister Manuchehr Mottaki met his counterparts from Malaysia and Iraq in Davos on 26 January 2008.\n\nPrime Minister Syed Hamid Albar said Malaysia supports dialogue.';
    const people = draftOf(text).meetings.flatMap((m) => m.participants);
    expect(people.find((p) => p.name === 'Syed Hamid Albar')?.countryCode ?? null).not.toBe('IQ');
  });
});

describe('F9: a programme whose name a catalogue entry opens', () => {
  const initiativesOf = (sentence: string) =>
    draftOf(
      `On 21 February 2024, External Affairs Minister S. Jaishankar and Foreign Minister Yoko Kamikawa held talks in Tokyo. ${sentence}`,
      {
        initiatives: defaultInitiatives,
      },
    ).meetings[0]?.initiatives.map((i) => [i.slug, i.status, i.isCandidate]);

  it.each([
    ['They launched the Quad Maritime Legal Dialogue.', 'quad-maritime-legal-dialogue'],
    ['The Ministers announced the launch of the Quad Maritime Legal Dialogue.', 'quad-maritime-legal-dialogue'],
    ['They inaugurated the Quad Critical Minerals Initiative.', 'quad-critical-minerals-initiative'],
  ])('"%s" is a candidate of its own, under way', (sentence, slug) => {
    expect(initiativesOf(sentence)).toEqual([[slug, 'implemented', true]]);
  });

  it.each([
    ['They discussed the Quad summit.', 'quad'],
    ['They discussed the Eastern Partnership Framework.', 'eastern-partnership'],
  ])('the neighbour: "%s" is the catalogue’s entry (a meeting of it, or its name and a head alone)', (sentence, slug) => {
    expect(initiativesOf(sentence)?.map(([found]) => found)).toEqual([slug]);
  });
});

describe('F11: "Joint media release, 6 August 2024" under the headline', () => {
  it.each([['Joint media release, 6 August 2024'], ['Media release, 6 August 2024'], ['Joint press release, 6 August 2024']])(
    '"%s" is the page’s date stamp, which the undated meeting’s warning names',
    (line) => {
      const text = `AUSMIN 2024 consultations\n\n${line}\n\nForeign Minister Penny Wong met with US Secretary of State Antony Blinken in Annapolis, Maryland.`;
      const draft = draftOf(text);
      expect(draft.meetings[0]?.date).toBeNull();
      expect(draft.warnings.some((w) => w.includes('the page is dated 2024-08-06 (its date stamp)'))).toBe(true);
      expect(draft.meetings[0]?.title ?? '').not.toContain('release');
    },
  );
});
