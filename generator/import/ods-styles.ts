// The cell styles of an .ods, read far enough to tell whether a cell shows a date, and the
// few automatic styles the import adds to content.xml: an ISO date for date cells whose
// style shows none, bold headers on the tabs it creates, and the hidden tab's table style.
// A style the file already holds (written by an earlier import) is used again, not copied.
import { attrOf, spanOf, startTagEnd, TagScanner, withAttr } from "./ods-xml.ts";
import { escapeXml } from "../xml-text.ts";

interface CellStyle {
  parent: string | null;
  dataStyle: string | null;
  /** The element as written, when it is an automatic style of content.xml (cloned to add a date). */
  xml: string | null;
}

const DATE_STYLE = (name: string) =>
  `<number:date-style style:name="${name}"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>`;
const HEADER_STYLE = (name: string) =>
  `<style:style style:name="${name}" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>`;
const HIDDEN_TAB_STYLE = (name: string) =>
  `<style:style style:name="${name}" style:family="table"><style:table-properties table:display="false"/></style:style>`;

/** A style element without its name: two elements that agree on it are the same style. */
const signature = (xml: string) => xml.replace(/ style:name="[^"]*"/, "");

export class OdsStyles {
  private readonly cell = new Map<string, CellStyle>();
  private readonly dates = new Set<string>();
  private readonly names = new Set<string>();
  /** Automatic styles by signature → name. */
  private readonly automatic = new Map<string, string>();
  private readonly added: string[] = [];

  /** Reads the styles of `xml[from, to)`: content.xml's automatic styles or styles.xml's common ones. */
  index(xml: string, from: number, to: number, automatic: boolean): void {
    const s = new TagScanner(xml, from, to);
    while (s.next()) {
      if (s.kind === "close") continue;
      const tag = xml.slice(s.start, s.end);
      const name = attrOf(tag, "style:name");
      if (name === undefined) continue;
      this.names.add(name);
      const span = s.kind === "empty" ? { start: s.start, end: s.end } : spanOf(s);
      const element = xml.slice(span.start, span.end);
      if (automatic) this.automatic.set(signature(element), name);
      if (s.name === "number:date-style") this.dates.add(name);
      else if (s.name === "style:style" && attrOf(tag, "style:family") === "table-cell")
        this.cell.set(name, {
          parent: attrOf(tag, "style:parent-style-name") ?? null,
          dataStyle: attrOf(tag, "style:data-style-name") ?? null,
          xml: automatic ? element : null,
        });
    }
  }

  /** Whether a cell of this style (null: the default style) shows its value as a date. */
  showsDate(style: string | null): boolean {
    const seen = new Set<string>();
    let name = style ?? "Default";
    for (;;) {
      const st = this.cell.get(name);
      if (!st || seen.has(name)) return false;
      seen.add(name);
      if (st.dataStyle !== null) return this.dates.has(st.dataStyle);
      if (st.parent === null) return false;
      name = st.parent;
    }
  }

  /** The style a date cell gets: its own when that shows a date, else the same style with an ISO date. */
  forDate(style: string | null): string | null {
    if (this.showsDate(style)) return style;
    const data = this.define("pmIsoDate", DATE_STYLE);
    this.dates.add(data);
    const auto = style === null ? null : (this.cell.get(style)?.xml ?? null);
    const make = (name: string) => {
      if (auto) {
        const end = startTagEnd(auto);
        const head = withAttr(
          withAttr(auto.slice(0, end), "style:name", name),
          "style:data-style-name",
          data,
        );
        return head + auto.slice(end);
      }
      const parent = style === null ? "" : ` style:parent-style-name="${escapeXml(style)}"`;
      return `<style:style style:name="${name}" style:family="table-cell"${parent} style:data-style-name="${data}"/>`;
    };
    const name = this.define("pmDate", make);
    this.cell.set(name, { parent: style, dataStyle: data, xml: null });
    return name;
  }

  /** A bold cell style for the header row of a tab the import creates. */
  header(): string {
    return this.define("pmHeader", HEADER_STYLE);
  }

  /** A table style that hides its tab (the import's ledger). */
  hiddenTable(): string {
    return this.define("pmHiddenTab", HIDDEN_TAB_STYLE);
  }

  /** The styles added so far, as elements of office:automatic-styles. */
  addedXml(): string {
    return this.added.join("");
  }

  /** The name of the automatic style `make` writes: one the file holds already, else a new one. */
  private define(base: string, make: (name: string) => string): string {
    const sig = signature(make(""));
    const known = this.automatic.get(sig);
    if (known !== undefined) return known;
    let name = base;
    for (let i = 2; this.names.has(name); i++) name = `${base}${i}`;
    this.names.add(name);
    this.automatic.set(sig, name);
    this.added.push(make(name));
    return name;
  }
}
