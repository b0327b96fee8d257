import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { givenNameFirst } from '../../../src/ingest/assemble/participants.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes from new-user trial 128 (texts the trial wrote in the style of ministries' releases and transcripts), each
// with its variants and the neighbouring cases that must not change.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const transcript = (habit: string, label = 'Sergey Lavrov: Mr Minister, dear friends,') =>
  `Foreign Minister Sergey Lavrov's talks with Foreign Minister of the Islamic Republic of Iran Abbas Araghchi, Moscow, April 18, 2025\n\n${label}\n\nI am pleased to welcome you to Moscow. ${habit} Today, we will discuss our cooperation.\n\nAbbas Araghchi (retranslated from Farsi): Thank you, Mr Lavrov. We are grateful to Russia.`;

describe('F2: a habit told in a speech is not the encounter’s medium', () => {
  it.each([
    'We regularly meet and talk by phone.',
    'We often speak on the phone.',
    'We frequently talk by telephone.',
    'We usually hold phone calls every month.',
  ])('"%s": talks in Moscow', (habit) => {
    const [meeting] = draftOf(transcript(habit), { publisher: 'Ministry of Foreign Affairs of the Russian Federation' }).meetings;
    expect([meeting?.kind, meeting?.city]).toEqual(['talks', 'Moscow']);
  });

  it('a call the text reports is still a call', () => {
    const text = 'Foreign Minister Sergey Lavrov talked by phone with Foreign Minister Abbas Araghchi of Iran on April 18, 2025.';
    expect(draftOf(text).meetings[0]?.kind).toBe('phone_call');
  });
});

describe('F2/F14: a transcript’s label that only salutes opens the speech of the paragraph under it', () => {
  it.each([
    'Sergey Lavrov: Mr Minister, dear friends,',
    'Sergey Lavrov: Dear colleagues,',
    'Foreign Minister Sergey Lavrov: Mr Araghchi, friends,',
  ])('"%s": the welcome is Lavrov’s statement', (label) => {
    const [meeting] = draftOf(transcript('', label), { publisher: 'Ministry of Foreign Affairs of the Russian Federation' }).meetings;
    const welcome = meeting?.statements.find((s) => s.text.includes('pleased to welcome'));
    expect(meeting?.participants.find((p) => p.key === welcome?.speakerKey)?.name).toBe('Sergey Lavrov');
  });

  it('a label with the speech on its own line is read as before', () => {
    const text = transcript('', 'Sergey Lavrov: I am glad to see you.');
    const [meeting] = draftOf(text).meetings;
    expect(meeting?.statements.some((s) => s.text.startsWith('Sergey Lavrov: I am glad'))).toBe(true);
  });
});

describe('F14: an event line with a time and a venue before the city dates and places the meeting', () => {
  const kremlin = (line: string) =>
    `Meeting with President of the Republic of Congo Denis Sassou Nguesso\nVladimir Putin held talks in the Kremlin with President of the Republic of the Congo Denis Sassou Nguesso, who is in Russia on an official visit.\n${line}\n\nPresident of Russia Vladimir Putin: Mr President, friends,\n\nWe are delighted to see you in Moscow.`;
  it.each([
    ['May 10, 2025, 16:00, The Kremlin, Moscow', '2025-05-10'],
    ['May 10, 2025, 16:00, Moscow', '2025-05-10'],
    ['June 3, 2024, 14:30, Novo-Ogaryovo, Moscow', '2024-06-03'],
  ])('"%s": dated %s', (line, date) => {
    const [meeting] = draftOf(kremlin(line), { publisher: 'President of Russia' }).meetings;
    expect([meeting?.date, meeting?.city]).toEqual([date, 'Moscow']);
  });
});

describe('F3: the date of what a relative clause tells of dates no meeting', () => {
  it.each([
    'which entered into force in July 2024',
    'which came into force in July 2024',
    'which took effect in July 2024',
    'ratified in July 2024',
  ])('"… the Economic Partnership Agreement, %s": the second meeting is of the readout’s day', (clause) => {
    const text = `Nairobi, 05/06/2025\n\nHigh Representative Kaja Kallas met today with Cabinet Secretary Musalia Mudavadi in Nairobi. They discussed the Economic Partnership Agreement, ${clause}.\n\nThe High Representative also met with President William Ruto at State House.`;
    const draft = draftOf(text, { publisher: 'European External Action Service' });
    expect(draft.meetings.map((m) => m.date)).toEqual(['2025-06-05', '2025-06-05']);
  });

  it('a meeting the text dates in its own clause keeps that date', () => {
    const text =
      'Nairobi, 05/06/2025\n\nHigh Representative Kaja Kallas met today with Cabinet Secretary Musalia Mudavadi in Nairobi.\n\nOn 3 June 2025, the High Representative also met with President William Ruto at State House.';
    expect(draftOf(text, { publisher: 'European External Action Service' }).meetings.at(-1)?.date).toBe('2025-06-03');
  });
});

