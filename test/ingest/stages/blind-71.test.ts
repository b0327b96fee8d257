import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { readStructure } from '../../../src/ingest/document/structure.js';
import { readSentences } from '../../../src/ingest/document/readout.js';

// Classes from blind-71's first run, each with its variants and the neighbouring cases that must not change.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const sentencesOf = (text: string) => readSentences(readStructure(text, 200_000)).sentences.map((s) => s.text);

describe('a link to another story is a line of its own', () => {
  it.each(['READ ALSO', 'Read more', 'Also read', 'See also', 'Related'])(
    '"%s: <headline>" is not joined to the quotation on the next line',
    (label) => {
      const text = `The center-left Chilean leader traveled to Argentina on Sunday along with a delegation of businessmen and artists.\n${label}: Boric kicks off a new phase for the left in Latin American politics\n“We have challenges that are deeply shared,” Boric said at a joint press conference with Alberto Fernández, the Argentine president.`;
      expect(sentencesOf(text).some((s) => s.startsWith('“We have challenges'))).toBe(true);
    },
  );

  it('a line wrapped mid-sentence is still joined', () => {
    const text = 'The center-left Chilean leader traveled to Argentina on Sunday along\nwith a delegation of businessmen and artists.';
    expect(sentencesOf(text)).toHaveLength(1);
  });
});

describe('an apposed title after words of standing or politics', () => {
  it.each([
    'the center-left Argentine president',
    'the centre-right Argentine president',
    'the socialist Argentine president',
    'the newly elected Argentine president',
    'the outgoing Argentine president',
    'the Argentine president',
  ])('"Alberto Fernández, %s": president, AR', (apposed) => {
    const text = `“We have challenges that are deeply shared,” Chilean President Gabriel Boric said at a joint press conference with Alberto Fernández, ${apposed}, in Buenos Aires.`;
    const fernandez = draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Alberto Fernández');
    expect([fernandez?.title?.toLowerCase(), fernandez?.countryCode]).toEqual(['president', 'AR']);
  });
});

describe('a country as subject speaks only with a verb of speech', () => {
  const lead = 'Chilean President Gabriel Boric met Argentine President Alberto Fernández in Buenos Aires on 4 April 2022.';
  it.each([
    ['In January 2022, Argentina exported $351 million to Chile.', false],
    ['Argentina imported gas from Chile last year.', false],
    ['Argentina reaffirmed its support for the agreement.', true],
    ['Argentina supports a regional lithium agreement.', true],
  ])('"%s" is a statement of a side: %s', (sentence, spoken) => {
    const meeting = draftOf(`${lead}\n\n${sentence}`).meetings[0];
    const statement = meeting?.statements.find((s) => s.text.startsWith(sentence.slice(0, 20)) && s.kind !== 'narrative');
    expect(statement !== undefined && statement.speakerKey !== null).toBe(spoken);
  });
});

describe('a meeting told of the two presidents, prime ministers or politicians', () => {
  it.each(['The two presidents', 'Both presidents', 'The presidents of both countries', 'The two heads of state'])(
    '"%s held talks in Buenos Aires": talks of the two named before',
    (subject) => {
      const text = `President Gabriel Boric of Chile and President Alberto Fernández of Argentina signed a joint declaration on 4 April 2022. ${subject} held talks in Buenos Aires on lithium.`;
      const [meeting] = draftOf(text).meetings;
      expect([meeting?.kind, meeting?.city, meeting?.participants.length]).toEqual(['talks', 'Buenos Aires', 2]);
    },
  );
});

describe('a summit of three, then the host’s separate meetings with each', () => {
  const summit = (next: string) =>
    `Washington, Nov 19 (IANS): US President Joe Biden hosted Canadian Prime Minister Justin Trudeau and Mexican President Andres Manuel Lopez Obrador at the White House on 18 November 2021.\n${next}\nDuring the summit, the leaders pledged to take concrete actions in support of their joint goals.`;
  it.each([
    'On Thursday, Biden met separately with Trudeau and Obrador ahead of the three-person summit.',
    'On Thursday, Biden met separately with Trudeau and Obrador ahead of the three-way summit.',
    'On Thursday, Biden met separately with Trudeau and Obrador ahead of their three-nation summit.',
  ])('"%s": the summit of three and two bilaterals; the summit’s passage is the summit’s', (next) => {
    const draft = draftOf(summit(next));
    expect(draft.meetings.map((m) => [m.kind, m.participants.length])).toEqual([
      ['multilateral', 3],
      ['meeting', 2],
      ['meeting', 2],
    ]);
    expect(draft.meetings[0]?.statements.some((s) => s.text.includes('pledged'))).toBe(true);
    expect(draft.meetings.slice(1).some((m) => m.statements.some((s) => s.text.includes('pledged')))).toBe(false);
  });

  it('a count that is not the parties’ keeps the meetings apart (with the warning)', () => {
    const draft = draftOf(summit('On Thursday, Biden met separately with Trudeau and Obrador ahead of the four-nation summit.'));
    expect(draft.meetings.some((m) => m.kind === 'multilateral')).toBe(false);
  });
});

describe('an abbreviated given name opens the name (new-user trial 128 F1)', () => {
  it.each([
    ['Philippine Secretary of Foreign Affairs Ma. Theresa Lazaro', 'Ma. Theresa Lazaro'],
    ['Bangladeshi Foreign Adviser Md. Touhid Hossain', 'Md. Touhid Hossain'],
    ['Malaysian Foreign Minister Mohd. Hasan', 'Mohd. Hasan'],
    ['Tajik Foreign Minister Kh. Zarifi', 'Kh. Zarifi'],
  ])('"met today with %s": one participant, one meeting', (counterpart, name) => {
    const draft = draftOf(
      `WASHINGTON, March 3, 2025 - Secretary of State Marco Rubio met today with ${counterpart} at the Department of State. The Secretary congratulated the minister.`,
    );
    expect(draft.meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Marco Rubio', name]]);
  });

  it('"Ma." ending a sentence still ends it', () => {
    expect(sentencesOf('The visit was planned in the town of Ma. The ministers met there on Monday.')).toHaveLength(2);
  });
});

describe('"the <demonym> leader" is the one person of that country the text names', () => {
  it.each(['the South African leader', 'a South African leader'])(
    '"President Buhari in a telephone conversation with %s": Ramaphosa',
    (leader) => {
      const text = `President Muhammadu Buhari and South African President, Cyril Ramaphosa, will meet in October. According to the statement, President Buhari in a telephone conversation with ${leader} at his country home in Daura, accepted an invitation to visit South Africa.`;
      const [meeting] = draftOf(text).meetings;
      expect(meeting?.participants.map((p) => p.name)).toEqual(['Muhammadu Buhari', 'Cyril Ramaphosa']);
    },
  );

  it('"the Chilean leader" when the text names nobody of Chile is no participant', () => {
    const text =
      'President Muhammadu Buhari met President Cyril Ramaphosa of South Africa in Abuja on 4 March 2019. The Chilean leader sent a message.';
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toEqual(['Muhammadu Buhari', 'Cyril Ramaphosa']);
  });
});
