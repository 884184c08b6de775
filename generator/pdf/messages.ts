// What the PDF step says to the user.

export const pdfMessages = {
  noBrowser: (): string =>
    "No Chrome or Chromium was found to print the PDF. " +
    "Install one (`apt-get install chromium` on Debian/Ubuntu, or Google Chrome), " +
    "set CHROME_PATH to a Chrome, Chromium or Edge executable, " +
    "or run `npm ci` on Linux x64, which ships a Chromium in node_modules.",
  badChromePath: (file: string): string =>
    `CHROME_PATH is set to ${file}, which is not an executable file: point it at Chrome, Chromium or Edge, or unset it.`,
  browserFailed: (file: string, reason: string): string =>
    `The browser at ${file} could not be started to print the PDF: ${reason}. ` +
    "Set CHROME_PATH to another Chrome, Chromium or Edge, or install one (`apt-get install chromium`).",
  browserCrashed: (): string =>
    "The browser printing the PDF stopped (it crashed or was killed) before the PDF was done.",
};
