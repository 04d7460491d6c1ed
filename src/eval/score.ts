import { KEY_ROLES, type Actor, type CyberEvent, type EventDate, type Span } from "../domain/index.js";

/**
 * The project's scorer: the same pairing and figures as ../shared/eval/score.mjs (a test runs both on the
 * same files and compares). Events are paired one-to-one per document and type when type, action and key
 * roles agree; actors agree by name or alias, or by country at state/body grain.
 */
export type EventLike = Omit<Partial<CyberEvent>, "type"> & { type: string };
const WITH_ACTION = new Set(["diplomatic", "legal"]);
const STOP = new Set(["the", "a", "an", "of", "inc", "corp", "corporation", "ltd", "co"]);
const GENERIC = new Set([
  "group", "groups", "hacker", "hackers", "hacking", "team", "actor", "actors", "attackers", "criminals",
  "government", "governments", "officials", "official", "authorities", "agency", "agencies", "ministry",
  "department", "office", "services", "service", "intelligence", "security", "military", "state",
  "states", "national", "federal", "company", "companies", "firm", "firms", "researchers", "experts",
  "police", "people", "users", "organization", "organizations", "organisations", "sector", "country",
  "cyber", "unit", "forces", "spokesperson", "spokesman", "president", "minister", "u", "s", "us",
]);

function norm(name: string | undefined): string {
  return String(name ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w))
    .join(" ");
}
const names = (a: Actor) => [a.name, ...(a.aliases ?? [])].map(norm).filter(Boolean);
const distinctive = (n: string) => n.split(" ").some((w) => !GENERIC.has(w));
const containsWords = (a: string, b: string) => ` ${a} `.includes(` ${b} `);

function namesMatch(gold: Actor, pred: Actor): boolean {
  const pn = names(pred);
  return names(gold).some((g) => pn.some((p) => g === p || (containsWords(g, p) && distinctive(p)) || (containsWords(p, g) && distinctive(g))));
}

export function actorMatches(gold: Actor | undefined, pred: Actor | undefined, role: string): boolean {
  if (!gold || gold.kind === "unspecified") return !pred || pred.kind === "unspecified";
  if (!pred || pred.kind === "unspecified") return false;
  if (namesMatch(gold, pred)) return true;
  if (!gold.country || gold.country !== pred.country) return false;
  if (pred.kind === "state") {
    const tied = role === "accused" || role === "target";
    return gold.kind === "state" || gold.kind === "government" || (tied && (gold.kind === "group" || gold.kind === "person"));
  }
  return gold.kind === "state" && pred.kind === "government";
}

function eventMatches(gold: EventLike, pred: EventLike): boolean {
  if (gold.type !== pred.type) return false;
  if (WITH_ACTION.has(gold.type) && gold.action && gold.action !== pred.action) return false;
  const roles = KEY_ROLES[gold.type as keyof typeof KEY_ROLES] ?? [];
  return roles.every((r) => actorMatches(gold[r], pred[r], r));
}

function dateMatches(gold?: EventDate, pred?: EventDate): boolean | null {
  if (!gold?.value) return null;
  if (!pred?.value) return false;
  return pred.value.startsWith(gold.value);
}
const overlapsAny = (a: Span[] = [], b: Span[] = []) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

function augment(golds: EventLike[], preds: EventLike[], predOf: number[], compatible: (g: EventLike, p: EventLike) => boolean): void {
  const adj = golds.map((g) => preds.map((p, j) => (compatible(g, p) ? j : -1)).filter((j) => j >= 0));
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (const j of adj[i]!) {
      if (seen[j]) continue;
      seen[j] = true;
      if (predOf[j]! < 0 || tryAssign(predOf[j]!, seen)) {
        predOf[j] = i;
        return true;
      }
    }
    return false;
  };
  const assigned = new Set(predOf.filter((i) => i >= 0));
  golds.forEach((_, i) => assigned.has(i) || tryAssign(i, new Array(preds.length).fill(false)));
}

