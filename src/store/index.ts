/** The storage layer's public face: open a store, and the types its methods take and return. */
export * from "./store.js";
export { openStore, DEFAULT_DB } from "./open.js";
export { contentHash } from "./document-writes.js";
