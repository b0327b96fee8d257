import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// New-user trial 143's extraction findings, each as its class.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: null };

describe('a numeric date its month does not have is named in the warning (F5)', () => {
  it.each(['31.04.2022', '29.02.2023', '31/04/2022', '04/31/2022', '31.06.2021'])('"%s"', (date) => {
    const draft = extractReadout(
      `TALLINN, ${date} – Foreign Minister Eva-Maria Liimets met Foreign Minister Gabrielius Landsbergis of Lithuania.`,
      base,
    );
    expect(draft.meetings[0]?.date).toBeNull();
    expect(draft.warnings).toContain(
      `meeting 1 (/meetings/0) has no date: the text gives "${date}", a day that month does not have; correct it in the draft`,
    );
  });

  it.each([
    ['30.04.2022', '2022-04-30'],
    ['29.02.2024', '2024-02-29'],
    ['12.06.2022', '2022-06-12'],
  ])('"%s" is a day: %s', (date, day) => {
    const draft = extractReadout(
      `TALLINN, ${date} – Foreign Minister Eva-Maria Liimets met Foreign Minister Gabrielius Landsbergis of Lithuania.`,
      base,
    );
    expect(draft.meetings[0]?.date).toBe(day);
    expect(draft.warnings.join(' ')).not.toContain('a day that month does not have');
  });
});

describe('portfolios of ministries the title words did not know (F1)', () => {
  it.each([
    'Minister of Fisheries and Aquaculture',
    'Minister of Lands and Natural Resources',
    'Minister of Agriculture and Livestock',
    'Minister of Mines and Hydrocarbons',
    'Minister of Transportation and Highways',
    'Minister of Health and Sanitation',
    'Minister of Information and Broadcasting',
    'Minister of Tourism and Wildlife',
    'Minister of Trade, Industry and Cooperatives',
  ])('"%s of Ghana, Mavis Koomson" is the second participant, with that title', (title) => {
    const draft = extractReadout(
      `OSLO, 8 November 2023 – The Norwegian Minister of International Development, Anne Beathe Tvinnereim, met the ${title} of Ghana, Mavis Hawa Koomson, in Oslo today.`,
      base,
    );
    const guest = draft.meetings[0]?.participants.find((p) => p.name === 'Mavis Hawa Koomson');
    expect(guest).toMatchObject({ title, countryCode: 'GH' });
  });
});

describe('a counterpart named without a title is named in a warning (F6)', () => {
  const warnings = (text: string) => extractReadout(text, base).warnings;
  it('"met her French counterpart Stéphane Séjourné": the office of the one met is offered, not assumed', () => {
    const draft = extractReadout(
      'BERLIN, 12 March 2024 – Federal Foreign Minister Annalena Baerbock met her French counterpart Stéphane Séjourné in Berlin today.',
      base,
    );
    expect(draft.meetings[0]?.participants.find((p) => p.name === 'Stéphane Séjourné')?.title).toBeNull();
    expect(draft.warnings).toContain(
      'participant p2 (Stéphane Séjourné) has no title the text prints; it calls them the counterpart of the Federal Foreign Minister: set title if they hold that office',
    );
  });

  it.each([
    'BERLIN, 12 March 2024 – Federal Foreign Minister Annalena Baerbock met her French counterpart, Foreign Minister Stéphane Séjourné, in Berlin today.',
    'BERLIN, 12 March 2024 – Federal Foreign Minister Annalena Baerbock met Stéphane Séjourné of France in Berlin today.',
  ])('no such warning when a title is printed or no counterpart is named: %s', (text) => {
    expect(warnings(text).join(' ')).not.toContain('calls them the counterpart');
  });
});

describe('a signing the narrative tells of is both sides’, and its name ends before where and when (F4)', () => {
  const initiatives = (text: string) =>
    extractReadout(text, { ...base, publishedAt: '2023-11-10' }).meetings.flatMap((m) =>
      m.initiatives.map((i) => ({ name: i.name, status: i.status, committedParties: [...i.committedParties].sort() })),
    );

  it.each([
    [
      'OSLO, 8 November 2023 – Norwegian Minister of International Development Anne Beathe Tvinnereim and Ghanaian Minister of Fisheries Mavis Hawa Koomson signed a Memorandum of Understanding on Sustainable Ocean Management in Oslo on Wednesday.',
      'Memorandum of Understanding on Sustainable Ocean Management',
      ['GH', 'NO'],
    ],
    [
      'COPENHAGEN, 8 November 2023 – Danish Foreign Minister Lars Løkke Rasmussen and Kenyan Cabinet Secretary for Foreign Affairs Alfred Mutua today signed an agreement on green energy cooperation.',
      'agreement on green energy cooperation',
      ['DK', 'KE'],
    ],
    [
      'OSLO, 8 November 2023 – Minister Anne Beathe Tvinnereim of Norway and Minister Mavis Hawa Koomson of Ghana signed an agreement on fisheries cooperation in Accra on Monday.',
      'agreement on fisheries cooperation',
      ['GH', 'NO'],
    ],
  ])('%s', (text, name, parties) => {
    expect(initiatives(text)).toContainEqual({ name, status: 'signed', committedParties: parties });
  });

  it('"in" before words that are no place stays in the name', () => {
    const text =
      'OSLO, 8 November 2023 – Minister Anne Beathe Tvinnereim of Norway and Minister Mavis Hawa Koomson of Ghana signed a Memorandum of Understanding on Cooperation in Higher Education on 8 November.';
    expect(initiatives(text).map((i) => i.name)).toContain('Memorandum of Understanding on Cooperation in Higher Education');
  });
});
