// The rendering API the report uses: charts (Vega-Lite → SVG), their schema check,
// the palette, bundled fonts, and the PDF printer.
export {
  type ChartOptions,
  installTextMetrics,
  measureText,
  prefixIds,
  renderChart,
  vegaLocale,
} from "./charts.ts";
export {
  ARABIC_FONT_FAMILY,
  CJK_FONT_FAMILY,
  FONT_FAMILIES,
  fontFaceCss,
  fontStack,
  fontSubsetsFor,
  REPORT_FONT_FAMILY,
  REPORT_FONT_STACK,
  textWidth,
} from "./fonts.ts";
export { type NumberLocale, numberLocale, type TimeLocale, timeLocale } from "./locale.ts";
export {
  CATEGORICAL,
  CHART_TEXT,
  type ColorKind,
  chartConfig,
  contrastRatio,
  luminance,
  MODEL_COLORS,
  OKABE_ITO,
  PLATFORM_COLORS,
  scaleFor,
  TIER_COLORS,
  textOn,
} from "./palette.ts";
export { validateSpec } from "./validate.ts";
export {
  type BrowserSource,
  type FoundBrowser,
  findBrowser,
  findBrowsers,
  hasCssMarginBoxes,
  isAllowedUrl,
  NO_BROWSER_MESSAGE,
  type PdfOptions,
  PdfPrinter,
} from "../pdf/browser.ts";
