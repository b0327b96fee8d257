import { foldText } from './text-fold.js';

// Words that make up official titles ("Deputy Prime Minister and Foreign Minister"); a capitalised word outside this
// list, outside the country table and not a connector is taken as part of a person's name.
const titleWordList = `minister ministers foreign affairs deputy prime first vice state councilor councillor secretary
secretary-general president vice-president chairman chairwoman chair chairperson premier member director office political
bureau committee central commission cpc party communist high representative ambassador special envoy general external
security policy defence defense national council union adviser advisor assistant under under-secretary undersecretary
chancellor head spokesperson spokesman spokeswoman executive senior king queen emperor crown prince chief cabinet governor
mayor speaker leader acting permanent federal trade economy economic finance international development cooperation
commerce relations integration european parliamentary plenipotentiary extraordinary congress standing government department
ministry agency organization organisation nations united commissioner counsellor counselor emir information interior
justice energy planning science technology education health culture overseas diaspora regional labour labor industry
investment infrastructure transport agriculture environment climate consultative leading group delegation sherpa
coordinator affair people's peoples republic`;

export const titleWords = new Set(titleWordList.split(/\s+/));

/** Head nouns that make a phrase a title (a "counterpart" is a relation, not a title). */
export const titleHeads = new Set([
  'minister',
  'secretary',
  'secretary-general',
  'councilor',
  'councillor',
  'president',
  'vice-president',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'premier',
  'member',
  'director',
  'representative',
  'ambassador',
  'envoy',
  'chancellor',
  'adviser',
  'advisor',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'head',
  'commissioner',
  'counsellor',
  'counselor',
  'king',
  'queen',
  'emperor',
  'prince',
  'emir',
  'governor',
  'mayor',
  'speaker',
  'leader',
  'chief',
  'sherpa',
  'coordinator',
]);

export const nameConnectors = new Set(['bin', 'bint', 'al', 'el', 'de', 'da', 'dos', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'ibn']);
export const titleConnectors = new Set(['of', 'for', 'and', 'the', '&']);
export const determiners = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'visiting', 'counterpart', 'counterparts']);
export const honorifics = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'h.e',
  'madam',
  'madame',
  'prof',
  'professor',
  'excellency',
  'his excellency',
  'sir',
  'honorable',
  'honourable',
  'hon',
]);

export function wordKey(token: string): string {
  return foldText(token).replace(/^[("'“‘]+|[)"'”’,;:.]+$/g, '');
}

export function isTitleWord(token: string): boolean {
  const key = wordKey(token);
  return titleWords.has(key) || key.split('-').every((part) => titleWords.has(part));
}

export function isHonorific(token: string): boolean {
  return honorifics.has(foldText(token).replace(/\.$/, '')) && /^[\p{Lu}]/u.test(token);
}

// Titles that name the country on their own when no demonym is printed.
const titleCountries: [RegExp, string][] = [
  [/\bstate councilor\b/i, 'CN'],
  [/\bcpc\b|\bcommunist party of china\b/i, 'CN'],
  [/\bsecretary of state\b(?!\s+for)/i, 'US'],
  [/\bexternal affairs minister\b|\bminister of external affairs\b/i, 'IN'],
  [/\bforeign secretary\b/i, 'GB'],
];

export function countryFromTitle(title: string): string | null {
  for (const [pattern, code] of titleCountries) if (pattern.test(title)) return code;
  return null;
}

const organizations: [RegExp, string][] = [
  [/\bEuropean Union\b|\bEU\b|\bEuropean Commission\b/, 'European Union'],
  [/\bUnited Nations\b|\bUN\b/, 'United Nations'],
  [/\bNATO\b/, 'NATO'],
  [/\bASEAN\b/, 'ASEAN'],
  [/\bAfrican Union\b/, 'African Union'],
  [/\bShanghai Cooperation Organi[sz]ation\b|\bSCO\b/, 'Shanghai Cooperation Organisation'],
  [/\bOrgani[sz]ation of Turkic States\b|\bTurkic Council\b/, 'Organization of Turkic States'],
];

export function organizationFromTitle(title: string): string | null {
  for (const [pattern, name] of organizations) if (pattern.test(title)) return name;
  return null;
}
