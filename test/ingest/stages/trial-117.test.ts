import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { readStructure } from '../../../src/ingest/document/structure.js';

// Classes new-user trial 117 found in readouts its user wrote, each with its variants and the neighbouring case that
// must not change.

const base: ExtractOptions = { initiatives: [], people: [] };

describe('a meeting on one of several days the text gives is undated, and the warning names the days', () => {
  it.each([
    ['on 2-3 November 2026', '2-3 November 2026'],
    ['from 2 to 3 November 2026', '2 to 3 November 2026'],
    ['on November 2–3, 2026', 'November 2–3, 2026'],
  ])('%s', (days, printed) => {
    const text = `Polish Minister of Foreign Affairs Tomasz Wierzbicki paid an official visit to Vietnam ${days} and met Foreign Minister Le Thi Hoa in Hanoi.`;
    const draft = extractReadout(text, base);
    expect(draft.meetings[0]?.date).toBeNull();
    expect(draft.warnings).toContainEqual(expect.stringContaining(`the text gives "${printed}", several days, but not which of them`));
  });

  it('a text with no date at all keeps the plain warning', () => {
    const text = 'Polish Minister of Foreign Affairs Tomasz Wierzbicki met Foreign Minister Le Thi Hoa in Hanoi.';
    expect(extractReadout(text, base).warnings).toContainEqual('meeting 1 (/meetings/0) has no date the text states');
  });
});

describe('a headline that prints a name in its own script is the headline', () => {
  const headlineOf = (text: string) => {
    const structure = readStructure(text, text.length);
    return structure.headline && text.slice(structure.headline.start, structure.headline.end);
  };
  const body =
    '\n\nBEIJING, 12 November 2026 -- Chinese Foreign Minister Zhang Mingyuan held talks with the Mongolian Foreign Minister in Beijing on Thursday.';
  it.each([
    'Zhang Mingyuan Holds Talks with Mongolian Foreign Minister Батбаярын Энхтуяа',
    'Zhang Mingyuan (张明远) Holds Talks with Mongolian Foreign Minister',
    'Foreign Minister Meets Greek Counterpart Γιώργος Γεραπετρίτης in Athens',
  ])('%s', (headline) => {
    expect(headlineOf(headline + body)).toBe(headline);
  });

  it('a headline in another language is not taken for an English one', () => {
    expect(headlineOf('Глава МИД России провел переговоры с министром' + body)).toBeNull();
  });
});

describe('a meeting with a hundred named counterparts in one sentence', () => {
  const names = ['Anna', 'Jana', 'Maria', 'Ivo', 'Lars', 'Mona', 'Pia', 'Rui', 'Sami', 'Tomas'].flatMap((first) =>
    ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta', 'Iota', 'Kappa'].map((last) => `Minister ${first} ${last}`),
  );
  const readout = (count: number) =>
    `Swiss Foreign Minister meets counterparts\n\nThe Foreign Minister of Switzerland met with ${names.slice(0, count - 1).join(', ')} and ${names[count - 1]} in Geneva on 1 December 2026.`;

  it.each([20, 40, 100])('%i names: English, whatever the share of names', (count) => {
    const draft = extractReadout(readout(count), base);
    expect(draft.language).toBe('en');
    expect(draft.warnings.filter((w) => /looks like/.test(w))).toEqual([]);
  });

  it('read in parts past 2,000 characters, which the warning says', () => {
    expect(extractReadout(readout(100), base).warnings).toContainEqual(
      expect.stringMatching(/longer than 2000 characters and was read in parts/),
    );
    expect(extractReadout(readout(40), base).warnings.filter((w) => /read in parts/.test(w))).toEqual([]);
  });

  it('German prose is still German', () => {
    const text =
      'Außenminister trifft Amtskollegen\n\nDer Bundesminister des Auswärtigen hat heute in Berlin seinen Amtskollegen aus Polen getroffen. Die beiden Minister sprachen über die Lage in der Ukraine, über die Zusammenarbeit in der Europäischen Union und über die Beziehungen zwischen den beiden Ländern, die sie als sehr gut bezeichneten.';
    expect(extractReadout(text, base).language).toBe('de');
  });
});
