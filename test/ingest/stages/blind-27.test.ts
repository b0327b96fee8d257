import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { nameOf, stagesOf } from './read.js';

// Classes found on blind set 26's tuning pass and on blind set 27 after its first run, each written as the class with
// its variants (and, where a variant must not change, the one that must not).

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2023-09-23' };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const meetingsOf = (text: string, options: Partial<ExtractOptions> = {}) =>
  draftOf(text, options).meetings.map((m) => m.participants.map((p) => p.name).sort());
const lead = 'Deputy Prime Minister and Foreign Minister Ayman Safadi concluded his meetings on Saturday.\n\n';

describe('an official of a UN programme or a regional bank, with the country office after the acronym', () => {
  it.each([
    ['UNDP', 'UNDP'],
    ['UNICEF', 'UNICEF'],
    ['UNHCR', 'UNHCR'],
    ['WFP', 'WFP'],
    ['FAO', 'FAO'],
    ['IOM', 'IOM'],
    ['ADB', 'Asian Development Bank'],
    ['AfDB', 'African Development Bank'],
  ])('Resident Representative of %s Pakistan', (acronym, organization) => {
    const draft = draftOf(
      `Foreign Minister Jalil Abbas Jilani received Resident Representative of ${acronym} Pakistan Samuel Rizk in Islamabad on Thursday.`,
    );
    const rizk = draft.meetings[0]?.participants.find((p) => p.name === 'Samuel Rizk');
    expect(rizk).toMatchObject({ title: 'Resident Representative', organization, countryCode: null });
  });
});

describe('"talking to" a counterpart opens a clause whose subject follows, also after an opening adverb', () => {
  it.each(['', 'Meanwhile, ', 'Separately, ', 'Later, ', 'In addition, '])('"%stalking to …"', (opener) => {
    const text = `Foreign Minister Jalil Abbas Jilani met ministers.\n\n${opener}${opener ? 'talking' : 'Talking'} to Australian High Commissioner Neil Hawkins, Foreign Minister Jalil Abbas Jilani emphasized regular dialogue.`;
    expect(meetingsOf(text)).toContainEqual(['Jalil Abbas Jilani', 'Neil Hawkins']);
  });

  it('the conversation at a meeting does not make it a meeting on the sidelines', () => {
    const text =
      'Foreign Minister Jalil Abbas Jilani received envoys.\n\nMeanwhile, talking to Australian High Commissioner Neil Hawkins during the meeting, Foreign Minister Jalil Abbas Jilani emphasized regular dialogue.';
    expect(draftOf(text).meetings.map((m) => m.kind)).toEqual(['meeting']);
  });
});

describe('a sentence announcing several separate meetings reports none of them from there', () => {
  const text = [
    'ISLAMABAD: Caretaker Foreign Minister Jalil Abbas Jilani on Thursday received ambassadors of the Czech Republic and Turkmenistan as well as the Resident Representative of UNDP Pakistan for meetings separately.',
    'Ambassador of Czech Republic to Pakistan Tomás Smetánka called on Foreign Minister Jilani. They agreed to strengthen trade.',
    'Ambassador of Turkmenistan Atadjan Movlamov also called on Foreign Minister Jilani. They expressed the resolve to strengthen ties.',
    'Talking to Resident Representative of UNDP Pakistan Samuel Rizk in a meeting held separately, Jilani reiterated Pakistan’s resolve to strengthen the partnership with UNDP.',
  ].join('\n\n');

  it('each meeting keeps what is said in its own paragraph', () => {
    const meetings = draftOf(text, { publishedAt: '2023-08-31' }).meetings;
    const rizk = meetings.find((m) => m.participants.some((p) => p.name === 'Samuel Rizk'));
    const movlamov = meetings.find((m) => m.participants.some((p) => p.name === 'Atadjan Movlamov'));
    expect(meetings).toHaveLength(3);
    expect(rizk?.statements.map((s) => s.text)).toEqual([expect.stringMatching(/^Talking to Resident Representative/)]);
    expect(movlamov?.statements.some((s) => /Samuel Rizk/.test(s.text))).toBe(false);
    expect(rizk?.date).toBe('2023-08-31');
  });
});

