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
