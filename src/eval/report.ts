import type { Actor } from "../domain/index.js";
import type { Miss, ScoreResult } from "./score.js";

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const n = (x: number) => String(x).padStart(3);

/** The same table as ../shared/eval/score.mjs prints. */
export function scoreTable(r: ScoreResult): string {
  const lines = [`documents: ${r.documents} (with predictions: ${r.documentsPredicted})`, "type             P      R     F1  grounded-F1   tp  fp  fn"];
  const row = (t: string, m: ScoreResult["overall"]) =>
    `${t.padEnd(14)} ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}   ${pct(m.groundedF1)}     ${n(m.tp)} ${n(m.fp)} ${n(m.fn)}`;
  for (const [t, m] of Object.entries(r.perType)) lines.push(row(t, m));
  lines.push(row("ALL", r.overall));
  const da = r.dateAccuracy === null ? "n/a" : pct(r.dateAccuracy);
  lines.push(`date accuracy on matched events: ${da} (${r.datesScored} scored); dates given where gold has none: ${r.datesInvented}`);
  lines.push(`micro F1: ${(r.overall.f1 * 100).toFixed(1)}`);
  return lines.join("\n");
}

const who = (a: Actor | undefined) => (a ? `${a.name}${a.kind ? `/${a.kind}` : ""}${a.country ? `/${a.country}` : ""}` : "-");

export function describeEvent(e: Miss["event"]): string {
  const roles = (["victim", "attributor", "accused", "denier", "imposer", "actor", "target"] as const)
    .filter((r) => e[r]).map((r) => `${r}=${who(e[r])}`);
  return [e.type + (e.action ? `/${e.action}` : ""), ...roles, e.date ? `date=${e.date.value}` : "", e.hedged ? "hedged" : ""].filter(Boolean).join(" ");
}

/** Every missed and spurious event with the sentence it came from (or should have come from). */
export function errorList(r: ScoreResult, textOf: (id: string) => string | undefined): string {
  const out: string[] = [];
  for (const m of r.misses) {
    const text = textOf(m.id) ?? "";
    const span = m.event.evidence?.[0];
    const sentence = span ? text.slice(span.start, span.end).replace(/\s+/g, " ") : "(no evidence given)";
    out.push(`${m.kind.toUpperCase().padEnd(8)} ${m.id}: ${describeEvent(m.event)}\n         > ${sentence.slice(0, 400)}`);
  }
  return out.join("\n");
}
