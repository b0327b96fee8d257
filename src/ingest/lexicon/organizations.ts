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
  [/\bCouncil of Europe\b/, 'Council of Europe'],
  [/\bWorld Health Organi[sz]ation\b|\bWHO\b/, 'World Health Organization'],
  [/\bIAEA\b|\bInternational Atomic Energy Agency\b/, 'IAEA'],
  [/\bWorld Bank\b/, 'World Bank'],
  [/\bIMF\b|\bInternational Monetary Fund\b/, 'IMF'],
  // Not the Foreign, Commonwealth and Development Office's portfolio word.
  [/\bCommonwealth\b(?! of| and Development| Affairs| Office| Relations)/, 'Commonwealth of Nations'],
  [/\bSAARC\b/, 'SAARC'],
  [/\bBIMSTEC\b/, 'BIMSTEC'],
  [/\bCARICOM\b/, 'CARICOM'],
  [/\bMercosur\b|\bMERCOSUR\b/, 'Mercosur'],
  [/\bOrgani[sz]ation of American States\b|\bOAS\b/, 'Organization of American States'],
  [/\bICRC\b|\bInternational Committee of the Red Cross\b/, 'ICRC'],
];

/** The organisation a title or phrase names ("EU High Representative" → "European Union"), or null. */
export function organizationIn(phrase: string): string | null {
  for (const [pattern, name] of organizations) if (pattern.test(phrase)) return name;
  return null;
}
