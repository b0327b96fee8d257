import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Findings of new-user trial 124 (readouts the trial's user wrote), each as the class with its variants.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const speakersOf = (text: string) =>
  draftOf(text).meetings.map((m) =>
    m.statements.map((s) => (s.speakerKey ? m.participants.find((p) => p.key === s.speakerKey)?.name : s.kind)),
  );
const lead = 'Nigerian Foreign Minister Ngozi Okafor met Ghanaian Foreign Minister Samuel Ablakwa in Abuja on 12 February 2025.\n\n';

describe('F2: a passage whose subject is a title several participants hold', () => {
  it.each([
    ['With Mr. Ablakwa, the Minister discussed the ECOWAS single currency.'],
    ['With Ablakwa, the Foreign Minister discussed the ECOWAS single currency.'],
    ['Together with Mr. Ablakwa, the Minister reviewed the ECOWAS single currency.'],
  ])('"%s" after an opening "with" phrase: the title is the clause’s subject, not the name’s apposition', (sentence) => {
    expect(speakersOf(`${lead}Okafor said the talks were good.\n\n${sentence}`)).toEqual([['Ngozi Okafor', 'Ngozi Okafor']]);
  });

  it.each([
    ['"Ghana and Nigeria must lead by example," the Minister said.'],
    ['"Ghana and Nigeria must lead by example," said the Minister.'],
    ['"Ghana and Nigeria must lead by example," the Foreign Minister said.'],
  ])('a quotation tagged with such a title is kept, for the meeting to give a speaker: %s', (sentence) => {
    expect(speakersOf(`${lead}${sentence}`)[0]).toHaveLength(1);
  });

  it('the readout of the trial keeps the paragraph and its quotation, the Nigerian minister’s', () => {
    const text =
      'Minister Ngozi Adeyemi-Okafor holds meetings on the margins of the African Union Executive Council\n\nADDIS ABABA, Ethiopia, 12 February 2025 — On the margins of the 46th Ordinary Session of the Executive Council of the African Union, the Honourable Minister of Foreign Affairs of the Federal Republic of Nigeria, Ambassador Ngozi Adeyemi-Okafor, held separate bilateral meetings with the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, and the Minister of Foreign Affairs of Senegal, Yassine Fall.\n\nWith Mr. Ablakwa, the Minister discussed the ECOWAS single currency project and visa-free travel along the Abidjan–Lagos corridor. "Ghana and Nigeria must lead by example," the Minister said.\n\nWith Ms. Fall, she reviewed the security situation in the Sahel. The Senegalese minister said that "no country in our region can face terrorism alone."\n\nLater the same day, the Minister attended a trilateral meeting with the Ministers of Foreign Affairs of Ghana and Senegal, at which the three ministers agreed to launch a West African Coastal Security Initiative.\n';
    const meeting = draftOf(text).meetings[0]!;
    const okafor = meeting.participants.find((p) => p.name === 'Ngozi Adeyemi-Okafor')!;
    expect(meeting.statements.filter((s) => s.speakerKey === okafor.key).map((s) => s.text)).toEqual([
      'With Mr. Ablakwa, the Minister discussed the ECOWAS single currency project and visa-free travel along the Abidjan–Lagos corridor.',
      '"Ghana and Nigeria must lead by example," the Minister said.',
    ]);
  });
});

describe('F4: "His counterpart stressed …"', () => {
  const meeting = 'Egyptian Foreign Minister Badr Abdelatty received his Jordanian counterpart Ayman Safadi in Cairo on 18 March 2025.\n\n';
  it.each([
    [
      `${meeting}Abdelatty said Egypt rejects displacement.\n\nHis counterpart stressed the importance of the Arab plan for Gaza.`,
      ['Badr Abdelatty', 'Ayman Safadi'],
    ],
    [`${meeting}His counterpart stressed the importance of the Arab plan for Gaza.`, ['Ayman Safadi']],
    [
      `${meeting}Safadi said Jordan will send aid.\n\nHis counterpart stressed the importance of the Arab plan for Gaza.`,
      ['Ayman Safadi', 'Badr Abdelatty'],
    ],
  ])('is the other side of a meeting of two: %j', (text, speakers) => {
    expect(speakersOf(text)).toEqual([speakers]);
  });

  it('of a meeting of three, nobody the text names by it alone', () => {
    const text =
      'Egyptian Foreign Minister Badr Abdelatty held a trilateral meeting with Jordanian Foreign Minister Ayman Safadi and Iraqi Foreign Minister Fuad Hussein in Cairo on 18 March 2025.\n\nAbdelatty said Egypt rejects displacement.\n\nHis counterpart stressed the importance of the Arab plan for Gaza.';
    expect(speakersOf(text)).toEqual([['Badr Abdelatty']]);
  });
});

describe('F3: a video call received after a phone call', () => {
  it.each([
    ['received a video call from', 'video_call'],
    ['received a virtual call from', 'video_call'],
    ['received a phone call from', 'phone_call'],
  ])('"%s" is a call of its own, of that kind', (phrase, kind) => {
    const text = `Prince Faisal bin Farhan received a phone call today from Indian External Affairs Minister S. Jaishankar.\n\nThey reviewed bilateral relations.\n\nHis Highness also ${phrase} the Foreign Minister of the Hellenic Republic, Giorgos Gerapetritis.`;
    const meetings = draftOf(text, { publishedAt: '2025-01-05' }).meetings;
    expect(meetings.map((m) => [m.kind, m.participants.map((p) => p.name)])).toEqual([
      ['phone_call', ['Prince Faisal bin Farhan', 'S. Jaishankar']],
      [kind, ['Prince Faisal bin Farhan', 'Giorgos Gerapetritis']],
    ]);
  });
});

describe('F1: a trilateral after separate bilateral meetings', () => {
  it('is a meeting of its own, of the three, and its initiative is the three’s', () => {
    const text =
      'On the margins of the AU Executive Council, Nigerian Foreign Minister Ngozi Okafor held separate bilateral meetings with the Foreign Minister of Ghana, Samuel Ablakwa, and the Minister of Foreign Affairs of Senegal, Yassine Fall.\n\nLater the same day, the Minister attended a trilateral meeting with the Ministers of Foreign Affairs of Ghana and Senegal, at which the three ministers agreed to launch a West African Coastal Security Initiative.';
    const meetings = draftOf(text).meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.countryCode))).toEqual([
      ['NG', 'GH'],
      ['NG', 'SN'],
      ['NG', 'GH', 'SN'],
    ]);
    expect(meetings[2]?.initiatives.map((i) => [i.name, i.committedParties.sort()])).toEqual([
      ['West African Coastal Security Initiative', ['GH', 'NG', 'SN']],
    ]);
  });

  it('the neighbour: one who also took part joins the meeting as before', () => {
    const text =
      'Nigerian Foreign Minister Ngozi Okafor met the Foreign Minister of Ghana, Samuel Ablakwa, in Accra.\n\nThe Minister of Foreign Affairs of Senegal, Yassine Fall, also took part in the meeting.';
    expect(draftOf(text).meetings).toHaveLength(1);
  });
});

