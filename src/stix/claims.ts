import { actorKey } from "../domain/index.js";
import type { CyberEventWithId, ExportClaim, ExportInput } from "./input.js";

/**
 * The input's claims, or when it gives none, claims derived from its attribution events:
 * events with the same attributor, accused and incident are one claim. An event belongs to
 * the incident that lists its document when exactly one incident does (an article about two
 * incidents cannot tell us which one a sentence blames). Unspecified accused are dropped:
 * "someone blamed no one" carries nothing to export.
 */
export function claimsOf(input: ExportInput): ExportClaim[] {
  if (input.claims) return input.claims;
  const byKey = new Map<string, ExportClaim>();
  for (const doc of input.documents) {
    const docIncidents = input.incidents.filter((i) => i.documentIds.includes(doc.id));
    for (const ev of doc.events) {
      if (ev.type !== "attribution" || !ev.accused || ev.accused.kind === "unspecified") continue;
      const attributor = ev.attributor ?? { name: "unspecified", kind: "unspecified" as const };
      const incidentId = docIncidents.length === 1 ? docIncidents[0]?.id : undefined;
      const key = `${actorKey(attributor)}|${actorKey(ev.accused)}|${incidentId ?? "-"}`;
      const claim = byKey.get(key) ?? {
        id: `claim:${key}`,
        attributor,
        accused: ev.accused,
        ...(incidentId !== undefined ? { incidentId } : {}),
        hedged: true,
        eventIds: [],
        documentIds: [],
      };
      claim.hedged &&= ev.hedged === true;
      claim.eventIds.push(ev.id);
      if (!claim.documentIds.includes(doc.id)) claim.documentIds.push(doc.id);
      byKey.set(key, claim);
    }
  }
  return [...byKey.values()];
}

/** Every event of the input by id. */
export function eventsById(input: ExportInput): Map<string, CyberEventWithId> {
  const out = new Map<string, CyberEventWithId>();
  for (const doc of input.documents) for (const ev of doc.events) out.set(ev.id, ev);
  return out;
}
