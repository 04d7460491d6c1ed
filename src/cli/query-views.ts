import type {
  ActorProfile, ClaimSummary, Dyad, IncidentDossier, IncidentSummary, SearchHit, SourceRef, StoreStats, StoredActor, TimelineEntry,
} from "../store/index.js";
import { actorLabel, incidentStatus, statusLines } from "./incident-status.js";
import { textTable, type Grid } from "./text-table.js";

/** What the query commands print, as grids (table and CSV) or as sectioned text for people. */

const sourceList = (sources: SourceRef[]) => sources.map((s) => s.url ?? s.documentId).join("; ");
const sourceIds = (sources: SourceRef[]) => sources.map((s) => s.documentId).join(", ");
const reports = (sources: SourceRef[]) => sources.map((s) => s.published).filter((p): p is string => !!p).sort();

/** "attributor → accused", "victim", "imposer → target": the roles that say what an event is about. */
export function who(e: TimelineEntry): string {
  const of = (...roles: string[]) => e.actors.filter((a) => roles.includes(a.role)).map((a) => actorLabel(a.actor)).join(", ");
  switch (e.type) {
    case "attack": return of("victim");
    case "attribution": return `${of("attributor") || "?"} → ${of("accused")}`;
    case "denial": return of("denier");
    default: return `${of("imposer", "actor") || "?"}${of("target") ? ` → ${of("target")}` : ""}`;
  }
}

const kindOf = (e: TimelineEntry) => e.type + (e.action ? `/${e.action}` : e.attackType ? `/${e.attackType}` : "");
const quote = (e: TimelineEntry) => e.evidence.map((s) => s.quote).join(" … ");

export function incidentsGrid(list: IncidentSummary[]): Grid {
  return {
    head: ["id", "date", "victim", "attack", "operation", "accused", "attacks", "sources", "first report", "latest report"],
    rows: list.map((i) => [
      i.id,
      i.date?.value ?? "",
      actorLabel(i.victim),
      i.attackType ?? "",
      i.operation ?? "",
      i.accused.map(actorLabel).join(", "),
      String(i.attackEvents),
      String(i.sources.length),
      reports(i.sources)[0] ?? "",
      reports(i.sources).at(-1) ?? "",
    ]),
  };
}

export function timelineGrid(entries: TimelineEntry[]): Grid {
  return {
    head: ["date", "event", "who", "hedged", "review", "sources", "evidence", "event id"],
    rows: entries.map((e) => [e.date?.value ?? "", kindOf(e), who(e), e.hedged ? "hedged" : "", e.status, sourceList(e.sources), quote(e), e.eventId]),
  };
}

export function claimsGrid(claims: ClaimSummary[]): Grid {
  return {
    head: ["claim", "date", "attributor", "accused", "firm/hedged", "incident", "sources"],
    rows: claims.map((c) => [c.id, c.date?.value ?? "", actorLabel(c.attributor), actorLabel(c.accused), c.hedged ? "hedged" : "firm", c.incidentId ?? "", sourceList(c.sources)]),
  };
}

export function actorsGrid(actors: StoredActor[]): Grid {
  return {
    head: ["name", "kind", "country", "aliases", "id"],
    rows: actors.map((a) => [a.name, a.kind, a.country ?? "", (a.aliases ?? []).join("; "), a.id]),
  };
}

export function searchGrid(hits: SearchHit[]): Grid {
  return {
    head: ["document", "published", "title", "score", "snippet"],
    rows: hits.map((h) => [h.documentId, h.published ?? "", h.title ?? "", h.score.toFixed(3), h.snippet]),
  };
}

export function statsGrid(s: StoreStats): Grid {
  const byType = Object.entries(s.eventsByType).sort(([a], [b]) => a.localeCompare(b));
  return {
    head: ["what", "count"],
    rows: [
      ["documents", String(s.documents)],
      ["events", String(s.events)],
      ...byType.map(([type, n]) => [`  ${type}`, String(n)]),
      ["incidents", String(s.incidents)],
      ["claims", String(s.claims)],
      ["actors", String(s.actors)],
    ],
  };
}

