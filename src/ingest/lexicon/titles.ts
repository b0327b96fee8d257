// Titles of office as readouts print them ("Deputy Prime Minister and Foreign Minister", "State Councilor",
// "High Representative … for Foreign Affairs and Security Policy"). A title is a run of these words, with "of", "for",
// "and", "the" between them, that contains a head word.

const titleWordList = `minister ministers foreign affairs deputy prime first vice state councilor councillor secretary attorney solicitor
secretary-general president vice-president chairman chairwoman chair chairperson premier member director office political
bureau committee central commission cpc party communist high representative ambassador special envoy general external
security policy defence defense national council union adviser advisor assistant under under-secretary undersecretary
chancellor head spokesperson spokesman spokeswoman executive senior king queen emperor crown prince princess chief cabinet
governor mayor speaker leader acting permanent federal trade economy economic finance international development
cooperation commerce relations integration parliamentary plenipotentiary extraordinary congress standing government department
ministry agency commissioner counsellor counselor emir amir sultan information interior justice energy planning science
technology education health culture overseas diaspora regional labour labor industry investment infrastructure transport
agriculture environment climate consultative leading group delegation sherpa coordinator affair people's peoples republic
home european nations united parliament assembly house senate sports tourism youth women family social welfare water
resources mining petroleum oil gas digital communications post telecommunications maritime fisheries forestry
emergency situations veterans religious islamic heritage ceremonial protocol policy strategic multilateral bilateral
asian pacific african american arab gulf west east south north middle chief-of-staff staff minister-counsellor
special-envoy presidential administration chargé chargee charge d'affaires affaires ad interim lord privy seal treasury
exchequer taoiseach tanaiste tánaiste europe asia africa americas commonwealth abroad expatriates diplomatic
moroccans nationals eurasian nordic baltic balkan latin caribbean arctic eastern western northern southern
hemisphere indo-pacific caretaker interim outgoing incoming designate human rights refugees disarmament
peace peacekeeping operations humanitarian resource co-chair co-chairs co-chairman co-chairmen co-chairperson
rapporteur diplomat top delegate lower upper former immigration emigration migration worship senator congressman
congresswoman lawmaker agencies ministries departments service services nuncio apostolic caucasus sahel balkans urban rural housing works irrigation railways aviation civil revenue law near
authority transitional sovereign supreme population consular legal public local reconstruction innovation solidarity
sustainable second principal nominee elect president-elect mobility ocean marine shipping gender children entrepreneurship
resident press utility utilities electricity power lands sport arts employment wellness responsible administrator session
commander commander-in-chief armed forces army navy military attaché attache export citizenship francophonie indigenous procurement intergovernmental seniors diversity inclusion
competitiveness enterprise enterprises statistics territories manpower vocational skills antiquities endowments hajj minster minsiter personal chairman-in-office chairperson-in-office chairwoman-in-office chair-in-office whip opposition majority minority minister-in-charge in-charge officer druk gyalpo
aquaculture livestock cooperatives mines minerals mineral nutrition sanitation broadcasting agrarian
transportation highways wildlife forests hydrocarbons microfinance pensions disabilities handicrafts textiles natural`;

export const titleWords = new Set(titleWordList.split(/\s+/));

/** Head nouns: a phrase is a title only if one of these is in it (a "counterpart" is a relation, not a title). */
export const titleHeads = new Set(
  `minister secretary secretary-general councilor councillor president vice-president chairman chairwoman chairperson chair
premier director representative ambassador envoy chancellor adviser advisor spokesperson spokesman spokeswoman head
commissioner counsellor counselor king queen emperor prince princess emir amir sultan governor mayor speaker leader chief
sherpa coordinator member chargé chargee charge taoiseach tanaiste tánaiste special-envoy minister-counsellor co-chair co-chairman
co-chairperson rapporteur diplomat senator congressman congresswoman lawmaker nuncio attorney-general solicitor-general
attorney administrator commander-in-chief attaché attache minster minsiter chairman-in-office chairperson-in-office chairwoman-in-office chair-in-office whip minister-in-charge officer
gyalpo`.split(/\s+/),
);

