/**
 * Progress of a long batch on stderr: a one-line bar redrawn in place on a terminal, plain log lines
 * otherwise (files, CI, pipes), where a redrawn line would be noise. Failures are always printed in
 * full, with their input's name, as they happen.
 */
export interface ProgressCounts {
  /** Items handled so far (documents and failures). */
  done: number;
  failed: number;
  seconds: number;
}

export interface ProgressOptions {
  label: string;
  /** Defaults to whether the stream is a terminal. */
  tty?: boolean;
  /** Log mode: one line every this many items (default 100). */
  logEvery?: number;
  /** Terminal mode: redraw at most this often (default 100 ms), so a fast batch is not slowed by drawing. */
  redrawMs?: number;
}

interface Out {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}


export class Progress {
  private readonly tty: boolean;
  private readonly logEvery: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly out: Out,
    private readonly options: ProgressOptions,
  ) {
    this.tty = options.tty ?? out.isTTY === true;
    this.logEvery = options.logEvery ?? 100;
  }

  /** Reports one item; `current` names it on the bar. */
  update(counts: ProgressCounts, current?: string): void {
    if (!this.tty) {
      if (counts.done % this.logEvery === 0) this.out.write(`${this.options.label}: ${this.status(counts)}\n`);
      return;
    }
    const now = performance.now();
    if (this.drawn && now - this.lastDraw < (this.options.redrawMs ?? 100)) return;
    this.lastDraw = now;
    this.draw(counts, current);
  }

  /** A failure or notice, on its own line (above the bar on a terminal). */
  line(text: string): void {
    this.clear();
    this.out.write(`${text}\n`);
  }

  /** Removes the bar; the caller prints the summary. */
  finish(): void {
    this.clear();
  }

  private status(c: ProgressCounts): string {
    const rate = c.seconds > 0 ? c.done / c.seconds : 0;
    return `${c.done} document(s), ${rate.toFixed(1)} documents/s, ${c.failed} error(s)`;
  }

  private draw(counts: ProgressCounts, current?: string): void {
    const width = Math.max(40, (this.out.columns ?? 100) - 1);
    const spin = "|/-\\"[counts.done % 4];
    const rate = counts.seconds > 0 ? counts.done / counts.seconds : 0;
    // Short, so narrow terminals still show the error count; the current input fills what is left.
    let text = `${spin} ${this.options.label}: ${counts.done} docs, ${rate.toFixed(1)}/s, ${counts.failed} errors`;
    // The end of a long input name (file:line) says more than its start.
    const room = width - text.length - 2;
    if (current && room >= 8) text += `  ${current.length > room ? "…" + current.slice(-(room - 1)) : current}`;
    if (text.length > width) text = text.slice(0, width - 1) + "…";
    this.out.write(`\r\x1b[K${text}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.tty && this.drawn) this.out.write("\r\x1b[K");
    this.drawn = false;
  }
}
