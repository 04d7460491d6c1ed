import { FIXED_EPOCH, stixId } from "./ids.js";
import type { StixObject } from "./types.js";

/** The identity of Attrib as a producer; STIX requires extension definitions to name their creator. */
export const ATTRIB_IDENTITY_ID = stixId("identity", "attrib:producer");

/** New SDO for state responses: sanctions, diplomatic and legal measures, condemnations. */
export const RESPONSE_TYPE = "x-attrib-response";
export const RESPONSE_EXTENSION_ID = stixId("extension-definition", "attrib:x-attrib-response:1");

/** Property extension on `incident` carrying the dates and attack type STIX's incident stub lacks. */
export const INCIDENT_EXTENSION_ID = stixId("extension-definition", "attrib:incident-properties:1");

const common = { spec_version: "2.1" as const, created: FIXED_EPOCH, modified: FIXED_EPOCH };

export const ATTRIB_IDENTITY: StixObject = {
  type: "identity",
  id: ATTRIB_IDENTITY_ID,
  ...common,
  name: "Attrib",
  identity_class: "system",
  description: "Attrib: extracts state-linked cyberattacks, attribution claims, denials and state responses from news.",
};

export const RESPONSE_EXTENSION: StixObject = {
  type: "extension-definition",
  id: RESPONSE_EXTENSION_ID,
  ...common,
  created_by_ref: ATTRIB_IDENTITY_ID,
  name: "Attrib state response",
  description:
    "A new SDO, x-attrib-response, for a measure one actor takes against another over a cyber operation: " +
    "a sanction, a diplomatic measure, a legal action or a condemnation. Consumers that do not know it may skip it.",
  schema:
    "Properties of x-attrib-response: name (string); response_type (one of sanction, diplomatic, legal, condemnation); " +
    "response_action (string, e.g. sever_relations, expel_diplomats, indictment; named so because STIX reserves `action`); " +
    "actor_ref (identifier of the identity taking the measure); target_ref (identifier of the identity, intrusion-set or " +
    "threat-actor it is taken against); date (YYYY, YYYY-MM or YYYY-MM-DD) with date_precision (day, month, year); " +
    "evidence (the source sentence); hedged (boolean); external_references to the source articles.",
  version: "1.0.0",
  extension_types: ["new-sdo"],
};

export const INCIDENT_EXTENSION: StixObject = {
  type: "extension-definition",
  id: INCIDENT_EXTENSION_ID,
  ...common,
  created_by_ref: ATTRIB_IDENTITY_ID,
  name: "Attrib incident properties",
  description: "When an incident was seen and what kind of attack it was, as reported in the source articles.",
  schema:
    "Properties inside the extension on an incident: first_seen and last_seen (STIX timestamps of the start of the " +
    "reported period) with first_seen_precision and last_seen_precision (day, month, year); attack_type (intrusion, " +
    "data-theft, ransomware, wiper, ddos, defacement, phishing, espionage, disruption, leak, other).",
  version: "1.0.0",
  extension_types: ["property-extension"],
};