describe('"along with" and "together with" inside a clause join its subjects', () => {
  it.each([
    'Safadi along with his Iranian counterpart Hussein Abdellahian held talks that touched on the Syrian crisis.',
    'Safadi together with his Iranian counterpart Hussein Abdellahian held talks on the Syrian crisis.',
    'Safadi along with his Iranian counterpart Hussein Abdellahian, discussed bilateral ties.',
    'Safadi along with his Iranian counterpart Hussein Abdellahian signed a joint statement.',
  ])('%s', (sentence) => {
    expect(meetingsOf(lead + sentence)).toEqual([['Ayman Safadi', 'Hussein Abdellahian']]);
  });

  it('"Together with X, Y co-chaired …" opening the sentence stays as it was: Y alone is the subject', () => {
    const { frames } = stagesOf(
      'Georgetown: Together with his Jamaican colleague Kamina Smith, Minister of External Affairs S. Jaishankar co-chaired the India-CARICOM ministerial meeting.',
    );
    expect(frames.map((f) => f.subjects.map(nameOf))).toEqual([['S. Jaishankar']]);
  });
});

describe('a meeting that "brought together" two people, and a document signed by counterparts', () => {
  it.each([
    'Regional issues were covered during a meeting that brought together Safadi and his Croatian counterpart Gordan Radman.',
    'Regional issues were covered in talks which brought together Safadi and his Croatian counterpart Gordan Radman.',
    'A memorandum of understanding on a joint committee was inked by Safadi and his Croatian counterpart Gordan Radman.',
    'Two agreements were signed by Safadi and his Croatian counterpart Gordan Radman.',
  ])('%s', (sentence) => {
    expect(meetingsOf(lead + sentence)).toEqual([['Ayman Safadi', 'Gordan Radman']]);
  });

  it('officials signing at a ceremony the principals attend are no meeting of their own', () => {
    const text =
      'Foreign Minister Abdullah bin Zayed attended the signing of two MoUs in Dubai.\n\nThe MoU related to culture was signed by Noura Al Kaabi, Minister of Culture, and Rodrigo Malmierca Diaz, Minister of Foreign Trade of Cuba.\n\nAfterwards, Foreign Minister Abdullah bin Zayed held a meeting with Minister Rodrigo Malmierca Diaz.';
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toEqual(expect.arrayContaining(['Abdullah bin Zayed', 'Rodrigo Malmierca Diaz']));
  });
});

