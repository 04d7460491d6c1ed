import { RESPONSE_TYPE } from "./extensions.js";
import type { StixBundle, StixObject } from "./types.js";

/** Who accused whom, who denied what, who took which measure against whom, read from a bundle by name. */
export interface BundleFacts {
  accusations: Array<{ attributor?: string; accused: string; about?: string; confidence?: number }>;
  denials: Array<{ denier?: string; deniedAccused: string[] }>;
  responses: Array<{ type: string; action?: string; actor?: string; target?: string; date?: string }>;
}

/**
 * Reads Attrib's facts back out of an exported bundle, using only STIX semantics (claims are
 * `attributed-to` relationships that have a created_by_ref or a confidence; denials are
 * strongly-disagree opinions; responses are x-attrib-response objects). Lists are sorted.
 */
export function factsFromBundle(bundle: StixBundle): BundleFacts {
  const byId = new Map(bundle.objects.map((o) => [o.id, o]));
  const name = (id: unknown): string | undefined => (typeof id === "string" ? str(byId.get(id)?.name) : undefined);
  const isClaim = (o: StixObject) => o.type === "relationship" && o.relationship_type === "attributed-to" && o.confidence !== undefined;

  const accusations = bundle.objects.filter(isClaim).map((r) => ({
    ...opt("attributor", name(r.created_by_ref)),
    accused: name(r.target_ref) ?? String(r.target_ref),
    ...opt("about", name(r.source_ref)),
    ...opt("confidence", typeof r.confidence === "number" ? r.confidence : undefined),
  }));
  const denials = bundle.objects
    .filter((o) => o.type === "opinion" && o.opinion === "strongly-disagree")
    .map((o) => ({
      ...opt("denier", name(o.created_by_ref) ?? str((o.authors as unknown[] | undefined)?.[0])),
      deniedAccused: [...new Set(((o.object_refs as string[]) ?? [])
        .map((ref) => byId.get(ref))
        .filter((r): r is StixObject => !!r && isClaim(r))
        .map((r) => name(r.target_ref) ?? String(r.target_ref)))].sort(),
    }));
  const responses = bundle.objects
    .filter((o) => o.type === RESPONSE_TYPE)
    .map((o) => ({
      type: String(o.response_type),
      ...opt("action", str(o.response_action)),
      ...opt("actor", name(o.actor_ref)),
      ...opt("target", name(o.target_ref)),
      ...opt("date", str(o.date)),
    }));
  const order = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return { accusations: accusations.sort(order), denials: denials.sort(order), responses: responses.sort(order) };
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
