import { Command } from "commander";
import { EXTRACTOR_VERSION } from "../extraction/extract.js";
import { reextract } from "../loader/index.js";
import { useImportedGroups } from "./imported-groups.js";
import { Progress } from "./progress.js";
import { dbOption, withStore } from "./store-option.js";

export function reextractCommand(): Command {
  return new Command("reextract")
    .description(
      `Run the current extraction (version ${EXTRACTOR_VERSION}) again over stored documents made by another version; ` +
        "machine events are replaced, events a person added or reviewed are kept",
    )
    .addOption(dbOption())
    .option("--all", "re-extract every English document, whatever version made it")
    .action(async (flags: { db?: string; all?: boolean }) => {
      const summary = await withStore(flags.db, async (store) => {
        await useImportedGroups(store);
        const progress = new Progress(process.stderr, { label: "reextract" });
        try {
          return await reextract(store, {
            all: flags.all === true,
            onDocument: (done, s) => {
              if ("error" in done) progress.line(`attrib: ${done.id}: ${done.error}`);
              progress.update({ done: s.reextracted + s.failed, failed: s.failed, seconds: s.seconds }, done.id);
            },
          });
        } finally {
          progress.finish();
        }
      });
      process.stderr.write(
        `reextract: ${summary.reextracted} of ${summary.documents} document(s) re-extracted in ${summary.seconds.toFixed(1)} s ` +
          `(${summary.events} machine event(s) written, ${summary.kept} reviewed event(s) kept), ` +
          `${summary.skipped} skipped (already ${EXTRACTOR_VERSION} or not English), ${summary.failed} failed\n`,
      );
      if (summary.failed > 0) process.exitCode = 1;
    });
}
