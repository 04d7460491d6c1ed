import { z } from "zod";

/** What kind of thing an actor is (shared/spec/events.md, "Actors"). */
export const ACTOR_KINDS = ["state", "government", "company", "group", "person", "organization", "unspecified"] as const;
export const actorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof actorKindSchema>;

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code such as IR");

export const actorSchema = z.object({
  name: z.string().min(1),
  kind: actorKindSchema,
  country: countryCodeSchema.optional(),
  aliases: z.array(z.string()).optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** The actor that stands for "the text names no one". */
export const UNSPECIFIED: Actor = Object.freeze({ name: "unspecified", kind: "unspecified" }) as Actor;

const KEYS = new WeakMap<object, string>();

/** A stable key for "the same real-world actor" within and across documents. */
export function actorKey(actor: Pick<Actor, "name" | "kind" | "country">): string {
  // Memoized per object: assembly asks for the same actors' keys many times.
  let key = KEYS.get(actor);
  if (key === undefined) {
    key = computeActorKey(actor);
    KEYS.set(actor, key);
  }
  return key;
}

function computeActorKey(actor: Pick<Actor, "name" | "kind" | "country">): string {
  const name = actor.name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return `${actor.kind}:${actor.country ?? "-"}:${name}`;
}
