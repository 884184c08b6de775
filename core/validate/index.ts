export * from "./build.ts";
export * from "./dataset.ts";
