import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';
import { postCreated } from './helpers/factories.js';

// The review page driven end to end in Debian's Chromium: the page, the public API it calls and the database behind it.

const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const readout = (name: string) => readFile(new URL(`./fixtures/readouts/issue-examples/${name}.txt`, import.meta.url), 'utf8');
const key = 'review-editor-key-0123456789';
// Two sides' readouts of one meeting (made up): the second names the first's meeting as its candidate.
const pairOfReadouts = [
  'Foreign Minister Novak meets Chilean counterpart\n\nVienna, 14 May 2024 – Foreign Minister Petra Novak received Chilean Foreign ' +
    'Minister Alberto Vargas in Vienna for talks on trade and energy.\n\nNovak said Austria would support Chile in the energy transition.\n',
  'Minister Vargas holds talks in Vienna\n\nSantiago, 15 May 2024 – On 14 May 2024, Minister of Foreign Affairs Alberto Vargas held ' +
    'talks in Vienna with Austrian Foreign Minister Petra Novak.\n\nVargas said Chile welcomed investment in lithium.\n',
] as const;

let ctx: TestContext | undefined;
let keyed: FastifyInstance | undefined;
let browser: Browser | undefined;
let openBase = '';
let keyedBase = '';

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium is not installed at ${chromiumPath}: apt-get install chromium (.ci/run installs it). The review page is tested in it.`,
    );
  ctx = await createTestContext();
  openBase = await listen(ctx.app);
  const { API_KEYS } = loadConfig({ API_KEYS: `editor:${key}` });
  keyed = await buildApp({ ...testConfig, API_KEYS }, { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() });
  keyedBase = await listen(keyed);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  // Each closes even when another fails to.
  const results = await Promise.allSettled([browser?.close(), keyed?.close()]);
  await ctx?.close();
  for (const result of results) if (result.status === 'rejected') throw result.reason;
});

/** A fresh browser context (its own sessionStorage) on the page; closed whatever `use` does. */
async function onReviewPage(base: string, use: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser!.newContext();
  try {
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && failures.push(message.text())));
    // The page's own files (not the API's answers, whose 4xx the page shows) are all there: no /favicon.ico 404.
    page.on('response', (response) => {
      if (response.status() === 404 && !new URL(response.url()).pathname.startsWith('/v1/')) failures.push(`404 ${response.url()}`);
    });
    await page.goto(`${base}/review`);
    await use(page);
    expect(failures.filter((failure) => !/status of 4\d\d/.test(failure) || failure.startsWith('404 '))).toEqual([]);
  } finally {
    await context.close();
  }
}

async function extract(page: Page, text: string): Promise<void> {
  await page.getByLabel('Readout text').fill(text);
  await page.getByRole('button', { name: 'Extract the draft' }).click();
  await page.locator('#source mark.hl-person').first().waitFor();
}

const participantGroup = (page: Page, printed: string) => page.getByRole('group', { name: `(printed “${printed}”)` });

async function namesOfParticipants(base: string, meetingPath: string): Promise<string[]> {
  const meeting = (await (await fetch(`${base}${meetingPath}`)).json()) as { participants: Array<{ personId: string }> };
  const people = await Promise.all(
    meeting.participants.map(async (p) => ((await (await fetch(`${base}/v1/people/${p.personId}`)).json()) as { name: string }).name),
  );
  return people.sort();
}

describe('GET /review', () => {
  it('serves the page and its assets with a strict policy and no inline script', async () => {
    const page = await supertest(ctx!.app.server).get('/review').expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const script = await supertest(ctx!.app.server).get('/review/review.js').expect(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    await supertest(ctx!.app.server).get('/review/review.js').set('if-none-match', script.headers.etag!).expect(304);
    await supertest(ctx!.app.server).get('/review/review.css').expect('content-type', 'text/css; charset=utf-8');
    await supertest(ctx!.app.server).get('/review/nothing.js').expect(404);
  });
});

describe('the review page in Chromium', () => {
  it('highlights the draft, takes a corrected participant name, commits and reads the meeting back', async () => {
    const text = await readout('tr-aydin-nurtleu-2023-10-11');
    let meetingPath = '';
    await onReviewPage(openBase, async (page) => {
      await extract(page, text);
      const source = page.locator('#source');
      expect(await source.textContent()).toBe(text);
      expect(await source.locator('mark.hl-person').allTextContents()).toEqual(['Kemal Aydin', 'Murat Nurtleu']);
      expect(await source.locator('mark.hl-person').first().getAttribute('title')).toBe('Participant: Kemal Aydin');
      for (const kind of ['date', 'place', 'kind', 'title', 'statement', 'initiative'])
        expect(await source.locator(`mark.hl-${kind}`).count(), kind).toBeGreaterThan(0);
      expect(await source.locator('mark.hl-date').textContent()).toBe('11 October 2023');
      const unlabelled = await page
        .locator('input, select, textarea, button')
        .evaluateAll((controls) =>
          controls.filter((control) => !(control as { labels?: ArrayLike<unknown> }).labels?.length && !control.textContent?.trim()),
        );
      expect(unlabelled).toEqual([]);

      await participantGroup(page, 'Kemal Aydin').getByLabel('Name', { exact: true }).fill('Kemal Aydın');
      expect(await source.locator('mark.hl-person').first().getAttribute('title')).toBe('Participant: Kemal Aydın');
      await page.getByRole('button', { name: 'Commit' }).click();

      const names = page.locator('#readback .person-name');
      await names.first().waitFor();
      expect((await names.allTextContents()).sort()).toEqual(['Kemal Aydın', 'Murat Nurtleu']);
      expect(await page.locator('#commit-messages').textContent()).toBe('Committed: 1 new meeting created.');
      meetingPath = (await page.locator('#committed a').first().getAttribute('href')) ?? '';
    });
    expect(meetingPath).toMatch(/^\/v1\/meetings\/[0-9a-f-]{36}\?include=/);
    expect(await namesOfParticipants(openBase, meetingPath)).toEqual(['Kemal Aydın', 'Murat Nurtleu']);
  });

  it('links a participant to the stored person the editor picks from the lookup', async () => {
    const stored = await postCreated<{ id: string }>(ctx!.app, '/v1/people', { name: 'Retno Marsudi', aliases: [], countryCode: 'ID' });
    const text = await readout('jp-takeda-marsudi-2022-06-09');
    let meetingPath = '';
    await onReviewPage(openBase, async (page) => {
      await extract(page, text);
      const marsudi = participantGroup(page, 'Retno Marsudi');
      if (await marsudi.getByRole('button', { name: 'Unlink' }).isVisible()) await marsudi.getByRole('button', { name: 'Unlink' }).click();
      await marsudi.getByRole('button', { name: 'Find stored person' }).click();
      await marsudi.getByRole('radio', { name: /^Retno Marsudi/ }).check();
      expect(await marsudi.locator('.person-status').textContent()).toMatch(
        /^Linked to the stored person Retno Marsudi: the stored person's name is kept/,
      );
      await page.getByRole('button', { name: 'Commit' }).click();
      await page.locator('#readback .person-name').first().waitFor();
      meetingPath = (await page.locator('#committed a').first().getAttribute('href')) ?? '';
    });
    const meeting = (await (await fetch(`${openBase}${meetingPath}`)).json()) as { participants: Array<{ personId: string }> };
    expect(meeting.participants.map((p) => p.personId)).toContain(stored.id);
  });

  it('lists a recorded meeting the draft describes, with its evidence, and attaches the readout to it when chosen', async () => {
    const first = await postCreated<{ id: string }>(ctx!.app, '/v1/documents', { text: pairOfReadouts[0] });
    const committed = await supertest(ctx!.app.server).post(`/v1/documents/${first.id}/commit`).send({}).expect(201);
    const meetingId = committed.body.data[0].id as string;
    await onReviewPage(openBase, async (page) => {
      await extract(page, pairOfReadouts[1]);
      const choices = page.getByRole('group', { name: 'Is this a meeting already recorded?' });
      expect(await choices.getByRole('radio', { name: 'No: create a new meeting' }).isChecked()).toBe(true);
      const candidate = choices.getByRole('radio', {
        name: /^Attach to this meeting: “Foreign Minister Novak meets Chilean counterpart” \(2024-05-14\)/,
      });
      expect(await choices.textContent()).toContain('People in common: Petra Novak, Alberto Vargas');
      await candidate.check();
      await page.getByRole('button', { name: 'Commit' }).click();
      await page.locator('#readback .person-name').first().waitFor();
      expect(await page.locator('#commit-messages').textContent()).toBe(
        'Committed: 1 recorded meeting given this readout as a further source.',
      );
      expect(await page.locator('#committed a').first().getAttribute('href')).toContain(meetingId);
    });
    const sources = await supertest(ctx!.app.server).get('/v1/documents').expect(200);
    const second = sources.body.data.find((d: { title: string }) => d.title === pairOfReadouts[1].split('\n')[0]);
    expect(second.meetingIds).toEqual([meetingId]);
  });

  it("shows the API's problem in the live region and points at the field: committing with the date cleared", async () => {
    const text = await readout('uk-holloway-mendes-2024-03-04');
    await onReviewPage(openBase, async (page) => {
      await extract(page, text);
      const date = page.locator('#m0-date');
      await date.fill('');
      await page.getByRole('button', { name: 'Commit' }).click();
      const region = page.locator('#commit-messages');
      await region.locator('.problem').waitFor();
      expect(await region.getAttribute('aria-live')).toBe('polite');
      expect(await region.textContent()).toContain('The meeting has no date');
      expect(await date.getAttribute('aria-invalid')).toBe('true');
      await region.getByRole('link', { name: /^Date: The meeting has no date/ }).focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate('document.activeElement.id')).toBe('m0-date');
      expect(await page.locator('#result').isHidden()).toBe(true);
    });
    const documents = await supertest(ctx!.app.server).get('/v1/documents').expect(200);
    const uk = documents.body.data.find((d: { title: string }) => d.title === text.split('\n')[0]);
    expect(uk.meetingIds).toEqual([]);
  });

  it('works from the keyboard: Enter on a highlight leads to its control, Enter in a field does not commit (trial finding)', async () => {
    const text = await readout('uk-holloway-mendes-2024-03-04');
    await onReviewPage(openBase, async (page) => {
      await extract(page, text);
      const date = page.locator('#source mark.hl-date').first();
      await date.focus();
      expect(await page.evaluate('document.activeElement.tagName')).toBe('MARK');
      await page.keyboard.press('Enter');
      expect(await page.evaluate('document.activeElement.id')).toBe('m0-date');
      await page.locator('#source mark.hl-person').first().focus();
      await page.keyboard.press(' ');
      expect(await page.evaluate('document.activeElement.id')).toMatch(/^m0-p\d+-name$/);
      await page.keyboard.press('Enter');
      expect(await page.locator('#commit-messages').textContent()).toBe('');
      expect(await page.locator('#result').isHidden()).toBe(true);
    });
    const documents = await supertest(ctx!.app.server).get('/v1/documents').expect(200);
    const uk = documents.body.data.find((d: { title: string }) => d.title === text.split('\n')[0]);
    expect(uk.meetingIds).toEqual([]);
  });

  it('adds a participant the extractor missed, and commits it (trial finding)', async () => {
    const text =
      'Foreign Minister Kaya receives Kazakh counterpart\n\nAnkara, 12 October 2023 – Minister of Foreign Affairs Selin Kaya received Kazakh Foreign Minister Murat Nurtleu in Ankara.\n';
    let meetingPath = '';
    await onReviewPage(openBase, async (page) => {
      await extract(page, text);
      await page.getByRole('button', { name: 'Add a participant' }).click();
      const added = page.getByRole('group', { name: /\(added by the editor\)$/ });
      expect(await page.evaluate('document.activeElement.id')).toMatch(/^m0-p2-name$/);
      await added.getByLabel('Name', { exact: true }).fill('Ahmet Yildiz');
      await added.getByLabel('Title', { exact: true }).fill('Deputy Foreign Minister');
      await added.getByLabel('Country').fill('TR');
      await page.getByRole('button', { name: 'Commit' }).click();
      await page.locator('#readback .person-name').first().waitFor();
      meetingPath = (await page.locator('#committed a').first().getAttribute('href')) ?? '';
    });
    expect(await namesOfParticipants(openBase, meetingPath)).toEqual(['Ahmet Yildiz', 'Murat Nurtleu', 'Selin Kaya']);
  });

  it('a commit that succeeds after a failed one leaves no field marked invalid', async () => {
    const text = await readout('uk-holloway-mendes-2024-03-04');
    await onReviewPage(openBase, async (page) => {
      await extract(page, text);
      const date = page.locator('#m0-date');
      const dated = await date.inputValue();
      await date.fill('');
      await page.getByRole('button', { name: 'Commit' }).click();
      await page.locator('#commit-messages .problem').waitFor();
      expect(await date.getAttribute('aria-invalid')).toBe('true');
      await date.fill(dated);
      await page.getByRole('button', { name: 'Commit' }).click();
      await page.locator('#readback .person-name').first().waitFor();
      expect(await page.locator('#draft-form [aria-invalid]').count()).toBe(0);
    });
  });

  it("shows the extractor's warnings, and offers no commit for a text that reports no meeting", async () => {
    await onReviewPage(openBase, async (page) => {
      await page.getByLabel('Readout text').fill('The weather in Geneva was mild this week, and the lake was calm.');
      await page.getByRole('button', { name: 'Extract the draft' }).click();
      const warnings = page.locator('.draft-warnings');
      await warnings.waitFor();
      expect(await warnings.textContent()).toContain('does not look like a meeting readout');
      expect(await page.getByRole('button', { name: 'Commit' }).isDisabled()).toBe(true);
    });
  });

  it('sends the API key when the API requires one for writes', async () => {
    const text = `${await readout('uk-holloway-mendes-2024-03-04')}\nKeyed copy.\n`;
    let meetingPath = '';
    await onReviewPage(keyedBase, async (page) => {
      await page.getByLabel('Readout text').fill(text);
      await page.getByRole('button', { name: 'Extract the draft' }).click();
      const region = page.locator('#document-messages');
      await region.locator('.problem').waitFor();
      expect(await region.textContent()).toContain('needs an API key');

      await page.getByLabel('API key').fill(key);
      await extract(page, text);
      await page.getByRole('button', { name: 'Commit' }).click();
      const names = page.locator('#readback .person-name');
      await names.first().waitFor();
      expect((await names.allTextContents()).sort()).toEqual(['Carlos Mendes', 'Jane Holloway']);
      meetingPath = (await page.locator('#committed a').first().getAttribute('href')) ?? '';
      expect(await page.evaluate('sessionStorage.length')).toBe(1);
    });
    expect(await namesOfParticipants(keyedBase, meetingPath)).toEqual(['Carlos Mendes', 'Jane Holloway']);
  });
});
