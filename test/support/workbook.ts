// The tests' one workbook builder: tabs from records keyed by column key, with the
// header text taken from the core schema (shared with the sample generator).
export {
  FORM_HEADER,
  type Fields,
  formGrid,
  type Grid,
  headerOf,
  headersOf,
  rawTab,
  rawWorkbook,
  tableGrid,
} from "../../tools/workbook.ts";
