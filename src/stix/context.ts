import type { ActorObjects } from "./actors.js";
import type { ExportDocument } from "./input.js";
import type { ExternalReference, StixObject } from "./types.js";
import { earliest, toStixTimestamp } from "./ids.js";

/** What the converters share while building one bundle. */
export interface BuildContext {
  actors: ActorObjects;
  documents: Map<string, ExportDocument>;
  /** Per document id: ids of every object extracted from it (the report's object_refs). */
  refsByDocument: Map<string, Set<string>>;
  out: StixObject[];
  skipped: string[];
}

/** The set of object ids extracted from a document (created on first use). */
export function docRefs(ctx: BuildContext, documentId: string): Set<string> {
  let set = ctx.refsByDocument.get(documentId);
  if (!set) ctx.refsByDocument.set(documentId, (set = new Set()));
  return set;
}

/** An external reference to a source article: source_name "article", its id, URL and title. */
export function articleReference(doc: ExportDocument | undefined, documentId: string): ExternalReference {
  return {
    source_name: "article",
    external_id: documentId,
    ...(doc?.url && isUri(doc.url) ? { url: doc.url } : {}),
    ...(doc?.title ? { description: doc.title } : {}),
  };
}

export function articleReferences(ctx: BuildContext, documentIds: readonly string[]): ExternalReference[] {
  return [...new Set(documentIds)].sort().map((id) => articleReference(ctx.documents.get(id), id));
}

/** created (earliest) and modified (latest) from the publication dates of some documents. */
export function timesOf(ctx: BuildContext, documentIds: readonly string[]): { created: string; modified: string } {
  const stamps = documentIds.map((id) => toStixTimestamp(ctx.documents.get(id)?.published));
  const created = earliest(stamps);
  const known = stamps.filter((s): s is string => s !== undefined).sort();
  return { created, modified: known[known.length - 1] ?? created };
}

/** STIX external_references.url must be a URI (ajv-formats "uri": absolute, with a scheme). */
function isUri(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s);
}
