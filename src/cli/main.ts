import { Command } from "commander";
import { CliError } from "./cli-error.js";
import { evalCommand } from "./eval-command.js";
import { exportCommand } from "./export-command.js";
import { extractCommand } from "./extract-command.js";
import { ingestCommand } from "./ingest-command.js";
import { knowledgeCommand } from "./knowledge-command.js";
import { queryCommands } from "./query-commands.js";
import { InputError } from "./read-articles.js";
import { reextractCommand } from "./reextract-command.js";
import { serveCommand } from "./serve-command.js";

/** The composition root: every command is wired here and nowhere else. */
export function program(): Command {
  const root = new Command("attrib")
    .description("Attrib: sourced records of state-linked cyberattacks, attributions, denials and responses")
    .version("0.1.0")
    .showHelpAfterError()
    .addCommand(extractCommand())
    .addCommand(evalCommand())
    .addCommand(exportCommand())
    .addCommand(knowledgeCommand())
    .addCommand(serveCommand())
    .addCommand(ingestCommand())
    .addCommand(reextractCommand());
  for (const command of queryCommands()) root.addCommand(command);
  return root;
}

export async function main(argv: string[]): Promise<void> {
  // `attrib export | head`: a reader that stops early is not an error worth a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
  try {
    await program().parseAsync(argv);
  } catch (e) {
    const msg = e instanceof InputError ? e.message : (e as Error).message;
    process.stderr.write(`attrib: ${msg}\n`);
    // 1: the command ran and the answer is "not found" or some input failed; 2: usage or environment.
    process.exitCode = e instanceof CliError ? e.exitCode : 2;
  }
}
