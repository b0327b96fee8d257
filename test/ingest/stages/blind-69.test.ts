import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { withReplacementAsLetter, withReplacementRestored } from '../../../src/ingest/text/replacement.js';

// Classes found while tuning on blind set 69 (after its first run), each written as the class with its variants (texts
// invented in the style of the readouts) and, where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const people = (text: string) =>
  draftOf(text).meetings.map((m) => m.participants.map((p) => ({ name: p.name, title: p.title, countryCode: p.countryCode })));
const names = (text: string) => draftOf(text).meetings.map((m) => m.participants.map((p) => p.name));

describe('a delegation received, its leader named in the next sentence', () => {
  it.each([
    ['President John Mahama received a delegation from the ECOWAS Parliament.'],
    ['President John Mahama on Thursday received a high-level delegation from the ECOWAS Parliament.'],
    ['President John Mahama welcomed a delegation from the ECOWAS Parliament at the Jubilee House.'],
    ['President John Mahama received a delegation of the ECOWAS Parliament.'],
  ])('"%s … The delegation was led by its Speaker, X" is a meeting of the President and X', (first) => {
    const text = `${first} The delegation was led by its Speaker, Moustapha Cisse Lo.`;
    expect(names(text)).toEqual([['John Mahama', 'Moustapha Cisse Lo']]);
  });

  it('members "who formed part of the delegation … included" are at the meeting, of the country the group is of', () => {
    const text =
      'President Ellen Johnson Sirleaf received a delegation from the ECOWAS Parliament in Monrovia on 19 May 2016. The delegation was led by its Speaker, Moustapha Cisse Lo. Liberian lawmakers who formed part of the delegation included Senator George Manneh Weah and Representative Jefferson Karmo.';
    const [meeting] = people(text);
    expect(meeting).toEqual(
      expect.arrayContaining([
        { name: 'George Manneh Weah', title: 'Senator', countryCode: 'LR' },
        { name: 'Jefferson Karmo', title: 'Representative', countryCode: 'LR' },
      ]),
    );
  });
});

describe('a title set beside a name', () => {
  it.each([
    [
      'They were also accompanied by the Speaker of the House of Representatives of the Liberian legislature, Honorable J. Emmanuel Nuquay.',
    ],
    ['They were also accompanied by the Speaker of the House of Representatives of the Liberian parliament, J. Emmanuel Nuquay.'],
  ])('"%s": the title and the name are one person', (sentence) => {
    const text = `President George Weah met Ghana's Vice President Kwesi Amissah in Accra on 4 May 2020. ${sentence} Speaker Nuquay thanked the Vice President.`;
    const all = people(text).flat();
    expect(all.find((p) => p.name === 'J. Emmanuel Nuquay')?.title).toMatch(/^Speaker of the House of Representatives\b/);
    expect(all.filter((p) => p.name.startsWith('Speaker'))).toEqual([]);
  });

  it.each([
    [
      'The OSCE Chairman-in-Office, Finnish Foreign Minister Ilkka Kanerva met with Serbian President Boris Tadic in Belgrade on 5 February 2008.',
      'Ilkka Kanerva',
      'FI',
    ],
    [
      'The OSCE Chairperson-in-Office and German Foreign Minister Frank-Walter Steinmeier met Serbian President Boris Tadic in Berlin on 12 April 2016.',
      'Frank-Walter Steinmeier',
      'DE',
    ],
  ])('"%s": an organisation’s rotating chair and the minister who holds it are one person', (lead, name, countryCode) => {
    const chair = /Chair\w*-in-Office/.exec(lead)?.[0] as string;
    const text = `${lead} The ${chair} underscored the OSCE's readiness to support the reforms.`;
    const [meeting] = draftOf(text).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual(expect.arrayContaining([name, 'Boris Tadic']));
    expect(meeting?.participants).toHaveLength(2);
    expect(meeting?.participants.find((p) => p.name === name)?.countryCode).toBe(countryCode);
    const speaker = meeting?.statements.find((s) => s.kind === 'reported')?.speakerKey;
    expect(meeting?.participants.find((p) => p.key === speaker)?.name).toBe(name);
  });

  it('an organisation’s secretary-general "and" a minister are two people', () => {
    const text =
      'The OSCE Secretary General and German Foreign Minister Frank-Walter Steinmeier met Serbian President Boris Tadic in Berlin on 12 April 2016.';
    expect(names(text).flat()).toHaveLength(3);
  });

  it('"X, the Chair-in-Office, First Deputy Prime Minister as well as the Foreign Minister of Serbia" is one person of Serbia', () => {
    const text =
      'On February 7, Foreign Minister Edward Nalbandian met with Ivica Dačić, the OSCE Chairperson-in-Office, First Deputy Prime Minister as well as the Foreign Minister of Serbia.';
    const all = people(text);
    expect(all).toHaveLength(1);
    expect(all[0]?.find((p) => p.name === 'Ivica Dačić')?.countryCode).toBe('RS');
    expect(all[0]).toHaveLength(2);
  });

  it.each([['Grand Chief Sir Bob Dadae'], ['Grand Chief Bob Dadae']])('the chiefly style "%s" is no part of the name', (printed) => {
    const text = `From the airport, President Joko Widodo paid a courtesy visit to the Governor-General, ${printed}, in Port Moresby on 5 July 2023.`;
    const [meeting, ...more] = people(text);
    expect(more).toEqual([]);
    expect(meeting).toHaveLength(2);
    expect(meeting).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Joko Widodo' }),
        expect.objectContaining({ name: 'Bob Dadae', title: 'Governor-General' }),
      ]),
    );
  });
});

