import { actorKey, coverDates, KEY_ROLES, mergeSpans, type Actor, type CyberEvent, type EventDate, type RoleName } from "../../domain/index.js";
import { required, type EventCandidate, type Mention } from "../analysis.js";
import { lexicon } from "../recognize/lexicon.js";
import type { Stage } from "../stage.js";

type Roles = EventCandidate["roles"];
interface Group {
  type: CyberEvent["type"];
  action?: string;
  roles: Roles;
  attackType?: CyberEvent["attackType"];
  hedgedAll: boolean;
  dates: EventDate[];
  sentences: Set<number>;
  confidence: number;
  count: number;
}

const keyOf = (c: { type: string; action?: string; roles: Roles }) =>
  [c.type, c.action ?? "", ...KEY_ROLES[c.type as CyberEvent["type"]].map((r) => (c.roles[r] ? actorKey(c.roles[r]!) : "-"))].join("|");

// Roles where a state speaks through its bodies and officials: the state is the answer.
const SPEAKING_ROLES = new Set<RoleName>(["attributor", "denier", "imposer", "actor"]);

/**
 * A state and a body of that state are one actor at different grain. Where the state speaks
 * (blames, denies, imposes) the state is kept; where it is blamed or hit, the finer body is.
 */
function compatible(a: Actor | undefined, b: Actor | undefined, role: RoleName): Actor | undefined {
  if (!a || !b) return undefined;
  if (actorKey(a) === actorKey(b)) return a;
  // The same name once with its country and once without ("Mansouri" charged, "two Iranian men" named).
  if (a.kind === b.kind && a.name === b.name && (!a.country || !b.country)) return a.country ? a : b;
  if (!a.country || a.country !== b.country) return undefined;
  const [state, body] = a.kind === "state" ? [a, b] : b.kind === "state" ? [b, a] : [undefined, undefined];
  if (!state || !body || body.kind !== "government") return undefined;
  return SPEAKING_ROLES.has(role) ? state : body;
}

/**
 * Two days of one month give the month ("an op-ed on Monday, a briefing on Tuesday"); a date that refines all
 * others is taken; otherwise the first mention's date stands, since a later, coarser date ("filed last month") is usually another occasion.
 */
function coverAll(dates: readonly EventDate[]): EventDate | undefined {
  const first = dates[0];
  if (!first) return undefined;
  // "in March" and then "the March 22 assault": one date refines the other.
  const finest = dates.reduce((a, b) => (b.value.length > a.value.length ? b : a));
  if (finest !== first && dates.every((d) => finest.value.startsWith(d.value))) return finest;
  const days = dates.filter((d) => d.precision === "day");
  if (first.precision === "day" && days.length === dates.length) {
    let d: EventDate | undefined = first;
    for (const x of days.slice(1)) d = d && coverDates(d, x);
    if (d && d.precision !== "year") return d;
  }
  return first;
}

function absorb(into: Group, from: Group, roles: Roles): void {
  into.roles = roles;
  into.hedgedAll &&= from.hedgedAll;
  into.dates.push(...from.dates);
  from.sentences.forEach((s) => into.sentences.add(s));
  into.confidence = Math.max(into.confidence, from.confidence);
  into.count += from.count;
  into.attackType ??= from.attackType;
}

/** Merges groups whose every key role agrees up to state/body grain. */
function mergeCompatible(groups: Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const match = out.find((o) => {
      if (o.type !== g.type || o.action !== g.action) return false;
      return KEY_ROLES[g.type].every((r) => (!o.roles[r] && !g.roles[r]) || !!compatible(o.roles[r], g.roles[r], r));
    });
    if (!match) {
      out.push(g);
      continue;
    }
    const roles: Roles = { ...match.roles };
    for (const r of KEY_ROLES[g.type]) if (roles[r] && g.roles[r]) roles[r] = compatible(roles[r], g.roles[r], r);
    absorb(match, g, roles);
  }
  return out;
}

/**
 * Where a state acts (blames, denies, sanctions, expels, charges, condemns), its bodies and officials
 * act for it: "the Treasury", "the Justice Department" and "a foreign ministry spokesman" are the state,
 * with the body's name kept as an alias. Bodies speaking together are one actor (shared/spec/events.md).
 */
function speakingAsState(c: EventCandidate): EventCandidate {
  let roles: Roles | undefined;
  for (const r of SPEAKING_ROLES) {
    const a = c.roles[r];
    if (!a || a.kind !== "government" || !a.country) continue;
    const state = lexicon().countryByCode.get(a.country);
    if (!state) continue;
    roles ??= { ...c.roles };
    roles[r] = { name: state.name, kind: "state", country: state.code, aliases: [a.name, ...(a.aliases ?? [])] };
  }
  return roles ? { ...c, roles } : c;
}

