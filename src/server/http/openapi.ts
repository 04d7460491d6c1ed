import { z, type ZodType } from "zod";
import { ERROR_CODES } from "./errors.js";
import type { RouteDoc } from "./deps.js";

/** Builds the OpenAPI 3.1 document from the route table; parameter and body schemas come from the zod schemas. */
export function openApiDocument(docs: readonly RouteDoc[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const d of docs) {
    const parameters: unknown[] = [...d.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
    if (d.query) {
      const schema = jsonSchema(d.query, "input") as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(schema.properties ?? {}))
        parameters.push({ name, in: "query", required: schema.required?.includes(name) ?? false, schema: s });
    }
    const responses: Record<string, unknown> = { "200": { description: "OK" } };
    for (const [status, description] of Object.entries(d.responses ?? {})) responses[status] = { description };
    if (d.responses && !("200" in d.responses) && Object.keys(d.responses).some((s) => s.startsWith("2"))) delete responses["200"];
    responses.default = { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
    paths[d.path] ??= {};
    paths[d.path]![d.method] = {
      summary: d.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(d.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(d.body, "input") } } } } : {}),
      ...(d.write ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Attrib API",
      version,
      description: "Sourced records of state-linked cyberattacks, attribution claims, denials and responses. Writes need a bearer token (ATTRIB_TOKEN) when one is configured, and are refused when the server listens beyond loopback without one.",
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string", enum: [...ERROR_CODES] }, message: { type: "string" } } } },
        },
      },
    },
  };
}

function jsonSchema(schema: ZodType, io: "input" | "output"): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}
