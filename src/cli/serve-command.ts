import { serve } from "@hono/node-server";
import { Command } from "commander";
import { createApp } from "../server/app.js";
import { isLoopbackHost, writeMode } from "../server/http/auth.js";
import { loadSamplesIfEmpty } from "../server/sample-seed.js";
import { openStore } from "../store/index.js";
import { InputError } from "./read-articles.js";

export function serveCommand(): Command {
  return new Command("serve")
    .description("Serve the JSON API under /api and the web app at /; an empty store is first filled with the sample articles")
    .option("--db <url>", "database: a SQLite path or sqlite: URL, or postgres://… (default: ATTRIB_DB or ./attrib.db)")
    .option("--port <port>", "TCP port", "8080")
    .option("--host <host>", "address to listen on (writes need ATTRIB_TOKEN beyond loopback)", "127.0.0.1")
    .option("--no-samples", "do not load the sample articles into an empty store")
    .action(async (opts: { db?: string; port: string; host: string; samples: boolean }) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535) throw new InputError("--port", `expected a port number 0-65535, got "${opts.port}"`);
      const store = await openStore(opts.db);
      if (opts.samples) {
        const loaded = await loadSamplesIfEmpty(store);
        if (loaded) process.stderr.write(`attrib: the store was empty; loaded ${loaded} sample articles\n`);
      }
      const token = process.env.ATTRIB_TOKEN || undefined;
      const loopback = isLoopbackHost(opts.host);
      const app = createApp({ store, loopback, ...(token ? { token } : {}) });
      const server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
        const shown = info.address.includes(":") ? `[${info.address}]` : info.address;
        process.stderr.write(`attrib: serving http://${shown}:${info.port}/ (writes: ${writeMode({ loopback, ...(token ? { token } : {}) })})\n`);
      });
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        const stop = () => {
          server.close(() => resolve());
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await store.close();
    });
}
