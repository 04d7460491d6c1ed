import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serve, type ServerType } from "@hono/node-server";
import type { Page } from "playwright-core";
import { openStore, type Store } from "../../store/index.js";
import { createApp, WEB_ROOT } from "../app.js";
import { loadSamplesIfEmpty } from "../sample-seed.js";
import { CHROMIUM, launch, screenshot, selectDocumentText, type Browser } from "./browser.js";

const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (apt-get install chromium; .ci/run does)`;
let dir: string;
let store: Store;
let server: ServerType;
let base: string;
let browser: Browser;
let page: Page;

before(async () => {
  if (skip) return;
  assert.ok(existsSync(join(WEB_ROOT, "index.html")), "dist/web is not built: npm run build builds it");
  dir = mkdtempSync(join(tmpdir(), "attrib-e2e-"));
  store = await openStore(join(dir, "e2e.db"));
  await loadSamplesIfEmpty(store);
  const app = createApp({ store });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  browser = await launch();
  page = browser.page;
  page.on("pageerror", (e) => console.error("page error:", e.message));
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** From the incidents list, filtered by victim name (ids change as extraction improves). */
async function openAlbaniaDossier(): Promise<void> {
  await page.goto(`${base}/incidents`);
  await page.locator("input[name=victim]").fill("Albania");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.locator("a.incident-link", { hasText: /^Albania$/ }).first().click();
  await page.locator("h1", { hasText: "Attack on Albania" }).waitFor();
  await page.locator(".timeline-item").first().waitFor();
}

const timelineItems = () =>
  page.$$eval(".timeline-item", (items) =>
    items.map((li) => ({
      id: li.getAttribute("data-event-id")!,
      date: li.getAttribute("data-date")!,
      type: [...li.classList].find((c) => c.startsWith("type-"))!.slice(5),
      roles: [...li.querySelectorAll(".role")].map((r) => r.textContent ?? ""),
      quote: li.querySelector(".quote")?.textContent ?? "",
    })),
  );

test("overview, incidents list and the Albania dossier's timeline in date order", { skip }, async () => {
  await page.goto(base);
  await page.locator("h1", { hasText: "Overview" }).waitFor();
  await page.locator(".map path.country.hit").first().waitFor();
  assert.ok((await page.locator(".event-list li").count()) > 0, "latest events listed");
  await screenshot(page, "01-overview");
  await page.getByRole("link", { name: "Incidents", exact: true }).click();
  await page.locator("table.incidents tbody tr").first().waitFor();
  await screenshot(page, "02-incidents");
  await openAlbaniaDossier();
  const items = await timelineItems();
  assert.ok(items.length >= 2, "the dossier has a timeline");
  const dated = items.filter((i) => i.date).map((i) => i.date);
  assert.deepEqual(dated, [...dated].sort(), "dated entries in date order");
  const firstUndated = items.findIndex((i) => !i.date);
  if (firstUndated >= 0) assert.ok(items.slice(firstUndated).every((i) => !i.date), "undated entries come after dated ones");
  await screenshot(page, "03-dossier");
});

test("the evidence of the Albania → Iran attribution is highlighted in its source", { skip }, async () => {
  await openAlbaniaDossier();
  const isAlbaniaIran = (i: { type: string; roles: string[] }) =>
    i.type === "attribution" && i.roles.some((r) => /attributor\s*Albania/i.test(r)) && i.roles.some((r) => /accused\s*(Iran|Islamic Republic)/i.test(r));
  if (!(await timelineItems()).some(isAlbaniaIran)) {
    // The extractor does not find this claim yet: a reviewer adds it from the text, through the reader.
    console.log("# Albania → Iran attribution not extracted; adding it through the reader's selection tool");
    const doc = (await (await fetch(`${base}/api/documents/sample-albania-cuts-ties-with-iran`)).json()) as { text: string };
    const start = doc.text.indexOf("Prime Minister Edi Rama");
    assert.ok(start >= 0);
    await page.goto(`${base}/documents/sample-albania-cuts-ties-with-iran`);
    await page.locator(".document-text").waitFor();
    await selectDocumentText(page, start, doc.text.indexOf(".", start) + 1);
    await page.getByRole("button", { name: "Add missing event from selection" }).click();
    const form = page.getByRole("form", { name: "event editor" });
    await form.locator("select[name=type]").selectOption("attribution");
    await form.getByLabel("attributor name").fill("Albania");
    await form.getByLabel("attributor country").fill("AL");
    await form.getByLabel("accused name").fill("Iran");
    await form.getByLabel("accused country").fill("IR");
    await form.getByRole("button", { name: "Add event" }).click();
    await page.locator("mark.evidence.focus").first().waitFor();
    await openAlbaniaDossier();
  }
  const claim = (await timelineItems()).find(isAlbaniaIran);
  assert.ok(claim, "the dossier lists the Albania → Iran attribution");
  await page.locator(`.timeline-item[data-event-id="${claim.id}"] a.source-link`).first().click();
  await page.locator("mark.evidence.focus").first().waitFor();
  const highlighted = (await page.locator("mark.evidence.focus").allTextContents()).join("");
  // An event can rest on several sentences; the one the dossier quotes must be among those highlighted.
  const quote = claim.quote.replace(/\s+/g, " ").trim();
  assert.ok(quote.length > 0, "the dossier quotes the evidence");
  assert.ok(highlighted.replace(/\s+/g, " ").includes(quote), `the highlighted text holds the evidence sentence: ${highlighted}`);
  assert.ok(await page.locator("mark.evidence.focus").first().isVisible());
  await screenshot(page, "04-reader-evidence");
});

test("rejecting an event in the review queue removes it from the dossier", { skip }, async () => {
  await openAlbaniaDossier();
  const victim = (await timelineItems()).find((i) => i.type !== "attack" && i.type !== "attribution");
  assert.ok(victim, "a non-attack event to reject");
  await page.locator(`.timeline-item[data-event-id="${victim.id}"] a.review-link`).click();
  const row = page.locator(`.review-item[data-event-id="${victim.id}"]`);
  await row.waitFor();
  await screenshot(page, "05-review");
  await row.getByRole("button", { name: "Reject" }).click();
  await row.locator(".badge.status-rejected").waitFor();
  await openAlbaniaDossier();
  assert.ok(!(await timelineItems()).some((i) => i.id === victim.id), "the rejected event is gone from the dossier");
});

test("a pasted article is extracted and its events appear", { skip }, async () => {
  await page.goto(`${base}/ingest`);
  await page.getByLabel("Title").fill("Estonia accuses Russia over ministry outage");
  await page.getByLabel("Text").fill(
    "Estonia's foreign ministry on Tuesday accused Russia's military intelligence service of a cyberattack that knocked government websites offline. " +
      "The Kremlin denied any involvement and called the accusation baseless.",
  );
  await page.getByRole("button", { name: "Extract and store" }).click();
  await page.locator('.job[data-state="done"]').waitFor({ timeout: 30_000 });
  await screenshot(page, "06-ingest");
  await page.locator("a.ingested-doc").first().click();
  await page.locator(".document-text").waitFor();
  assert.ok((await page.locator("mark.evidence").count()) >= 1, "events highlighted in the new document");
  assert.ok((await page.locator(".doc-events li").count()) >= 1, "events listed beside it");
  await screenshot(page, "07-ingested-document");
});

test("article text is shown as text, never run as HTML", { skip }, async () => {
  const res = await fetch(`${base}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Markup test", text: 'Poland accused Belarus of a cyberattack <img src=x onerror="window.__attribXss=1"><b>bold</b> on Monday.' }),
  });
  const job = (await res.json()) as { id: string };
  let done: { items: { documentId?: string }[]; state: string } | undefined;
  for (let i = 0; i < 100 && done?.state !== "done"; i++) {
    await new Promise((r) => setTimeout(r, 100));
    done = (await (await fetch(`${base}/api/ingest/${job.id}`)).json()) as typeof done;
  }
  const id = done?.items[0]?.documentId;
  assert.ok(id, "the markup article was stored");
  await page.goto(`${base}/documents/${encodeURIComponent(id)}`);
  await page.locator(".document-text").waitFor();
  assert.match((await page.locator(".document-text").textContent()) ?? "", /<img src=x onerror="window.__attribXss=1"><b>bold<\/b>/);
  assert.equal(await page.locator(".document-text img, .document-text b").count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __attribXss?: number }).__attribXss), undefined);
});

