import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { findDates, resolveDate } from '../../../src/ingest/recognize/dates.js';
import { findPeople } from '../../../src/ingest/recognize/people.js';
import { wordsOfSentence } from './read.js';

// Classes found while tuning on blind set 56 (after its first run) and in new-user trial 115, each written as the class
// with its variants and, where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const namesIn = (sentence: string) => {
  const words = wordsOfSentence(sentence);
  return findPeople(words).map((m) => (m.name ? sentence.slice(m.name.start, m.name.end) : null));
};

describe('names and titles', () => {
  it.each(['Minister Responsible for Foreign Affairs', 'Minister responsible for Foreign Affairs'])(
    '"Sayyid Badr al Busaidi, %s" is one person with that title',
    (title) => {
      const sentence = `The Sultanate’s side was chaired by Sayyid Badr bin Saud bin Harib al Busaidi, ${title}, whilst the Qatari side was chaired by Dr Khalid bin Mohammed al Attiyah.`;
      expect(namesIn(sentence)).not.toContain('Responsible');
      expect(namesIn(sentence)).toContain('Sayyid Badr bin Saud bin Harib al Busaidi');
    },
  );

  it.each([
    ['US ambassador Kristie A Kenney', 'Kristie A Kenney'],
    ['Ambassador Robert O Blake', 'Robert O Blake'],
  ])('a middle initial without its dot: %s', (printed, name) => {
    expect(namesIn(`${printed} paid a courtesy call on the minister.`)).toContain(name);
  });

  it('not "A" after a country, nor the pronoun "I"', () => {
    expect(namesIn('Kazakhstan A Key Partner, says Minister Tileuberdi')).not.toContain('Kazakhstan A Key');
    expect(namesIn('Minister Tileuberdi said I Believe in dialogue.')).not.toContain('Tileuberdi I Believe');
  });

  it.each(['Attends', 'Participates in', 'Congratulates'])(
    'a headline verb is no part of a name: "Foreign Minister Yang Jiechi %s …"',
    (verb) => {
      expect(namesIn(`Foreign Minister Yang Jiechi ${verb} Meeting of Foreign Ministers of China, Russia and India`)).toContain(
        'Yang Jiechi',
      );
    },
  );

  it.each(['chaired', 'led', 'headed', 'represented'])('"the Qatari side was %s by Dr X": X is Qatari', (verb) => {
    const text = `The Omani–Qatari joint committee met in Muscat on 29 September 2019. The Sultanate’s side was ${verb} by Sayyid Badr bin Saud bin Harib al Busaidi, Minister Responsible for Foreign Affairs, whilst the Qatari side was ${verb} by Dr Khalid bin Mohammed al Attiyah, Deputy Prime Minister.`;
    const participants = draftOf(text).meetings.flatMap((m) => m.participants);
    expect(participants.find((p) => p.name === 'Khalid bin Mohammed al Attiyah')?.countryCode).toBe('QA');
  });
});

describe('meetings told apart', () => {
  it('"A and B each paid separate courtesy call visits to congratulate him" is two meetings', () => {
    const text =
      'BANGKOK, 12 September 2014 – Foreign Minister Thanasak Patimaprakorn met the US and Japanese ambassadors on Friday. Gen Thanasak told journalists that US ambassador Kristie A Kenney and Japanese ambassador Shigekazu Sato each paid separate courtesy call visits to congratulate him upon being appointed foreign affairs minister.';
    const meetings = draftOf(text).meetings.map((m) => m.participants.map((p) => p.name).sort());
    expect(meetings).toEqual([
      ['Kristie A Kenney', 'Thanasak Patimaprakorn'],
      ['Shigekazu Sato', 'Thanasak Patimaprakorn'],
    ]);
  });

  const bilateral =
    'ISLAMABAD: On Sunday, the foreign ministers of Pakistan and Afghanistan reaffirmed their commitment to pursue practical cooperation.\nAccording to a press release from the Foreign Office, Foreign Minister Bilawal Bhutto Zardari hosted Afghan Acting Foreign Minister Amir Khan Muttaqi at the Ministry of Foreign Affairs.';
  it.each(['participated in', 'took part in'])(
    'after a bilateral, someone who also %s a trilateral dialogue met there another time',
    (verb) => {
      const text = `${bilateral}\nBesides holding bilateral meetings, the acting Afghan foreign minister also ${verb} the 5th China-Pakistan-Afghanistan Trilateral Foreign Ministers’ Dialogue yesterday, with the participation of the Chinese foreign minister.`;
      const meetings = draftOf(text).meetings;
      expect(meetings).toHaveLength(2);
      expect(meetings[1]?.kind).toBe('multilateral');
      expect(meetings[0]?.participants.map((p) => p.countryCode).sort()).toEqual(['AF', 'PK']);
    },
  );

  it('but "the meeting was also attended by" adds people to the meeting at hand', () => {
    const text = `${bilateral}\nThe meeting was also attended by Foreign Secretary Asad Majeed Khan.`;
    expect(draftOf(text).meetings).toHaveLength(1);
  });
});

describe('new-user trial 115', () => {
  it.each([
    'received in audience this Tuesday 14 January 2025 at the Ministry in Dakar,',
    'received in audience on Tuesday at the Ministry,',
    'received this Tuesday 14 January 2025 at the Ministry in Dakar,',
  ])('a translated audience: "%s His Excellency Mr. Laurent Dubreuil"', (phrase) => {
    const text = `DAKAR, 14 January 2025 – The Minister of Foreign Affairs, Yassine Fall, ${phrase} His Excellency Mr. Laurent Dubreuil, Ambassador of Canada. The Minister welcomed the strong ties between the two countries.`;
    const meeting = draftOf(text).meetings[0];
    expect(meeting?.participants.map((p) => p.name).sort()).toEqual(['Laurent Dubreuil', 'Yassine Fall']);
    expect(meeting?.date).toBe('2025-01-14');
  });

  it.each([
    ['Tuesday, January 16', '2025-02-01', '2024-01-16'],
    ['Thursday, January 16', '2025-02-01', '2025-01-16'],
    ['January 16', '2025-02-01', '2025-01-16'],
    ['Monday, December 30', '2025-01-10', '2024-12-30'],
  ])('"%s" on a page of %s is %s (the weekday chooses the year)', (printed, reference, expected) => {
    const [mention] = findDates(`On ${printed}, the ministers met.`, 0, 40, { monthFirst: true });
    expect(mention && resolveDate(mention, reference)?.date).toBe(expected);
  });
});
