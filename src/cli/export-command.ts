import { Command, Option } from "commander";
import { toCsv, type CsvTable } from "../export/csv.js";
import { exportInputFromStore, type ExportFilter } from "../export/from-store.js";
import { toStixBundle } from "../stix/index.js";
import { InputError } from "./read-articles.js";
import { withStore } from "./with-store.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `attrib export`: the store as a STIX 2.1 bundle or a CSV table, on standard output. */
export function exportCommand(): Command {
  return new Command("export")
    .description("Write the store's findings to standard output as a STIX 2.1 bundle or a CSV table")
    .addOption(new Option("--format <format>", "output format").choices(["stix", "csv"]).default("stix"))
    .addOption(new Option("--table <table>", "CSV only: one row per incident, per attribution claim, or per state response").choices(["incidents", "claims", "responses"]).default("incidents"))
    .option("--incident <id>", "only this incident (ids as `attrib` lists them): its events, claims and sources")
    .option("--since <date>", "only documents published on or after this date (YYYY-MM-DD)")
    .option("--db <url>", "store URL: a SQLite path or sqlite: URL, or postgres://… (default: $ATTRIB_DB or ./attrib.db)")
    .action(async (opts: { format: "stix" | "csv"; table: CsvTable; incident?: string; since?: string; db?: string }) => {
      if (opts.since !== undefined && (!DATE.test(opts.since) || Number.isNaN(Date.parse(opts.since))))
        throw new InputError("--since", `expected a date as YYYY-MM-DD, got "${opts.since}"`);
      const filter: ExportFilter = { ...(opts.incident !== undefined ? { incidentId: opts.incident } : {}), ...(opts.since !== undefined ? { since: opts.since } : {}) };
      const input = await withStore(opts.db, (store) => exportInputFromStore(store, filter));
      if (opts.format === "csv") {
        process.stdout.write(toCsv(opts.table, input));
        return;
      }
      const { bundle, skipped } = toStixBundle(input);
      process.stdout.write(JSON.stringify(bundle, null, 2) + "\n");
      // What STIX cannot carry is said on stderr, so the bundle on stdout stays clean.
      if (skipped.length > 0) process.stderr.write(`attrib: ${skipped.length} item(s) left out of the bundle (not expressible in STIX), e.g. ${skipped[0]}\n`);
    });
}
