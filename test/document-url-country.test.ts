import { beforeEach, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';

// POST /v1/documents passes the readout's URL to the extractor: a country-code domain says whose readout it is when
// no publisher does (ingest/lexicon/domains.ts).

const ctx = useTestContext();
beforeEach(() => ctx.reset());

const text = 'The Prime Minister spoke to Prime Minister Giorgia Meloni of Italy this afternoon. The leaders discussed migration.';

it.each([
  ['https://www.gov.uk/government/news/pm-call-with-prime-minister-meloni', ['GB']],
  ['https://www.example.com/pm-call', [null]],
])('url %s: the host side is of %j', async (url, expected) => {
  const response = await supertest(ctx.app.server).post('/v1/documents').send({ text, url, publishedAt: '2023-10-20' }).expect(201);
  const hosts = response.body.draft.meetings[0].participants.filter((p: { role: string }) => p.role === 'host');
  expect(hosts.map((p: { countryCode: string | null }) => p.countryCode)).toEqual(expected);
});
