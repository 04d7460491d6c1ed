import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { MiddlewareHandler } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves the built web app from `root`; any other GET that is not under /api gets index.html so
 * the app's own router handles deep links (/incidents/…). Paths cannot leave `root`.
 */
export function webApp(root: string): MiddlewareHandler {
  const base = normalize(root + sep);
  return async (c, next) => {
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.req.path.startsWith("/api")) return next();
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    const file = normalize(join(base, rel));
    if (!file.startsWith(base)) return next();
    const found = await isFile(file);
    const target = found ? file : join(base, "index.html");
    if (!found && extname(rel) !== "") return next(); // a missing asset is a 404, not the app
    if (!(await isFile(target))) return c.text("The web app is not built: run `npm run build`.", 503);
    const body = await readFile(target);
    // Hashed assets never change; index.html must be re-read to pick up a new build.
    const cache = target.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache";
    return c.body(body, 200, { "content-type": TYPES[extname(target)] ?? "application/octet-stream", "cache-control": cache });
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
