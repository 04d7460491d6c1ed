import type { ImportedGroup } from "../domain/index.js";
import { COUNTRY_CODES, findCountryByName } from "./countries.js";
import { formKey } from "./forms.js";

export type GroupFileFormat = "misp-galaxy" | "stix-bundle";

export interface GroupFile {
  format: GroupFileFormat;
  groups: ImportedGroup[];
  /** Entries left out, one line each with the reason ("[Unnamed group]: placeholder"). */
  skipped: string[];
}

/** A knowledge file that is neither a MISP galaxy cluster file nor a STIX 2.1 bundle, or is broken. */
export class GroupFileError extends Error {
  override name = "GroupFileError";
}

/**
 * Reads threat groups from a MISP galaxy cluster file (`{"type", "values": [{value, meta: {synonyms,
 * country, cfr-suspected-state-sponsor}}]}`) or a STIX 2.1 bundle of intrusion-sets and threat-actors
 * (MITRE ATT&CK's shape). Pure: the caller reads the file.
 */
export function parseGroupFile(json: string): GroupFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new GroupFileError(`not JSON: ${(e as Error).message}`);
  }
  if (isRecord(data) && data.type === "bundle" && Array.isArray(data.objects)) return fromStixBundle(data.objects);
  if (isRecord(data) && Array.isArray(data.values)) return fromMispGalaxy(data.values);
  throw new GroupFileError('expected a MISP galaxy cluster file (an object with "values") or a STIX 2.1 bundle ({"type": "bundle", "objects"})');
}

/** An ISO-2 code, a country name, or MISP's directory order ("Iran (Islamic Republic of)") → ISO-2. */
export function countryCodeOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim();
  if (COUNTRY_CODES.has(t)) return t;
  const reordered = t.replace(/^(.*?)\s+\((.*)\)$/, "$2 $1"); // "Korea (Republic of)" → "Republic of Korea"
  return findCountryByName(t)?.code ?? findCountryByName(reordered)?.code;
}

function fromMispGalaxy(values: unknown[]): GroupFile {
  const groups: ImportedGroup[] = [];
  const skipped: string[] = [];
  for (const [i, v] of values.entries()) {
    if (!isRecord(v) || typeof v.value !== "string" || v.value.trim() === "") {
      skipped.push(`values[${i}]: no "value" name`);
      continue;
    }
    // MITRE's cluster file names sets "APT28 - G0007": the name is before the ATT&CK id.
    const name = v.value.trim().replace(/\s+-\s+G\d{4}$/, "");
    if (name.startsWith("[")) {
      skipped.push(`${name}: placeholder, not a group name`);
      continue;
    }
    const meta = isRecord(v.meta) ? v.meta : {};
    const sponsor = typeof meta["cfr-suspected-state-sponsor"] === "string" && meta["cfr-suspected-state-sponsor"] !== "Unknown" ? meta["cfr-suspected-state-sponsor"] : undefined;
    const country = typeof meta.country === "string" && COUNTRY_CODES.has(meta.country) ? meta.country : countryCodeOf(sponsor);
    groups.push(group(name, strings(meta.synonyms), country, sponsor));
  }
  return { format: "misp-galaxy", groups, skipped };
}

type StixObject = Record<string, unknown> & { id?: unknown; type?: unknown };

/**
 * Intrusion sets and (non-state) threat actors become groups. Country and sponsor come from the
 * relationships: the group `located-at` / `originates-from` a location with a `country`, or
 * `attributed-to` a threat actor or identity (the sponsor), itself located in a country.
 * Threat actors of type nation-state are states: they are sponsors, not groups.
 */
function fromStixBundle(objects: unknown[]): GroupFile {
  const byId = new Map<string, StixObject>();
  for (const o of objects) if (isRecord(o) && typeof o.id === "string") byId.set(o.id, o);
  const relations = [...byId.values()].filter((o) => o.type === "relationship" && o.revoked !== true);
  const targets = (id: string, types: string[]) =>
    relations.filter((r) => r.source_ref === id && types.includes(String(r.relationship_type))).map((r) => byId.get(String(r.target_ref))).filter((t): t is StixObject => !!t);
  const countryOf = (o: StixObject): string | undefined => {
    if (o.type === "location") return countryCodeOf(str(o.country)) ?? countryCodeOf(str(o.name));
    const place = targets(String(o.id), ["located-at", "originates-from"]).map(countryOf).find((c) => c !== undefined);
    return place ?? (str(o.country) ? countryCodeOf(str(o.country)) : undefined);
  };
  const isState = (o: StixObject) => o.type === "threat-actor" && strings(o.threat_actor_types).includes("nation-state");

  const groups: ImportedGroup[] = [];
  const skipped: string[] = [];
  for (const o of byId.values()) {
    if (o.type !== "intrusion-set" && o.type !== "threat-actor") continue;
    const name = str(o.name)?.trim();
    if (!name) {
      skipped.push(`${String(o.id)}: no name`);
      continue;
    }
    if (o.revoked === true || o.x_mitre_deprecated === true) {
      skipped.push(`${name}: revoked or deprecated`);
      continue;
    }
    if (isState(o)) continue; // a state, read as a sponsor below
    const sponsorObject = targets(String(o.id), ["attributed-to"]).find((t) => t.type === "threat-actor" || t.type === "identity");
    const sponsor = sponsorObject ? str(sponsorObject.name) : undefined;
    const country = countryOf(o) ?? (sponsorObject ? (countryOf(sponsorObject) ?? countryCodeOf(sponsor)) : undefined);
    groups.push(group(name, [...strings(o.aliases), ...strings(o.x_mitre_aliases)], country, sponsor));
  }
  groups.sort((a, b) => formKey(a.name).localeCompare(formKey(b.name)));
  return { format: "stix-bundle", groups, skipped };
}

function group(name: string, aliases: string[], country: string | undefined, sponsor: string | undefined): ImportedGroup {
  const seen = new Set([formKey(name)]);
  const unique: string[] = [];
  // "APT-C-38 (QiAnXin)", "APT-Q-27,": vendor notes and stray punctuation are not part of the name.
  for (const a of aliases.map((x) => x.trim().replace(/\s+\([^)]*\)$/, "").replace(/[,;]+$/, "").trim())) {
    if (a === "" || seen.has(formKey(a))) continue;
    seen.add(formKey(a));
    unique.push(a);
  }
  return { name, aliases: unique, ...(country ? { country } : {}), ...(sponsor ? { sponsor } : {}) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}
