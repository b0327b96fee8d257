import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes found while tuning on blind set 19 (each written as the class, with the variants it covers).

const base: ExtractOptions = { initiatives: [], people: [] };
const meetingsOf = (text: string) =>
  extractReadout(text, base).meetings.map((m) =>
    m.participants.map((p) => [p.name, p.countryCode, p.organization ?? null, p.role] as const),
  );

describe('counterparts listed by country after "partner countries such as"', () => {
  it.each([
    'met with many leaders of partner countries such as',
    'met with the foreign ministers of several countries, including',
    'met with counterparts from partner countries such as',
    'met with the heads of delegation of the participating states:',
  ])('"%s Pakistan, China and Japan" is three meetings', (phrase) => {
    const meetings = meetingsOf(`On July 11, Foreign Minister Bui Thanh Son ${phrase} Pakistan, China and Japan.`);
    expect(meetings.map((people) => people.map(([, country]) => country))).toEqual([
      [null, 'PK'],
      [null, 'CN'],
      [null, 'JP'],
    ]);
  });

  it('an organisation in the list ("the US, EU, UK") is a counterpart of that organisation', () => {
    const meetings = meetingsOf(
      'On July 11, Foreign Minister Bui Thanh Son met with many leaders of partner countries such as the US, EU, UK and the African Union.',
    );
    expect(meetings.map((people) => people.map(([, country, organization]) => country ?? organization))).toEqual([
      [null, 'US'],
      [null, 'European Union'],
      [null, 'GB'],
      [null, 'African Union'],
    ]);
  });

  it('"countries" alone is not a list opener: "the foreign ministers of the two countries" stays one meeting', () => {
    const meetings = meetingsOf(
      'Foreign Minister Bui Thanh Son and Foreign Minister Wang Yi, the foreign ministers of the two countries, met in Hanoi.',
    );
    expect(meetings).toHaveLength(1);
  });
});

describe('a delegation led by someone', () => {
  it.each([
    ['received the Azerbaijani delegation led by'],
    ['held a meeting with the Azerbaijani delegation headed by'],
    ['hosted talks with the Azerbaijani delegation led by'],
    ['received the delegation of Azerbaijan led by'],
    ['received the delegation of the Republic of Azerbaijan, headed by'],
  ])('"%s X": X is the counterpart, of the delegation\'s country', (phrase) => {
    expect(meetingsOf(`Foreign Minister Abdulaziz Kamilov ${phrase} Deputy Foreign Minister Khalaf Khalafov.`)).toEqual([
      [
        ['Abdulaziz Kamilov', null, null, 'host'],
        ['Khalaf Khalafov', 'AZ', null, 'guest'],
      ],
    ]);
  });

  it('a leader with a country of their own keeps it', () => {
    const [meeting] = meetingsOf(
      'Foreign Minister Abdulaziz Kamilov received the Azerbaijani delegation led by Turkish Deputy Foreign Minister Faruk Kaymakci.',
    );
    expect(meeting?.[1]).toEqual(['Faruk Kaymakci', 'TR', null, 'guest']);
  });
});

describe('officials written the way news agencies write them', () => {
  const call =
    'Saudi Minister of Foreign Affairs Prince Faisal bin Farhan has received a phone call from UN Secretary General Antonio Guterres.\n\n';
  it.each([
    'The UN chief said the Council must act.',
    'At the outset of the call, the UN chief referred to the letter he addressed to the Council.',
  ])('"the UN chief" is the UN official the text named: %s', (sentence) => {
    const [meeting] = extractReadout(call + sentence, base).meetings;
    const guterres = meeting?.participants.find((p) => p.name === 'Antonio Guterres');
    expect(meeting?.statements.map((s) => s.speakerKey)).toEqual([guterres?.key]);
  });

  it.each([
    ['NATO chief Jens Stoltenberg', 'NATO'],
    ['EU foreign policy chief Josep Borrell', 'European Union'],
    ['UN envoy Staffan de Mistura', 'United Nations'],
  ])('"%s" is titled and of the organisation', (printed, organization) => {
    const [meeting] = extractReadout(`Foreign Minister Hakan Fidan met with ${printed} in Brussels on 4 April 2023.`, base).meetings;
    expect(meeting?.participants[1]?.organization).toBe(organization);
    expect(meeting?.participants[1]?.title).not.toBeNull();
  });

  it('"EU member states" is no official', () => {
    const [meeting] = extractReadout(
      'Foreign Minister Hakan Fidan met with Foreign Minister Annalena Baerbock. EU member states said they agreed.',
      base,
    ).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual(['Hakan Fidan', 'Annalena Baerbock']);
  });

  it('"the Secretary General of the North Atlantic Treaty Organization" is NATO\'s, its title not cut at "North"', () => {
    const [meeting] = extractReadout(
      'UN Secretary-General Ban Ki-moon met the Secretary General of the North Atlantic Treaty Organization, Anders Fogh Rasmussen, in New York on 26 September 2012.',
      base,
    ).meetings;
    const nato = meeting?.participants.find((p) => p.organization === 'NATO');
    expect(nato?.title).toBe('Secretary General');
    expect(nato?.countryCode).toBeNull();
  });
});

