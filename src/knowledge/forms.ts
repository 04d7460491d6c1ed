/**
 * Small helpers for surface forms shared by the gazetteers.
 * The recognizer is expected to fold diacritics on both sides when matching, so the
 * gazetteers keep only one spelling per diacritic-equivalence class ("Bogotá", not also "Bogota");
 * real spelling variants ("Kyiv" / "Kiev") are kept as separate forms.
 */

/** "Élysée" → "Elysee"; also folds curly apostrophes to "'". */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** Key under which two forms count as the same spelling: case- and diacritic-insensitive. */
export function formKey(form: string): string {
  return foldDiacritics(form).toLowerCase().replace(/\s+/g, " ").trim();
}

/** Keeps the first of each group of forms that differ only in case or diacritics; drops empties. */
export function uniqueForms(forms: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of forms) {
    const form = raw.trim();
    const key = formKey(form);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(form);
  }
  return out;
}

/**
 * True when a form must be matched with its exact case: acronyms and codes ("US", "UK", "MOIS",
 * "TAG", "APT28", "U.S."), which collide with ordinary words ("us", "tag") when lower-cased, and
 * CamelCase names ("OilRig", "BlackJack") that differ from a common word only by case.
 */
export function requiresExactCase(form: string): boolean {
  const letters = form.replace(/[^A-Za-z]/g, "");
  if (letters.length === 0) return true;
  if (/[a-z][A-Z]/.test(form) && !/\s/.test(form)) return true;
  const upper = letters.replace(/[^A-Z]/g, "").length;
  // All caps, or mostly caps with digits/dots, or short mixed forms such as "DoD", "GoI".
  return upper === letters.length || (letters.length <= 4 && upper >= 2);
}
