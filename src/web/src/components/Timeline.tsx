import type { ApiTimelineEntry } from "../api.js";
import { Link } from "../router.js";
import { DateText, Hedge, Roles, Sources, StatusBadge, TypeBadge } from "./common.js";

/** Attack → claims → denials → responses, in the order the store gives (dated first, by date). */
export function Timeline({ entries, reviewLinks = true }: { entries: ApiTimelineEntry[]; reviewLinks?: boolean }) {
  if (entries.length === 0) return <p className="muted">No events.</p>;
  return (
    <ol className="timeline">
      {entries.map((t) => (
        <li key={t.eventId} className={`timeline-item type-${t.type} status-${t.status}`} data-event-id={t.eventId} data-date={t.date?.value ?? ""}>
          <div className="timeline-head">
            <DateText date={t.date} /> <TypeBadge type={t.type} /> {t.action ? <span className="muted">{t.action.replace(/_/g, " ")}</span> : null}
            {t.attackType ? <span className="muted">{t.attackType}</span> : null} <Hedge hedged={t.hedged} /> <StatusBadge status={t.status} />
          </div>
          <Roles roles={t.roles} />
          {t.evidence[0] ? <blockquote className="quote">{t.evidence[0].quote}</blockquote> : null}
          <div className="timeline-foot">
            <Sources sources={t.sources} eventId={t.eventId} />
            {reviewLinks && t.sources[0] ? (
              <Link className="review-link" to={`/review?documentId=${encodeURIComponent(t.sources[0].documentId)}&status=${t.status}#${t.eventId}`}>
                Review
              </Link>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