/** Abbreviated titles and what they stand for. */
export const titleAbbreviations: Record<string, string> = {
  FM: 'Foreign Minister',
  EAM: 'External Affairs Minister',
  PM: 'Prime Minister',
  DPM: 'Deputy Prime Minister',
  SG: 'Secretary-General',
  UNSG: 'Secretary-General',
  HRVP: 'High Representative',
  MoS: 'Minister of State',
  CS: 'Cabinet Secretary',
  PCS: 'Prime Cabinet Secretary',
};

/**
 * Offices a speech tag prints in lower case after "the" alone, longest first: "“…,” the secretary-general said", "said
 * the prime minister" (blind-78). Elsewhere "the minister" in lower case is as often anyone's.
 */
export const lowerCaseSpeakerOffices = [
  'secretary-general',
  'secretary general',
  'prime minister',
  'foreign minister',
  'foreign secretary',
  'minister',
  'president',
  'premier',
  'chancellor',
  'ambassador',
  'envoy',
] as const;

/** Courtesy words before a name, never part of the name or the title (ANNOTATING.md drops them); "H.E." is
 * matched on its own because its folded form is the pronoun "he". */
export const honorifics =
  /^(?:mr|mister|mrs|ms|miss|mx|dr|amb|prof|professor|madam|madame|mme|sir|dame|grand\s+chief|hon|honou?rable|rt|excellency|eminence|holiness|beatitude|highness|majesty|royal|h\.\s?e|he|hh|hrh|utama|setia|paduka|datuk|dato['’´`]?|dato['’´`]?\s?sri|datin|seri|tun|ustaz|ustadz|berhormat|dimuliakan|mulia|teramat|aum|lyonchhen|lyonpo|lt|gen|col|maj|brig|adm|capt|cdr|monsignor|msgr|eng|engr|shri|smt|shrimati|rtd|retd|retired|ato)\.?$/i;

/** Styles that are part of a name when a name follows ("Prince Faisal bin Farhan", "Sheikh Abdullah"), not titles. */
export const nameStyles = new Set([
  'prince',
  'princess',
  'sheikh',
  'sheikha',
  'shaikh',
  'sayyid',
  'sayyida',
  'emir',
  'amir',
  'baroness',
  'baron',
  // A peer: "Foreign Secretary Lord Cameron" (new-user trial 125); "the Lord Privy Seal" stays a title (no name follows).
  'lord',
  'lady',
  // Church heads and princes, named with their style: "Pope Francis", "Patriarch Kirill", "Cardinal Pietro Parolin".
  'pope',
  'patriarch',
  'cardinal',
]);

/** Lower-case words inside names: "bin Zayed", "Le Drian", "van der Bellen". */
export const nameParticles = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'y',
  'ul',
  'ud',
  'di',
  'del',
  'los',
  'las',
  'des',
  'ter',
  'ten',
  // Turkic patronymics: "Ulvi Vagif oglu Bakhshaliyev" (blind-77), "Aigul Asan kyzy", "Nurlan Bakyt uulu".
  'oglu',
  'oğlu',
  'ogly',
  'qizi',
  'gizi',
  'kyzy',
  'kizi',
  'uulu',
]);

/** Titles that name the country of office by themselves, when nothing else in the text does. */
export const titleCountries: readonly [RegExp, string][] = [
  [/\bstate councilor\b/i, 'CN'],
  [/\bcpc\b|\bcommunist party of china\b/i, 'CN'],
  [/^(?:u\.?s\.? )?secretary of state$/i, 'US'],
  [/\bexternal affairs minister\b|\bminister of external affairs\b|^eam$/i, 'IN'],
  [/^foreign secretary$|\bforeign, commonwealth and development affairs\b/i, 'GB'],
  [/\bchief cabinet secretary\b/i, 'JP'],
  [/\btaoiseach\b|\bt[aá]naiste\b/i, 'IE'],
  // Germany's own style: "Federal Foreign Minister Annalena Baerbock", "the Federal Chancellor".
  [/^federal foreign minister$|^federal chancellor$/i, 'DE'],
  // France's since 2017 (trial 122): "Minister for Europe and Foreign Affairs Jean-Noël Barrot"; Austria's is "for
  // European and International Affairs".
  [/\bminist(?:er|ry) (?:for|of) europe and foreign affairs\b/i, 'FR'],
  // "Under Secretary for Political Affairs of the State Department" (blind-77): an office of the U.S. Department of
  // State; "Minister of Foreign Affairs and Human Mobility" is Ecuador's since 2013.
  [/\b(?:state department|department of state)$/i, 'US'],
  [/\bforeign affairs and human mobility\b/i, 'EC'],
  // The King of Bhutan's title: "Jigme Khesar Namgyel Wangchuck, The Druk Gyalpo" (blind-77).
  [/^(?:the )?druk gyalpo$/i, 'BT'],
];

/** The offices of a country's envoys, as officeOf writes them: "ambassador", "high commissioner", "charge d'affaires"… */
const envoyOfficeSource = "ambassador|envoy|high commissioner|permanent representative|consul general|consul|charg[eé] d'affaires";
export const envoyOffice = new RegExp(`^(?:${envoyOfficeSource})$`);
// "Ambassador To Nepal": the post after the envoy's office.
const envoyPosting = new RegExp(`\\b(${envoyOfficeSource}) (?:to|in) .+$`);

/**
 * The office a title stands for, so that "Minister for Foreign Affairs", "Foreign Minister", "FM" and "his
 * counterpart" of a foreign minister compare equal: `foreign-minister`, `head-of-state`, `head-of-government`, or the
 * folded title itself.
 */
export function officeOf(title: string): string {
  const t = title
    .toLowerCase()
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    // "Canadian Prime Minster Stephen Harper" (blind-68): the misprints of "minister" the corpus holds (24 times).
    .replace(/\bmin(?:ster|siter)(s?)\b/g, 'minister$1')
    // "the Secretary General’s efforts": the office of its holder.
    .replace(/['’]s$/, '')
    .replace(/^(?:the )?(?:former|then|acting|outgoing|incoming|caretaker|interim|newly appointed|new) /, '')
    .replace(
      /\b(minister|secretar(?:y|ie)|representative|councilor|councillor|ambassador|envoy|commissioner|president|leader|head|chief|diplomat)s\b/g,
      (_, head: string) => head.replace(/ie$/, 'y'),
    )
    // "the Azerbaijani Deputy FM" is the "Deputy Foreign Minister" of the lead.
    .replace(/\bfm\b(?=.)|(?<=\S )fm$/g, 'foreign minister')
    // "Lao Deputy PM Asang Laoly" is one of "the Lao and Cambodian Deputy Prime Ministers" (blind-84).
    .replace(/\bpm\b(?=.)|(?<=\S )pm$/g, 'prime minister')
    // "Attorney-General" and "Attorney General" are one office (blind-14's "Acting Prime Minister and Attorney-General").
    .replace(/\b(attorney|solicitor|auditor)[- ]general\b/g, '$1 general')
    .replace(/\bdeputy minister of foreign affairs\b|\bdeputy minister for foreign affairs\b/, 'deputy foreign minister')
    // "Ambassador To Nepal" (a headline's capitals keep the post in the title) is the office "ambassador".
    .replace(envoyPosting, '$1')
    .trim();
  // "Special Assistant to the Prime Minister" (blind-86), "Diplomatic Adviser to the UAE President": an aide's office is
  // its own, not the office served.
  if (/^(?:[\p{L}-]+ ){0,3}(?:adviser|advisor|assistant|aide|counsellor|counselor)s? (?:to|of) /u.test(t)) return t;
  // A double office names the foreign minister as one of its parts: "Deputy Prime Minister and Foreign Minister",
  // "Deputy Prime Minister – Minister of Foreign Affairs"; "Deputy Foreign Minister" is another office.
  const parts = t.split(/\s+(?:and|-|–|—)\s+|,\s*/);
  const foreign =
    /^(?:the )?(?:foreign minister|minister (?:of|for) (?:foreign affairs|external affairs|europe and foreign affairs)(?: .*)?|external affairs minister|foreign affairs minister|foreign secretary|secretary of state|fm|eam|minister for foreign affairs(?: .*)?|minister of foreign affairs(?: .*)?|head of (?:the )?(?:\S+ )?(?:foreign ministry|ministry of foreign affairs|foreign office|diplomacy)|(?:top|chief) diplomat(?: of (?:the )?(?:\S+ ){0,3}(?:states?|countries|nations))?)$/;
  if (parts.some((part) => foreign.test(part))) return 'foreign-minister';
  // "Minister of International Relations and Cooperation of the Republic of South Africa" (blind-81): South Africa's
  // foreign minister ("The South African foreign minister also mentioned …" is her).
  if (/^(?:the )?minister (?:of|for) international relations(?: and co-?operation)?\b/.test(t)) return 'foreign-minister';
  // "Secretary of State for Foreign, Commonwealth and Development Affairs": the British foreign secretary's full title.
  if (/^(?:the )?secretary of state for foreign\b.*\baffairs$/.test(t)) return 'foreign-minister';
  // "Minister of Foreign Economy and Foreign Affairs", "Minister for Europe, Integration and Foreign Affairs": one
  // ministry with foreign affairs among its portfolios ("Minister of State for Foreign Affairs" is a junior office).
  if (/^(?:the )?minister (?:of|for) (?!state\b)[^]*\b(?:foreign|external) affairs\b/.test(t)) return 'foreign-minister';
  // "Minister of Foreign and European Affairs" (Luxembourg, Croatia, Slovakia), "Minister for European and
  // International Affairs" (Austria): the foreign ministry under a pair of portfolios.
  if (
    /^(?:the )?(?:federal )?minister (?:of|for) (?:the )?(?:foreign|european|international|external) and (?:foreign|european|international|external|commonwealth) affairs\b/.test(
      t,
    ) &&
    /\b(?:foreign|international|external)\b/.test(t)
  )
    return 'foreign-minister';
  // "The Head of State wished the ambassadors success": the president of the text, as "the President" is.
  // "The Head of the Indian State": the demonym inside names the country, not the office.
  if (
    /^(?:the )?(?:president\b(?! of the (?:european commission|european council|general assembly))|head of (?:the )?(?:\p{L}+ )?state\b)/u.test(
      t,
    )
  )
    return 'head-of-state';
  // "Deputy Prime Minister Richard Marles" is not who "the Prime Minister" of the text is.
  if (/\b(?:deputy|vice)\s+(?:prime minister|premier|chancellor)\b/.test(t)) return t;
  // "The Head of Government of Georgia expressed …" after "Prime Minister of Georgia": the office by its function.
  if (/\bprime minister\b|\bpremier\b|\bchancellor\b|\btaoiseach\b|^(?:the )?head of (?:the )?(?:\p{L}+ )?government\b/u.test(t))
    return 'head-of-government';
  // "the Saudi Deputy Minister of Defense" is the "Saudi Deputy Defense Minister" of the lead (blind-64): a ministry of
  // one field, named either way ("Minister of Trade", "Trade Minister"; "defence" as "defense").
  const portfolio = /^(?:the )?(?:(deputy|vice|assistant) )?minister (?:of|for) (?:the )?(?!state\b)([a-z]+)(?: affairs)?$/.exec(t);
  if (portfolio)
    return [portfolio[1], portfolio[2], 'minister']
      .filter(Boolean)
      .join(' ')
      .replace(/\bdefence\b/, 'defense');
  return t.replace(/^((?:(?:deputy|vice|assistant) )?)defence minister$/, '$1defense minister');
}
