import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { officeOf } from '../../../src/ingest/lexicon/titles.js';

// Classes found while tuning on blind set 64 (after its first run), each written as the class with its variants (texts
// invented in the style of the readouts) and, where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const names = (text: string, options: Partial<ExtractOptions> = {}) =>
  draftOf(text, options).meetings.map((m) => m.participants.map((p) => p.name));
const speakersOf = (text: string) =>
  draftOf(text).meetings.map((m) =>
    m.statements.map((s) => (s.speakerKey ? m.participants.find((p) => p.key === s.speakerKey)?.name : s.kind)),
  );

describe('what someone did that is no statement and no meeting', () => {
  it.each(['postponed', 'cancelled', 'canceled', 'delayed', 'deferred', 'rescheduled'])(
    '"Earlier, X %s his visit" neither seats X nor gives X a statement',
    (verb) => {
      const text =
        'Foreign Minister Abdulaziz Kamilov had a telephone conversation with Russian Foreign Minister Sergei Lavrov on 9 January 2020.\n\n' +
        'The parties exchanged views on bilateral issues.\n\n' +
        `Earlier, US Secretary of State Mike Pompeo ${verb} his visit to Uzbekistan.`;
      expect(names(text)).toEqual([['Abdulaziz Kamilov', 'Sergei Lavrov']]);
    },
  );

  it('"gave an audience" is the meeting, not what the host said', () => {
    const text =
      'Sultan Haitham bin Tariq of Oman received in Muscat today Saudi Deputy Defense Minister Prince Khalid bin Salman.\n\n' +
      'Furthermore, Sultan Haitham gave an audience at Al Alam Palace to the visiting guest.\n\n' +
      'The two sides reviewed cooperation between the two countries.';
    expect(speakersOf(text)).toEqual([['joint']]);
  });

  it('one who "engaged" someone met them; those who "engaged in discussions" said what followed', () => {
    const text =
      'President Julius Maada Bio of Sierra Leone held talks in Hanoi on 14 November 2023 with President Vo Van Thuong.\n\n' +
      'Later, President Bio engaged the country’s Prime Minister, Pham Minh Chinh, on investment.\n\n' +
      'Both parties engaged in discussions on rice production and trade.';
    const draft = draftOf(text);
    expect(draft.meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Vo Van Thuong', 'Julius Maada Bio'],
      ['Pham Minh Chinh', 'Julius Maada Bio'],
    ]);
    expect(draft.meetings[1]?.statements.map((s) => s.kind)).toEqual(['joint']);
  });
});

describe('people who were not there', () => {
  it('one "the late" names has died: no participant, and no one a later title refers to', () => {
    const text =
      'President Julius Maada Bio of Sierra Leone is in Hanoi, Vietnam where he held talks yesterday with President Nguyen Xuan Phuc, and later laid a wreath at the Mausoleum of the late Vietnamese President, Ho Chi Minh.\n\n' +
      'The Vietnamese President observed that relations with Africa had grown stronger.';
    const draft = draftOf(text);
    expect(draft.meetings[0]?.participants.map((p) => [p.name, p.countryCode])).toEqual([
      ['Nguyen Xuan Phuc', 'VN'],
      ['Julius Maada Bio', 'SL'],
    ]);
    expect(speakersOf(text)).toEqual([['Nguyen Xuan Phuc']]);
  });

  it.each([
    ['Special Envoy of President Surangel Whipps Jr', 'Surangel Whipps Jr'],
    ['Personal Representative of President Surangel Whipps Jr', 'Surangel Whipps Jr'],
    ['attending on behalf of President Surangel Whipps Jr', 'Surangel Whipps Jr'],
  ])('an attendee’s principal ("%s") was not there', (role, principal) => {
    const text =
      'The Foreign Ministers of Fiji and Samoa met in Suva on 2 August 2025. Also participating online was Palau’s Minister of State, the Honourable Gustav N. Aitaro, ' +
      `${role}.`;
    const seated = names(text).flat();
    expect(seated).toContain('Gustav N. Aitaro');
    expect(seated).not.toContain(principal);
  });

  it('but an aide named with the office served is the aide, there', () => {
    const text =
      'King Salman received the Emir of Kuwait in Riyadh on 10 February 2020. The meeting was also attended by Foreign Minister Prince Faisal bin Farhan, and Assistant to the King’s Secretary Tamim bin Abdulaziz al-Salem.';
    expect(names(text).flat()).toContain('Tamim bin Abdulaziz al-Salem');
  });
});

