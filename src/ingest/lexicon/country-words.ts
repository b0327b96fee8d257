// How readouts name countries beyond the world-countries dataset's one demonym and its spellings: the short adjectives
// ministries print ("Kazakh", "Uzbek"), abbreviations ("U.S.", "ROK") and older names. Checked by a test against the
// dataset so that each entry adds something.

/** Names and abbreviations, code → forms. */
export const readoutCountryNames: Record<string, string[]> = {
  US: ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'America'],
  GB: ['U.K.', 'UK', 'Britain'],
  TR: ['Turkey', 'Republic of Turkey', 'Turkiye'],
  KR: ['Korea', 'ROK', 'R.O.K.', 'Korea, Republic of'],
  KP: ['DPRK', 'D.P.R.K.'],
  CN: ['PRC', 'P.R.C.'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  SA: ['KSA'],
  CD: ['DRC'],
  AZ: ['Azerbaijan Republic'],
  VN: ['Viet Nam'],
  CZ: ['Czech Republic'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  VA: ['Holy See'],
  GW: ['Guinea Bissau'],
};

/** Demonyms, code → forms; these win over the dataset's where both claim a word ("Korean", "Indian"). */
export const readoutDemonyms: Record<string, string[]> = {
  KZ: ['Kazakh', 'Kazak'],
  UZ: ['Uzbek'],
  KG: ['Kyrgyz', 'Kirgiz', 'Kyrgyzstani'],
  TJ: ['Tajik', 'Tajikistani'],
  TM: ['Turkmenistani'],
  AZ: ['Azeri'],
  GB: ['English'],
  KR: ['Korean'],
  AE: ['Emirati'],
  CD: ['Congolese'],
  DO: ['Dominican'],
  IN: ['Indian'],
  NL: ['Dutch'],
  FR: ['French'],
  NO: ['Norwegian'],
  LA: ['Lao', 'Laotian'],
  MK: ['North Macedonian', 'Macedonian'],
  BA: ['Bosnian'],
  PS: ['Palestinian'],
  IR: ['Persian'],
  PH: ['Philippine'],
  NZ: ['New Zealander'],
  BY: ['Belarussian'],
  BH: ['Bahraini'],
  QA: ['Qatari'],
  OM: ['Omani'],
  BD: ['Bangladeshi'],
  GW: ['Bissau-Guinean', 'Bissau Guinean'],
};

// Adjectives that are also a country's name in another sense: "Jordan" is also a given name, "Chad" too; they count
// as countries only when the rest of the phrase says so (a title follows), which the callers check.
export const ambiguousCountryWords = new Set(['jordan', 'chad', 'georgia', 'israel', 'guinea', 'niger', 'mali', 'togo', 'peru']);

/** Regions, continents and disputed areas readouts name as topics ("stability in Asia", "the situation in Nagorno
 * Karabakh"): never a meeting's city, whatever a gazetteer lists under the same name. Folded forms. */
export const regionNames = new Set([
  'asia', 'europe', 'africa', 'america', 'americas', 'oceania', 'antarctica', 'arctic', 'eurasia', 'middle east',
  'near east', 'far east', 'latin america', 'central asia', 'south asia', 'southeast asia', 'east asia', 'west asia',
  'north africa', 'west africa', 'east africa', 'southern africa', 'central africa', 'horn of africa', 'sahel', 'sahara',
  'maghreb', 'levant', 'gulf', 'persian gulf', 'balkans', 'western balkans', 'caucasus', 'south caucasus', 'scandinavia',
  'caribbean', 'pacific', 'indo-pacific', 'atlantic', 'mediterranean', 'black sea', 'red sea', 'nagorno karabakh',
  'nagorno-karabakh', 'karabakh', 'crimea', 'donbas', 'donbass', 'kashmir', 'jammu', 'gaza', 'west bank', 'golan',
  'darfur', 'kurdistan', 'tibet', 'xinjiang', 'siberia', 'sinai', 'east sea', 'south china sea',
]);
