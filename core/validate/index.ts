export * from "./build.ts";
export type { Conversion, Creator, Dataset, Post, Rows } from "./dataset.ts";
export type { LeftOut } from "./left-out.ts";