describe('F6: an agreement signed, named in lower case by its topic', () => {
  it.each([
    ['The two sides signed an agreement on the avoidance of double taxation.', 'agreement on the avoidance of double taxation'],
    [
      'The two sides signed an agreement on the Lao Cai-Hanoi-Haiphong standard-gauge railway feasibility study.',
      'agreement on the Lao Cai-Hanoi-Haiphong standard-gauge railway feasibility study',
    ],
    ['The ministers signed a framework agreement on defence cooperation during the visit.', 'framework agreement on defence cooperation'],
  ])('"%s" is a signed initiative', (sentence, name) => {
    const text = `Chinese Foreign Minister Wang Yi met Vietnamese Foreign Minister Bui Thanh Son in Hanoi on 3 March 2025.\n\n${sentence}`;
    expect(draftOf(text).meetings[0]?.initiatives.map((i) => [i.name, i.status])).toEqual([[name, 'signed']]);
  });

  it.each([
    ['The two sides reached an agreement on the need to cooperate.'],
    ['The two sides signed an agreement on Thursday.'],
    ['The two sides will sign an agreement on trade next year.'],
  ])('not "%s"', (sentence) => {
    const text = `Chinese Foreign Minister Wang Yi met Vietnamese Foreign Minister Bui Thanh Son in Hanoi on 3 March 2025.\n\n${sentence}`;
    expect(draftOf(text).meetings[0]?.initiatives).toEqual([]);
  });
});