describe('F5/F6: the side a delegation is of', () => {
  const male = (lines: string) =>
    `Male, 25 July 2025\n\nPrime Minister Narendra Modi and President of Maldives Dr. Mohamed Muizzu held delegation-level talks in Male today.\n\n${lines}`;
  it.each([
    'The Indian delegation included External Affairs Minister Dr. S. Jaishankar and Foreign Secretary Shri Vikram Misri.',
    'The Indian side included External Affairs Minister Dr. S. Jaishankar and Foreign Secretary Shri Vikram Misri.',
  ])('"%s": Misri is Indian, a host; the bilateral stays talks', (lines) => {
    const [meeting] = draftOf(male(lines), { publisher: 'Ministry of External Affairs, India' }).meetings;
    expect(meeting?.kind).toBe('talks');
    expect(meeting?.participants.find((p) => p.name === 'Vikram Misri')).toMatchObject({ countryCode: 'IN', role: 'host' });
  });

  it('"The Maldivian side included A and B": both are participants of the Maldives, not a statement', () => {
    const [meeting] = draftOf(
      male('The Maldivian side included Minister of Foreign Affairs Dr. Abdulla Khaleel and Minister of Defence Mohamed Ghassan Maumoon.'),
      { publisher: 'Ministry of External Affairs, India' },
    ).meetings;
    expect(meeting?.participants.filter((p) => p.countryCode === 'MV').map((p) => p.name)).toEqual([
      'Mohamed Muizzu',
      'Abdulla Khaleel',
      'Mohamed Ghassan Maumoon',
    ]);
    expect(meeting?.statements.some((s) => s.text.includes('side included'))).toBe(false);
  });

  const au = (middle: string, leader = 'the Minister of Foreign Affairs, Ali Youssif Ahmed Al-Sharif') =>
    `ADDIS ABABA, 3 March 2025: The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, received today ${middle} led by ${leader}.`;
  it.each([
    au('at the AU Headquarters a delegation from the Republic of the Sudan'),
    au('at the AU Headquarters a delegation from Sudan'),
    au('a delegation from Sudan'),
    au('a delegation of the Republic of the Sudan'),
    au('a delegation from Sudan', 'the Minister of Foreign Affairs, H.E. Ambassador Ali Youssif Ahmed Al-Sharif'),
  ])('"%s": the Sudanese minister leads it', (text) => {
    const [meeting] = draftOf(text, { publisher: 'African Union Commission' }).meetings;
    expect(meeting?.participants.find((p) => p.name === 'Ali Youssif Ahmed Al-Sharif')).toMatchObject({
      countryCode: 'SD',
      title: 'Minister of Foreign Affairs',
      role: 'guest',
    });
  });
});

describe('F4: the items of a list a meeting verb announces with a colon', () => {
  const list = (bullet: string, lead = 'On 23 September, External Affairs Minister Dr. S. Jaishankar met:') =>
    `New York, September 24, 2025\n\n${lead}\n\n${bullet} Foreign Minister of Guyana Mr. Hugh Hilton Todd\n${bullet} Foreign Minister of Paraguay Mr. Rubén Ramírez Lezcano\n${bullet} Secretary-General of the United Nations Mr. António Guterres\n`;
  it.each([
    list('•'),
    list('-'),
    list('*'),
    list('•', 'On 23 September, External Affairs Minister Dr. S. Jaishankar held bilateral meetings with:'),
    list('•', 'On 23 September, External Affairs Minister Dr. S. Jaishankar met the following:'),
  ])('one meeting per item (%#)', (text) => {
    const draft = draftOf(text, { publisher: 'Ministry of External Affairs, India' });
    expect(draft.meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['S. Jaishankar', 'Hugh Hilton Todd'],
      ['S. Jaishankar', 'Rubén Ramírez Lezcano'],
      ['S. Jaishankar', 'António Guterres'],
    ]);
    expect(draft.meetings.map((m) => m.date)).toEqual(['2025-09-23', '2025-09-23', '2025-09-23']);
  });

  it('a list under a line that announces no meeting is no meeting', () => {
    const text = list('•', 'On 23 September, External Affairs Minister Dr. S. Jaishankar thanked:');
    expect(draftOf(text).meetings).toEqual([]);
  });

  it('"co-chaired the IBSA Foreign Ministers\' meeting with A and B" is one table of three', () => {
    const text =
      "New York, September 24, 2025\n\nEAM Dr. S. Jaishankar co-chaired the IBSA Foreign Ministers' meeting with Brazil's Foreign Minister Mauro Vieira and South Africa's Minister of International Relations and Cooperation Ronald Lamola.";
    expect(draftOf(text).meetings.map((m) => m.participants.length)).toEqual([3]);
  });
});

