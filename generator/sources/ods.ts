// OpenDocument spreadsheets: implemented with the sources work.
import type { RawWorkbook } from "../../core/index.ts";
import { UsageError } from "../errors.ts";

export async function readOds(path: string): Promise<RawWorkbook> {
  throw new UsageError(`Reading .ods files is not available yet; save "${path}" as .xlsx.`);
}
