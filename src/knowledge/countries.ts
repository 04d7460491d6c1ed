import { createRequire } from "node:module";
import type { Countries, Country } from "world-countries";
import { uniqueForms } from "./forms.js";
import { COUNTRY_OVERRIDES, DROPPED_ALT_SPELLINGS, DROPPED_CAPITALS, NO_PLURAL_DEMONYMS } from "./country-overrides.js";

export { AMBIGUOUS_COUNTRY_FORMS } from "./country-overrides.js";

/**
 * Countries as they are named in English news, built from the `world-countries` package
 * plus the hand-written news-usage table in country-overrides.ts.
 * (createRequire, not a JSON import: Node 20 still flags JSON modules as experimental.)
 */
const worldCountries = createRequire(import.meta.url)("world-countries") as Countries;

export interface CountryEntry {
  /** ISO 3166-1 alpha-2 ("IR"). */
  code: string;
  /** Common English name used as the canonical state name ("Iran", "United States", "Russia"). */
  name: string;
  /** Other names usable in news: official names, abbreviations ("Islamic Republic of Iran", "U.S.", "DPRK"). */
  names: string[];
  /** Adjectives and people nouns, singular and plural ("Iranian", "Iranians", "Briton", "Brits"). */
  demonyms: string[];
  /** Capital cities standing for the state ("Tehran", "Washington", "Kyiv", "Kiev"). */
  capitals: string[];
  /** Seats of power standing for the state, without "the" ("Kremlin", "White House", "Downing Street"). */
  seats: string[];
  /** False for dependencies and territories (Guam, Greenland); their forms are less trustworthy. */
  independent: boolean;
}

/** Alternative spellings we keep: Latin script without diacritic-only noise, not the ISO inverted forms. */
function usableAltSpelling(alt: string, country: Country): boolean {
  if (alt === country.cca2) return false; // bare ISO codes ("IR", "AL") are not how news names states
  if (alt.includes(",")) return false; // "Iran, Islamic Republic of" is directory order, not prose
  if (!/^[A-Za-z][A-Za-z .'()-]+$/.test(alt)) return false; // native scripts and transliterations with marks
  return !DROPPED_ALT_SPELLINGS.has(alt);
}

/** Plural people noun for a demonym, or undefined when English has none ("British", "Chinese", "Swiss"). */
function pluralDemonym(demonym: string): string | undefined {
  if (NO_PLURAL_DEMONYMS.has(demonym)) return undefined;
  if (/(ese|ish|ch|ss|sh|s|x|z|y|ic)$/.test(demonym)) return undefined;
  return `${demonym}s`;
}

function splitDemonyms(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw.split(/,\s*|\s+or\s+/).map((d) => d.trim()).filter((d) => d.length > 0);
}

function buildEntry(country: Country, sovereign: SovereignForms): CountryEntry {
  const override = COUNTRY_OVERRIDES[country.cca2] ?? {};
  const name = override.name ?? country.name.common;
  const names = uniqueForms(
    [country.name.common, country.name.official, ...country.altSpellings.filter((a) => usableAltSpelling(a, country))]
      .concat(override.names ?? [])
      .filter((n) => !(override.dropNames ?? []).includes(n)),
  ).filter((n) => n !== name);

  const eng = country.demonyms["eng"];
  let baseDemonyms = uniqueForms([...splitDemonyms(eng?.m), ...splitDemonyms(eng?.f)]);
  if (override.replaceDemonyms) baseDemonyms = [];
  // A territory sharing a sovereign's demonym ("American" for Guam) must not claim it.
  if (!country.independent) baseDemonyms = baseDemonyms.filter((d) => !sovereign.demonyms.has(d));
  const singular = uniqueForms([...baseDemonyms, ...(override.demonyms ?? [])]);
  const plurals = singular.map(pluralDemonym).filter((p): p is string => p !== undefined);
  const demonyms = uniqueForms([...singular, ...plurals, ...(override.demonymNouns ?? [])]);

  const capitals = uniqueForms(
    (override.replaceCapitals ? [] : country.capital)
      .filter((c) => !DROPPED_CAPITALS.has(c))
      // Kingston is Jamaica's, not Norfolk Island's; Oranjestad is Aruba's as well as Bonaire's.
      .filter((c) => country.independent || !sovereign.capitals.has(c))
      .concat(override.capitals ?? []),
  );

  return {
    code: country.cca2,
    name,
    names,
    demonyms,
    capitals,
    seats: [...(override.seats ?? [])],
    independent: country.independent === true || override.independent === true,
  };
}

/** Demonyms and capitals of sovereign states, which dependencies must not claim too. */
interface SovereignForms {
  demonyms: Set<string>;
  capitals: Set<string>;
}

function buildCountries(): CountryEntry[] {
  const sovereign: SovereignForms = { demonyms: new Set(), capitals: new Set() };
  for (const c of worldCountries) {
    if (!c.independent) continue;
    for (const d of [...splitDemonyms(c.demonyms["eng"]?.m), ...splitDemonyms(c.demonyms["eng"]?.f)]) sovereign.demonyms.add(d);
    for (const cap of c.capital) sovereign.capitals.add(cap);
  }
  return worldCountries.map((c) => buildEntry(c, sovereign)).sort((a, b) => a.code.localeCompare(b.code));
}

/** All 250 entries of world-countries, news-adjusted, sorted by code. */
export const countries: readonly CountryEntry[] = buildCountries();

/** Lookup by ISO-2 code. */
export const countriesByCode: ReadonlyMap<string, CountryEntry> = new Map(countries.map((c) => [c.code, c]));

/** Every ISO-2 code world-countries knows (for validating codes elsewhere). */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(worldCountries.map((c) => c.cca2));

/** Finds a country by any name form (canonical, alternative), case- and diacritic-insensitive. */
export function findCountryByName(text: string): CountryEntry | undefined {
  return countryNameIndex().get(normalize(text));
}

let nameIndex: Map<string, CountryEntry> | undefined;
function countryNameIndex(): Map<string, CountryEntry> {
  if (nameIndex) return nameIndex;
  nameIndex = new Map();
  // Independent states first so that they win shared forms.
  const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    for (const form of [c.name, ...c.names]) {
      const key = normalize(form);
      if (!nameIndex.has(key)) nameIndex.set(key, c);
    }
  }
  return nameIndex;
}

function normalize(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/^the\s+/, "").trim();
}
