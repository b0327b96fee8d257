import { describe, expect, it } from 'vitest';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { markupTags } from '../../../src/ingest/text/markup.js';

// HTML pasted where the page's text belongs is read, with a warning that says what went wrong (trial 99: a ministry's
// page sent as text/plain gave statements that kept their "<li>" and no headline, and no warning).

const options = { initiatives: defaultInitiatives, people: [], publishedAt: '2013-08-03' };
const lead = 'Minister for Foreign Affairs Fumio Kishida held a telephone conversation with Secretary of State John Kerry.';
const warned = (text: string) => extractReadout(text, options).warnings.some((w) => w.startsWith('the text looks like HTML'));

describe('a text of HTML gets a warning', () => {
  it.each([
    ['a page', `<!DOCTYPE html><html><head><title>Call</title></head><body><h1>Call</h1><p>${lead}</p></body></html>`],
    ['a list of statements', `<h1>Telephone talks</h1>\n<ol><li>${lead}</li><li>Kerry expressed gratitude.</li></ol>`],
    ['paragraphs only', `<p>${lead}</p>\n<p>They discussed Syria.</p>\n<p>They agreed to meet.</p>`],
    ['a doctype alone before the text', `<!doctype html>\n${lead}`],
  ])('%s', (_case, text) => {
    expect(warned(text)).toBe(true);
  });
});

describe('a readout that prints angle brackets or one stray tag gets none', () => {
  it.each([
    ['plain text', `${lead}\n\nThey discussed Syria.`],
    ['a comparison', `${lead} Trade grew by <5 % and exports > imports.`],
    ['one line break tag', `${lead}<br>They discussed Syria.`],
    ['an e-mail address', `${lead}\n\nWrite to <press@mofa.go.jp>.`],
  ])('%s', (_case, text) => {
    expect(warned(text)).toBe(false);
    expect(markupTags(text)).toBe(0);
  });
});
