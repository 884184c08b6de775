// Platform content exports → Content rows keyed by post URL.
import { describe, expect, it } from "vitest";
import { importMsg, importTarget, mapExport, planImport } from "../../../core/import/index.ts";
import { dayMonth, exportDate } from "../../../core/import/values.ts";
import { readContext } from "../../../core/index.ts";
import { campaign, grid, importInto, rowsOf } from "./helpers.ts";

describe("YouTube Studio table data", () => {
  const { plan, after, model } = importInto(campaign(), ["youtube-table-data.csv"]);

  it("skips the Total row and turns video ids into URLs of the only YouTube creator", () => {
    expect(rowsOf(after, "Content")).toEqual([
      {
        Creator: "@LenaGlowLab",
        "Post URL": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        Platform: "youtube",
        Format: "long_video",
        Published: "2026-03-04",
        Views: 8000,
        Impressions: 90000,
      },
      {
        Creator: "@LenaGlowLab",
        "Post URL": "https://www.youtube.com/watch?v=aBcDeFgHiJk",
        Platform: "youtube",
        Format: "short_video",
        Published: "2026-03-09",
        Views: 4500,
        Impressions: 30000,
      },
    ]);
    expect(plan.summaries[0]).toMatchObject({ tab: "Content", added: 2, skipped: { "total-row": 1 } });
  });

  it("adds up to the file's own Total row (12,500 views, 120,000 impressions)", () => {
    expect(model.totals.views).toBe(12500);
    expect(model.totals.impressions).toBe(120000);
  });

  it("keeps the tab's own columns and adds the ones it needs after them", () => {
    const head = after.tabs.find((t) => t.name === "Content")!.values[0];
    expect(head).toEqual([
      "Creator",
      "Post URL",
      "Format",
      "Published",
      "Views",
      "My note",
      "Platform",
      "Impressions",
      "Import key",
    ]);
  });

  it("updates the metrics of a newer download instead of adding copies", () => {
    const newer = structuredClone(grid("youtube-table-data.csv"));
    newer[2]![4] = "9100";
    const target = importTarget(after);
    const m = mapExport("yt.csv", newer, target);
    if ("refused" in m) throw new Error(m.refused);
    const plan2 = planImport(after, [m], target);
    expect(plan2.summaries[0]).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(plan2.edits[0]!.cells.filter((c) => c.col === 4)).toEqual([{ row: 2, col: 4, value: 9100 }]);
  });

  it("asks which creator when the Creators tab has no single YouTube creator", () => {
    const wb = campaign();
    wb.tabs[1]!.values.push(["second.channel", "youtube", 1000, "gifted", null, null, null]);
    expect(mapExport("yt.csv", grid("youtube-table-data.csv"), importTarget(wb))).toEqual({
      refused: importMsg.noCreator("yt.csv", "youtube"),
    });
  });
});

describe("TikTok Studio download", () => {
  it("sums one video's days (BOM, Danish month names, no year) into one post on its first day", () => {
    const { after } = importInto(campaign(), ["tiktok-studio-video.csv"]);
    expect(rowsOf(after, "Content")).toEqual([
      {
        Creator: "dewydevon",
        Platform: "tiktok",
        Format: "short_video",
        Published: "2026-03-04",
        Views: 2300,
        Likes: 260,
        Comments: 18,
        Shares: 11,
      },
    ]);
  });

  it("reads day-and-month dates in several languages, the year placed by the campaign start", () => {
    expect(dayMonth("4. marts")).toEqual({ day: 4, month: 3, year: null });
    expect(dayMonth("Mar 4")).toEqual({ day: 4, month: 3, year: null });
    expect(dayMonth("4 thg 3")).toEqual({ day: 4, month: 3, year: null });
    expect(dayMonth("3月4日")).toEqual({ day: 4, month: 3, year: null });
    expect(dayMonth("4 مارس")).toEqual({ day: 4, month: 3, year: null });
    const en = readContext("en");
    expect(exportDate("28 Dec", en, "2026-01-05")).toEqual({ iso: "2025-12-28", guessedYear: true });
    expect(exportDate("Mar 4", en, "2026-03-02")).toEqual({ iso: "2026-03-04", guessedYear: true });
  });
});

describe("Meta Business Suite content export", () => {
  const { plan, after } = importInto(campaign(), ["meta-content.csv"]);

  it("maps the account to its creator and the post type to a format; unknown accounts are not imported", () => {
    expect(rowsOf(after, "Content")).toEqual([
      {
        Creator: "kim.glow",
        "Post URL": "https://www.instagram.com/reel/C4aaaaaaaaa/",
        Platform: "instagram",
        Format: "short_video",
        Published: "2026-03-05",
        Impressions: 15000,
        Reach: 11000,
        Likes: 900,
        Comments: 35,
        Shares: 40,
        Saves: 120,
      },
      {
        Creator: "kim.glow",
        "Post URL": "https://www.instagram.com/p/C4bbbbbbbbb/",
        Platform: "instagram",
        Format: "carousel",
        Published: "2026-03-08",
        Impressions: 6000,
        Reach: 5000,
        Likes: 300,
        Comments: 10,
        Shares: 5,
        Saves: 60,
      },
    ]);
    expect(plan.summaries[0]!.skipped).toEqual({ "unknown-account": 1 });
    expect(plan.findings.map((f) => f.message)).toEqual([importMsg.unknownAccount("someone.else")]);
  });

  it("leaves a post someone typed with the same URL alone", () => {
    const wb = campaign();
    wb.tabs[2]!.values.push([
      "kim.glow",
      "https://www.instagram.com/p/C4bbbbbbbbb/",
      "carousel",
      "2026-03-08",
      null,
      "typed",
    ]);
    const r = importInto(wb, ["meta-content.csv"]);
    expect(r.plan.summaries[0]).toMatchObject({
      added: 1,
      skipped: { "typed-row": 1, "unknown-account": 1 },
    });
  });
});
