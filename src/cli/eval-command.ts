import { Command, Option } from "commander";
import { extract } from "../extraction/extract.js";
import { errorList, scoreTable } from "../eval/report.js";
import { score } from "../eval/score.js";
import { InputError, readArticles, readTextInput } from "./read-articles.js";

type GoldEvents = Parameters<typeof score>[0];

function readGold(path: string): GoldEvents {
  const out: GoldEvents = new Map();
  readTextInput(path).split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let obj: { id?: unknown; document?: { id?: unknown }; events?: unknown };
    try {
      obj = JSON.parse(line);
    } catch (e) {
      throw new InputError(`${path}:${i + 1}`, `not JSON (${(e as Error).message})`);
    }
    const id = obj.id ?? obj.document?.id;
    if (!id) throw new InputError(`${path}:${i + 1}`, "no id or document.id");
    out.set(String(id), (Array.isArray(obj.events) ? obj.events : []) as never);
  });
  return out;
}

export function evalCommand(): Command {
  return new Command("eval")
    .description("Extract the documents and score the result against gold, exactly as ../shared/eval/score.mjs does")
    .requiredOption("--gold <file>", "gold events, one {id, events} JSON line per document")
    .requiredOption("--docs <file>", "the documents, one {id, title, published, text} JSON line each")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .option("--errors", "list every missed and spurious event with its sentence")
    .action((opts: { gold: string; docs: string; format: string; errors?: boolean }) => {
      const gold = readGold(opts.gold);
      const texts = new Map<string, string>();
      const predicted = new Map<string, never[]>();
      for (const input of readArticles(opts.docs, {})) {
        if (!input.ok) {
          process.stderr.write(`attrib: ${input.origin}: ${input.message}\n`);
          continue;
        }
        if (!gold.has(input.article.id)) continue;
        texts.set(input.article.id, input.article.text);
        predicted.set(input.article.id, extract(input.article).events as never[]);
      }
      const result = score(gold, predicted);
      if (opts.format === "json") {
        const { misses, ...figures } = result;
        process.stdout.write(JSON.stringify(opts.errors ? result : figures, null, 1) + "\n");
        return;
      }
      process.stdout.write(scoreTable(result) + "\n");
      if (opts.errors) process.stdout.write(errorList(result, (id) => texts.get(id)) + "\n");
    });
}
