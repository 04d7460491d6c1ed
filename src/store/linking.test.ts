import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { bestDate, datesCompatible, linkEvents, operationName, UNSPECIFIED_ACTOR_ID, type LinkEvent } from "./linking.js";

const VICTIM = "government:XA:ministry of ports";
const OTHER_VICTIM = "company:XA:harbour bank";
const ACCUSED = "state:XB:borduria";
const ACCUSER = "state:XA:syldavia";

function ev(id: string, documentId: string, partial: Partial<LinkEvent>): LinkEvent {
  return { id, documentId, type: "attack", hedged: false, roles: {}, ...partial };
}
const attack = (id: string, doc: string, date?: string, extra: Partial<LinkEvent> = {}) =>
  ev(id, doc, {
    roles: { victim: VICTIM },
    date: date ? { value: date, precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year" } : undefined,
    ...extra,
  });

describe("datesCompatible", () => {
  it("accepts a missing date, containment, and days a few apart", () => {
    assert.equal(datesCompatible(undefined, { value: "2021-03-01", precision: "day" }), true);
    assert.equal(datesCompatible({ value: "2021-03", precision: "month" }, { value: "2021-03-14", precision: "day" }), true);
    assert.equal(datesCompatible({ value: "2021-03-14", precision: "day" }, { value: "2021-03-16", precision: "day" }), true);
  });
  it("rejects other months and days far apart", () => {
    assert.equal(datesCompatible({ value: "2021-03", precision: "month" }, { value: "2021-04-02", precision: "day" }), false);
    assert.equal(datesCompatible({ value: "2021-03-01", precision: "day" }, { value: "2021-03-20", precision: "day" }), false);
  });
});

describe("operationName and bestDate", () => {
  it("finds the name after 'Operation'", () => {
    assert.equal(operationName("They called it Operation Grey Harbour, officials said."), "grey harbour");
    assert.equal(operationName("an operation against ports"), undefined);
  });
  it("prefers precision, then the earlier date", () => {
    assert.deepEqual(
      bestDate([{ value: "2021", precision: "year" }, { value: "2021-05-09", precision: "day" }, { value: "2021-05-07", precision: "day" }]),
      { value: "2021-05-07", precision: "day" },
    );
  });
});

describe("incident grouping", () => {
  it("joins reports of one attack from two documents", () => {
    const { incidents } = linkEvents([attack("a1", "d1", "2021-03-14"), attack("b1", "d2", "2021-03")]);
    assert.equal(incidents.length, 1);
    assert.deepEqual(incidents[0]!.attackEventIds, ["a1", "b1"]);
    assert.deepEqual(incidents[0]!.date, { value: "2021-03-14", precision: "day" });
  });

  it("keeps two attacks of one document apart, and different victims apart", () => {
    const { incidents } = linkEvents([
      attack("a1", "d1", "2021-03-14"),
      attack("a2", "d1", "2021-03-15"),
      ev("a3", "d2", { roles: { victim: OTHER_VICTIM } }),
    ]);
    assert.equal(incidents.length, 3);
  });

  it("does not let an undated report chain two incidents months apart", () => {
    const { incidents } = linkEvents([attack("a1", "d1", "2021-03"), attack("b1", "d2", "2021-09"), attack("c1", "d3")]);
    assert.equal(incidents.length, 2);
    assert.deepEqual(incidents.map((i) => i.attackEventIds.length).sort(), [1, 2]);
  });

  it("joins different attack types or far dates when the operation name is shared", () => {
    const { incidents } = linkEvents([
      attack("a1", "d1", "2021-03", { attackType: "wiper", operation: "grey harbour" }),
      attack("b1", "d2", "2021-06", { attackType: "ddos", operation: "grey harbour" }),
      attack("c1", "d3", "2021-06", { attackType: "ddos" }),
    ]);
    assert.equal(incidents.length, 2);
    assert.deepEqual(incidents.find((i) => i.operation === "grey harbour")?.attackEventIds, ["a1", "b1"]);
  });
});

describe("linking other events and claims", () => {
  it("links an attribution to the only incident of its document and groups claims across documents", () => {
    const events = [
      attack("a1", "d1", "2021-03-14"),
      attack("b1", "d2", "2021-03-14"),
      ev("a2", "d1", { type: "attribution", roles: { attributor: ACCUSER, accused: ACCUSED }, hedged: true }),
      ev("b2", "d2", { type: "attribution", roles: { attributor: ACCUSER, accused: ACCUSED } }),
      ev("b3", "d2", { type: "attribution", roles: { accused: ACCUSED } }),
    ];
    const { incidents, claims } = linkEvents(events);
    assert.equal(incidents.length, 1);
    assert.deepEqual(incidents[0]!.linkedEventIds.sort(), ["a2", "b2", "b3"]);
    assert.equal(claims.length, 2);
    const named = claims.find((c) => c.attributorId === ACCUSER)!;
    assert.deepEqual(named.eventIds, ["a2", "b2"]);
    assert.equal(named.incidentId, incidents[0]!.id);
    assert.equal(named.hedged, false, "one unhedged statement makes the claim unhedged");
    assert.equal(claims.find((c) => c.attributorId === UNSPECIFIED_ACTOR_ID)?.eventIds.length, 1);
  });

  it("links by victim name when the document has no attack, and not at all when ambiguous", () => {
    const events = [
      attack("a1", "d1", "2021-03-14"),
      ev("x1", "d9", { type: "sanction", roles: { imposer: VICTIM, target: ACCUSED } }),
      ev("x2", "d9", { type: "condemnation", roles: { actor: ACCUSER, target: ACCUSED } }),
    ];
    const { incidents } = linkEvents(events);
    assert.deepEqual(incidents[0]!.linkedEventIds, ["x1"]);

    const two = linkEvents([attack("a1", "d1", "2021-03"), attack("a2", "d2", "2021-09"), events[1]!]);
    assert.deepEqual(two.incidents.flatMap((i) => i.linkedEventIds), []);
  });
});

describe("several attacks on one state in one article", () => {
  it("links the article's claims and responses to its earliest attack", () => {
    const police = "government:XA:state police";
    const linking = linkEvents([
      ev("a-police", "d1", { roles: { victim: police }, position: 10 }),
      ev("a-services", "d1", { roles: { victim: VICTIM }, date: { value: "2022-07", precision: "month" }, position: 40 }),
      ev("blame", "d1", { type: "attribution", roles: { attributor: ACCUSER, accused: ACCUSED }, position: 10 }),
      ev("cut-ties", "d1", { type: "diplomatic", roles: { actor: ACCUSER, target: ACCUSED }, position: 90 }),
    ]);
    const services = linking.incidents.find((i) => i.victimId === VICTIM)!;
    assert.deepEqual([...services.linkedEventIds].sort(), ["blame", "cut-ties"]);
    assert.equal(linking.claims[0]!.incidentId, services.id);
  });

  it("leaves events unlinked when the article's attacks hit different states", () => {
    const linking = linkEvents([
      ev("a1", "d1", { roles: { victim: VICTIM } }),
      ev("a2", "d1", { roles: { victim: "government:XC:foreign office" } }),
      ev("blame", "d1", { type: "attribution", roles: { attributor: ACCUSER, accused: ACCUSED } }),
    ]);
    assert.ok(linking.incidents.every((i) => i.linkedEventIds.length === 0));
  });
});
