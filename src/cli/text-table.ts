import { csvField } from "../export/csv.js";

/** Rows of cells under a header: what `--format table` and `--format csv` both print. */
export interface Grid {
  head: string[];
  rows: string[][];
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** Aligned columns for people; a cell longer than `maxCell` is cut with "…" (the CSV keeps it whole). */
export function textTable({ head, rows }: Grid, maxCell = 60): string {
  const cells = rows.map((r) => r.map((c) => {
    const s = oneLine(c);
    return s.length > maxCell ? s.slice(0, maxCell - 1) + "…" : s;
  }));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

/** RFC 4180 CSV with a header row, as the exporters write it. */
export function csvTable({ head, rows }: Grid): string {
  return [head, ...rows].map((r) => r.map(csvField).join(",") + "\r\n").join("");
}
