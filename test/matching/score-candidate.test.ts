import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../src/ingest/draft.js';
import { samePerson, scoreCandidate, type StoredParticipant } from '../../src/modules/documents/matching.js';

// The matcher's rules, one row each: what makes a stored meeting a candidate for a draft's meeting, and what does not.

const person = (personId: string, name: string, countryCode: string | null): StoredParticipant => ({
  personId,
  name,
  aliases: [],
  countryCode,
});
const wang = person('00000000-0000-4000-8000-000000000001', 'Wang Yi', 'CN');
const lavrov = person('00000000-0000-4000-8000-000000000002', 'Sergey Lavrov', 'RU');
const blinken = person('00000000-0000-4000-8000-000000000003', 'Antony J. Blinken', 'US');

const stored = (overrides: Partial<Parameters<typeof scoreCandidate>[2]> = {}) => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  title: 'Lavrov–Wang call',
  kind: 'phone_call',
  date: new Date('2021-08-16T00:00:00Z'),
  city: null,
  country_code: null,
  people: [lavrov, wang],
  ...overrides,
});

const participant = (name: string, countryCode: string | null, personId: string | null = null) =>
  ({
    key: name,
    name,
    title: null,
    countryCode,
    organization: null,
    role: 'participant',
    personId,
    printedName: name,
    printedTitle: null,
    span: null,
    titleSpan: null,
    confidence: 0.9,
  }) as unknown as MeetingDraft['participants'][number];

const draft = (overrides: Partial<MeetingDraft> = {}) =>
  ({
    date: '2021-08-16',
    kind: 'phone_call',
    city: null,
    countryCode: null,
    participants: [participant('Wang Yi', 'CN'), participant('Sergey Lavrov', 'RU')],
    ...overrides,
  }) as MeetingDraft;

describe('scoreCandidate', () => {
  it.each([
    ['the same call, same day, both people by name', draft(), stored(), true],
    ["a day apart (the two capitals' dates differ)", draft({ date: '2021-08-17' }), stored(), true],
    ['two days apart', draft({ date: '2021-08-18' }), stored(), false],
    ['no date', draft({ date: null }), stored(), false],
    ['a call and a visit', draft({ kind: 'visit' }), stored(), false],
    ['a call and a video call', draft({ kind: 'video_call' }), stored(), true],
    ['a readout that never says how they met ("spoke with") and a call', draft({ kind: 'meeting' }), stored(), true],
    ['talks and a sideline meeting', draft({ kind: 'talks' }), stored({ kind: 'sideline_meeting' }), true],
    [
      'same principal, same day, another counterpart (a false candidate)',
      draft({ participants: [participant('Sergey Lavrov', 'RU'), participant('Antony Blinken', 'US')] }),
      stored(),
      false,
    ],
    ['the one person a side names, nothing else differing', draft({ participants: [participant('Wang Yi', 'CN')] }), stored(), true],
    [
      'the one person a side names, but the day differs',
      draft({ date: '2021-08-17', participants: [participant('Wang Yi', 'CN')] }),
      stored(),
      false,
    ],
    ['one person on each side', draft({ participants: [participant('Wang Yi', 'CN')] }), stored({ people: [wang] }), false],
    [
      'different cities',
      draft({ kind: 'talks', city: 'Phnom Penh', countryCode: 'KH' }),
      stored({ kind: 'talks', city: 'Beijing', country_code: 'CN' }),
      true,
    ],
    [
      'by person id, names printed differently',
      draft({ participants: [participant('王毅', null, wang.personId), participant('S. Lavrov', null, lavrov.personId)] }),
      stored(),
      true,
    ],
  ])('%s → candidate: %s', (_name, meeting, row, expected) => {
    expect(scoreCandidate(0, meeting, row) !== null).toBe(expected);
  });

  it('scores the same day, kind and place above a day apart in another city, and gives the evidence', () => {
    const here = scoreCandidate(
      0,
      draft({ kind: 'talks', city: 'Moscow', countryCode: 'RU' }),
      stored({ kind: 'talks', city: 'Moscow', country_code: 'RU' }),
    )!;
    const there = scoreCandidate(
      0,
      draft({ kind: 'talks', date: '2021-08-17', city: 'Kazan', countryCode: 'RU' }),
      stored({ kind: 'sideline_meeting', city: 'Moscow', country_code: 'RU' }),
    )!;
    expect(here.score).toBe(1);
    expect(there.score).toBeLessThan(here.score);
    expect(here.evidence).toEqual({
      dateDifferenceDays: 0,
      kind: { draft: 'talks', meeting: 'talks' },
      people: [
        { personId: lavrov.personId, name: 'Sergey Lavrov' },
        { personId: wang.personId, name: 'Wang Yi' },
      ],
      place: 'same',
    });
    expect(there.evidence).toMatchObject({ dateDifferenceDays: 1, place: 'same_country' });
  });
});

