import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { Command, Option } from "commander";
import { GroupFileError, parseGroupFile } from "../knowledge/group-files.js";
import type { StoredImportedGroup } from "../store/index.js";
import { InputError } from "./read-articles.js";
import { withStore } from "./with-store.js";

const DB_HELP = "store URL: a SQLite path or sqlite: URL, or postgres://… (default: $ATTRIB_DB or ./attrib.db)";

/** `attrib knowledge import|list|remove`: threat-actor groups from MISP galaxy files and STIX bundles. */
export function knowledgeCommand(): Command {
  const knowledge = new Command("knowledge").description("Import, list and remove threat-actor groups that extraction recognises");

  knowledge
    .command("import")
    .description("Import groups (names, aliases, country, suspected sponsor) from a MISP galaxy cluster file or a STIX 2.1 bundle; re-importing a file replaces what it gave before")
    .argument("<file>", "a MISP galaxy JSON file (like threat-actor.json) or a STIX 2.1 bundle of intrusion-sets / threat-actors")
    .option("--db <url>", DB_HELP)
    .action(async (file: string, opts: { db?: string }) => {
      let parsed;
      try {
        parsed = parseGroupFile(readKnowledgeFile(file));
      } catch (e) {
        if (e instanceof GroupFileError) throw new InputError(file, e.message);
        throw e;
      }
      const source = resolve(file);
      const result = await withStore(opts.db, (store) => store.importGroups(source, parsed.groups));
      process.stdout.write(
        `imported ${result.groups} group(s) from ${file} (${parsed.format}): ${result.added} new, ${result.merged} already known and merged` +
          `${result.removed ? `, ${result.removed} no longer listed and removed` : ""}` +
          `${parsed.skipped.length ? `; ${parsed.skipped.length} entr${parsed.skipped.length === 1 ? "y" : "ies"} skipped` : ""}\n`,
      );
    });

  knowledge
    .command("list")
    .description("List imported groups, merged across the files they came from")
    .option("--db <url>", DB_HELP)
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(async (opts: { db?: string; format: string }) => {
      const groups = await withStore(opts.db, (store) => store.listImportedGroups());
      process.stdout.write(opts.format === "json" ? JSON.stringify(groups, null, 2) + "\n" : groupTable(groups));
    });

  knowledge
    .command("remove")
    .description("Remove an imported group (by name or alias, from every file) or everything one file brought")
    .argument("[name]", "the group's name or one of its aliases")
    .option("--source <file>", "remove every group this file was imported with")
    .option("--db <url>", DB_HELP)
    .action(async (name: string | undefined, opts: { source?: string; db?: string }) => {
      if (name === undefined && opts.source === undefined) throw new InputError("knowledge remove", "give a group NAME or --source FILE");
      const filter = { ...(name !== undefined ? { name } : {}), ...(opts.source !== undefined ? { source: resolve(opts.source) } : {}) };
      const removed = await withStore(opts.db, (store) => store.removeImportedGroups(filter));
      process.stdout.write(`removed ${removed} imported group record(s)\n`);
      if (removed === 0) process.exitCode = 1;
    });

  return knowledge;
}

/** MITRE ATT&CK's enterprise bundle is tens of megabytes: a larger limit than for articles. */
const MAX_KNOWLEDGE_BYTES = 512 * 1024 * 1024;

function readKnowledgeFile(path: string): string {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(path, "is a directory, not a file");
    if (st.size > MAX_KNOWLEDGE_BYTES) throw new InputError(path, `is ${st.size} bytes; the limit is ${MAX_KNOWLEDGE_BYTES}`);
    return readFileSync(path, "utf8");
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === "ENOENT" ? "no such file" : `cannot be read (${code ?? (e as Error).message})`);
  }
}

function groupTable(groups: StoredImportedGroup[]): string {
  const rows = groups.map((g) => [g.name, g.country ?? "", g.sponsor ?? "", g.aliases.join(", ").slice(0, 60), g.sources.join(", ")]);
  const head = ["name", "country", "sponsor", "aliases", "sources"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), `${groups.length} group(s)`, ""].join("\n");
}
