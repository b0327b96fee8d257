import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from new-user trial 131 (a fresh helper loading readouts it found itself), each with its variants and the
// neighbouring cases that must not change. The texts are written for the class, not copied from the readouts.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const names = (text: string, options: Partial<ExtractOptions> = {}) =>
  (draftOf(text, options).meetings[0]?.participants ?? []).map((p) => p.name);

describe('F2: credentials presented on a day the sentence states, to the head of an organisation', () => {
  const credentials = (dateline: string, verb: string) =>
    `Three new Ambassadors present their credentials\n\n${dateline}Three new Ambassadors to the African Union ${verb} their letters of Credence to H.E. Mr. Moussa Faki Mahamat, Chairperson of the African Union (AU) Commission during an audience granted by the AUC Chairperson in Addis Ababa.\n\nIn the same vein, the Ambassador of Jordan to the AU, H.E. Mr. Akram Harahsheh presented his Credentials to the AUC Chairperson.`;

  it.each([
    ['Addis Ababa, Ethiopia – 09 January 2017: ', 'presented on Tuesday, 09 January 2018,'],
    ['', 'presented on Tuesday, 09 January 2018,'],
  ])('%s%s', (dateline, verb) => {
    const meeting = draftOf(credentials(dateline, verb), { publisher: 'African Union' }).meetings[0];
    expect(meeting?.date).toBe('2018-01-09');
    expect(meeting?.participants.map((p) => [p.name, p.role])).toEqual([
      ['Moussa Faki Mahamat', 'host'],
      ['Akram Harahsheh', 'guest'],
    ]);
  });

  it('a dateline’s own date still dates a meeting whose sentence states none', () => {
    const text =
      'Addis Ababa, Ethiopia – 09 January 2018: The Ambassador of Jordan, H.E. Mr. Akram Harahsheh, presented his Credentials to H.E. Mr. Moussa Faki Mahamat, Chairperson of the African Union Commission.';
    expect(draftOf(text).meetings[0]?.date).toBe('2018-01-09');
  });

  it.each([
    ['Permanent Representative of Ethiopia to the African Union', 'ET'],
    ['Ambassador of Ethiopia to the AU', 'ET'],
  ])('one accredited to an organisation is of their country, not of the organisation: %s', (title, country) => {
    const text = `H.E. Mr. Moussa Faki Mahamat, Chairperson of the African Union Commission, received the ${title}, H.E. Mrs Woinshet Tadesse, in Addis Ababa on 9 January 2018.`;
    const participants = draftOf(text, { publisher: 'African Union' }).meetings[0]?.participants ?? [];
    expect(participants.map((p) => [p.name, p.countryCode, p.organization, p.role])).toEqual([
      ['Moussa Faki Mahamat', null, 'African Union', 'host'],
      ['Woinshet Tadesse', country, null, 'guest'],
    ]);
  });

  it.each(['two Ambassadors from New Zeeland and Jordan', 'two Non-AU Members States Ambassadors'])(
    'a misspelt country and a "Non-" word are nobody: %s',
    (phrase) => {
      const text = `Three new Ambassadors presented their credentials to H.E. Mr. Moussa Faki Mahamat, Chairperson of the African Union Commission, in Addis Ababa on 9 January 2018. They are: ${phrase}.`;
      expect(names(text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Zeeland|Non-AU/)]));
    },
  );
});

describe('F3: a meeting that reached what the sides refer to is recalled, not reported', () => {
  it.each([
    'The two sides agreed to concretise the common perceptions reached during the online talk between General Secretary Nguyen Phu Trong and Prime Minister Kishida Fumio in February 2023.',
    'The two sides agreed to implement the agreements reached at the meeting between General Secretary Nguyen Phu Trong and Prime Minister Kishida Fumio in February 2023.',
    'The two sides agreed to implement the outcomes achieved during the talks between General Secretary Nguyen Phu Trong and Prime Minister Kishida Fumio in 2023.',
  ])('%s', (sentence) => {
    const text = `Le Hoai Trung, head of the Commission for External Relations, received Japanese Minister of Foreign Affairs Kamikawa Yoko in Hanoi on 10 October 2023.\n\n${sentence}`;
    const draft = draftOf(text);
    expect(draft.meetings).toHaveLength(1);
    expect(draft.meetings[0]?.statements.filter((s) => s.kind === 'joint')).toHaveLength(1);
  });
});

