import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openStore } from "../../store/index.js";
import { createApp } from "../app.js";

const root = mkdtempSync(join(tmpdir(), "attrib-web-"));
mkdirSync(join(root, "assets"));
writeFileSync(join(root, "index.html"), "<!doctype html><title>app shell</title>");
writeFileSync(join(root, "assets", "app-1.js"), "console.log(1)");
writeFileSync(join(tmpdir(), "attrib-secret.txt"), "TOP-SECRET-CONTENT");
const store = await openStore("sqlite::memory:");
const app = createApp({ store, webRoot: root });
after(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(join(tmpdir(), "attrib-secret.txt"), { force: true });
});

test("the web app is served at / and deep links get the app shell", async () => {
  for (const path of ["/", "/incidents/inc-1", "/documents/a%20b"]) {
    const res = await app.request(path);
    assert.equal(res.status, 200, path);
    assert.match(await res.text(), /app shell/);
    assert.match(res.headers.get("content-type") ?? "", /text\/html/);
  }
});

test("assets are served with their type and long caching; missing assets are 404", async () => {
  const res = await app.request("/assets/app-1.js");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /javascript/);
  assert.match(res.headers.get("cache-control") ?? "", /immutable/);
  assert.equal((await app.request("/assets/missing.js")).status, 404);
});

test("paths cannot leave the web root", async () => {
  for (const path of ["/..%2fattrib-secret.txt", "/%2e%2e/attrib-secret.txt", "/assets/..%2f..%2fattrib-secret.txt"]) {
    const res = await app.request(path);
    assert.doesNotMatch(await res.text(), /TOP-SECRET-CONTENT/, path);
    assert.notEqual(res.status, 200, path);
  }
});

test("API errors stay JSON even with the web app mounted", async () => {
  const res = await app.request("/api/unknown");
  assert.equal(res.status, 404);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, "not_found");
});
