// The report as a slide deck an agency presents: cover, the brief, one slide per
// section's key chart with its finding, the actions. Every word is a real text
// box (editable); charts are the report's own SVGs, rasterised at print resolution.
import * as pptxgenjs from "pptxgenjs";
import type { Recommendation } from "../../core/present/index.ts";
import { type Segment, Translator } from "../i18n/translator.ts";
import type { RenderedReport } from "../report/index.ts";
import { contrastRatio } from "../charts/palette.ts";
import { mix, type Theme } from "../report/theme.ts";
import { BOX_MARGIN_PT, fitFont } from "./fit.ts";
import { logoImage } from "./images.ts";
import { DECK_COMPANY } from "./marker.ts";
import { rasterize } from "./raster.ts";
import { LATIN_FONT, scriptFonts, typefacesPerScript } from "./typefaces.ts";

// 16:9, in inches.
const W = 13.333;
const H = 7.5;
const M = 0.6;
const INK = "1A2230";
const INK2 = "475467";
const INK3 = "667085";
const MET = "0F7B5F";
const MISSED = "B42318";
/** Chart pixels per CSS px: 3 × 96 = 288 dpi at the chart's printed size. */
const RASTER_SCALE = 3;

/** The section each chart belongs to; a section's key chart is its first in the report. */
const CHART_SECTION: [RegExp, string][] = [
  [/^costs$/, "spend"],
  [/^(tier|cooperation_model)_|^platform_share$/, "creators"],
  [/^products$/, "products"],
  [/^trend$/, "trend"],
  [/^formats$/, "content"],
  [/^traffic$/, "traffic"],
];

// Under NodeNext the package's typings read as CommonJS; at run time its ESM build's default is the class.
type PptxClass = typeof pptxgenjs.default.default;
const loaded = pptxgenjs.default as unknown as PptxClass | { default: PptxClass };
const PptxGenJS: PptxClass = typeof loaded === "function" ? loaded : loaded.default;
type Pptx = InstanceType<PptxClass>;

const hex = (c: string) => c.replace(/^#/, "").toUpperCase();

type Slide = ReturnType<Pptx["addSlide"]>;
type Runs = { text: string; options?: Record<string, unknown> }[];

interface Frame {
  t: Translator;
  rtl: boolean;
  font: string;
  lang: string;
  brand: string;
  /** The brand colour dark enough for text on white. */
  ink: string;
  soft: string;
  footer: string;
}

/** x of a box of width w, mirrored for right-to-left decks so they read from the right. */
const xOf = (f: Frame, x: number, w: number) => (f.rtl ? W - x - w : x);

function textOpts(f: Frame, o: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fontFace: f.font,
    color: INK,
    lang: f.lang,
    rtlMode: f.rtl,
    align: f.rtl ? "right" : "left",
    valign: "top",
    margin: BOX_MARGIN_PT,
    ...o,
  };
}

function addText(
  s: Slide,
  f: Frame,
  text: string | Runs,
  box: { x: number; y: number; w: number; h: number },
  o: Record<string, unknown> = {},
): void {
  // pptxgenjs starts each paragraph after a break from the run's own options: each run
  // carries the direction and language, or every paragraph but the first reads left to right.
  const body =
    typeof text === "string"
      ? text
      : text.map((r) => ({ ...r, options: { lang: f.lang, rtlMode: f.rtl, ...r.options } }));
  s.addText(body as string, { ...textOpts(f, o), ...box, x: xOf(f, box.x, box.w) } as never);
}

/**
 * A figure or typed name inside right-to-left text, isolated left to right, so
 * "1.79×", "+78.5%" and "@handle" keep their order inside an Arabic sentence.
 */
const iso = (f: Frame, text: string) => (f.rtl ? `\u2066${text}\u2069` : text);

/** A sentence's segments as text runs, figures in bold. */
const runsOf = (f: Frame, segs: Segment[]): Runs =>
  segs.map((g) => ({ text: g.strong ? iso(f, g.text) : g.text, options: { bold: g.strong } }));

const plain = (segs: Segment[]) => segs.map((g) => g.text).join("");

