// The HTML in a real Chromium: no request leaves the file, no console error, and axe-core finds
// no serious or critical accessibility violation.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrowser } from "../../../generator/pdf/find.ts";
import { sampleReport } from "../report/helpers.ts";

const found = await findBrowser();
const AXE = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), "../../../node_modules/axe-core/axe.min.js"),
  "utf8",
);

describe.skipIf(!found)("the HTML in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    const puppeteer = await import("puppeteer-core");
    browser = await puppeteer.launch({
      executablePath: found!.executablePath,
      args: [...(found!.args ?? []), "--no-sandbox"],
      headless: found!.headless ?? true,
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(["en", "ar"])(
    "loads with zero requests and zero console errors, and passes axe (%s)",
    async (locale) => {
      const { html } = await sampleReport(locale);
      const page = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith("data:") && r.url() !== "about:blank") requests.push(r.url());
      });
      page.on("requestfailed", (r) => errors.push(`failed ${r.url().slice(0, 60)}`));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.setContent(html, { waitUntil: "load" });
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);

      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const r = await (
          window as unknown as {
            axe: {
              run: (o: object) => Promise<{
                violations: { id: string; impact: string; nodes: unknown[] }[];
                passes: unknown[];
              }>;
            };
          }
        ).axe.run({ resultTypes: ["violations"] });
        return {
          rules: r.passes.length + r.violations.length,
          list: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
        };
      });
      // axe really ran: it checks a few dozen rules on a page like this.
      expect(violations.rules).toBeGreaterThan(15);
      expect(violations.list.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
      await page.close();
    },
    90_000,
  );
});
