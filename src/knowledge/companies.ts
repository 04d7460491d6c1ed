import type { KnownActor } from "./entry.js";
export const companies: readonly KnownActor[] = [
  { name: "Microsoft", kind: "company", country: "US", aliases: [] },
];
