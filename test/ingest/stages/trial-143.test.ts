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
