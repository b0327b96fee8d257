import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from new-user trial 141 (texts the trial wrote in the style of ministries' releases), each with its variants
// and the neighbouring cases that must not change.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const countries = (text: string) => Object.fromEntries((draftOf(text).meetings[0]?.participants ?? []).map((p) => [p.name, p.countryCode]));

describe('F5: a headline’s "Indonesian counterpart" is the one the lead names as met, whatever the length of the name', () => {
  it.each([
    [
      'Foreign Minister meets Indonesian counterpart',
      'Minister for Foreign Affairs Penny Wong met Minister for Foreign Affairs Sugiono in Canberra on 14 February 2025.',
      'Sugiono',
      'Penny Wong',
    ],
    [
      'Foreign Minister meets Indonesian counterpart',
      'Minister for Foreign Affairs Penny Wong held talks with Minister for Foreign Affairs Sugiono in Canberra on 14 February 2025.',
      'Sugiono',
      'Penny Wong',
    ],
    [
      'Foreign Minister receives Indonesian counterpart',
      'Minister for Foreign Affairs Penny Wong received Foreign Minister Sugiono in Canberra on 14 February 2025.',
      'Sugiono',
      'Penny Wong',
    ],
    [
      'Prime Minister holds talks with Indonesian counterpart',
      'Prime Minister Anthony Albanese held talks with President Prabowo in Canberra on 4 March 2025.',
      'Prabowo',
      'Anthony Albanese',
    ],
    [
      'Minister meets Indonesian counterpart',
      'Minister for Foreign Affairs Sugiono met Minister for Foreign Affairs Penny Wong in Jakarta on 14 February 2025.',
      'Penny Wong',
      'Sugiono',
    ],
    [
      'Foreign Secretary meets Brazilian counterpart',
      'Foreign Secretary David Lammy met Foreign Minister Mauro Vieira in London on 4 March 2025.',
      'Mauro Vieira',
      'David Lammy',
    ],
  ])('"%s" / "%s": %s is the counterpart, not %s', (headline, lead, counterpart, subject) => {
    const byName = countries(`${headline}\n\n${lead}\n\nThe ministers discussed regional security.`);
    expect(byName[counterpart]).toBe(headline.includes('Brazilian') ? 'BR' : 'ID');
    expect(byName[subject]).not.toBe(byName[counterpart]);
  });

  it('a counterpart named before the person met is not taken for the one met', () => {
    const text =
      'Addressing a joint press conference with his Lithuanian counterpart on Monday, President Andrzej Duda said Poland would defend its ally.\n\nPresident Gitanas Nausėda met President Andrzej Duda in Vilnius on 3 March 2025.';
    expect(countries(text)['Andrzej Duda']).not.toBe('LT');
  });
});

describe('F6: a participant drafted with neither country nor organisation is named in a warning', () => {
  const lead = (subject: string) => `${subject} met Indonesian Foreign Minister Sugiono in Jakarta on 14 February 2025.`;
  const warning = (name: string) => `(${name}) has no country or organisation the text states; set countryCode`;
  it.each(['Foreign Minister Penny Wong', 'Minister for Foreign Affairs Senator Penny Wong', 'Penny Wong'])(
    '"%s": warns of Penny Wong',
    (subject) => {
      const draft = draftOf(lead(subject));
      const wong = draft.meetings[0]?.participants.find((p) => p.name === 'Penny Wong');
      expect(wong?.countryCode).toBeNull();
      expect(draft.warnings).toContain(`participant ${wong?.key} ${warning('Penny Wong')}`);
    },
  );

  it.each([
    ["Australia's Foreign Minister Penny Wong", {}],
    ['Foreign Minister Penny Wong', { publisher: 'Department of Foreign Affairs and Trade of Australia' }],
    ['UN Secretary-General António Guterres', {}],
  ])('"%s": no such warning when the country or organisation is known', (subject, options) => {
    const draft = draftOf(lead(subject), options);
    expect(draft.warnings.filter((w) => w.includes('has no country'))).toEqual([]);
  });
});

describe('F8: one who met someone of a country in one meeting is not made of it in the next', () => {
  const text =
    'Foreign Minister Penny Wong met Indonesian Foreign Minister Sugiono in Jakarta on 14 February 2025.\n\nLater that day, Foreign Minister Penny Wong met Malaysian Foreign Minister Mohamad Hasan.';
  it('Penny Wong is of no country in either meeting, and each meeting’s warning says which meeting', () => {
    const draft = draftOf(text);
    expect(draft.meetings.map((m) => m.participants.find((p) => p.name === 'Penny Wong')?.countryCode)).toEqual([null, null]);
    expect(draft.warnings.filter((w) => w.includes('has no country')).map((w) => w.slice(0, 9))).toEqual(['meeting 1', 'meeting 2']);
  });

  it('a host of no stated country who met nobody of the meeting’s country is still given it', () => {
    const one = 'Foreign Minister Sugiono met Malaysian Foreign Minister Mohamad Hasan in Jakarta on 14 February 2025.';
    expect(draftOf(one).meetings[0]?.participants.find((p) => p.name === 'Sugiono')?.countryCode).toBe('ID');
  });
});
