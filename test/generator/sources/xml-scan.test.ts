// The streaming XML scanner under the .xlsx reader: the events it reports, the references and
// line ends it decodes, every chunk boundary, and the damage it refuses.
import { describe, expect, it } from "vitest";
import { type FastPath, scanChunks, XmlScanner } from "../../../generator/sources/xml-scan.ts";

/** The events of XML fed in the given pieces, as short strings. */
function events(pieces: readonly string[], fast?: FastPath): string[] {
  const out: string[] = [];
  const s = new XmlScanner({
    open(tag) {
      const attrs = tag.names.slice(0, tag.count).map((n, i) => ` ${n}=${JSON.stringify(tag.values[i])}`);
      out.push(`<${tag.name}${attrs.join("")}>`);
    },
    close(name) {
      out.push(`</${name}>`);
    },
    text(t) {
      // Text may come in several pieces: join neighbours so splits do not show.
      const last = out.length - 1;
      if (last >= 0 && out[last]!.startsWith("T:")) out[last] += t;
      else out.push(`T:${t}`);
    },
    fast,
  });
  for (const p of pieces) s.write(p);
  s.end();
  return out;
}

const scan = (xml: string) => events([xml]);

describe("events", () => {
  it("start tags by local name with their attributes as written, end tags, text; an empty element opens and closes", () => {
    expect(
      scan('<?xml version="1.0"?>\n<x:a xmlns:x="u" r:id=\'7\'><x:b k="1"/>hi<c>there</c></x:a>\n'),
    ).toEqual(['<a xmlns:x="u" r:id="7">', '<b k="1">', "</b>", "T:hi", "<c>", "T:there", "</c>", "</a>"]);
  });

  it("references in text and attributes → their characters (&#x1F600; as one code point)", () => {
    expect(scan('<a v="&lt;&amp;&gt;&quot;&apos;">&#233;&#xE9;&#x1F600; a &amp; b</a>')).toEqual([
      `<a v="<&>\\"'">`,
      "T:éé😀 a & b",
      "</a>",
    ]);
  });

  it("CR LF and a lone CR in text → LF; in an attribute each tab, LF, CR or CR LF → one space, &#10; stays LF", () => {
    expect(scan('<a v="x\r\ny\tz\rw&#10;">1\r\n2\r3</a>')).toEqual([
      '<a v="x y z w\\n">',
      "T:1\n2\n3",
      "</a>",
    ]);
  });

  it("CDATA → its text as written (no references); comments, instructions and a DOCTYPE → nothing", () => {
    expect(scan('<!DOCTYPE a [<!ENTITY e "x">]><a><!-- <b> --><?pi <x>?><![CDATA[<b>&amp;]]></a>')).toEqual([
      "<a>",
      "T:<b>&amp;",
      "</a>",
    ]);
  });

  it("the same events however the text is cut: at each offset into two pieces, and one character at a time", () => {
    const xml =
      '<?xml version="1.0"?>\r\n<w xmlns="u"><c r="A1" t="s"><v>1&amp;2</v></c><!-- x --><d a="&#xE9;\r\n"/><![CDATA[q]]>\r\n</w>';
    const whole = scan(xml);
    for (let i = 1; i < xml.length; i++) expect(events([xml.slice(0, i), xml.slice(i)])).toEqual(whole);
    expect(events([...xml])).toEqual(whole);
  });

  it("a 1 MB attribute value and a 1 MB text fed 1,000 characters at a time → read whole", () => {
    const big = "x".repeat(1_000_000);
    const xml = `<a v="${big}">${big}&amp;</a>`;
    const pieces: string[] = [];
    for (let i = 0; i < xml.length; i += 1000) pieces.push(xml.slice(i, i + 1000));
    expect(events(pieces)).toEqual([`<a v="${big}">`, `T:${big}&`, "</a>"]);
  });

  /** A fast path for `<n>digits</n>` (recorded with the element it stands in), and one that reads `<g>` and leaves it open. */
  const seen: string[] = [];
  const numbers: FastPath = (s, lt, parent, enter) => {
    const m = /<n>([0-9]+)<\/n>|<g>/y;
    m.lastIndex = lt;
    const found = m.exec(s);
    if (!found) return -1;
    if (found[1] === undefined) enter("g");
    else seen.push(`${parent}:${found[1]}`);
    return m.lastIndex;
  };

  it("markup a fast path reads → no events; markup it leaves (-1) → events", () => {
    seen.length = 0;
    expect(events(["<r><n>12</n><n>x</n><n>3", "4</n></r>"], numbers)).toEqual([
      "<r>",
      "<n>",
      "T:x",
      "</n>",
      "<n>",
      "T:34",
      "</n>",
      "</r>",
    ]);
    // "34" was cut by the pieces' boundary, so it was read as events.
    expect(seen).toEqual(["r:12"]);
  });

  it("a fast path is not tried on the root element", () => {
    seen.length = 0;
    expect(events(["<n>1</n>"], numbers)).toEqual(["<n>", "T:1", "</n>"]);
    expect(seen).toEqual([]);
  });

  it("an element a fast path left open → read on as events, closed by its end tag, the parent of what it holds", () => {
    seen.length = 0;
    expect(events(["<r><g><b/><n>7</n></g></r>"], numbers)).toEqual(["<r>", "<b>", "</b>", "</g>", "</r>"]);
    expect(seen).toEqual(["g:7"]);
    expect(() => events(["<r><g></r>"], numbers)).toThrow(/^malformed XML: <\/r> closes <g>/);
    expect(() => events(["<r><g>"], numbers)).toThrow(/^malformed XML: unclosed <g>/);
  });
});