/** Thin brand band, slide title, footer and slide number: the frame of every slide but the cover. */
function contentSlide(p: Pptx, f: Frame, title: string): Slide {
  const s = p.addSlide();
  s.background = { color: "FFFFFF" };
  s.addShape("rect", { x: 0, y: 0, w: W, h: 0.14, fill: { color: f.brand }, line: { color: f.brand } });
  const box = { x: M, y: 0.35, w: W - 2 * M, h: 0.75 };
  addText(s, f, title, box, { fontSize: fitFont(title, box, 28, 18, true), bold: true, color: f.ink });
  const foot = { x: M, y: H - 0.45, w: W - 2 * M - 1, h: 0.3 };
  addText(s, f, f.footer, foot, { fontSize: 9, color: INK3, valign: "middle" });
  s.slideNumber = {
    x: xOf(f, W - M - 0.8, 0.8),
    y: H - 0.45,
    w: 0.8,
    h: 0.3,
    fontFace: f.font,
    fontSize: 9,
    color: INK3,
    align: f.rtl ? "left" : "right",
  } as never;
  return s;
}

function cover(p: Pptx, f: Frame, r: RenderedReport, theme: Theme, logo: LogoFit | null): void {
  const { t } = f;
  const c = r.view.campaign;
  const s = p.addSlide();
  s.background = { color: f.brand };
  const on = contrastRatio(`#${f.brand}`, "#FFFFFF") >= 3 ? "FFFFFF" : INK;
  const w = W - 2 * M;
  addText(
    s,
    f,
    t.t("report.kind").toLocaleUpperCase(f.lang),
    { x: M, y: 1.5, w, h: 0.5 },
    {
      fontSize: 16,
      color: on,
      charSpacing: 2,
    },
  );
  const name = c.name ?? t.t("report.kind");
  const nameBox = { x: M, y: 2.05, w, h: 1.9 };
  addText(s, f, name, nameBox, { fontSize: fitFont(name, nameBox, 44, 24, true), bold: true, color: on });
  const facts = [
    c.brand ? `${t.t("report.brand")}: ${c.brand}` : null,
    c.start_date || c.end_date
      ? `${t.t("report.period")}: ${t.date(c.start_date)} – ${t.date(c.end_date)}`
      : null,
    c.prepared_by ? `${t.t("report.prepared_by")}: ${c.prepared_by}` : null,
  ].filter((x) => x !== null);
  addText(
    s,
    f,
    facts.join("\n"),
    { x: M, y: 4.3, w, h: 1.6 },
    { fontSize: 18, color: on, paraSpaceAfter: 4 },
  );
  if (logo && theme.logo) {
    // On a white plate: a logo is drawn for white paper, not for the brand colour.
    const plate = { w: logo.w + 0.3, h: logo.h + 0.3 };
    const x = xOf(f, W - M - plate.w, plate.w);
    s.addShape("roundRect", {
      x,
      y: 0.5,
      ...plate,
      fill: { color: "FFFFFF" },
      line: { color: "FFFFFF" },
      rectRadius: 0.08,
    });
    s.addImage({ data: logo.data, x: x + 0.15, y: 0.65, w: logo.w, h: logo.h });
  }
}

interface LogoFit {
  data: string;
  w: number;
  h: number;
}

