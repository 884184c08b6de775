// The cell styles of an .ods, read far enough to tell whether a cell shows a date, and the
// few automatic styles the import adds to content.xml: an ISO date for date cells whose
// style shows none, bold headers on the tabs it creates, and the hidden tab's table style.
import { attrOf, escapeXml, TagScanner, withAttr } from "./ods-xml.ts";

interface CellStyle {
  parent: string | null;
  dataStyle: string | null;
  /** The element as written, when it is an automatic style of content.xml (cloned to add a date). */
  xml: string | null;
}

const DATE_STYLE = `<number:date-style style:name="NAME"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>`;
const BOLD = `<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>`;

export class OdsStyles {
  private readonly cell = new Map<string, CellStyle>();
  private readonly dates = new Set<string>();
  private readonly names = new Set<string>();
  private readonly added: string[] = [];
  private readonly dateFor = new Map<string, string>();
  private isoDate: string | null = null;
  private bold: string | null = null;
  private hidden: string | null = null;

  /** Reads the styles of `xml[from, to)`: content.xml's automatic styles or styles.xml's common ones. */
  index(xml: string, from: number, to: number, automatic: boolean): void {
    const s = new TagScanner(xml, from, to);
    while (s.next()) {
      if (s.kind === "close") continue;
      const tag = xml.slice(s.start, s.end);
      const name = attrOf(tag, "style:name");
      if (name === undefined) continue;
      this.names.add(name);
      if (s.name === "number:date-style") this.dates.add(name);
      else if (s.name === "style:style" && attrOf(tag, "style:family") === "table-cell") {
        const start = s.start;
        s.skipToClose();
        this.cell.set(name, {
          parent: attrOf(tag, "style:parent-style-name") ?? null,
          dataStyle: attrOf(tag, "style:data-style-name") ?? null,
          xml: automatic ? xml.slice(start, s.end) : null,
        });
      }
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
    const key = style ?? "";
    const known = this.dateFor.get(key);
    if (known) return known;
    const data = this.dateStyle();
    const name = this.fresh("pmDate");
    const auto = style === null ? null : (this.cell.get(style)?.xml ?? null);
    if (auto) {
      const end = auto.indexOf(">") + 1;
      const head = withAttr(withAttr(auto.slice(0, end), "style:name", name), "style:data-style-name", data);
      this.added.push(head + auto.slice(end));
    } else {
      const parent = style === null ? "" : ` style:parent-style-name="${escapeXml(style)}"`;
      this.added.push(
        `<style:style style:name="${name}" style:family="table-cell"${parent} style:data-style-name="${data}"/>`,
      );
    }
    this.cell.set(name, { parent: style, dataStyle: data, xml: null });
    this.dateFor.set(key, name);
    return name;
  }

  /** A bold cell style for the header row of a tab the import creates. */
  header(): string {
    if (this.bold) return this.bold;
    this.bold = this.fresh("pmHeader");
    this.added.push(`<style:style style:name="${this.bold}" style:family="table-cell">${BOLD}</style:style>`);
    return this.bold;
  }

  /** A table style that hides its tab (the import's ledger). */
  hiddenTable(): string {
    if (this.hidden) return this.hidden;
    this.hidden = this.fresh("pmHiddenTab");
    this.added.push(
      `<style:style style:name="${this.hidden}" style:family="table"><style:table-properties table:display="false"/></style:style>`,
    );
    return this.hidden;
  }

  /** The styles added so far, as elements of office:automatic-styles. */
  addedXml(): string {
    return this.added.join("");
  }

  private dateStyle(): string {
    if (this.isoDate) return this.isoDate;
    this.isoDate = this.fresh("pmIsoDate");
    this.dates.add(this.isoDate);
    this.added.push(DATE_STYLE.replace("NAME", this.isoDate));
    return this.isoDate;
  }

  private fresh(base: string): string {
    let name = base;
    for (let i = 2; this.names.has(name); i++) name = `${base}${i}`;
    this.names.add(name);
    return name;
  }
}
