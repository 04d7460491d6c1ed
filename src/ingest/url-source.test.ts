import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { reply, startLocalServer } from "./local-test-server.js";
import { readSources } from "./read-sources.js";
import type { IngestOptions, SourceResult } from "./source.js";

async function readUrl(url: string, options: IngestOptions = { allowPrivate: true }): Promise<SourceResult> {
  const results: SourceResult[] = [];
  for await (const result of readSources([url], options)) results.push(result);
  assert.equal(results.length, 1, JSON.stringify(results));
  return results[0]!;
}

function assertError(result: SourceResult, code: string, pattern?: RegExp): void {
  assert.ok(!result.ok, `expected ${code}, got an article`);
  assert.equal(result.error.code, code, result.error.message);
  if (pattern) assert.match(result.error.message, pattern);
}

const PARAGRAPHS = [
  "Prosecutors charged two officers of a foreign intelligence service on Friday with breaking into the networks of a water utility in the north of the country.",
  "The indictment says the men used a phishing campaign to obtain passwords and then moved through the network for several months without being detected.",
];
const ARTICLE = `<!DOCTYPE html><html><head><title>Officers charged</title></head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;

describe("URL sources (local server on 127.0.0.1)", () => {
  let server: Awaited<ReturnType<typeof startLocalServer>>;
  let loopHits = 0;
  const stalled: Array<{ destroy(): void }> = [];

  before(async () => {
    server = await startLocalServer({
      "/article": reply(ARTICLE),
      "/latin1": reply(Buffer.from(`<html><body><article><p>${PARAGRAPHS[0]} Déclaration du ministère.</p></article></body></html>`, "latin1"), {
        "content-type": "text/html; charset=ISO-8859-1",
      }),
      "/plain": reply(`${PARAGRAPHS.join("\n")}\n`, { "content-type": "text/plain; charset=utf-8" }),
      "/untyped": reply(ARTICLE, {}),
      "/hop1": reply("", { location: "/hop2" }, 301),
      "/hop2": reply("", { location: "/article" }, 302),
      "/loop": (_request, response) => {
        loopHits++;
        response.writeHead(302, { location: "/loop" }).end();
      },
      "/to-file": reply("", { location: "file:///etc/passwd" }, 302),
      "/pdf": reply("%PDF-1.7 not really", { "content-type": "application/pdf" }),
      "/binary": reply(Buffer.from([0x3c, 0x70, 0x3e, 0, 0, 1, 2, 0x3c]), { "content-type": "text/html" }),
      "/error": reply("boom", { "content-type": "text/plain" }, 500),
      "/empty": reply("", { "content-type": "text/html" }),
      "/huge-streamed": (_request, response) => {
        // No Content-Length: the limit must hold while streaming.
        response.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, "a");
        let sent = 0;
        const pump = () => {
          while (sent < 4 * 1024 * 1024) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once("drain", pump);
          }
          response.end();
        };
        response.on("error", () => {});
        pump();
      },
      "/huge-declared": (_request, response) => {
        response.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
        response.write("<html>");
        stalled.push(response);
      },
      "/slow-headers": (_request, response) => {
        stalled.push(response);
      },
      "/slow-body": (_request, response) => {
        response.writeHead(200, { "content-type": "text/html" });
        response.write("<html><body><p>started");
        stalled.push(response);
      },
    });
  });
  after(async () => {
    for (const response of stalled) response.destroy();
    await server.close();
  });

  it("reads an article page", async () => {
    const result = await readUrl(`${server.url}/article`);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.article.text, PARAGRAPHS.join("\n"));
    assert.equal(result.article.url, `${server.url}/article`);
    assert.equal(result.article.title, "Officers charged");
  });

  it("decodes the charset from the Content-Type header", async () => {
    const result = await readUrl(`${server.url}/latin1`);
    assert.ok(result.ok, JSON.stringify(result));
    assert.match(result.article.text, /Déclaration du ministère\.$/);
  });

  it("reads plain text and sniffs HTML sent without a Content-Type", async () => {
    const plain = await readUrl(`${server.url}/plain`);
    assert.ok(plain.ok, JSON.stringify(plain));
    assert.equal(plain.article.text, PARAGRAPHS.join("\n"));
    assert.equal(plain.article.url, `${server.url}/plain`);
    const untyped = await readUrl(`${server.url}/untyped`);
    assert.ok(untyped.ok, JSON.stringify(untyped));
    assert.equal(untyped.article.text, PARAGRAPHS.join("\n"));
  });

  it("follows redirects and records the final address", async () => {
    const result = await readUrl(`${server.url}/hop1`);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.article.url, `${server.url}/article`);
  });

  it("stops after the redirect limit", async () => {
    loopHits = 0;
    assertError(await readUrl(`${server.url}/loop`, { allowPrivate: true, maxRedirects: 3 }), "fetch_failed", /more than 3 redirects/);
    assert.equal(loopHits, 4, "the first request and three redirects");
    loopHits = 0;
    assertError(await readUrl(`${server.url}/loop`), "fetch_failed", /more than 5 redirects/);
    assert.equal(loopHits, 6);
  });

  it("refuses redirects to other schemes", async () => {
    assertError(await readUrl(`${server.url}/to-file`), "unsupported_type", /only http and https/);
  });

  it("refuses unsupported content types, binary bodies, HTTP errors and empty bodies", async () => {
    assertError(await readUrl(`${server.url}/pdf`), "unsupported_type", /application\/pdf/);
    assertError(await readUrl(`${server.url}/binary`), "binary");
    assertError(await readUrl(`${server.url}/error`), "fetch_failed", /HTTP 500/);
    assertError(await readUrl(`${server.url}/empty`), "empty");
  });

  it("cuts off bodies over the size limit, declared or streamed", async () => {
    const options = { allowPrivate: true, maxBodyBytes: 1024 * 1024 };
    assertError(await readUrl(`${server.url}/huge-streamed`, options), "too_large", /over the limit/);
    assertError(await readUrl(`${server.url}/huge-declared`, options), "too_large");
  });

  it("gives up after the timeout, waiting for headers or for the body", async () => {
    for (const path of ["/slow-headers", "/slow-body"]) {
      const started = performance.now();
      assertError(await readUrl(`${server.url}${path}`, { allowPrivate: true, timeoutMs: 300 }), "timeout", /300 ms/);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 2000, `${path} took ${elapsed} ms`);
    }
  });

  it("refuses 127.0.0.1 without allowPrivate, before connecting", async () => {
    let hits = 0;
    const guarded = await startLocalServer({ "/": (_request, response) => void (hits++, response.end("x")) });
    try {
      const result = await readUrl(`${guarded.url}/`, {});
      assertError(result, "blocked_address", /127\.0\.0\.1.*--allow-private/);
      // Other spellings of 127.0.0.1 that URL parsing normalizes.
      const port = new URL(guarded.url).port;
      for (const alias of [`http://0x7f.1:${port}/`, `http://2130706433:${port}/`, `http://127.1:${port}/`]) {
        assertError(await readUrl(alias, {}), "blocked_address");
      }
      assert.equal(hits, 0);
    } finally {
      await guarded.close();
    }
  });

  it("reports a refused connection as fetch_failed", async () => {
    const closed = await startLocalServer({});
    const url = closed.url;
    await closed.close();
    assertError(await readUrl(`${url}/`), "fetch_failed", /ECONNREFUSED/);
  });

  it("refuses URLs with schemes other than http and https", async () => {
    assertError(await readUrl("ftp://127.0.0.1/file.txt"), "unsupported_type");
  });
});
