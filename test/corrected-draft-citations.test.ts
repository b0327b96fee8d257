import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { candidateInitiative } from './helpers/factories.js';

// A corrected draft cites its document: a span the extractor did not give that fact must slice to what the draft says
// is printed there — a participant's name, a title (words of the printed title), a statement's text, the meeting's date
// (words of a date) and place, an initiative's name. Trial 99 sent the corrected draft of one readout to another
// document's commit: 201, with Blinken's name cited at "rasil, Mauro Viei"; trial 126 committed a date cited at
// "Musalia Mudavadi" and a place at " Foreign Ministe".

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const text = `Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.

Minister Berg said Sweden valued the Nordic defence cooperation.

Minister Laine stressed the importance of the Baltic Sea strategy.
`;
const other = `Foreign Minister Mauro Vieira met Argentine Foreign Minister Diana Mondino in Brasilia on 4 June 2024.

Minister Vieira said Brazil valued the Mercosur partnership with its neighbour.

Minister Mondino stressed the importance of the trade agenda of both countries.
`;

type Draft = {
  meetings: Array<{
    dateSpan: { start: number; end: number } | null;
    locationSpan: { start: number; end: number } | null;
    initiatives: unknown[];
    participants: Array<{
      span: { start: number; end: number } | null;
      titleSpan: { start: number; end: number } | null;
      printedName: string;
    }>;
    statements: Array<{ span: { start: number; end: number } | null; text: string }>;
  }>;
};

async function posted(body: string): Promise<{ id: string; draft: Draft }> {
  return (await api().post('/v1/documents').send({ text: body }).expect(201)).body;
}
const at = (printed: string) => ({ start: text.indexOf(printed), end: text.indexOf(printed) + printed.length });
const initiative = (name: string, span: { start: number; end: number }) => candidateInitiative(name, 'baltic-sea-strategy', span);
const shifted = (span: { start: number; end: number } | null, by: number) => span && { start: span.start + by, end: span.end + by };

describe('a span the extractor did not give must cite what the draft says is printed there', () => {
  it.each([
    [
      'a participant’s name span moved',
      (d: Draft) => void (d.meetings[0]!.participants[0]!.span = shifted(d.meetings[0]!.participants[0]!.span, 3)),
      '/draft/meetings/0/participants/0/span',
    ],
    [
      'a participant’s title span moved',
      (d: Draft) => void (d.meetings[0]!.participants[1]!.titleSpan = shifted(d.meetings[0]!.participants[1]!.titleSpan, 2)),
      '/draft/meetings/0/participants/1/titleSpan',
    ],
    [
      'a statement’s span moved',
      (d: Draft) => void (d.meetings[0]!.statements[0]!.span = shifted(d.meetings[0]!.statements[0]!.span, 5)),
      '/draft/meetings/0/statements/0/span',
    ],
    ['the date span moved onto a name', (d: Draft) => void (d.meetings[0]!.dateSpan = at('Anna Berg')), '/draft/meetings/0/dateSpan'],
    [
      'the location span moved onto a title',
      (d: Draft) => void (d.meetings[0]!.locationSpan = at('Finnish Foreign Minister')),
      '/draft/meetings/0/locationSpan',
    ],
    [
      'an initiative added, its span citing a name',
      (d: Draft) => void d.meetings[0]!.initiatives.push(initiative('Baltic Sea Strategy', at('Pekka Laine'))),
      '/draft/meetings/0/initiatives/0/span',
    ],
  ])('%s is a 422 at its pointer, and nothing is written', async (_case, edit, pointer) => {
    const document = await posted(text);
    const draft = structuredClone(document.draft);
    edit(draft);
    const refused = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual([pointer]);
    expect((await api().get('/v1/meetings').expect(200)).body.data).toEqual([]);
  });

  it("another document's corrected draft is a 422 naming every span that cites other text", async () => {
    const mine = await posted(text);
    const theirs = await posted(other);
    const refused = await api().post(`/v1/documents/${mine.id}/commit`).send({ draft: theirs.draft }).expect(422);
    const pointers = refused.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toContain('/draft/meetings/0/participants/0/span');
    expect(pointers).toContain('/draft/meetings/0/statements/0/span');
    expect((await api().get('/v1/meetings').expect(200)).body.data).toEqual([]);
  });

  it.each([
    [
      'a statement retyped at the span the extractor gave it',
      (d: Draft) => void (d.meetings[0]!.statements[0]!.text = 'Minister Berg said Sweden values Nordic defence cooperation.'),
    ],
    [
      'a participant renamed at the extractor’s span',
      (d: Draft) => Object.assign(d.meetings[0]!.participants[0]!, { name: 'Anna Maria Berg' }),
    ],
    [
      'a span moved onto the printed name exactly',
      (d: Draft) => {
        const at = text.indexOf('Berg said');
        Object.assign(d.meetings[0]!.participants[0]!, { span: { start: at, end: at + 4 }, printedName: 'Berg' });
      },
    ],
    [
      'a statement the editor adds, cited at its text',
      (d: Draft) => {
        const sentence = 'Minister Laine stressed the importance of the Baltic Sea strategy.';
        const at = text.indexOf(sentence);
        d.meetings[0]!.statements.push({
          span: { start: at, end: at + sentence.length },
          text: sentence,
          kind: 'reported',
          speakerKey: 'p2',
          topics: [],
        } as never);
      },
    ],
    ['the date span moved onto the printed date', (d: Draft) => void (d.meetings[0]!.dateSpan = at('3 May 2024'))],
    ['the location span moved onto "in Stockholm"', (d: Draft) => void (d.meetings[0]!.locationSpan = at('in Stockholm'))],
    [
      'an initiative added, cited at its name',
      (d: Draft) => void d.meetings[0]!.initiatives.push(initiative('Baltic Sea Strategy', at('Baltic Sea strategy'))),
    ],
  ])('%s commits', async (_case, edit) => {
    const document = await posted(text);
    const draft = structuredClone(document.draft);
    edit(draft);
    await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201);
  });
});