describe('samePerson', () => {
  it.each([
    ['the same id', { personId: wang.personId, name: 'x', countryCode: null }, wang, true],
    ['the name with an initial', { personId: null, name: 'Antony Blinken', countryCode: 'US' }, blinken, true],
    [
      'another person id but the same name (stored twice)',
      { personId: lavrov.personId, name: 'Antony Blinken', countryCode: 'US' },
      blinken,
      true,
    ],
    ['the same name of another country', { personId: null, name: 'Antony Blinken', countryCode: 'GB' }, blinken, false],
    ['a surname alone', { personId: null, name: 'Blinken', countryCode: 'US' }, blinken, false],
    [
      'an initial and the surname',
      { personId: null, name: 'S. Jaishankar', countryCode: 'IN' },
      person('j', 'Subrahmanyam Jaishankar', 'IN'),
      true,
    ],
    [
      'the full name against an initial',
      { personId: null, name: 'Subrahmanyam Jaishankar', countryCode: 'IN' },
      person('j', 'S. Jaishankar', 'IN'),
      true,
    ],
    ['another initial', { personId: null, name: 'K. Jaishankar', countryCode: 'IN' }, person('j', 'Subrahmanyam Jaishankar', 'IN'), false],
    ['an initial and a short surname', { personId: null, name: 'W. Yi', countryCode: 'CN' }, person('w', 'Wang Yi', 'CN'), false],
    // A style that opens a name is no office (trial finding: the Saudi side's "Prince Faisal bin Farhan").
    [
      'a style before the name: "Prince Faisal bin Farhan"',
      { personId: null, name: 'Prince Faisal bin Farhan', countryCode: 'SA' },
      person('f', 'Faisal bin Farhan Al Saud', 'SA'),
      true,
    ],
    [
      '"Sheikh Tamim" is "Tamim bin Hamad Al Thani"',
      { personId: null, name: 'Sheikh Tamim bin Hamad', countryCode: 'QA' },
      person('t', 'Tamim bin Hamad Al Thani', 'QA'),
      true,
    ],
    [
      '"Emir of Qatar" stays an office',
      { personId: null, name: 'Emir of Qatar', countryCode: 'QA' },
      person('t', 'Tamim bin Hamad Al Thani', 'QA'),
      false,
    ],
    // One side never names the office-holder: the same office of the same country is the one person, either way round.
    [
      'an office both sides never name, of one country',
      { personId: null, name: 'Foreign Minister (CN)', countryCode: 'CN' },
      person('x', 'Foreign Minister (CN)', 'CN'),
      true,
    ],
    [
      'an office one side never names, the other side’s named holder of it',
      { personId: null, name: 'Foreign Secretary (GB)', countryCode: 'GB' },
      { ...person('c', 'James Cleverly', 'GB'), title: 'Foreign Secretary' },
      true,
    ],
    [
      'a named holder against the office stored from the other side',
      { personId: null, name: 'James Cleverly', countryCode: 'GB', title: 'Secretary of State for Foreign Affairs' },
      { ...person('o', 'Foreign Secretary (GB)', 'GB'), title: 'Foreign Secretary' },
      true,
    ],
    [
      'the office in another wording: "Minister of Foreign Affairs" is the foreign minister',
      { personId: null, name: 'Foreign Minister (TJ)', countryCode: 'TJ' },
      { ...person('m', 'Sirojiddin Muhriddin', 'TJ'), title: 'Minister of Foreign Affairs' },
      true,
    ],
    [
      'the same office of another country',
      { personId: null, name: 'Foreign Minister (CN)', countryCode: 'CN' },
      { ...person('x', 'Sergey Lavrov', 'RU'), title: 'Foreign Minister' },
      false,
    ],
    [
      'another office of the same country',
      { personId: null, name: 'Prime Minister (GB)', countryCode: 'GB' },
      { ...person('c', 'James Cleverly', 'GB'), title: 'Foreign Secretary' },
      false,
    ],
    [
      'an office without a country',
      { personId: null, name: 'Foreign Minister', countryCode: null },
      person('x', 'Foreign Minister', 'CN'),
      false,
    ],
    [
      'a named holder whose title is not recorded',
      { personId: null, name: 'Foreign Secretary (GB)', countryCode: 'GB' },
      person('c', 'James Cleverly', 'GB'),
      false,
    ],
    [
      'an alias',
      { personId: null, name: 'Wang Yi', countryCode: 'CN' },
      { ...person('y', 'WANG Yi (王毅)', 'CN'), aliases: ['Wang Yi'] },
      true,
    ],
  ])('%s → %s', (_name, draftPerson, storedPerson, expected) => {
    expect(samePerson(draftPerson, storedPerson)).toBe(expected);
  });
});
