import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { isGenericInstrument, partiesSuffix } from '../src/ingest/linking/generic-instruments.js';
import { defaultInitiatives } from '../src/ingest/lexicon/initiative-catalog.js';
import { useTestContext } from './helpers/app.js';

// New-user trial 122: Norway–Ghana's "Memorandum of Understanding on Political Consultations", created in the catalogue
// at commit, was then linked by Kenya–Brazil's MoU of the same name, and `/v1/stats/top-initiatives` counted two pairs'
// agreements as one initiative. A generic instrument's slug now ends with its parties' codes.

describe('a generic instrument', () => {
  it.each([
    ['Memorandum of Understanding on Political Consultations', true],
    ['Strategic Dialogue', true],
    ['Reciprocal Access Agreement', true],
    ['Joint Commission', true],
    // New-user trial 125: qualifiers of a trade agreement, and a partnership of two states.
    ['Interim Trade Agreement', true],
    ['Advanced Framework Agreement', true],
    ['Free Trade Agreement', true],
    ['Comprehensive Strategic Partnership', true],
    ['Enhanced Strategic Partnership', true],
    ['Partnership and Cooperation Agreement', true],
    // New-user trial 127: a commission of two nations, a working group, a task force.
    ['Binational Commission', true],
    ['Bi-National Commission', true],
    ['Joint Working Group on Counter-Terrorism', true],
    ['Joint Working Group on Counter Terrorism', true],
    ['Joint Task Force', true],
    ['Consultative Mechanism', true],
    ['South Africa-Nigeria Bi-National Commission', false],
    ['Lima Group', false],
    ['Eastern Partnership', false],
    ['Trans-Pacific Partnership', false],
    ['Global Partnership for Education', false],
    ['EU-Chile Advanced Framework Agreement', false],
    // Named for a party, a place, an acronym or a number: a proper name.
    ['Japan-Philippines Reciprocal Access Agreement', false],
    ['Paris Agreement', false],
    ['Minsk Agreements', false],
    ['JCBC-10 Joint Commission', false],
    ['2030 Agenda for Sustainable Development', false],
    // No instrument's head noun, or a name before it.
    ['Global Gateway', false],
    ['Amazon Fund', false],
    ['Digital Silk Road Programme', false],
    ['Trans-Kalahari Corridor Agreement', false],
    ['Good Friday Agreement', false],
    ['Abraham Accords', false],
  ])('"%s" → %s', (name, generic) => {
    expect(isGenericInstrument(name)).toBe(generic);
  });

  it('belongs to the two or more countries of the meeting', () => {
    expect(partiesSuffix([{ countryCode: 'NO' }, { countryCode: 'GH' }, { countryCode: 'NO' }])).toBe('gh-no');
    expect(partiesSuffix([{ countryCode: 'NO' }, { countryCode: null }])).toBeNull();
    // An organisation's official of no country is the organisation's party (new-user trial 143).
    expect(partiesSuffix([{ countryCode: null, organization: 'European Union' }, { countryCode: 'AE' }])).toBe('ae-eu');
    expect(partiesSuffix([{ countryCode: null, organization: 'NATO' }, { countryCode: 'UA' }])).toBe('nato-ua');
    expect(partiesSuffix([{ countryCode: null, organization: 'League of Arab States' }, { countryCode: 'EG' }])).toBe('eg-las');
    expect(partiesSuffix([{ countryCode: 'FR', organization: 'European Union' }, { countryCode: 'AE' }])).toBe('ae-fr');
    expect(partiesSuffix([{ countryCode: null, organization: 'European Union' }, { countryCode: null }])).toBeNull();
  });
});

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(async () => {
  await ctx.reset();
  await ctx.prisma.initiative.createMany({ data: defaultInitiatives.map((entry) => ({ ...entry, aliases: [...entry.aliases] })) });
});

async function postAndCommit(text: string) {
  const posted = await api().post('/v1/documents').set('content-type', 'text/plain').send(text).expect(201);
  await api().post(`/v1/documents/${posted.body.id}/commit`).send({}).expect(201);
  return posted.body.draft.meetings[0].initiatives as Array<{ slug: string; isCandidate: boolean }>;
}

describe('two pairs’ memoranda of one name', () => {
  it('are two catalogue entries, each counted for its own meeting', async () => {
    const first = await postAndCommit(
      'Foreign Minister Espen Barth Eide of Norway met Foreign Minister Shirley Ayorkor Botchway of Ghana in Accra on 3 May 2024. The two ministers signed a Memorandum of Understanding on Political Consultations.',
    );
    const second = await postAndCommit(
      'Cabinet Secretary Musalia Mudavadi of Kenya held a video call with Foreign Minister Mauro Vieira of Brazil on 6 May 2024. The two sides signed a Memorandum of Understanding on Political Consultations.',
    );
    expect(first.map((link) => [link.slug, link.isCandidate])).toEqual([
      ['memorandum-of-understanding-on-political-consultations-gh-no', true],
    ]);
    expect(second.map((link) => [link.slug, link.isCandidate])).toEqual([
      ['memorandum-of-understanding-on-political-consultations-br-ke', true],
    ]);
    const top = (await api().get('/v1/stats/top-initiatives?limit=5').expect(200)).body.data as Array<{ slug: string; meetings: number }>;
    expect(
      top
        .filter((row) => row.slug.startsWith('memorandum-of-understanding'))
        .map((row) => [row.slug, row.meetings])
        .sort(),
    ).toEqual([
      ['memorandum-of-understanding-on-political-consultations-br-ke', 1],
      ['memorandum-of-understanding-on-political-consultations-gh-no', 1],
    ]);
  });

  it.each([
    ['signed the Interim Trade Agreement', 'interim-trade-agreement'],
    ['agreed to implement the Comprehensive Strategic Partnership', 'comprehensive-strategic-partnership'],
    // New-user trial 127: the US–South Africa and US–Nigeria commissions had been one initiative.
    ['agreed to reconvene the Binational Commission', 'binational-commission'],
    ['agreed to reconvene the Joint Working Group on Counter-Terrorism', 'joint-working-group-on-counter-terrorism'],
  ])('"%s" of two pairs: two entries (new-user trials 125 and 127)', async (phrase, slug) => {
    const first = await postAndCommit(
      `Foreign Minister Alberto van Klaveren of Chile met Foreign Minister Espen Barth Eide of Norway in Oslo on 13 December 2023. The two ministers ${phrase}.`,
    );
    const second = await postAndCommit(
      `Foreign Minister Bui Thanh Son of Viet Nam held talks with Foreign Minister Penny Wong of Australia in Hanoi on 4 June 2024. The two ministers ${phrase}.`,
    );
    expect([...first, ...second].map((link) => [link.slug, link.isCandidate])).toEqual([
      [`${slug}-cl-no`, true],
      [`${slug}-au-vn`, true],
    ]);
  });

  it('the same pair’s again links the entry its first readout created', async () => {
    const text =
      'Foreign Minister Espen Barth Eide of Norway met Foreign Minister Shirley Ayorkor Botchway of Ghana in Accra on 3 May 2024. The two ministers signed a Memorandum of Understanding on Political Consultations.';
    await postAndCommit(text);
    const again = await postAndCommit(text.replace('3 May 2024', '9 June 2025').replace('Accra', 'Oslo'));
    expect(again.map((link) => [link.slug, link.isCandidate])).toEqual([
      ['memorandum-of-understanding-on-political-consultations-gh-no', false],
    ]);
  });
});
