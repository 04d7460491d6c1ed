export { taxiiApp, API_ROOT, type TaxiiDeps } from "./app.js";
export { TAXII_MEDIA_TYPE, STIX_MEDIA_TYPE } from "./media.js";
export { collectionId } from "./collections.js";
export { taxiiRouteDocs } from "./route-docs.js";
