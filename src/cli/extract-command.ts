import { Command, Option } from "commander";
import { extract } from "../extraction/extract.js";
import { formatTable } from "./format-table.js";
import { InputError, readArticles } from "./read-articles.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function extractCommand(): Command {
  return new Command("extract")
    .description("Extract attacks, attributions, denials and state responses from one article or a JSONL batch")
    .argument("<file>", "a .txt or .md article, a .jsonl file of {id,title,published,text} documents, or - for stdin")
    .option("--published <date>", "publication date (YYYY-MM-DD) that relative dates resolve against")
    .option("--title <text>", "the article's title (single article)")
    .option("--id <id>", "the document id to print (single article; default: the file name)")
    .addOption(new Option("--format <format>", "output format").choices(["json", "jsonl", "table"]).default("json"))
    .action((file: string, opts: { published?: string; title?: string; id?: string; format: string }) => {
      if (opts.published !== undefined && (!DATE.test(opts.published) || Number.isNaN(Date.parse(opts.published)))) {
        throw new InputError("--published", `expected a date as YYYY-MM-DD, got "${opts.published}"`);
      }
      const inputs = readArticles(file, opts);
      let failed = 0;
      for (const input of inputs) {
        if (!input.ok) {
          failed++;
          process.stderr.write(`attrib: ${input.origin}: ${input.message}\n`);
          continue;
        }
        const result = extract(input.article);
        if (opts.format === "table") process.stdout.write(formatTable(result, input.article.text) + "\n");
        else if (opts.format === "jsonl") process.stdout.write(JSON.stringify(result) + "\n");
        else process.stdout.write(JSON.stringify(result, null, 2) + "\n");
      }
      if (failed) {
        process.stderr.write(`attrib: ${failed} of ${inputs.length} input(s) could not be read\n`);
        process.exitCode = 1;
      }
    });
}