describe("damage → an error, never part of the document", () => {
  const cases: [string, string][] = [
    ["<a><b></a>", "an end tag that closes another element"],
    ["<a><b>", "an element left open at the end"],
    ["<a/><b/>", "a second root element"],
    ["x<a/>", "text before the root element"],
    ["<a/>x", "text after the root element"],
    ['<a v="1<2"/>', "< in an attribute value"],
    ["<a v=1/>", "an unquoted attribute value"],
    ['<a v="1" v="2"/>', "an attribute given twice"],
    ['<a v="1"w="2"/>', "no space between attributes"],
    ["<a v/>", "an attribute without a value"],
    ["<a>&nbsp;</a>", "an entity XML does not define"],
    ["<a>a & b</a>", "a bare &"],
    ["<a>&#0;</a>", "a character reference to U+0000"],
    ['<a v="&#xD800;"/>', "a character reference to a lone surrogate"],
    ["<a>\u0001</a>", "a control character in text"],
    ['<a v="\u0008"/>', "a control character in an attribute"],
    ["<a\u0001/>", "a control character in a tag"],
    ["<a>\uffff</a>", "U+FFFF in text"],
    ['<a><b v="1', "input ending inside a tag"],
    ["<a><!-- x", "input ending inside a comment"],
    ["<a></a", "input ending inside an end tag"],
    ["", "no root element"],
    ["<a><!x></a>", "markup that is not a comment, CDATA or DOCTYPE"],
    ["<a></ a>", "an end tag with a space before its name"],
  ];
  for (const [xml, what] of cases)
    it(`${what}: ${JSON.stringify(xml)}`, () => {
      expect(() => scan(xml)).toThrow(/^malformed XML: /);
    });
});

describe("scanChunks", () => {
  it("UTF-8 bytes in pieces of every size from 1 to 40 bytes → the same events", async () => {
    const bytes = Buffer.from('<a k="é">Zoë <b>東京</b>&amp; 😀<c/>tail<!-- <x> --></a>', "utf8");
    for (let size = 1; size <= 40; size++) {
      const out: string[] = [];
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      await scanChunks(chunks, {
        open: (tag) => out.push(`<${tag.name} ${tag.names.slice(0, tag.count).join(" ")}>`),
        close: (name) => out.push(`</${name}>`),
        text: (t) => {
          if (out.at(-1)?.startsWith("T:")) out[out.length - 1] += t;
          else out.push(`T:${t}`);
        },
      });
      expect(out).toEqual([
        "<a k>",
        "T:Zoë ",
        "<b >",
        "T:東京",
        "</b>",
        "T:& 😀",
        "<c >",
        "</c>",
        "T:tail",
        "</a>",
      ]);
    }
  });

  it("UTF-8 bytes cut inside a character, after a BOM → the same text", async () => {
    const bytes = Buffer.from("\ufeff<a>Zoë 東京 😀</a>", "utf8");
    const texts: string[] = [];
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    await scanChunks(chunks, { open() {}, close() {}, text: (t) => texts.push(t) });
    expect(texts.join("")).toBe("Zoë 東京 😀");
  });
});
