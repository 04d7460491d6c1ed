/**
 * One suite, every dialect: the same cases run against SQLite (temp file) and PostgreSQL (a fresh
 * database per case). PostgreSQL missing fails the suite unless ATTRIB_SKIP_PG=1.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { contentHash } from "./document-writes.js";
import { postgresHarness, sqliteHarness, type DialectHarness } from "./store-harness.js";
import { StoreError, type Store } from "./store.js";
import {
  articleA, articleB, BORDURIA, eventsA, eventsB, extractionOf, S_A1, S_A2, S_B2, SYLDAVIA, spanOf,
} from "./store-fixtures.js";

const harnesses: DialectHarness[] = [sqliteHarness(), await postgresHarness()];

async function saveBoth(store: Store) {
  await store.saveExtraction(articleA, extractionOf(articleA, eventsA()));
  await store.saveExtraction(articleB, extractionOf(articleB, eventsB()));
}

for (const h of harnesses) {
  describe(`store contract: ${h.name}`, { skip: h.skip }, () => {
    after(() => h.cleanup());

    it("can open a store", () => {
      if (h.failure) assert.fail(h.failure);
    });

    it("stores the same text once (idempotent put)", async () => {
      const store = await h.open();
      assert.deepEqual(await store.putDocument(articleA), { id: articleA.id, status: "inserted" });
      assert.deepEqual(await store.putDocument(articleA), { id: articleA.id, status: "unchanged" });
      assert.deepEqual(await store.putDocument({ ...articleA, id: "mirror-copy", url: "https://mirror.example/x" }), {
        id: articleA.id,
        status: "unchanged",
      });
      assert.equal(await store.hasDocumentHash(contentHash(articleA.text)), true);
      assert.equal(await store.hasDocumentHash(contentHash("something else")), false);
      assert.equal((await store.stats()).documents, 1);
    });

    it("makes a changed text at the same URL a new version of the document", async () => {
      const store = await h.open();
      await store.putDocument(articleA);
      const changed = { ...articleA, text: `${articleA.text} Update: the ministry restored its systems.` };
      const put = await store.putDocument(changed);
      assert.equal(put.status, "new-version");
      assert.equal(put.previousId, articleA.id);
      assert.notEqual(put.id, articleA.id);
      const old = await store.getDocument(articleA.id);
      const current = await store.getDocument(put.id);
      assert.equal(old?.document.supersededBy, put.id);
      assert.equal(current?.document.version, 2);
      assert.equal(current?.document.previousId, articleA.id);
      assert.equal(current?.document.text, changed.text);
      assert.equal((await store.stats()).documents, 1, "only the current version counts");

      const third = await store.putDocument({ ...changed, id: "harbour-times-1-rev", text: `${changed.text} More later.` });
      assert.deepEqual(third, { id: "harbour-times-1-rev", status: "new-version", previousId: put.id });
    });

    it("rolls back the whole document when one event fails", async () => {
      const store = await h.open();
      const [good] = eventsA();
      const bad = { ...good!, evidence: [{ start: 0, end: articleA.text.length + 10 }] };
      await assert.rejects(store.saveExtraction(articleA, extractionOf(articleA, [good!, bad])), (e: unknown) => {
        assert.ok(e instanceof StoreError);
        assert.equal(e.code, "invalid_input");
        return true;
      });
      assert.equal(await store.getDocument(articleA.id), undefined);
      assert.deepEqual(await store.stats(), { documents: 0, events: 0, eventsByType: {}, incidents: 0, actors: 0, claims: 0 });
      assert.deepEqual(await store.listActors(), []);

      const malformed = { ...good!, type: "rumour" } as unknown as typeof good & {};
      await assert.rejects(store.saveExtraction(articleA, extractionOf(articleA, [malformed])), /event 0 is not valid: type/);
      assert.equal(await store.getDocument(articleA.id), undefined);
    });

    it("merges one actor across documents, keeping every alias", async () => {
      const store = await h.open();
      await saveBoth(store);
      const states = await store.listActors({ kind: "state" });
      assert.deepEqual(
        states.map((a) => a.name),
        ["Borduria", "Syldavia"],
      );
      assert.deepEqual(states[0]!.aliases, ["Bordurian government"]);
      const profile = await store.getActor("bordurian GOVERNMENT");
      assert.deepEqual(profile?.actors.map((a) => a.id), ["state:XB:borduria"]);
      assert.equal(profile?.asAccused.length, 1);
      assert.equal(profile?.denials.length, 1);
      assert.deepEqual(profile?.responsesReceived.map((r) => r.type).sort(), ["diplomatic", "sanction"]);
      assert.equal(await store.getActor("Atlantis"), undefined);

      const council = { name: "Örnsköld Council", kind: "organization" as const };
      await store.addEvent(articleA.id, { type: "condemnation", actor: council, target: BORDURIA, evidence: [spanOf(articleA.text, S_A1)] });
      assert.equal((await store.getActor("ÖRNSKÖLD council"))?.responsesGiven.length, 1, "names match case-insensitively beyond ASCII");
    });

    it("groups one incident and one claim across two outlets", async () => {
      const store = await h.open();
      await saveBoth(store);
      const incidents = await store.listIncidents();
      assert.equal(incidents.length, 1);
      const [incident] = incidents;
      assert.equal(incident!.victim.name, "Ministry of Ports");
      assert.equal(incident!.attackEvents, 2);
      assert.equal(incident!.attackType, "wiper");
      assert.deepEqual(incident!.date, { value: "2021-03-14", precision: "day" });
      assert.deepEqual(incident!.accused.map((a) => a.name), ["Borduria"]);
      assert.deepEqual(incident!.sources.map((s) => s.documentId), [articleA.id, articleB.id]);

      const dossier = await store.getIncident(incident!.id);
      assert.equal(dossier?.claims.length, 1);
      const [claim] = dossier!.claims;
      assert.equal(claim!.attributor.name, SYLDAVIA.name);
      assert.equal(claim!.accused.name, BORDURIA.name);
      assert.equal(claim!.incidentId, incident!.id);
      assert.deepEqual(claim!.sources.map((s) => s.url), [articleA.url, articleB.url]);

      assert.equal((await store.listIncidents({ accused: "Borduria" })).length, 1);
      assert.equal((await store.listIncidents({ victim: "Syldavia" })).length, 0);
      assert.equal((await store.listIncidents({ since: "2021-03-01" })).length, 1);
      assert.equal((await store.listIncidents({ since: "2021-04" })).length, 0);
      assert.equal(await store.getIncident("inc-nope"), undefined);

      const dyad = await store.dyad("Syldavia", "Borduria");
      assert.equal(dyad.claims.length, 1);
      assert.deepEqual(dyad.timeline.map((e) => e.type).sort(), ["attribution", "attribution", "diplomatic"]);
    });

    it("remembers a bulk write that was not relinked, until relink() runs", async () => {
      const store = await h.open();
      assert.equal(await store.needsRelink(), false);
      await store.saveExtraction(articleA, extractionOf(articleA, eventsA()), { relink: false, extractionVersion: "t1" });
      await store.saveExtraction(articleB, extractionOf(articleB, eventsB()), { relink: false });
      assert.equal(await store.needsRelink(), true);
      assert.equal((await store.stats()).incidents, 0, "not grouped yet");
      await store.relink();
      assert.equal(await store.needsRelink(), false);
      assert.equal((await store.stats()).incidents, 1);
      await store.saveExtraction(articleA, extractionOf(articleA, eventsA()));
      assert.equal(await store.needsRelink(), false, "a write that relinks leaves nothing pending");
      assert.deepEqual(
        (await store.listDocuments()).map((d) => [d.id, d.extractionVersion ?? "-"]),
        [[articleA.id, "t1"], [articleB.id, "-"]].sort((x, y) => x[0]!.localeCompare(y[0]!)),
      );
    });

    it("keeps reviewed and hand-added events when a document is re-extracted", async () => {
      const store = await h.open();
      await store.saveExtraction(articleA, extractionOf(articleA, eventsA()));
      const before = (await store.getDocument(articleA.id))!.events;
      const byType = (t: string) => before.find((e) => e.type === t)!;
      await store.reviewEvent(byType("attack").id, { status: "accepted" });
      await store.reviewEvent(byType("denial").id, { status: "rejected" });
      const edited = await store.reviewEvent(byType("attribution").id, { status: "edited", patch: { hedged: true } });
      assert.equal(edited.hedged, true);
      const added = await store.addEvent(articleA.id, {
        type: "condemnation",
        actor: SYLDAVIA,
        target: BORDURIA,
        evidence: [spanOf(articleA.text, S_A1)],
      });
      assert.equal(added.origin, "review");
      assert.deepEqual(added.quotes, [S_A1]);

      // The upgraded pipeline finds the attack, the attribution and the denial again, and no diplomatic event.
      const rerun = eventsA()
        .slice(0, 3)
        .map((e) => ({ ...e, confidence: 0.9 }));
      const result = await store.saveExtraction(articleA, extractionOf(articleA, rerun), { extractionVersion: "v2" });
      assert.equal(result.status, "unchanged");
      assert.equal(result.kept, 4);
      assert.equal(result.written, 0);

      const after = await store.getDocument(articleA.id);
      assert.equal(after?.document.extractionVersion, "v2");
      const summary = after!.events.map((e) => `${e.type}/${e.origin}/${e.status}`).sort();
      assert.deepEqual(summary, ["attack/machine/accepted", "attribution/machine/edited", "condemnation/review/accepted", "denial/machine/rejected"]);
      assert.equal((await store.stats()).events, 3, "the rejected denial does not count");
      assert.equal((await store.listEvents({ status: "rejected" })).length, 1);
    });

    it("finds documents by a word (full-text search)", async () => {
      const store = await h.open();
      await saveBoth(store);
      const diplomats = await store.search("diplomats");
      assert.deepEqual(diplomats.map((d) => d.documentId), [articleA.id]);
      assert.match(diplomats[0]!.snippet, /\[diplomats\]/);
      assert.deepEqual((await store.search("froze")).map((d) => d.documentId), [articleB.id]);
      assert.deepEqual((await store.search("ministry")).map((d) => d.documentId).sort(), [articleB.id, articleA.id].sort());
      assert.deepEqual(await store.search("submarine"), []);
      assert.deepEqual(await store.search('"unbalanced AND ('), []);
    });

    it("counts documents, events by type, incidents, actors and claims", async () => {
      const store = await h.open();
      await saveBoth(store);
      assert.deepEqual(await store.stats(), {
        documents: 2,
        events: 7,
        eventsByType: { attack: 2, attribution: 2, denial: 1, diplomatic: 1, sanction: 1 },
        incidents: 1,
        actors: 4,
        claims: 1,
      });
      const exported = await store.allExtractions();
      assert.deepEqual(exported.map((x) => [x.document.id, x.events.length]), [[articleB.id, 3], [articleA.id, 4]]);
    });

    it("builds a dossier whose timeline is in date order, with sources and evidence", async () => {
      const store = await h.open();
      await saveBoth(store);
      const [incident] = await store.listIncidents();
      const { timeline } = (await store.getIncident(incident!.id))!;
      assert.deepEqual(
        timeline.map((e) => `${e.type}@${e.date?.value ?? "-"}`),
        ["attack@2021-03", "attack@2021-03-14", "attribution@2021-03-15", "denial@2021-03-16", "diplomatic@2021-03-20", "sanction@2021-04-02", "attribution@-"],
      );
      const denial = timeline.find((e) => e.type === "denial")!;
      assert.deepEqual(denial.evidence, [{ ...spanOf(articleA.text, S_A2), quote: S_A2 }]);
      assert.deepEqual(denial.sources, [{ documentId: articleA.id, title: articleA.title, url: articleA.url, published: articleA.published }]);
      const undated = timeline.at(-1)!;
      assert.equal(undated.evidence[0]!.quote, S_B2);
      assert.deepEqual(undated.actors.map((a) => `${a.role}:${a.actor.name}`), ["attributor:Syldavia", "accused:Borduria"]);
    });
  });
}
