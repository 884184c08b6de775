export * from "./issue.ts";
export * from "./list.ts";
export * from "./messages.ts";
