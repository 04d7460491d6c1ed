import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { reply, startLocalServer } from "./local-test-server.js";
import { readSources } from "./read-sources.js";
import type { IngestOptions, SourceResult } from "./source.js";

async function collect(inputs: string[], options?: IngestOptions): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for await (const result of readSources(inputs, options)) results.push(result);
  return results;
}

const STORY = [
  "The foreign ministry summoned the ambassador on Wednesday after investigators linked last month's intrusion at the electricity regulator to a unit of the country's military intelligence.",
  "According to the national cyber security centre, the attackers used stolen credentials to reach the billing systems and stayed undetected for at least six weeks before the breach was noticed.",
  "The ambassador's office said in a written reply that the accusations were baseless and that the country itself was a frequent victim of such campaigns, calling for evidence to be shared.",
  "Several allied governments issued statements of support, and the regulator said customer data had not been altered, although some account records may have been copied.",
];
const STORY_HTML = STORY.map((p) => `<p>${p}</p>`).join("\n");

const rss = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Example Wire</title><link>https://wire.example/</link>
<atom:link href="https://wire.example/feed" rel="self" type="application/rss+xml"/>
${items}
</channel></rss>`;

describe("RSS and Atom feeds", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "attrib-feed-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("uses an RSS item's full content:encoded text with the item's metadata", async () => {
    const path = join(dir, "full.rss");
    await writeFile(
      path,
      rss(`<item><title>Ambassador summoned over grid intrusion &amp; data theft</title>
        <link>https://wire.example/2023/grid</link><guid>https://wire.example/2023/grid</guid>
        <pubDate>Wed, 15 Mar 2023 09:30:00 +0100</pubDate>
        <description>Short teaser.</description>
        <content:encoded><![CDATA[${STORY_HTML}<script>alert("x")</script>]]></content:encoded></item>`),
    );
    const [result, ...rest] = await collect([path]);
    assert.equal(rest.length, 0);
    assert.ok(result?.ok, JSON.stringify(result));
    assert.equal(result.origin, `${path}#1`);
    assert.equal(result.article.text, STORY.join("\n"));
    assert.equal(result.article.title, "Ambassador summoned over grid intrusion & data theft");
    assert.equal(result.article.published, "2023-03-15");
    assert.equal(result.article.url, "https://wire.example/2023/grid");
    assert.equal(result.article.language, "en");
  });

  it("reads Atom entries with html and xhtml content, published before updated", async () => {
    const path = join(dir, "feed.atom");
    const escaped = STORY_HTML.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    await writeFile(
      path,
      `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2023-04-02T00:00:00Z</updated>
<entry><title type="html">First &lt;em&gt;entry&lt;/em&gt;</title><id>urn:entry:1</id>
  <link rel="alternate" type="text/html" href="https://atom.example/first"/><link rel="edit" href="https://atom.example/edit/1"/>
  <published>2023-04-01T22:00:00-05:00</published><updated>2023-04-02T10:00:00Z</updated>
  <content type="html">${escaped}</content></entry>
<entry><title>Second entry</title><id>urn:entry:2</id><updated>2023-04-03T08:00:00Z</updated>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${STORY_HTML}</div></content></entry>
</feed>`,
    );
    const results = await collect([path]);
    assert.equal(results.length, 2);
    const [first, second] = results;
    assert.ok(first?.ok && second?.ok, JSON.stringify(results));
    assert.equal(first.article.title, "First entry");
    assert.equal(first.article.published, "2023-04-01");
    assert.equal(first.article.url, "https://atom.example/first");
    assert.equal(first.article.text, STORY.join("\n"));
    assert.equal(second.article.published, "2023-04-03");
    assert.equal(second.article.url, undefined);
    assert.equal(second.article.text, STORY.join("\n"));
    assert.notEqual(first.article.id, second.article.id);
  });

  it("refuses malformed XML as 'bad_xml' naming the line", async () => {
    const path = join(dir, "broken.xml");
    await writeFile(path, `<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Unclosed</channel></rss>`);
    const results = await collect([path]);
    assert.equal(results.length, 1);
    const [result] = results;
    assert.ok(result && !result.ok);
    assert.equal(result.error.code, "bad_xml");
    assert.match(result.error.message, /line 3: expected <\/title>, found <\/channel>/);
  });

  it("refuses XML that is not a feed", async () => {
    const path = join(dir, "note.xml");
    await writeFile(path, `<?xml version="1.0"?><note><to>Someone</to></note>`);
    const [result] = await collect([path]);
    assert.ok(result && !result.ok);
    assert.equal(result.error.code, "bad_xml");
    assert.match(result.error.message, /not an RSS or Atom feed/);
  });

  it("refuses an entity-expansion bomb quickly, without expanding it", async () => {
    const path = join(dir, "bomb.rss");
    const levels = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? `<!ENTITY lol0 "lol">` : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
    ).join("\n");
    await writeFile(path, `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${levels}\n]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>`);
    const started = performance.now();
    const [result] = await collect([path]);
    const elapsed = performance.now() - started;
    assert.ok(result && !result.ok);
    assert.equal(result.error.code, "bad_xml");
    assert.match(result.error.message, /ENTITY/);
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
  });

  it("uses the teaser when an item has no full text and links are not fetched", async () => {
    const path = join(dir, "teasers.rss");
    await writeFile(path, rss(`<item><title>T</title><link>https://wire.example/t</link><description>&lt;p&gt;Only a teaser.&lt;/p&gt;</description></item>
      <item><title>Nothing</title><link>https://wire.example/n</link></item>`));
    const results = await collect([path]);
    assert.equal(results.length, 2);
    const [teaser, nothing] = results;
    assert.ok(teaser?.ok);
    assert.equal(teaser.article.text, "Only a teaser.");
    assert.ok(nothing && !nothing.ok);
    assert.equal(nothing.error.code, "empty");
    assert.match(nothing.error.message, /fetchLinks/);
  });
});

