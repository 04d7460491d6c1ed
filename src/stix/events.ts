import { actorKey, type Actor } from "../domain/index.js";
import { articleReferences, docRefs, timesOf, type BuildContext } from "./context.js";
import { RESPONSE_EXTENSION_ID, RESPONSE_TYPE } from "./extensions.js";
import { stixId } from "./ids.js";
import type { CyberEventWithId, ExportClaim } from "./input.js";
import { confidenceFromHedging } from "./labels.js";

/** A claim as exported: its relationship id and what a denial needs to find it. */
export interface ExportedClaim {
  claim: ExportClaim;
  relationshipId: string;
}

/**
 * An attribution claim as an `attributed-to` relationship from the incident (or, for a claim
 * about no known incident that ties a group to its state, from the group's intrusion-set) to
 * the accused, signed by the attributor (created_by_ref) with confidence from hedging.
 */
export function claimRelationship(
  ctx: BuildContext,
  claim: ExportClaim,
  incidentStixId: string | undefined,
  quotes: string[],
): ExportedClaim | undefined {
  const collect = new Set<string>();
  let sourceRef = incidentStixId;
  let targetRef = ctx.actors.ref(claim.accused, "accused", collect);
  if (!sourceRef && claim.accused.kind === "group" && claim.accused.country) {
    sourceRef = targetRef;
    const state: Actor = { name: claim.accused.country, kind: "state", country: claim.accused.country };
    targetRef = ctx.actors.ref(state, "accused", collect);
  }
  if (!sourceRef || !targetRef) {
    ctx.skipped.push(`claim ${claim.id}: ${targetRef ? "no incident to attach it to" : "the accused is unspecified"}`);
    return undefined;
  }
  const attributorRef = ctx.actors.ref(claim.attributor, "attributor", collect);
  const id = stixId("relationship", `claim|${claim.id}`);
  const description = quotes.length > 0 ? quotes.join("\n") : `${claim.attributor.name} attributes this to ${claim.accused.name}.`;
  ctx.out.push({
    type: "relationship",
    spec_version: "2.1",
    id,
    ...timesOf(ctx, claim.documentIds),
    relationship_type: "attributed-to",
    source_ref: sourceRef,
    target_ref: targetRef,
    ...(attributorRef ? { created_by_ref: attributorRef } : {}),
    confidence: confidenceFromHedging(claim.hedged),
    description,
    external_references: articleReferences(ctx, claim.documentIds),
  });
  for (const docId of claim.documentIds) {
    const refs = docRefs(ctx, docId);
    for (const r of [id, sourceRef, ...collect]) refs.add(r);
  }
  return { claim, relationshipId: id };
}

/** Does a denial by `denier` answer a claim against `accused`? Same actor, or a state (or its body) for its own. */
function denies(denier: Actor, accused: Actor): boolean {
  if (actorKey(denier) === actorKey(accused)) return true;
  return (denier.kind === "state" || denier.kind === "government") && !!denier.country && denier.country === accused.country;
}

/**
 * A denial as an `opinion` (strongly-disagree) by the denier, on the claims it answers: those
 * against the denier (or its state's bodies and groups) from the same article, else from any
 * article; when there is none, on the report of the article, which is what it contradicts.
 */
export function denialOpinion(ctx: BuildContext, ev: CyberEventWithId, claims: readonly ExportedClaim[]): void {
  const denier = ev.denier;
  if (!denier) return;
  const refs = docRefs(ctx, ev.documentId);
  const answered = claims.filter((c) => denies(denier, c.claim.accused));
  const sameDoc = answered.filter((c) => c.claim.documentIds.includes(ev.documentId));
  let objectRefs = (sameDoc.length > 0 ? sameDoc : answered).map((c) => c.relationshipId).sort();
  if (objectRefs.length === 0) objectRefs = [stixId("report", ev.documentId)];
  const denierRef = ctx.actors.ref(denier, "denier", refs);
  const id = stixId("opinion", `denial|${ev.id}`);
  refs.add(id);
  ctx.out.push({
    type: "opinion",
    spec_version: "2.1",
    id,
    ...timesOf(ctx, [ev.documentId]),
    opinion: "strongly-disagree",
    ...(denier.kind !== "unspecified" ? { authors: [denier.name] } : {}),
    ...(denierRef ? { created_by_ref: denierRef } : {}),
    ...(ev.quote ? { explanation: ev.quote } : {}),
    object_refs: objectRefs,
    external_references: articleReferences(ctx, [ev.documentId]),
  });
}

/** A sanction, diplomatic or legal measure, or condemnation as an x-attrib-response (new SDO extension). */
export function responseObject(ctx: BuildContext, ev: CyberEventWithId): void {
  const refs = docRefs(ctx, ev.documentId);
  const actor = ev.type === "sanction" ? ev.imposer : ev.actor;
  const actorRef = actor ? ctx.actors.ref(actor, ev.type === "sanction" ? "imposer" : "actor", refs) : undefined;
  const targetRef = ev.target ? ctx.actors.ref(ev.target, "target", refs) : undefined;
  const id = stixId(RESPONSE_TYPE, `response|${ev.id}`);
  refs.add(id);
  const what = ev.action ? `${ev.type} (${ev.action})` : ev.type;
  ctx.out.push({
    type: RESPONSE_TYPE,
    spec_version: "2.1",
    id,
    ...timesOf(ctx, [ev.documentId]),
    name: `${actor?.name ?? "unspecified"}: ${what} against ${ev.target?.name ?? "unspecified"}`,
    response_type: ev.type,
    ...(ev.action ? { response_action: ev.action } : {}),
    ...(actorRef ? { actor_ref: actorRef } : {}),
    ...(targetRef ? { target_ref: targetRef } : {}),
    ...(ev.date ? { date: ev.date.value, date_precision: ev.date.precision } : {}),
    ...(ev.quote ? { evidence: ev.quote } : {}),
    ...(ev.hedged !== undefined ? { hedged: ev.hedged } : {}),
    external_references: articleReferences(ctx, [ev.documentId]),
    extensions: { [RESPONSE_EXTENSION_ID]: { extension_type: "new-sdo" } },
  });
}
