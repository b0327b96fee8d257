import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// "Paid a call on/to" someone is a visit in person, as a courtesy call is; the one who called came to the other, who
// received them at home. A call made to someone, or someone called, stays a telephone call.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2023-05-04' };
const first = (text: string) => extractReadout(text, base).meetings[0]!;

describe('a call paid on someone is a visit in person, and the one called on is at home', () => {
  it.each([
    ['Foreign Minister Ali Sabry paid a call to Prime Minister Lee Hsien Loong in Singapore on 3 May 2023.'],
    ['Foreign Minister Ali Sabry paid a call on Prime Minister Lee Hsien Loong in Singapore on 3 May 2023.'],
    ['Foreign Minister Ali Sabry paid calls on Prime Minister Lee Hsien Loong in Singapore on 3 May 2023.'],
    ['Foreign Minister Ali Sabry paid a courtesy call on Prime Minister Lee Hsien Loong in Singapore on 3 May 2023.'],
    ['Foreign Minister Ali Sabry, who is on an official visit, called on Prime Minister Lee Hsien Loong in Singapore on 3 May 2023.'],
    ['Foreign Minister Ali Sabry has paid a farewell call on Prime Minister Lee Hsien Loong in Singapore on 3 May 2023.'],
  ])('%s', (text) => {
    const meeting = first(text);
    expect(meeting.kind).toBe('meeting');
    expect(meeting.city).toBe('Singapore');
    const byName = Object.fromEntries(meeting.participants.map((p) => [p.name, p]));
    expect(byName['Lee Hsien Loong']).toMatchObject({ role: 'host', countryCode: 'SG' });
    expect(byName['Ali Sabry']).toMatchObject({ role: 'guest', countryCode: null });
  });
});

describe('a call made to someone, or someone called, stays a telephone call', () => {
  it.each([
    ['Foreign Minister Ali Sabry made a call to Prime Minister Lee Hsien Loong on 3 May 2023.'],
    ['Foreign Minister Ali Sabry made a phone call to Prime Minister Lee Hsien Loong on 3 May 2023.'],
    ['Foreign Minister Ali Sabry called Prime Minister Lee Hsien Loong on 3 May 2023.'],
    ['Foreign Minister Ali Sabry held a telephone conversation with Prime Minister Lee Hsien Loong on 3 May 2023.'],
  ])('%s', (text) => {
    const meeting = first(text);
    expect(meeting.kind).toBe('phone_call');
    expect(meeting.participants.map((p) => p.name).sort()).toEqual(['Ali Sabry', 'Lee Hsien Loong']);
  });
});

describe('an invitation to pay a visit is no meeting, and its sentence stays a statement', () => {
  it('"invited him to pay a visit to Bucharest"', () => {
    const meeting = first(
      'Foreign Minister Bogdan Aurescu met Foreign Minister Nikos Christodoulides in Nicosia on 3 May 2023.\n\n' +
        'Minister Aurescu invited his Cypriot counterpart to pay a visit to Bucharest.',
    );
    expect(meeting.statements.filter((s) => s.kind === 'reported')).toHaveLength(1);
  });
});
