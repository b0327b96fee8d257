// International organisations whose officials take part in meetings, as readouts print them. Order matters: the first
// pattern that matches a title names the organisation.

export const organizations: readonly [RegExp, string][] = [
  [
    /\bEuropean Union\b|\bEU\b|\bEuropean Commission\b|\bEuropean Council\b|\bEEAS\b|\bEuropean External Action Service\b/,
    'European Union',
  ],
  [/\bUnited Nations\b|\bUN\b|\bU\.N\.|\bUNGA\b/, 'United Nations'],
  [/\bNATO\b|\bNorth Atlantic Treaty Organi[sz]ation\b/, 'NATO'],
  [/\bASEAN\b|\bAssociation of Southeast Asian Nations\b/, 'ASEAN'],
  [/\bAfrican Union\b|\bAU Commission\b|\bAUC\b/, 'African Union'],
  [/\bOSCE\b|\bOrgani[sz]ation for Security and Co-?operation in Europe\b/, 'OSCE'],
  [/\bShanghai Cooperation Organi[sz]ation\b|\bSCO\b/, 'Shanghai Cooperation Organisation'],
  [/\bOrgani[sz]ation of Turkic States\b|\bTurkic Council\b|\bOTS\b/, 'Organization of Turkic States'],
  [/\bCICA\b|\bConference on Interaction and Confidence[- ]Building Measures in Asia\b/, 'CICA'],
  [/\bGulf Cooperation Council\b|\bGCC\b/, 'Gulf Cooperation Council'],
  [/\bOrgani[sz]ation of Islamic Cooperation\b|\bOIC\b/, 'Organisation of Islamic Cooperation'],
  [/\bArab League\b|\bLeague of Arab States\b/, 'League of Arab States'],
  [/\bCommonwealth of Independent States\b|\bCIS\b/, 'Commonwealth of Independent States'],
  [/\bEurasian Economic (?:Union|Commission)\b|\bEAEU\b/, 'Eurasian Economic Union'],
  [/\bCollective Security Treaty Organi[sz]ation\b|\bCSTO\b/, 'Collective Security Treaty Organization'],
  [/\bCouncil of Europe\b/, 'Council of Europe'],
  [/\bWorld Health Organi[sz]ation\b|\bWHO\b/, 'World Health Organization'],
  [/\bIAEA\b|\bInternational Atomic Energy Agency\b/, 'IAEA'],
  [/\bWorld Bank\b/, 'World Bank'],
  [/\bIMF\b|\bInternational Monetary Fund\b/, 'IMF'],
  // Not the Foreign, Commonwealth and Development Office's portfolio word.
  [/\bCommonwealth\b(?! of| and Development| Affairs| Office| Relations)/, 'Commonwealth of Nations'],
  [/\bSAARC\b/, 'SAARC'],
  [/\bBIMSTEC\b/, 'BIMSTEC'],
  [/\bCARICOM\b|\bCaribbean Community\b/, 'CARICOM'],
  [/\bMercosur\b|\bMERCOSUR\b/, 'Mercosur'],
  [/\bOrgani[sz]ation of American States\b|\bOAS\b/, 'Organization of American States'],
  [/\bICRC\b|\bInternational Committee of the Red Cross\b/, 'ICRC'],
  // The United Nations' programmes and agencies, and the regional banks and communities, whose officials call on
  // ministers ("Resident Representative of UNDP Pakistan Samuel Rizk"); their names as the UN system writes them.
  [/\bUNDP\b|\bUnited Nations Development Programme\b/, 'UNDP'],
  [/\bUNICEF\b|\bUnited Nations Children['’]s Fund\b/, 'UNICEF'],
  [/\bUNHCR\b|\bUnited Nations High Commissioner for Refugees\b/, 'UNHCR'],
  [/\bWFP\b|\bWorld Food Programme\b/, 'WFP'],
  [/\bFAO\b|\bFood and Agriculture Organi[sz]ation\b/, 'FAO'],
  [/\bUNESCO\b/, 'UNESCO'],
  [/\bUNFPA\b|\bUnited Nations Population Fund\b/, 'UNFPA'],
  [/\bILO\b|\bInternational Labour Organi[sz]ation\b/, 'ILO'],
  [/\bIOM\b|\bInternational Organi[sz]ation for Migration\b/, 'IOM'],
  [/\bWTO\b|\bWorld Trade Organi[sz]ation\b/, 'World Trade Organization'],
  [/\bOECD\b/, 'OECD'],
  [/\bADB\b|\bAsian Development Bank\b/, 'Asian Development Bank'],
  [/\bAfDB\b|\bAfrican Development Bank\b/, 'African Development Bank'],
  [/\bIsDB\b|\bIslamic Development Bank\b/, 'Islamic Development Bank'],
  [/\bEBRD\b|\bEuropean Bank for Reconstruction and Development\b/, 'EBRD'],
  [/\bECOWAS\b|\bEconomic Community of West African States\b/, 'ECOWAS'],
  [/\bSADC\b|\bSouthern African Development Community\b/, 'SADC'],
  [/\bIGAD\b|\bIntergovernmental Authority on Development\b/, 'IGAD'],
];

/** The organisation a title or phrase names ("EU High Representative" → "European Union"), or null. */
export function organizationIn(phrase: string): string | null {
  for (const [pattern, name] of organizations) if (pattern.test(phrase)) return name;
  return null;
}

// The patterns anchored at the start, compiled once (organizationOpening runs for capitalised words of every sentence).
const openings: readonly [RegExp, string][] = organizations.map(([pattern, name]) => [
  new RegExp(`^(?:${pattern.source})`, pattern.flags.replace('g', '')),
  name,
]);

/**
 * The organisation whose name `text` opens ("Shanghai Cooperation Organisation (SCO) Council …" → "Shanghai Cooperation
 * Organisation"), or null: a city that begins an organisation's name says nothing of where a meeting was.
 */
export function organizationOpening(text: string): string | null {
  for (const [pattern, name] of openings) if (pattern.test(text)) return name;
  return null;
}
