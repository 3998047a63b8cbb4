// The engine's public surface. Each domain also has its own subpath export (see package.json):
// @frontier-ai/core/models, /culture, /compliance, /content, /learning, and /testing for the fakes.
export * from "./compliance/index.ts";
export * from "./content/index.ts";
export * from "./culture/index.ts";
export * from "./learning/index.ts";
export * from "./models/index.ts";
