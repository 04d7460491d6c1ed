/** An error the CLI reports as one line; `exitCode` 1 means "ran, but the answer is no / something failed". */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}