/** Surface forms each actor was referred to by in this document, for the output's aliases. */
function aliasesByActor(mentions: readonly Mention[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!m.actor || m.modifier || m.source === "pronoun") continue;
    const set = out.get(actorKey(m.actor)) ?? new Set<string>();
    for (const alias of [m.text, ...(m.actor.aliases ?? [])]) set.add(alias.replace(/^(the|a|an)\s+/i, "").replace(/['’]s$/, ""));
    out.set(actorKey(m.actor), set);
  }
  return out;
}

function finishActor(actor: Actor, aliases: Map<string, Set<string>>): Actor {
  if (actor.kind === "unspecified") return { name: "unspecified", kind: "unspecified" };
  const names = [...(aliases.get(actorKey(actor)) ?? [])].filter((n) => n && n !== actor.name).sort();
  const { aliases: _drop, ...rest } = actor;
  return names.length ? { ...rest, aliases: names } : rest;
}

/**
 * One event per distinct fact: candidates with the same type, action and key actors merge, with
 * their evidence joined, the date that covers all their dates, and a confidence that grows with
 * independent mentions. A state-level attack victim yields to a finer victim of the same state.
 */
export const assemble: Stage = {
  name: "assemble",
  run(a) {
    const candidates = required(a, "candidates", "assemble");
    const sentences = required(a, "sentences", "assemble");
    const mentions = required(a, "mentions", "assemble");
    const byKey = new Map<string, Group>();
    for (const raw of candidates) {
      const c = speakingAsState(raw);
      const key = keyOf(c);
      const g: Group = {
        type: c.type, ...(c.action ? { action: c.action } : {}), roles: { ...c.roles },
        ...(c.attackType ? { attackType: c.attackType } : {}), hedgedAll: !!c.hedged, dates: c.date ? [c.date] : [],
        sentences: new Set([c.sentence]), confidence: c.confidence, count: 1,
      };
      const prev = byKey.get(key);
      if (prev) absorb(prev, g, prev.roles);
      else byKey.set(key, g);
    }
    let groups = mergeCompatible([...byKey.values()]);
    // "Albania's renewed cyberattack" adds nothing when "the attack on Albania's state police" is there.
    groups = groups.filter(
      (g) => !(g.type === "attack" && g.roles.victim?.kind === "state" &&
        groups.some((o) => o !== g && o.type === "attack" && o.roles.victim?.country === g.roles.victim!.country && o.roles.victim!.kind !== "state")),
    );
    // A perpetrator named only in the article's own voice (a weak, unsourced claim) adds nothing when a
    // named source blames the same actor (or, for a state, one of its groups or bodies) in the same article.
    const covers = (named: Actor, weak: Actor) =>
      actorKey(named) === actorKey(weak) || (weak.kind === "state" && !!weak.country && named.country === weak.country);
    groups = groups.filter(
      (g) => !(g.type === "attribution" && g.roles.attributor?.kind === "unspecified" && g.confidence <= 0.5 &&
        groups.some((o) => o !== g && o.type === "attribution" && o.roles.attributor?.kind !== "unspecified" && covers(o.roles.accused!, g.roles.accused!))),
    );
    // "X and Y are accused of ..." in an article on their indictment: the prosecuting state's accusation.
    groups = groups.filter((g) => {
      if (g.type !== "attribution" || g.roles.attributor?.kind !== "unspecified") return true;
      const accused = g.roles.accused!;
      const charged = groups.find((o) => o.type === "legal" && o.roles.target?.name === accused.name);
      const claim = charged && groups.find((o) => o.type === "attribution" && o.roles.accused?.name === accused.name && o.roles.attributor && actorKey(o.roles.attributor) === actorKey(charged.roles.actor!));
      if (!claim) return true;
      absorb(claim, g, claim.roles);
      return false;
    });
    // Most articles yield no event: then the aliases of every mention need not be gathered.
    if (groups.length === 0) return { events: [] };
    const aliases = aliasesByActor(mentions);
    const events: CyberEvent[] = groups.map((g) => {
      const roles = Object.fromEntries(
        Object.entries(g.roles).filter(([, v]) => v).map(([r, v]) => [r, finishActor(v!, aliases)]),
      ) as Partial<Record<RoleName, Actor>>;
      const date = coverAll(g.dates);
      const evidence = mergeSpans([...g.sentences].sort((x, y) => x - y).map((s) => ({ start: sentences[s]!.start, end: sentences[s]!.end })));
      return {
        type: g.type,
        ...(g.action ? { action: g.action } : {}),
        ...roles,
        ...(g.attackType ? { attackType: g.attackType } : {}),
        ...(g.type === "attribution" || g.hedgedAll ? { hedged: g.hedgedAll } : {}),
        ...(date ? { date } : {}),
        confidence: Math.min(0.95, Math.round((g.confidence + 0.05 * (g.count - 1)) * 100) / 100),
        evidence,
      };
    });
    events.sort((x, y) => x.evidence[0]!.start - y.evidence[0]!.start || x.type.localeCompare(y.type));
    return { events };
  },
};
