export type { Column, ColumnMeta, Kind, RowOf } from "./columns.ts";
export * from "./enums.ts";
export * from "./keys.ts";
export * from "./questions.ts";
export * from "./tabs.ts";
export * from "./words.ts";