describe('"The Secretary and Foreign Minister Lavrov spoke": two people, not a double office', () => {
  it.each(['Secretary', 'President', 'Chancellor'])('"The %s and Foreign Minister Lavrov"', (office) => {
    const draft = extractReadout(
      `Readout of ${office} Kerry’s Call with Foreign Minister Lavrov\n\nThe ${office} and Foreign Minister Lavrov spoke today on Ukraine.\n\nThe ${office} reiterated the need for a ceasefire.`,
      base,
    );
    const [meeting] = draft.meetings;
    const lavrov = meeting?.participants.find((p) => p.name === 'Lavrov');
    const kerry = meeting?.participants.find((p) => p.name === 'Kerry');
    expect(lavrov?.title).toBe('Foreign Minister');
    expect(meeting?.statements.filter((s) => s.kind === 'reported').map((s) => s.speakerKey)).toEqual([kerry?.key]);
  });

  it('"Deputy Prime Minister and Foreign Minister X" stays one double office', () => {
    const [meeting] = extractReadout(
      'Deputy Prime Minister and Foreign Minister Bui Thanh Son met Foreign Minister Wang Yi in Hanoi.',
      base,
    ).meetings;
    expect(meeting?.participants[0]?.title).toBe('Deputy Prime Minister and Foreign Minister');
  });
});

describe('quotations', () => {
  const lead = 'Foreign Minister Mukhtar Tleuberdi met today with his Russian counterpart Sergey Lavrov in Nur-Sultan.\n\n';
  const speakersOf = (text: string) => {
    const [meeting] = extractReadout(lead + text, base).meetings;
    const names = new Map(meeting?.participants.map((p) => [p.key, p.name]));
    return meeting?.statements.filter((s) => s.kind === 'reported').map((s) => [names.get(s.speakerKey ?? '') ?? null, s.text]);
  };

  it.each([
    ['«', '»'],
    ['„', '“'],
    ['“', '”'],
    ['"', '"'],
  ])('%s…%s quoting several sentences, then the speaker: all of it is theirs', (open, close) => {
    const quote = `${open}Today our negotiations were fruitful. We agree,${close} Tleuberdi noted.`;
    expect(speakersOf(quote)).toEqual([['Mukhtar Tleuberdi', quote]]);
  });

  it('«…,» the Russian FM said: the title after the guillemets is the speaker', () => {
    expect(speakersOf('«Today we discussed the Forum,» the Russian FM said.')).toEqual([
      ['Sergey Lavrov', '«Today we discussed the Forum,» the Russian FM said.'],
    ]);
  });

  it('a quotation a ministry gives (the speaker after it is an institution) keeps the speakers inside it', () => {
    const text =
      '"The minister informed the Russian counterpart about the process. Lavrov expressed his full support to the process," the ministry said in a statement.';
    expect(speakersOf(text)?.map(([name]) => name)).toEqual(['Mukhtar Tleuberdi', 'Sergey Lavrov']);
  });

  it.each(['In his words,', 'In his view,', 'As he put it,'])(
    '"%s the meeting discussed …" goes on with the one speaking before',
    (opening) => {
      const speakers = speakersOf(`Lavrov said the talks were useful.\n\n${opening} the meeting discussed security in Central Asia.`);
      expect(speakers?.map(([name]) => name)).toEqual(['Sergey Lavrov', 'Sergey Lavrov']);
    },
  );

  it('"the Kazakh, Russian MFAs" and "the Forum of Young Leaders of Kazakhstan and Russia" name no one', () => {
    const [meeting] = extractReadout(
      `${lead}«The 1st Forum of Young Leaders of Kazakhstan and Russia will take place. Young employees of the Kazakh, Russian MFAs will participate in it,» the Russian FM said.`,
      base,
    ).meetings;
    expect(meeting?.participants.map((p) => [p.name, p.title])).toEqual([
      ['Mukhtar Tleuberdi', 'Foreign Minister'],
      ['Sergey Lavrov', 'FM'],
    ]);
  });
});

describe('"The State Department said Blinken reiterated …": the one who spoke, after who reports it', () => {
  const lead = 'Foreign Minister Chung Eui-yong and US Secretary of State Antony Blinken held phone talks on Friday.\n\n';
  it.each([
    ['The US State Department said Blinken reiterated US support for inter-Korean reconciliation.', 'Antony Blinken'],
    ['The ministry said that Chung stressed the importance of dialogue.', 'Chung Eui-yong'],
    ['The White House said Blinken noted the risks.', 'Antony Blinken'],
    ['The Foreign Ministry also said Chung welcomed the talks.', 'Chung Eui-yong'],
  ])('%s', (sentence, speaker) => {
    const [meeting] = extractReadout(lead + sentence, base).meetings;
    const names = new Map(meeting?.participants.map((p) => [p.key, p.name]));
    expect(meeting?.statements.filter((s) => s.kind === 'reported').map((s) => names.get(s.speakerKey ?? ''))).toEqual([speaker]);
  });
});
