// meetings.country_codes: every country of a meeting — where it was held and whom its participants represented —
// sorted, without duplicates; what the `country` filter matches, through a GIN index. Triggers keep it whatever
// writes a meeting or a participant (row_keysets_country_codes migration). A new meeting cannot have participants
// yet, so its INSERT may announce their countries: the nested create does, and the participants' trigger then finds
// nothing to change (instead of rewriting the new meeting's row and every index entry of it).

/** The country codes of a meeting about to be created with these participants, as the database computes them. */
export function countryCodesOf(place: string | null | undefined, participants: ReadonlyArray<{ countryCode?: string | null }>): string[] {
  const codes = [place, ...participants.map((participant) => participant.countryCode)].filter((code): code is string => !!code);
  return [...new Set(codes)].sort();
}
