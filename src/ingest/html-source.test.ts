import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { htmlToArticle } from "./html-source.js";
import { readSources } from "./read-sources.js";
import { resolveIngestOptions } from "./source.js";

const options = resolveIngestOptions();

const PARAGRAPHS = [
  "Officials in Tirana said on Tuesday that a hacking group working for a foreign intelligence service broke into the servers of the national registry last month.",
  "The ministry's statement named the group and said investigators had found the same tools used in an earlier intrusion against the tax office, which lasted for several weeks.",
  "The accused government rejected the claim within hours, calling it a fabrication meant to damage relations between the two countries.",
];

const BOILERPLATE_PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<title>Registry breach blamed on state hackers | Example Daily</title>
<meta property="og:title" content="Registry breach blamed on state hackers">
<meta property="article:published_time" content="2023-03-14T08:15:00+01:00">
<link rel="canonical" href="/news/registry-breach">
<script>window.trackingQueue = ["pageview", "TRACKING-SCRIPT-TEXT"];</script>
<style>.nav { color: red } /* STYLE-TEXT */</style>
</head><body>
<header><div class="logo">Example Daily</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World NAV-LINK</a></li><li><a href="/tech">Technology</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="ad-banner sponsored"><a href="https://ads.example/click">ADVERT-TEXT Buy cheap watches now, limited offer!</a></div>
<main><article>
<h1>Registry breach blamed on state hackers</h1>
<p class="byline">By A. Reporter</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">RELATED-LINK One story</a></li><li><a href="/b">Another story</a></li></ul></aside>
</main>
<footer><p>FOOTER-TEXT Copyright 2023 Example Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<script>document.write("SCRIPT-TEXT");</script>
</body></html>`;

describe("htmlToArticle", () => {
  it("keeps only the article body, one paragraph per line", () => {
    const article = htmlToArticle(BOILERPLATE_PAGE, { origin: "page.html", pageUrl: "https://news.example/x?ref=1", options });
    for (const paragraph of PARAGRAPHS) {
      assert.ok(article.text.split("\n").includes(paragraph), `missing paragraph line: ${paragraph.slice(0, 40)}`);
    }
    for (const junk of ["NAV-LINK", "ADVERT-TEXT", "FOOTER-TEXT", "SCRIPT-TEXT", "TRACKING-SCRIPT-TEXT", "STYLE-TEXT", "RELATED-LINK"]) {
      assert.ok(!article.text.includes(junk), `boilerplate leaked: ${junk}`);
    }
    assert.equal(article.title, "Registry breach blamed on state hackers");
    assert.equal(article.published, "2023-03-14");
    assert.equal(article.url, "https://news.example/news/registry-breach");
    assert.equal(article.language, "en");
  });

  it("reads datePublished from JSON-LD @graph and the canonical og:url", () => {
    const html = `<html><head>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Site","datePublished":"2001-01-01"},
        {"@type":["NewsArticle"],"headline":"Graph headline","datePublished":"2021-11-02T10:00:00Z"}]}</script>
      <script type="application/ld+json">{ not json </script>
      <meta property="og:url" content="https://news.example/graph">
      </head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const article = htmlToArticle(html, { origin: "graph.html", options });
    assert.equal(article.published, "2021-11-02");
    assert.equal(article.title, "Graph headline");
    assert.equal(article.url, "https://news.example/graph");
  });

  it("falls back to <time datetime> inside the article, then to the published option", () => {
    const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join("");
    const withTime = htmlToArticle(`<body><article><time datetime="2020-05-06T09:00">6 May</time>${body}</article></body>`, {
      origin: "t.html",
      options,
    });
    assert.equal(withTime.published, "2020-05-06");
    const without = htmlToArticle(`<body><article>${body}</article></body>`, {
      origin: "t.html",
      options: resolveIngestOptions({ published: "2019-01-31" }),
    });
    assert.equal(without.published, "2019-01-31");
  });

  it("still yields text from malformed HTML", () => {
    const html = `<html><body><div><p>Unclosed paragraph about a breach at the port authority, confirmed by officials
      <p>Second unclosed paragraph <b>bold <i>crossed</b> tags</i> with more words to read <div></span></body>`;
    const article = htmlToArticle(html, { origin: "broken.html", options });
    assert.match(article.text, /Unclosed paragraph about a breach/);
    assert.match(article.text, /Second unclosed paragraph/);
  });

  it("reads pages missing <html>/<body>, joins single <br> lines and drops a repeated headline", () => {
    const html = `<title>Port hack</title><h1>Port hack</h1><p>The port authority said the intrusion<br>began on Friday night.</p><p>Officials<br><br>declined to comment.</p>`;
    const article = htmlToArticle(html, { origin: "fragment.html", options });
    assert.equal(article.title, "Port hack");
    assert.equal(article.text, "The port authority said the intrusion began on Friday night.\nOfficials\ndeclined to comment.");
  });

  it("refuses a page with no text as 'empty'", () => {
    assert.throws(
      () => htmlToArticle(`<html><head><script>var a = 1;</script></head><body><nav><a href="/">Home</a></nav></body></html>`, { origin: "blank.html", options }),
      (error: Error & { code?: string }) => error.code === "empty" && error.message.includes("blank.html"),
    );
  });
});

describe("HTML files through readSources", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "attrib-html-"));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("detects a French article and decodes its declared charset", async () => {
    const french = [
      "Le gouvernement a accusé mardi un groupe de pirates informatiques lié aux services de renseignement étrangers d'avoir attaqué les serveurs du ministère.",
      "Selon le communiqué, les enquêteurs ont retrouvé les mêmes outils que lors d'une intrusion précédente contre l'administration fiscale, qui avait duré plusieurs semaines.",
      "Le pays mis en cause a démenti toute implication et a dénoncé une campagne de désinformation.",
    ];
    const html = `<html><head><meta charset="iso-8859-1"><title>Cyberattaque</title></head><body><article>${french
      .map((p) => `<p>${p}</p>`)
      .join("")}</article></body></html>`;
    const path = join(dir, "article-fr.html");
    await writeFile(path, Buffer.from(html, "latin1"));
    const results = [];
    for await (const result of readSources([path])) results.push(result);
    assert.equal(results.length, 1);
    const [result] = results;
    assert.ok(result?.ok, JSON.stringify(result));
    assert.equal(result.article.language, "fra");
    assert.ok(result.article.text.includes("démenti toute implication"));
  });
});
