import { test } from "node:test";
import assert from "node:assert/strict";
import { toStixBundle } from "./bundle.js";
import { INCIDENT_EXTENSION_ID, RESPONSE_EXTENSION_ID } from "./extensions.js";
import { factsFromBundle } from "./facts.js";
import { inventedInput, ALBANIA, IRAN, SECURITY_FIRM, GROUP } from "./fixtures/invented-example.js";
import type { StixObject } from "./types.js";

const { bundle, skipped } = toStixBundle(inventedInput());
const byId = new Map(bundle.objects.map((o) => [o.id, o]));
const ofType = (type: string) => bundle.objects.filter((o) => o.type === type);
const named = (type: string, name: string): StixObject => {
  const found = ofType(type).find((o) => o.name === name);
  assert.ok(found, `no ${type} named ${name}`);
  return found;
};
/** Golden ids from Python's uuid.uuid5 with Attrib's namespace (see ids.test.ts). */
const CLAIM_ALBANIA_IRAN = "relationship--28ec9869-2266-5d5b-bd31-c73a21d88daf";
const INCIDENT_I1 = "incident--b0a98ea8-caa6-5f30-b85a-771e25035ca8";

test("two exports of the same input are byte-identical, objects sorted by id", () => {
  assert.equal(JSON.stringify(toStixBundle(inventedInput()).bundle), JSON.stringify(bundle));
  const ids = bundle.objects.map((o) => o.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
});

test("ids are derived from canonical keys (golden values)", () => {
  assert.equal(byId.get(CLAIM_ALBANIA_IRAN)?.relationship_type, "attributed-to");
  assert.equal(byId.get(INCIDENT_I1)?.type, "incident");
  assert.equal(named("identity", "Albania").id, "identity--d7035d3d-293d-53d5-a2e3-a3da665cdf67");
  assert.ok(byId.has("x-attrib-response--afffff97-0c68-5bcb-bf42-5e2283bf7034"));
  assert.ok(byId.has("opinion--cd22036c-6529-59d6-996c-a60bfd09d079"));
});

test("states: location with ISO country, identity when acting, threat-actor when accused", () => {
  const albaniaLoc = named("location", "Albania");
  assert.equal(albaniaLoc.country, "AL");
  const albania = named("identity", "Albania");
  assert.equal(albania.identity_class, "organization");
  assert.deepEqual(albania.sectors, ["government-national"]);
  assert.deepEqual(named("threat-actor", "Iran").threat_actor_types, ["nation-state"]);
  const located = ofType("relationship").find((r) => r.relationship_type === "located-at" && r.source_ref === albania.id);
  assert.equal(located?.target_ref, albaniaLoc.id);
  assert.equal(named("identity", "Northlight Security").identity_class, "organization");
});

test("a group is an intrusion-set with aliases, attributed to its state's threat-actor", () => {
  const group = named("intrusion-set", GROUP.name);
  assert.deepEqual(group.aliases, ["HJ Team"]);
  const tie = ofType("relationship").find((r) => r.source_ref === group.id && r.relationship_type === "attributed-to");
  assert.equal(tie?.target_ref, named("threat-actor", "Iran").id);
});

test("a claim is incident attributed-to accused, signed by the attributor, confidence from hedging", () => {
  const claim = byId.get(CLAIM_ALBANIA_IRAN);
  assert.ok(claim);
  assert.equal(claim.source_ref, INCIDENT_I1);
  assert.equal(claim.target_ref, named("threat-actor", IRAN.name).id);
  assert.equal(claim.created_by_ref, named("identity", ALBANIA.name).id);
  assert.equal(claim.confidence, 85);
  assert.match(String(claim.description), /investigators had established that Iran directed/);
  assert.deepEqual((claim.external_references as Array<{ external_id: string }>).map((r) => r.external_id), ["d1"]);
  const hedged = ofType("relationship").find((r) => r.created_by_ref === named("identity", SECURITY_FIRM.name).id);
  assert.equal(hedged?.confidence, 50);
  assert.equal(hedged?.target_ref, named("intrusion-set", GROUP.name).id);
  assert.equal(claim.created, "2022-09-08T00:00:00.000Z");
});

test("the incident targets its victim and carries first/last seen in Attrib's extension", () => {
  const incident = byId.get(INCIDENT_I1);
  assert.equal(incident?.name, "Cyberattack on Albanian government services (2022-07)");
  assert.deepEqual((incident?.extensions as Record<string, unknown>)[INCIDENT_EXTENSION_ID], {
    extension_type: "property-extension",
    first_seen: "2022-07-01T00:00:00.000Z",
    first_seen_precision: "month",
    last_seen: "2022-09-09T00:00:00.000Z",
    last_seen_precision: "day",
    attack_type: "disruption",
  });
  const targets = ofType("relationship").find((r) => r.relationship_type === "targets");
  assert.equal(targets?.source_ref, INCIDENT_I1);
  assert.equal(targets?.target_ref, named("identity", "Albanian government services").id);
  // The incident is first reported on 2022-09-08 and last on 2022-09-10 (d2's date-time).
  assert.equal(incident?.created, "2022-09-08T00:00:00.000Z");
  assert.equal(incident?.modified, "2022-09-10T14:30:00.000Z");
});

test("a denial is a strongly-disagree opinion by the denier on the claims it answers", () => {
  const opinion = byId.get("opinion--cd22036c-6529-59d6-996c-a60bfd09d079");
  assert.ok(opinion);
  assert.equal(opinion.opinion, "strongly-disagree");
  assert.deepEqual(opinion.authors, ["Iran"]);
  assert.equal(opinion.created_by_ref, named("identity", "Iran").id);
  assert.ok((opinion.object_refs as string[]).includes(CLAIM_ALBANIA_IRAN));
});

test("responses are x-attrib-response objects with the new-sdo extension declared in the bundle", () => {
  const responses = ofType("x-attrib-response");
  assert.equal(responses.length, 4);
  for (const r of responses) assert.deepEqual(r.extensions, { [RESPONSE_EXTENSION_ID]: { extension_type: "new-sdo" } });
  assert.deepEqual(byId.get(RESPONSE_EXTENSION_ID)?.extension_types, ["new-sdo"]);
  const sever = responses.find((r) => r.response_action === "sever_relations");
  assert.equal(sever?.actor_ref, named("identity", "Albania").id);
  assert.equal(sever?.target_ref, named("identity", "Iran").id);
  assert.equal(sever?.date, "2022-09-07");
  assert.equal("action" in (sever ?? {}), false, "STIX core forbids a property named action");
});

test("reports: one per article with its URL and extracted objects; missing dates use the documented epoch", () => {
  const report = named("report", "Tirana breaks with Tehran over summer cyberattack");
  assert.equal(report.published, "2022-09-08T00:00:00.000Z");
  assert.deepEqual(report.external_references, [
    { source_name: "article", external_id: "d1", url: "https://news.example.org/world/tirana-tehran", description: report.name },
  ]);
  const refs = report.object_refs as string[];
  for (const id of [CLAIM_ALBANIA_IRAN, INCIDENT_I1, "opinion--cd22036c-6529-59d6-996c-a60bfd09d079"]) assert.ok(refs.includes(id), id);
  const undated = named("report", "Article d3");
  assert.equal(undated.published, "1970-01-01T00:00:00.000Z");
  assert.match(String(undated.description), /Publication date unknown/);
  assert.deepEqual(skipped, ["document d4: nothing extracted, no report"]);
});

test("round trip: who accused whom, who denied, who took which measure, read back from the bundle", () => {
  const about = "Cyberattack on Albanian government services (2022-07)";
  assert.deepEqual(factsFromBundle(bundle), {
    accusations: [
      { attributor: "Albania", accused: "Iran", about, confidence: 85 },
      { attributor: "Northlight Security", accused: "Homeland Justice", about, confidence: 50 },
      { attributor: "United States", accused: "Ministry of Intelligence and Security", about, confidence: 85 },
    ],
    denials: [
      { denier: "Iran", deniedAccused: ["Homeland Justice", "Iran"] },
      // d3 blames no one itself, so its denial answers every claim against Iran and its bodies.
      { denier: "Ministry of Foreign Affairs", deniedAccused: ["Homeland Justice", "Iran", "Ministry of Intelligence and Security"] },
    ],
    responses: [
      { type: "condemnation", actor: "NATO", target: "Iran" },
      { type: "diplomatic", action: "expel_diplomats", actor: "Albania", target: "Iran", date: "2022-09-07" },
      { type: "diplomatic", action: "sever_relations", actor: "Albania", target: "Iran", date: "2022-09-07" },
      { type: "sanction", actor: "US Department of the Treasury", target: "Ministry of Intelligence and Security", date: "2022-09-09" },
    ],
  });
});

test("explicit claims are used as given; a claim without incident or group tie is about an activity incident", () => {
  const input = inventedInput();
  input.claims = [
    { id: "c1", attributor: ALBANIA, accused: IRAN, incidentId: "i1", hedged: true, eventIds: ["d1-e2"], documentIds: ["d1"] },
    { id: "c2", attributor: SECURITY_FIRM, accused: GROUP, hedged: false, eventIds: ["d1-e3"], documentIds: ["d1"] },
    { id: "c3", attributor: SECURITY_FIRM, accused: IRAN, hedged: false, eventIds: [], documentIds: ["d1"] },
  ];
  const out = toStixBundle(input);
  const facts = factsFromBundle(out.bundle);
  assert.deepEqual(facts.accusations, [
    { attributor: "Albania", accused: "Iran", about: "Cyberattack on Albanian government services (2022-07)", confidence: 50 },
    // No incident: the claim ties the group to its state (intrusion-set → threat-actor).
    { attributor: "Northlight Security", accused: "Iran", about: "Cyber activity attributed to Iran by Northlight Security", confidence: 85 },
    { attributor: "Northlight Security", accused: "Iran", about: "Homeland Justice", confidence: 85 },
  ]);
  const activity = out.bundle.objects.find((o) => o.name === "Cyber activity attributed to Iran by Northlight Security");
  assert.equal(activity?.type, "incident");
  assert.equal(out.bundle.objects.some((o) => o.type === "relationship" && o.relationship_type === "targets" && o.source_ref === activity?.id), false, "no victim is invented");
  assert.deepEqual(out.skipped.filter((s) => s.startsWith("claim")), []);
});

test("a denial with no claim to answer anywhere refers to its article's report", () => {
  const { bundle: b } = toStixBundle({
    documents: [{
      id: "solo", title: "Ministry rejects hacking reports", published: "2023-03-02",
      events: [{ id: "solo-e1", documentId: "solo", type: "denial", denier: IRAN, evidence: [{ start: 0, end: 5 }], quote: "It denied any role." }],
    }],
    incidents: [],
  });
  const opinion = b.objects.find((o) => o.type === "opinion");
  assert.deepEqual(opinion?.object_refs, ["report--4a9a3ec8-b01a-5cd3-849c-59bea5ad3d30"]);
  assert.equal(b.objects.some((o) => o.id === "report--4a9a3ec8-b01a-5cd3-849c-59bea5ad3d30"), true);
});
