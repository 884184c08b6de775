// One display rule and one sheet number format per unit; every expectation worked out by hand.
import { describe, expect, it } from "vitest";
import {
  applyRule,
  columnRule,
  displayRule,
  formatFigure,
  headerNote,
  kindSheetFormat,
  MONEY_WHOLE_FROM,
  moneyFormat,
  NOT_MEASURED,
  SHEET_FORMATS,
  unitSheetFormat,
} from "../../core/index.ts";

const NBSP = "\u00a0";
const RLM = "\u200f";
const LRM = "\u200e";

describe("formatFigure: money", () => {
  it("shows whole units from 100 up: 201,938.9 rounds to 201,939", () => {
    expect(MONEY_WHOLE_FROM).toBe(100);
    expect(formatFigure(201938.9, "money", "en", "USD")).toBe("$201,939");
    // Danish groups with "." and writes the symbol after the number, after a no-break space.
    expect(formatFigure(201938.9, "money", "da", "DKK")).toBe(`201.939${NBSP}kr.`);
    expect(formatFigure(201938.9, "money", "vi", "VND")).toBe(`201.939${NBSP}₫`);
    // Arabic (Latin digits) opens with a right-to-left mark and writes US$ after the number.
    expect(formatFigure(201938.9, "money", "ar", "USD")).toBe(`${RLM}201,939${NBSP}US$`);
    expect(formatFigure(100, "money", "en", "USD")).toBe("$100");
    expect(formatFigure(-250.5, "money", "en", "USD")).toBe("-$251");
  });

  it("shows the currency's minor unit below 100: a CPC of 0.42, a CPA of 47.5", () => {
    expect(formatFigure(0.42, "money", "en", "USD")).toBe("$0.42");
    expect(formatFigure(47.5, "money", "en", "USD")).toBe("$47.50");
    expect(formatFigure(0.42, "money", "da", "DKK")).toBe(`0,42${NBSP}kr.`);
    // The dong and the yen have no minor unit: 47.5 rounds to 48.
    expect(formatFigure(47.5, "money", "vi", "VND")).toBe(`48${NBSP}₫`);
    expect(formatFigure(47.5, "money", "en", "JPY")).toBe("¥48");
    expect(formatFigure(-99.5, "money", "en", "USD")).toBe("-$99.50");
  });
});

describe("formatFigure: the other units", () => {
  it("rates show one decimal from 1 %, two below: 0.0095 is 0.95% (not 0.9%), 0.0004 is 0.04% (not 0.0%)", () => {
    expect(formatFigure(0.0095, "rate", "en", "USD")).toBe("0.95%");
    expect(formatFigure(0.0004, "rate", "en", "USD")).toBe("0.04%");
    expect(formatFigure(0.01, "rate", "en", "USD")).toBe("1.0%");
    expect(formatFigure(0.13, "rate", "en", "USD")).toBe("13.0%");
    expect(formatFigure(0.557, "rate", "da", "DKK")).toBe(`55,7${NBSP}%`);
    expect(formatFigure(0.0095, "rate", "da", "DKK")).toBe(`0,95${NBSP}%`);
  });

  it("a column of rates takes the decimals of its smallest: 0.95% and 13% are 0.95% and 13.00%", () => {
    const rule = columnRule([0.13, 0.0095, 0, null], "rate", "USD");
    const f = new Intl.NumberFormat("en", rule.options);
    expect([0.13, 0.0095].map((v) => applyRule(f, rule, v))).toEqual(["13.00%", "0.95%"]);
    expect(columnRule([0.13, 0.02], "rate", "USD").key).toBe("rate");
  });

  it("changes are signed with one decimal: -0.215 → -21.5%, 0.215 → +21.5%, 0 unsigned", () => {
    expect(formatFigure(-0.215, "change", "en", "USD")).toBe("-21.5%");
    expect(formatFigure(0.215, "change", "en", "USD")).toBe("+21.5%");
    expect(formatFigure(0, "change", "en", "USD")).toBe("0.0%");
    expect(formatFigure(-0.215, "change", "da", "DKK")).toBe(`-21,5${NBSP}%`);
    // Arabic isolates the sign and the percent sign left to right.
    expect(formatFigure(-0.215, "change", "ar", "USD")).toBe(`${LRM}-21.5${LRM}%${LRM}`);
  });

  it("multiples have two decimals and ×: 1.785 → 1.79×, 2 → 2.00×", () => {
    expect(formatFigure(1.785, "multiple", "en", "USD")).toBe("1.79×");
    expect(formatFigure(2, "multiple", "en", "USD")).toBe("2.00×");
    expect(formatFigure(1.785, "multiple", "da", "DKK")).toBe("1,79×");
  });

  it("counts are whole and grouped; plain numbers keep at most one decimal", () => {
    expect(formatFigure(1234.5, "count", "en", "USD")).toBe("1,235");
    expect(formatFigure(1234567, "count", "da", "DKK")).toBe("1.234.567");
    expect(formatFigure(7.25, "number", "en", "USD")).toBe("7.3");
    expect(formatFigure(60, "number", "en", "USD")).toBe("60");
  });

  it("a figure that was not measured is a dash", () => {
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY])
      expect(formatFigure(v, "money", "en", "USD")).toBe(NOT_MEASURED);
    expect(NOT_MEASURED).toBe("–");
  });

  it("the rule names its options, so an edge can keep one formatter per rule", () => {
    expect(displayRule(0.42, "money", "USD")).toEqual({
      key: "money-minor",
      options: { style: "currency", currency: "USD" },
      suffix: "",
      scale: 1,
      signed: false,
    });
    expect(displayRule(500, "money", "USD").key).toBe("money-whole");
    expect(displayRule(1.5, "multiple", "USD").suffix).toBe("×");
  });
});

