import { z } from "zod";
import { actorSchema, ATTACK_TYPES, eventDateSchema, eventTypeSchema, ROLE_NAMES, type CyberEvent } from "../../domain/index.js";

/** An actor as a reviewer types it. */
export const actorInput = actorSchema.pick({ name: true, kind: true, country: true }).extend({ name: z.string().trim().min(1).max(200) });

/** Roles by name; `null` removes a role when editing. */
export const rolesInput = z.object(Object.fromEntries(ROLE_NAMES.map((r) => [r, actorInput.nullable().optional()])) as Record<(typeof ROLE_NAMES)[number], z.ZodOptional<z.ZodNullable<typeof actorInput>>>);

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).refine((s) => s.start < s.end, "start must be before end");

/** The fields of an event a reviewer may set. */
export const eventFields = {
  type: eventTypeSchema,
  action: z.string().max(40).nullable().optional(),
  attackType: z.enum(ATTACK_TYPES).nullable().optional(),
  hedged: z.boolean().optional(),
  date: eventDateSchema.nullable().optional(),
  roles: rolesInput.optional(),
};

export const newEventInput = z.object({ ...eventFields, evidence: z.array(span).min(1).max(10) });
export type NewEventInput = z.infer<typeof newEventInput>;

export const eventPatchInput = z.object({ ...eventFields, type: eventTypeSchema.optional(), evidence: z.array(span).min(1).max(10).optional() }).strict();
export type EventPatchInput = z.infer<typeof eventPatchInput>;

/** JSON has no `undefined`: `null` in the input means "remove this field". */
export function toEventPatch(input: EventPatchInput): Partial<CyberEvent> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (key !== "roles") patch[key] = value ?? undefined;
  for (const [role, actor] of Object.entries(input.roles ?? {})) patch[role] = actor ?? undefined;
  return patch as Partial<CyberEvent>;
}

export function toNewEvent(input: NewEventInput): CyberEvent {
  return { ...(toEventPatch({ ...input }) as CyberEvent), type: input.type, evidence: input.evidence };
}

/** Spans must fall inside the document's text. */
export function spansInside(spans: readonly { start: number; end: number }[], textLength: number): boolean {
  return spans.every((s) => s.end <= textLength);
}
