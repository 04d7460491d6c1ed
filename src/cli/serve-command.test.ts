import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { isLoopbackHost } from "../server/http/auth.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "bin", "attrib");
const tmp = mkdtempSync(join(tmpdir(), "attrib-serve-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

test("serve fills an empty store with the samples, serves API and app, and stops on SIGTERM", async () => {
  const child = spawn(bin, ["serve", "--db", join(tmp, "a.db"), "--port", "0"], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "serving" line after 60 s: ${stderr}`)), 60_000);
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
      if (m) (clearTimeout(timer), resolve(m[1]!));
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  try {
    assert.match(stderr, /loaded 17 sample articles/);
    assert.match(stderr, /writes: open/);
    const stats = (await (await fetch(`${url}api/stats`)).json()) as { documents: number };
    assert.equal(stats.documents, 17);
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="root">/);
  } finally {
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    assert.equal(await exited, 0);
  }
});

test("serve refuses a bad port with a one-line error", () => {
  const r = spawnSync(bin, ["serve", "--db", join(tmp, "b.db"), "--port", "http"], { encoding: "utf8", cwd: root });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port/);
});

test("loopback hosts are recognised; others are not", () => {
  for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"]) assert.equal(isLoopbackHost(h), true, h);
  for (const h of ["0.0.0.0", "::", "192.168.1.2", "10.0.0.1", "example.org", "127.0.0.1.example.org"]) assert.equal(isLoopbackHost(h), false, h);
});
