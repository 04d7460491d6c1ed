import { z } from "zod";
import { actorSchema, type Actor } from "./actor.js";
import { eventDateSchema } from "./event-date.js";
import { spanSchema } from "./span.js";

export const EVENT_TYPES = ["attack", "attribution", "denial", "sanction", "diplomatic", "legal", "condemnation"] as const;
export const eventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof eventTypeSchema>;

export const DIPLOMATIC_ACTIONS = [
  "sever_relations", "expel_diplomats", "recall_ambassador", "summon_ambassador", "close_embassy", "suspend_cooperation",
] as const;
export const LEGAL_ACTIONS = ["indictment", "arrest", "extradition", "conviction", "warrant", "reward"] as const;
export const ATTACK_TYPES = [
  "intrusion", "data-theft", "ransomware", "wiper", "ddos", "defacement", "phishing", "espionage", "disruption", "leak", "other",
] as const;

export const ROLE_NAMES = ["victim", "attributor", "accused", "denier", "imposer", "actor", "target"] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** The roles that identify an event of each type (shared/spec/events.md, and the scorer's KEY_ROLES). */
export const KEY_ROLES: Record<EventType, readonly RoleName[]> = {
  attack: ["victim"],
  attribution: ["attributor", "accused"],
  denial: ["denier"],
  sanction: ["imposer", "target"],
  diplomatic: ["actor", "target"],
  legal: ["actor", "target"],
  condemnation: ["actor", "target"],
};

export const eventSchema = z.object({
  type: eventTypeSchema,
  action: z.string().optional(),
  victim: actorSchema.optional(),
  attributor: actorSchema.optional(),
  accused: actorSchema.optional(),
  denier: actorSchema.optional(),
  imposer: actorSchema.optional(),
  actor: actorSchema.optional(),
  target: actorSchema.optional(),
  attackType: z.enum(ATTACK_TYPES).optional(),
  systems: z.string().optional(),
  hedged: z.boolean().optional(),
  date: eventDateSchema.optional(),
  confidence: z.number().min(0).max(1).optional(),
  evidence: z.array(spanSchema),
});
export type CyberEvent = z.infer<typeof eventSchema>;

export function rolesOf(event: CyberEvent): [RoleName, Actor][] {
  const out: [RoleName, Actor][] = [];
  for (const r of ROLE_NAMES) {
    const a = event[r];
    if (a) out.push([r, a]);
  }
  return out;
}
