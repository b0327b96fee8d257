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
