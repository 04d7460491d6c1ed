import type { Actor, Article, CyberEvent, EventDate, EventType } from "../domain/index.js";

/** One token with its character offsets into the document text. */
export interface Token {
  readonly text: string;
  /** Lower-cased text, the key for lexicon look-ups. */
  readonly lower: string;
  readonly lemma: string;
  /** First word of the folded text (lower case, no accents): the key gazetteer look-ups start from. */
  readonly key: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, ...). */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** Token index range [tokenStart, tokenEnd) into Analysis.tokens. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** How a mention was recognized: decides how much it can be trusted and how it resolves. */
export type MentionSource =
  | "gazetteer" // a known actor's name or alias
  | "country" // a country name, capital or seat of power
  | "demonym" // "Iranian", used as a modifier: carries a country but is no actor alone
  | "body" // a generic government body with its country from context ("Iran's foreign ministry")
  | "official" // a title with or without a name ("foreign ministry spokesperson Nasser Kanaani")
  | "composite" // a demonym or country plus a descriptive head ("Iranian hackers", "UK firms")
  | "name" // a proper name not in any gazetteer, typed by its context
  | "descriptor" // "the Balkan nation", "the country", "its NATO ally"
  | "pronoun"; // "it", "they", "he", "she"

/** A reference to an actor in the text (standoff: token and character offsets). */
export interface Mention {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly source: MentionSource;
  /** The actor this mention stands for; for descriptors and pronouns set by reference resolution. */
  actor?: Actor;
  /** Surface text as it appears. */
  readonly text: string;
  /** Ends with a possessive ("Iran's"). */
  readonly possessive?: boolean;
  /** Only a country-bearing modifier ("Iranian"), not an actor on its own. */
  modifier?: boolean;
  /** An office named by its title alone ("the spokesperson", "the president"): it may speak, not be blamed or hit. */
  readonly titleOnly?: boolean;
  /** For a government body named without its country: its canonical label ("State Police"). */
  readonly label?: string;
}

export type DateRole = "point" | "since" | "until";

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentence: number;
  readonly date: EventDate;
  /** "since 2007" starts a period: it dates no single event. */
  readonly role: DateRole;
}

/** An event found in one sentence, before document-level merging. */
export interface EventCandidate {
  readonly type: EventType;
  readonly action?: string;
  readonly roles: Partial<Record<"victim" | "attributor" | "accused" | "denier" | "imposer" | "actor" | "target", Actor>>;
  readonly attackType?: CyberEvent["attackType"];
  readonly hedged?: boolean;
  readonly date?: EventDate;
  readonly sentence: number;
  /** Token index of the word that signals the event. */
  readonly trigger: number;
  /** How sure the rule is, 0..1. */
  readonly confidence: number;
}

/** Everything the pipeline knows about one document; each stage adds its part. */
export interface Analysis {
  readonly article: Article;
  readonly published?: Date;
  paragraphs?: { start: number; end: number }[];
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: Mention[];
  dates?: DateMention[];
  candidates?: EventCandidate[];
  events?: CyberEvent[];
}

/** Reads a field an earlier stage must have set, with an error naming both stages' contract. */
export function required<K extends keyof Analysis>(a: Analysis, key: K, stage: string): NonNullable<Analysis[K]> {
  const v = a[key];
  if (v === undefined || v === null) throw new Error(`stage "${stage}" needs "${String(key)}", which no earlier stage set`);
  return v as NonNullable<Analysis[K]>;
}
