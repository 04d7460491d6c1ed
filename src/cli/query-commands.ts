import { Command, Option } from "commander";
import { ACTOR_KINDS, type ActorKind } from "../domain/index.js";
import type { Store } from "../store/index.js";
import { CliError } from "./cli-error.js";
import { sameSourceEvents } from "./dossier-context.js";
import { incidentStatus } from "./incident-status.js";
import {
  actorsGrid, dossierText, dyadText, incidentsGrid, profileGrid, profileText, searchGrid, statsGrid, timelineGrid,
} from "./query-views.js";
import { dbOption, withStore } from "./store-option.js";
import { csvTable, textTable, type Grid } from "./text-table.js";

type Format = "table" | "json" | "csv";
interface Common {
  db?: string;
  format: Format;
}

const formatOption = () => new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table");

/** A read-only command over the store with --db and --format. */
function queryCommand(name: string, description: string): Command {
  return new Command(name).description(description).addOption(dbOption()).addOption(formatOption());
}

function print(format: Format, data: unknown, grid: () => Grid, text?: () => string): void {
  if (format === "json") process.stdout.write(JSON.stringify(data, null, 2) + "\n");
  else if (format === "csv") process.stdout.write(csvTable(grid()));
  else process.stdout.write(text ? text() : textTable(grid()));
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`--limit: expected a whole number > 0, got "${value}"`, 2);
  return n;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function incidentsCommand(): Command {
  return queryCommand("incidents", "List incidents, newest first (undated last)")
    .option("--victim <name>", "only incidents against this actor (name or alias)")
    .option("--accused <name>", "only incidents some claim blames on this actor")
    .option("--since <date>", "only incidents on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--limit <n>", "at most this many", positiveInt, 50)
    .action(async (o: Common & { victim?: string; accused?: string; since?: string; limit: number }) => {
      if (o.since !== undefined && !PARTIAL_DATE.test(o.since)) throw new CliError(`--since: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${o.since}"`, 2);
      const list = await withStore(o.db, (s) =>
        s.listIncidents({ limit: o.limit, ...(o.victim ? { victim: o.victim } : {}), ...(o.accused ? { accused: o.accused } : {}), ...(o.since ? { since: o.since } : {}) }),
      );
      print(o.format, list, () => incidentsGrid(list), () => (list.length ? textTable(incidentsGrid(list)) : "no incidents match\n"));
    });
}

export function incidentCommand(): Command {
  return queryCommand("incident", "The dossier of one incident: status, claims, and a dated timeline with sources and evidence")
    .argument("<id>", "an incident id as `attrib incidents` prints it")
    .action(async (id: string, o: Common) => {
      const found = await withStore(o.db, async (s) => {
        const dossier = await s.getIncident(id);
        return dossier && { dossier, context: await sameSourceEvents(s, dossier) };
      });
      if (!found) throw new CliError(`no incident with id "${id}" (see \`attrib incidents\`)`);
      const { dossier, context } = found;
      // CSV: the timeline only; the unlinked events of the same sources are in JSON ("sameSources") and the table.
      print(o.format, { ...dossier, status: incidentStatus(dossier), sameSources: context }, () => timelineGrid(dossier.timeline), () => dossierText(dossier, context));
    });
}

export function actorsCommand(): Command {
  return queryCommand("actors", "List the actors in the store")
    .addOption(new Option("--kind <kind>", "only actors of this kind").choices([...ACTOR_KINDS]))
    .action(async (o: Common & { kind?: ActorKind }) => {
      const list = await withStore(o.db, (s) => s.listActors(o.kind ? { kind: o.kind } : {}));
      print(o.format, list, () => actorsGrid(list));
    });
}

export function actorCommand(): Command {
  return queryCommand("actor", "One actor: incidents suffered, claims made and received, denials, responses given and received")
    .argument("<name>", "a name or alias (case-insensitive) or an actor id")
    .action(async (name: string, o: Common) => {
      const profile = await withStore(o.db, (s) => s.getActor(name));
      if (!profile) throw new CliError(`no actor named "${name}" (see \`attrib actors\`)`);
      print(o.format, profile, () => profileGrid(profile), () => profileText(profile));
    });
}

export function dyadCommand(): Command {
  return queryCommand("dyad", "Everything between two actors, in both directions, in date order")
    .argument("<a>", "first actor (name or alias)")
    .argument("<b>", "second actor (name or alias)")
    .action(async (a: string, b: string, o: Common) => {
      const dyad = await withStore(o.db, (s) => s.dyad(a, b));
      const unknown = [a, b].filter((_, i) => (i === 0 ? dyad.a : dyad.b).length === 0);
      if (unknown.length) throw new CliError(`no actor named ${unknown.map((n) => `"${n}"`).join(" or ")} (see \`attrib actors\`)`);
      print(o.format, dyad, () => timelineGrid(dyad.timeline), () => dyadText(dyad));
    });
}

export function searchCommand(): Command {
  return queryCommand("search", "Full-text search over stored documents")
    .argument("<text>", "words to look for")
    .option("--limit <n>", "at most this many hits", positiveInt, 20)
    .action(async (text: string, o: Common & { limit: number }) => {
      if (!text.trim()) throw new CliError("search: give some words to look for", 2);
      const hits = await withStore(o.db, (s) => s.search(text, { limit: o.limit }));
      print(o.format, hits, () => searchGrid(hits), () => (hits.length ? textTable(searchGrid(hits), 80) : "no documents match\n"));
    });
}

export function statsCommand(): Command {
  return queryCommand("stats", "Counts of documents, events (total and by type), incidents, claims and actors").action(async (o: Common) => {
    const stats = await withStore(o.db, (s: Store) => s.stats());
    print(o.format, stats, () => statsGrid(stats));
  });
}

export const queryCommands = (): Command[] => [
  incidentsCommand(), incidentCommand(), actorsCommand(), actorCommand(), dyadCommand(), searchCommand(), statsCommand(),
];