function maxMatching(golds: EventLike[], preds: EventLike[]): Map<number, number> {
  const predOf = new Array<number>(preds.length).fill(-1);
  const datesAgree = (g: EventLike, p: EventLike) => dateMatches(g.date, p.date) !== false;
  const grounded = (g: EventLike, p: EventLike) => !g.evidence?.length || overlapsAny(g.evidence, p.evidence);
  augment(golds, preds, predOf, (g, p) => eventMatches(g, p) && datesAgree(g, p) && grounded(g, p));
  augment(golds, preds, predOf, (g, p) => eventMatches(g, p) && datesAgree(g, p));
  augment(golds, preds, predOf, eventMatches);
  const goldOf = new Map<number, number>();
  predOf.forEach((i, j) => i >= 0 && goldOf.set(i, j));
  return goldOf;
}

export interface Prf { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; groundedF1: number }
export interface Miss { id: string; kind: "missed" | "spurious"; event: EventLike }
export interface ScoreResult {
  documents: number;
  documentsPredicted: number;
  overall: Prf;
  perType: Record<string, Prf>;
  dateAccuracy: number | null;
  datesScored: number;
  datesInvented: number;
  misses: Miss[];
}

export function score(goldById: Map<string, EventLike[]>, predById: Map<string, EventLike[]>): ScoreResult {
  const counts: Record<string, { tp: number; fp: number; fn: number; grounded: number }> = {};
  const bump = (t: string, k: "tp" | "fp" | "fn" | "grounded") => ((counts[t] ??= { tp: 0, fp: 0, fn: 0, grounded: 0 })[k] += 1);
  let datesScored = 0, datesRight = 0, datesInvented = 0;
  const misses: Miss[] = [];
  const typeOf = (e: EventLike) => (e.type in KEY_ROLES ? e.type : "other");
  for (const [id, goldEvents] of goldById) {
    const predEvents = predById.get(id) ?? [];
    const types = new Set([...goldEvents, ...predEvents].map(typeOf));
    for (const t of types) {
      const golds = goldEvents.filter((e) => e.type === t);
      const preds = predEvents.filter((e) => typeOf(e) === t);
      const goldOf = maxMatching(golds, preds);
      golds.forEach((g, i) => {
        if (!goldOf.has(i)) {
          bump(t, "fn");
          misses.push({ id, kind: "missed", event: g });
          return;
        }
        const p = preds[goldOf.get(i)!]!;
        bump(t, "tp");
        if (!g.evidence?.length || overlapsAny(g.evidence, p.evidence)) bump(t, "grounded");
        const d = dateMatches(g.date, p.date);
        if (d !== null) {
          datesScored += 1;
          if (d) datesRight += 1;
        } else if (p.date?.value) datesInvented += 1;
      });
      const matched = new Set(goldOf.values());
      preds.forEach((p, j) => {
        if (matched.has(j)) return;
        bump(t, "fp");
        misses.push({ id, kind: "spurious", event: p });
      });
    }
  }
  const prf = ({ tp, fp, fn, grounded }: { tp: number; fp: number; fn: number; grounded: number }): Prf => {
    const f = (x: number) => {
      const p = tp + fp ? x / (tp + fp) : 0;
      const r = tp + fn ? x / (tp + fn) : 0;
      return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
    };
    const all = f(tp);
    return { tp, fp, fn, precision: all.p, recall: all.r, f1: all.f1, groundedF1: f(grounded).f1 };
  };
  const sum = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, grounded: a.grounded + c.grounded }), { tp: 0, fp: 0, fn: 0, grounded: 0 });
  return {
    documents: goldById.size,
    documentsPredicted: [...goldById.keys()].filter((id) => predById.has(id)).length,
    overall: prf(sum),
    perType: Object.fromEntries(Object.entries(counts).sort().map(([t, c]) => [t, prf(c)])),
    dateAccuracy: datesScored ? datesRight / datesScored : null,
    datesScored,
    datesInvented,
    misses,
  };
}
