import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.js";

export interface WritePolicy {
  /** ATTRIB_TOKEN; when set, every write must carry `Authorization: Bearer <token>`. */
  token?: string;
  /** True when the server listens on a loopback address only. */
  loopback: boolean;
}

/** How writes are allowed, as the web app is told (it hides write controls when read-only). */
export function writeMode(policy: WritePolicy): "open" | "token" | "read-only" {
  if (policy.token) return "token";
  return policy.loopback ? "open" : "read-only";
}

/**
 * Guards write routes. With a token configured it is always required; without one, writes are
 * open on loopback (a single analyst's machine) and refused beyond it, so a server exposed by
 * mistake is read-only rather than writable by anyone.
 */
export function requireWriteAccess(policy: WritePolicy): MiddlewareHandler {
  const expected = policy.token ? Buffer.from(policy.token) : undefined;
  return async (c, next) => {
    if (expected) {
      const header = c.req.header("authorization") ?? "";
      const match = /^Bearer\s+(.+)$/i.exec(header);
      const given = Buffer.from(match?.[1]?.trim() ?? "");
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new ApiError("unauthorized", "writes need the header Authorization: Bearer <ATTRIB_TOKEN>");
    } else if (!policy.loopback) {
      throw new ApiError("read_only", "this server is read-only: it listens beyond loopback and no ATTRIB_TOKEN is set");
    }
    await next();
  };
}

/** 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
