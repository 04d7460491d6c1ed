import type { KnownActor } from "./entry.js";
export const organizations: readonly KnownActor[] = [
  { name: "North Atlantic Treaty Organization", kind: "organization", aliases: ["NATO"] },
];
