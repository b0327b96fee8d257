import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { otherLanguage } from '../../../src/ingest/text/language.js';
import { fixtureSets, loadFixtures } from '../fixture-scoring.js';

// A readout in another language is read anyway, with a warning that names the language (trial 99: nothing said why
// a German readout gave few facts). English readouts, also those full of foreign names, get no such warning.

const otherDir = new URL('../../fixtures/readouts/other-languages/', import.meta.url);
const warningsOf = (text: string) => extractReadout(text, { initiatives: defaultInitiatives, people: [], publishedAt: null }).warnings;

describe('a readout in another language', () => {
  it.each([
    ['at-plassnik-ban-2006-01-31.txt', 'German'],
    ['hr-krce-kofod-2020-04-23.txt', 'Danish'],
    ['kresy-rau-landsbergis-kuleba-2021-01-29.txt', 'Polish'],
  ])('%s is read with a warning naming %s', (file, language) => {
    const text = readFileSync(new URL(file, otherDir), 'utf8');
    expect(warningsOf(text)).toContain(
      `the text looks like ${language}, not English: the extractor reads English, so expect few facts and check each`,
    );
  });

  it.each([
    ['at-plassnik-ban-2006-01-31.txt', 'de'],
    ['hr-krce-kofod-2020-04-23.txt', 'da'],
    ['kresy-rau-landsbergis-kuleba-2021-01-29.txt', 'pl'],
  ])('%s: the draft says the language it was taken for, as a BCP 47 tag (%s)', (file, tag) => {
    const text = readFileSync(new URL(file, otherDir), 'utf8');
    expect(extractReadout(text, { initiatives: defaultInitiatives, people: [], publishedAt: null }).language).toBe(tag);
  });

  it('covers every readout of the other-languages folder', () => {
    expect(readdirSync(otherDir).filter((file) => file.endsWith('.txt'))).toHaveLength(3);
  });
});

describe('English readouts', () => {
  it('are drafted as "en"; an empty text has no language', () => {
    const [fixture] = loadFixtures('development');
    const options = { initiatives: defaultInitiatives, people: [], publishedAt: null };
    expect(extractReadout(fixture!.text, options).language).toBe('en');
    expect(extractReadout('   ', options).language).toBeUndefined();
  });

  it('no English readout of the corpus is taken for another language', () => {
    const flagged = fixtureSets.flatMap((set) =>
      loadFixtures(set).flatMap((fixture) => (otherLanguage(fixture.text) ? [`${set}/${fixture.slug}`] : [])),
    );
    // blind-57's annotator took one readout in Icelandic (its text is the Icelandic government's own): it is the one.
    expect(flagged).toEqual(['blind-57/is-palsson-gayoom-2008-05-08']);
  });

  it.each([
    // Spanish names in an English report (franc alone says Portuguese).
    'Colombian Foreign Minister María Ángela Holguín met Tuesday in Bogotá with Cuban Deputy Foreign Minister Rogelio Sierra, with whom she discussed the state of bilateral ties, the peace negotiations of the Fuerzas Armadas Revolucionarias de Colombia and the Mecanismo de Consultas Políticas.',
    // Too short to tell.
    'Minister Müller traf Minister Schmidt.',
  ])('%s', (text) => {
    expect(otherLanguage(text)).toBeNull();
  });
});
