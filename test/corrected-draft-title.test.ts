import { beforeEach, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';

// A readout without a headline gives its meeting a generated title ("Meeting: A, B", no span). An editor who corrects
// the kind or a name and leaves that title alone gets it made again from what they committed (new-user trial 136); a
// title they wrote, or one the readout printed, is kept.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const plain = 'Foreign Minister Anna Berg spoke with Finnish Foreign Minister Pekka Laine on 3 May 2024.';
const headed = `Minister Berg meets Finnish counterpart\n\nForeign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.`;

type Draft = {
  meetings: { title: string; titleSpan: unknown; kind: string; participants: { name: string; printedName: string | null }[] }[];
};
type Edit = (draft: Draft) => void;

async function committedTitle(text: string, edit: Edit): Promise<{ drafted: string; committed: string }> {
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  const draft = structuredClone(document.draft) as Draft;
  edit(draft);
  const committed = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201);
  return { drafted: document.draft.meetings[0].title, committed: committed.body.data[0].title };
}

const meeting = (draft: Draft) => draft.meetings[0]!;

it.each<[string, Edit, string]>([
  ['the kind corrected to a visit', (d) => void (meeting(d).kind = 'visit'), 'Visit: Anna Berg, Pekka Laine'],
  ['the kind corrected to talks', (d) => void (meeting(d).kind = 'talks'), 'Talks: Anna Berg, Pekka Laine'],
  [
    'a name corrected',
    (d) => {
      const laine = meeting(d).participants.find((p) => p.name === 'Pekka Laine')!;
      laine.name = 'Pekka Laine-Virtanen';
      laine.printedName = 'Pekka Laine';
    },
    'Phone call: Anna Berg, Pekka Laine-Virtanen',
  ],
  ['nothing corrected', () => undefined, 'Phone call: Anna Berg, Pekka Laine'],
])('a generated title, %s, is made from what is committed', async (_case, edit, expected) => {
  const { drafted, committed } = await committedTitle(plain, edit);
  expect(drafted).toBe('Phone call: Anna Berg, Pekka Laine');
  expect(committed).toBe(expected);
});

it.each<[string, string, Edit, string]>([
  [
    'a title the editor wrote',
    plain,
    (d) => {
      meeting(d).kind = 'visit';
      meeting(d).title = 'Call on Nordic security';
    },
    'Call on Nordic security',
  ],
  [
    'a title the editor wrote in the generated form',
    plain,
    (d) => {
      meeting(d).kind = 'visit';
      meeting(d).title = 'Phone call: Berg and Laine';
    },
    'Phone call: Berg and Laine',
  ],
  ["the readout's headline", headed, (d) => void (meeting(d).kind = 'talks'), 'Minister Berg meets Finnish counterpart'],
])('%s is kept when the kind is corrected', async (_case, text, edit, expected) => {
  expect((await committedTitle(text, edit)).committed).toBe(expected);
});
