import type { ExportIncident } from "./input.js";

/**
 * STIX confidence for a claim, from its hedging, on the STIX 2.1 "None/Low/Med/High" scale
 * (spec Appendix A): a firm claim ("X was behind") is High → 85; a hedged one ("likely",
 * "suspected") is Med → 50. It expresses the attributor's stated confidence (the claim's
 * created_by_ref is the attributor), not Attrib's confidence in the extraction.
 */
export const CONFIDENCE_FIRM = 85;
export const CONFIDENCE_HEDGED = 50;

export function confidenceFromHedging(hedged: boolean): number {
  return hedged ? CONFIDENCE_HEDGED : CONFIDENCE_FIRM;
}

/** The incident's own name, or "Cyberattack on <victim> (<first seen>)". */
export function incidentName(incident: ExportIncident): string {
  if (incident.name) return incident.name;
  const when = incident.firstSeen ? ` (${incident.firstSeen.value})` : "";
  return `Cyberattack on ${incident.victim.name}${when}`;
}
