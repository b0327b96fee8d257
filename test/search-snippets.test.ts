import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { createMeeting } from './search-fixtures.js';
import { excerptOf, fragmentWords, markStart, markStop } from '../src/modules/search/search.highlight.js';

// Snippets are cut at whitespace: never inside a word the text search parser splits into parts (hyphenated compounds,
// a number after a word, paths, addresses), with the parts' marks joined; two runs at most, with ellipses where text
// is left out. Each case is a statement of its own in a meeting of its own, found through GET /v1/search on the real
// PostgreSQL (its ts_headline marks the matches; src/modules/search/search.highlight.ts cuts the excerpt).

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const filler = (word: string, count: number) => Array.from({ length: count }, (_, index) => `${word}${index}`).join(' ');

async function snippetFor(text: string, q: string): Promise<string> {
  const person = await ctx.prisma.person.create({ data: { name: `Speaker ${Math.random().toString(36).slice(2)}` } });
  const { statements } = await createMeeting(ctx.prisma, {
    title: 'Snippet case',
    kind: 'meeting',
    date: '2024-01-01',
    participants: [{ personId: person.id, countryCode: 'KZ' }],
    statements: [{ speaker: 0, text }],
    initiatives: [],
  });
  const response = await supertest(ctx.app.server).get('/v1/search').query({ q, type: 'statement', limit: '100' }).expect(200);
  const hit = (response.body as { data: Array<{ id: string; snippet: string }> }).data.find((row) => row.id === statements[0]!.id);
  if (!hit) throw new Error(`no hit for ${q}`);
  return hit.snippet;
}

const words = (snippet: string) =>
  snippet
    .replace(/<\/?mark>/g, '')
    .split(/\s+/)
    .filter((word) => word !== '…');

describe('GET /v1/search snippets never start or end inside a word', () => {
  // [case, the word as printed, the query, the snippet's highlight]: the printed word stands far into a long text
  // (beyond any one run), so the excerpt must begin somewhere inside the text.
  it.each([
    ['a hyphenated compound, matched on its second part', 'origin-tracing', 'tracing', 'origin-<mark>tracing</mark>'],
    ['a hyphenated compound, matched on its first part', 'origin-tracing', 'origin', '<mark>origin</mark>-tracing'],
    ['a word and a number, matched on the word', 'COVID-19', 'covid', '<mark>COVID</mark>-19'],
    ['a word and a number, asked for whole', 'COVID-19', 'covid-19', '<mark>COVID-19</mark>'],
    ['a compound of three parts', 'Kazakh-Chinese-Russian', 'chinese', 'Kazakh-<mark>Chinese</mark>-Russian'],
    ['a prefix compound', 'pre-war', 'war', 'pre-<mark>war</mark>'],
    ['a compound of names', 'Sino-Kazakh', 'kazakh', 'Sino-<mark>Kazakh</mark>'],
  ])('%s (%s, q=%s)', async (_case, printed, q, highlight) => {
    const text = `${filler('lead', 40)} ${printed} ${filler('tail', 40)}.`;
    const snippet = await snippetFor(text, q);
    expect(snippet).toContain(highlight);
    // Every word of the snippet is a whole word of the text.
    const textWords = new Set(text.split(/\s+/));
    for (const word of words(snippet)) expect(textWords, `${word} in ${snippet}`).toContain(word);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
  });

  it('a match of two parts is one mark', async () => {
    const snippet = await snippetFor(`${filler('a', 50)} the COVID-19 response ${filler('b', 50)}`, 'covid-19');
    expect(snippet).toContain('<mark>COVID-19</mark>');
    expect(snippet).not.toContain('</mark><mark>');
  });

  it('two matches far apart are two runs joined by an ellipsis, in text order', async () => {
    const snippet = await snippetFor(`desalination ${filler('x', 60)} hydropower ${filler('y', 60)}`, 'desalination hydropower');
    expect(snippet).toMatch(/^<mark>desalination<\/mark> .* … .*<mark>hydropower<\/mark> .* …$/);
    expect(words(snippet).length).toBeLessThanOrEqual(2 * fragmentWords);
  });

  it('a short text is shown whole, without ellipses', async () => {
    const text = 'Both ministers praised the Aral-Sea restoration plan.';
    expect(await snippetFor(text, 'restoration')).toBe('Both ministers praised the Aral-Sea <mark>restoration</mark> plan.');
  });

  it('a text that starts with a tag-like word keeps it, escaped', async () => {
    const snippet = await snippetFor(`<b>Geothermal</b> ${filler('z', 60)}`, 'geothermal');
    expect(snippet).toMatch(/^&lt;b&gt;<mark>Geothermal<\/mark>&lt;\/b&gt; z0 /);
  });
});

describe('excerptOf (the cut, on marked text as ts_headline returns it)', () => {
  const mark = (word: string) => `${markStart}${word}${markStop}`;
  it.each([
    ['marks next to each other join', `${mark('COVID')}${mark('-19')} cases`, `${mark('COVID-19')} cases`],
    ['a mark never closed is dropped', `${markStart}open words`, 'open words'],
    ['a stop never opened is dropped', `stray${markStop} words`, 'stray words'],
    ['no match: the first words', filler('w', 40), `${filler('w', fragmentWords)} …`],
    ['surrounding whitespace goes', `  padded ${mark('text')}  `, `padded ${mark('text')}`],
  ])('%s', (_case, input, expected) => {
    expect(excerptOf(input)).toBe(expected);
  });

  it('the run with more different matched words wins over one with more of the same', () => {
    const text = `${mark('alpha')} ${mark('alpha')} ${mark('alpha')} ${filler('x', 40)} ${mark('alpha')} ${mark('beta')} ${filler('y', 40)} ${mark('gamma')} ${filler('z', 40)}`;
    const excerpt = excerptOf(text);
    // Two runs: the alpha-beta run (two different words) and then the first run (three matches of one word).
    expect(excerpt.split(' … ').length).toBe(2);
    expect(excerpt).toContain(`${mark('alpha')} ${mark('beta')}`);
    expect(excerpt).not.toContain(mark('gamma'));
  });
});
