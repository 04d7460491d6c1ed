import type { Actor } from "../../domain/index.js";
import {
  AMBIGUOUS_COUNTRY_FORMS, companies, countries, genericBodies, governmentBodies, leaders, organizations, threatGroups,
  type CountryEntry, type GenericBody, type KnownActor,
} from "../../knowledge/index.js";
import { FormIndex } from "./form-index.js";
import { DESCRIPTIVE_HEADS, STATE_HEADS } from "./heads.js";

export type NameEntry =
  | { readonly type: "actor"; readonly actor: Actor }
  | { readonly type: "country"; readonly country: CountryEntry }
  | { readonly type: "demonym"; readonly country: CountryEntry };

export type HeadEntry =
  | { readonly type: "body"; readonly body: GenericBody }
  | { readonly type: "descriptive"; readonly kind: Actor["kind"]; readonly form: string }
  | { readonly type: "state" };

/** All surface forms the recognizer matches, built once per process from the knowledge tables. */
export interface Lexicon {
  readonly names: FormIndex<NameEntry>;
  readonly heads: FormIndex<HeadEntry>;
  /**
   * Names that are ordinary words too ("Lazarus", "Snake", "Cobalt"): a group only with a group word
   * next to them or once the article has named the group in full.
   */
  readonly contextNames: FormIndex<NameEntry>;
  /** First words of every form in `names` and `heads`: one look-up tells whether a token can start one. */
  readonly starts: ReadonlySet<string>;
  readonly countryByCode: ReadonlyMap<string, CountryEntry>;
  /** Named government bodies by "<country>|<folded alias>", to turn "Iran's intelligence agency" into MOIS. */
  readonly bodyByCountryForm: ReadonlyMap<string, Actor>;
}

const toActor = (k: KnownActor): Actor => ({
  name: k.name,
  kind: k.kind,
  ...(k.country ? { country: k.country } : {}),
});

/** "FANCY BEAR" → "Fancy Bear"; undefined for short acronyms ("GRU", "APT"), which keep their case. */
function titleCaseOfCaps(form: string): string | undefined {
  if (!/^[A-Z][A-Z ]+$/.test(form) || form.replace(/ /g, "").length <= 5) return undefined;
  return form.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

let cached: Lexicon | undefined;
let extraActors: readonly KnownActor[] = [];

/** Threat groups imported at run time join the lexicon (the next build sees them). */
export function setExtraActors(actors: readonly KnownActor[]): void {
  extraActors = actors;
  cached = undefined;
}

export function lexicon(): Lexicon {
  if (cached) return cached;
  const names = new FormIndex<NameEntry>();
  const contextNames = new FormIndex<NameEntry>();
  const heads = new FormIndex<HeadEntry>();
  const bodyByCountryForm = new Map<string, Actor>();
  // Order matters only between equal forms: the index keeps all, and the first added wins a tie.
  const known: KnownActor[] = [...governmentBodies, ...leaders, ...organizations, ...companies, ...threatGroups, ...extraActors];
  for (const k of known) {
    const actor = toActor(k);
    // A group whose own name is a common word ("Cobalt") is found by its other names, or in context.
    const ambiguous = "ambiguousName" in k && k.ambiguousName;
    const forms = ambiguous ? k.aliases : [k.name, ...k.aliases];
    if (k.kind === "group") {
      const contextual = [...(("contextAliases" in k && (k.contextAliases as readonly string[] | undefined)) || []), ...(ambiguous ? [k.name] : [])];
      // "Lazarus" for the Lazarus Group, "Equation" for the Equation Group.
      const bare = /^(.{4,}) (Group|Team|Gang)$/.exec(k.name)?.[1];
      if (bare) contextual.push(bare);
      for (const form of contextual) contextNames.add(form, { type: "actor", actor });
    }
    for (const form of forms) {
      names.add(form, { type: "actor", actor });
      // Vendors write names in capitals ("FANCY BEAR", "STRONTIUM"); news writes them in title case.
      const title = titleCaseOfCaps(form);
      if (title) names.add(title, { type: "actor", actor });
      if (k.kind === "government" && k.country) bodyByCountryForm.set(`${k.country}|${form.toLowerCase()}`, actor);
    }
  }
  for (const c of countries) {
    // "Georgia", "Jordan", "Chad" name states and much else; the demonyms still carry the country.
    for (const form of [c.name, ...c.names, ...c.capitals]) if (!AMBIGUOUS_COUNTRY_FORMS.has(form)) names.add(form, { type: "country", country: c });
    for (const seat of c.seats) {
      names.add(seat, { type: "country", country: c });
      names.add(`the ${seat}`, { type: "country", country: c });
    }
    for (const d of c.demonyms) names.add(d, { type: "demonym", country: c });
  }
  // State heads first: on an equal form ("government") the first added wins.
  for (const form of STATE_HEADS) heads.add(form, { type: "state" });
  for (const body of genericBodies) for (const form of body.forms) heads.add(form, { type: "body", body });
  for (const [form, kind] of Object.entries(DESCRIPTIVE_HEADS)) heads.add(form, { type: "descriptive", kind, form });
  cached = {
    names,
    heads,
    contextNames,
    starts: new Set([...names.keys(), ...heads.keys(), ...contextNames.keys()]),
    countryByCode: new Map(countries.map((c) => [c.code, c])),
    bodyByCountryForm,
  };
  return cached;
}
