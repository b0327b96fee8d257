import { describe, expect, it } from 'vitest';
import { readoutDraftSchema, maxMeetingsPerReadout, type MeetingDraft, type ReadoutDraft } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { conformingDraft } from '../../../src/ingest/assemble/conform.js';

// The draft the extractor writes always satisfies its own schema (new-user trial 121: a readout of 118 meetings had
// the statements and speakers of the 18 left out given to the hundredth, whose generated title passed the 500
// characters a title may have; the document was stored with no draft). Each limit a stage can reach is tested here
// with its text; the last guard (assemble/conform.ts) over each kind of failure.

const draftOf = (text: string) => extractReadout(text, { initiatives: [], people: [] });
const given = ['Anna', 'Bruno', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'];
const family = `Alpha Beta Gamma Delta Epsilon Zeta Theta Iota Kappa Lambda Sigma Omega Brandt Castell Dorner Ebert Falk Gorski
Hartmann Ivanov Jansen Kowalski Lindqvist Moreau`.split(/\s+/);
// 240 people, no two of one name.
const person = (n: number) => `${given[n % given.length]} ${family[Math.floor(n / given.length)]}`;

describe('a readout of more meetings than a draft holds', () => {
  const meetings = 118;
  const text = Array.from({ length: meetings }, (_, n) => {
    const [host, guest] = [person(2 * n), person(2 * n + 1)];
    return `On ${1 + (n % 28)} March 2024, Foreign Minister ${host} of Germany met with Chile's Minister of Foreign Affairs ${guest} in Paris. ${host} said Germany supports the Paris Agreement. ${guest} said Chile would join the alliance.`;
  }).join('\n\n');

  it('drafts the first hundred, each with only its own people and statements, and says so', () => {
    const draft = draftOf(text);
    expect(readoutDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.meetings).toHaveLength(maxMeetingsPerReadout);
    expect(draft.warnings).toContain(`the text reports ${meetings} meetings; only the first ${maxMeetingsPerReadout} are drafted`);
    const last = draft.meetings.at(-1) as MeetingDraft;
    expect(last.participants.map((p) => p.name)).toEqual([person(198), person(199)]);
    expect(last.statements).toHaveLength(2);
  });
});

describe('a generated meeting title', () => {
  it.each([
    [2, /^Meeting: Anna Alpha, Bruno Alpha$/],
    [60, /^Meeting: Anna Alpha, Bruno Alpha, .* and \d+ more$/],
  ])('of %i participants stays within 500 characters', (count, shape) => {
    const names = Array.from({ length: count }, (_, n) => `Foreign Minister ${person(n)}`);
    const draft = draftOf(`The meeting on 3 May 2021 in Geneva was attended by ${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`);
    const title = draft.meetings[0]?.title ?? '';
    expect(title.length).toBeLessThanOrEqual(500);
    expect(title).toMatch(shape);
    expect(readoutDraftSchema.safeParse(draft).success).toBe(true);
  });
});

describe('conformingDraft, the last guard', () => {
  const meeting = (title: string, sidelinesOf: number | null = null): MeetingDraft => {
    const [one] = draftOf('Foreign Minister Anna Alpha met Foreign Minister Bruno Beta in Paris on 3 May 2021.').meetings;
    return { ...(one as MeetingDraft), title, sidelinesOf };
  };
  const draft = (meetings: MeetingDraft[], title: string | null = 'Headline'): ReadoutDraft => ({
    title,
    titleSpan: null,
    meetings,
    confidence: 0.8,
    warnings: ['already here'],
  });

  it('returns a conforming draft as it is', () => {
    const ok = draft([meeting('Talks')]);
    expect(conformingDraft(ok)).toBe(ok);
  });

  it.each([
    ['a meeting title of 501 characters', 'title', (m: MeetingDraft) => ({ ...m, title: 'x'.repeat(501) })],
    [
      'a participant name of 201 characters',
      'participants/0/name',
      (m: MeetingDraft) => ({
        ...m,
        participants: m.participants.map((p, i) => (i === 0 ? { ...p, name: 'y'.repeat(201) } : p)),
      }),
    ],
    ['a confidence past 1', 'confidence', (m: MeetingDraft) => ({ ...m, confidence: 1.5 })],
  ])('leaves out a meeting with %s, with a warning, and keeps the sidelines links of the rest', (_case, member, broken) => {
    const result = conformingDraft(draft([meeting('First'), broken(meeting('Second')), meeting('Third', 0), meeting('Fourth', 1)]));
    expect(readoutDraftSchema.safeParse(result).success).toBe(true);
    expect(result.meetings.map((m) => [m.title, m.sidelinesOf])).toEqual([
      ['First', null],
      ['Third', 0],
      ['Fourth', null],
    ]);
    expect(result.warnings).toEqual([
      'already here',
      expect.stringMatching(new RegExp(`^meeting 2 was left out of the draft, whose limits it breaks \\(${member}: `)),
    ]);
  });

  it('renumbers the warnings that name the meetings after one left out (new-user trial 124: an editor goes by the pointer)', () => {
    const input = draft([meeting('First'), meeting('Second'), meeting('Third')]);
    input.meetings[1] = { ...(input.meetings[1] as MeetingDraft), confidence: 1.5 };
    input.warnings = ['meeting 2 (/meetings/1) has no date the text states', 'meeting 3 (/meetings/2) has no date the text states'];
    expect(conformingDraft(input).warnings).toEqual([
      'meeting 2 (left out) has no date the text states',
      'meeting 2 (/meetings/1) has no date the text states',
      expect.stringMatching(/^meeting 2 was left out of the draft/),
    ]);
  });

  it('drops a readout title past 500 characters, with a warning', () => {
    const result = conformingDraft(draft([meeting('Talks')], 'h'.repeat(501)));
    expect([result.title, result.titleSpan, result.meetings.length]).toEqual([null, null, 1]);
    expect(result.warnings.at(-1)).toMatch(/^the readout's title was left out: title: /);
  });

  it('gives a draft of no meetings, with a warning, when anything else breaks the schema', () => {
    const result = conformingDraft({ ...draft([meeting('Talks')]), confidence: 2 });
    expect(readoutDraftSchema.safeParse(result).success).toBe(true);
    expect(result.meetings).toEqual([]);
    expect(result.warnings.at(-1)).toMatch(/^nothing was drafted: the draft broke its schema at confidence: /);
  });
});
