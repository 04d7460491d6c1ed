import { ActorObjects } from "./actors.js";
import { claimsOf, eventsById } from "./claims.js";
import { articleReference, articleReferences, docRefs, timesOf, type BuildContext } from "./context.js";
import { claimRelationship, denialOpinion, responseObject, type ExportedClaim } from "./events.js";
import { ATTRIB_IDENTITY, INCIDENT_EXTENSION, INCIDENT_EXTENSION_ID, RESPONSE_EXTENSION } from "./extensions.js";
import { eventDateStart, FIXED_EPOCH, stixId, toStixTimestamp } from "./ids.js";
import type { ExportClaim, ExportIncident, ExportInput } from "./input.js";
import { incidentName } from "./labels.js";
import type { StixBundle, StixObject } from "./types.js";

export interface StixExport {
  bundle: StixBundle;
  /** What could not be expressed in STIX, one line each ("claim X: the accused is unspecified"). */
  skipped: string[];
}

const RESPONSE_EVENT_TYPES = new Set(["sanction", "diplomatic", "legal", "condemnation"]);

/**
 * Converts Attrib's findings to a STIX 2.1 bundle. Pure and deterministic: ids are UUIDv5 of
 * canonical keys, timestamps come from publication dates (or FIXED_EPOCH), objects are sorted
 * by id, so the same input always gives the same bytes from JSON.stringify.
 */
export function toStixBundle(input: ExportInput): StixExport {
  const ctx: BuildContext = {
    actors: new ActorObjects(),
    documents: new Map(input.documents.map((d) => [d.id, d])),
    refsByDocument: new Map(),
    out: [],
    skipped: [],
  };
  const events = eventsById(input);
  const incidentIds = new Map<string, string>();
  for (const incident of input.incidents) incidentIds.set(incident.id, incidentObject(ctx, incident, events));

  const exported: ExportedClaim[] = [];
  for (const claim of claimsOf(input)) {
    const incidentStixId = claim.incidentId !== undefined ? incidentIds.get(claim.incidentId) : undefined;
    if (claim.incidentId !== undefined && !incidentStixId) ctx.skipped.push(`claim ${claim.id}: unknown incident ${claim.incidentId}`);
    const quotes = [...new Set(claim.eventIds.map((id) => events.get(id)?.quote).filter((q): q is string => !!q))];
    const tiesGroupToState = claim.accused.kind === "group" && !!claim.accused.country;
    const about = incidentStixId ?? (tiesGroupToState || claim.accused.kind === "unspecified" ? undefined : activityIncident(ctx, claim, quotes));
    const done = claimRelationship(ctx, claim, about, quotes);
    if (done) exported.push(done);
  }
  for (const doc of input.documents) {
    for (const ev of doc.events) {
      if (ev.type === "denial") denialOpinion(ctx, ev, exported);
      else if (RESPONSE_EVENT_TYPES.has(ev.type)) responseObject(ctx, ev);
    }
  }
  for (const doc of input.documents) reportObject(ctx, doc.id);

  const byId = new Map<string, StixObject>();
  for (const o of [ATTRIB_IDENTITY, INCIDENT_EXTENSION, RESPONSE_EXTENSION, ...ctx.actors.all(), ...ctx.out]) byId.set(o.id, o);
  const objects = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bundle: StixBundle = { type: "bundle", id: stixId("bundle", objects.map((o) => o.id).join(",")), objects };
  return { bundle, skipped: ctx.skipped };
}

/**
 * An incident (the STIX 2.1 stub: name, description) with Attrib's property extension for
 * first/last seen and attack type, and a `targets` relationship to the victim.
 */
function incidentObject(ctx: BuildContext, incident: ExportIncident, events: Map<string, { quote?: string }>): string {
  const id = stixId("incident", incident.id);
  const collect = new Set<string>([id]);
  const victimRef = ctx.actors.ref(incident.victim, "victim", collect);
  const quote = incident.eventIds.map((e) => events.get(e)?.quote).find((q) => !!q);
  const ext: Record<string, unknown> = { extension_type: "property-extension" };
  if (incident.firstSeen) Object.assign(ext, { first_seen: eventDateStart(incident.firstSeen), first_seen_precision: incident.firstSeen.precision });
  if (incident.lastSeen) Object.assign(ext, { last_seen: eventDateStart(incident.lastSeen), last_seen_precision: incident.lastSeen.precision });
  if (incident.attackType) ext.attack_type = incident.attackType;
  const times = timesOf(ctx, incident.documentIds);
  ctx.out.push({
    type: "incident",
    spec_version: "2.1",
    id,
    ...times,
    name: incidentName(incident),
    ...(quote ? { description: quote } : {}),
    ...(incident.documentIds.length > 0 ? { external_references: articleReferences(ctx, incident.documentIds) } : {}),
    extensions: { [INCIDENT_EXTENSION_ID]: ext },
  });
  if (victimRef) {
    const relId = stixId("relationship", `targets|${incident.id}`);
    collect.add(relId);
    ctx.out.push({
      type: "relationship", spec_version: "2.1", id: relId, ...times,
      relationship_type: "targets", source_ref: id, target_ref: victimRef,
    });
  }
  for (const docId of incident.documentIds) for (const r of collect) docRefs(ctx, docId).add(r);
  return id;
}

/**
 * The activity a claim is about when no identified incident can carry it (an article that reports
 * two attacks and blames a state "for the attacks" is not tied to either): an `incident` stub that
 * stands for "the cyber activity these sources attribute", so the claim is still an `attributed-to`
 * relationship (STIX allows that from an incident) rather than lost. Its id derives from the claim.
 */
function activityIncident(ctx: BuildContext, claim: ExportClaim, quotes: string[]): string {
  const id = stixId("incident", `activity|${claim.id}`);
  const by = claim.attributor.kind === "unspecified" ? "" : ` by ${claim.attributor.name}`;
  ctx.out.push({
    type: "incident",
    spec_version: "2.1",
    id,
    ...timesOf(ctx, claim.documentIds),
    name: `Cyber activity attributed to ${claim.accused.name}${by}`,
    description: `The activity a statement attributes, not tied by Attrib to one identified incident.${quotes.length > 0 ? `\n${quotes.join("\n")}` : ""}`,
    ...(claim.documentIds.length > 0 ? { external_references: articleReferences(ctx, claim.documentIds) } : {}),
  });
  for (const docId of claim.documentIds) docRefs(ctx, docId).add(id);
  return id;
}

/**
 * An article as a `report` referring to everything extracted from it. STIX requires
 * `published`; without a publication date it is FIXED_EPOCH and the description says so.
 * An article from which nothing was extracted gives no report (object_refs may not be empty).
 */
function reportObject(ctx: BuildContext, documentId: string): void {
  const doc = ctx.documents.get(documentId);
  const refs = [...(ctx.refsByDocument.get(documentId) ?? [])].sort();
  if (!doc || refs.length === 0) {
    ctx.skipped.push(`document ${documentId}: nothing extracted, no report`);
    return;
  }
  const published = toStixTimestamp(doc.published);
  ctx.out.push({
    type: "report",
    spec_version: "2.1",
    id: stixId("report", documentId),
    created: published ?? FIXED_EPOCH,
    modified: published ?? FIXED_EPOCH,
    name: doc.title ?? `Article ${documentId}`,
    ...(published ? {} : { description: `Publication date unknown: published is a placeholder (${FIXED_EPOCH}).` }),
    report_types: ["threat-report"],
    published: published ?? FIXED_EPOCH,
    object_refs: refs,
    external_references: [articleReference(doc, documentId)],
  });
}
