import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { readSources } from "./read-sources.js";
import type { SourceResult } from "./source.js";

async function collect(inputs: string[]): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for await (const result of readSources(inputs)) results.push(result);
  return results;
}

describe("JSONL files", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "attrib-jsonl-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads one article per line and reports a bad line by file:line, going on after it", async () => {
    const path = join(dir, "docs.jsonl");
    const text = "  Leading spaces and\ttabs stay,\nas do line breaks: offsets index this text.  ";
    await writeFile(
      path,
      [
        JSON.stringify({ id: "a1", title: "", published: "2017-01-03", url: "http://news.example/a", text }),
        '{"id": "a2", "text": "unterminated',
        "",
        JSON.stringify({ id: 7, title: "Numbered", published: "2018-05-06T12:00:00Z", text: "Second article." }),
        JSON.stringify({ id: "a4", text: 42 }),
        JSON.stringify({ id: "a5", published: "last week", text: "Bad date." }),
        JSON.stringify(["not", "an", "object"]),
      ].join("\n") + "\n",
    );
    const results = await collect([path]);
    assert.deepEqual(
      results.map((r) => (r.ok ? `ok ${r.article.id}` : `${r.error.code} ${r.origin}`)),
      [`ok a1`, `bad_json ${path}:2`, `ok 7`, `bad_json ${path}:5`, `bad_json ${path}:6`, `bad_json ${path}:7`],
    );
    const [first, , second] = results;
    assert.ok(first?.ok && second?.ok);
    assert.equal(first.article.text, text, "text kept byte for byte");
    assert.equal(first.article.title, undefined, "empty title dropped");
    assert.equal(first.article.published, "2017-01-03");
    assert.equal(first.article.url, "http://news.example/a");
    assert.equal(second.article.published, "2018-05-06");
    assert.equal(second.article.title, "Numbered");
    const bad = results[1];
    assert.ok(bad && !bad.ok);
    assert.ok(bad.error.message.startsWith(`${path}:2: invalid JSON`), bad.error.message);
  });

  it("reports a file of blank lines as 'empty'", async () => {
    const path = join(dir, "blank.jsonl");
    await writeFile(path, "\n\n  \n");
    const results = await collect([path]);
    assert.deepEqual(results.map((r) => !r.ok && r.error.code), ["empty"]);
  });

  it("reads the shared seed corpus unchanged", async (t) => {
    const seed = join(process.cwd(), "..", "shared", "corpus", "seed-article.jsonl");
    if (!existsSync(seed)) {
      t.skip(`shared corpus not found at ${seed}`);
      return;
    }
    const expected = JSON.parse((await readFile(seed, "utf8")).split("\n")[0]!) as { id: string; text: string; title: string };
    const [result, ...rest] = await collect([seed]);
    assert.equal(rest.length, 0);
    assert.ok(result?.ok);
    assert.equal(result.article.id, expected.id);
    assert.equal(result.article.text, expected.text);
    assert.equal(result.article.title, expected.title);
    assert.equal(result.article.language, "en");
  });
});
