import { describe, expect, it } from "vitest";
import { buildRoster, csvCell, rosterCsv } from "../../../core/compare/index.ts";
import { AUTUMN_25, model, SPRING_25 } from "./fixtures.ts";

describe("roster.csv", () => {
  it("quotes per RFC 4180", () => {
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(-12.5)).toBe("-12.5");
  });

  it("defuses cells a spreadsheet would read as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@handle")).toBe("'@handle");
    expect(csvCell("\tx")).toBe("'\tx");
  });

  it("writes one line per creator and currency", () => {
    const csv = rosterCsv(buildRoster([model(SPRING_25), model(AUTUMN_25)]), (i) => ["S25", "A25"][i] ?? "");
    const lines = csv.trimEnd().split("\r\n");
    // header + anna, bob, cara, dan
    expect(lines).toHaveLength(5);
    // anna: 1000 + 1000 cost, 2500 + 4000 revenue, 130 orders, ROAS 3.25, CPA 15.3846; 2.5 → 4 → rehire
    expect(lines).toContain(
      "instagram,anna,,S25; A25,USD,2000,6500,130,3.25,15.3846,2.5; 4,20; 12.5,up,rehire,R2",
    );
  });
});