describe("sheet number formats", () => {
  it("money: the locale's symbol as a literal on its side, the currency's minor unit", () => {
    expect(moneyFormat("USD")).toBe('"$"#,##0.00');
    expect(moneyFormat("USD", "en")).toBe('"$"#,##0.00');
    expect(moneyFormat("DKK", "da")).toBe(`#,##0.00"${NBSP}kr."`);
    expect(moneyFormat("VND", "vi")).toBe(`#,##0"${NBSP}₫"`);
    expect(moneyFormat("JPY", "en")).toBe('"¥"#,##0');
    expect(moneyFormat("DKK", "en")).toBe(`"DKK${NBSP}"#,##0.00`);
    // The right-to-left mark Intl opens Arabic with is not part of the format.
    expect(moneyFormat("USD", "ar")).toBe(`#,##0.00"${NBSP}US$"`);
    // An unusable locale formats as en.
    expect(moneyFormat("EUR", "not a locale")).toBe('"€"#,##0.00');
    // No currency given: a plain amount, never a made-up $.
    expect(moneyFormat(" ")).toBe("#,##0.00");
    expect(moneyFormat(null)).toBe("#,##0.00");
  });

  it("units and kinds share one format each; rates show one decimal from 1 % and two below, like the text", () => {
    const money = moneyFormat("USD");
    expect(unitSheetFormat("rate", money)).toBe("[<0.01]0.00%;0.0%");
    expect(unitSheetFormat("change", money)).toBe("+0.0%;-0.0%;0.0%");
    expect(unitSheetFormat("multiple", money)).toBe('0.00"×"');
    expect(unitSheetFormat("count", money)).toBe("#,##0");
    expect(unitSheetFormat("money", money)).toBe(money);
    expect(unitSheetFormat("text", money)).toBe("@");
    expect(kindSheetFormat("rate", money)).toBe(SHEET_FORMATS.rate);
    expect(kindSheetFormat("number", money)).toBe("#,##0.0");
    expect(kindSheetFormat("date", money)).toBe("yyyy-mm-dd");
    expect(kindSheetFormat("money", money)).toBe(money);
    expect(kindSheetFormat("enum", money)).toBe("@");
    expect(kindSheetFormat("target", money)).toBeNull();
  });
});

describe("headerNote", () => {
  it("says what the column holds, whether it is required, its values and an example", () => {
    expect(
      headerNote({
        description: "The platform.",
        required: true,
        values: ["instagram", "tiktok"],
        example: "tiktok",
      }),
    ).toBe("The platform.\nRequired.\nOne of: instagram, tiktok.\nExample: tiktok");
    expect(headerNote({ description: "Notes.", required: false })).toBe("Notes.\nOptional.");
  });
});
