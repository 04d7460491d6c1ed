import type { ActorKind } from "../domain/actor.js";

/**
 * One known actor and the surface forms that name it in text.
 * Gazetteers are plain data: the recognizer decides how forms are matched.
 */
export interface KnownActor {
  /** Canonical name printed in output ("Ministry of Intelligence and Security"). */
  name: string;
  kind: Exclude<ActorKind, "unspecified">;
  /** ISO 3166-1 alpha-2 of the state it belongs to or serves; absent when unknown or international. */
  country?: string;
  /** Other surface forms ("MOIS", "Iran's intelligence ministry"). The name itself is always matched. */
  aliases: readonly string[];
}

/**
 * A generic head noun for a government body or office whose country comes from context
 * ("the Iranian foreign ministry", "Albania's state police", "US Treasury").
 */
export interface GenericBody {
  /** Surface forms, lower case ("foreign ministry", "ministry of foreign affairs"). */
  forms: readonly string[];
  /** Canonical English label used with a country name: "Ministry of Foreign Affairs". */
  label: string;
  kind: "government";
  /** True for a person's title ("spokesperson", "prime minister") rather than a body. */
  title?: boolean;
}
