// The CSV tab reader: records as csv-parse reads them (bom, relax_quotes, relax_column_count),
// by hand-worked cases and, over random text of the characters that matter, record for record.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../generator/sources/csv.ts";

describe("parseCsv", () => {
  it("plain records: a BOM dropped, LF or CR LF ends a record, a last line break adds no record, rows keep their own length", () => {
    expect(parseCsv("\ufeffa,b\r\nc\r\n\r\nd,e,f\r\n")).toEqual([["a", "b"], ["c"], [""], ["d", "e", "f"]]);
  });

  it("`;` or tab when the header line has more of them than commas", () => {
    expect(parseCsv("a;b,c;d\n1;2,5;3\n")).toEqual([
      ["a", "b,c", "d"],
      ["1", "2,5", "3"],
    ]);
    expect(parseCsv("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it('quoted fields: delimiters and line breaks inside, "" as one quote, an empty quoted field', () => {
    expect(parseCsv('a,"b,c","line\nbreak","say ""hi""",""\n"x"\n')).toEqual([
      ["a", "b,c", "line\nbreak", 'say "hi"', ""],
      ["x"],
    ]);
  });

  it("quotes not at a field's start, or a closing quote with more after it → kept as written", () => {
    expect(parseCsv('5" screen,"12" x"y,a"b"c\n')).toEqual([['5" screen', '"12" x"y', 'a"b"c']]);
  });

  it("the first line break is the record delimiter: after CR LF, a lone LF is text", () => {
    expect(parseCsv("a\r\nb\nc\r\nd")).toEqual([["a"], ["b\nc"], ["d"]]);
  });

  it("a quote left open → csv-parse's error, with its line as csv-parse counts (CR LF inside quotes as two)", () => {
    expect(() => parseCsv('a\r\nb,"c\r\nd')).toThrow(
      "Quote Not Closed: the parsing is finished with an opening quote at line 4",
    );
  });

  it("random text of delimiters, quotes, line breaks, BOMs and letters (5,000 runs) → csv-parse's records or its error", () => {
    const text = fc
      .array(fc.constantFrom("a", "é", " ", ",", ";", "\t", '"', '"', "\n", "\r", "\r\n", "\ufeff"), {
        maxLength: 40,
      })
      .map((parts) => parts.join(""));
    const outcome = (read: () => unknown) => {
      try {
        return { records: read() };
      } catch (e) {
        return { error: (e as Error).message };
      }
    };
    fc.assert(
      fc.property(text, (t) => {
        const header = t.replace(/^\ufeff/, "").split("\n")[0]!;
        const count = (d: string) => header.split(d).length - 1;
        const best = [",", ";", "\t"].sort((a, b) => count(b) - count(a))[0]!;
        const delimiter = count(best) > 0 ? best : ",";
        const expected = outcome(() =>
          parse(t, {
            bom: true,
            delimiter,
            relax_column_count: true,
            relax_quotes: true,
            skip_empty_lines: false,
          }),
        );
        expect(outcome(() => parseCsv(t))).toEqual(expected);
      }),
      { numRuns: 5000, seed: 20_261_201 },
    );
  });
});
