import { formatInitiatives } from './initiative-formats.js';

/** A catalogue entry the database is seeded with; aliases feed the extractor's matching (see initiative-mentions.ts). */
export interface CatalogInitiative {
  slug: string;
  name: string;
  aliases: string[];
  category: string;
  description: string;
}

// Entries are what dashboards count across meetings, so each names a reusable programme or recurring undertaking
// ("hosting SCO meetings"), not a one-off event ("the 2021 SCO heads of government meeting in Nur-Sultan").
// In an alias, "*" stands for up to three words.
const coreInitiatives: CatalogInitiative[] = [
  {
    slug: 'belt-and-road-initiative',
    name: 'Belt and Road Initiative',
    aliases: [
      'Belt and Road',
      'BRI',
      'B&R',
      'Silk Road Economic Belt',
      'One Belt One Road',
      'One Belt, One Road',
      'OBOR',
      '21st Century Maritime Silk Road',
      'Belt and Road cooperation',
    ],
    category: 'connectivity',
    description:
      "China's programme of infrastructure, trade and investment cooperation along land and maritime Silk Road routes, launched in 2013.",
  },
  {
    slug: 'nurly-zhol',
    name: 'Nurly Zhol',
    aliases: ['“light path”', 'light path', 'Bright Road', 'Bright Path', 'Nurly Zhol new economic policy', 'Nurly Zhol programme'],
    category: 'connectivity',
    description:
      'Kazakhstan\'s new economic policy and infrastructure development programme ("Bright Road"), aligned with the Silk Road Economic Belt.',
  },
  {
    slug: 'sco-summit-hosting',
    name: 'Hosting Shanghai Cooperation Organisation meetings',
    aliases: [
      'SCO summit',
      'SCO Summit',
      'Council of Heads of Government',
      'Council of Heads of State',
      'SCO Council of Heads of Government',
      'SCO Council of Heads of State',
      'SCO chairmanship',
      'SCO presidency',
      'chairmanship of the SCO',
      'presidency of the SCO',
    ],
    category: 'multilateral',
    description:
      'A member state hosting or chairing a meeting of the Shanghai Cooperation Organisation (heads of state, heads of government, ministers) and the support of others for it.',
  },
  {
    slug: 'shanghai-cooperation-organisation',
    name: 'Shanghai Cooperation Organisation cooperation',
    aliases: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'],
    category: 'multilateral',
    description: 'Cooperation within the Shanghai Cooperation Organisation framework other than hosting its meetings.',
  },
  {
    slug: 'covid-19-vaccine-supply',
    name: 'COVID-19 vaccine and pandemic supplies',
    aliases: [
      'vaccine',
      'vaccines',
      'vaccine cooperation',
      'vaccine supply',
      'vaccine assistance',
      'pandemic supplies',
      'anti-pandemic supplies',
      'anti-epidemic supplies',
      'medical supplies',
    ],
    category: 'health',
    description: 'Supply, donation and joint production of COVID-19 vaccines and other pandemic supplies.',
  },
  {
    slug: 'covid-19-origin-tracing',
    name: 'COVID-19 origin tracing',
    aliases: [
      'origin tracing',
      'origins tracing',
      'origin-tracing',
      'tracing of origin',
      'tracing of the origin',
      'origins of COVID-19',
      'origin of the virus',
    ],
    category: 'health',
    description: 'The position on studies of the origins of SARS-CoV-2, typically that they be science-based and not politicised.',
  },
  {
    slug: 'china-central-asia-foreign-ministers-meeting',
    name: 'China + Central Asia foreign ministers’ meeting',
    aliases: [
      '“China + Central Asia”',
      'China + Central Asia',
      'China-Central Asia Foreign Ministers’ Meeting',
      'C+C5',
      'China and Central Asia foreign ministers',
      'Central Asia-China',
    ],
    category: 'multilateral',
    description: 'The China + Central Asia (C+C5) mechanism of foreign ministers’ meetings, first held in 2020.',
  },
  {
    slug: 'cica',
    name: 'Conference on Interaction and Confidence Building Measures in Asia',
    aliases: ['CICA', 'Conference on Interaction and Confidence-Building Measures in Asia'],
    category: 'security',
    description: 'Cooperation within CICA, the pan-Asian security forum initiated by Kazakhstan.',
  },
  {
    slug: 'diplomatic-relations-anniversary',
    name: 'Anniversary of diplomatic relations',
    aliases: [
      'anniversary of the establishment of * diplomatic relations',
      'anniversary of * diplomatic relations',
      'anniversary of * diplomatic ties',
      'anniversary of the establishment of * diplomatic ties',
      // "the 60th anniversary of the normalization of the two nations' diplomatic relationship"
      'anniversary of * diplomatic relationship',
      'anniversary of the normalization of * diplomatic relations',
      'anniversary of the normalization of * diplomatic relationship',
      'anniversary of the normalisation of * diplomatic relations',
      'anniversary of the normalisation of * diplomatic relationship',
      // "the 50th anniversary of ASEAN-Japan ties", "the 70th anniversary of Nepal–Japan relations"
      'anniversary of * ties',
      'anniversary of * relations',
      // "65 years of the establishment of diplomatic relations", "our 60th year of diplomatic relations",
      // "50 years on from the establishment of diplomatic ties"
      'years of * diplomatic relations',
      'years of * diplomatic ties',
      'year of * diplomatic relations',
      'year of * diplomatic ties',
      'years on from the establishment of * diplomatic relations',
      'years on from the establishment of * diplomatic ties',
      // "the golden jubilee of diplomatic relations", "the golden jubilee of our ties"
      'jubilee of * relations',
      'jubilee of * ties',
    ],
    category: 'diplomacy',
    description: 'Commemorating an anniversary of the establishment of diplomatic relations between two countries.',
  },
  {
    slug: 'global-development-initiative',
    name: 'Global Development Initiative',
    aliases: ['GDI'],
    category: 'economy',
    description: 'China’s initiative, proposed in 2021, for accelerating the UN 2030 Agenda for Sustainable Development.',
  },
  {
    slug: 'global-security-initiative',
    name: 'Global Security Initiative',
    aliases: ['GSI'],
    category: 'security',
    description: 'China’s security cooperation initiative proposed in 2022.',
  },
  {
    slug: 'eurasian-economic-union',
    name: 'Eurasian Economic Union',
    aliases: ['EAEU', 'EEU'],
    category: 'economy',
    description: 'Economic integration within the Eurasian Economic Union and its alignment with other programmes.',
  },
  {
    slug: 'commonwealth-of-independent-states',
    name: 'Commonwealth of Independent States',
    aliases: ['CIS'],
    category: 'multilateral',
    description: 'Cooperation within the Commonwealth of Independent States, including its chairmanship and meetings.',
  },
  {
    slug: 'organization-of-turkic-states',
    name: 'Organization of Turkic States',
    aliases: ['Organisation of Turkic States', 'Turkic Council', 'OTS'],
    category: 'multilateral',
    description: 'Cooperation within the Organization of Turkic States (formerly the Turkic Council).',
  },
  {
    slug: 'free-and-open-indo-pacific',
    name: 'Free and Open Indo-Pacific',
    aliases: ['FOIP'],
    category: 'security',
    description: 'Japan’s vision of a rules-based Indo-Pacific region, shared with partners.',
  },
  {
    slug: 'neighbourhood-first-policy',
    name: 'Neighbourhood First policy',
    aliases: ['Neighbourhood First', 'Neighborhood First'],
    category: 'diplomacy',
    description: 'India’s policy of prioritising relations with its neighbouring countries.',
  },
  {
    slug: 'jcpoa',
    name: 'Joint Comprehensive Plan of Action',
    aliases: ['JCPOA', 'Iran nuclear deal'],
    category: 'security',
    description: 'The 2015 agreement on Iran’s nuclear programme.',
  },
];

/** The catalogue: our programmes and undertakings, then the regional formats and processes (initiative-formats.ts). */
export const defaultInitiatives: CatalogInitiative[] = [...coreInitiatives, ...formatInitiatives];
