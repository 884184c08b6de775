// Environment failures only (bad data is never an exception: it is an Issue).
// Each class maps to one exit code (listed in every command's --help).

export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 3,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Exit 2: unknown flag, unreadable SOURCE, unknown locale. */
export class UsageError extends ExitError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** Exit 3: a source or output failure (Sheets API refused, no browser for the PDF). */
export class SourceError extends ExitError {
  constructor(message: string) {
    super(message, 3);
  }
}

export class OutputError extends ExitError {
  constructor(message: string) {
    super(message, 3);
  }
}

/** Exit 3: no Chrome/Chromium/Edge to print the PDF with (the HTML and JSON are still written). An OutputError, so callers that catch those see it too. */
export class BrowserMissingError extends OutputError {}
