/**
 * News-usage corrections on top of world-countries. Each entry is a fact of English usage:
 * the name newsrooms use, abbreviations with dots, people nouns that are not "<adjective>s"
 * ("Turks", "Poles"), capitals newsrooms use for the government, and seats of power.
 * Seats are stored without "the": the recognizer may take a preceding "the" into the span.
 */
export interface CountryOverride {
  /** Replaces world-countries' common name as canonical name (the old one stays in names). */
  name?: string;
  names?: string[];
  /** Names from world-countries to drop (ambiguous in news). */
  dropNames?: string[];
  /** Extra singular adjectives/nouns; plurals are derived unless listed in NO_PLURAL_DEMONYMS. */
  demonyms?: string[];
  /** Extra forms taken as-is (irregular plurals and people nouns). */
  demonymNouns?: string[];
  /** Ignore world-countries' demonyms (they are wrong or odd, e.g. "Djibouti" for Djibouti). */
  replaceDemonyms?: boolean;
  capitals?: string[];
  /** Ignore world-countries' capital field ("Washington D.C." is replaced by news forms). */
  replaceCapitals?: boolean;
  seats?: string[];
  /** Treat as a state although world-countries does not mark it independent (Palestine, Kosovo, Taiwan). */
  independent?: boolean;
}

