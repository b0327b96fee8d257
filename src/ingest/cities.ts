import { foldKey } from './text-fold.js';

// Canonical city | other spellings | ISO country | IANA timezone. Capitals and the cities where ministers usually meet.
const cityRows = `
Beijing|Peking|CN|Asia/Shanghai
Shanghai||CN|Asia/Shanghai
Xi'an|Xi’an,Xian|CN|Asia/Shanghai
Guangzhou||CN|Asia/Shanghai
Shenzhen||CN|Asia/Shanghai
Tianjin||CN|Asia/Shanghai
Chongqing||CN|Asia/Shanghai
Chengdu||CN|Asia/Shanghai
Wuhan||CN|Asia/Shanghai
Hangzhou||CN|Asia/Shanghai
Nanjing||CN|Asia/Shanghai
Qingdao||CN|Asia/Shanghai
Xiamen||CN|Asia/Shanghai
Kunming||CN|Asia/Shanghai
Guilin||CN|Asia/Shanghai
Urumqi||CN|Asia/Shanghai
Hong Kong||HK|Asia/Hong_Kong
Tashkent|Toshkent|UZ|Asia/Tashkent
Samarkand||UZ|Asia/Samarkand
Astana|Nur-Sultan,Nursultan|KZ|Asia/Almaty
Almaty||KZ|Asia/Almaty
Bishkek||KG|Asia/Bishkek
Cholpon-Ata||KG|Asia/Bishkek
Dushanbe||TJ|Asia/Dushanbe
Ashgabat|Ashkhabad|TM|Asia/Ashgabat
Moscow||RU|Europe/Moscow
Saint Petersburg|St. Petersburg,St Petersburg|RU|Europe/Moscow
Sochi||RU|Europe/Moscow
Kazan||RU|Europe/Moscow
Vladivostok||RU|Asia/Vladivostok
Washington|Washington DC,Washington D.C.|US|America/New_York
New York|New York City,NYC|US|America/New_York
San Francisco||US|America/Los_Angeles
Los Angeles||US|America/Los_Angeles
Chicago||US|America/Chicago
Honolulu||US|Pacific/Honolulu
Anchorage||US|America/Anchorage
London||GB|Europe/London
Paris||FR|Europe/Paris
Berlin||DE|Europe/Berlin
Munich||DE|Europe/Berlin
Brussels||BE|Europe/Brussels
Rome||IT|Europe/Rome
Madrid||ES|Europe/Madrid
Lisbon||PT|Europe/Lisbon
Vienna||AT|Europe/Vienna
Geneva||CH|Europe/Zurich
Bern||CH|Europe/Zurich
Davos||CH|Europe/Zurich
Zurich|Zürich|CH|Europe/Zurich
The Hague|Hague|NL|Europe/Amsterdam
Amsterdam||NL|Europe/Amsterdam
Stockholm||SE|Europe/Stockholm
Oslo||NO|Europe/Oslo
Copenhagen||DK|Europe/Copenhagen
Helsinki||FI|Europe/Helsinki
Reykjavik|Reykjavík|IS|Atlantic/Reykjavik
Dublin||IE|Europe/Dublin
Warsaw||PL|Europe/Warsaw
Prague||CZ|Europe/Prague
Bratislava||SK|Europe/Bratislava
Budapest||HU|Europe/Budapest
Bucharest||RO|Europe/Bucharest
Sofia||BG|Europe/Sofia
Belgrade||RS|Europe/Belgrade
Athens||GR|Europe/Athens
Ankara||TR|Europe/Istanbul
Istanbul||TR|Europe/Istanbul
Antalya||TR|Europe/Istanbul
Kyiv|Kiev|UA|Europe/Kyiv
Minsk||BY|Europe/Minsk
Vilnius||LT|Europe/Vilnius
Riga||LV|Europe/Riga
Tallinn||EE|Europe/Tallinn
Chisinau|Chișinău|MD|Europe/Chisinau
Tbilisi||GE|Asia/Tbilisi
Yerevan||AM|Asia/Yerevan
Baku||AZ|Asia/Baku
Tehran|Teheran|IR|Asia/Tehran
Baghdad||IQ|Asia/Baghdad
Riyadh||SA|Asia/Riyadh
Jeddah||SA|Asia/Riyadh
Abu Dhabi||AE|Asia/Dubai
Dubai||AE|Asia/Dubai
Doha||QA|Asia/Qatar
Kuwait City||KW|Asia/Kuwait
Muscat||OM|Asia/Muscat
Manama||BH|Asia/Bahrain
Amman||JO|Asia/Amman
Beirut||LB|Asia/Beirut
Damascus||SY|Asia/Damascus
Jerusalem||IL|Asia/Jerusalem
Tel Aviv||IL|Asia/Jerusalem
Cairo||EG|Africa/Cairo
Islamabad||PK|Asia/Karachi
Karachi||PK|Asia/Karachi
Lahore||PK|Asia/Karachi
Kabul||AF|Asia/Kabul
New Delhi|Delhi|IN|Asia/Kolkata
Mumbai||IN|Asia/Kolkata
Colombo||LK|Asia/Colombo
Kathmandu||NP|Asia/Kathmandu
Dhaka||BD|Asia/Dhaka
Thimphu||BT|Asia/Thimphu
Male|Malé|MV|Indian/Maldives
Tokyo||JP|Asia/Tokyo
Osaka||JP|Asia/Tokyo
Hiroshima||JP|Asia/Tokyo
Seoul||KR|Asia/Seoul
Busan||KR|Asia/Seoul
Pyongyang||KP|Asia/Pyongyang
Ulaanbaatar|Ulan Bator|MN|Asia/Ulaanbaatar
Hanoi||VN|Asia/Ho_Chi_Minh
Ho Chi Minh City||VN|Asia/Ho_Chi_Minh
Vientiane||LA|Asia/Vientiane
Phnom Penh||KH|Asia/Phnom_Penh
Bangkok||TH|Asia/Bangkok
Kuala Lumpur||MY|Asia/Kuala_Lumpur
Singapore||SG|Asia/Singapore
Jakarta||ID|Asia/Jakarta
Bali|Nusa Dua|ID|Asia/Makassar
Manila||PH|Asia/Manila
Naypyidaw|Nay Pyi Taw,Naypyitaw|MM|Asia/Yangon
Yangon||MM|Asia/Yangon
Canberra||AU|Australia/Sydney
Sydney||AU|Australia/Sydney
Melbourne||AU|Australia/Melbourne
Wellington||NZ|Pacific/Auckland
Ottawa||CA|America/Toronto
Mexico City||MX|America/Mexico_City
Brasilia|Brasília|BR|America/Sao_Paulo
Rio de Janeiro||BR|America/Sao_Paulo
Buenos Aires||AR|America/Argentina/Buenos_Aires
Santiago||CL|America/Santiago
Lima||PE|America/Lima
Bogota|Bogotá|CO|America/Bogota
Caracas||VE|America/Caracas
Havana||CU|America/Havana
Pretoria||ZA|Africa/Johannesburg
Johannesburg||ZA|Africa/Johannesburg
Cape Town||ZA|Africa/Johannesburg
Nairobi||KE|Africa/Nairobi
Addis Ababa||ET|Africa/Addis_Ababa
Abuja||NG|Africa/Lagos
Lagos||NG|Africa/Lagos
Dakar||SN|Africa/Dakar
Accra||GH|Africa/Accra
Algiers||DZ|Africa/Algiers
Rabat||MA|Africa/Casablanca
Tunis||TN|Africa/Tunis
Windhoek||NA|Africa/Windhoek
Kigali||RW|Africa/Kigali
Dar es Salaam||TZ|Africa/Dar_es_Salaam
Luanda||AO|Africa/Luanda
Harare||ZW|Africa/Harare
`;

export interface City {
  name: string;
  countryCode: string;
  timezone: string;
}

const citiesByKey = new Map<string, City>();
for (const row of cityRows.trim().split('\n')) {
  const [name, otherNames, countryCode, timezone] = row.split('|') as [string, string, string, string];
  const city: City = { name, countryCode, timezone };
  citiesByKey.set(foldKey(name), city);
  for (const other of otherNames.split(',')) if (other) citiesByKey.set(foldKey(other), city);
}

export function lookupCity(phrase: string): City | null {
  return citiesByKey.get(foldKey(phrase)) ?? null;
}

/** Timezone of a country's capital, for meetings whose country is known but city is not. */
export function capitalTimezone(countryCode: string): string | null {
  for (const city of citiesByKey.values()) if (city.countryCode === countryCode) return city.timezone;
  return null;
}
