import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

// ARCHITECTURE.md: the web app may import only types from the server (no server code in the bundle).
const WEB_SRC = fileURLToPath(new URL("../../src/web/src/", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

test("src/web imports from src/server only with `import type` / `export type`", () => {
  const offenders: string[] = [];
  let typeImports = 0;
  for (const file of files(WEB_SRC)) {
    for (const statement of readFileSync(file, "utf8").match(/^(?:import|export)[^;]*?from\s+["'][^"']+["']/gms) ?? []) {
      const source = /from\s+["']([^"']+)["']/.exec(statement)![1]!;
      if (!/(^|\/)server\//.test(source) && !source.includes("/store/") && !source.includes("/domain/")) continue;
      if (/^(import|export)\s+type\b/.test(statement) || /^export\s+type\s*\*/.test(statement)) typeImports++;
      else offenders.push(`${file}: ${statement.split("\n")[0]}`);
    }
  }
  assert.deepEqual(offenders, []);
  assert.ok(typeImports > 0, "the web client takes its types from the server");
});
