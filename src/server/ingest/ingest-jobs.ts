import { randomUUID } from "node:crypto";
import type { Article } from "../../domain/index.js";
import { extract, EXTRACTOR_VERSION } from "../../extraction/extract.js";
import type { SourceResult } from "../../ingest/index.js";
import type { Store } from "../../store/index.js";

export interface IngestItem {
  origin: string;
  ok: boolean;
  documentId?: string;
  title?: string;
  /** inserted, unchanged or new-version */
  status?: string;
  events?: number;
  error?: { code: string; message: string };
}

export interface IngestJob {
  id: string;
  state: "running" | "done" | "failed";
  startedAt: string;
  finishedAt?: string;
  /** Items read so far; a feed's item count is known only as it is read. */
  done: number;
  items: IngestItem[];
  error?: string;
}

const KEEP_JOBS = 100;

/**
 * Runs ingests in the background and keeps their progress for polling. One job at a time writes
 * (the store assumes one writer), so jobs queue behind each other.
 */
export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly changed: () => void,
  ) {}

  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }

  /** Starts a job over the results of `read` and returns it at once (state 'running'). */
  start(read: () => AsyncIterable<SourceResult>, cleanup?: () => Promise<void>): IngestJob {
    const job: IngestJob = { id: randomUUID(), state: "running", startedAt: new Date().toISOString(), done: 0, items: [] };
    this.jobs.set(job.id, job);
    while (this.jobs.size > KEEP_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
    const run = async () => {
      try {
        for await (const result of read()) {
          job.items.push(result.ok ? await this.save(result.article, result.origin) : { origin: result.origin, ok: false, error: { code: result.error.code, message: result.error.message } });
          job.done++;
        }
        // Bulk writes skip relinking per document; incidents and claims are rebuilt once here.
        await this.store.relink();
        job.state = "done";
      } catch (e) {
        job.state = "failed";
        job.error = (e as Error).message;
      } finally {
        job.finishedAt = new Date().toISOString();
        this.changed();
        await cleanup?.().catch(() => undefined);
      }
    };
    this.queue = this.queue.then(run);
    return job;
  }

  /** Waits for every queued job (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async save(article: Article, origin: string): Promise<IngestItem> {
    try {
      const extraction = extract(article);
      const saved = await this.store.saveExtraction(article, extraction, { extractionVersion: EXTRACTOR_VERSION, relink: false });
      return { origin, ok: true, documentId: saved.id, ...(article.title ? { title: article.title } : {}), status: saved.status, events: extraction.events.length };
    } catch (e) {
      return { origin, ok: false, error: { code: "store_failed", message: (e as Error).message } };
    }
  }
}