describe('F5, F6: the publisher’s seat, and the title printed alone in its own readout', () => {
  const call = (publisher: string) =>
    draftOf(
      'The Prime Minister spoke to the Australian Prime Minister, Anthony Albanese, on 6 July 2024.\n\nThe Prime Minister thanked the Australian leader for his congratulations.\n\nThe Prime Minister updated on his recent visit to Kyiv.',
      { publisher },
    ).meetings[0];

  it.each([
    ['10 Downing Street', 'GB'],
    ["Prime Minister's Office, 10 Downing Street", 'GB'],
    ['The Kremlin', 'RU'],
    ['Élysée Palace', 'FR'],
    ['Kantei', 'JP'],
    // A seat several countries' offices share names none of them.
    ['Federal Chancellery of Austria', 'AT'],
    ['Cheong Wa Dae', 'KR'],
    ['Palazzo Chigi', 'IT'],
    ['Zhongnanhai', 'CN'],
  ])('%s', (publisher, country) => {
    const meeting = call(publisher);
    const host = meeting?.participants.find((p) => p.role === 'host');
    expect(host?.countryCode).toBe(country);
  });

  it('"The Prime Minister" of two prime ministers is the publishing side’s', () => {
    const meeting = call('10 Downing Street');
    const host = meeting?.participants.find((p) => p.role === 'host');
    const reported = meeting?.statements.filter((s) => s.kind === 'reported') ?? [];
    expect(reported.map((s) => s.speakerKey)).toEqual([host?.key, host?.key]);
  });

  it('without a publisher, "the premier" of two premiers stays nobody’s', () => {
    const meeting = draftOf(
      'Prime Minister Keir Starmer spoke to Prime Minister Anthony Albanese on 6 July 2024.\n\nThe Prime Minister thanked the Australian leader for his congratulations.',
    ).meetings[0];
    expect(meeting?.statements.filter((s) => s.kind === 'reported')).toEqual([]);
  });

  it('an office in the possessive says nothing ("The Prime Minister’s Office said that …")', () => {
    const meeting = draftOf(
      'Premier Mahinda Rajapaksa met Prime Minister Sheikh Hasina in Dhaka on 20 March 2021.\n\nThe Prime Minister’s Office said that the premiers discussed trade.',
      { publisher: 'The Morning (Sri Lanka)' },
    ).meetings[0];
    expect(meeting?.statements.filter((s) => s.kind === 'reported')).toEqual([]);
  });
});

describe('F6: what one welcomed, and who spoke after "Then"', () => {
  const lead = 'Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister Kamikawa Yoko in Hanoi on 10 October 2023.\n\n';
  it.each([
    ["At the talks, Son welcomed Kamikawa's visit in the anniversary year.", 'reported'],
    ['At the talks, Son welcomed Japan’s support for the project.', 'reported'],
    ['Then the diplomats stated their readiness to work together.', 'joint'],
    ['Later the two ministers agreed to meet again.', 'joint'],
  ])('%s', (sentence, kind) => {
    const meeting = draftOf(lead + sentence).meetings[0];
    expect(meeting?.statements.find((s) => s.text === sentence)?.kind).toBe(kind);
  });

  it('one welcomed in person is still received', () => {
    const draft = draftOf('Foreign Minister Bui Thanh Son welcomed Japan’s Foreign Minister Kamikawa Yoko in Hanoi on 10 October 2023.');
    expect(draft.meetings[0]?.participants.map((p) => p.name)).toEqual(['Bui Thanh Son', 'Kamikawa Yoko']);
  });
});

describe('F10: a photo marker before the headline is no word of it', () => {
  it.each([
    ['(Photo) Japan-Viet Nam Foreign Ministers’ Meeting', 'Japan-Viet Nam Foreign Ministers’ Meeting'],
    ['[Video] Japan-Viet Nam Foreign Ministers’ Meeting', 'Japan-Viet Nam Foreign Ministers’ Meeting'],
    ['Japan-Viet Nam Foreign Ministers’ Meeting (Photo)', 'Japan-Viet Nam Foreign Ministers’ Meeting (Photo)'],
  ])('%s', (line, title) => {
    const text = `${line}\n\nOn 10 October 2023, Foreign Minister Kamikawa Yoko held a meeting with Foreign Minister Bui Thanh Son of Viet Nam in Hanoi.`;
    const draft = draftOf(text);
    expect(draft.title).toBe(title);
    expect(draft.titleSpan && text.slice(draft.titleSpan.start, draft.titleSpan.end)).toBe(title);
  });
});