export const COUNTRY_OVERRIDES: Readonly<Record<string, CountryOverride>> = {
  US: {
    names: ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America"],
    replaceCapitals: true,
    capitals: ["Washington", "Washington, D.C.", "Washington D.C.", "Washington DC"],
    seats: ["White House", "Oval Office"],
  },
  GB: {
    names: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    demonyms: ["Briton"],
    demonymNouns: ["Brits"],
    seats: ["Downing Street", "Number 10", "No 10", "No. 10", "Whitehall"],
  },
  RU: {
    names: ["Russian Federation"],
    seats: ["Kremlin"],
  },
  CN: {
    names: ["PRC", "People's Republic of China", "mainland China"],
    seats: ["Zhongnanhai"],
  },
  TW: {
    names: ["ROC", "Republic of China", "Chinese Taipei"],
    independent: true,
  },
  KP: {
    names: ["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
  },
  KR: {
    names: ["ROK", "Republic of Korea", "S. Korea"],
    seats: ["Blue House", "Cheong Wa Dae"],
  },
  IR: {
    names: ["Islamic Republic of Iran", "Islamic Republic", "Persia"],
    demonyms: ["Persian"],
  },
  IL: {
    seats: ["Knesset"],
  },
  FR: {
    seats: ["Élysée", "Élysée Palace", "Matignon"],
  },
  DE: {
    seats: ["Bundeskanzleramt"],
  },
  JP: {
    seats: ["Kantei"],
  },
  UA: {
    capitals: ["Kiev"],
  },
  IN: {
    capitals: ["Delhi"],
  },
  BY: {
    names: ["Belorussia", "Byelorussia"],
  },
  MN: {
    capitals: ["Ulaanbaatar"],
  },
  CZ: {
    name: "Czech Republic",
    names: ["Czechia"],
    demonymNouns: ["Czechs"],
  },
  TR: {
    name: "Turkey",
    names: ["Türkiye", "Republic of Turkey"],
    demonyms: ["Turk"],
  },
  CD: {
    names: ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DRC", "Congo-Kinshasa"],
  },
  CG: {
    // Bare "Congo" is ambiguous between the two Congos.
    dropNames: ["Congo"],
  },
  CI: {
    names: ["Côte d'Ivoire"],
  },
  PS: {
    names: ["Palestinian territories"],
    independent: true,
  },
  XK: { independent: true },
  VA: {
    names: ["Holy See"],
  },
  MM: {
    names: ["Burma"],
  },
  SZ: {
    names: ["Swaziland"],
  },
  MK: {
    names: ["Macedonia"],
  },
  AE: {
    names: ["UAE", "U.A.E."],
    demonyms: ["Emirati"],
  },
  SA: {
    demonyms: ["Saudi"],
  },
  NL: {
    names: ["Holland"],
    demonymNouns: ["Dutchman", "Dutchmen"],
  },
  VN: {
    names: ["Viet Nam"],
  },
  PL: { demonyms: ["Pole"] },
  DK: { demonyms: ["Dane"] },
  FI: { demonyms: ["Finn"] },
  SE: { demonyms: ["Swede"] },
  ES: { demonyms: ["Spaniard"] },
  AZ: { demonyms: ["Azeri"] },
  KZ: { demonyms: ["Kazakh"] },
  UZ: { demonyms: ["Uzbek"] },
  TJ: { demonyms: ["Tajik"] },
  KG: { demonyms: ["Kyrgyz"] },
  SI: { demonyms: ["Slovenian"] },
  EC: { demonyms: ["Ecuadorian"] },
  CV: { demonyms: ["Cape Verdean"] },
  MV: { demonyms: ["Maldivian"] },
  KM: { demonyms: ["Comorian"] },
  SR: { demonyms: ["Surinamese"] },
  AR: { demonyms: ["Argentinian"] },
  PH: { demonyms: ["Filipina"] },
  BW: { demonymNouns: ["Batswana"] },
  LS: { demonymNouns: ["Basotho"] },
  DJ: { replaceDemonyms: true, demonyms: ["Djiboutian"] },
  GI: { replaceDemonyms: true, demonyms: ["Gibraltarian"] },
  NZ: { demonyms: ["Kiwi"] },
  BO: { capitals: ["La Paz"] },
  GL: { demonymNouns: ["Greenlander", "Greenlanders"] },
};

/**
 * Alternative spellings from world-countries that are ordinary English words or too ambiguous
 * in news text (checked by hand against the list the builder produces).
 */
export const DROPPED_ALT_SPELLINGS: ReadonlySet<string> = new Set([
  "Island", // Iceland's native name; an ordinary word
  "Mann", // Isle of Man; a surname
  "Prathet", // Thai for "country"
  "Thai", // a demonym, not a country name
  "Togolese", // a demonym
  "Portuguesa",
  "Mexicanos",
  "Timor", // the island is split between two states
  "Guiana", // a region spanning several states
  "Lao", // a demonym / language
  "Viti",
]);

/** Capitals that are common personal names or ambiguous place names in English news. */
export const DROPPED_CAPITALS: ReadonlySet<string> = new Set([
  "Douglas", // Isle of Man
  "Hamilton", // Bermuda
  "Stanley", // Falkland Islands
  "Jamestown", // Saint Helena; also the US settlement
  "Plymouth", // Montserrat; also the English city
  "The Valley", // Anguilla
  "West Island", // Cocos Islands
  "Georgetown", // Guyana; in security news usually Georgetown University
  "Malé", // folds to the English word "male"
  "Washington D.C.", // replaced by news forms in the US override
]);

/** Demonyms without an "-s" plural people noun ("Swiss", "Dutch", "Malagasy", "I-Kiribati"). */
export const NO_PLURAL_DEMONYMS: ReadonlySet<string> = new Set([
  "Malagasy",
  "Ni-Vanuatu",
  "I-Kiribati",
  "Motswana",
  "Mosotho",
  "Manx",
  "Lao", // "Laos" is the country's name
  "Vatican",
]);

/**
 * Country names and capitals that are also common English words or personal names ("Chad", "Jordan"),
 * or that sit inside other place names ("Georgia" the US state, "Jersey" in "New Jersey").
 * The recognizer should accept them only with supporting context (a capital, a demonym, a
 * government word nearby) or leave them out.
 */
export const AMBIGUOUS_COUNTRY_FORMS: ReadonlySet<string> = new Set([
  "Chad",
  "Jordan",
  "Georgia",
  "Jersey",
  "Guernsey",
  "Turkey",
  "Guinea",
  "Niger",
  "Dominica",
  "Mali",
  "Israel",
  "Victoria",
  "Sofia",
  "Colombo",
  "Santiago",
  "Kingston",
  "Isle of Man",
]);
