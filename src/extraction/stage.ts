import type { Analysis } from "./analysis.js";

/** One step of the extraction pipeline: reads what earlier stages set and adds its own part. */
export interface Stage {
  readonly name: string;
  run(analysis: Analysis): Partial<Analysis>;
}

/** Runs stages in order; each sees the merged result of all before it. */
export function runStages(stages: readonly Stage[], start: Analysis): Analysis {
  let analysis = start;
  for (const stage of stages) analysis = { ...analysis, ...stage.run(analysis) };
  return analysis;
}