function brief(p: Pptx, f: Frame, r: RenderedReport): void {
  const { t } = f;
  const v = r.view;
  const s = contentSlide(p, f, t.t("section.summary.title"));
  // Headline figures: one card each, with the goal and whether it was met.
  const cards = v.summary.headline.slice(0, 6);
  const gap = 0.2;
  const cw = (W - 2 * M - gap * (cards.length - 1)) / Math.max(cards.length, 1);
  // Fitted to 85% of the card, and one size for the row so the figures read level: a viewer
  // may draw digits in a wider face than the bundled one (LibreOffice takes the East Asian face
  // for figures in a Chinese deck).
  const valuePt = Math.min(
    ...cards.map((h) => fitFont(t.big(h.value, h.unit), { w: cw * 0.85, h: 0.55 }, 26, 14, true)),
  );
  cards.forEach((h, i) => {
    const x = M + i * (cw + gap);
    const y = 1.25;
    const status = h.met === null ? null : h.met ? MET : MISSED;
    s.addShape("rect", {
      x: xOf(f, x, cw),
      y,
      w: cw,
      h: 1.5,
      fill: { color: f.soft },
      line: { color: f.soft },
    });
    if (status)
      s.addShape("rect", {
        x: xOf(f, x, cw),
        y,
        w: cw,
        h: 0.07,
        fill: { color: status },
        line: { color: status },
      });
    const label = t.t(`kpi.${h.kpi}`);
    addText(
      s,
      f,
      label,
      { x, y: y + 0.12, w: cw, h: 0.42 },
      {
        fontSize: fitFont(label, { w: cw, h: 0.42 }, 12, 8),
        color: INK2,
      },
    );
    const value = t.big(h.value, h.unit);
    addText(
      s,
      f,
      value,
      { x, y: y + 0.5, w: cw, h: 0.55 },
      {
        fontSize: valuePt,
        bold: true,
      },
    );
    if (h.target !== null) {
      const goal = t.t("summary.goal", { target: t.fmt(h.target, h.unit) });
      const mark = h.met === null ? "" : ` · ${t.t(h.met ? "common.met" : "common.missed")}`;
      addText(
        s,
        f,
        [
          { text: goal, options: { color: INK3 } },
          { text: mark, options: { color: status ?? INK3, bold: true } },
        ],
        { x, y: y + 1.05, w: cw, h: 0.4 },
        { fontSize: fitFont(goal + mark, { w: cw, h: 0.4 }, 11, 7) },
      );
    }
  });
  // The verdict, with how many goals were met beside its title (as the report's pill); the
  // three first actions beside it.
  const top = 3.0;
  const bottom = H - 0.55;
  const lw = 7.3;
  const rx = M + lw + 0.35;
  const rw = W - M - rx;
  const goals =
    v.summary.goalsTotal > 0
      ? t.plural("summary.goals_line", v.summary.goalsTotal, {
          met: t.fmt(v.summary.goalsMet, "count"),
          total: t.fmt(v.summary.goalsTotal, "count"),
        })
      : null;
  const goalsColor = v.summary.goalsMet === v.summary.goalsTotal ? MET : INK;
  addText(
    s,
    f,
    [
      { text: t.t("summary.verdict"), options: { fontSize: 14, bold: true, color: f.ink } },
      ...(goals ? [{ text: `   ${goals}`, options: { fontSize: 12, bold: true, color: goalsColor } }] : []),
    ],
    { x: M, y: top, w: lw, h: 0.4 },
  );
  const verdict = v.summary.verdict.map((m) => t.segments(m));
  const vBox = { x: M, y: top + 0.45, w: lw, h: bottom - top - 0.45 };
  const vPt = fitFont(verdict.map(plain).join("\n"), { w: vBox.w, h: vBox.h - 0.4 }, 18, 10);
  addText(s, f, paragraphs(f, verdict), vBox, { fontSize: vPt, paraSpaceAfter: 6 });

  addText(
    s,
    f,
    t.t("summary.next"),
    { x: rx, y: top, w: rw, h: 0.4 },
    { fontSize: 14, bold: true, color: f.ink },
  );
  const next = v.recommendations.slice(0, 3).map((rec) => t.segments(rec.action));
  const nBox = { x: rx, y: top + 0.45, w: rw, h: bottom - top - 0.45 };
  const numbered = next.map((segs, i) => `${t.fmt(i + 1, "count")}. ${plain(segs)}`);
  const nPt = fitFont(numbered.join("\n"), { w: nBox.w, h: nBox.h - 0.3 }, 16, 10);
  addText(s, f, numberedRuns(f, next), nBox, { fontSize: nPt, paraSpaceAfter: 8 });
}

/** `runs` with a line break after the last. */
function endParagraph(runs: Runs): Runs {
  const last = runs[runs.length - 1];
  if (last) last.options = { ...last.options, breakLine: true };
  return runs;
}

/** Sentences as paragraphs, their figures in bold. */
function paragraphs(f: Frame, sentences: Segment[][]): Runs {
  return sentences.flatMap((segs) => endParagraph(runsOf(f, segs)));
}

function numberedRuns(f: Frame, items: Segment[][], detail?: Segment[][], start = 1): Runs {
  const out: Runs = [];
  items.forEach((segs, i) => {
    // Space above every item but the first sets the list apart without bullets.
    out.push({
      text: `${f.t.fmt(start + i, "count")}. `,
      options: { bold: true, paraSpaceBefore: i > 0 ? 10 : 0 },
    });
    // The action in bold throughout; in the detail only its figures are.
    const action = runsOf(f, segs).map((r) => ({ ...r, options: { bold: true } }));
    out.push(...endParagraph(action));
    const d = detail?.[i];
    if (d)
      out.push(...endParagraph(runsOf(f, d).map((r) => ({ ...r, options: { ...r.options, color: INK2 } }))));
  });
  return out;
}

