/**
 * Test-only: two short invented reports of one invented incident, from two outlets, with their events.
 * Countries are fictional (Syldavia XA, Borduria XB) so no real claim is implied.
 */
import type { Actor, Article, CyberEvent, EventDate, Extraction, Span } from "../domain/index.js";

export const SYLDAVIA: Actor = { name: "Syldavia", kind: "state", country: "XA" };
export const BORDURIA: Actor = { name: "Borduria", kind: "state", country: "XB" };
export const PORTS: Actor = { name: "Ministry of Ports", kind: "government", country: "XA" };
export const TREASURY: Actor = { name: "Syldavian Treasury", kind: "government", country: "XA" };

/** The span of the first occurrence of `phrase` in `text` (fails loudly if the fixture text changed). */
export function spanOf(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  return { start, end: start + phrase.length };
}

const day = (value: string): EventDate => ({ value, precision: "day" });

export const S_A1 = "Syldavia said on Monday that hackers working for Borduria broke into the Ministry of Ports on 14 March 2021.";
export const S_A2 = "Borduria rejected the accusation as baseless on Tuesday.";
export const S_A3 = "Syldavia expelled two Bordurian diplomats on 20 March.";
export const articleA: Article = {
  id: "harbour-times-1",
  title: "Syldavia blames Borduria for ports ministry hack",
  published: "2021-03-16",
  url: "https://harbour-times.example/ports-hack",
  language: "en",
  text: `${S_A1} ${S_A2} ${S_A3}`,
};

export function eventsA(text = articleA.text): CyberEvent[] {
  return [
    { type: "attack", victim: PORTS, date: day("2021-03-14"), evidence: [spanOf(text, S_A1)] },
    { type: "attribution", attributor: SYLDAVIA, accused: BORDURIA, date: day("2021-03-15"), evidence: [spanOf(text, S_A1)] },
    { type: "denial", denier: BORDURIA, date: day("2021-03-16"), evidence: [spanOf(text, S_A2)] },
    { type: "diplomatic", action: "expel_diplomats", actor: SYLDAVIA, target: BORDURIA, date: day("2021-03-20"), evidence: [spanOf(text, S_A3)] },
  ];
}

export const S_B1 = "The Ministry of Ports was hit by a wiper attack in March 2021, officials said.";
export const S_B2 = "Syldavia blamed the Bordurian government for the intrusion.";
export const S_B3 = "On 2 April the Syldavian Treasury froze assets held by Borduria.";
export const articleB: Article = {
  id: "coastal-post-7",
  title: "Wiper hit ports ministry",
  published: "2021-04-03",
  url: "https://coastal-post.example/wiper",
  text: `${S_B1} ${S_B2} ${S_B3}`,
};

export function eventsB(text = articleB.text): CyberEvent[] {
  return [
    { type: "attack", victim: PORTS, attackType: "wiper", date: { value: "2021-03", precision: "month" }, evidence: [spanOf(text, S_B1)] },
    { type: "attribution", attributor: SYLDAVIA, accused: { ...BORDURIA, aliases: ["Bordurian government"] }, evidence: [spanOf(text, S_B2)] },
    { type: "sanction", imposer: TREASURY, target: BORDURIA, date: day("2021-04-02"), evidence: [spanOf(text, S_B3)] },
  ];
}

export const extractionOf = (article: Article, events: CyberEvent[]): Extraction => {
  const { text: _text, ...document } = article;
  return { document, events };
};
