// Google Sheets source: implemented in issue 5.
import type { RawWorkbook } from "../../core/index.ts";
import { SourceError } from "../errors.ts";

export async function readGoogleSheet(id: string): Promise<RawWorkbook> {
  throw new SourceError(
    `Reading Google Sheets (${id}) is not available yet; download the sheet as .xlsx and pass the file.`,
  );
}
