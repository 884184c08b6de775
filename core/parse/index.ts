export * from "./campaign.ts";
export * from "./cell.ts";
export * from "./cells.ts";
export * from "./goals.ts";
export * from "./raw.ts";
export * from "./table.ts";
export * from "./workbook.ts";
