import assert from "node:assert/strict";
import { test } from "node:test";
import type { ClaimSummary, IncidentDossier, StoredActor, TimelineEntry } from "../store/index.js";
import { incidentStatus, statusLines } from "./incident-status.js";

const actor = (name: string, kind: StoredActor["kind"], country?: string): StoredActor => ({ id: `${kind}:${country ?? "-"}:${name}`, name, kind, ...(country ? { country } : {}) });
const SYLDAVIA = actor("Syldavia", "state", "XA");
const BORDURIA = actor("Borduria", "state", "XB");
const VENDOR = actor("Klondike Security", "company");
const PORTS = actor("Ministry of Ports", "government", "XA");
const src = (documentId: string, published?: string) => ({ documentId, ...(published ? { published } : {}) });

const claim = (attributor: StoredActor, hedged: boolean, sources: ReturnType<typeof src>[]): ClaimSummary => ({
  id: `clm-${attributor.name}`, attributor, accused: BORDURIA, hedged, sources,
});
const entry = (type: TimelineEntry["type"], actors: [string, StoredActor][], date?: string, action?: string): TimelineEntry => ({
  eventId: `${type}-${date ?? "x"}`, type, ...(action ? { action } : {}),
  actors: actors.map(([role, a]) => ({ role, actor: a, surfaceName: a.name })),
  ...(date ? { date: { value: date, precision: "day" as const } } : {}),
  hedged: false, status: "pending", sources: [src("c", "2021-03-20")], evidence: [],
});

test("the status groups attributors by kind, lists denials and responses, and spans the reports", () => {
  const dossier: IncidentDossier = {
    incident: { id: "inc-1", victim: PORTS, accused: [BORDURIA], attackEvents: 1, sources: [src("a", "2021-03-15"), src("b")] },
    claims: [claim(SYLDAVIA, false, [src("a", "2021-03-15"), src("c", "2021-03-20")]), claim(VENDOR, true, [src("d", "2021-04-01")])],
    timeline: [
      entry("denial", [["denier", BORDURIA]], "2021-03-16"),
      entry("diplomatic", [["actor", SYLDAVIA], ["target", BORDURIA]], "2021-03-20", "expel_diplomats"),
    ],
  };
  const status = incidentStatus(dossier);
  assert.deepEqual(status.attributedBy.governments, [{ attributor: "Syldavia (XA)", accused: "Borduria (XB)", hedged: false, sources: 2 }]);
  assert.deepEqual(status.attributedBy.companies.map((c) => c.hedged), [true]);
  assert.deepEqual(status.attributedBy.others, []);
  assert.deepEqual(status.deniedBy, ["Borduria (XB)"]);
  assert.deepEqual(status.responses, [{ type: "diplomatic", action: "expel_diplomats", by: "Syldavia (XA)", against: "Borduria (XB)", date: "2021-03-20" }]);
  assert.deepEqual([status.firstReport, status.latestReport, status.sources], ["2021-03-15", "2021-04-01", 4]);
  assert.deepEqual(statusLines(status), [
    "Attributed by  governments: Syldavia (XA) → Borduria (XB) (firm, 2 source(s)) | companies: Klondike Security → Borduria (XB) (hedged, 1 source(s))",
    "Denied by      Borduria (XB)",
    "Responses      diplomatic/expel_diplomats by Syldavia (XA) against Borduria (XB) (2021-03-20)",
    "Reports        4 source(s), first 2021-03-15, latest 2021-04-01",
  ]);
});