describe('a table told as a list', () => {
  const text =
    'Leaders of the Pacific Islands Forum Troika met earlier today in Rarotonga.\n\n' +
    'Convened in the margins of the Cook Islands’ 60th Constitution celebrations, the Troika meeting brought together the Prime Minister of Tonga and current Chair of the Forum, the Honourable ’Aisake Valu Eke; ' +
    'Prime Minister of the Cook Islands, the Honourable Mark Brown; and the Prime Minister of Solomon Islands and incoming Chair, the Honourable Jeremiah Manele, who joined virtually. ' +
    'Also participating online was Palau’s Minister of State, the Honourable Gustav N. Aitaro.\n\n' +
    'Leaders agreed on the importance of continued dialogue.';
  const draft = draftOf(text, { publishedAt: '2025-08-02', publisher: 'Office of the Prime Minister of the Cook Islands' });
  const meeting = draft.meetings[0];

  it('"brought together" seats each holder parted by semicolons, with their office’s country, and who took part online', () => {
    expect(draft.meetings).toHaveLength(1);
    expect(meeting?.participants.map((p) => [p.name, p.countryCode])).toEqual(
      expect.arrayContaining([
        ['’Aisake Valu Eke', 'TO'],
        ['Mark Brown', 'CK'],
        ['Jeremiah Manele', 'SB'],
        ['Gustav N. Aitaro', 'PW'],
      ]),
    );
    expect(meeting?.participants.find((p) => p.name === '’Aisake Valu Eke')?.title).toBe(
      'Prime Minister of Tonga and current Chair of the Forum',
    );
  });

  it('some who joined from afar do not make a meeting held in a place a video call', () => {
    expect(meeting?.kind).not.toBe('video_call');
    expect([meeting?.city, meeting?.countryCode]).toEqual(['Rarotonga', 'CK']);
  });

  it('"Leaders agreed" is all of them, not the one who joined them', () => {
    expect(meeting?.statements.map((s) => [s.kind, s.speakerKey])).toEqual([['joint', null]]);
  });

  it.each([
    ['The meeting was held by video conference between the three ministers.', 'video_call'],
    ['All three leaders joined virtually.', 'video_call'],
  ])('a meeting held wholly by video still is one: %s', (sentence, kind) => {
    const call = draftOf(
      `Foreign Minister Anna Alpha of Fiji, Foreign Minister Ben Beta of Samoa and Foreign Minister Carl Gamma of Tonga met on 3 May 2024. ${sentence}`,
    );
    expect(call.meetings[0]?.kind).toBe(kind);
  });
});

describe('“online” as a meeting’s medium, not a publication’s', () => {
  it.each([
    ['According to an article in a Venezuelan Government online publication, the meeting strengthened ties.', 'meeting'],
    ['The story first appeared in the ministry’s online edition.', 'meeting'],
    ['The two ministers met online.', 'video_call'],
    ['They held an online meeting.', 'video_call'],
  ])('%s → %s', (sentence, kind) => {
    const draft = draftOf(
      `Prime Minister Roosevelt Skerrit met Foreign Minister Jorge Arreaza of Venezuela on 12 December 2018. ${sentence}`,
    );
    expect(draft.meetings[0]?.kind).toBe(kind);
  });
});

