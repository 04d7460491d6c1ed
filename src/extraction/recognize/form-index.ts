import type { Token } from "../analysis.js";

/**
 * Surface forms indexed by their first word, matched against a document's folded text so that
 * multi-word names, dotted acronyms ("U.S.") and possessives match whatever wink's tokenizer did.
 *
 * Casing rule: an upper-case letter in a form must be upper case in the text, a lower-case letter
 * may be either. So "NSA" never matches "nsa", while "intelligence agency" matches "Intelligence Agency".
 */
export interface FormMatch<T> {
  readonly value: T;
  readonly tokenEnd: number;
  readonly end: number;
}

interface Entry<T> {
  readonly form: string;
  readonly folded: string;
  readonly value: T;
}

const WORD_BREAK = /[\s'.,\-]/;

export function firstWord(folded: string): string {
  const i = folded.search(WORD_BREAK);
  return i < 0 ? folded : folded.slice(0, i);
}

/** One character in, one character out, so offsets survive: lower case, no accents, straight apostrophes. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  if (c === "\u2019" || c === "\u2018" || c === "\u02bc") return "'";
  const lower = c.toLowerCase();
  const bare = lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return bare.length === 1 ? bare : lower.length === 1 ? lower : c;
}

export function foldText(text: string): string {
  // Fast path: ASCII needs only lower-casing, which keeps offsets.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = "";
  for (const c of text) out += c.length === 1 ? foldChar(c) : c;
  return out;
}

export class FormIndex<T> {
  private readonly buckets = new Map<string, Entry<T>[]>();
  private sorted = true;

  add(form: string, value: T): void {
    const trimmed = form.trim();
    if (!trimmed) return;
    const folded = foldText(trimmed);
    const key = firstWord(folded);
    if (!key) return;
    const bucket = this.buckets.get(key) ?? [];
    bucket.push({ form: trimmed, folded, value });
    this.buckets.set(key, bucket);
    this.sorted = false;
  }

  /** The first words that forms start with. */
  keys(): IterableIterator<string> {
    return this.buckets.keys();
  }

  private sort(): void {
    for (const b of this.buckets.values()) b.sort((x, y) => y.folded.length - x.folded.length);
    this.sorted = true;
  }

  /** The longest form starting at token i and ending at a token end, within the sentence. */
  matchAt(text: string, folded: string, tokens: readonly Token[], i: number, limit: number): FormMatch<T> | undefined {
    if (!this.sorted) this.sort();
    const tok = tokens[i]!;
    const bucket = this.buckets.get(tok.key);
    if (!bucket) return undefined;
    for (const e of bucket) {
      const end = tok.start + e.folded.length;
      if (!folded.startsWith(e.folded, tok.start)) continue;
      let j = i;
      while (j < limit && tokens[j]!.end < end) j++;
      if (j >= limit || tokens[j]!.end !== end) continue;
      if (!casingFits(e.form, text, tok.start)) continue;
      return { value: e.value, tokenEnd: j + 1, end };
    }
    return undefined;
  }
}

/**
 * Capitals in a form ask for capitals in the text where they mark a word: a short acronym ("US",
 * "GRU") must match exactly, any other word only needs its initial capital ("HomeLand" ~ "Homeland").
 */
function casingFits(form: string, text: string, at: number): boolean {
  let k = 0;
  for (const word of form.split(/(?<=[\s\-])/)) {
    const letters = word.replace(/[^A-Za-z]/g, "");
    const acronym = letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase();
    for (let c = 0; c < word.length; c++) {
      const f = word[c]!;
      const upper = f !== f.toLowerCase();
      const wordStart = c === 0 || !/[A-Za-z]/.test(word[c - 1]!);
      if (upper && (acronym || wordStart) && text[at + k + c] === text[at + k + c]!.toLowerCase()) return false;
    }
    k += word.length;
  }
  return true;
}
