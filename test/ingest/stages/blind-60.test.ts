import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { readText } from './read.js';

// Classes found while tuning on blind set 60 (after its first run), each written as the class with its variants and,
// where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: [], people: [] };

describe('a country in brackets after an outlet’s name is where the outlet is', () => {
  const text = 'Prime Minister Chris Hipkins met Fiji’s prime minister Sitiveni Rabuka in Wellington on 14 June 2023.';
  const hostOf = (publisher: string) => {
    const host = extractReadout(text, { ...base, publisher }).meetings[0]?.participants.find((p) => p.role === 'host');
    return [host?.name, host?.countryCode];
  };
  it.each([
    ['Indian Weekender (New Zealand)', 'Chris Hipkins', 'NZ'],
    ['Indian Weekender (indianweekender.co.nz, New Zealand)', 'Chris Hipkins', 'NZ'],
    ['Fiji Times (Fiji)', 'Sitiveni Rabuka', 'FJ'],
  ])('%s → host %s of %s', (publisher, host, country) => {
    expect(hostOf(publisher)).toEqual([host, country]);
  });

  it('without brackets the name still says it ("Indian Express" is India’s)', () => {
    expect(hostOf('Indian Express')).toEqual(['Chris Hipkins', 'IN']);
  });
});

describe('an aide "of President X": the name is the principal’s, not the aide’s', () => {
  const mentionsOf = (text: string) =>
    readText(text).sentences.flatMap((s) =>
      s.people.map((m) => [m.name && text.slice(m.name.start, m.name.end), m.title && text.slice(m.title.start, m.title.end)]),
    );
  it.each([
    ['the special envoy of President Teodoro Obiang Nguema Mbasogo told reporters', ['special envoy', 'Teodoro Obiang Nguema Mbasogo']],
    ['The Special Envoy of President Paul Biya was received', ['Special Envoy', 'Paul Biya']],
  ])('%s', (text, [aide, principal]) => {
    expect(mentionsOf(`${text}.`)).toEqual([
      [null, aide],
      [principal, expect.stringMatching(/^(?:President|Prime Minister)$/)],
    ]);
  });

  it('"Adviser to the President Hikmat Hajiyev" is the adviser named', () => {
    expect(mentionsOf('Foreign Policy Adviser to the President Hikmat Hajiyev met him.')).toEqual([
      ['Hikmat Hajiyev', 'Foreign Policy Adviser to the President'],
    ]);
  });
});

// latinnews' trilateral: "A, B and C led the US delegation", "D and E attended on behalf of Guatemala", "with F
// leading the Mexican delegation" — those who led a delegation or attended for a country were at the meeting at hand.
describe('who led a delegation, or attended on behalf of a country', () => {
  const lead = 'Foreign Minister Anna Berg met Foreign Minister Pekka Laine in Oslo on 3 May 2024.';
  const namesOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name));
  it.each([
    ['Deputy Minister Kim Hyun led the Korean delegation.', ['Kim Hyun']],
    ['Deputy Minister Kim Hyun headed the delegation of the Republic of Korea.', ['Kim Hyun']],
    ['State Secretary Jan Novak and Ambassador Eva Kral attended on behalf of Czechia.', ['Jan Novak', 'Eva Kral']],
  ])('"%s"', (sentence, more) => {
    expect(namesOf(`${lead} ${sentence}`)).toEqual([['Anna Berg', 'Pekka Laine', ...more]]);
  });

  it('"… and D, who led the delegation" is one of a list of people met, not a subject of the sentence (blind-49)', () => {
    const text =
      'Minister Anna Berg on Friday 3 May 2024 granted three separate audiences to two Ambassadors and a delegation. They were Ambassador Wang Yingwu of China, Ambassador Ramon Gonzalez of Spain and Mme Diana Greve who led the crisis management delegation.';
    const meetings = extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name));
    expect(meetings.every((names) => names.length === 2 && names.includes('Anna Berg'))).toBe(true);
  });
});
