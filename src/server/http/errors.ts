import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { StoreError } from "../../store/index.js";

/** The stable error codes of the API; clients branch on these, never on messages. */
export const ERROR_CODES = [
  "invalid_input", "not_found", "unauthorized", "read_only", "payload_too_large", "unsupported_media_type", "unavailable", "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthorized: 401,
  read_only: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unavailable: 503,
  internal: 500,
};

/** An error a handler raises on purpose: the code is what the client sees. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** The one place where any thrown error becomes `{error:{code,message}}` with its status. */
export function toErrorResponse(err: unknown, c: Context): Response {
  const { code, message } = classify(err);
  if (code === "internal") console.error("attrib serve:", err);
  const body: ErrorBody = { error: { code, message } };
  return c.json(body, STATUS[code]);
}

function classify(err: unknown): { code: ErrorCode; message: string } {
  if (err instanceof ApiError) return { code: err.code, message: err.message };
  if (err instanceof StoreError) {
    if (err.code === "not_found" || err.code === "invalid_input") return { code: err.code, message: err.message };
    return { code: "unavailable", message: "the database is not reachable" };
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return { code: "payload_too_large", message: err.message || "request body too large" };
    if (err.status === 401) return { code: "unauthorized", message: err.message || "a bearer token is required" };
    if (err.status === 404) return { code: "not_found", message: err.message || "not found" };
    return { code: "invalid_input", message: err.message || "bad request" };
  }
  // Internal details (stack, SQL) stay in the server log.
  return { code: "internal", message: "internal error" };
}
