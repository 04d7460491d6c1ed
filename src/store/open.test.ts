import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { openStore, sqlitePath } from "./open.js";
import { articleA } from "./store-fixtures.js";

describe("openStore", () => {
  it("reads sqlite: URLs as file paths", () => {
    assert.equal(sqlitePath("sqlite:data/a.db"), "data/a.db");
    assert.equal(sqlitePath("sqlite:///var/a.db"), "/var/a.db");
    assert.equal(sqlitePath("sqlite::memory:"), ":memory:");
    assert.equal(sqlitePath("./attrib.db"), "./attrib.db");
  });

  it("opens an SQLite file in WAL mode, from a sqlite: URL or from ATTRIB_DB", async () => {
    const dir = mkdtempSync(join(tmpdir(), "attrib-open-"));
    const saved = process.env.ATTRIB_DB;
    try {
      const file = join(dir, "a.db");
      const store = await openStore(`sqlite:${file}`);
      await store.putDocument(articleA);
      await store.close();
      const raw = new BetterSqlite3(file, { readonly: true });
      assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
      assert.equal((raw.prepare("select count(*) as n from documents").get() as { n: number }).n, 1);
      raw.close();

      process.env.ATTRIB_DB = file;
      const again = await openStore();
      assert.equal((await again.stats()).documents, 1, "ATTRIB_DB names the same file");
      await again.close();
    } finally {
      if (saved === undefined) delete process.env.ATTRIB_DB;
      else process.env.ATTRIB_DB = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
