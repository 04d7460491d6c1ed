import { useMemo } from "react";
import type { ApiEvent } from "../api.js";

interface Segment {
  start: number;
  end: number;
  events: ApiEvent[];
}

/** Cuts the text at every evidence boundary; each piece knows the events whose evidence covers it. */
function segments(text: string, events: ApiEvent[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const e of events) for (const s of e.evidence) if (s.end <= text.length) (cuts.add(s.start), cuts.add(s.end));
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") (cuts.add(i), cuts.add(i + 1));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, events: events.filter((e) => e.evidence.some((s) => s.start <= start && end <= s.end)) });
  }
  return out;
}

/** Role actors' names inside a piece of evidence, labelled with their role. */
function labelRoles(text: string, offset: number, events: ApiEvent[]): React.ReactNode[] {
  const names: { at: number; len: number; role: string }[] = [];
  for (const e of events)
    for (const r of e.roles) {
      if (r.actor.kind === "unspecified") continue;
      const lower = text.toLowerCase();
      const needle = r.actor.name.toLowerCase();
      for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
        const before = lower[i - 1];
        const after = lower[i + needle.length];
        if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue;
        if (!names.some((n) => i < n.at + n.len && n.at < i + needle.length)) names.push({ at: i, len: needle.length, role: r.role });
      }
    }
  names.sort((a, b) => a.at - b.at);
  const out: React.ReactNode[] = [];
  let pos = 0;
  for (const n of names) {
    out.push(text.slice(pos, n.at));
    out.push(
      // The label is CSS generated content (attr(data-role)), so it is neither selected nor copied.
      <span key={`${offset + n.at}`} className={`role-mention role-${n.role}`} data-role={n.role}>
        {text.slice(n.at, n.at + n.len)}
      </span>,
    );
    pos = n.at + n.len;
  }
  out.push(text.slice(pos));
  return out;
}

/**
 * The document's text with every event's evidence highlighted and roles labelled. The text is
 * rendered as React text nodes only, never as HTML.
 */
export function HighlightedText({ text, events, focus, onSelectEvent }: { text: string; events: ApiEvent[]; focus?: string; onSelectEvent?: (id: string) => void }) {
  const pieces = useMemo(() => segments(text, events), [text, events]);
  const paragraphs: Segment[][] = [[]];
  for (const p of pieces) {
    if (text.slice(p.start, p.end) === "\n") paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]!.push(p);
  }
  return (
    <div className="document-text" data-testid="document-text">
      {paragraphs.map((para, i) => (
        <p key={i} data-offset={para[0]?.start ?? 0}>
          {para.map((s) => {
            const piece = text.slice(s.start, s.end);
            if (s.events.length === 0) return <span key={s.start} data-offset={s.start}>{piece}</span>;
            const focused = focus !== undefined && s.events.some((e) => e.id === focus);
            const first = s.events[0]!;
            return (
              <mark
                key={s.start}
                data-offset={s.start}
                data-event-ids={s.events.map((e) => e.id).join(" ")}
                className={`evidence type-${first.type}${focused ? " focus" : ""}${s.events.every((e) => e.status === "rejected") ? " rejected" : ""}`}
                title={s.events.map((e) => `${e.type}: ${e.roles.map((r) => `${r.role} ${r.actor.name}`).join(", ")}`).join("\n")}
                onClick={() => onSelectEvent?.(first.id)}
                {...(focused ? { "aria-current": "true" as const } : {})}
              >
                {labelRoles(piece, s.start, s.events)}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

/** Character offset in the document of a point in the rendered text (a text node inside a segment). */
export function textOffset(node: Node, offsetInNode: number): number | undefined {
  if (node.nodeType !== Node.TEXT_NODE) return undefined;
  const segment = node.parentElement?.closest<HTMLElement>("[data-offset]:not(p)");
  if (!segment) return undefined;
  let count = 0;
  const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return Number(segment.dataset.offset) + count + offsetInNode;
    count += n.textContent?.length ?? 0;
  }
  return undefined;
}

/** The current selection inside the document text as a span, if it is one. */
export function selectedSpan(): { start: number; end: number } | undefined {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
  const range = sel.getRangeAt(0);
  const start = textOffset(range.startContainer, range.startOffset);
  const end = textOffset(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end };
}
