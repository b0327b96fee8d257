// npx tsx scripts/review-screenshot.ts: the screenshot of the review page in the README (test/review/review-page.png).
// Starts the API on a fresh embedded PostgreSQL (a temporary DATA_DIR, migrated and seeded with the Wang Yi–Tileuberdi
// meeting), opens /review in Debian's Chromium, pastes the other side's readout of the seeded meeting and saves the
// page with its draft highlighted and the seeded meeting proposed as the one it describes. Then removes the database.
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';

const output = path.resolve(import.meta.dirname, '..', 'test', 'review', 'review-page.png');
const chromiumPath = '/usr/bin/chromium';

// Made up for the picture: the Kazakh side's readout of the seeded meeting.
const readout = `Mukhtar Tileuberdi holds talks with Wang Yi in Tashkent

Tashkent, 15 July 2021 – Deputy Prime Minister and Foreign Minister of Kazakhstan Mukhtar Tileuberdi met with State Councilor and Foreign Minister of China Wang Yi.

Tileuberdi said Kazakhstan supports the Belt and Road Initiative. Wang Yi said China was ready to supply more COVID-19 vaccines to Kazakhstan.
`;

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dm-review-screenshot-'));
const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
const database = await openDatabase(config);
const app = await buildApp(config, { ...database, changesUrl: undefined });
try {
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1040 }, deviceScaleFactor: 1 });
    await page.goto(`${address}/review`);
    await page.getByLabel('Readout text').fill(readout);
    await page.getByLabel('Publisher').fill('Ministry of Foreign Affairs of Kazakhstan');
    await page.getByRole('button', { name: 'Extract the draft' }).click();
    await page.locator('#source mark.hl-person').first().waitFor();
    await page.evaluate("document.getElementById('review-heading').scrollIntoView()");
    await mkdir(path.dirname(output), { recursive: true });
    await page.screenshot({ path: output });
  } finally {
    await browser.close();
  }
  process.stdout.write(`${path.relative(process.cwd(), output)}: ${Math.round((await stat(output)).size / 1024)} KiB\n`);
} finally {
  await app.close();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
