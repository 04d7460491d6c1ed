import type { Actor, CyberEvent, Extraction } from "../domain/index.js";

const who = (a: Actor | undefined) => (a ? `${a.name}${a.country ? ` (${a.country})` : ""}` : "");

function summary(e: CyberEvent): string {
  switch (e.type) {
    case "attack": return `victim ${who(e.victim)}${e.attackType ? `, ${e.attackType}` : ""}`;
    case "attribution": return `${who(e.attributor)} → ${who(e.accused)}`;
    case "denial": return `${who(e.denier)}`;
    case "sanction": return `${who(e.imposer)} → ${who(e.target)}`;
    default: return `${who(e.actor)} → ${who(e.target)}`;
  }
}

/** A plain table for people: one row per event, with the evidence sentence. */
export function formatTable(x: Extraction, text: string): string {
  const rows = x.events.map((e) => [
    e.type + (e.action ? `/${e.action}` : ""),
    summary(e) + (e.hedged ? " [hedged]" : ""),
    e.date?.value ?? "",
    text.slice(e.evidence[0]?.start ?? 0, e.evidence[0]?.end ?? 0).replace(/\s+/g, " ").slice(0, 90),
  ]);
  const head = ["type", "roles", "date", "evidence"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const title = `${x.document.id}${x.document.title ? ` — ${x.document.title}` : ""}${x.document.published ? ` (${x.document.published})` : ""}`;
  return [title, line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), `${x.events.length} event(s)`, ""].join("\n");
}
