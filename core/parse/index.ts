export * from "./campaign.ts";
export { CELL_ERROR, problemMessage } from "./cell.ts";
export * from "./cells.ts";
export * from "./goals.ts";
export * from "./raw.ts";
export { type ParsedRow, type ParsedTab, parseTable } from "./table.ts";
export * from "./workbook.ts";
