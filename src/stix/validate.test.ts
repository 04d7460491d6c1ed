import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { toStixBundle } from "./bundle.js";
import { inventedInput } from "./fixtures/invented-example.js";
import { stixSchemaDir, StixValidator } from "./validate.js";
import type { StixBundle, StixObject } from "./types.js";

const dir = stixSchemaDir();
const skip = existsSync(dir) ? false : `STIX 2.1 schemas not found at ${dir} (set ATTRIB_STIX_SCHEMAS or check out ../shared)`;
const validator = skip ? undefined : new StixValidator(dir);
const { bundle } = toStixBundle(inventedInput());

test("every exported object validates against the official STIX 2.1 schemas", { skip }, () => {
  const result = validator!.validateBundle(bundle);
  assert.deepEqual(result, { valid: true, bundleErrors: [], objects: [] });
  // The custom response type is checked against core only; the standard ones against their own schema.
  assert.equal(validator!.schemaFileFor("x-attrib-response"), "common/core.json");
  assert.equal(validator!.schemaFileFor("opinion"), "sdos/opinion.json");
  assert.equal(validator!.schemaFileFor("extension-definition"), "common/extension-definition.json");
});

test("the validator rejects broken objects, per object", { skip }, () => {
  const report = bundle.objects.find((o) => o.type === "report")!;
  const response = bundle.objects.find((o) => o.type === "x-attrib-response")!;
  const broken: StixObject[] = [
    { ...report, published: "8 September 2022" },
    { ...response, action: "sever_relations", extensions: {} },
    { ...bundle.objects.find((o) => o.type === "opinion")!, opinion: "furious" },
  ];
  const others = bundle.objects.filter((o) => !broken.some((b) => b.id === o.id));
  const result = validator!.validateBundle({ ...bundle, objects: [...others, ...broken] } as StixBundle);
  assert.equal(result.valid, false);
  assert.deepEqual(result.objects.map((o) => o.type).sort(), ["opinion", "report", "x-attrib-response"]);
  const responseErrors = result.objects.find((o) => o.type === "x-attrib-response")!.errors;
  assert.ok(responseErrors.includes("custom type x-attrib-response has no new-sdo extension"), responseErrors.join("\n"));
});

test("the validator reports a dangling reference and a malformed bundle id", { skip }, () => {
  const claim = bundle.objects.find((o) => o.type === "relationship" && o.confidence !== undefined)!;
  const dangling = { ...claim, created_by_ref: "identity--00000000-0000-4000-8000-000000000000" };
  const objects = bundle.objects.map((o) => (o.id === claim.id ? dangling : o));
  const result = validator!.validateBundle({ type: "bundle", id: "bundle-1", objects });
  assert.equal(result.bundleErrors.length > 0, true);
  assert.deepEqual(result.objects, [
    { id: claim.id, type: "relationship", errors: ["created_by_ref identity--00000000-0000-4000-8000-000000000000 is not in the bundle"] },
  ]);
});