describe('F5: "The two ministers also spoke by phone with X"', () => {
  const meeting =
    'NAIROBI, 14 May 2024 – Foreign Minister Anna Berg met Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi in Nairobi today.\n\nThe two ministers discussed trade and regional security.\n\n';
  it.each([
    ['The two ministers also spoke by phone with Somalia’s Foreign Minister Ahmed Moallim Fiqi.'],
    ['Both ministers later held a video call with Somalia’s Foreign Minister Ahmed Moallim Fiqi.'],
    ['The two sides also met Somalia’s Foreign Minister Ahmed Moallim Fiqi.'],
  ])('seats both sides of the meeting just told with the counterpart, in a meeting of its own: %s', (sentence) => {
    const meetings = draftOf(`${meeting}${sentence}`).meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([
      ['Anna Berg', 'Musalia Mudavadi'],
      ['Ahmed Moallim Fiqi', 'Anna Berg', 'Musalia Mudavadi'],
    ]);
  });

  it('"the foreign ministers" (not two, not both) of a group is no such pair', () => {
    const text = `${meeting}In April, the foreign ministers met virtually with Somalia’s Foreign Minister Ahmed Moallim Fiqi.`;
    const meetings = draftOf(text).meetings;
    expect(meetings.some((m) => m.participants.length === 3)).toBe(false);
  });
});

describe('F8: a readout told only by "spoke with"', () => {
  it.each([
    [
      'LONDON, 3 October 2024 – Foreign Secretary David Lammy spoke with Egyptian Foreign Minister Badr Abdelatty today about Lebanon.\n\nThe Foreign Secretary said the UK was working for a ceasefire.',
    ],
    [
      'Prime Minister Rishi Sunak spoke to Japanese Prime Minister Fumio Kishida this morning.\n\nBoth leaders looked forward to meeting in person soon.',
    ],
    ['OTTAWA, May 2, 2025 - Today, the Prime Minister, Mark Carney, spoke with the Prime Minister of Japan, Ishiba Shigeru.'],
  ])('is a call, inferred (confidence below 0.9), placed nowhere: %s', (text) => {
    const [meeting] = draftOf(text).meetings;
    expect(meeting).toMatchObject({ kind: 'phone_call', city: null, countryCode: null });
    expect(meeting!.kindConfidence).toBeLessThan(0.9);
  });

  it.each([
    [
      'Foreign Secretary David Lammy spoke with Egyptian Foreign Minister Badr Abdelatty in Cairo today. They met at the Ministry.',
      'meeting',
    ],
    ['Foreign Secretary David Lammy spoke with Egyptian Foreign Minister Badr Abdelatty today during his visit to Cairo.', 'meeting'],
    [
      'Foreign Secretary David Lammy spoke with Egyptian Foreign Minister Badr Abdelatty on the sidelines of the UN General Assembly.',
      'sideline_meeting',
    ],
  ])('is not a call when the text tells of something done in person: %s', (text, kind) => {
    expect(draftOf(text).meetings[0]?.kind).toBe(kind);
  });
});

describe('a meeting someone joined', () => {
  it.each([
    ['President Ruto joined the meeting with Prime Minister Modi and Chancellor Scholz in Berlin on 12 June 2024.'],
    ['President Ruto attended the talks with Prime Minister Modi and Chancellor Scholz in Berlin on 12 June 2024.'],
    ['President Ruto took part in the meeting with Prime Minister Modi and Chancellor Scholz in Berlin on 12 June 2024.'],
  ])('"joined the meeting with A and B" is one table of three: %s', (text) => {
    expect(draftOf(text).meetings.map((m) => m.participants.length)).toEqual([3]);
  });

  it('the warning that meetings were drafted apart quotes the phrase without trailing space', () => {
    const { warnings } = draftOf('President Ruto met Prime Minister Modi and Chancellor Scholz in Berlin on 12 June 2024.');
    expect(warnings.find((w) => w.includes('drafted apart'))).toContain('("met …")');
  });
});
