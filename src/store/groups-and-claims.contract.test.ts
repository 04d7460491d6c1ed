/**
 * Contract cases for imported threat groups and the claim listing, on every dialect (see
 * store.contract.test.ts for the harness rules). Group names are invented.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { postgresHarness, sqliteHarness, type DialectHarness } from "./store-harness.js";
import { StoreError } from "./store.js";
import { articleA, articleB, eventsA, eventsB, extractionOf } from "./store-fixtures.js";

const harnesses: DialectHarness[] = [sqliteHarness(), await postgresHarness()];

const MISP = "/knowledge/galaxy.json";
const ATTACK = "/knowledge/bundle.json";

for (const h of harnesses) {
  describe(`store contract (groups, claims): ${h.name}`, { skip: h.skip }, () => {
    after(() => h.cleanup());

    it("can open a store", () => {
      if (h.failure) assert.fail(h.failure);
    });

    it("imports groups, merges the same group across sources, lists them by name", async () => {
      const store = await h.open();
      const first = await store.importGroups(MISP, [
        { name: "Velvet Heron", aliases: ["VH-12", "velvet heron"], country: "XA", sponsor: "Syldavia" },
        { name: "Quartz Lantern", aliases: [] },
        { name: "velvet  HERON", aliases: ["Heron Team"] }, // the same group twice in one file
      ]);
      assert.deepEqual(first, { source: MISP, groups: 2, added: 2, merged: 0, removed: 0 });
      const second = await store.importGroups(ATTACK, [{ name: "Velvet Heron", aliases: ["Grey Wader"], country: "XB" }]);
      assert.deepEqual(second, { source: ATTACK, groups: 1, added: 0, merged: 1, removed: 0 });
      assert.deepEqual(await store.listImportedGroups(), [
        { name: "Quartz Lantern", aliases: [], sources: [MISP] },
        {
          name: "Velvet Heron",
          aliases: ["VH-12", "Heron Team", "Grey Wader"],
          country: "XA", // the first source's country wins; the other is not lost in the row
          sponsor: "Syldavia",
          sources: [MISP, ATTACK],
        },
      ]);
    });

    it("re-importing a source replaces what it said; removal by source or by alias", async () => {
      const store = await h.open();
      await store.importGroups(MISP, [{ name: "Velvet Heron", aliases: ["VH-12"] }, { name: "Quartz Lantern", aliases: [] }]);
      await store.importGroups(ATTACK, [{ name: "Velvet Heron", aliases: ["Grey Wader"] }]);
      const again = await store.importGroups(MISP, [{ name: "Velvet Heron", aliases: ["VH-13"] }]);
      assert.deepEqual(again, { source: MISP, groups: 1, added: 0, merged: 1, removed: 1 });
      assert.deepEqual((await store.listImportedGroups()).map((g) => [g.name, g.aliases]), [["Velvet Heron", ["Grey Wader", "VH-13"]]], "the older import comes first");

      assert.equal(await store.removeImportedGroups({ source: ATTACK }), 1);
      assert.deepEqual(await store.listImportedGroups(), [{ name: "Velvet Heron", aliases: ["VH-13"], sources: [MISP] }]);
      assert.equal(await store.removeImportedGroups({ name: "vh-13" }), 1, "found by its alias, case-insensitive");
      assert.deepEqual(await store.listImportedGroups(), []);
      assert.equal(await store.removeImportedGroups({ name: "No Such Group" }), 0);
    });

    it("rejects bad groups and empty filters before writing anything", async () => {
      const store = await h.open();
      await assert.rejects(store.importGroups(MISP, [{ name: "Fine", aliases: [] }, { name: "Bad", aliases: [], country: "Syldavia" }]), (e: unknown) => {
        assert.ok(e instanceof StoreError);
        assert.equal(e.code, "invalid_input");
        assert.match(e.message, /group 1 \(Bad\).*country/);
        return true;
      });
      assert.deepEqual(await store.listImportedGroups(), []);
      await assert.rejects(store.removeImportedGroups({}), /give a name or a source/);
    });

    it("lists claims with their attribution events, all or per incident", async () => {
      const store = await h.open();
      await store.saveExtraction(articleA, extractionOf(articleA, eventsA()));
      await store.saveExtraction(articleB, extractionOf(articleB, eventsB()));
      const claims = await store.listClaims();
      assert.equal(claims.length, 1, "both articles' Syldavia → Borduria statements are one claim");
      const [claim] = claims;
      assert.equal(claim!.attributor.name, "Syldavia");
      assert.equal(claim!.accused.name, "Borduria");
      const attributions = (await store.listEvents({ type: "attribution" })).map((e) => e.id).sort();
      assert.deepEqual(claim!.eventIds, attributions);
      assert.ok(claim!.incidentId);
      assert.deepEqual((await store.listClaims({ incidentId: claim!.incidentId! })).map((c) => c.id), [claim!.id]);
      assert.deepEqual(await store.listClaims({ incidentId: "no-such-incident" }), []);
    });
  });
}
