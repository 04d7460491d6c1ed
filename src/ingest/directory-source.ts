import { statSync, type Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { IngestError, toIngestError } from "./ingest-error.js";
import { failure, type Source } from "./source.js";

/**
 * Directories: every file some file source accepts, recursively, in sorted order so runs are
 * reproducible. Hidden files and directories (".name") are skipped, as are symlinked
 * directories (they could loop); other files are silently left out.
 */
export function createDirectorySource(fileSources: readonly Source[]): Source {
  const sourceFor = (path: string) => fileSources.find((source) => source.accepts(path));
  return {
    name: "directory",
    accepts: (input) => statSync(input, { throwIfNoEntry: false })?.isDirectory() ?? false,
    async *read(dir, options) {
      let found = 0;
      for await (const entry of walk(dir)) {
        if (entry instanceof IngestError) {
          yield failure(entry);
          continue;
        }
        const source = sourceFor(entry);
        if (!source) continue;
        found++;
        yield* source.read(entry, options);
      }
      if (found === 0) yield failure(new IngestError("empty", dir, "directory holds no readable files (.txt .md .html .htm .jsonl .xml .rss .atom)"));
    },
  };
}

async function* walk(dir: string): AsyncGenerator<string | IngestError> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield toIngestError(error, dir);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walk(path);
    } else if (entry.isFile()) {
      yield path;
    } else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (target?.isFile()) yield path;
    }
  }
}
