import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { articleSchema, type Article } from "../domain/index.js";

/** One input item: an article, or the reason a line or file could not be read. */
export type ArticleInput = { ok: true; article: Article; origin: string } | { ok: false; origin: string; message: string };

export class InputError extends Error {
  constructor(readonly input: string, message: string) {
    super(`${input}: ${message}`);
  }
}

const MAX_BYTES = 50 * 1024 * 1024;

/** Reads a file ("-" for stdin) as UTF-8 text, refusing what is missing, empty, binary or huge. */
export function readTextInput(path: string): string {
  let buf: Buffer;
  try {
    if (path === "-") buf = readFileSync(0);
    else {
      const st = statSync(path);
      if (st.isDirectory()) throw new InputError(path, "is a directory, not a file");
      if (st.size > MAX_BYTES) throw new InputError(path, `is ${st.size} bytes; the limit is ${MAX_BYTES}`);
      buf = readFileSync(path);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === "ENOENT" ? "no such file" : `cannot be read (${code ?? (e as Error).message})`);
  }
  if (buf.length === 0) throw new InputError(path, "is empty");
  if (buf.subarray(0, 8192).includes(0)) throw new InputError(path, "looks binary (contains NUL bytes), not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError(path, "is not valid UTF-8 text");
  }
  if (!text.trim()) throw new InputError(path, "is empty (only white space)");
  return text.replace(/^\uFEFF/, "");
}

/** Articles from a .jsonl file (one per line) or a single .txt/.md file or stdin. */
export function readArticles(path: string, defaults: { published?: string; title?: string; id?: string }): ArticleInput[] {
  const text = readTextInput(path);
  const isJsonl = extname(path).toLowerCase() === ".jsonl" || (path === "-" && text.trimStart().startsWith("{"));
  if (!isJsonl) {
    const firstLine = text.split("\n", 1)[0]!.trim();
    const title = defaults.title ?? (/^#\s+/.test(firstLine) ? firstLine.replace(/^#\s+/, "") : undefined);
    const id = defaults.id ?? (path === "-" ? "stdin" : basename(path, extname(path)));
    const article: Article = { id, text, ...(title ? { title } : {}), ...(defaults.published ? { published: defaults.published } : {}) };
    return [{ ok: true, article, origin: path }];
  }
  const out: ArticleInput[] = [];
  text.split("\n").forEach((line, n) => {
    if (!line.trim()) return;
    const origin = `${path}:${n + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      out.push({ ok: false, origin, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    const withDefaults = typeof raw === "object" && raw !== null ? { ...(defaults.published ? { published: defaults.published } : {}), ...raw } : raw;
    const parsed = articleSchema.safeParse(withDefaults);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      out.push({ ok: false, origin, message: `not an article: ${issue.path.join(".") || "line"}: ${issue.message}` });
      return;
    }
    if (!parsed.data.text.trim()) {
      out.push({ ok: false, origin, message: "has an empty text" });
      return;
    }
    out.push({ ok: true, article: parsed.data, origin });
  });
  if (out.length === 0) throw new InputError(path, "holds no JSON lines");
  return out;
}
