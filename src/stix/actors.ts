import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { actorKey, type Actor, type RoleName } from "../domain/index.js";
import { FIXED_EPOCH, stixId } from "./ids.js";
import type { StixObject } from "./types.js";

// world-countries is CommonJS whose typings declare an ES default export; require it as data.
const countries = createRequire(import.meta.url)("world-countries/countries.json") as Country[];
const COUNTRY_NAMES = new Map(countries.map((c) => [c.cca2, c.name.common]));

/** "IR" → "Iran"; the code itself when unknown. */
export function countryName(code: string): string {
  return COUNTRY_NAMES.get(code) ?? code;
}

/** Roles in which an actor does something (and so may sign a STIX object as its creator). */
const ACTING_ROLES: ReadonlySet<RoleName> = new Set(["attributor", "denier", "imposer", "actor"]);

type ActorObjectType = "identity" | "location" | "threat-actor" | "intrusion-set";

/**
 * Which STIX object stands for an actor in a role:
 * - a state is a `location` as a victim, a `threat-actor` (nation-state) when accused, an
 *   `identity` (organization, government-national) when it acts or is the target of a measure;
 * - a group is an `intrusion-set` except when it acts (claims, denies): then an `identity`
 *   (class group), since created_by_ref must point to an identity;
 * - everyone else (government body, company, organization, person) is an `identity`.
 */
export function objectTypeFor(actor: Actor, role: RoleName): ActorObjectType | undefined {
  if (actor.kind === "unspecified") return undefined;
  if (ACTING_ROLES.has(role)) return "identity";
  if (actor.kind === "state") {
    if (role === "victim" && actor.country) return "location";
    return role === "accused" ? "threat-actor" : "identity";
  }
  return actor.kind === "group" ? "intrusion-set" : "identity";
}

/** States are keyed by country, so "Iran", "Tehran" and "the Islamic Republic" are one actor. */
function canonicalKey(actor: Actor): string {
  return actor.kind === "state" && actor.country ? `state:${actor.country}` : actorKey(actor);
}

/**
 * Builds (once per actor and object type) the STIX objects for actors, with the ties that
 * place them: `located-at` from identities and state threat-actors to their country's
 * location, and `attributed-to` from a group's intrusion-set to its state's threat-actor.
 */
export class ActorObjects {
  private readonly objects = new Map<string, StixObject>();
  private readonly aliases = new Map<string, Set<string>>();

  /**
   * The id of the object for this actor in this role (undefined for unspecified actors).
   * Adds that id and the ids of the objects tying it to its country to `collect`.
   */
  ref(actor: Actor, role: RoleName, collect?: Set<string>): string | undefined {
    const type = objectTypeFor(actor, role);
    if (!type) return undefined;
    return this.build(actor, type, collect ?? new Set());
  }

  /** All objects built so far, aliases filled in. */
  all(): StixObject[] {
    return [...this.objects.values()].map((o) => {
      const aliases = [...(this.aliases.get(o.id) ?? [])].filter((a) => a !== o.name).sort();
      return aliases.length > 0 ? { ...o, aliases } : o;
    });
  }

  private build(actor: Actor, type: ActorObjectType, collect: Set<string>): string {
    const key = canonicalKey(actor);
    const id = type === "location" ? this.location(actor.country ?? "", collect) : stixId(type, key);
    collect.add(id);
    if (type === "location") return id;
    if (!this.objects.has(id)) this.objects.set(id, this.describe(actor, type, id));
    if (type === "intrusion-set") {
      const set = this.aliases.get(id) ?? new Set<string>();
      for (const a of [actor.name, ...(actor.aliases ?? [])]) set.add(a);
      this.aliases.set(id, set);
    }
    if (actor.country) {
      if (type === "intrusion-set") {
        const state: Actor = { name: countryName(actor.country), kind: "state", country: actor.country };
        const stateId = this.build(state, "threat-actor", collect);
        this.tie("attributed-to", id, stateId, collect, `The source texts tie ${actor.name} to ${state.name}.`);
      } else {
        this.tie("located-at", id, this.location(actor.country, collect), collect);
      }
    }
    return id;
  }

  private describe(actor: Actor, type: Exclude<ActorObjectType, "location">, id: string): StixObject {
    const base = { type, spec_version: "2.1" as const, id, created: FIXED_EPOCH, modified: FIXED_EPOCH };
    const name = actor.kind === "state" && actor.country ? countryName(actor.country) : actor.name;
    if (type === "threat-actor") return { ...base, name, threat_actor_types: ["nation-state"] };
    if (type === "intrusion-set") return { ...base, name };
    const identityClass = actor.kind === "person" ? "individual" : actor.kind === "group" ? "group" : "organization";
    const sectors = actor.kind === "state" || actor.kind === "government" ? { sectors: ["government-national"] } : {};
    return { ...base, name, identity_class: identityClass, ...sectors };
  }

  private location(country: string, collect: Set<string>): string {
    const id = stixId("location", `country:${country}`);
    collect.add(id);
    if (!this.objects.has(id)) {
      this.objects.set(id, {
        type: "location", spec_version: "2.1", id, created: FIXED_EPOCH, modified: FIXED_EPOCH,
        name: countryName(country), country,
      });
    }
    return id;
  }

  private tie(relationshipType: string, sourceRef: string, targetRef: string, collect: Set<string>, description?: string): void {
    const id = stixId("relationship", `${relationshipType}|${sourceRef}|${targetRef}`);
    collect.add(id);
    if (this.objects.has(id)) return;
    this.objects.set(id, {
      type: "relationship", spec_version: "2.1", id, created: FIXED_EPOCH, modified: FIXED_EPOCH,
      relationship_type: relationshipType, source_ref: sourceRef, target_ref: targetRef,
      ...(description ? { description } : {}),
    });
  }
}