test("the other pages render (screenshots at laptop and phone widths)", { skip }, async () => {
  const pages: [string, string, string][] = [
    ["08-graph", "/graph", ".graph-canvas canvas"],
    ["09-actor", "/actors/Iran", "h1"],
    ["10-dyad", "/dyad?a=Albania&b=Iran", ".timeline-item"],
    ["11-search", "/search?q=sanctions", ".hits li"],
    ["12-documents", "/documents", "table tbody tr"],
    ["13-review-queue", "/review", ".review-item"],
  ];
  for (const [name, path, ready] of pages) {
    await page.goto(base + path);
    await page.locator(ready).first().waitFor();
    await screenshot(page, name);
  }
  // Keyboard: the skip link is the first stop and moves focus to the content.
  await page.goto(base);
  // Wait for the app to render before tabbing: a Tab pressed on a page still loading focuses nothing.
  await page.locator("h1", { hasText: "Overview" }).waitFor();
  await page.getByText("Skip to content").waitFor({ state: "attached" });
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
  const phone = await launch({ width: 390, height: 844 });
  try {
    for (const [name, path, ready] of [["14-phone-overview", "/", ".map"], ["15-phone-incidents", "/incidents", "table tbody tr"], ["16-phone-reader", "/documents/sample-albania-cuts-ties-with-iran", ".document-text"]]) {
      await phone.page.goto(base + path!);
      await phone.page.locator(ready!).first().waitFor();
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 2, `${path} is not wider than a phone (${overflow}px over)`);
      await screenshot(phone.page, name!);
    }
  } finally {
    await phone.close();
  }
});
