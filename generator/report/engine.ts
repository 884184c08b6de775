// The rendering API (generator/render, generator/pdf) as the report uses it: one import site.
export {
  chartConfig,
  type FoundBrowser,
  findBrowser,
  fontFaceCss,
  fontStack,
  NO_BROWSER_MESSAGE,
  type PdfOptions,
  PdfPrinter,
  REPORT_FONT_FAMILY,
  REPORT_FONT_STACK,
  renderChart,
  scaleFor,
  validateSpec,
  vegaLocale,
} from "../render/index.ts";
