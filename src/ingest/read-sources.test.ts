import assert from "node:assert/strict";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { readSources } from "./read-sources.js";
import type { IngestOptions, SourceResult } from "./source.js";

async function collect(inputs: string[], options?: IngestOptions): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for await (const result of readSources(inputs, options)) results.push(result);
  return results;
}

const summary = (results: SourceResult[]) => results.map((r) => (r.ok ? `ok ${r.origin}` : `${r.error.code} ${r.origin}`));

describe("readSources", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "attrib-read-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("walks a directory recursively in sorted order, skipping hidden and unknown files", async () => {
    const root = join(dir, "tree");
    await mkdir(join(root, "b-sub", "deeper"), { recursive: true });
    await mkdir(join(root, ".hidden-dir"));
    await writeFile(join(root, "c.txt"), "Third.\n");
    await writeFile(join(root, "a.md"), "First.\n");
    await writeFile(join(root, "b-sub", "z.html"), "<html><body><p>Nested page text.</p></body></html>");
    await writeFile(join(root, "b-sub", "deeper", "d.jsonl"), `${JSON.stringify({ id: "j1", text: "Line one." })}\n`);
    await writeFile(join(root, ".secret.txt"), "Hidden.\n");
    await writeFile(join(root, ".hidden-dir", "e.txt"), "Hidden too.\n");
    await writeFile(join(root, "notes.docx"), "not read");
    await writeFile(join(root, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));

    const results = await collect([root]);
    assert.deepEqual(summary(results), [
      `ok ${join(root, "a.md")}`,
      `ok ${join(root, "b-sub", "deeper", "d.jsonl")}:1`,
      `ok ${join(root, "b-sub", "z.html")}`,
      `ok ${join(root, "c.txt")}`,
    ]);
  });

  it("reports an empty directory", async () => {
    const empty = join(dir, "nothing-here");
    await mkdir(empty);
    assert.deepEqual(summary(await collect([empty])), [`empty ${empty}`]);
  });

  it("goes on past bad inputs, one result each, in input order", async () => {
    const good = join(dir, "good.txt");
    const empty = join(dir, "empty.txt");
    const binary = join(dir, "binary.txt");
    const missing = join(dir, "missing.txt");
    const unknown = join(dir, "data.csv");
    await writeFile(good, "A readable article.\n");
    await writeFile(empty, "");
    await writeFile(binary, Buffer.concat([Buffer.from("GIF89a"), Buffer.alloc(512, 0), Buffer.from([1, 2, 3, 255, 254])]));
    await writeFile(unknown, "a,b\n1,2\n");
    const results = await collect([empty, binary, missing, unknown, good]);
    assert.deepEqual(summary(results), [
      `empty ${empty}`,
      `binary ${binary}`,
      `not_found ${missing}`,
      `unsupported_type ${unknown}`,
      `ok ${good}`,
    ]);
    for (const result of results) {
      if (!result.ok) assert.ok(result.error.message.startsWith(result.origin), "message names the input");
    }
  });

  it("refuses whitespace-only files as empty", async () => {
    const blank = join(dir, "blank.txt");
    await writeFile(blank, " \n\n\t\n");
    assert.deepEqual(summary(await collect([blank])), [`empty ${blank}`]);
  });

  it("refuses a 50 MB file as too_large without reading it", async () => {
    const big = join(dir, "big.txt");
    const line = Buffer.from("This line is repeated to make a very large text file for the size limit.\n");
    const stream = createWriteStream(big);
    const chunk = Buffer.concat(Array.from({ length: Math.ceil((1024 * 1024) / line.length) }, () => line));
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) {
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
    }
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    assert.ok((await stat(big)).size >= 50 * 1024 * 1024);

    const heapBefore = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const results = await collect([big]);
    const elapsed = performance.now() - started;
    assert.deepEqual(summary(results), [`too_large ${big}`]);
    assert.ok(!results[0]!.ok && /over the limit of 20\.0 MB/.test(results[0]!.error.message));
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
    assert.ok(process.memoryUsage().arrayBuffers - heapBefore < 10 * 1024 * 1024, "the file was not loaded");
  });

  it("applies maxBytes to every file kind", async () => {
    const text = join(dir, "limit.txt");
    const jsonl = join(dir, "limit.jsonl");
    await writeFile(text, "x".repeat(2000));
    await writeFile(jsonl, `${JSON.stringify({ id: "1", text: "y".repeat(2000) })}\n`);
    assert.deepEqual(summary(await collect([text, jsonl], { maxBytes: 1000 })), [`too_large ${text}`, `too_large ${jsonl}`]);
  });

  it("rejects invalid options before reading", async () => {
    await assert.rejects(collect([dir], { maxBytes: -1 }), /maxBytes: expected a positive number/);
    await assert.rejects(collect([dir], { maxRedirects: 1.5 }), /maxRedirects/);
  });
});
