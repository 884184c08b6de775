export * from "./compare.ts";
export * from "./csv.ts";
export * from "./order.ts";
export * from "./roster.ts";
export * from "./rules.ts";
export * from "./types.ts";
