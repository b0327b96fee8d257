// The subjects readouts report ministers discussing, each with the words that name it. Our own readout convention
// (no dataset lists them): a statement's topics are the subjects it names, plus the places (topics.ts). Kept short
// and specific: a word that names no subject by itself ("cooperation", "relations", "issues") is none.

/** Subject → pattern over the statement's text (case-insensitive unless the pattern says otherwise). */
export const topicWords: ReadonlyArray<readonly [topic: string, pattern: RegExp]> = [
  ['trade', /\btrade\b|\btariffs?\b|\bexports?\b|\bimports?\b|\bfree trade\b/i],
  ['investment', /\binvest(?:ment|ments|ors?|ing)\b/i],
  ['energy', /\benergy\b|\boil and gas\b|\bnatural gas\b|\bLNG\b|\bnuclear power\b|\brenewables?\b|\bpipelines?\b/i],
  ['climate', /\bclimate\b|\bCOP ?\d{2}\b|\bemissions?\b|\bdecarboni[sz]ation\b|\bnet[- ]zero\b/i],
  [
    'health',
    /\bCOVID(?:-19)?\b|\bpandemics?\b|\bvaccines?\b|\bvaccination\b|\bpublic health\b|\bhealth ?care\b|\bmedical\b|\bepidemics?\b/i,
  ],
  ['defence', /\bdefen[cs]e\b|\bmilitary\b|\barmed forces\b|\barms\b|\bweapons\b|\bfighter\b/i],
  ['terrorism', /\bterroris[mt]s?\b|\bextremism\b|\bcounter-?terror/i],
  ['non-proliferation', /\bnon-?proliferation\b|\bnuclear weapons?\b|\bdenucleari[sz]ation\b|\bnuclear programme\b|\bnuclear program\b/i],
  ['human rights', /\bhuman rights\b/i],
  ['food security', /\bfood security\b|\bgrain\b|\bfertili[sz]ers?\b/i],
  ['humanitarian aid', /\bhumanitarian\b/i],
  ['education', /\beducation(?:al)?\b|\bstudents?\b|\buniversit(?:y|ies)\b|\bscholarships?\b/i],
  ['culture', /\bcultur(?:e|al)\b|\bheritage\b/i],
  ['tourism', /\btouris[mt]s?\b/i],
  ['people-to-people exchanges', /\bpeople-to-people\b|\bexchanges between (?:the )?peoples?\b/i],
  ['migration', /\bmigra(?:tion|nts?)\b|\brefugees?\b|\bvisas?\b/i],
  ['maritime', /\bmaritime\b|\bnavigation\b|\bshipping\b/i],
  ['technology', /\btechnolog(?:y|ies|ical)\b|\bdigital\b|\bsemiconductors?\b|\bartificial intelligence\b|\binnovation\b/i],
  ['connectivity', /\binfrastructure\b|\bconnectivity\b|\brailways?\b|\btransport(?:ation)?\b|\blogistics\b/i],
  ['agriculture', /\bagricultur(?:e|al)\b|\bfarm(?:ing|ers)?\b/i],
  ['finance', /\bfinanc(?:e|ial|ing)\b|\bdebt\b|\bbanking\b|\bcurrenc(?:y|ies)\b/i],
  ['cybersecurity', /\bcyber/i],
  ['sanctions', /\bsanctions?\b/i],
  ['domestic politics', /\b(?:party|national|people's) congress\b|\belections?\b|\bconstitution(?:al)?\b|\bparliament(?:ary)?\b/i],
  ['economic development', /\bmoderni[sz]ation\b|\beconomic (?:growth|development|recovery)\b|\bopening[- ]up\b|\breform and opening\b/i],
  ['space', /\bspace (?:cooperation|exploration|programme|program|industry)\b|\bouter space\b|\bsatellites?\b/i],
];