describe('a table of counterparts named at once', () => {
  it.each([
    ['held in Addis Ababa, a consultative meeting with his counterparts from South Africa, Angola and Libya.'],
    ['held in Addis Ababa a consultative meeting with his counterparts from South Africa, Angola and Libya.'],
    ['held a consultative meeting in Addis Ababa with his counterparts from South Africa, Angola and Libya.'],
  ])('"… %s" is one meeting of four', (rest) => {
    const [meeting, ...more] = draftOf(`Foreign Minister Ramtane Lamamra ${rest}`).meetings;
    expect(more).toEqual([]);
    expect(meeting?.participants.map((p) => p.countryCode).slice(1)).toEqual(['ZA', 'AO', 'LY']);
    expect(meeting?.kind).toBe('multilateral');
  });

  it('after a bilateral with one of them, the table is a meeting of its own', () => {
    const text =
      'Foreign Minister Ramtane Lamamra held separate meetings with the foreign ministers of Angola and Kenya in Addis Ababa on 3 February 2022.\n\nLamamra also held a consultative meeting with his counterparts from South Africa, Angola and Libya.';
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.countryCode).slice(1))).toEqual([
      ['AO'],
      ['KE'],
      ['ZA', 'AO', 'LY'],
    ]);
  });

  it('"met with the foreign ministers of A, B and C" stays one meeting per counterpart', () => {
    expect(
      names('Foreign Minister Ramtane Lamamra met in Addis Ababa with the foreign ministers of South Africa, Angola and Libya.'),
    ).toHaveLength(3);
  });
});

describe('dates under a sidebar’s heading', () => {
  it.each([['Recent Posts'], ['Related News'], ['Latest Stories'], ['Most Read']])(
    'under "%s" they are other stories’ dates: "today" stays undated',
    (heading) => {
      const text = `Turkish Foreign Minister Hakan Fidan and US Secretary of State Antony Blinken discussed, in a phone call today, the efforts to reach a ceasefire in Gaza.\n${heading}\nReal Estate Trading Volume Surpasses QR 239 Million in a Week\nDecember 12, 2024\nGulf Cup: Qatar Introduced Half of the Tournament’s Trophy Designs\nDecember 12, 2024`;
      expect(draftOf(text).meetings[0]?.date).toBeNull();
    },
  );

  it('a page stamp above the story still resolves "today"', () => {
    const text =
      'December 12, 2024\nTurkish Foreign Minister Hakan Fidan and US Secretary of State Antony Blinken discussed, in a phone call today, the efforts to reach a ceasefire in Gaza.\nRecent Posts\nGulf Cup: Qatar Introduced Half of the Tournament’s Trophy Designs\nDecember 11, 2024';
    expect(draftOf(text).meetings[0]?.date).toBe('2024-12-12');
  });
});

describe('letters a decoder replaced', () => {
  it.each([
    ['H├ęctor Timerman', 'H├ęctor Timerman'],
    ['Ram├│n Cardona', 'Ram├│n Cardona'],
    ['John Brice\ufffdo', 'John Brice\ufffdo'],
  ])('"%s" is read as one name and given back as printed', (printed, name) => {
    const text = `Secretary of State Hillary Clinton met Foreign Minister ${printed} in Washington on 12 August 2010.`;
    expect(names(text)).toEqual([['Hillary Clinton', name]]);
    const participant = draftOf(text).meetings[0]?.participants[1];
    expect(text.slice(participant?.span?.start, participant?.span?.end)).toBe(printed);
  });

  it('a box-drawing character between words is not read as a letter', () => {
    expect(withReplacementAsLetter('Home │ News │ Minister met')).toBeNull();
  });

  it('stand-ins are letters the text does not use, and every one goes back', () => {
    const text = 'H├ęctor and ɐ and Ram┤on';
    const read = withReplacementAsLetter(text);
    expect(read?.text).not.toMatch(/[├┤]/);
    expect(read?.text.length).toBe(text.length);
    expect([...(read?.standIns.values() ?? [])]).not.toContain('ɐ');
    expect(withReplacementRestored({ names: [read?.text] }, read?.standIns ?? new Map())).toEqual({ names: [text] });
  });
});
