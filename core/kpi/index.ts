export * from "./compute.ts";
export { tierOf } from "./creators.ts";
export * from "./model.ts";
export * from "./notes.ts";
export * from "./profiles.ts";
export * from "./registry.ts";
export { canonicalSpelling } from "./spelling.ts";
export * from "./status.ts";
export { CONTENT_SUMS, SALES_SUMS } from "./sums.ts";
