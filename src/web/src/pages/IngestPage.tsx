import { useEffect, useState } from "react";
import { api, type IngestJob } from "../api.js";
import { canWrite, useConfig } from "../config.js";
import { Link } from "../router.js";

function JobProgress({ start }: { start: IngestJob }) {
  const [job, setJob] = useState(start);
  useEffect(() => {
    if (job.state !== "running") return;
    const t = setTimeout(() => api.ingestJob(job.id).then(setJob, () => undefined), 400);
    return () => clearTimeout(t);
  }, [job]);
  return (
    <section className="card job" aria-live="polite" data-state={job.state}>
      <h2>
        {job.state === "running" ? "Reading…" : job.state === "done" ? "Done" : "Failed"} <span className="muted">({job.done} item{job.done === 1 ? "" : "s"} read)</span>
      </h2>
      {job.state === "running" ? <progress aria-label="ingest progress" /> : null}
      {job.error ? <p className="error" role="alert">{job.error}</p> : null}
      <ul>
        {job.items.map((i, n) => (
          <li key={n} className={i.ok ? "ok" : "failed"}>
            {i.ok && i.documentId ? (
              <>
                <Link to={`/documents/${encodeURIComponent(i.documentId)}`} className="ingested-doc">{i.title ?? i.origin}</Link> — {i.events} event{i.events === 1 ? "" : "s"}
                {i.status === "unchanged" ? <span className="muted"> (already stored)</span> : null}
              </>
            ) : (
              <span className="error">{i.error?.message ?? i.origin}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function IngestPage() {
  const config = useConfig();
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [published, setPublished] = useState("");
  const [feedUrl, setFeedUrl] = useState("");
  const [files, setFiles] = useState<FileList | null>(null);
  const [jobs, setJobs] = useState<IngestJob[]>([]);
  const [error, setError] = useState<string>();
  const run = async (start: () => Promise<IngestJob>) => {
    setError(undefined);
    try {
      const job = await start();
      setJobs((j) => [job, ...j]);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (!canWrite(config)) return <section><h1>Ingest</h1><p className="notice">This server is read-only: ingesting needs a loopback server or an access token.</p></section>;
  const dated = published ? { published } : {};
  return (
    <section>
      <h1>Ingest</h1>
      {error ? <p className="error" role="alert">{error}</p> : null}
      <label className="block">Publication date (used when the source gives none) <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} /></label>
      <div className="grid">
        <form className="card wide" onSubmit={(e) => (e.preventDefault(), run(() => api.ingestJson({ text, ...(title.trim() ? { title: title.trim() } : {}), ...dated })))}>
          <h2>Paste an article</h2>
          <label className="block">Title <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} /></label>
          <label className="block">Text <textarea name="text" rows={10} value={text} onChange={(e) => setText(e.target.value)} required /></label>
          <button type="submit" className="primary" disabled={!text.trim()}>Extract and store</button>
        </form>
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            if (!files?.length) return;
            const form = new FormData();
            for (const f of files) form.append("file", f);
            if (published) form.append("published", published);
            void run(() => api.ingestFiles(form));
          }}
        >
          <h2>Upload files</h2>
          <p className="muted small">.txt .md .html .jsonl .xml/.rss/.atom</p>
          <input type="file" name="file" multiple onChange={(e) => setFiles(e.target.files)} aria-label="files to upload" />
          <button type="submit" disabled={!files?.length}>Upload</button>
        </form>
        <form className="card" onSubmit={(e) => (e.preventDefault(), run(() => api.ingestJson({ feedUrl: feedUrl.trim(), ...dated })))}>
          <h2>Feed or page URL</h2>
          <input type="url" name="feedUrl" value={feedUrl} onChange={(e) => setFeedUrl(e.target.value)} placeholder="https://…/feed.xml" aria-label="feed URL" />
          <button type="submit" disabled={!feedUrl.trim()}>Fetch</button>
        </form>
      </div>
      {jobs.map((j) => <JobProgress key={j.id} start={j} />)}
    </section>
  );
}
