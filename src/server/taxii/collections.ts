import { exportInputFromStore } from "../../export/from-store.js";
import { ATTRIB_STIX_NAMESPACE, FIXED_EPOCH, toStixBundle, uuidv5, type StixObject } from "../../stix/index.js";
import { incidentName } from "../../stix/labels.js";
import type { Store } from "../../store/index.js";
import { STIX_MEDIA_TYPE } from "./media.js";

/** A TAXII collection resource (section 5.2). */
export interface TaxiiCollection {
  id: string;
  title: string;
  description: string;
  can_read: true;
  can_write: false;
  media_types: string[];
}

/** A stored STIX object with the date it counts as added to the collection. */
export interface CollectionObject {
  object: StixObject;
  dateAdded: string;
  version: string;
}

const ALL = "all";

/** Collection ids are UUIDs (TAXII requires them), derived from what they hold so they never change. */
export function collectionId(key: string): string {
  return uuidv5(ATTRIB_STIX_NAMESPACE, `taxii-collection|${key}`);
}

/**
 * The collections a store offers, and their objects, built from the STIX export. Objects are cached
 * per collection for `cacheMs`, so that a client paging through a collection sees one snapshot
 * (and the export, which reads the whole store, runs once per walk, not once per page).
 */
export class CollectionSource {
  private readonly cache = new Map<string, { at: number; objects: Promise<CollectionObject[]> }>();

  constructor(
    private readonly store: Store,
    private readonly cacheMs = 30_000,
  ) {}

  async list(): Promise<TaxiiCollection[]> {
    const incidents = await this.store.listIncidents({ limit: 1_000_000 });
    const perIncident = incidents
      .map((i) => ({
        key: `incident|${i.id}`,
        title: incidentName({ id: i.id, victim: i.victim, eventIds: [], documentIds: [], ...(i.operation ? { name: i.operation } : {}), ...(i.date ? { firstSeen: i.date } : {}) }),
        description: `Incident ${i.id}: the attack reports, attribution claims, denials and responses Attrib linked to it.`,
      }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    return [
      { key: ALL, title: "Attrib: all findings", description: "Everything Attrib extracted: incidents, attribution claims, denials, responses and their source reports." },
      ...perIncident,
    ].map(({ key, title, description }) => ({ id: collectionId(key), title, description, can_read: true, can_write: false, media_types: [STIX_MEDIA_TYPE] }));
  }

  async get(id: string): Promise<TaxiiCollection | undefined> {
    return (await this.list()).find((c) => c.id === id);
  }

  /** The collection's objects in TAXII order: date added, then id. */
  async objects(id: string): Promise<CollectionObject[]> {
    const now = Date.now();
    const hit = this.cache.get(id);
    if (hit && now - hit.at < this.cacheMs) return hit.objects;
    const objects = this.build(id);
    this.cache.set(id, { at: now, objects });
    objects.catch(() => this.cache.delete(id));
    return objects;
  }

  private async build(id: string): Promise<CollectionObject[]> {
    let incidentId: string | undefined;
    if (id !== collectionId(ALL)) {
      const incidents = await this.store.listIncidents({ limit: 1_000_000 });
      incidentId = incidents.find((i) => collectionId(`incident|${i.id}`) === id)?.id;
      if (incidentId === undefined) return [];
    }
    const { bundle } = toStixBundle(await exportInputFromStore(this.store, incidentId !== undefined ? { incidentId } : {}));
    const added = await this.datesAdded(bundle.objects);
    return bundle.objects
      .map((object) => ({ object, dateAdded: added(object.id), version: str(object.modified) ?? str(object.created) ?? FIXED_EPOCH }))
      .sort((a, b) => (a.dateAdded < b.dateAdded ? -1 : a.dateAdded > b.dateAdded ? 1 : a.object.id < b.object.id ? -1 : 1));
  }

  /**
   * When each object counts as added: Attrib keeps no insertion time per STIX object, but every object
   * comes from source documents, which record when they were ingested. A report's date is its
   * document's; any other object's is the latest among the reports that refer to it, so a client
   * polling with added_after receives a new article's report together with everything it refers to
   * (new actors included) and any claim or incident a new source changed. The few objects no report
   * refers to (extension definitions, Attrib's identity) date from the first ingest.
   */
  private async datesAdded(objects: readonly StixObject[]): Promise<(id: string) => string> {
    const byObject = new Map<string, string>();
    const later = (id: string, date: string) => {
      const seen = byObject.get(id);
      if (seen === undefined || date > seen) byObject.set(id, date);
    };
    let first: string | undefined;
    for (const report of objects.filter((o) => o.type === "report")) {
      const documentId = (report.external_references as { external_id?: string }[] | undefined)?.[0]?.external_id;
      const doc = documentId !== undefined ? await this.store.getDocument(documentId) : undefined;
      if (!doc) continue;
      const date = new Date(doc.document.ingestedAt).toISOString();
      if (first === undefined || date < first) first = date;
      later(report.id, date);
      for (const ref of (report.object_refs as string[] | undefined) ?? []) later(ref, date);
    }
    return (id) => byObject.get(id) ?? first ?? FIXED_EPOCH;
  }
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