describe('a day between "met" and "with"', () => {
  it.each([
    ['met on Monday December the 12th, with', '2018-12-12'],
    ['met on Wednesday, December 12, with', '2018-12-12'],
    ['met today, with', '2018-12-13'],
  ])('"%s" the counterpart', (phrase, date) => {
    const draft = draftOf(`Prime Minister Skerrit ${phrase} the Foreign Minister of the Bolivarian Republic of Venezuela, Jorge Arreaza.`, {
      publishedAt: '2018-12-13',
    });
    expect(draft.meetings.map((m) => [m.participants.map((p) => p.name), m.date])).toEqual([[['Skerrit', 'Jorge Arreaza'], date]]);
  });
});

describe('whom a meeting was attended with, after "as well as"', () => {
  it('names each of them', () => {
    const text =
      'HA NOI — Minister of Foreign Affairs Bui Thanh Son attended the ASEAN+3 Foreign Ministers’ Meeting, held virtually on 3 August 2021, with other foreign ministers of ASEAN countries, ' +
      'as well as Chinese Foreign Minister Wang Yi, RoK Foreign Minister Chung Eui-yong, and Japanese Foreign Minister Toshimitsu Motegi.';
    expect(names(text)).toEqual([['Bui Thanh Son', 'Wang Yi', 'Chung Eui-yong', 'Toshimitsu Motegi']]);
  });
});

describe('a title told after the name', () => {
  it('"the Russian Foreign Minister" after "Sergei Lavrov" of no title gives him the office and country', () => {
    const text =
      'The Uzbek Foreign Minister Abdulaziz Kamilov had a telephone conversation with Sergei Lavrov on 9 January 2020.\n\n' +
      'The official visit of the Russian Foreign Minister to Tashkent was postponed; the main items of Lavrov’s first visit remain unchanged.';
    expect(draftOf(text).meetings[0]?.participants.map((p) => [p.name, p.title, p.countryCode])).toEqual([
      ['Abdulaziz Kamilov', 'Foreign Minister', 'UZ'],
      ['Sergei Lavrov', 'Foreign Minister', 'RU'],
    ]);
  });

  it('not an office no named person of the text holds, nor a member of a group', () => {
    const ambassador =
      'The Uzbek Foreign Minister Abdulaziz Kamilov had a telephone conversation with Sergei Lavrov on 9 January 2020. The Russian Ambassador was informed of Lavrov’s plans.';
    expect(draftOf(ambassador).meetings[0]?.participants.find((p) => p.name === 'Sergei Lavrov')?.title).toBeNull();
    const group =
      'During the Central Asia-EU Ministerial Meeting held on Tuesday via videoconference, the meeting was joined by High Representative Josep Borrell and foreign ministers of Kazakhstan, Kyrgyzstan and Tajikistan. Uzbek Foreign Minister Abdulaziz Kamilov stressed the need for action.';
    expect(names(group).flat()).not.toContain('Asia-EU Ministerial');
  });
});

describe('a ministry of one field, named either way, is one office', () => {
  it.each([
    ['Deputy Minister of Defense', 'Deputy Defense Minister'],
    ['Minister of Defence', 'Defense Minister'],
    ['Minister of the Interior', 'Interior Minister'],
    ['Minister of Interior Affairs', 'Interior Minister'],
    ['Minister for Trade', 'Trade Minister'],
  ])('%s = %s', (a, b) => {
    expect(officeOf(a)).toBe(officeOf(b));
  });

  it.each([
    ['Minister of State', 'State Minister'],
    ['Minister of Trade', 'Minister of Finance'],
    ['Deputy Minister of Defense', 'Defense Minister'],
  ])('%s ≠ %s', (a, b) => {
    expect(officeOf(a)).not.toBe(officeOf(b));
  });

  it('so the Saudi Deputy Minister of Defense later in the text is the Deputy Defense Minister of the lead (received in a place on a day)', () => {
    const text =
      'Sultan Haitham bin Tariq of Oman received in Muscat on 6 March 2020 the Saudi Deputy Defense Minister, Prince Khalid bin Salman bin Abdulaziz.\n\n' +
      'During the audience, the Saudi Deputy Minister of Defense conveyed greetings of King Salman.';
    const meeting = draftOf(text).meetings[0];
    expect(meeting?.participants.map((p) => p.name)).toEqual(['Haitham bin Tariq', 'Prince Khalid bin Salman bin Abdulaziz']);
    expect(speakersOf(text)).toEqual([['Prince Khalid bin Salman bin Abdulaziz']]);
  });
});

