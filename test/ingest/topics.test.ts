import { describe, expect, it } from 'vitest';
import { topicsOf } from '../../src/ingest/assemble/topics.js';

// A statement's topics: subjects from the readout lexicon, countries other than the meeting's own, regions.

describe('topicsOf', () => {
  it.each([
    ['subjects in lexicon order', 'They discussed COVID-19 vaccines, trade and investment.', [], ['trade', 'investment', 'health']],
    ['a country named, not one of the meeting', "Blinken raised Russia's war against Ukraine.", ['US', 'CN'], ['Russia', 'Ukraine']],
    ["the meeting's own countries are no topic", 'China and the United States should manage differences.', ['US', 'CN'], []],
    ['a demonym is no topic', 'The Chinese side stressed its position.', [], []],
    ['a given name that is also a country is no topic', 'Minister Jordan Smith spoke.', [], []],
    ['… nor "Israel Katz"', 'Foreign Minister Israel Katz spoke.', [], []],
    // Trial finding: Israel was never a topic, as a country's name that is also a given name.
    ['a country whose name is also a given name, with none after it', "He supported Israel's right to defend itself.", [], ['Israel']],
    ['… in a list of countries', 'The situation in Israel and Gaza, Jordan and Lebanon.', [], ['Israel', 'Jordan', 'Lebanon', 'Gaza']],
    ['… before another country', 'Talks on Georgia Ukraine relations.', [], ['Georgia', 'Ukraine']],
    [
      'a region, as printed, and no country inside it',
      'Stability in the South China Sea and the Middle East.',
      [],
      ['South China Sea', 'Middle East'],
    ],
    ['a region word in lower case is no region', 'the gulf between the two positions', [], []],
    // New-user trial 101: "the Gulf of Guinea" had given "Guinea" and "Gulf"; a longer region is read before its parts.
    [
      'a gulf named after a country: Gulf of Guinea',
      'They discussed maritime security in the Gulf of Guinea.',
      [],
      ['maritime', 'Gulf of Guinea'],
    ],
    ['a gulf named after a country: Gulf of Mexico', 'They spoke of the Gulf of Mexico.', [], ['Gulf of Mexico']],
    ['a sea named after a country: Sea of Japan', 'Tensions in the Sea of Japan were raised.', [], ['Sea of Japan']],
    ['a longer region before its parts: Persian Gulf', 'Security in the Persian Gulf.', [], ['Persian Gulf']],
    ['a sea named after a country: East China Sea', 'The East China Sea and Guinea.', [], ['Guinea', 'East China Sea']],
    ['each topic once', 'Trade, more trade; Ukraine and Ukraine.', [], ['trade', 'Ukraine']],
    ['a long country name', 'Talks with the United Arab Emirates on energy.', [], ['energy', 'United Arab Emirates']],
  ])('%s', (_name, text, own, expected) => {
    expect(topicsOf(text, new Set(own))).toEqual(expected);
  });

  it('keeps at most 20', () => {
    const text = [
      'France',
      'Germany',
      'Italy',
      'Spain',
      'Portugal',
      'Poland',
      'Austria',
      'Hungary',
      'Greece',
      'Turkey',
      'Egypt',
      'Kenya',
      'Ghana',
      'Peru',
      'Chile',
      'Brazil',
      'Mexico',
      'Canada',
      'Japan',
      'India',
      'Nepal',
    ].join(', ');
    expect(topicsOf(text, new Set())).toHaveLength(20);
  });
});
