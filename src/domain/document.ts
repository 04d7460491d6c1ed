import { z } from "zod";
import { eventSchema } from "./event.js";

/** An article as it enters extraction. */
export const articleSchema = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, "an ISO date such as 2022-09-12")
    .optional(),
  url: z.string().optional(),
  language: z.string().optional(),
  text: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

export const documentMetaSchema = articleSchema.omit({ text: true });
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/** What extraction prints for one document (shared/spec/extraction.schema.json). */
export const extractionSchema = z.object({
  document: documentMetaSchema,
  events: z.array(eventSchema),
});
export type Extraction = z.infer<typeof extractionSchema>;
