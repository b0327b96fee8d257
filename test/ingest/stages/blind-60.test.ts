import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

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
