import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 47, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [] };

describe('received in an audience with or by a sovereign', () => {
  it.each([
    ['Foreign Minister Nanaia Mahuta was received in an audience with King Tupou VI at the Royal Palace on 18 August 2022.', 'Tupou VI'],
    ['Foreign Minister Nanaia Mahuta was received in audience by Pope Francis at the Vatican on 18 August 2022.', 'Francis'],
    [
      'Foreign Minister Nanaia Mahuta flew to ’Eua, where she was received in a private audience with King Tupou VI on 18 August 2022.',
      'Tupou VI',
    ],
  ])('%s', (text, host) => {
    const [meeting] = extractReadout(text, base).meetings;
    expect(meeting?.participants.map((p) => [p.name, p.role])).toEqual([
      [expect.stringContaining(host), 'host'],
      ['Nanaia Mahuta', 'guest'],
    ]);
  });

  it('reads no meeting in "received with honours" alone', () => {
    expect(extractReadout('Foreign Minister Nanaia Mahuta was received with honours by the guard.', base).meetings).toEqual([]);
  });
});

describe('a publisher named in its own language names its country ("Tunisie Numérique")', () => {
  const text = 'Foreign Minister Nabil Ammar held a phone call on Monday with his Portuguese counterpart Paulo Rangel.';
  it.each([
    ['Tunisie Numérique', 'TN'],
    ['Le Matin du Maroc', 'MA'],
    ['Diario de Marruecos', 'MA'],
    ['Jornal da China', 'CN'],
    // Not German or Italian names that are English words: "Island" is not Iceland.
    ['The Island Sun', null],
  ])('%s → %s', (publisher, code) => {
    const [meeting] = extractReadout(text, { ...base, publisher }).meetings;
    expect(meeting?.participants.find((p) => p.name === 'Nabil Ammar')?.countryCode ?? null).toBe(code);
  });
});

describe('a lead that tells of a meeting without naming it is one, also when a later sentence tells of another', () => {
  const pairs = (text: string) =>
    extractReadout(text, { ...base, publishedAt: '2025-08-25' }).meetings.map((m) =>
      m.participants.map((p) => p.name).sort((a, b) => a.localeCompare(b)),
    );
  it('reads the summit of the lead and the talks of the next day as two meetings', () => {
    const text =
      'Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung agreed to enhance cooperation with the United States.\nThe two leaders pledged during their summit in Tokyo on Saturday to establish a consultative framework.\nOn Sunday, President Lee Jae-myung held talks with former Japanese Prime Minister Yoshihide Suga. They agreed to promote exchanges.';
    expect(pairs(text)).toEqual([
      ['Lee Jae-myung', 'Shigeru Ishiba'],
      ['Lee Jae-myung', 'Yoshihide Suga'],
    ]);
  });

  it('adds none when the meeting the lead tells of is the one a later sentence names', () => {
    const text =
      'Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung agreed to enhance cooperation.\nIshiba held talks with Lee in Tokyo on Saturday.';
    expect(pairs(text)).toEqual([['Lee Jae-myung', 'Shigeru Ishiba']]);
  });
});

describe('"the partners" are the two sides together', () => {
  it.each(['The partners agreed that dialogue was the way forward.', 'Both partners agreed that dialogue was the way forward.'])(
    '%s',
    (sentence) => {
      const text = `On 15 July 2019, State Secretary František Ružička met with Gregor Kozovinc, the Ambassador of Slovenia.\n\n${sentence}`;
      const [meeting] = extractReadout(text, base).meetings;
      expect(meeting?.statements.filter((s) => s.kind !== 'narrative').map((s) => [s.kind, s.speakerKey])).toEqual([['joint', null]]);
    },
  );
});

describe('a joint press conference with someone is a meeting with them when nothing else tells of one', () => {
  const read = (text: string) => extractReadout(text, { ...base, publishedAt: '2020-11-17' }).meetings;
  it.each([
    [
      'Addressing a joint press conference with his Lithuanian counterpart in Vilnius on Tuesday, President Andrzej Duda said relations were good.',
      ['Andrzej Duda', 'Counterpart (LT)'],
    ],
    [
      'President Andrzej Duda held a joint news conference with President Gitanas Nausėda in Vilnius on Tuesday.',
      ['Andrzej Duda', 'Gitanas Nausėda'],
    ],
    [
      'At a joint media briefing with Foreign Minister Penny Wong in Canberra, Foreign Minister Winston Peters said ties were strong.',
      ['Penny Wong', 'Winston Peters'],
    ],
  ])('%s', (text, names) => {
    const meetings = read(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants.map((p) => p.name).sort((a, b) => a.localeCompare(b))).toEqual(names);
  });

  it('leaves the kind and the speaker to the talks the text tells of', () => {
    const [meeting, ...more] = read(
      'Poland’s Foreign Minister Jacek Czaputowicz said on Tuesday after talks with visiting US Secretary of State Mike Pompeo that goals were convergent.\n\n“Our goals are convergent,” Czaputowicz told reporters at a joint news conference with Pompeo in Warsaw.',
    );
    expect(more).toEqual([]);
    expect(meeting?.kind).toBe('talks');
    expect(meeting?.statements.filter((s) => s.kind !== 'narrative').every((s) => s.speakerKey !== null)).toBe(true);
  });

  it('reads no meeting in a joint statement with a country', () => {
    expect(read('President Andrzej Duda issued a joint statement with the government on Tuesday.')).toEqual([]);
  });
});
