import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { readSources, resolveIngestOptions, textToArticle, type SourceResult } from "../../ingest/index.js";
import { requireWriteAccess } from "../http/auth.js";
import type { ResourceRoutes, RouteDeps } from "../http/deps.js";
import { ApiError } from "../http/errors.js";
import { parseWith } from "../http/validate.js";
import { IngestJobs } from "./ingest-jobs.js";

const MAX_BODY = 20 * 1024 * 1024;
const FILE_TYPES = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"]);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const ingestTextInput = z.object({
  text: z.string().trim().min(1, "some text").max(2_000_000),
  title: z.string().trim().max(500).optional(),
  published: day.optional(),
  url: z.string().url().max(2000).optional(),
});
export const ingestFeedInput = z.object({ feedUrl: z.string().url().regex(/^https?:\/\//i, "an http(s) URL").max(2000), published: day.optional() });
export const ingestJsonInput = z.union([ingestTextInput, ingestFeedInput]);

export function ingestRoutes({ store, policy, changed }: RouteDeps): ResourceRoutes & { jobs: IngestJobs } {
  const jobs = new IngestJobs(store, changed);
  const app = new Hono()
    .post(
      "/ingest",
      requireWriteAccess(policy),
      bodyLimit({ maxSize: MAX_BODY, onError: () => { throw new ApiError("payload_too_large", `request body over ${MAX_BODY / 1024 / 1024} MB`); } }),
      async (c) => {
        const type = c.req.header("content-type") ?? "";
        if (type.startsWith("multipart/form-data")) return c.json(await startUpload(c.req.raw, jobs), 202);
        if (!type.startsWith("application/json")) throw new ApiError("unsupported_media_type", "send application/json ({text} or {feedUrl}) or multipart/form-data (file)");
        let raw: unknown;
        try {
          raw = await c.req.json();
        } catch {
          throw new ApiError("invalid_input", "body: expected a JSON object");
        }
        const input = parseWith(ingestJsonInput, raw, "body");
        if ("feedUrl" in input) {
          const options = { fetchLinks: true, ...(input.published ? { published: input.published } : {}) };
          return c.json(jobs.start(() => readSources([input.feedUrl], options)), 202);
        }
        return c.json(jobs.start(() => pasted(input)), 202);
      },
    )
    .get("/ingest/:jobId", (c) => {
      const job = jobs.get(c.req.param("jobId"));
      if (!job) throw new ApiError("not_found", `no ingest job ${c.req.param("jobId")}`);
      return c.json(job);
    });
  return {
    app,
    jobs,
    docs: [
      {
        method: "post", path: "/api/ingest", write: true, body: ingestJsonInput,
        summary: "Ingest pasted text ({text,title?,published?,url?}), a feed or page URL ({feedUrl}), or uploaded files (multipart field 'file'); returns a job to poll",
        responses: { "202": "the job, state 'running'" },
      },
      { method: "get", path: "/api/ingest/{jobId}", summary: "An ingest job's progress: items read, documents stored, events found, failures" },
    ],
  };
}

async function* pasted(input: z.infer<typeof ingestTextInput>): AsyncGenerator<SourceResult> {
  const options = resolveIngestOptions(input.published ? { published: input.published } : {});
  const article = textToArticle(input.text, { path: "pasted.txt", isMarkdown: false, options, ...(input.url ? { url: input.url } : {}) });
  if (input.title) article.title = input.title;
  yield { ok: true, article, origin: input.title ? `pasted: ${input.title}` : "pasted text" };
}

/** Uploaded files go to a private temp folder under their own (sanitised) names, then through readSources. */
async function startUpload(request: Request, jobs: IngestJobs) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ApiError("invalid_input", "body: expected multipart/form-data with a 'file' field");
  }
  const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
  if (files.length === 0) throw new ApiError("invalid_input", "file: no file uploaded (multipart field 'file')");
  const published = form.get("published");
  if (published !== null && (typeof published !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(published))) throw new ApiError("invalid_input", "published: YYYY-MM-DD");
  for (const f of files) if (!FILE_TYPES.has(extname(f.name).toLowerCase())) throw new ApiError("unsupported_media_type", `${f.name}: expected one of ${[...FILE_TYPES].join(" ")}`);
  const dir = await mkdtemp(join(tmpdir(), "attrib-upload-"));
  const paths: string[] = [];
  for (const [i, f] of files.entries()) {
    const safe = basename(f.name).replace(/[^\w.-]+/g, "_").replace(/^\.+/, "") || `upload-${i}.txt`;
    const path = join(dir, `${i}-${safe}`);
    await writeFile(path, Buffer.from(await f.arrayBuffer()));
    paths.push(path);
  }
  const options = published ? { published } : {};
  return jobs.start(() => withoutTempDir(readSources(paths, options), dir), () => rm(dir, { recursive: true, force: true }));
}

/** Results name the file as uploaded, not the server's temp path. */
async function* withoutTempDir(results: AsyncIterable<SourceResult>, dir: string): AsyncGenerator<SourceResult> {
  const strip = (s: string) => s.split(dir + "/").join("").replace(/^\d+-/, "");
  for await (const r of results) {
    if (r.ok) yield { ...r, origin: strip(r.origin) };
    else {
      r.error.message = strip(r.error.message);
      yield { ...r, origin: strip(r.origin) };
    }
  }
}
