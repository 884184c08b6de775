// Shared-formula copies: the first cell's formula moved by the copy's offset, as Excel
// moves a copied formula; and the URL a HYPERLINK builds from its own row's cells.
// Each expectation is worked out by hand.
import { describe, expect, it } from "vitest";
import { hyperlinkTarget, shiftFormula } from "../../../generator/sources/xlsx-formula.ts";

describe("shiftFormula", () => {
  it("relative parts move by the offset, $ parts stay", () => {
    // One column right: C → D.
    expect(shiftFormula("C3*2", 0, 1)).toBe("D3*2");
    // Three rows down, two columns right: $B stays, 2 → 5; B → D, $9 stays.
    expect(shiftFormula("SUM($B2:B$9)", 3, 2)).toBe("SUM($B5:D$9)");
    expect(shiftFormula("$A$1+A1", 4, 4)).toBe("$A$1+E5");
  });

  it("whole columns and whole rows move too", () => {
    expect(shiftFormula("SUM(A:A)+SUM(1:1)+SUM($A:B)", 1, 1)).toBe("SUM(B:B)+SUM(2:2)+SUM($A:C)");
  });

  it("text inside quotes, quoted sheet names, names and numbers are not references", () => {
    expect(shiftFormula('HYPERLINK("https://x.example/A1","Watch "&B2)', 2, 0)).toBe(
      'HYPERLINK("https://x.example/A1","Watch "&B4)',
    );
    // The sheet name is kept, the reference after it moves.
    expect(shiftFormula("'Team''s A1'!B2+Sheet1!C3", 1, 1)).toBe("'Team''s A1'!C3+Sheet1!D4");
    expect(shiftFormula("LOG10(A1)+1E5+_xlfn.CONCAT(A2)", 1, 0)).toBe("LOG10(A2)+1E5+_xlfn.CONCAT(A3)");
    expect(shiftFormula("Table1[[#This Row],[Fee A1]]*B2", 1, 0)).toBe("Table1[[#This Row],[Fee A1]]*B3");
  });

  it("a reference moved off the sheet is #REF!, as in Excel", () => {
    expect(shiftFormula("A1-1", -1, 0)).toBe("#REF!-1");
    // XFD is the last of 16,384 columns.
    expect(shiftFormula("XFD1+A1", 0, 1)).toBe("#REF!+B1");
  });

  it("no offset → the formula itself", () => {
    expect(shiftFormula('HYPERLINK("u")', 0, 0)).toBe('HYPERLINK("u")');
  });
});

describe("hyperlinkTarget", () => {
  // A sheet where C2 holds "AAA", D2 the number 42 and E2 a full URL.
  const cells: Record<string, string> = { "2,3": "AAA", "2,4": "42", "2,5": "https://youtu.be/x" };
  const cell = (r: number, c: number) => cells[`${r},${c}`] ?? "";

  it("text and cells of the sheet joined with & → the URL they make", () => {
    expect(hyperlinkTarget('HYPERLINK("https://www.instagram.com/p/"&C2&"/","Watch")', cell)).toBe(
      "https://www.instagram.com/p/AAA/",
    );
    expect(hyperlinkTarget('hyperlink( "https://x.example/?id=" & $D$2 ; "go")', cell)).toBe(
      "https://x.example/?id=42",
    );
    expect(hyperlinkTarget("HYPERLINK(E2)", cell)).toBe("https://youtu.be/x");
  });

  it("anything it cannot read without guessing → null", () => {
    expect(hyperlinkTarget('HYPERLINK(Sheet2!C2,"Watch")', cell)).toBeNull();
    expect(hyperlinkTarget('HYPERLINK(CONCAT("a",C2),"Watch")', cell)).toBeNull();
    expect(hyperlinkTarget('HYPERLINK(C2:C3,"Watch")', cell)).toBeNull();
    expect(hyperlinkTarget("SUM(C2)", cell)).toBeNull();
  });
});
