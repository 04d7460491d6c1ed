import type { Context } from "hono";

/** The one media type of TAXII 2.1 responses (and the one clients must accept). */
export const TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1";
export const STIX_MEDIA_TYPE = "application/stix+json;version=2.1";

/**
 * True when the Accept header asks for TAXII 2.1 JSON: `application/taxii+json` with version 2.1 or
 * no version (TAXII 2.1 section 1.6.8.1). Anything else, a wildcard or no header included, gets 406:
 * a generic client would otherwise get TAXII envelopes it did not ask for.
 */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(",").some((part) => {
    const [type, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (type !== "application/taxii+json") return false;
    const version = params.find((p) => p.startsWith("version="))?.slice("version=".length);
    const q = params.find((p) => p.startsWith("q="))?.slice(2);
    return (version === undefined || version === "2.1") && q !== "0";
  });
}

/** A TAXII response body with the TAXII media type and any extra headers. */
export function taxiiJson(c: Context, body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": TAXII_MEDIA_TYPE, ...headers } });
}

/** A TAXII error message resource (section 3.6.1): title, description and the status as a string. */
export function taxiiError(c: Context, status: number, title: string, description?: string): Response {
  return taxiiJson(c, { title, ...(description ? { description } : {}), http_status: String(status) }, status);
}
