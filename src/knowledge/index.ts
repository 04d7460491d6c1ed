/**
 * Actor gazetteers: plain data the recognizer in src/extraction/ matches against text.
 *
 * Matching guidance (the data is built on these assumptions):
 *  - fold diacritics and case on both sides (forms.ts `formKey`), except forms for which
 *    `requiresExactCase` is true (acronyms "US", "TAG", "MOIS"; CamelCase "OilRig");
 *  - prefer the longest match ("PLA Unit 61398" over "PLA", "Republic of China" inside
 *    "People's Republic of China");
 *  - a country qualifier in front of a generic head ("Iran's foreign ministry", "the Albanian
 *    state police") makes a generic body of that country; a named body's alias without a
 *    qualifier ("the Justice Department", "the Foreign Office") is that named body;
 *  - threat groups: `contextAliases` and names with `ambiguousName` only with exact case and a
 *    group word nearby; `campaigns` are not actors;
 *  - countries: `AMBIGUOUS_COUNTRY_FORMS` ("Chad", "Jordan", "Georgia") need supporting context;
 *    seats are stored without "the" ("Kremlin").
 */
export type { KnownActor, GenericBody } from "./entry.js";
export { countries, countriesByCode, COUNTRY_CODES, findCountryByName, AMBIGUOUS_COUNTRY_FORMS } from "./countries.js";
export type { CountryEntry } from "./countries.js";
export { governmentBodies } from "./government-bodies.js";
export { leaders } from "./leaders.js";
export type { GovernmentBody } from "./government-bodies.js";
export { genericBodies } from "./generic-bodies.js";
export { companies } from "./companies.js";
export type { Company } from "./companies.js";
export { organizations } from "./organizations.js";
export type { Organization } from "./organizations.js";
export { threatGroups } from "./threat-groups.js";
export type { ThreatGroup } from "./threat-groups.js";
export { foldDiacritics, formKey, uniqueForms, requiresExactCase } from "./forms.js";
