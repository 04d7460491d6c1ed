import type { Actor, EventDate } from "../domain/index.js";
import { claimsOf, eventsById } from "../stix/claims.js";
import type { ExportDocument, ExportInput } from "../stix/input.js";
import { incidentName } from "../stix/labels.js";

export type CsvTable = "incidents" | "claims" | "responses";

/**
 * Column names per table. Countries are ISO 3166-1 alpha-2 codes; dates are YYYY, YYYY-MM or
 * YYYY-MM-DD as precise as the sources allow; several values in one cell are joined by "; ";
 * sources are article URLs (else titles, else document ids). `attribution_type` is what kind of actor
 * attributes (state, government, company, organization, person, group, unspecified): an official
 * attribution or a private-sector one.
 */
export const CSV_COLUMNS: Record<CsvTable, readonly string[]> = {
  incidents: ["incident", "first_seen", "last_seen", "receiver", "receiver_country", "attack_type", "initiators_accused", "initiator_countries", "attributed_by", "sources"],
  claims: [
    "incident", "incident_first_seen", "receiver", "receiver_country", "attributor", "attributor_country", "attribution_type",
    "accused", "accused_country", "attribution_date", "hedged", "sources",
  ],
  responses: ["type", "action", "actor", "actor_country", "target", "target_country", "date", "sources"],
};

const RESPONSE_TYPES = new Set(["sanction", "diplomatic", "legal", "condemnation"]);
const JOIN = "; ";

/** One table of the findings as CSV (RFC 4180: CRLF line ends, header row, quoted where needed). */
export function toCsv(table: CsvTable, input: ExportInput): string {
  const rows = table === "incidents" ? incidentRows(input) : table === "claims" ? claimRows(input) : responseRows(input);
  return [CSV_COLUMNS[table], ...rows].map((r) => r.map((cell) => csvField(defuseFormula(cell))).join(",") + "\r\n").join("");
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR before one) as a formula, and
 * names and titles come from untrusted articles. Such cells get a leading apostrophe (OWASP's
 * advice), which spreadsheets show as text and do not evaluate.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A field quoted per RFC 4180 when it holds a comma, double quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function incidentRows(input: ExportInput): string[][] {
  const claims = claimsOf(input);
  return input.incidents.map((inc) => {
    const mine = claims.filter((c) => c.incidentId === inc.id);
    return [
      incidentName(inc),
      inc.firstSeen?.value ?? "",
      inc.lastSeen?.value ?? "",
      inc.victim.name,
      inc.victim.country ?? "",
      inc.attackType ?? "",
      unique(mine.map((c) => c.accused.name)).join(JOIN),
      unique(mine.map((c) => c.accused.country ?? "").filter(Boolean)).join(JOIN),
      unique(mine.filter((c) => c.attributor.kind !== "unspecified").map((c) => c.attributor.name)).join(JOIN),
      sources(input, inc.documentIds),
    ];
  });
}

function claimRows(input: ExportInput): string[][] {
  const incidents = new Map(input.incidents.map((i) => [i.id, i]));
  const events = eventsById(input);
  return claimsOf(input).map((c) => {
    const incident = c.incidentId !== undefined ? incidents.get(c.incidentId) : undefined;
    const dates = c.eventIds.map((id) => events.get(id)?.date).filter((d): d is EventDate => d !== undefined);
    return [
      incident ? incidentName(incident) : "",
      incident?.firstSeen?.value ?? "",
      ...actorCells(incident?.victim),
      ...actorCells(c.attributor),
      c.attributor.kind,
      ...actorCells(c.accused),
      dates.map((d) => d.value).sort()[0] ?? "",
      c.hedged ? "hedged" : "firm",
      sources(input, c.documentIds),
    ];
  });
}

function responseRows(input: ExportInput): string[][] {
  const rows: string[][] = [];
  for (const doc of input.documents) {
    for (const ev of doc.events) {
      if (!RESPONSE_TYPES.has(ev.type)) continue;
      const actor = ev.type === "sanction" ? ev.imposer : ev.actor;
      rows.push([ev.type, ev.action ?? "", ...actorCells(actor), ...actorCells(ev.target), ev.date?.value ?? "", sources(input, [doc.id])]);
    }
  }
  return rows;
}

function actorCells(actor: Actor | undefined): [string, string] {
  return [actor?.name ?? "", actor?.country ?? ""];
}

function sources(input: ExportInput, documentIds: readonly string[]): string {
  const docs = new Map<string, ExportDocument>(input.documents.map((d) => [d.id, d]));
  return unique(documentIds.map((id) => docs.get(id)?.url ?? docs.get(id)?.title ?? id)).join(JOIN);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
