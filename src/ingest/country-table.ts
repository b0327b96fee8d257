// ISO 3166-1 alpha-2 code | names (incl. short and formal forms) | demonyms and adjectives as printed in readouts.
export const countryRows = `
AF|Afghanistan|Afghan
AL|Albania|Albanian
DZ|Algeria|Algerian
AO|Angola|Angolan
AR|Argentina|Argentine,Argentinian
AM|Armenia|Armenian
AU|Australia|Australian
AT|Austria|Austrian
AZ|Azerbaijan|Azerbaijani,Azeri
BH|Bahrain|Bahraini
BD|Bangladesh|Bangladeshi
BY|Belarus|Belarusian
BE|Belgium|Belgian
BT|Bhutan|Bhutanese
BO|Bolivia|Bolivian
BA|Bosnia and Herzegovina,Bosnia|Bosnian
BR|Brazil|Brazilian
BN|Brunei|Bruneian
BG|Bulgaria|Bulgarian
KH|Cambodia|Cambodian
CM|Cameroon|Cameroonian
CA|Canada|Canadian
CL|Chile|Chilean
CN|China,People's Republic of China,PRC|Chinese,Sino
CO|Colombia|Colombian
CD|Democratic Republic of the Congo,DR Congo|Congolese
HR|Croatia|Croatian
CU|Cuba|Cuban
CY|Cyprus|Cypriot
CZ|Czech Republic,Czechia|Czech
DK|Denmark|Danish
DJ|Djibouti|Djiboutian
EC|Ecuador|Ecuadorian
EG|Egypt|Egyptian
EE|Estonia|Estonian
ET|Ethiopia|Ethiopian
FJ|Fiji|Fijian
FI|Finland|Finnish
FR|France|French
GE|Georgia|Georgian
DE|Germany|German
GH|Ghana|Ghanaian
GR|Greece|Greek
HU|Hungary|Hungarian
IS|Iceland|Icelandic
IN|India|Indian
ID|Indonesia|Indonesian
IR|Iran,Islamic Republic of Iran|Iranian
IQ|Iraq|Iraqi
IE|Ireland|Irish
IL|Israel|Israeli
IT|Italy|Italian
CI|Cote d'Ivoire,Ivory Coast|Ivorian
JP|Japan|Japanese
JO|Jordan|Jordanian
KZ|Kazakhstan|Kazakh,Kazakhstani
KE|Kenya|Kenyan
KW|Kuwait|Kuwaiti
KG|Kyrgyzstan,Kyrgyz Republic|Kyrgyz
LA|Laos,Lao PDR|Lao,Laotian
LV|Latvia|Latvian
LB|Lebanon|Lebanese
LY|Libya|Libyan
LT|Lithuania|Lithuanian
LU|Luxembourg|Luxembourgish
MY|Malaysia|Malaysian
MV|Maldives|Maldivian
MT|Malta|Maltese
MX|Mexico|Mexican
MD|Moldova|Moldovan
MN|Mongolia|Mongolian
ME|Montenegro|Montenegrin
MA|Morocco|Moroccan
MZ|Mozambique|Mozambican
MM|Myanmar|Myanmar
NA|Namibia|Namibian
NP|Nepal|Nepali,Nepalese
NL|Netherlands,The Netherlands|Dutch
NZ|New Zealand|New Zealander
NG|Nigeria|Nigerian
KP|North Korea,DPRK,Democratic People's Republic of Korea|North Korean
MK|North Macedonia|Macedonian
NO|Norway|Norwegian
OM|Oman|Omani
PK|Pakistan|Pakistani
PS|Palestine|Palestinian
PA|Panama|Panamanian
PE|Peru|Peruvian
PH|Philippines|Filipino,Philippine
PL|Poland|Polish
PT|Portugal|Portuguese
QA|Qatar|Qatari
RO|Romania|Romanian
RU|Russia,Russian Federation|Russian
RW|Rwanda|Rwandan
SA|Saudi Arabia|Saudi
SN|Senegal|Senegalese
RS|Serbia|Serbian
SG|Singapore|Singaporean
SK|Slovakia,Slovak Republic|Slovak
SI|Slovenia|Slovenian
SO|Somalia|Somali
ZA|South Africa|South African
KR|South Korea,Republic of Korea,ROK|South Korean,Korean
ES|Spain|Spanish
LK|Sri Lanka|Sri Lankan
SD|Sudan|Sudanese
SE|Sweden|Swedish
CH|Switzerland|Swiss
SY|Syria,Syrian Arab Republic|Syrian
TJ|Tajikistan|Tajik,Tajikistani
TZ|Tanzania|Tanzanian
TH|Thailand|Thai
TN|Tunisia|Tunisian
TR|Turkey,Türkiye,Turkiye|Turkish
TM|Turkmenistan|Turkmen
UG|Uganda|Ugandan
UA|Ukraine|Ukrainian
AE|United Arab Emirates,UAE|Emirati
GB|United Kingdom,UK,U.K.,Britain,Great Britain|British
US|United States,United States of America,USA,U.S.A.,U.S.,US|American
UY|Uruguay|Uruguayan
UZ|Uzbekistan|Uzbek,Uzbekistani
VA|Holy See,Vatican|Vatican
VE|Venezuela|Venezuelan
VN|Vietnam,Viet Nam|Vietnamese
YE|Yemen|Yemeni
ZM|Zambia|Zambian
ZW|Zimbabwe|Zimbabwean
`;
