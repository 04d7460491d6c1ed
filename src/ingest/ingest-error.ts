/** Why one input could not be turned into an article. Codes are stable: callers and the CLI match on them. */
export type IngestErrorCode =
  | "not_found"
  | "empty"
  | "binary"
  | "too_large"
  | "bad_json"
  | "bad_xml"
  | "bad_encoding"
  | "fetch_failed"
  | "blocked_address"
  | "unsupported_type"
  | "timeout"
  | "read_failed";

export class IngestError extends Error {
  override readonly name = "IngestError";
  readonly code: IngestErrorCode;
  /** The input (path, path:line, URL, feed item) the error is about. */
  readonly origin: string;

  constructor(code: IngestErrorCode, origin: string, detail: string, options?: { cause?: unknown }) {
    super(`${origin}: ${detail}`, options);
    this.code = code;
    this.origin = origin;
  }
}

/** Turns anything thrown while reading `origin` into an IngestError, keeping ones that already are. */
export function toIngestError(error: unknown, origin: string): IngestError {
  if (error instanceof IngestError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return new IngestError("not_found", origin, "no such file or directory", { cause: error });
  if (code === "EACCES" || code === "EPERM") {
    return new IngestError("read_failed", origin, "permission denied", { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new IngestError("read_failed", origin, message, { cause: error });
}
