import { Command } from "commander";
import { feedSource } from "../ingest/feed-source.js";
import { isCalendarDate, readSources, resolveIngestOptions, type IngestOptions, type SourceResult } from "../ingest/index.js";
import { loadArticles, type LoadSummary } from "../loader/index.js";
import { useImportedGroups } from "./imported-groups.js";
import { CliError } from "./cli-error.js";
import { Progress } from "./progress.js";
import { dbOption, withStore } from "./store-option.js";

interface IngestFlags {
  db?: string;
  feed?: boolean;
  published?: string;
  allowPrivate?: boolean;
  fetchLinks?: boolean;
}

export function ingestCommand(): Command {
  return new Command("ingest")
    .description("Read files, directories, feeds and URLs, extract their events and store them (the same text is stored once)")
    .argument("<inputs...>", ".txt .md .html .jsonl .xml/.rss/.atom files, directories (recursive) or http(s) URLs")
    .addOption(dbOption())
    .option("--feed", "read file inputs as RSS/Atom feeds whatever their extension")
    .option("--published <date>", "publication date (YYYY-MM-DD) for documents whose source gives none")
    .option("--allow-private", "allow fetching loopback, link-local and private addresses")
    .option("--fetch-links", "fetch the linked page of feed items that carry only a teaser")
    .action(async (inputs: string[], flags: IngestFlags) => {
      if (flags.published !== undefined && !isCalendarDate(flags.published))
        throw new CliError(`--published: expected a date as YYYY-MM-DD, got "${flags.published}"`, 2);
      const options: IngestOptions = {
        ...(flags.published ? { published: flags.published } : {}),
        allowPrivate: flags.allowPrivate === true,
        fetchLinks: flags.fetchLinks === true,
      };
      const summary = await withStore(flags.db, async (store) => {
        // Threat groups imported with `attrib knowledge import` are recognized from then on.
        await useImportedGroups(store);
        const progress = new Progress(process.stderr, { label: "ingest" });
        return loadArticles(store, flags.feed ? readAsFeeds(inputs, options) : readSources(inputs, options), {
          onItem: (outcome, s) => {
            if (outcome.kind === "failed") progress.line(`attrib: ${outcome.origin}: ${outcome.reason}`);
            progress.update({ done: s.items, failed: s.failed, seconds: s.seconds }, outcome.origin);
          },
        }).finally(() => progress.finish());
      });
      process.stderr.write(summaryLine(summary) + "\n");
      if (summary.failed > 0) process.exitCode = 1;
    });
}

/** `--feed`: file inputs go to the feed reader whatever their extension; URLs are sniffed as usual. */
async function* readAsFeeds(inputs: string[], options: IngestOptions): AsyncGenerator<SourceResult> {
  const resolved = resolveIngestOptions(options);
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) yield* readSources([input], options);
    else yield* feedSource.read(input, resolved);
  }
}

export function summaryLine(s: LoadSummary): string {
  const rate = s.seconds > 0 ? (s.items / s.seconds).toFixed(1) : "-";
  return (
    `ingest: ${s.items} item(s) in ${s.seconds.toFixed(1)} s (${rate} documents/s): ` +
    `${s.stored} stored with ${s.events} event(s)${s.newVersions ? ` (${s.newVersions} as new versions of a stored URL or id)` : ""}, ` +
    `${s.unchanged} already stored, ` +
    `${s.flagged} not English (stored, not extracted), ${s.failed} failed`
  );
}
