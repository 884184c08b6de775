// renderPages lays each page out once and puts the styles in after: the same page as laying it
// out again with them, whether a template inserts them raw or (escaped) as text.
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { type PageOptions, renderPages, themeCss } from "../../../generator/report/shell.ts";
import { DEFAULT_THEME } from "../../../generator/report/theme.ts";

const o: PageOptions = {
  theme: DEFAULT_THEME,
  font: '"Noto Sans", sans-serif',
  pageSize: "A4",
  footer: "Spring <launch>",
  dir: "ltr",
};

describe("renderPages", () => {
  it("fills a raw style slot with the page's styles, once, and leaves the text as laid out", async () => {
    const render = Handlebars.compile(
      "<style>{{{fontCss}}}</style><style>{{{themeCss}}}</style><style>{{{css}}}</style><p>{{name}}</p>",
    );
    const [page] = await renderPages([{ render, ctx: { name: "Café <b>" }, o }]);
    const theme = themeCss(o);
    expect(page).toContain(`<style>${theme}</style>`);
    expect(page).toContain("<p>Café &lt;b&gt;</p>");
    // The fonts for "Café": Noto Sans latin, regular and bold, nothing else.
    const fonts = /^<style>(.*?)<\/style>/s.exec(page!)![1]!;
    expect(fonts.match(/@font-face/g)).toHaveLength(2);
    expect(fonts).toContain("/* Noto Sans latin 400 */");
    expect(fonts).toContain("/* Noto Sans latin 700 */");
    expect(page).not.toContain("postmortem-");
  });

  it("lays out again a page whose template escapes a style (its value then is escaped too)", async () => {
    const render = Handlebars.compile(
      "<style>{{{fontCss}}}</style><style>{{{css}}}</style><i>{{themeCss}}</i>",
    );
    const [page] = await renderPages([{ render, ctx: {}, o }]);
    // The footer's `<launch>` is in the theme CSS as a CSS escape; its quotes are HTML-escaped here.
    expect(page).toContain(`<i>${Handlebars.Utils.escapeExpression(themeCss(o))}</i>`);
    expect(page).not.toContain("postmortem-");
  });

  it("lays out again a page that repeats a style", async () => {
    const render = Handlebars.compile(
      "<style>{{{themeCss}}}</style>{{{fontCss}}}{{{css}}}<style>{{{themeCss}}}</style>",
    );
    const [page] = await renderPages([{ render, ctx: {}, o }]);
    const theme = themeCss(o);
    expect(page!.split(`<style>${theme}</style>`)).toHaveLength(3);
  });
});