describe("feeds whose items only link to their articles", () => {
  let server: Awaited<ReturnType<typeof startLocalServer>>;
  before(async () => {
    const page = (title: string) =>
      `<html><head><title>${title} - Wire</title><meta property="article:published_time" content="2020-02-02"></head>
       <body><nav><a href="/">Home</a> <a href="/more">More</a></nav><article><h1>${title}</h1>${STORY_HTML}</article>
       <footer>PAGE-FOOTER</footer></body></html>`;
    server = await startLocalServer({
      "/feed": (request, response) => {
        const base = `http://${request.headers.host}`;
        response.writeHead(200, { "content-type": "application/rss+xml" }).end(
          rss(`<item><title>Feed title one</title><link>${base}/story/1</link><pubDate>Mon, 06 Mar 2023 10:00:00 GMT</pubDate><description>Teaser one.</description></item>
               <item><title>Missing page</title><link>${base}/story/404</link></item>
               <item><title>Relative link</title><link>/story/2</link></item>`),
        );
      },
      "/story/1": reply(page("Page title one")),
      "/story/2": reply(page("Page title two")),
    });
  });
  after(async () => {
    await server.close();
  });

  it("fetches each item's page, keeps the feed's title and date, and reports a failed page per item", async () => {
    const results = await collect([`${server.url}/feed`], { fetchLinks: true, allowPrivate: true });
    assert.equal(results.length, 3);
    const [one, missing, two] = results;
    assert.ok(one?.ok, JSON.stringify(one));
    assert.equal(one.article.title, "Feed title one");
    assert.equal(one.article.published, "2023-03-06");
    assert.equal(one.article.url, `${server.url}/story/1`);
    for (const paragraph of STORY) assert.ok(one.article.text.split("\n").includes(paragraph));
    assert.ok(!one.article.text.includes("PAGE-FOOTER"));

    assert.ok(missing && !missing.ok);
    assert.equal(missing.error.code, "fetch_failed");
    assert.match(missing.error.message, /HTTP 404/);
    assert.equal(missing.origin, `${server.url}/feed#2 (${server.url}/story/404)`);

    assert.ok(two?.ok, JSON.stringify(two));
    assert.equal(two.article.published, "2020-02-02", "page date when the feed has none");
    assert.equal(two.article.url, `${server.url}/story/2`);
  });

  it("fetches nothing from 127.0.0.1 without allowPrivate", async () => {
    const [result, ...rest] = await collect([`${server.url}/feed`], { fetchLinks: true });
    assert.equal(rest.length, 0);
    assert.ok(result && !result.ok);
    assert.equal(result.error.code, "blocked_address");
  });
});