async function chartSlides(p: Pptx, f: Frame, r: RenderedReport): Promise<void> {
  const seen = new Set<string>();
  for (const def of r.charts) {
    const section = CHART_SECTION.find(([re]) => re.test(def.id))?.[1];
    const svg = r.svgs.get(def.id);
    if (!section || seen.has(section) || !svg) continue;
    seen.add(section);
    const s = contentSlide(p, f, f.t.t(`section.${section}.title`));
    const fBox = { x: M, y: 1.15, w: W - 2 * M, h: 0.8 };
    addText(s, f, def.description, fBox, {
      fontSize: fitFont(def.description, fBox, 20, 11),
      color: INK2,
    });
    const img = await rasterize(svg, RASTER_SCALE);
    const area = { x: M, y: 2.05, w: W - 2 * M, h: H - 0.6 - 2.05 };
    // Fill the area, but no more than 1.6 × the chart's printed size, or its labels outgrow the slide's text.
    const scale = Math.min(area.w / img.width, area.h / img.height, 1.6 / (96 * RASTER_SCALE));
    const w = img.width * scale;
    const h = img.height * scale;
    s.addImage({
      data: `image/png;base64,${img.png.toString("base64")}`,
      x: area.x + (area.w - w) / 2,
      y: area.y + (area.h - h) / 2,
      w,
      h,
      altText: def.description,
    });
  }
}

function actions(p: Pptx, f: Frame, recs: Recommendation[]): void {
  const { t } = f;
  // At most three per slide, spread evenly, so each keeps its figures readable.
  const per = Math.ceil(recs.length / Math.ceil(recs.length / 3));
  for (let from = 0; from < recs.length; from += per) {
    const part = recs.slice(from, from + per);
    const s = contentSlide(p, f, t.t("section.recommendations.title"));
    const box = { x: M, y: 1.2, w: W - 2 * M, h: H - 0.6 - 1.2 };
    const items = part.map((x) => t.segments(x.action));
    // A cut list that leaves a creator for a check says so here too, or its count does not add up.
    const gap = { text: t.locale.startsWith("zh") ? "" : " ", strong: false }; // Chinese sentences touch
    const detail = part.map((x) => [
      ...t.segments(x.detail),
      ...(x.finding.held_back && x.note ? [gap, ...t.segments(x.note)] : []),
    ]);
    const runs = numberedRuns(f, items, detail, from + 1);
    const text = items.map((a, i) => `${plain(a)}\n${plain(detail[i]!)}`).join("\n");
    addText(s, f, runs, box, {
      fontSize: fitFont(text, { w: box.w, h: box.h - 0.6 }, 22, 10),
      paraSpaceAfter: 6,
    });
  }
}

/** The deck of a rendered report, as .pptx bytes. */
export async function buildDeck(r: RenderedReport, theme: Theme): Promise<Uint8Array> {
  const c = r.view.campaign;
  const t = new Translator(r.locale.lang, r.locale.locale, c.currency);
  const brand = hex(theme.brand);
  const f: Frame = {
    t,
    rtl: r.locale.dir === "rtl",
    font: theme.font ?? LATIN_FONT,
    lang: r.locale.locale,
    brand,
    ink: hex(contrastRatio(theme.brand, "#FFFFFF") >= 4.5 ? theme.brand : mix(theme.brand, -0.45)),
    soft: hex(mix(theme.brand, 0.9)),
    footer: t.t("report.footer", { campaign: c.name ?? "" }),
  };
  const p = new PptxGenJS();
  p.layout = "LAYOUT_WIDE";
  p.rtlMode = f.rtl;
  p.title = r.title;
  p.author = c.prepared_by ?? "";
  p.company = DECK_COMPANY;
  p.subject = t.t("report.kind");
  cover(p, f, r, theme, theme.logo ? await logoImage(theme.logo, { w: 2.6, h: 1.1 }) : null);
  brief(p, f, r);
  await chartSlides(p, f, r);
  if (r.view.recommendations.length > 0) actions(p, f, r.view.recommendations);
  const out = await p.write({ outputType: "nodebuffer" });
  return typefacesPerScript(out as Uint8Array, scriptFonts(theme.font));
}
