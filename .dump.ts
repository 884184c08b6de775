import { readCsvFolder } from "./generator/sources/csv.ts";
import { SAMPLE_DIR } from "./generator/sources/index.ts";
import { analyze } from "./core/index.ts";
import { buildReportView } from "./core/present/index.ts";
const a = analyze(await readCsvFolder(SAMPLE_DIR));
const v = buildReportView(a.model, a.notes, a.dataset);
console.log(JSON.stringify(v.conclusions, null, 1));