describe('a news agency’s closing tag without "on"', () => {
  it.each([
    [
      'the meeting told in the present perfect: the tag’s day is the report’s, the next sentence’s the meeting’s',
      'Foreign Minister Cho Tae-yul and his Japanese counterpart, Takeshi Iwaya, have held talks on the sidelines of the APEC meeting in Peru, Seoul’s foreign ministry said Friday.\nThe top diplomats of the two nations held a meeting in Lima on Thursday to discuss bilateral ties.',
      '2024-11-14',
    ],
    [
      'the meeting told in the past: the tag’s day is the meeting’s (new-user trial 120’s neighbour, blind-59)',
      'Tajik President Emomali Rahmon and Pakistani Prime Minister Shahbaz Sharif agreed to deepen the bilateral relationship, the Pakistani Foreign Ministry said Friday.',
      '2024-11-15',
    ],
  ])('%s', (_label, text, date) => {
    expect(draftOf(text, { publishedAt: '2024-11-15' }).meetings[0]?.date).toBe(date);
  });
});

describe('initiatives named in a list', () => {
  it.each([
    [
      'Referring to the Free Trade Agreement and Currency Swap Agreement between the two countries, the prime minister said these should be finalised.',
      ['Free Trade Agreement', 'Currency Swap Agreement'],
    ],
    ['They welcomed the Strategic Partnership and Cooperation Agreement.', ['Strategic Partnership and Cooperation Agreement']],
  ])('%s', (sentence, expected) => {
    const text = `Prime Minister Yousaf Raza Gilani held a meeting with King Abdullah II of Jordan in Seoul on 27 March 2012. ${sentence}`;
    expect(draftOf(text).meetings[0]?.initiatives.map((i) => i.name)).toEqual(expected);
  });
});

describe('meetings drafted apart from one sentence that does not say they were separate (new-user trial 120)', () => {
  const apart = (text: string) => draftOf(text, { publishedAt: '2023-05-12' }).warnings.filter((w) => w.includes('drafted apart'));

  it('warns once, naming the meetings, when counterparts of two countries are split off "held talks with A and B"', () => {
    const text =
      "XI'AN, May 11 (Xinhua) -- Chinese Foreign Minister Wang Yi on Thursday held talks with Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister Bakhtiyor Saidov in Xi'an. Wang said China is ready to deepen cooperation.";
    expect(draftOf(text, { publishedAt: '2023-05-12' }).meetings).toHaveLength(2);
    expect(apart(text)).toEqual([
      'meetings 1 and 2 (/meetings/0, /meetings/1) are drafted apart from one sentence ("held talks with …") that does not say they were separate; if they met together, merge them into one',
    ]);
  });

  it.each([
    'Foreign Minister Wang Yi held separate meetings with Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister Bakhtiyor Saidov in Xi’an on 11 May 2023.',
    'Foreign Minister Wang Yi met his counterparts from Kazakhstan and Uzbekistan, Murat Nurtleu and Bakhtiyor Saidov, in Xi’an on 11 May 2023.',
    'Foreign Minister Wang Yi held a trilateral meeting with Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister Bakhtiyor Saidov in Xi’an on 11 May 2023.',
  ])('not when the text says how they met: %s', (text) => {
    expect(apart(text)).toEqual([]);
  });
});
