import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/ingest/document/nlp.js';
import { draftOfFixture, fixtureSets, knownPeople, loadFixtures, type Fixture } from '../fixture-scoring.js';

// wink-nlp learns every word it has not seen, for the life of the process, and its tokenizer consults what it learnt:
// "U.N." is one token on a fresh engine, but "U.N" and "." once some text has had "U.N system". A readout must read
// the same whatever was read before it (document/nlp.ts, readAsIfFirst). Each test file runs in a module graph of its
// own, so the engine here starts fresh; each case uses a word no other case has.

const tokensOf = (text: string) => analyse(text, 0, text.length).flatMap((sentence) => sentence.tokens.map((token) => token.text));

// Words a fresh engine reads as one token with their full stop ("Amb.", "Dept." it splits even then).
const abbreviations = ['U.N.', 'U.S.', 'E.U.', 'U.K.', 'U.A.E.', 'O.I.C.', 'D.C.', 'Gov.', 'Sen.', 'Rep.'];

describe('a word with a full stop stays one token after a text that had it without', () => {
  it.each(abbreviations)('%s', (word) => {
    const bare = word.replace(/\.$/, '');
    tokensOf(`Mutua underscored the special place of the ${bare} system in Kenya.`);
    expect(tokensOf(`Annan met Bush at the ${word} headquarters in New York, ${word} officials said.`)).toContain(word);
  });

  it('a word learnt earlier in the same text still counts, as on a fresh engine', () => {
    const text = 'The O.A.S system was praised. Its O.A.S. envoy agreed.';
    const first = tokensOf(text);
    tokensOf('Unrelated text about the O.A.S. and more.');
    expect(tokensOf(text)).toEqual(first);
  });
});

describe('a readout gives the same draft after the whole corpus is read as before it', () => {
  const people = knownPeople();
  const draftOf = (fixture: Fixture) => draftOfFixture(fixture, people);
  const keyOf = (fixture: Fixture) => `${fixture.set}/${fixture.slug}`;
  // Every readout of the corpus, first to last; then the first set again, read first the first time, and the last two
  // (the newest blind set and the readout pairs), whose readouts were read after all others the first time.
  const fixtures = fixtureSets.flatMap((set) => loadFixtures(set));
  const first = new Map(fixtures.map((fixture) => [keyOf(fixture), draftOf(fixture)]));
  const probes = [fixtureSets[0], ...fixtureSets.slice(-2)].flatMap((set) => loadFixtures(set));

  it.each(probes.map((fixture) => [keyOf(fixture), fixture] as const))('%s', (_, probe) => {
    expect(draftOf(probe)).toEqual(first.get(keyOf(probe)));
  });
});
