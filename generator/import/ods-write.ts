// The import's edits → an .ods on disk. Only content.xml changes, and in it only the edited
// tabs' written cells, the columns the import hides, the tabs it adds and the automatic
// styles those need; every other part of the package is copied as it was.
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { headerKey } from "../../core/index.ts";
import { LEDGER_TAB, type TabEdit } from "../../core/import/index.ts";
import { OdsStyles } from "./ods-styles.ts";
import { type CellWrite, editTable, newTable, type Writes } from "./ods-table.ts";
import { attrOf, type Span, spanOf, TagScanner, withAttr } from "./ods-xml.ts";
import { unescapeXml } from "../xml-text.ts";

interface ContentShape {
  /** Where added automatic styles go: before the element's close, or as the element itself (`wrap`) in place of [start, end). */
  styles: { start: number; end: number; wrap: boolean };
  tables: { name: string; span: Span }[];
  /** Where a new tab goes: after the last one. */
  afterTables: number;
}

function shapeOf(xml: string, styles: OdsStyles): ContentShape {
  const shape: ContentShape = { styles: { start: -1, end: -1, wrap: true }, tables: [], afterTables: -1 };
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.kind === "close") continue;
    if (s.name === "office:automatic-styles" && s.kind === "empty")
      shape.styles = { start: s.start, end: s.end, wrap: true };
    else if (s.name === "office:automatic-styles") {
      const span = spanOf(s);
      styles.index(xml, span.tagEnd, span.end, true);
      const close = xml.lastIndexOf("<", span.end - 1);
      shape.styles = { start: close, end: close, wrap: false };
    } else if (s.name === "office:body" && shape.styles.start < 0)
      shape.styles = { start: s.start, end: s.start, wrap: true };
    else if (s.name === "office:spreadsheet") shape.afterTables = s.end;
    else if (s.name === "table:table") {
      const name = unescapeXml(attrOf(xml.slice(s.start, s.end), "table:name") ?? "");
      const span = spanOf(s);
      shape.tables.push({ name, span });
      shape.afterTables = span.end;
    }
  }
  if (shape.afterTables < 0 || shape.styles.start < 0) throw new Error("content.xml holds no spreadsheet");
  return shape;
}

/** A TabEdit's header and cell writes by row (headers are row 1). */
function writesOf(e: TabEdit): Writes {
  const writes: Writes = new Map();
  const put = (row: number, col: number, w: CellWrite) => {
    let r = writes.get(row);
    if (!r) writes.set(row, (r = new Map()));
    r.set(col, w);
  };
  if (e.replace)
    e.replace.forEach((line, i) => {
      line.forEach((value, c) => {
        if (value !== null && value !== "") put(i + 1, c, { value, header: i === 0 });
      });
    });
  else {
    for (const [c, h] of e.headers) put(1, c, { value: h, header: true });
    for (const { row, col, value } of e.cells) put(row, col, { value, header: false });
  }
  return writes;
}

/** One edit applied to content.xml: the tab's cells written, or the tab added or rewritten. */
function applyEdit(xml: string, e: TabEdit, styles: OdsStyles): string {
  const shape = shapeOf(xml, new OdsStyles());
  const found = shape.tables.find((t) => headerKey(t.name) === headerKey(e.tab));
  const writes = writesOf(e);
  if (found && !e.replace) {
    const text = editTable(xml, found.span, writes, e.hidden, styles);
    return xml.slice(0, found.span.start) + text + xml.slice(found.span.end);
  }
  const tableStyle = e.tab === LEDGER_TAB ? styles.hiddenTable() : null;
  const text = newTable(found?.name ?? e.tab, writes, e.hidden, tableStyle, styles);
  const [start, end] = found ? [found.span.start, found.span.end] : [shape.afterTables, shape.afterTables];
  return xml.slice(0, start) + text + xml.slice(end);
}

/** The namespaces of the elements and attributes the import writes. */
const NAMESPACES: Record<string, string> = {
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  number: "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
  fo: "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
};

/** The document with every namespace the import writes declared on its root (producers that used none of them may not). */
function declared(xml: string): string {
  const s = new TagScanner(xml);
  while (s.next() && s.name !== "office:document-content");
  if (s.name !== "office:document-content") return xml;
  const root = xml.slice(s.start, s.end);
  let tag = root;
  for (const [prefix, uri] of Object.entries(NAMESPACES))
    if (attrOf(tag, `xmlns:${prefix}`) === undefined) tag = withAttr(tag, `xmlns:${prefix}`, uri);
  return tag === root ? xml : xml.slice(0, s.start) + tag + xml.slice(s.end);
}

/** content.xml (and styles.xml, whose cell styles it may name) with the edits applied. */
export function editContent(content: string, stylesXml: string, edits: readonly TabEdit[]): string {
  const styles = new OdsStyles();
  const common = new TagScanner(stylesXml);
  while (common.next()) {
    if (common.name !== "office:styles" || common.kind !== "open") continue;
    const span = spanOf(common);
    styles.index(stylesXml, span.tagEnd, span.end, false);
  }
  shapeOf(content, styles);
  let xml = declared(content);
  for (const e of edits) xml = applyEdit(xml, e, styles);
  const added = styles.addedXml();
  if (added === "") return xml;
  const slot = shapeOf(xml, new OdsStyles()).styles;
  const text = slot.wrap ? `<office:automatic-styles>${added}</office:automatic-styles>` : added;
  return xml.slice(0, slot.start) + text + xml.slice(slot.end);
}

/**
 * The .ods file with its content.xml edited, as bytes. The package stays a valid ODF
 * package: `mimetype` first and stored, every other entry (the manifest included) as it was.
 */
export async function odsWithEdits(path: string, edits: readonly TabEdit[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const content = zip.file("content.xml");
  if (!content) throw new Error("no content.xml");
  const stylesXml = (await zip.file("styles.xml")?.async("string")) ?? "";
  const next = editContent(await content.async("string"), stylesXml, edits);
  zip.file("content.xml", next);
  const mimetype = zip.file("mimetype");
  let out = zip;
  if (mimetype) {
    const bytes = await mimetype.async("uint8array");
    if (Object.keys(zip.files)[0] === "mimetype") zip.file("mimetype", bytes, { compression: "STORE" });
    else {
      out = new JSZip();
      out.file("mimetype", bytes, { compression: "STORE" });
      for (const f of Object.values(zip.files))
        if (f.name !== "mimetype")
          out.file(f.name, await f.async("uint8array"), { date: f.date, dir: f.dir, comment: f.comment });
    }
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
