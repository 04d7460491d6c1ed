/** Actor gazetteers: plain data the recognizer in src/extraction/ matches against text. */
export type { KnownActor, GenericBody } from "./entry.js";
export { countries, countriesByCode, COUNTRY_CODES, findCountryByName, AMBIGUOUS_COUNTRY_FORMS } from "./countries.js";
export type { CountryEntry } from "./countries.js";
export { governmentBodies } from "./government-bodies.js";
export type { GovernmentBody } from "./government-bodies.js";
export { genericBodies } from "./generic-bodies.js";
export { companies } from "./companies.js";
export type { Company } from "./companies.js";
export { organizations } from "./organizations.js";
export type { Organization } from "./organizations.js";
export { threatGroups } from "./threat-groups.js";
export type { ThreatGroup } from "./threat-groups.js";
export { foldDiacritics, formKey, uniqueForms, requiresExactCase } from "./forms.js";
