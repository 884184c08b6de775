import { describe, expect, it } from "vitest";
import { recordMaker } from "../../core/parse/record.ts";

describe("recordMaker", () => {
  it("makes a record of the keys in their order, from values in the same order", () => {
    const make = recordMaker(["handle", "fee", "row"]);
    const a = make(["@anna", 250, undefined]);
    expect(a).toEqual({ handle: "@anna", fee: 250, row: undefined });
    expect(Object.keys(a)).toEqual(["handle", "fee", "row"]);
    // A new record each time: the values array is reused by the parse.
    const values: unknown[] = ["@ben", 100, undefined];
    const b = make(values);
    values[0] = "@cleo";
    expect(b.handle).toBe("@ben");
    expect(make(values).handle).toBe("@cleo");
  });

  it("stores keys that are not plain names field by field, with the same result", () => {
    const make = recordMaker(["a-b", "constructor", "x"]);
    const r = make([1, 2, 3]);
    expect(Object.keys(r)).toEqual(["a-b", "constructor", "x"]);
    expect(r).toEqual({ "a-b": 1, constructor: 2, x: 3 });
  });

  it("gives the same function for the same keys", () => {
    expect(recordMaker(["p", "q"])).toBe(recordMaker(["p", "q"]));
    expect(recordMaker(["p", "q"])).not.toBe(recordMaker(["q", "p"]));
  });
});
