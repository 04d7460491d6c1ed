// Helpers for the API tests: a temp SQLite store holding the project's sample articles.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "../store/index.js";
import { createApp, type AppDeps } from "./app.js";
import { loadSamplesIfEmpty } from "./sample-seed.js";

export interface TestServer {
  store: Store;
  app: ReturnType<typeof createApp>;
  /** JSON request against the app (no port); returns status, parsed body and headers. */
  call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; body: any; headers: Headers }>;
  close: () => Promise<void>;
}

export async function sampleServer(options: Omit<AppDeps, "store"> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "attrib-api-"));
  const store = await openStore(join(dir, "test.db"));
  await loadSamplesIfEmpty(store);
  return serverOver(store, options, async () => rmSync(dir, { recursive: true, force: true }));
}

export function serverOver(store: Store, options: Omit<AppDeps, "store">, cleanup: () => Promise<void> = async () => undefined): TestServer {
  const app = createApp({ store, webRoot: false, ...options });
  const call: TestServer["call"] = async (method, path, body, headers = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" || body instanceof FormData ? body : JSON.stringify(body);
      if (!(body instanceof FormData) && !headers["content-type"]) (init.headers as Record<string, string>)["content-type"] = "application/json";
    }
    const res = await app.request(path, init);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    store,
    app,
    call,
    close: async () => {
      await app.ingestJobs.idle();
      await store.close();
      await cleanup();
    },
  };
}

/** The Albania incident, found by its victim's name (ids change as extraction improves). */
export async function albaniaIncidentId(server: TestServer): Promise<string> {
  const res = await server.call("GET", "/api/incidents?victim=Albania");
  const id = res.body.items?.[0]?.id as string | undefined;
  if (!id) throw new Error("no incident with victim Albania in the samples");
  return id;
}
