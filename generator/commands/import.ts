import { stat } from "node:fs/promises";
import { extname } from "node:path";
import {
  EXPORT_KINDS,
  type ExportKind,
  importTarget,
  isRefusal,
  type MappedExport,
  mapExport,
  planImport,
} from "../../core/import/index.ts";
import type { Command } from "./command.ts";
import { UsageError } from "../errors.ts";
import { importMessages, summaryLine } from "../import/messages.ts";
import { loadSource } from "../sources/index.ts";

/** The workbook to import into: an .xlsx or .ods file or a CSV folder (what the writer can rewrite). */
async function intoKind(path: string): Promise<"xlsx" | "ods" | "csv"> {
  const st = await stat(path).catch(() => null);
  if (!st) throw new UsageError(importMessages.intoMissing(path));
  if (st.isDirectory()) return "csv";
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".ods") return "ods";
  throw new UsageError(importMessages.intoUnknown(path));
}

const importCommand: Command = {
  name: "import",
  summary: "bring Shopify, TikTok Shop, YouTube, TikTok Studio and Meta exports into the workbook",
  usage: `Usage: postmortem import FILE... --into WORKBOOK [--as KIND] [--creator HANDLE] [--dry-run]

Reads each export (.csv or .xlsx), recognises its kind from the header row and
merges it into the workbook's Conversions, Products and Content tabs. Running
it again with the same or a newer export updates the rows it wrote; rows you
typed, and cells you changed, are left as they are.

Options:
  --into WORKBOOK   the .xlsx or .ods workbook or CSV folder to import into
  --as KIND         the export's kind when it is not recognised:
                    ${EXPORT_KINDS.join(", ")}
  --creator HANDLE  whose account a YouTube Studio or TikTok Studio export is
                    (needed when the Creators tab has several on that platform)
  --dry-run         print what would change, write nothing
  -h, --help`,
  options: {
    into: { type: "string" },
    as: { type: "string" },
    creator: { type: "string" },
    "dry-run": { type: "boolean" },
  },
  async run({ values, positionals }) {
    // exceljs (the .xlsx writer) loads only for this command.
    const [{ readExport }, { writeCsvEdits, writeOdsEdits, writeXlsxEdits }] = await Promise.all([
      import("../import/read.ts"),
      import("../import/write.ts"),
    ]);
    if (positionals.length === 0) throw new UsageError(importMessages.noFiles());
    const into = values.into as string | undefined;
    if (!into) throw new UsageError(importMessages.noInto());
    const as = values.as as string | undefined;
    if (as !== undefined && !(EXPORT_KINDS as readonly string[]).includes(as))
      throw new UsageError(importMessages.badKind(as, EXPORT_KINDS));
    const dry = values["dry-run"] === true;
    const kind = await intoKind(into);
    const { workbook } = await loadSource(into);
    const target = importTarget(workbook, values.creator as string | undefined);
    const mapped: MappedExport[] = [];
    const refusals: string[] = [];
    for (const file of positionals) {
      const m = mapExport(file, await readExport(file), target, as as ExportKind | undefined);
      if (isRefusal(m)) refusals.push(m.refused);
      else mapped.push(m);
    }
    if (refusals.length > 0) {
      for (const r of refusals) process.stderr.write(`postmortem: ${r}\n`);
      throw new UsageError(importMessages.refusedAll(refusals.length));
    }
    const plan = planImport(workbook, mapped, target);
    for (const f of plan.findings)
      process.stderr.write(
        `${f.row === null ? "" : `row ${f.row}: `}${f.severity}: ${f.message} [${f.code}]\n`,
      );
    for (const s of plan.summaries) process.stdout.write(`${summaryLine(s, dry)}\n`);
    if (dry) process.stdout.write(`${importMessages.dryRun(into)}\n`);
    else if (plan.edits.length === 0) process.stdout.write(`${importMessages.nothingToChange(into)}\n`);
    else {
      const write = { xlsx: writeXlsxEdits, ods: writeOdsEdits, csv: writeCsvEdits }[kind];
      await write(into, plan.edits);
      process.stdout.write(`${importMessages.wrote(into)}\n`);
    }
    return 0;
  },
};

export default importCommand;
