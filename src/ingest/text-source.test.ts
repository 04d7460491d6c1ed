import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { readSources } from "./read-sources.js";
import type { IngestOptions, SourceResult } from "./source.js";

async function readOne(path: string, options?: IngestOptions): Promise<SourceResult> {
  const results: SourceResult[] = [];
  for await (const result of readSources([path], options)) results.push(result);
  assert.equal(results.length, 1, `expected one result, got ${JSON.stringify(results)}`);
  return results[0]!;
}

describe("text and Markdown files", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "attrib-text-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("takes a '# ' first line as title and keeps paragraphs as lines, joining hard wraps", async () => {
    const path = join(dir, "Ministry Statement.md");
    await writeFile(
      path,
      "# Ministry blames foreign hackers\n\nThe ministry said the attack began\nin early May and hit **three** agencies.\n\n" +
        "- Investigators traced the [malware](https://example.org/x) to a known group.\n- The group denied it.\n",
    );
    const result = await readOne(path);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.article.title, "Ministry blames foreign hackers");
    assert.equal(
      result.article.text,
      "The ministry said the attack began in early May and hit three agencies.\n" +
        "Investigators traced the malware to a known group.\nThe group denied it.",
    );
    assert.match(result.article.id, /^ministry-statement-[0-9a-f]{12}$/);
    assert.equal(result.article.published, undefined, "no date without metadata or option");
  });

  it("keeps one-paragraph-per-line text as it is and has no title without a heading", async () => {
    const path = join(dir, "plain.txt");
    await writeFile(path, "First paragraph line.\r\nSecond paragraph line.\r\n");
    const result = await readOne(path);
    assert.ok(result.ok);
    assert.equal(result.article.text, "First paragraph line.\nSecond paragraph line.");
    assert.equal(result.article.title, undefined);
  });

  it("reads the date from front matter, else from the published option", async () => {
    const withMeta = join(dir, "meta.md");
    await writeFile(withMeta, "---\ntitle: \"Front title\"\ndate: 2022-09-12\nurl: https://news.example/a\n---\nBody text here.\n");
    const meta = await readOne(withMeta, { published: "2020-01-01" });
    assert.ok(meta.ok);
    assert.equal(meta.article.title, "Front title");
    assert.equal(meta.article.published, "2022-09-12");
    assert.equal(meta.article.url, "https://news.example/a");
    assert.equal(meta.article.text, "Body text here.");

    const plain = join(dir, "dated-by-option.txt");
    await writeFile(plain, "Body without metadata.\n");
    const optioned = await readOne(plain, { published: "2020-01-01" });
    assert.ok(optioned.ok);
    assert.equal(optioned.article.published, "2020-01-01");
  });

  it("gives ids that change with content and not with location", async () => {
    await writeFile(join(dir, "same.txt"), "Identical text.\n");
    await writeFile(join(dir, "other.txt"), "Different text.\n");
    const sub = await mkdtemp(join(dir, "sub-"));
    await writeFile(join(sub, "same.txt"), "Identical text.\n");
    const [a, b, c] = await Promise.all([readOne(join(dir, "same.txt")), readOne(join(sub, "same.txt")), readOne(join(dir, "other.txt"))]);
    assert.ok(a.ok && b.ok && c.ok);
    assert.equal(a.article.id, b.article.id);
    assert.notEqual(a.article.id.split("-").pop(), c.article.id.split("-").pop());
  });

  it("refuses an invalid published option before reading anything", async () => {
    await assert.rejects(readOne(join(dir, "plain.txt"), { published: "2023-02-30" }), RangeError);
    await assert.rejects(readOne(join(dir, "plain.txt"), { published: "12/09/2022" }), RangeError);
  });

  it("reports a file holding only a heading as 'empty'", async () => {
    const path = join(dir, "title-only.md");
    await writeFile(path, "# Just a title\n\n");
    const result = await readOne(path);
    assert.ok(!result.ok);
    assert.equal(result.error.code, "empty");
    assert.ok(result.error.message.includes(path));
  });

  it("refuses mis-encoded text as 'bad_encoding' and mostly-invalid bytes as 'binary'", async () => {
    const latin1 = join(dir, "latin1.txt");
    await writeFile(latin1, Buffer.from("Le ministère a démenti toute implication dans l'attaque.\n", "latin1"));
    const encoding = await readOne(latin1);
    assert.ok(!encoding.ok);
    assert.equal(encoding.error.code, "bad_encoding");

    const noise = join(dir, "noise.txt");
    await writeFile(noise, Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + (i % 0x40))));
    const binary = await readOne(noise);
    assert.ok(!binary.ok);
    assert.equal(binary.error.code, "binary");
  });
});
