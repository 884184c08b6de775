// Workbooks LibreOffice writes, for the readers' tests: a flat .ods written by hand, converted by
// `soffice` into the formats a marketer's file arrives in.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether LibreOffice is installed; the tests that need it skip without it, saying so. */
export const SOFFICE = existsSync("/usr/bin/soffice");

/** The namespaces a flat .ods of tables, styles and data styles declares. */
export const FODS_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
].join(" ");

export const odsTable = (name: string, rows: string[]) =>
  `<table:table table:name="${name}">${rows.join("")}</table:table>`;

function soffice(args: string[]): Promise<number> {
  return new Promise((done) => execFile("soffice", args, (err) => done(err ? 1 : 0)));
}

/**
 * `fods` written as `<name>.fods` in a new temporary folder and converted there by LibreOffice
 * into `<name>.xlsx` and `<name>.ods` (its own profile, so no running instance interferes).
 * The folder; it throws when a conversion fails.
 */
export async function writtenByLibreOffice(fods: string, name: string, prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await writeFile(join(dir, `${name}.fods`), fods);
  const profile = `-env:UserInstallation=file://${join(dir, "lo-profile")}`;
  for (const to of ["xlsx", "ods"]) {
    const rc = await soffice([
      profile,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      dir,
      join(dir, `${name}.fods`),
    ]);
    if (rc !== 0) throw new Error(`soffice could not convert ${name}.fods to .${to}`);
  }
  return dir;
}
