import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// New-user trial 134's extractor findings, each as its class with texts written for it (not the trial's) and the
// neighbours that keep their reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2023-07-20' };
const draft = (text: string) => extractReadout(text, base);
const names = (text: string) => draft(text).meetings.map((m) => m.participants.map((p) => p.name).sort());

describe('F1: a day kept or a building named is no person', () => {
  it.each([
    ['marked Mandela Day with Minister Pandor'],
    ['celebrated Africa Day with Minister Pandor'],
    ['toured the Bophelong Community Centre with Minister Pandor'],
    ['visited Waterkloof Airforce Base with Minister Pandor'],
    ['opened the Liberation Museum with Minister Pandor'],
  ])('"The Tánaiste %s" adds no participant', (phrase) => {
    const text = `The Tánaiste Micheál Martin met Minister Naledi Pandor in Pretoria on July 18. Earlier, the Tánaiste ${phrase}.`;
    expect(names(text)).toEqual([['Micheál Martin', 'Naledi Pandor']]);
  });

  it.each([
    ['Stuart Hall', 'Hall'],
    ['Park Jin', 'Park'],
  ])('a surname that is also a building word is still a name: %s', (name) => {
    const text = `Foreign Secretary Jane Holloway met Minister ${name} in London on 4 March 2024.`;
    expect(names(text)[0]).toContain(name);
  });
});

describe('F2: "the <office> and President <name>" is two people', () => {
  it.each([
    ['the Tánaiste and President Ramaphosa discussed trade', 'President'],
    ['the Chancellor and Prime Minister Modi discussed trade', 'Prime Minister'],
    ['the Governor and President Ramaphosa discussed trade', 'President'],
  ])('"%s"', (clause, title) => {
    const text = `Micheál Martin met Cyril Ramaphosa and Narendra Modi in Pretoria on July 18. During a visit to the base, ${clause}.`;
    const people = draft(text).meetings.flatMap((m) => m.participants);
    const counterpart = people.find((p) => /Ramaphosa|Modi/.test(p.name) && clause.includes(p.name.split(' ').at(-1) as string));
    expect(counterpart?.title).toBe(title);
    // Both took part: the clause is the sides' together.
    const statement = draft(text)
      .meetings.flatMap((m) => m.statements)
      .find((s) => s.text.includes('discussed trade'));
    expect(statement?.kind).toBe('joint');
  });

  it.each([
    ['Tánaiste and Minister for Foreign Affairs Micheál Martin', 'Tánaiste and Minister for Foreign Affairs'],
    ['Deputy Prime Minister and Foreign Minister Retno Marsudi', 'Deputy Prime Minister and Foreign Minister'],
  ])('a double office stays one: %s', (phrase, title) => {
    const text = `The ${phrase} met Minister Naledi Pandor in Pretoria on July 18.`;
    expect(
      draft(text)
        .meetings.flatMap((m) => m.participants)
        .some((p) => p.title === title),
    ).toBe(true);
  });
});

describe('F5: paragraphs of quotation after "… said:"', () => {
  const text =
    'The Tánaiste Micheál Martin met President Cyril Ramaphosa in Pretoria on July 18.\n\n' +
    'Speaking after the meeting, the Tánaiste said:\n\n' +
    '"The meeting with President Ramaphosa was a welcome opportunity to celebrate our friendship."\n\n' +
    '"I updated the President on developments in Northern Ireland."\n\n' +
    '"Next year, Ireland will host the Joint Commission in Dublin."';
  it('each quoted paragraph is a statement of the one who said it, and none tells of a meeting', () => {
    const meetings = draft(text).meetings;
    expect(meetings).toHaveLength(1);
    const statements = meetings[0]?.statements ?? [];
    const martin = meetings[0]?.participants.find((p) => p.name === 'Micheál Martin')?.key;
    for (const quoted of ['a welcome opportunity', 'I updated the President', 'Ireland will host'])
      expect(statements.find((s) => s.text.includes(quoted))?.speakerKey).toBe(martin);
  });

  it('a quoted paragraph after a line that is no speech tag is read as before (the neighbour)', () => {
    const other =
      'The Tánaiste Micheál Martin met President Cyril Ramaphosa in Pretoria on July 18.\n\n' +
      'The programme of the visit:\n\n' +
      '"The Tánaiste later met Minister Naledi Pandor at the Union Buildings."';
    expect(names(other).some((people) => people.includes('Naledi Pandor'))).toBe(true);
  });
});

describe('F3: a passage that names the counterpart of the other meeting', () => {
  it('goes to that meeting, not to the one whose stretch it stands in', () => {
    const text =
      'Tánaiste Micheál Martin met with President Cyril Ramaphosa and Minister Naledi Pandor on July 18 in Pretoria.\n\n' +
      'The Tánaiste and President Ramaphosa discussed trade links.\n\n' +
      'Earlier, the Tánaiste thanked Minister Pandor for her support in education.';
    const [withPresident, withMinister] = draft(text).meetings;
    expect(withMinister?.participants.map((p) => p.name)).toContain('Naledi Pandor');
    expect(withMinister?.statements.map((s) => s.text)).toContain(
      'Earlier, the Tánaiste thanked Minister Pandor for her support in education.',
    );
    expect(withPresident?.statements.some((s) => s.text.includes('support in education'))).toBe(false);
  });

  it('a passage that names both counterparts stays where it is (the neighbour)', () => {
    const text =
      'Tánaiste Micheál Martin met with President Cyril Ramaphosa and Minister Naledi Pandor on July 18 in Pretoria.\n\n' +
      'The Tánaiste and President Ramaphosa discussed trade links.\n\n' +
      'The Tánaiste thanked President Ramaphosa and Minister Pandor for their welcome.';
    const [withPresident] = draft(text).meetings;
    expect(withPresident?.statements.some((s) => s.text.includes('for their welcome'))).toBe(true);
  });
});