describe('a place given as where an event was held says nothing of the meetings’ host', () => {
  it.each([
    'participating at the 78th session of the United Nations General Assembly in New York',
    'attending the summit in New York',
    'at the ministerial conference in New York',
  ])('… %s', (setting) => {
    const text = `Foreign Minister Ayman Safadi held meetings, ${setting}.\n\nSafadi and his Croatian counterpart Gordan Radman held talks on trade.`;
    const safadi = draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Ayman Safadi');
    expect(safadi?.countryCode).toBeNull();
  });

  it('a meeting in a city with no event there: the host is of that country', () => {
    const text =
      'Foreign Minister Ayman Safadi held meetings in Amman.\n\nSafadi and his Croatian counterpart Gordan Radman held talks on trade.';
    expect(draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Ayman Safadi')?.countryCode).toBe('JO');
  });
});

describe('an outlet named after its country', () => {
  it.each([
    ['Jordan News Gazette', 'JO'],
    ['Georgia Today', 'GE'],
    ['Kuwait Times', 'KW'],
    ['Oman Observer', 'OM'],
  ])('%s', (publisher, code) => {
    const text = 'Foreign Minister Ayman Safadi met his Croatian counterpart Gordan Radman in New York on Saturday.';
    expect(draftOf(text, { publisher }).meetings[0]?.participants.find((p) => p.name === 'Ayman Safadi')?.countryCode).toBe(code);
  });
});

describe('"within the framework of" names an event only in its own phrase', () => {
  it('a partnership named before a clause boundary and a later "meeting" make no sidelines', () => {
    const text =
      lead +
      'Bilateral ties, within the framework of the partnership with the EU and regional issues, were covered during a meeting that brought together Safadi and his Croatian counterpart Gordan Radman.';
    expect(draftOf(text).meetings.map((m) => m.kind)).toEqual(['meeting']);
  });

  it('"within the framework of the forum" still does', () => {
    const text =
      'Foreign Minister Ayman Safadi met his Croatian counterpart Gordan Radman within the framework of the Antalya Diplomacy Forum.';
    expect(draftOf(text).meetings.map((m) => m.kind)).toEqual(['sideline_meeting']);
  });
});

describe('a group someone met, named in the next sentence, is one meeting each', () => {
  it.each([
    'The envoys included',
    'The new envoys included',
    'The ambassadors were',
    'These included',
    'The newly accredited ambassadors included',
  ])('"%s A (Uganda), B (Australia) and C (the Sovereign Military Order of Malta)"', (opening) => {
    const text = `Nairobi: President Uhuru Kenyatta on Friday received credentials from three new envoys to Kenya.\n\n${opening} Awere Phibby Otaala (Uganda), Alison Chartres (Australia) and Wilhelm von Trott (the Sovereign Military Order of Malta).`;
    expect(meetingsOf(text)).toEqual([
      ['Awere Phibby Otaala', 'Uhuru Kenyatta'],
      ['Alison Chartres', 'Uhuru Kenyatta'],
      ['Uhuru Kenyatta', 'Wilhelm von Trott'],
    ]);
  });
});

describe('a number of counterparts listed by office after a colon, each of another country', () => {
  const opening =
    'The Honourable Minister of Foreign Affairs, Dr. Mamadou Tangara, held talks with the Foreign Minister of Norway, Ine Eriksen Soreide.\n\n';
  it.each([
    'The Minister’s engagements also had him having talks with a number of other Foreign Ministers: The Spanish Foreign Minister, Turkish Foreign Minister, and Malian Foreign Minister.',
    'Minister Tangara also held talks with several other Foreign Ministers: The Spanish Foreign Minister, Turkish Foreign Minister, and Malian Foreign Minister.',
    'Minister Tangara also held talks with a number of his counterparts: the Spanish Foreign Minister, the Turkish Foreign Minister and the Malian Foreign Minister.',
  ])('%s', (sentence) => {
    const meetings = draftOf(opening + sentence).meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.countryCode ?? '-').sort())).toEqual(
      expect.arrayContaining([
        ['-', 'ES'],
        ['-', 'TR'],
        ['-', 'ML'],
      ]),
    );
    // None of them is the minister himself, whose country the text does not give.
    const tangara = meetings.flatMap((m) => m.participants).filter((p) => p.name === 'Mamadou Tangara');
    expect(new Set(tangara.map((p) => p.countryCode))).toEqual(new Set([null]));
  });

  it('"the foreign ministers of Turkey, Iran and Azerbaijan" named after: still the named people', () => {
    const text =
      'A trilateral meeting of foreign ministers of Turkey, Iran and Azerbaijan was held in Nakhchivan.\n\nOn Wednesday, the three foreign ministers Elmar Mammadyarov, Ali Akbar Salehi and Ahmet Davutoglu held a trilateral meeting.';
    expect(meetingsOf(text)).toEqual([['Ahmet Davutoglu', 'Ali Akbar Salehi', 'Elmar Mammadyarov']]);
  });

  it('"had met" still recalls an earlier meeting; "had him having talks" does not', () => {
    const recalled = `${opening}Minister Tangara had met the Spanish Foreign Minister José Albares in Madrid.`;
    expect(meetingsOf(recalled)).toEqual([['Ine Eriksen Soreide', 'Mamadou Tangara']]);
  });
});

describe('what each of several envoys received together says stays in their own meeting', () => {
  const text = [
    'Nairobi: President Uhuru Kenyatta on Friday received credentials from three new envoys to Kenya.',
    'The envoys included Awere Phibby Otaala (Uganda), Alison Chartres (Australia) and Denys Toscano (Ecuador).',
    '“We congratulate you on your peaceful campaign,” said Ms Otaala.',
    'She said Uganda looks to Kenya as its main ally.',
    'President Kenyatta urged the Ugandan envoy to work closely with Kenya.',
    '“We applaud your commitment to the rule of law,” said Ms Chartres.',
    'She said Australia appreciates the role Kenya has played.',
  ].join('\n\n');
  const statementsOf = (name: string) => {
    const meeting = draftOf(text, { publishedAt: '2017-12-08' }).meetings.find((m) => m.participants.some((p) => p.name === name));
    return meeting?.statements.map((s) => s.text.slice(0, 24)) ?? [];
  };

  it('the list of names is narrative, not a statement', () => {
    for (const name of ['Awere Phibby Otaala', 'Alison Chartres', 'Denys Toscano'])
      expect(statementsOf(name).some((s) => s.startsWith('The envoys included'))).toBe(false);
  });

  it.each([
    ['Awere Phibby Otaala', ['“We congratulate you on ', 'She said Uganda looks to', 'President Kenyatta urged']],
    ['Alison Chartres', ['“We applaud your commitm', 'She said Australia appre']],
    ['Denys Toscano', []],
  ])('%s', (name, expected) => {
    expect(statementsOf(name)).toEqual(expected);
  });
});

