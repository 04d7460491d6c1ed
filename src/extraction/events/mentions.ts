import type { Mention } from "../analysis.js";
import { isCommonWord } from "../nlp.js";

// What may fill an event's roles: predicates over mentions, shared by the sentence view and the detectors.

/**
 * An unknown one-word name that is an ordinary word ("Numbers", "Protocol", "European"): too weak to fill a
 * key role. (It costs a few brands named by a common word, "Unity", "Target", where no gazetteer knows them.)
 */
export const ordinaryWordName = (m: Mention) =>
  // (A group named in so many words, "a group it tracks as Electrum", is a name whatever the word.)
  m.source === "name" && m.actor?.kind !== "group" && !m.text.includes(" ") && isCommonWord(m.text.toLowerCase());

/** Usable as a role filler: an actor, not a bare demonym. */
export const usable = (m: Mention) => !!m.actor && !m.modifier;
export const named = (m: Mention) => usable(m) && m.actor!.kind !== "unspecified";
