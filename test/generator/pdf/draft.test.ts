// The print draft's placeholders: found again by their key, and filled only where each appears once.
import { describe, expect, it } from "vitest";
import { draftPlaceholder, filledDraft, placeholderKey } from "../../../generator/pdf/draft.ts";

describe("print draft placeholders", () => {
  it("carry their key, and nothing else reads as one", () => {
    expect(draftPlaceholder("chart-3")).toBe('<template data-print-draft="chart-3"></template>');
    expect(placeholderKey(draftPlaceholder("chart-3"))).toBe("chart-3");
    expect(placeholderKey('<svg data-print-draft="chart-3"></svg>')).toBeNull();
    expect(placeholderKey(`${draftPlaceholder("a")} `)).toBeNull();
  });

  it("fill to the HTML the page holds once every chart is in", () => {
    const a = draftPlaceholder("chart-0");
    const b = draftPlaceholder("chart-1");
    const html = `<figure>${a}</figure><p>$&</p><figure>${b}</figure>`;
    const fills = new Map([
      [a, "<svg>A $1</svg>"],
      [b, "<svg>B</svg>"],
    ]);
    // Replacement patterns ($&, $1) in a chart or in the page are text, not patterns.
    expect(filledDraft(html, fills)).toBe(
      "<figure><svg>A $1</svg></figure><p>$&</p><figure><svg>B</svg></figure>",
    );
  });

  it("give no HTML when a placeholder is missing or appears twice", () => {
    const a = draftPlaceholder("chart-0");
    expect(filledDraft("<p>no charts</p>", new Map([[a, "<svg></svg>"]]))).toBeNull();
    expect(filledDraft(`${a}${a}`, new Map([[a, "<svg></svg>"]]))).toBeNull();
  });
});