describe('F15: two offices of two people, printed as one subject, speak together', () => {
  const lead = 'Deputy Secretary of State Christopher Landau met with Indian Foreign Secretary Vikram Misri in Washington on 14 July 2025.';
  it.each([
    ['The Deputy Secretary and Foreign Secretary discussed the Quad.', null],
    ['The Deputy Secretary and the Foreign Secretary discussed the Quad.', null],
    ['The Foreign Secretary discussed the Quad.', 'Vikram Misri'],
  ])('"%s": spoken by %s (null: both)', (sentence, speaker) => {
    const meeting = draftOf(`${lead} ${sentence}`, { publisher: 'U.S. Department of State' }).meetings[0];
    const statement = meeting?.statements.find((s) => s.text.includes('Quad'));
    expect(statement ? (meeting?.participants.find((p) => p.key === statement.speakerKey)?.name ?? null) : 'none').toBe(speaker);
  });

  it('one person’s double office stays theirs', () => {
    const text =
      'Deputy Prime Minister and Foreign Minister Ishaq Dar met Foreign Minister Hakan Fidan of Türkiye in Ankara on 4 March 2025. The Deputy Prime Minister and Foreign Minister stressed the importance of trade.';
    const meeting = draftOf(text).meetings[0];
    const statement = meeting?.statements.find((s) => s.text.includes('trade'));
    expect(meeting?.participants.find((p) => p.key === statement?.speakerKey)?.name).toBe('Ishaq Dar');
  });
});

describe('F12: "the Deputy Minister" refers back to the Deputy Foreign Minister the text named', () => {
  it.each(['Deputy Foreign Minister Mikhail Galuzin', 'Deputy Minister of Foreign Affairs Mikhail Galuzin'])(
    '"%s … Yesterday, the Deputy Minister had a telephone conversation with …": Galuzin',
    (named) => {
      const text = `MOSCOW, 6 March 2025 – ${named} held consultations with Ambassador of the Republic of Armenia to Russia Gurgen Arsenyan on 4 March.\n\nYesterday, the Deputy Minister had a telephone conversation with Deputy Foreign Minister of Georgia Lasha Darsalia.`;
      const draft = draftOf(text, { publisher: 'Ministry of Foreign Affairs of the Russian Federation' });
      expect(draft.meetings.at(-1)?.participants.map((p) => p.name)).toEqual(['Mikhail Galuzin', 'Lasha Darsalia']);
    },
  );
});

describe('F8/F19: what the verb before an initiative says of it', () => {
  const lead = 'Prime Minister Narendra Modi and President of Maldives Dr. Mohamed Muizzu held talks in Male on 25 July 2025.';
  const statusOf = (sentence: string, name: RegExp) =>
    draftOf(`${lead} ${sentence}`).meetings[0]?.initiatives.find((i) => name.test(i.name))?.status;
  it.each([
    ['The leaders launched negotiations on the India-Maldives Free Trade Agreement.', 'agreed'],
    ['The leaders launched formal negotiations on the India-Maldives Free Trade Agreement.', 'agreed'],
    ['The leaders launched talks on the India-Maldives Free Trade Agreement.', 'agreed'],
    ['The leaders launched the India-Maldives Free Trade Agreement.', 'implemented'],
    ['The leaders signed the India-Maldives Free Trade Agreement.', 'signed'],
  ])('"%s": %s', (sentence, status) => {
    expect(statusOf(sentence, /Free Trade Agreement/)).toBe(status);
  });

  it.each([
    [
      'Vieira said that Brazil appreciates the Global Development Initiative proposed by President Xi Jinping and will strengthen coordination within BRICS.',
      'discussed',
    ],
    [
      'Vieira said that Brazil appreciates the initiative put forward by President Xi Jinping and will strengthen coordination within BRICS.',
      'discussed',
    ],
    ['Vieira proposed a BRICS summit on the matter.', 'proposed'],
  ])('"%s": BRICS is %s', (sentence, status) => {
    const text = `On November 14, 2025, Foreign Minister Wang Yi held a phone conversation with Brazilian Foreign Minister Mauro Vieira. ${sentence}`;
    const brics = draftOf(text, { initiatives: defaultInitiatives }).meetings[0]?.initiatives.find((i) => i.slug === 'brics');
    expect(brics?.status).toBe(status);
  });
});

