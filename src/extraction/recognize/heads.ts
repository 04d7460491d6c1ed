import type { ActorKind } from "../../domain/index.js";

/**
 * Descriptive heads that, after a country or demonym, make an actor of that country
 * ("Iranian hackers", "UK firms", "Ukrainian government ministries", "two Iranian nationals").
 */
export const DESCRIPTIVE_HEADS: Readonly<Record<string, Exclude<ActorKind, "state" | "unspecified">>> = {
  hackers: "group", hacker: "person", "hacking group": "group", "hacking groups": "group", "hacker group": "group",
  "hacking team": "group", "hacking unit": "group", "hacking collective": "group", "cyber gang": "group",
  "cyber espionage group": "group", "cyber-espionage group": "group", "espionage group": "group",
  "threat group": "group", "threat actor": "group", "threat actors": "group", "apt group": "group",
  "cyber actors": "group", "cyber actor": "group", "state hackers": "group", "state-sponsored hackers": "group",
  "state-backed hackers": "group", "state-sponsored hacking group": "group", "state-backed hacking group": "group",
  "government hackers": "group", "military hackers": "group", "intelligence hackers": "group", "gang": "group",
  "cybercriminals": "group", "cyber criminals": "group", "attackers": "group", "operatives": "group",
  intelligence: "government", "special services": "government", "secret services": "government", "spy services": "government",
  "programmer": "person", "programmers": "person", "teenager": "person", "teenagers": "person", "student": "person",
  "businessman": "person", "engineer": "person", "computer programmer": "person", "hackers-for-hire": "group",
  "spies": "person", "nationals": "person", "national": "person", "citizens": "person", "citizen": "person",
  "men": "person", "man": "person", "woman": "person", "women": "person", "individuals": "person",
  "officers": "person", "military officers": "person", "intelligence officers": "person", "agents": "person",
  "firms": "company", "firm": "company", "companies": "company", "company": "company", "businesses": "company",
  "banks": "company", "bank": "company", "retailer": "company", "retailers": "company", "telecom": "company",
  "telecoms": "company", "energy companies": "company", "utilities": "company", "utility": "company",
  "health care companies": "company", "healthcare companies": "company", "defense contractors": "company",
  "defence contractors": "company", "tech companies": "company", "technology companies": "company",
  "government ministries": "government", "government agencies": "government", "government departments": "government",
  "government services": "government", "government networks": "government", "government websites": "government",
  "government systems": "government", "government institutions": "government",
  "government bodies": "government", "government entities": "government", "ministries": "government",
  "state institutions": "government", "state agencies": "government", "state media": "government",
  industry: "company", "defense industry": "company", "defence industry": "company", sector: "company",
  "financial sector": "company", "energy sector": "company", "banking sector": "company", "lenders": "company",
  "exchanges": "company", "cryptocurrency exchanges": "company", "hospitals and clinics": "organization",
  "power grid": "organization", "electricity grid": "organization", "power companies": "company",
  "organisations": "organization", "organizations": "organization", "organization": "organization",
  "organisation": "organization", "institutions": "organization", "universities": "organization",
  "hospitals": "organization", "entities": "organization", "news outlets": "organization", "political parties": "organization", "commercial firms": "company", "public bodies": "government", "public institutions": "government", "infrastructure": "organization", "critical infrastructure": "organization",
};

/**
 * Heads that after a country make the state itself: "the Iranian government", "Russian authorities",
 * "U.S. officials" speak for their state.
 */
export const STATE_HEADS: ReadonlySet<string> = new Set([
  "government", "governments", "regime", "authorities", "officials", "administration", "leadership",
  "state", "government officials", "security officials", "intelligence officials", "lawmakers", "leaders",
  "leadership", "authorities", "officials",
]);