/** A timeline for reading: one line per event, its evidence sentence and sources under it. */
function timelineText(entries: TimelineEntry[]): string {
  if (entries.length === 0) return "  (none)";
  return entries
    .map((e) => {
      const head = `  ${(e.date?.value ?? "undated").padEnd(10)}  ${kindOf(e).padEnd(28)}  ${who(e)}${e.hedged ? "  [hedged]" : ""}`;
      return `${head}\n      “${quote(e).replace(/\s+/g, " ").trim()}”\n      sources: ${sourceIds(e.sources)}`;
    })
    .join("\n");
}

/** A titled block; blocks are separated by one blank line. */
const section = (title: string, body: string) => `${title}\n${body.replace(/\n$/, "")}`;
const tableOr = (grid: Grid) => (grid.rows.length ? textTable(grid) : "  (none)");
const blocks = (...parts: string[]) => parts.join("\n\n") + "\n";

export function dossierText(d: IncidentDossier, context: TimelineEntry[] = []): string {
  const i = d.incident;
  const title = `Incident ${i.id}: ${i.attackType ?? "attack"} on ${actorLabel(i.victim)}${i.operation ? ` (operation ${i.operation})` : ""}` +
    `${i.date ? `, ${i.date.value}` : ""}`;
  return blocks(
    [title, ...statusLines(incidentStatus(d)).map((l) => `  ${l}`)].join("\n"),
    section(`Claims (${d.claims.length})`, tableOr(claimsGrid(d.claims))),
    section(`Timeline (${d.timeline.length})`, timelineText(d.timeline)),
    ...(context.length
      ? [section(`Also in the same sources, not tied to this incident by their text (${context.length})`, timelineText(context))]
      : []),
  );
}

export function profileText(p: ActorProfile): string {
  return blocks(
    section(`Actor ${p.actors.map(actorLabel).join(" / ")}`, textTable(actorsGrid(p.actors))),
    section(`As victim (${p.asVictim.length} incident(s))`, tableOr(incidentsGrid(p.asVictim))),
    section(`As accuser (${p.asAccuser.length} claim(s))`, tableOr(claimsGrid(p.asAccuser))),
    section(`As accused (${p.asAccused.length} claim(s))`, tableOr(claimsGrid(p.asAccused))),
    section(`Denials (${p.denials.length})`, timelineText(p.denials)),
    section(`Responses given (${p.responsesGiven.length})`, timelineText(p.responsesGiven)),
    section(`Responses received (${p.responsesReceived.length})`, timelineText(p.responsesReceived)),
  );
}

/** The profile flattened for CSV: one row per incident, claim or event, with the relation it stands in. */
export function profileGrid(p: ActorProfile): Grid {
  const head = ["relation", "date", "what", "counterpart", "hedged", "sources", "evidence", "id"];
  const claimRow = (relation: string) => (c: ClaimSummary) =>
    [relation, c.date?.value ?? "", "attribution", relation === "accuser" ? actorLabel(c.accused) : actorLabel(c.attributor), c.hedged ? "hedged" : "", sourceList(c.sources), "", c.id];
  const eventRow = (relation: string) => (e: TimelineEntry) => [relation, e.date?.value ?? "", kindOf(e), who(e), e.hedged ? "hedged" : "", sourceList(e.sources), quote(e), e.eventId];
  return {
    head,
    rows: [
      ...p.asVictim.map((i) => ["victim", i.date?.value ?? "", `attack${i.attackType ? `/${i.attackType}` : ""}`, i.accused.map(actorLabel).join(", "), "", sourceList(i.sources), "", i.id]),
      ...p.asAccuser.map(claimRow("accuser")),
      ...p.asAccused.map(claimRow("accused")),
      ...p.denials.map(eventRow("denier")),
      ...p.responsesGiven.map(eventRow("responded")),
      ...p.responsesReceived.map(eventRow("response target")),
    ],
  };
}

export function dyadText(d: Dyad): string {
  return blocks(
    `Between ${d.a.map(actorLabel).join(" / ")} and ${d.b.map(actorLabel).join(" / ")}`,
    section(`Claims (${d.claims.length})`, tableOr(claimsGrid(d.claims))),
    section(`Timeline (${d.timeline.length})`, timelineText(d.timeline)),
  );
}
