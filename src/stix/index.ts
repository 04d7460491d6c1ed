export type { AttackType, CyberEventWithId, ExportClaim, ExportDocument, ExportIncident, ExportInput } from "./input.js";
export type { ExternalReference, StixBundle, StixObject } from "./types.js";
export { toStixBundle, type StixExport } from "./bundle.js";
export { claimsOf, eventsById } from "./claims.js";
export { factsFromBundle, type BundleFacts } from "./facts.js";
export { ATTRIB_STIX_NAMESPACE, FIXED_EPOCH, stixId, uuidv5, toStixTimestamp } from "./ids.js";
export { CONFIDENCE_FIRM, CONFIDENCE_HEDGED, confidenceFromHedging, incidentName } from "./labels.js";
export {
  ATTRIB_IDENTITY_ID, INCIDENT_EXTENSION_ID, RESPONSE_EXTENSION_ID, RESPONSE_TYPE,
} from "./extensions.js";
export { countryName, objectTypeFor } from "./actors.js";
export {
  DEFAULT_STIX_SCHEMAS, STIX_SCHEMAS_ENV, StixValidator, stixSchemaDir, validateBundle,
  type BundleValidation, type ObjectErrors,
} from "./validate.js";
