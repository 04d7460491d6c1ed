import assert from "node:assert/strict";
import { test } from "node:test";
import type { CyberEvent } from "../domain/index.js";
import { extract } from "./extract.js";

// Sentences written for these tests; published on Monday 2023-03-13.
const run = (text: string) => extract({ id: "t", text, published: "2023-03-13" }).events;
const brief = (e: CyberEvent) =>
  [e.type, e.action, ...(["victim", "attributor", "accused", "denier", "imposer", "actor", "target"] as const).map((r) => e[r] && `${r}=${e[r]!.name}`)]
    .filter(Boolean).join(" ");

test("active voice: the subject blames the object, dated by its weekday", () => {
  const events = run("Estonia blamed Russia for a cyberattack on its banks on Friday.");
  const blame = events.find((e) => e.type === "attribution")!;
  assert.equal(blame.attributor!.name, "Estonia");
  assert.equal(blame.accused!.name, "Russia");
  assert.deepEqual(blame.date, { value: "2023-03-10", precision: "day" });
});

test("passive voice with no named source has an unspecified attributor", () => {
  const events = run("The hack of the Finnish parliament was blamed on China.");
  assert.deepEqual(events.filter((e) => e.type === "attribution").map(brief), ["attribution attributor=unspecified accused=China"]);
});

test("reported speech makes the speaker the attributor", () => {
  const events = run("The breach was carried out by North Korean hackers, Mandiant said on Tuesday.");
  const a = events.find((e) => e.type === "attribution")!;
  assert.equal(a.attributor!.name, "Mandiant");
  assert.equal(a.accused!.country, "KP");
});

test("negations, pledges and questions assert nothing", () => {
  assert.deepEqual(run("Poland did not blame Russia for the cyberattack."), []);
  assert.deepEqual(run("Washington vowed to impose sanctions on Moscow over the hack."), []);
  assert.deepEqual(run("Did Iran sever ties with Albania over the cyberattack?"), []);
});

test("hedged claims are marked", () => {
  const a = run("Researchers said the cyberattack was likely the work of Russia.").find((e) => e.type === "attribution")!;
  assert.equal(a.hedged, true);
});

test("demonyms and capitals resolve to states; officials to their government", () => {
  const events = run(
    "Moscow rejected the accusations over the cyberattack. Russian foreign ministry spokeswoman Anna Petrova denied any involvement.",
  );
  const denial = events.filter((e) => e.type === "denial");
  assert.equal(denial.length, 1, "one denial: the state and its spokeswoman are one denier");
  assert.equal(denial[0]!.denier!.country, "RU");
});

test("a descriptor is bound to the state it stands for", () => {
  const events = run("Hackers crippled Montenegro's government networks in August. The Balkan nation blamed Russia for the attack.");
  const a = events.find((e) => e.type === "attribution")!;
  assert.equal(a.attributor!.name, "Montenegro");
  assert.equal(a.accused!.name, "Russia");
});

test("responses: sanctions on several targets, expulsions, indictments", () => {
  const events = run(
    "The US Treasury on Thursday sanctioned the GRU and the FSB over the cyberattacks. " +
      "Germany expelled two Russian diplomats over the hack. " +
      "Prosecutors at the Justice Department charged Ivan Sokolov over the ransomware attack.",
  );
  const kinds = events.map(brief);
  assert.ok(kinds.includes("sanction imposer=United States target=Main Directorate of the General Staff of the Armed Forces") || kinds.some((k) => /sanction .*GRU|sanction .*Main Directorate/.test(k)), kinds.join("\n"));
  assert.equal(events.filter((e) => e.type === "sanction").length, 2, kinds.join("\n"));
  assert.ok(kinds.some((k) => k.startsWith("diplomatic expel_diplomats actor=Germany target=Russia")), kinds.join("\n"));
  assert.ok(kinds.some((k) => /^legal indictment actor=.* target=Ivan Sokolov/.test(k)), kinds.join("\n"));
});

test("output is independent of document order", () => {
  const a = { id: "a", text: "Lithuania blamed Belarus for the cyberattack on Monday.", published: "2023-03-13" };
  const before = JSON.stringify(extract(a));
  for (let i = 0; i < 20; i++) extract({ id: `x${i}`, text: `Zorblax${i} Quendari hacked Vemora${i} Industries on Tuesday, officials said.`, published: "2023-03-13" });
  assert.equal(JSON.stringify(extract(a)), before);
});