describe('F7: documents listed under "were signed:" are signed', () => {
  const lead = 'President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev of Uzbekistan in Astana on 14 May 2024.';
  const statuses = (list: string) =>
    Object.fromEntries((draftOf(`${lead}\n\n${list}`).meetings[0]?.initiatives ?? []).map((i) => [i.name, i.status]));
  it.each([
    [
      'Following the talks, the following documents were signed:\n- Treaty on Allied Relations;\n- Memorandum of Understanding on cooperation in water management.',
    ],
    [
      'The following documents were signed:\n\n• Treaty on Allied Relations\n\n• Memorandum of Understanding on cooperation in water management',
    ],
    ['The sides signed:\n1. Treaty on Allied Relations;\n2. Memorandum of Understanding on cooperation in water management.'],
    ['The sides signed: a) Treaty on Allied Relations; b) Memorandum of Understanding on cooperation in water management.'],
    [
      'The following documents were signed: the Treaty on Allied Relations and the Memorandum of Understanding on cooperation in water management.',
    ],
  ])('%j: both signed', (list) => {
    expect(statuses(list)).toMatchObject({
      'Treaty on Allied Relations': 'signed',
      'Memorandum of Understanding on cooperation in water management': 'signed',
    });
  });

  it.each([
    [
      'The following documents were discussed:\n- Treaty on Allied Relations;\n- Memorandum of Understanding on cooperation in water management.',
      'discussed',
    ],
    [
      'The sides agreed to prepare:\n- Treaty on Allied Relations;\n- Memorandum of Understanding on cooperation in water management.',
      'agreed',
    ],
    [
      'Several documents were signed in the presence of the two presidents.\n\nThe presidents also discussed the following:\n- Treaty on Allied Relations\n- Memorandum of Understanding on cooperation in water management',
      'discussed',
    ],
    [
      'The sides signed an agreement.\n- Treaty on Allied Relations\n- Memorandum of Understanding on cooperation in water management\n\nThe presidents agreed to meet again next year.',
      'discussed',
    ],
  ])('%j: %s', (list, status) => {
    expect(statuses(list)['Treaty on Allied Relations']).toBe(status);
  });
});

describe('F7: a named pipeline is an initiative, and a format’s name inside it no mention of the format', () => {
  const lead = 'President Kassym-Jomart Tokayev held talks with President Xi Jinping of China in Astana on 14 May 2024.';
  const slugsOf = (sentence: string) =>
    (draftOf(`${lead} ${sentence}`, { initiatives: defaultInitiatives }).meetings[0]?.initiatives ?? []).map((i) => i.name);
  it.each([
    ['They discussed the Central Asia-China Gas Pipeline.', 'Central Asia-China Gas Pipeline'],
    ['They signed the Agreement on the Central Asia–China Gas Pipeline.', 'Agreement on the Central Asia–China Gas Pipeline'],
    ['They discussed the Odessa-Brody-Gdansk pipeline.', 'Odessa-Brody-Gdansk pipeline'],
    ['They discussed the TAPI gas pipeline.', 'TAPI gas pipeline'],
    ['They discussed the Balticconnector gas pipeline.', 'Balticconnector gas pipeline'],
  ])('"%s": %s', (sentence, name) => {
    expect(slugsOf(sentence)).toEqual([name]);
  });

  it.each([
    ['They discussed the Central Asia-China format.', 'China + Central Asia foreign ministers’ meeting'],
    ['They discussed cooperation on a gas pipeline.', undefined],
  ])('"%s": %s', (sentence, name) => {
    expect(slugsOf(sentence)[0]).toBe(name);
  });
});

