export * from "./companies.js";
export * from "./countries.js";
export * from "./entry.js";
export * from "./generic-bodies.js";
export * from "./government-bodies.js";
export * from "./organizations.js";
export * from "./threat-groups.js";
