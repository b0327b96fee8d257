import data, { type Country } from 'world-countries';

/**
 * The world-countries dataset (mledoze/countries, ODbL 1.0): 250 countries with ISO 3166-1 codes, common and official
 * names, alternative spellings, English demonyms and capitals. Its type declarations describe an ES default export
 * while the package is CommonJS, hence the cast.
 */
export const worldCountries = data as unknown as readonly Country[];