describe('F11: a meeting still to come is announced, not drafted, and the warning says so', () => {
  const announced = (text: string) => draftOf(text, { publishedAt: '2025-03-03' });
  it.each([
    'Foreign Minister Penny Wong will travel to Jakarta on 10 March to hold talks with Indonesian Foreign Minister Sugiono.',
    'Foreign Minister Penny Wong is due to travel to Jakarta on 10 March to hold official talks with Indonesian Foreign Minister Sugiono.',
    'Foreign Minister Penny Wong will meet Indonesian Foreign Minister Sugiono in Jakarta next week.',
    'Foreign Minister Penny Wong is expected to meet Indonesian Foreign Minister Sugiono in Jakarta on 10 March.',
    'Foreign Minister Penny Wong plans to visit Jakarta for a meeting with Indonesian Foreign Minister Sugiono.',
  ])('"%s": no meeting, and the warning quotes the sentence', (sentence) => {
    const draft = announced(`Wong to visit Jakarta\n\n${sentence} The ministers are expected to discuss maritime security.`);
    expect(draft.meetings).toEqual([]);
    expect(draft.warnings.join(' ')).toContain('announces a meeting still to come');
    expect(draft.warnings.join(' ')).toContain(sentence.slice(0, 40));
  });

  it('a text of no meeting at all keeps the plain warning', () => {
    const draft = announced('The weather in Jakarta was fine on Monday, the Bureau of Meteorology said.');
    expect(draft.warnings).toContain('no sentence says who met whom; this does not look like a meeting readout');
  });

  it.each([
    'Foreign Minister Penny Wong travelled to Jakarta on 3 March to hold talks with Indonesian Foreign Minister Sugiono.',
    'Foreign Minister Penny Wong held talks with Indonesian Foreign Minister Sugiono in Jakarta on 3 March. They will meet again in May.',
  ])('"%s": a meeting held is drafted', (text) => {
    expect(announced(text).meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([['Penny Wong', 'Sugiono']]);
  });
});

describe('F10: where a meeting was held is no participant', () => {
  const lead =
    'ABU DHABI, 12th May, 2025 (WAM) -- Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Bakhtiyor Saidov, Minister of Foreign Affairs of Uzbekistan.';
  it.each([
    'During the meeting, held at Qasr Al Shati, Sheikh Abdullah and Saidov discussed trade.',
    'During the meeting, held at Qasr Al Watan, Sheikh Abdullah and Saidov discussed trade.',
    'During the talks, which took place at Al Bateen Palace, Sheikh Abdullah and Saidov discussed trade.',
    'During the meeting, held in Al Shati Palace, Sheikh Abdullah and Saidov discussed trade.',
  ])('"%s": two participants', (sentence) => {
    const [meeting] = draftOf(`${lead}\n\n${sentence}`, { publisher: 'Emirates News Agency (WAM)' }).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual(['Sheikh Abdullah bin Zayed Al Nahyan', 'Bakhtiyor Saidov']);
  });
});

describe('F20: the head of an organisation’s secretariat takes no country from the place', () => {
  it.each([
    ['NEW YORK, September 23, 2025 - Foreign Minister of Guyana Hugh Todd met Secretary-General António Guterres.', 'António Guterres'],
    ['JAKARTA, May 3, 2024 - Foreign Minister of Guyana Hugh Todd met Secretary-General Kao Kim Hourn.', 'Kao Kim Hourn'],
    [
      'GENEVA, May 3, 2024 - Foreign Minister of Guyana Hugh Todd met Director-General Tedros Adhanom Ghebreyesus.',
      'Tedros Adhanom Ghebreyesus',
    ],
  ])('"%s": %s has no country', (text, name) => {
    expect(draftOf(text).meetings[0]?.participants.find((p) => p.name === name)?.countryCode).toBeNull();
  });

  it('a president met in his capital is still of its country', () => {
    const text = 'JAKARTA, May 3, 2024 - Foreign Minister of Guyana Hugh Todd met President Joko Widodo.';
    expect(draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Joko Widodo')?.countryCode).toBe('ID');
  });
});

describe('F13: a family name printed first in capitals', () => {
  it.each([
    ['BUI Thanh Son', 'Bui Thanh Son'],
    ['NGUYEN Minh Vu', 'Nguyen Minh Vu'],
    ['WANG Yi', 'Wang Yi'],
    ['PARK Jin', 'Park Jin'],
    ['CHO Tae-yul', 'Cho Tae-yul'],
    ['IWAYA Takeshi', 'Takeshi Iwaya'],
    ['MOTEGI Toshimitsu', 'Toshimitsu Motegi'],
    ['Catherine COLONNA', 'Catherine Colonna'],
  ])('"%s" is recorded as "%s"', (printed, name) => {
    expect(givenNameFirst(printed)).toBe(name);
  });
});
