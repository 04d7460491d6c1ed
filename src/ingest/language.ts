import { franc } from "franc";

/** Below this many letters franc guesses more than it detects. */
const MIN_LETTERS = 40;
/** Enough text for a reliable guess; keeps detection cheap on long articles. */
const SAMPLE_CHARS = 2000;

/**
 * Language of a text: "en" for English (the pipeline's main language, written as the
 * extraction schema's examples do), otherwise the ISO 639-3 code from franc ("fra", "deu"),
 * or "und" when the text is too short to tell.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return "und";
  const code = franc(sample, { minLength: MIN_LETTERS });
  return code === "eng" ? "en" : code;
}
