import type { Stage } from "./stage.js";
import { assemble } from "./stages/assemble.js";
import { detectEvents } from "./stages/detect-events.js";
import { findDates } from "./stages/find-dates.js";
import { recognizeActors } from "./stages/recognize-actors.js";
import { resolveReferences } from "./stages/resolve-references.js";
import { segment } from "./stages/segment.js";

/** The extraction pipeline, in order. Each stage is a small unit with its own tests. */
export const PIPELINE: readonly Stage[] = [segment, recognizeActors, resolveReferences, findDates, detectEvents, assemble];
