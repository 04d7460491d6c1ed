import assert from "node:assert/strict";
import { test } from "node:test";
import { Progress } from "./progress.js";

const sink = (isTTY: boolean) => {
  const out = { text: "", isTTY, columns: 80, write: (chunk: string) => (out.text += chunk) };
  return out;
};

test("on a terminal: one line redrawn in place, failures printed above it, cleared at the end", () => {
  const out = sink(true);
  const p = new Progress(out, { label: "ingest" });
  p.update({ done: 10, failed: 1, seconds: 2 }, "a.jsonl:10");
  assert.equal(out.text, "\r\x1b[K- ingest: 10 docs, 5.0/s, 1 errors  a.jsonl:10");
  p.update({ done: 11, failed: 1, seconds: 2.01 }, "a.jsonl:11");
  assert.doesNotMatch(out.text, /a\.jsonl:11/, "redrawn at most every 100 ms");
  p.line("attrib: b.txt: not text");
  assert.ok(out.text.endsWith("\r\x1b[Kattrib: b.txt: not text\n"));
  p.update({ done: 3, failed: 0, seconds: 1 }, "x".repeat(200));
  assert.match(out.text, /\n\r\x1b\[K. ingest: 3 docs, 3\.0\/s, 0 errors {2}…x+$/, "drawn again after a failure line, the input's name cut at its start");
  p.finish();
  assert.ok(out.text.endsWith("\r\x1b[K"));
  assert.ok(out.text.split("\r\x1b[K").every((frame) => frame.replace(/\n$/, "").length <= 79), "a frame never wraps");
});

test("elsewhere: plain log lines every N documents, no carriage returns", () => {
  const out = sink(false);
  const p = new Progress(out, { label: "ingest", logEvery: 2 });
  for (let done = 1; done <= 5; done++) p.update({ done, failed: 0, seconds: done });
  p.line("attrib: c.html: empty");
  p.finish();
  assert.equal(
    out.text,
    "ingest: 2 document(s), 1.0 documents/s, 0 error(s)\ningest: 4 document(s), 1.0 documents/s, 0 error(s)\nattrib: c.html: empty\n",
  );
});
