import { z } from "zod";
import { countryCodeSchema } from "./actor.js";

/**
 * A threat-actor group taken from curated knowledge an analyst imports (a MISP galaxy cluster file,
 * a STIX 2.1 bundle of intrusion sets and threat actors): its names, and whom it is said to serve.
 */
export const importedGroupSchema = z.object({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)),
  /** ISO 3166-1 alpha-2 of the state the source ties it to (its country or suspected sponsor). */
  country: countryCodeSchema.optional(),
  /** The suspected state sponsor as the source writes it ("Iran (Islamic Republic of)"). */
  sponsor: z.string().min(1).optional(),
});
export type ImportedGroup = z.infer<typeof importedGroupSchema>;
