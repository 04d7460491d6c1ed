import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { StixBundle, StixObject } from "./types.js";

// ajv-formats is CommonJS; its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

/** Where the official STIX 2.1 JSON schemas (oasis-open/cti-stix2-json-schemas, `schemas/`) live. */
export const STIX_SCHEMAS_ENV = "ATTRIB_STIX_SCHEMAS";
export const DEFAULT_STIX_SCHEMAS = "../shared/stix2.1-schemas/schemas";

/** $ATTRIB_STIX_SCHEMAS, else ../shared/stix2.1-schemas/schemas, resolved against process.cwd(). */
export function stixSchemaDir(): string {
  return resolve(process.cwd(), process.env[STIX_SCHEMAS_ENV] || DEFAULT_STIX_SCHEMAS);
}

export interface ObjectErrors {
  id: string;
  type: string;
  errors: string[];
}

export interface BundleValidation {
  valid: boolean;
  /** Errors of the bundle envelope (common/bundle.json). */
  bundleErrors: string[];
  /** One entry per object that has errors. */
  objects: ObjectErrors[];
}

/** The schema files (under the schema dir) for object types outside sdos/, sros/ and observables/. */
const COMMON_OBJECT_TYPES = new Set(["extension-definition", "marking-definition", "language-content"]);
const CORE = "common/core.json";
const BUNDLE = "common/bundle.json";
/** A pseudo file name for the bundle envelope schema (see addEnvelope). */
const ENVELOPE = "common/bundle.json (envelope)";

/** Validates STIX objects against the official schemas loaded from a directory. */
export class StixValidator {
  private readonly ajv = new Ajv2020({
    strict: false, // the official schemas use `definitions` and annotation keywords alongside $ref
    allErrors: true,
    unicodeRegExp: false, // their patterns escape `-` (\-), which is a syntax error under the u flag
  });
  private readonly ids = new Map<string, string>(); // relative path → $id
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly schemaDir: string = stixSchemaDir()) {
    addFormats(this.ajv);
    // ajv-formats has no internationalized formats; accept them unchecked rather than warn.
    for (const f of ["idn-hostname", "idn-email"]) this.ajv.addFormat(f, true);
    for (const file of jsonFiles(schemaDir)) {
      const schema = JSON.parse(readFileSync(join(schemaDir, file), "utf8")) as { $id?: string };
      if (!schema.$id) continue;
      this.ajv.addSchema(schema);
      this.ids.set(file.split("\\").join("/"), schema.$id);
      if (file === BUNDLE) this.addEnvelope(schema);
    }
    if (!this.ids.has(CORE)) throw new Error(`no STIX schemas in ${schemaDir} (expected ${CORE})`);
  }

  /**
   * common/bundle.json without its item schema. The official list of item types lacks
   * incident, location, opinion, note, grouping and extension-definition, and its fallback
   * for other types (oneOf core / cyber-observable-core) rejects any object valid under both,
   * so it fails valid bundles; each object is checked against its own schema instead.
   */
  private addEnvelope(bundleSchema: { $id?: string }): void {
    const envelope = structuredClone(bundleSchema) as { $id?: string; properties?: { objects?: Record<string, unknown> } };
    delete envelope.properties?.objects?.items;
    // Same directory as bundle.json, so its relative $refs still resolve.
    envelope.$id = String(bundleSchema.$id).replace(/bundle\.json$/, "bundle-envelope.json");
    this.ajv.addSchema(envelope);
    this.ids.set(ENVELOPE, envelope.$id);
  }

  /** The schema an object is checked against: its type's own, or core for custom types. */
  schemaFileFor(type: string): string {
    for (const dir of ["sdos", "sros", "observables"]) if (this.ids.has(`${dir}/${type}.json`)) return `${dir}/${type}.json`;
    if (COMMON_OBJECT_TYPES.has(type)) return `common/${type}.json`;
    return CORE;
  }

  validateObject(object: unknown): string[] {
    const type = typeof object === "object" && object && "type" in object ? String((object as { type: unknown }).type) : "";
    return this.run(this.schemaFileFor(type), object);
  }

  /**
   * Checks the envelope against common/bundle.json (type, id, objects), each object against its type's schema,
   * and two rules the schemas cannot express: every *_ref(s) points into the bundle (or is
   * allowed to dangle per STIX: none are here), and a custom object type carries a new-sdo
   * extension whose extension-definition is in the bundle.
   */
  validateBundle(bundle: StixBundle): BundleValidation {
    const bundleErrors = this.run(ENVELOPE, bundle);
    const present = new Set(bundle.objects.map((o) => o.id));
    const objects: ObjectErrors[] = [];
    for (const o of bundle.objects) {
      const errors = [...this.validateObject(o), ...danglingRefs(o, present)];
      if (this.schemaFileFor(o.type) === CORE) errors.push(...customTypeProblems(o, bundle));
      if (errors.length > 0) objects.push({ id: o.id, type: o.type, errors });
    }
    return { valid: bundleErrors.length === 0 && objects.length === 0, bundleErrors, objects };
  }

  private run(file: string, data: unknown): string[] {
    let validate = this.compiled.get(file);
    if (!validate) {
      const id = this.ids.get(file);
      validate = id ? this.ajv.getSchema(id) : undefined;
      if (!validate) return [`no schema ${file} in ${this.schemaDir}`];
      this.compiled.set(file, validate);
    }
    if (validate(data)) return [];
    return (validate.errors ?? []).map((e) => `${file}${e.instancePath || "/"} ${e.message ?? "invalid"}`);
  }
}

function jsonFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...jsonFiles(dir, rel));
    else if (name.endsWith(".json")) out.push(rel);
  }
  return out;
}

function danglingRefs(o: StixObject, present: Set<string>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(o)) {
    const refs = key.endsWith("_ref") ? [value] : key.endsWith("_refs") && Array.isArray(value) ? value : [];
    for (const r of refs) if (typeof r === "string" && !present.has(r)) out.push(`${key} ${r} is not in the bundle`);
  }
  return out;
}

function customTypeProblems(o: StixObject, bundle: StixBundle): string[] {
  const extensions = (o.extensions ?? {}) as Record<string, { extension_type?: string }>;
  const newSdo = Object.entries(extensions).filter(([, v]) => v?.extension_type === "new-sdo").map(([k]) => k);
  if (newSdo.length === 0) return [`custom type ${o.type} has no new-sdo extension`];
  const defined = new Set(bundle.objects.filter((x) => x.type === "extension-definition").map((x) => x.id));
  return newSdo.filter((id) => !defined.has(id)).map((id) => `extension ${id} is not defined in the bundle`);
}

let shared: StixValidator | undefined;

/** validateBundle with a validator loaded once from stixSchemaDir(). */
export function validateBundle(bundle: StixBundle): BundleValidation {
  shared ??= new StixValidator();
  return shared.validateBundle(bundle);
}