describe('the stop of an abbreviated courtesy title ends no list of who was there', () => {
  it.each(['Hon.', 'Dr.', 'H.E.', 'Mr.', 'Prof.', 'Amb.'])('"… was led by %s Foreign Minister …"', (courtesy) => {
    const text = `Nepal and Bangladesh held official bilateral talks today. The Nepali delegation was led by ${courtesy} Foreign Minister Pradeep Kumar Gyawali and the Bangladeshi delegation was led by ${courtesy} Foreign Minister A.K. Abdul Momen.`;
    expect(meetingsOf(text)).toEqual([['A.K. Abdul Momen', 'Pradeep Kumar Gyawali']]);
  });
});

describe('two envoys received in one sentence, one of them told of again later', () => {
  const text = [
    'Talks with incoming ambassadors of Slovakia and Qatar',
    'First Deputy Prime Minister and Minister of Foreign and European Affairs Vesna Pusić received on inaugural visits Slovakian Ambassador Juraj Priputen and Qatari Ambassador Moza Nasser Al-Thani.',
    'Priputen expressed satisfaction with the bilateral relations. “We are happy that Croatia is our partner in the EU,” he said. He announced plans to open consulates. Pusić and Priputen also discussed the Schengen Area.',
    'Ambassador Moza Nasser Al-Thani is the first residential ambassador of Qatar to Croatia.',
  ].join('\n\n');
  const meetingOf = (name: string) =>
    draftOf(text, { publishedAt: null }).meetings.find((m) => m.participants.some((p) => p.name === name && p.role === 'guest'));

  it('what the first says before their meeting is told again is their meeting’s, "he" with it', () => {
    expect(meetingOf('Juraj Priputen')?.statements.map((s) => s.text.slice(0, 20))).toEqual([
      'Priputen expressed s',
      '“We are happy that C',
      'He announced plans t',
      'Pusić and Priputen a',
    ]);
  });

  it('the other meeting has none of it, and the first is no participant of it', () => {
    const other = meetingOf('Moza Nasser Al-Thani');
    expect(other?.participants.map((p) => p.name)).toEqual(['Vesna Pusić', 'Moza Nasser Al-Thani']);
    expect(other?.statements).toEqual([]);
  });
});

describe('a joint passage naming the country of one meeting’s guest only', () => {
  const text = [
    'Croatian Foreign Minister Vesna Pusić received on inaugural visits Slovakian Ambassador Juraj Priputen and Qatari Ambassador Moza Nasser Al-Thani.',
    'Priputen expressed satisfaction with the relations. Pusić and Priputen also discussed the Schengen Area.',
    'Minister Pusić and the Qatari ambassador agreed that relations were good.',
  ].join('\n\n');
  const statementsOf = (name: string) =>
    draftOf(text, { publishedAt: null })
      .meetings.find((m) => m.participants.some((p) => p.name === name && p.role === 'guest'))
      ?.statements.map((s) => s.text.slice(0, 20));

  it('is that meeting’s, wherever it stands', () => {
    expect(statementsOf('Moza Nasser Al-Thani')).toEqual(['Minister Pusić and t']);
    expect(statementsOf('Juraj Priputen')).toEqual(['Priputen expressed s', 'Pusić and Priputen a']);
  });
});

describe('a participle opening the sentence with a counterpart or visitor', () => {
  it.each([
    'Hosting his Tanzania counterpart Samia Suluhu Hassan at statehouse Entebbe, President Yoweri Museveni said relations were good.',
    'Receiving his Tanzanian counterpart Samia Suluhu Hassan at State House, President Yoweri Museveni said relations were good.',
    'Welcoming the visiting President Samia Suluhu Hassan, President Yoweri Museveni said relations were good.',
  ])('%s', (sentence) => {
    const names = meetingsOf(`Museveni hails Tanzania ties\n\n${sentence}`).flat();
    expect(names).toEqual(expect.arrayContaining(['Samia Suluhu Hassan']));
    expect(draftOf(`Museveni hails Tanzania ties\n\n${sentence}`).meetings).toHaveLength(1);
  });

  it('not hosting an event', () => {
    const text = `${lead}Mpotjoana commended Zambia for hosting the 26th SADC Ministerial Committee meeting in Lusaka. Hosting the Committee, Zambia showed leadership.`;
    expect(
      meetingsOf(text)
        .flat()
        .filter((name) => name !== 'Ayman Safadi'),
    ).toEqual([]);
  });
});
