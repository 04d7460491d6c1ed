export * from "./actor.js";
export * from "./document.js";
export * from "./event.js";
export * from "./event-date.js";
export * from "./span.js";
export * from "./imported-group.js";
