import type { ActorKind } from "../domain/index.js";
import type { IncidentDossier, SourceRef, StoredActor, TimelineEntry } from "../store/index.js";

export interface AttributionLine {
  attributor: string;
  accused: string;
  /** Hedged when every statement of the claim is hedged. */
  hedged: boolean;
  sources: number;
  date?: string;
}

/** Where an incident stands, in terms anyone can read: who blamed whom, who denied, what was done. */
export interface IncidentStatus {
  attributedBy: { governments: AttributionLine[]; companies: AttributionLine[]; others: AttributionLine[] };
  deniedBy: string[];
  responses: { type: string; action?: string; by: string; against: string; date?: string }[];
  firstReport?: string;
  latestReport?: string;
  sources: number;
}

export const actorLabel = (a: StoredActor | undefined): string => (a ? `${a.name}${a.country ? ` (${a.country})` : ""}` : "");

const GOVERNMENT: ActorKind[] = ["state", "government"];
const RESPONSES = new Set(["sanction", "diplomatic", "legal", "condemnation"]);

const role = (e: TimelineEntry, ...names: string[]) =>
  e.actors.filter((a) => names.includes(a.role)).map((a) => actorLabel(a.actor)).join(", ");

export function incidentStatus(d: IncidentDossier): IncidentStatus {
  const attributedBy: IncidentStatus["attributedBy"] = { governments: [], companies: [], others: [] };
  for (const c of d.claims) {
    const line: AttributionLine = {
      attributor: actorLabel(c.attributor),
      accused: actorLabel(c.accused),
      hedged: c.hedged,
      sources: c.sources.length,
      ...(c.date ? { date: c.date.value } : {}),
    };
    const kind = c.attributor.kind;
    (GOVERNMENT.includes(kind) ? attributedBy.governments : kind === "company" ? attributedBy.companies : attributedBy.others).push(line);
  }
  const deniedBy = [...new Set(d.timeline.filter((e) => e.type === "denial").map((e) => role(e, "denier")).filter(Boolean))];
  const responses = d.timeline
    .filter((e) => RESPONSES.has(e.type))
    .map((e) => ({
      type: e.type,
      ...(e.action ? { action: e.action } : {}),
      by: role(e, "imposer", "actor"),
      against: role(e, "target"),
      ...(e.date ? { date: e.date.value } : {}),
    }));
  const sources = new Map<string, SourceRef>();
  for (const s of [...d.incident.sources, ...d.claims.flatMap((c) => c.sources), ...d.timeline.flatMap((e) => e.sources)]) sources.set(s.documentId, s);
  const published = [...sources.values()].map((s) => s.published).filter((p): p is string => !!p).sort();
  return {
    attributedBy,
    deniedBy,
    responses,
    ...(published.length ? { firstReport: published[0]!, latestReport: published.at(-1)! } : {}),
    sources: sources.size,
  };
}

/** The status as a few plain lines. */
export function statusLines(s: IncidentStatus): string[] {
  const claim = (c: AttributionLine) =>
    `${c.attributor} → ${c.accused} (${c.hedged ? "hedged" : "firm"}${c.date ? `, ${c.date}` : ""}, ${c.sources} source(s))`;
  const groups = (["governments", "companies", "others"] as const)
    .filter((g) => s.attributedBy[g].length)
    .map((g) => `${g}: ${s.attributedBy[g].map(claim).join("; ")}`);
  const responses = s.responses.map((r) => `${r.type}${r.action ? `/${r.action}` : ""} by ${r.by || "?"}${r.against ? ` against ${r.against}` : ""}${r.date ? ` (${r.date})` : ""}`);
  return [
    `Attributed by  ${groups.length ? groups.join(" | ") : "no claim tied to this incident"}`,
    `Denied by      ${s.deniedBy.length ? s.deniedBy.join(", ") : "no denial tied to this incident"}`,
    `Responses      ${responses.length ? responses.join("; ") : "none tied to this incident"}`,
    `Reports        ${s.sources} source(s)${s.firstReport ? `, first ${s.firstReport}, latest ${s.latestReport}` : ""}`,
  ];
}
