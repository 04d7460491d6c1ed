import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { extract } from "../extraction/extract.js";
import { setExtraActors } from "../extraction/recognize/lexicon.js";
import { mispGalaxy, stixBundle } from "../knowledge/fixtures/group-files.js";
import { parseGroupFile } from "../knowledge/group-files.js";
import { openStore } from "../store/index.js";
import { useImportedGroups } from "./imported-groups.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "bin", "attrib");
const sharedGalaxy = join(root, "..", "shared", "knowledge", "misp-galaxy", "threat-actor.json");
const tmp = mkdtempSync(join(tmpdir(), "attrib-knowledge-"));
const attrib = (args: string[]) => spawnSync(bin, args, { encoding: "utf8", cwd: root, env: { ...process.env, ATTRIB_DB: "" } });
const file = (name: string, content: string) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
after(() => {
  setExtraActors([]); // the lexicon is process-wide: leave it as other tests expect
  rmSync(tmp, { recursive: true, force: true });
});

// Our own sentence about an invented group.
const article = {
  id: "kettle-1",
  published: "2024-05-02",
  text: "Estonian officials said on Tuesday that Mossy Kettle was behind the cyberattack on the Estonian tax authority in April.",
};
const accusedOf = (a: typeof article) => extract(a).events.find((e) => e.type === "attribution")?.accused;

test("after an import, extraction recognises a group it did not know", async () => {
  setExtraActors([]);
  assert.notEqual(accusedOf(article)?.kind, "group", "an unknown name is not taken for a group");

  const store = await openStore(join(tmp, "extract.db"));
  try {
    await store.importGroups("/files/galaxy.json", parseGroupFile(JSON.stringify(mispGalaxy)).groups);
    assert.equal(await useImportedGroups(store), 5, "the five named groups of the file");
  } finally {
    await store.close();
  }
  assert.deepEqual(accusedOf(article), { name: "Mossy Kettle", kind: "group", country: "RU" });
  // An alias works too, and names the group by its canonical name.
  assert.deepEqual(accusedOf({ ...article, text: article.text.replace("Mossy Kettle", "MK-77") }), {
    name: "Mossy Kettle",
    kind: "group",
    country: "RU",
    aliases: ["MK-77"],
  });
});

test("knowledge import, list, re-import of another format, remove by source and by alias", () => {
  const db = join(tmp, "cli.db");
  const misp = file("galaxy.json", JSON.stringify(mispGalaxy));
  const bundle = file("bundle.json", JSON.stringify({ ...stixBundle, objects: [...stixBundle.objects, { type: "intrusion-set", id: "intrusion-set--00000000-0000-4000-8000-0000000000ff", spec_version: "2.1", created: "2024-01-01T00:00:00Z", modified: "2024-01-01T00:00:00Z", name: "Mossy Kettle", aliases: ["Kettle Boilers"] }] }));

  const first = attrib(["knowledge", "import", misp, "--db", db]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /imported 5 group\(s\) .*\(misp-galaxy\): 5 new, 0 already known and merged; 1 entry skipped/);
  const second = attrib(["knowledge", "import", bundle, "--db", db]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /imported 4 group\(s\) .*\(stix-bundle\): 3 new, 1 already known and merged/);

  const listed = JSON.parse(attrib(["knowledge", "list", "--db", db, "--format", "json"]).stdout) as { name: string; aliases: string[]; country?: string; sources: string[] }[];
  assert.equal(listed.length, 8);
  const kettle = listed.find((g) => g.name === "Mossy Kettle");
  assert.deepEqual(kettle?.aliases.includes("Kettle Boilers") && kettle.aliases.includes("MK-77"), true, "merged across the two files");
  assert.deepEqual(kettle?.sources, [misp, bundle]);
  assert.match(attrib(["knowledge", "list", "--db", db]).stdout, /Copper Wren\s+IR\s+Iran/);

  const bySource = attrib(["knowledge", "remove", "--source", bundle, "--db", db]);
  assert.equal(bySource.status, 0, bySource.stderr);
  assert.match(bySource.stdout, /removed 4 /);
  const byAlias = attrib(["knowledge", "remove", "Lynx Unit", "--db", db]);
  assert.match(byAlias.stdout, /removed 1 /);
  const left = JSON.parse(attrib(["knowledge", "list", "--db", db, "--format", "json"]).stdout) as { name: string }[];
  assert.deepEqual(left.map((g) => g.name).sort(), ["Ash Harrier", "Mossy Kettle", "Pale Orchid", "Quiet Ferret"]);
  assert.equal(attrib(["knowledge", "remove", "Nobody", "--db", db]).status, 1, "nothing removed is a failure");
});

test("knowledge import refuses a file that is not a group file, naming it", () => {
  const bad = file("notes.json", JSON.stringify({ hello: "world" }));
  const r = attrib(["knowledge", "import", bad, "--db", join(tmp, "bad.db")]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^attrib: .*notes\.json: expected a MISP galaxy cluster file/);
  const absent = attrib(["knowledge", "import", join(tmp, "nope.json"), "--db", join(tmp, "bad.db")]);
  assert.equal(absent.status, 2);
  assert.match(absent.stderr, /nope\.json: no such file/);
  const missing = attrib(["knowledge", "remove", "--db", join(tmp, "bad.db")]);
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /give a group NAME or --source FILE/);
});

test("the shared MISP threat-actor galaxy imports", { skip: !existsSync(sharedGalaxy) && `${sharedGalaxy} is absent` }, () => {
  const db = join(tmp, "shared.db");
  const r = attrib(["knowledge", "import", sharedGalaxy, "--db", db]);
  assert.equal(r.status, 0, r.stderr);
  const count = Number(/imported (\d+) group/.exec(r.stdout)?.[1]);
  assert.ok(count > 900, r.stdout);
  const again = attrib(["knowledge", "import", sharedGalaxy, "--db", db]);
  assert.match(again.stdout, new RegExp(`imported ${count} group\\(s\\).*: 0 new, ${count} already known and merged`), "re-import is a merge, not a duplicate");
  const listed = JSON.parse(attrib(["knowledge", "list", "--db", db, "--format", "json"]).stdout) as { name: string; country?: string }[];
  assert.equal(listed.length, count);
  assert.equal(listed.find((g) => g.name === "APT1")?.country, "CN");
});
